/**
 * Writing iCalendar (RFC 5545) text: an all-day event per item, TEXT values escaped, lines
 * folded at 75 octets, CRLF line ends.
 *
 * Why Tend writes this itself instead of calling ical.js: ical.js is a parser first, and its
 * design tables come along with any part of it, about 78 KB of the plugin's main.js (measured
 * with esbuild's metafile). Writing needs only the handful of rules below. Reading is another
 * matter: the tests parse every feed this writes with ical.js, and imports parse vCards with
 * it.
 */
// @ts-nocheck

import { formatDay, toYmd, type Day } from "../calendar";

/** One all-day event. */
export interface CalendarEvent {
	/** Stable across runs, so a calendar app updates the event instead of adding a copy. */
	uid: string;
	start: Day;
	summary: string;
	description?: string;
	/** A link to open the note (an `obsidian://` URI). */
	url?: string;
	categories?: string[];
	/** `yearly`: every year on the start's month and day (see `yearlyRule`). */
	repeat?: "yearly";
}

export interface CalendarOptions {
	/** The calendar's name in calendar apps (X-WR-CALNAME). */
	name: string;
	/** When the feed was made, in milliseconds since 1970 UTC (DTSTAMP). */
	stampMs: number;
}

export const PRODID = "-//Tend//Tend contact calendar//EN";

/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT. */
export function escapeText(text: string): string {
	return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

function utf8Length(codePoint: number): number {
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 3.1: a content line longer than 75 octets is folded, a CRLF and one space before
 * the rest. Octets of UTF-8, not characters, and never inside a character: the first line
 * holds at most 75 octets, each continuation at most 74 after its space.
 */
export function foldLine(line: string): string {
	// Slices, not a character at a time: a feed of 20,000 contacts has 400,000 lines, and
	// building each one character by character spent seconds collecting garbage.
	let parts: string[] | null = null;
	let start = 0;
	let used = 0;
	let limit = 75;
	for (let i = 0; i < line.length; ) {
		const cp = line.codePointAt(i) as number;
		const size = utf8Length(cp);
		if (used + size > limit) {
			(parts ??= []).push(line.slice(start, i));
			start = i;
			used = 0;
			limit = 74;
		}
		used += size;
		i += cp > 0xffff ? 2 : 1;
	}
	if (parts === null) return line;
	parts.push(line.slice(start));
	return parts.join("\r\n ");
}

function pad(n: number, width = 2): string {
	return String(n).padStart(width, "0");
}

/** `20261127` for a DATE value. */
export function icsDate(day: Day): string {
	return formatDay(day).replace(/-/g, "");
}

/** `20261127T083000Z` for a UTC DATE-TIME value, from milliseconds since 1970 UTC. */
export function icsStamp(ms: number): string {
	const seconds = Math.floor(ms / 1000);
	const day = Math.floor(seconds / 86400);
	const rest = seconds - day * 86400;
	const { year, month, day: dom } = toYmd(day);
	return `${pad(year, 4)}${pad(month)}${pad(dom)}T${pad(Math.floor(rest / 3600))}${pad(Math.floor((rest % 3600) / 60))}${pad(rest % 60)}Z`;
}

/**
 * The rule for a yearly all-day event. February 29 becomes the last day of February, so the
 * event falls on February 28 in common years (where Tend keeps such a birthday) instead of
 * being skipped, as a plain FREQ=YEARLY from a February 29 would be (RFC 5545 3.3.10: a rule
 * that names an invalid date is ignored for that year).
 */
export function yearlyRule(start: Day): string {
	const { month, day } = toYmd(start);
	return month === 2 && day === 29 ? "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "FREQ=YEARLY";
}

function eventLines(lines: string[], e: CalendarEvent, stamp: string): void {
	lines.push(
		"BEGIN:VEVENT",
		`UID:${escapeText(e.uid)}`,
		`DTSTAMP:${stamp}`,
		`DTSTART;VALUE=DATE:${icsDate(e.start)}`,
		`DTEND;VALUE=DATE:${icsDate(e.start + 1)}`,
	);
	if (e.repeat === "yearly") lines.push(`RRULE:${yearlyRule(e.start)}`);
	lines.push(`SUMMARY:${escapeText(e.summary)}`);
	if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
	if (e.categories && e.categories.length > 0) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(",")}`);
	// A URI value is not TEXT: it is written as it is (it holds no line break).
	if (e.url) lines.push(`URL:${e.url}`);
	// All-day reminders should not block the day as busy.
	lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
}

function folded(lines: readonly string[]): string {
	let out = "";
	for (const line of lines) out += `${foldLine(line)}\r\n`;
	return out;
}

/** The whole VCALENDAR: folded content lines, each ended by CRLF. */
export function renderCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
	const stamp = icsStamp(options.stampMs);
	const lines = [
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		`PRODID:${PRODID}`,
		"CALSCALE:GREGORIAN",
		"METHOD:PUBLISH",
		`X-WR-CALNAME:${escapeText(options.name)}`,
		// Hints for apps that subscribe to the file: look again once a day.
		"REFRESH-INTERVAL;VALUE=DURATION:P1D",
		"X-PUBLISHED-TTL:P1D",
	];
	const chunks = [folded(lines)];
	// One string per event: a few thousand short-lived lines at a time, not 400,000 at once.
	const event: string[] = [];
	for (const e of events) {
		event.length = 0;
		eventLines(event, e, stamp);
		chunks.push(folded(event));
	}
	chunks.push("END:VCALENDAR\r\n");
	return chunks.join("");
}
