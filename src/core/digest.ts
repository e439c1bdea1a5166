/**
 * The morning digest: one message to read with the first coffee (`tend digest`, for cron and
 * mail) and the source of the daily note's "Reach out today" checklist in the plugin.
 *
 * - Due: the due list's contacts (src/core/schedule.ts `dueList`), top first, each with its
 *   reasons and the suggested touchpoint (src/core/insights/suggest.ts, fed as the brief feeds
 *   it). At most `limit` are listed; the rest are counted, so a long list stays a short mail.
 * - Promises this week: every open promise with a date up to 6 days from today (the seven days
 *   starting today, not the calendar week: on a Sunday morning the calendar week would be
 *   over), late ones included and first. Promises of every contact note count, tracked or
 *   not, snoozed or not: a promise is yours to keep whatever the tier.
 * - Dates coming up: birthdays and yearly dates of tracked contacts in the next 14 days (today
 *   included), soonest first. A snoozed or busy contact's dates are left out, as the due list
 *   leaves them out: snoozing says "not now".
 *
 * Pure: takes `today`, reads nothing.
 */
import { type Day } from "./calendar";
import type { Contact } from "./contact";
import { comingDates, suggestionInput, type ComingDate } from "./insights/brief";
import type { Profile } from "./insights/profile";
import { suggest, type Suggestion } from "./insights/suggest";
import { assess, dueList, promiseStatus, type Evaluation, type PromiseStatus } from "./schedule";
import type { TendSettings } from "./settings";

export const DIGEST_LIMIT = 10;
export const PROMISE_DAYS = 7;
export const DATE_DAYS = 14;

export interface DigestEntry {
	evaluation: Evaluation;
	suggestion: Suggestion;
}

export interface DigestPromise {
	contact: Contact;
	due: Day;
	what: string;
	status: PromiseStatus;
}

export interface DigestDate extends ComingDate {
	contact: Contact;
}

export interface Digest {
	today: Day;
	/** The first `limit` contacts of the due list. */
	due: DigestEntry[];
	/** How many more the due list holds. */
	more: number;
	promises: DigestPromise[];
	dates: DigestDate[];
}

export interface DigestOptions {
	/** How many due contacts to list (default DIGEST_LIMIT); 0 lists them all. */
	limit?: number;
}

/** Only what the digest reads of a profile: the contact and its log. */
export type DigestSource = Pick<Profile, "contact" | "entries">;

export function digest(sources: readonly DigestSource[], today: Day, settings: TendSettings, options: DigestOptions = {}): Digest {
	const limit = options.limit ?? DIGEST_LIMIT;
	const byPath = new Map(sources.map((s) => [s.contact.path, s]));
	const ranked = dueList(
		sources.map((s) => s.contact),
		today,
		settings,
	);
	const shown = limit > 0 ? ranked.slice(0, limit) : ranked;
	const due = shown.map((evaluation) => {
		const source = byPath.get(evaluation.contact.path) ?? { contact: evaluation.contact, entries: [] };
		return { evaluation, suggestion: suggest(suggestionInput(source, evaluation, today, settings)) };
	});

	const promises: DigestPromise[] = [];
	const dates: DigestDate[] = [];
	for (const { contact } of sources) {
		for (const p of contact.promises) {
			if (p.due === null || p.due - today >= PROMISE_DAYS) continue;
			promises.push({ contact, due: p.due, what: p.what, status: promiseStatus(p.due, today, settings.promiseSoonDays) });
		}
		if (contact.birthday === null && contact.dates.length === 0) continue;
		const a = assess(contact, today, settings);
		if (a.status === "untracked" || a.status === "snoozed" || a.status === "waiting") continue;
		for (const d of comingDates(contact, today)) if (d.day - today <= DATE_DAYS) dates.push({ ...d, contact });
	}
	const name = (a: { contact: Contact }, b: { contact: Contact }) => a.contact.name.localeCompare(b.contact.name, "en") || (a.contact.path < b.contact.path ? -1 : 1);
	promises.sort((a, b) => a.due - b.due || name(a, b));
	dates.sort((a, b) => a.day - b.day || name(a, b));
	return { today, due, more: ranked.length - shown.length, promises, dates };
}

// ---------------------------------------------------------------------------------------
// The daily note's checklist: `## Reach out today`, one task per due contact.

export const REACH_OUT_HEADING = "## Reach out today";

export interface ReachOutItem {
	/** The link target: the contact note's name (its file name without `.md`), as Obsidian links it. */
	link: string;
	/** What the link shows: the contact's name. */
	name: string;
	/** Why today, in one line: the first reason of the due list. */
	reason: string;
}

export interface ChecklistLine {
	/** 0-based line in the note. */
	line: number;
	link: string;
	checked: boolean;
}

/** The digest's due contacts as checklist items. */
export function reachOutItems(d: Digest): ReachOutItem[] {
	return d.due.map((e) => ({
		link: (e.evaluation.contact.path.split("/").pop() ?? "").replace(/\.md$/i, ""),
		name: e.evaluation.contact.name,
		reason: e.evaluation.reasons[0]?.text ?? "",
	}));
}

function itemLine(item: ReachOutItem): string {
	const link = item.link === item.name ? `[[${item.link}]]` : `[[${item.link}|${item.name}]]`;
	return `- [ ] ${link}${item.reason === "" ? "" : ` — ${item.reason.replace(/\s+/g, " ")}`}`;
}

const TASK = /^- \[(.)\] \[\[([^\]|#]+)(?:[|#][^\]]*)?\]\]/;
const HEADING = /^(#{1,6})\s/;

/** The first line of the section's heading and the line after its end, or null. */
function sectionRange(lines: readonly string[]): { start: number; end: number } | null {
	const start = lines.findIndex((l) => l.trimEnd() === REACH_OUT_HEADING);
	if (start < 0) return null;
	let end = start + 1;
	for (; end < lines.length; end++) {
		const m = HEADING.exec(lines[end] ?? "");
		if (m && (m[1] ?? "").length <= 2) break;
	}
	return { start, end };
}

/** The section's checklist lines (those that link a note), or none when there is no section. */
export function checklistLines(text: string): ChecklistLine[] {
	const lines = text.split("\n");
	const range = sectionRange(lines);
	if (range === null) return [];
	const out: ChecklistLine[] = [];
	for (let i = range.start + 1; i < range.end; i++) {
		const m = TASK.exec(lines[i] ?? "");
		if (m) out.push({ line: i, link: (m[2] ?? "").trim(), checked: (m[1] ?? " ") !== " " });
	}
	return out;
}

/**
 * The daily note with the section made or brought up to date, in place. A second run never
 * adds a second section: items already checked stay as they are (checked, with their text),
 * an unchecked item of a contact still due is kept where it is, one no longer due is taken
 * out, and contacts newly due are added after the last item. Other lines the user wrote in
 * the section stay. Without a section, it is added at the end of the note.
 */
export function withReachOutSection(text: string, items: readonly ReachOutItem[]): string {
	const lines = text.split("\n");
	const range = sectionRange(lines);
	const wanted = new Map(items.map((i) => [i.link, i]));
	if (range === null) {
		const body = items.length > 0 ? items.map(itemLine) : ["Nobody to reach out to today."];
		const head = text === "" ? "" : text.endsWith("\n\n") ? text : text.endsWith("\n") ? `${text}\n` : `${text}\n\n`;
		return `${head}${REACH_OUT_HEADING}\n\n${body.join("\n")}\n`;
	}
	const kept: string[] = [];
	const present = new Set<string>();
	let lastItem = -1;
	for (let i = range.start + 1; i < range.end; i++) {
		const line = lines[i] ?? "";
		const m = TASK.exec(line);
		if (line === "Nobody to reach out to today.") continue;
		if (!m) {
			kept.push(line);
			continue;
		}
		const link = (m[2] ?? "").trim();
		const checked = (m[1] ?? " ") !== " ";
		if (!checked && !wanted.has(link)) continue;
		present.add(link);
		kept.push(line);
		lastItem = kept.length - 1;
	}
	const added = items.filter((i) => !present.has(i.link)).map(itemLine);
	if (lastItem < 0) {
		// No item yet: after the blank line under the heading.
		const at = kept[0] === "" ? 1 : 0;
		if (at === 0) kept.unshift("");
		kept.splice(1, 0, ...added);
		if (added.length === 0 && present.size === 0) kept.splice(1, 0, "Nobody to reach out to today.");
	} else kept.splice(lastItem + 1, 0, ...added);
	// The section ends with one blank line before a next heading.
	while (kept.length > 1 && kept[kept.length - 1] === "" && range.end < lines.length) kept.pop();
	if (range.end < lines.length) kept.push("");
	return [...lines.slice(0, range.start + 1), ...kept, ...lines.slice(range.end)].join("\n");
}
