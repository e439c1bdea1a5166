/**
 * The calendar feed, read back with ical.js: every event it should hold and nothing else,
 * on the right days, with stable UIDs across runs and edits.
 */
// @ts-nocheck

import ICAL from "ical.js";
import { calendarFeed, eventUid, nextTouchDay, stableHash } from "../../../src/core/exchange/calendarFeed";
import type { Contact } from "../../../src/core/contact";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { contactOf, day } from "../../support/builders";

const TODAY = "2026-11-27";
const STAMP = Date.UTC(2026, 10, 27, 7, 30, 0);

function vault(overrides: Record<string, string[]> = {}): Contact[] {
	const notes: Record<string, string[]> = {
		"People/Amara Okafor.md": [
			"tier: A",
			"last_contact: 2026-10-05",
			"birthday: 1988-12-01",
			"dates:",
			"  - 2019-12-02 joined Acme",
			"promises:",
			"  - 2026-11-20 Send the EU AI Act summary",
			"  - 2026-12-15 Send the reading list",
			"  - Someday lunch",
		],
		"People/Ben Carter.md": ["tier: B", "last_contact: 2026-11-01"],
		"People/Grace Liu.md": ["tier: A"],
		"People/Farid Haddad.md": ["tier: B", "last_contact: 2026-07-01", "snooze_until: 2027-01-10"],
		"People/Hiro Tanaka.md": ["tier: B", "last_contact: 2026-09-20", "busy:", "  - 11-15..12-15 year-end close"],
		"People/Leap Day.md": ["birthday: --02-29"],
		"People/Sam Twice.md": ["tier: C", "last_contact: 2026-11-01", "promises:", "  - 2026-12-01 Call back", "  - 2026-12-05 Call back"],
		...overrides,
	};
	return Object.entries(notes).map(([path, fm]) => contactOf(fm, { path, today: TODAY }));
}

interface Seen {
	uid: string;
	summary: string;
	start: string;
	rrule: string | null;
	url: string | null;
	description: string;
}

function events(text: string): Seen[] {
	const cal = new ICAL.Component(ICAL.parse(text));
	expect(cal.name).toBe("vcalendar");
	return cal.getAllSubcomponents("vevent").map((e) => {
		const start = e.getFirstPropertyValue("dtstart") as ICAL.Time;
		expect(start.isDate).toBe(true);
		const end = e.getFirstPropertyValue("dtend") as ICAL.Time;
		const next = start.clone();
		next.adjust(1, 0, 0, 0);
		expect(end.toString()).toBe(next.toString());
		expect((e.getFirstPropertyValue("dtstamp") as ICAL.Time).toString()).toBe("2026-11-27T07:30:00Z");
		const rrule = e.getFirstPropertyValue("rrule") as ICAL.Recur | null;
		return {
			uid: e.getFirstPropertyValue("uid") as string,
			summary: e.getFirstPropertyValue("summary") as string,
			start: start.toString(),
			rrule: rrule ? rrule.toString() : null,
			url: (e.getFirstPropertyValue("url") as string | null) ?? null,
			description: e.getFirstPropertyValue("description") as string,
		};
	});
}

const feed = (contacts: Contact[], today = TODAY, stamp = STAMP) => calendarFeed(contacts, day(today), DEFAULT_SETTINGS, stamp, { vaultName: "My Notes" });

describe("tend's calendar feed, as ical.js reads it", () => {
	const text = feed(vault());
	const seen = events(text);

	it("holds exactly the expected events, each on its day", () => {
		expect(seen.map((e) => [e.summary, e.start, e.rrule])).toEqual([
			// Overdue: today. Birthday and yearly date from their first year, every year.
			["Get in touch with Amara Okafor", "2026-11-27", null],
			["Amara Okafor's birthday", "1988-12-01", "FREQ=YEARLY"],
			["Amara Okafor: joined Acme", "2019-12-02", "FREQ=YEARLY"],
			// Promises on their due day, the late one too; the one without a date has no day.
			["Promise to Amara Okafor: Send the EU AI Act summary", "2026-11-20", null],
			["Promise to Amara Okafor: Send the reading list", "2026-12-15", null],
			// Not due yet: the day its window opens (last contact + 10 weeks).
			["Get in touch with Ben Carter", "2027-01-10", null],
			// Overdue but snoozed: the day the snooze ends.
			["Get in touch with Farid Haddad", "2027-01-10", null],
			// New: today.
			["Get in touch with Grace Liu", "2026-11-27", null],
			// Due November 29, inside the busy period: the day after it ends.
			["Get in touch with Hiro Tanaka", "2026-12-16", null],
			// No tier: no due date, but the birthday; February 29 keeps to February's last day.
			["Leap Day's birthday", "2000-02-29", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"],
			// C: last contact + 20 weeks.
			["Get in touch with Sam Twice", "2027-03-21", null],
			["Promise to Sam Twice: Call back", "2026-12-01", null],
			["Promise to Sam Twice: Call back", "2026-12-05", null],
		]);
	});

	it("gives every event its own UID and a link that opens the note in Obsidian", () => {
		expect(new Set(seen.map((e) => e.uid)).size).toBe(seen.length);
		for (const e of seen) expect(e.uid).toMatch(/^[0-9a-f]{16}@tend$/);
		expect(seen[0]?.url).toBe("obsidian://open?vault=My%20Notes&file=People%2FAmara%20Okafor.md");
	});

	it("says why in the description, and names the note", () => {
		const amara = seen[0] as Seen;
		expect(amara.description).toBe(
			[
				"Tier A, every 4–6 weeks.",
				"Last contact 2026-10-05; due 2026-11-02, overdue after 2026-11-16.",
				'Promised "Send the EU AI Act summary" by November 20: 7 days late',
				"Birthday in 4 days (December 1), turns 38",
				"Joined Acme: 7 years in 5 days (December 2)",
				"Note: People/Amara Okafor.md",
			].join("\n"),
		);
		expect(seen.find((e) => e.summary.startsWith("Get in touch with Grace"))?.description).toBe("Tier A, every 4–6 weeks.\nNo contact logged yet.\nNote: People/Grace Liu.md");
		expect(seen[3]?.description).toBe("Promised by 2026-11-20. It is late (as of 2026-11-27): keep it, or move it with a new date.\nNote: People/Amara Okafor.md");
		expect(seen[1]?.description).toBe("Born 1988.\nNote: People/Amara Okafor.md");
	});

	it("keeps every UID when the feed is made again on another day, after edits that move the dates", () => {
		const later = events(
			feed(
				vault({
					"People/Amara Okafor.md": [
						"tier: A",
						"last_contact: 2026-11-30",
						"birthday: 1988-12-02",
						"dates:",
						"  - 2019-12-03 Joined ACME",
						"promises:",
						"  - 2026-12-18 Send the EU AI Act summary",
						"  - 2026-12-15 Send the reading list",
					],
				}),
				"2026-12-01",
				STAMP + 86_400_000,
			).replace(/DTSTAMP:\S+/g, "DTSTAMP:20261127T073000Z"),
		);
		const uids = (list: Seen[]) => new Map(list.map((e) => [e.summary.toLowerCase(), e.uid]));
		expect(uids(later)).toEqual(uids(seen));
		expect(later.find((e) => e.summary.includes("EU AI Act"))?.start).toBe("2026-12-18");
	});

	it("is the same text for the same vault, day and time", () => {
		expect(feed(vault())).toBe(text);
	});

	it("is an empty calendar for a vault without contacts", () => {
		expect(events(feed([]))).toEqual([]);
	});
});

describe("UIDs", () => {
	it("come from the path and the event's identity", () => {
		expect(eventUid("People/Ada.md", "due")).toBe(`${stableHash("People/Ada.md\u0000due")}@tend`);
		expect(eventUid("People/Ada.md", "due")).not.toBe(eventUid("People/Bea.md", "due"));
		expect(eventUid("People/Ada.md", "due")).not.toBe(eventUid("People/Ada.md", "birthday"));
		expect(stableHash("")).toBe("811c9dc5" + stableHash("").slice(8));
	});
});

describe("nextTouchDay", () => {
	const c = (fm: string[]) => contactOf(["tier: A", ...fm], { today: TODAY });
	it("is today when already due, the due day when later", () => {
		expect(nextTouchDay(c([]), day("2026-11-01"), day(TODAY))).toBe(day(TODAY));
		expect(nextTouchDay(c([]), day("2026-12-01"), day(TODAY))).toBe(day("2026-12-01"));
		expect(nextTouchDay(c([]), null, day(TODAY))).toBe(day(TODAY));
	});

	it("steps past touching busy periods, one-off or yearly, across the year end", () => {
		const busy = c(["busy:", "  - 12-20..01-05 holidays", "  - 2027-01-06..2027-01-10 offsite"]);
		expect(nextTouchDay(busy, day("2026-12-24"), day(TODAY))).toBe(day("2027-01-11"));
	});
});
