/**
 * The vault with its mentions and task promises (issue 10), for the commands that show a
 * contact's standing: due, check, brief, stats, plan, ics, intros, match and `promise keep`.
 *
 * loadVault reads every note once; this hands it a hook that keeps each note's text and
 * properties as read, then runs the core's mention rules on those (mentions.ts, loadMentions),
 * so no note is read twice. Each contact then gets its newest mention as `lastMention` and its
 * task promises after its own (src/core/mentions/withMentions.ts).
 */
import type { Day } from "../core/calendar";
import type { FollowThrough } from "../core/insights/followThrough";
import { addFollowThrough } from "../core/insights/followThrough";
import type { MentionIndex } from "../core/mentions/mentionIndex";
import { keptTasksFollowThrough, withMentions } from "../core/mentions/withMentions";
import { loadMentions, type ReadNote } from "./mentions";
import { loadVault, type LoadedVault } from "./vault";

export interface MentionedVault extends LoadedVault {
	/** Every contact's mentions, task promises and kept tasks. */
	mentions: MentionIndex;
}

/** loadVault, with each contact's mentions and task promises in place. */
export function loadVaultWithMentions(root: string, today: Day): MentionedVault {
	const notes: ReadNote[] = [];
	const vault = loadVault(root, today, (n) => notes.push(n));
	const { index, diagnostics } = loadMentions(root, vault.settings, vault.contacts, today, notes);
	return {
		...vault,
		contacts: vault.contacts.map((c) => withMentions(c, index)),
		diagnostics: [...vault.diagnostics, ...diagnostics],
		mentions: index,
	};
}

/** A follow-through with the contact's kept tasks (done tasks with a ✅ date) added. */
export function withKeptTasks(f: FollowThrough, mentions: MentionIndex, contactPaths: readonly string[]): FollowThrough {
	const kept = contactPaths.flatMap((p) => mentions.keptOf(p));
	return kept.length === 0 ? f : addFollowThrough([f, keptTasksFollowThrough(kept)]);
}
