/**
 * The vault with its mentions and task promises (issue 10), for the commands that show a
 * contact's standing: due, check, brief, stats, plan, ics, intros, match and `promise keep`.
 *
 * loadVault reads every note once and, asked to, takes from each what the mention rules need
 * of it alone while it has its text (mentions.ts, scanNote: links, tasks, the note's day), so
 * no note is read twice and no text is kept; the links are then resolved against the whole
 * vault (indexMentions). Each contact then gets its newest mention as `lastMention` and its
 * task promises after its own (src/core/mentions/withMentions.ts).
 */
import type { Day } from "../core/calendar";
import type { FollowThrough } from "../core/insights/followThrough";
import { addFollowThrough } from "../core/insights/followThrough";
import { MentionIndex } from "../core/mentions/mentionIndex";
import { keptTasksFollowThrough, withMentions } from "../core/mentions/withMentions";
import { indexMentions, readDailyNotesConfig } from "./mentions";
import { loadVault, type LoadedVault } from "./vault";

export interface MentionedVault extends LoadedVault {
	/** Every contact's mentions, task promises and kept tasks. */
	mentions: MentionIndex;
}

/** loadVault, with each contact's mentions and task promises in place. */
export function loadVaultWithMentions(root: string, today: Day): MentionedVault {
	const config = readDailyNotesConfig(root);
	const { paths, scanned, ...vault } = loadVault(root, today, { mentions: { daily: config.input } });
	const { index, diagnostics } = vault.settings.mentions.enabled ? indexMentions(paths, vault.contacts, scanned, today) : { index: new MentionIndex(), diagnostics: [] };
	return {
		...vault,
		contacts: vault.contacts.map((c) => withMentions(c, index)),
		diagnostics: [...vault.diagnostics, ...config.diagnostics, ...diagnostics],
		mentions: index,
	};
}

/** A follow-through with the contact's kept tasks (done tasks with a ✅ date) added. */
export function withKeptTasks(f: FollowThrough, mentions: MentionIndex, contactPaths: readonly string[]): FollowThrough {
	const kept = contactPaths.flatMap((p) => mentions.keptOf(p));
	return kept.length === 0 ? f : addFollowThrough([f, keptTasksFollowThrough(kept)]);
}
