/**
 * A contact as the due list sees it once mentions are read (issue 10): its newest mention as
 * `lastMention` (schedule.ts counts it as a last contact) and its task promises after the
 * note's own promises, so they are ranked, listed and kept like them. The CLI and the plugin
 * both build their contacts with this, so the two due lists agree.
 */
import { formatDay } from "../calendar";
import type { Commitment, Contact, Mention } from "../contact";
import { addFollowThrough, emptyFollowThrough, type FollowThrough } from "../insights/followThrough";
import type { KeptTask, TaskPromise } from "./interpret";

/** What a contact needs from the mention index: its newest mention and its open task promises. */
export interface MentionsOfContact {
	newest(contact: string): { day: number; path: string } | null;
	promisesOf(contact: string): TaskPromise[];
}

/** The contact note's own promises (a task promise lives in another note). */
export function notePromises(contact: Contact): readonly Commitment[] {
	return contact.promises.some((p) => p.source) ? contact.promises.filter((p) => !p.source) : contact.promises;
}

/**
 * A task promise as a promise of the contact: numbered after the note's own (so `--index`
 * and the pickers count both), and listed with its note and line:
 * `2026-12-04 Send the deck (Daily/2026-11-20.md:14)`.
 */
export function taskCommitment(t: TaskPromise, index: number): Commitment {
	return { index, raw: `${formatDay(t.due)} ${t.what} (${t.source}:${t.line})`, due: t.due, what: t.what, source: { path: t.source, line: t.line, text: t.text } };
}

function sameMention(a: Mention | null, b: { day: number; path: string } | null): boolean {
	return a === null ? b === null : b !== null && a.day === b.day && a.path === b.path;
}

/**
 * The contact with the index's mentions and task promises in place of any it had. Returns the
 * same object when nothing changes (most contacts have neither), so no copy is made for them.
 */
export function withMentions(contact: Contact, index: MentionsOfContact): Contact {
	const newest = index.newest(contact.path);
	const tasks = index.promisesOf(contact.path);
	const had = contact.promises.some((p) => p.source);
	if (sameMention(contact.lastMention, newest) && tasks.length === 0 && !had) return contact;
	const own = notePromises(contact);
	const base = own.reduce((m, p) => Math.max(m, p.index + 1), 0);
	return {
		...contact,
		lastMention: newest ? { day: newest.day, path: newest.path } : null,
		promises: tasks.length === 0 ? own : [...own, ...tasks.map((t, i) => taskCommitment(t, base + i))],
	};
}

/**
 * Kept tasks as follow-through: done on or before the due day is kept on time, after it late,
 * and a task without a due date kept with its timing unknown (as `tend stats` and the brief
 * count a `promise-kept` log entry).
 */
export function keptTasksFollowThrough(kept: readonly KeptTask[]): FollowThrough {
	const f = emptyFollowThrough();
	for (const k of kept) {
		f.kept++;
		if (k.late === null) f.keptUnknown++;
		else if (k.late <= 0) f.keptOnTime++;
		else f.keptLate++;
	}
	return addFollowThrough([f]);
}

/** Where a task promise is, for `--json` (`{"path", "line"}`), or null for a note's own promise. */
export function promiseSource(commitment: Commitment): { path: string; line: number } | null {
	return commitment.source ? { path: commitment.source.path, line: commitment.source.line } : null;
}

/** `Daily/2026-11-20.md:14`: a task promise's note and line, as the due list and brief print it. */
export function promiseWhere(commitment: Commitment): string | null {
	return commitment.source ? `${commitment.source.path}:${commitment.source.line}` : null;
}

/** `Daily/2026-11-20`: a mentioning note as Obsidian names it in a link (no `.md`). */
export function mentionName(path: string): string {
	return path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
}
