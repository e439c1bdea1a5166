/**
 * The dates people type (src/core/relativeDate.ts): ISO dates, words and offsets counted from
 * a given today, never from a clock. 2026-11-27 is a Friday.
 */
// @ts-nocheck

import { DateTime } from "luxon";
import fc from "fast-check";
import { addMonths, formatDay, type Day } from "../../src/core/calendar";
import { parseDateInput } from "../../src/core/relativeDate";
import { day } from "../support/builders";

const FRIDAY = day("2026-11-27");

function parsed(text: string, today: Day = FRIDAY): string {
	const r = parseDateInput(text, today);
	if (!r.ok) throw new Error(`"${text}" did not parse: ${r.problem}`);
	return formatDay(r.day);
}

describe("parseDateInput", () => {
	it("reads ISO dates, and tells a date that does not exist from text that is not a date", () => {
		expect(parsed("2026-12-24")).toBe("2026-12-24");
		expect(parsed("  2026-12-24 ")).toBe("2026-12-24");
		expect(parseDateInput("2026-02-30", FRIDAY)).toEqual({ ok: false, problem: "no-such-day" });
		expect(parseDateInput("someday", FRIDAY)).toEqual({ ok: false, problem: "not-a-date" });
		expect(parseDateInput("2026-12-4", FRIDAY)).toEqual({ ok: false, problem: "not-a-date" });
	});

	it.each([
		["today", "2026-11-27"],
		["Today", "2026-11-27"],
		["tomorrow", "2026-11-28"],
		["yesterday", "2026-11-26"],
		["0d", "2026-11-27"],
		["3d", "2026-11-30"],
		["+3d", "2026-11-30"],
		["+3 days", "2026-11-30"],
		["in 3 days", "2026-11-30"],
		["-3d", "2026-11-24"],
		["3 days ago", "2026-11-24"],
		["2w", "2026-12-11"],
		["2 weeks", "2026-12-11"],
		["-1w", "2026-11-20"],
		["1m", "2026-12-27"],
		["1 month", "2026-12-27"],
		["-2m", "2026-09-27"],
		["1y", "2027-11-27"],
		["2 years ago", "2024-11-27"],
		["next week", "2026-12-04"],
		["last week", "2026-11-20"],
		["next month", "2026-12-27"],
		["last year", "2025-11-27"],
		["  IN   2  WEEKS ", "2026-12-11"],
	])("%s is %s when today is 2026-11-27", (text, expected) => {
		expect(parsed(text)).toBe(expected);
	});

	it("reads a weekday as the next one after today: on a Friday, friday is a week away", () => {
		expect(parsed("friday")).toBe("2026-12-04");
		expect(parsed("fri")).toBe("2026-12-04");
		expect(parsed("next friday")).toBe("2026-12-04");
		expect(parsed("saturday")).toBe("2026-11-28");
		expect(parsed("monday")).toBe("2026-11-30");
		expect(parsed("thursday")).toBe("2026-12-03");
		expect(parsed("last friday")).toBe("2026-11-20");
		expect(parsed("last thursday")).toBe("2026-11-26");
		expect(parsed("last saturday")).toBe("2026-11-21");
		expect(parsed("friday", day("2026-11-26"))).toBe("2026-11-27");
	});

	it("keeps the calendar's month rule: a day a shorter month lacks becomes its last day", () => {
		expect(parsed("1m", day("2026-01-31"))).toBe("2026-02-28");
		expect(parsed("1m", day("2028-01-31"))).toBe("2028-02-29");
		expect(parsed("1y", day("2028-02-29"))).toBe("2029-02-28");
		expect(parsed("-1m", day("2026-03-31"))).toBe("2026-02-28");
	});

	it("agrees with the core calendar for month offsets, and with luxon for weekdays, on random days", () => {
		fc.assert(
			fc.property(fc.integer({ min: day("1990-01-01"), max: day("2090-12-31") }), fc.integer({ min: -30, max: 30 }), (today, months) => {
				const r = parseDateInput(`${months}m`, today);
				expect(r).toEqual({ ok: true, day: addMonths(today, months) });
				const friday = parseDateInput("friday", today);
				if (!friday.ok) throw new Error("friday did not parse");
				const dt = DateTime.fromISO(formatDay(friday.day), { zone: "utc" });
				expect(dt.weekday).toBe(5);
				expect(friday.day - today).toBeGreaterThanOrEqual(1);
				expect(friday.day - today).toBeLessThanOrEqual(7);
			}),
			{ numRuns: 300 },
		);
	});

	it.each(["in 3d ago", "+3d ago", "in -3d", "3 fortnights", "next weeks", "next w", "friday next", "3", "d", "-", "+", "10000000d", "next tuesday week", ""])(
		'"%s" is not a date',
		(text) => {
			expect(parseDateInput(text, FRIDAY)).toEqual({ ok: false, problem: "not-a-date" });
		},
	);

	it("refuses an offset that leaves the years Tend writes (1 to 9999)", () => {
		expect(parseDateInput("99999y", FRIDAY)).toEqual({ ok: false, problem: "not-a-date" });
		expect(parsed("7973y")).toBe("9999-11-27");
	});
});
