/**
 * The calendar feed (`tend ics`, and the plugin's "Export calendar"): the contacts' dates as
 * all-day events.
 *
 * - each tracked contact's next due date: the day its cadence window opens, or today when it
 *   is already due, overdue or new; never inside a snooze or a busy period (it moves to the
 *   first day after);
 * - birthdays and yearly dates, as events that repeat every year (February 29 falls on
 *   February 28 in common years, as everywhere in Tend);
 * - open promises, on the day they are due (a promise without a date has no day to show).
 *
 * Birthdays, yearly dates and promises are shown for every contact, tracked or not: a
 * promise is owed, and a birthday is a birthday, whether or not the contact has a tier yet.
 *
 * A UID is a hash of the note's path and what the event is about (its kind, and the label of
 * a yearly date or the text of a promise), never of its date: when a promise moves or a
 * contact's due date changes, the calendar app updates the event it already has.
 */
// @ts-nocheck

import { formatDay, fromYmd, nextYearly, type Day } from "../calendar";
import { describeCadence } from "../cadence";
import type { BusyPeriod, Contact } from "../contact";
import { evaluate, insideBusy } from "../schedule";
import type { TendSettings } from "../settings";
import { renderCalendar, type CalendarEvent } from "./icsWriter";

export interface FeedOptions {
	/** The vault's name, for a link that opens each note in Obsidian; omitted when unknown. */
	vaultName?: string;
	/** The calendar's name in calendar apps. */
	calendarName?: string;
}

/** A year for a yearly date whose year is unknown: a leap year, so February 29 exists. */
const NO_YEAR = 2000;

/** Two 32-bit FNV-1a lanes over the UTF-16 code units: 16 hex digits, stable everywhere. */
export function stableHash(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ 0x5bd1e995;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193);
		b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
	}
	const hex = (n: number) => (n >>> 0).toString(16).padStart(8, "0");
	return hex(a) + hex(b);
}

/** The UID of an event: from the note's path and the event's identity, never its date. */
export function eventUid(path: string, identity: string): string {
	return `${stableHash(`${path}\u0000${identity}`)}@tend`;
}

function noteUrl(vaultName: string | undefined, path: string): string | undefined {
	if (vaultName === undefined || vaultName === "") return undefined;
	return `obsidian://open?vault=${encodeURIComponent(vaultName)}&file=${encodeURIComponent(path)}`;
}

/** The day after the busy period that holds `day`, or `day` when none does. */
function afterBusy(day: Day, busy: readonly BusyPeriod[]): Day {
	let current = day;
	// Periods may touch or overlap: step past each one that holds the day, a bounded number of times.
	for (let i = 0; i <= busy.length; i++) {
		const holding = busy.find((b) => insideBusy(b, current));
		if (!holding) return current;
		current = holding.yearly
			? nextYearly(current, holding.end.month, holding.end.day) + 1
			: fromYmd(holding.end.year ?? 0, holding.end.month, holding.end.day) + 1;
	}
	return current;
}

/** When to get in touch next: the due date, or today when already due; after any snooze or busy period. */
export function nextTouchDay(contact: Contact, dueDate: Day | null, today: Day): Day {
	let day = dueDate === null || dueDate < today ? today : dueDate;
	if (contact.snoozeUntil !== null && contact.snoozeUntil > day) day = contact.snoozeUntil;
	return afterBusy(day, contact.busy);
}

/** Numbers identities that repeat within one note (two promises with the same text). */
function counter(): (identity: string) => string {
	const seen = new Map<string, number>();
	return (identity) => {
		const n = (seen.get(identity) ?? 0) + 1;
		seen.set(identity, n);
		return n === 1 ? identity : `${identity}\u0000${n}`;
	};
}

function contactEvents(contact: Contact, today: Day, settings: TendSettings, options: FeedOptions): CalendarEvent[] {
	const events: CalendarEvent[] = [];
	const url = noteUrl(options.vaultName, contact.path);
	const noteLine = `Note: ${contact.path}`;
	// One object shape for every event (no spreads): the feed makes tens of thousands.
	const make = (identity: string, start: Day, summary: string, description: string, category: string, repeat?: "yearly"): CalendarEvent => ({
		uid: eventUid(contact.path, identity),
		start,
		summary,
		description,
		url,
		categories: ["Tend", category],
		repeat,
	});
	const evaluation = evaluate(contact, today, settings);

	if (evaluation.status !== "untracked" && contact.cadence) {
		const lines = [`Tier ${contact.tier ?? ""}, every ${describeCadence(contact.cadence)}.`];
		if (evaluation.lastContact === null) lines.push("No contact logged yet.");
		else lines.push(`Last contact ${formatDay(evaluation.lastContact)}; due ${formatDay(evaluation.dueDate as Day)}, overdue after ${formatDay(evaluation.overdueDate as Day)}.`);
		// The status sentence repeats the line above; the other reasons say why now.
		for (const r of evaluation.reasons) if (r.kind !== "overdue" && r.kind !== "due" && r.kind !== "new") lines.push(r.text);
		lines.push(noteLine);
		events.push(make("due", nextTouchDay(contact, evaluation.dueDate, today), `Get in touch with ${contact.name}`, lines.join("\n"), "Due"));
	}

	if (contact.birthday) {
		const b = contact.birthday;
		const description = b.year !== null ? `Born ${b.year}.\n${noteLine}` : noteLine;
		events.push(make("birthday", fromYmd(b.year ?? NO_YEAR, b.month, b.day), `${contact.name}'s birthday`, description, "Birthday", "yearly"));
	}

	const dateIdentity = counter();
	for (const d of contact.dates) {
		const label = d.label.trim();
		const identity = dateIdentity(`date\u0000${label === "" ? `${d.month}-${d.day}` : label.toLowerCase()}`);
		const description = d.year !== null ? `Since ${d.year}.\n${noteLine}` : noteLine;
		events.push(make(identity, fromYmd(d.year ?? NO_YEAR, d.month, d.day), `${contact.name}: ${label === "" ? "yearly date" : label}`, description, "Yearly date", "yearly"));
	}

	const promiseIdentity = counter();
	for (const p of evaluation.promises) {
		if (p.due === null) continue;
		const what = p.what === "" ? p.commitment.raw : p.what;
		const late = p.status === "late" ? ` It is late (as of ${formatDay(today)}): keep it, or move it with a new date.` : "";
		events.push(make(promiseIdentity(`promise\u0000${what.toLowerCase()}`), p.due, `Promise to ${contact.name}: ${what}`, `Promised by ${formatDay(p.due)}.${late}\n${noteLine}`, "Promise"));
	}
	return events;
}

/** Every event of the feed, contacts in path order, so the same vault gives the same file. */
export function calendarEvents(contacts: readonly Contact[], today: Day, settings: TendSettings, options: FeedOptions = {}): CalendarEvent[] {
	const sorted = [...contacts].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return sorted.flatMap((c) => contactEvents(c, today, settings, options));
}

/** The feed as iCalendar text. `stampMs` is the time it is made (DTSTAMP), from the caller's clock. */
export function calendarFeed(contacts: readonly Contact[], today: Day, settings: TendSettings, stampMs: number, options: FeedOptions = {}): string {
	return renderCalendar(calendarEvents(contacts, today, settings, options), { name: options.calendarName ?? "Tend", stampMs });
}
