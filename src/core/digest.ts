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
