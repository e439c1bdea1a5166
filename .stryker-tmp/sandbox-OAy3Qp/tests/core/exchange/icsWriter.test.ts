/**
 * The iCalendar writer's rules, each checked against ical.js reading the text back: TEXT
 * escaping, 75-octet folding that never splits a UTF-8 character, CRLF, DTSTAMP, the yearly
 * rule for February 29.
 */
// @ts-nocheck

import fc from "fast-check";
import ICAL from "ical.js";
import { escapeText, foldLine, icsStamp, renderCalendar, yearlyRule, type CalendarEvent } from "../../../src/core/exchange/icsWriter";
import { day } from "../../support/builders";

function parse(text: string): ICAL.Component {
	return new ICAL.Component(ICAL.parse(text));
}

function physicalLines(text: string): string[] {
	expect(text.endsWith("\r\n")).toBe(true);
	// Every line ends with CRLF: no bare LF or CR anywhere.
	expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
	return text.slice(0, -2).split("\r\n");
}

const event = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({ uid: "a@tend", start: day("2026-11-27"), summary: "Hello", ...over });

describe("escapeText", () => {
	it("escapes backslash, semicolon, comma and every kind of line break", () => {
		expect(escapeText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
	});

	it("leaves colons, quotes and other text alone", () => {
		expect(escapeText('Lunch: "Berlin" — 12:30')).toBe('Lunch: "Berlin" — 12:30');
	});
});

describe("foldLine", () => {
	it("keeps a line of 75 octets whole and folds the 76th onto a continuation", () => {
		const line = "X".repeat(75);
		expect(foldLine(line)).toBe(line);
		expect(foldLine(`${line}Y`)).toBe(`${line}\r\n Y`);
	});

	it("counts octets, not characters, and never splits a character", () => {
		// 40 × "é" is 80 octets: 37 fit on the first line (74 octets, the 38th would make 76).
		const folded = foldLine("é".repeat(40));
		const [first, second] = folded.split("\r\n");
		expect(Buffer.byteLength(first as string)).toBe(74);
		expect(second).toBe(` ${"é".repeat(3)}`);
	});

	it("for any text: every physical line is at most 75 octets of whole UTF-8 characters, and unfolding gives the text back", () => {
		const piece = fc.constantFrom("a", "é", "—", "中", "😀", "👩‍👩‍👧", " ", ",", "\\");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 200 }), (parts) => {
				const line = `SUMMARY:${parts.join("")}`;
				const folded = foldLine(line);
				for (const physical of folded.split("\r\n")) {
					const bytes = Buffer.from(physical, "utf8");
					expect(bytes.length).toBeLessThanOrEqual(75);
					// A split character would not survive decoding the line on its own.
					expect(bytes.toString("utf8")).toBe(physical);
				}
				expect(folded.replace(/\r\n /g, "")).toBe(line);
			}),
		);
	});
});

describe("icsStamp", () => {
	it("writes a UTC date-time from milliseconds since 1970", () => {
		expect(icsStamp(Date.UTC(2026, 10, 27, 8, 30, 5, 999))).toBe("20261127T083005Z");
		expect(icsStamp(Date.UTC(2024, 1, 29, 23, 59, 59))).toBe("20240229T235959Z");
		expect(icsStamp(0)).toBe("19700101T000000Z");
	});
});

describe("yearlyRule", () => {
	it("is plain FREQ=YEARLY, except from February 29: the last day of February", () => {
		expect(yearlyRule(day("1985-03-14"))).toBe("FREQ=YEARLY");
		expect(yearlyRule(day("2000-02-29"))).toBe("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1");
	});

	it("makes a February 29 birthday fall on February 28 in common years, as ical.js expands it", () => {
		const text = renderCalendar([event({ start: day("2000-02-29"), repeat: "yearly" })], { name: "Tend", stampMs: 0 });
		const vevent = parse(text).getFirstSubcomponent("vevent") as ICAL.Component;
		const it = new ICAL.Event(vevent).iterator();
		const dates: string[] = [];
		for (let next = it.next(); next && dates.length < 6; next = it.next()) dates.push(next.toString());
		expect(dates).toEqual(["2000-02-29", "2001-02-28", "2002-02-28", "2003-02-28", "2004-02-29", "2005-02-28"]);
	});
});

describe("renderCalendar", () => {
	const awkward = "Ada; Lovelace, \\ the first programmer\nsecond line — 中文 😀 ".repeat(4);
	const text = renderCalendar(
		[
			event({ uid: "one@tend", summary: awkward, description: `Line one\nLine two, with a comma; and a semicolon`, categories: ["Tend", "Due, soon"], url: "obsidian://open?vault=My%20Notes&file=People%2FAda.md" }),
			event({ uid: "two@tend", start: day("1985-03-14"), summary: "Birthday", repeat: "yearly" }),
		],
		{ name: "Tend, my contacts", stampMs: Date.UTC(2026, 10, 27, 8, 0, 0) },
	);

	it("is CRLF throughout and no physical line exceeds 75 octets", () => {
		for (const line of physicalLines(text)) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
	});

	it("reads back in ical.js with every value as written", () => {
		const cal = parse(text);
		expect(cal.getFirstPropertyValue("version")).toBe("2.0");
		expect(cal.getFirstPropertyValue("prodid")).toBe("-//Tend//Tend contact calendar//EN");
		// ical.js does not know X-WR-CALNAME's type and keeps its text raw; apps read it as TEXT.
		expect(cal.getFirstPropertyValue("x-wr-calname")).toBe("Tend\\, my contacts");
		const [one, two] = cal.getAllSubcomponents("vevent") as [ICAL.Component, ICAL.Component];
		expect(one.getFirstPropertyValue("uid")).toBe("one@tend");
		expect(one.getFirstPropertyValue("summary")).toBe(awkward);
		expect(one.getFirstPropertyValue("description")).toBe("Line one\nLine two, with a comma; and a semicolon");
		expect(one.getFirstProperty("categories")?.getValues()).toEqual(["Tend", "Due, soon"]);
		expect(one.getFirstPropertyValue("url")).toBe("obsidian://open?vault=My%20Notes&file=People%2FAda.md");
		expect(one.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
		const start = one.getFirstPropertyValue("dtstart") as ICAL.Time;
		expect([start.isDate, start.toString()]).toEqual([true, "2026-11-27"]);
		expect((one.getFirstPropertyValue("dtend") as ICAL.Time).toString()).toBe("2026-11-28");
		expect((one.getFirstPropertyValue("dtstamp") as ICAL.Time).toString()).toBe("2026-11-27T08:00:00Z");
		expect(one.getFirstProperty("rrule")).toBeNull();
		expect((two.getFirstPropertyValue("rrule") as ICAL.Recur).toString()).toBe("FREQ=YEARLY");
	});
});
