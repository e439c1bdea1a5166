import { drifting, driftText } from "../../../src/core/insights/drifting";
import { day } from "../../support/builders";

const today = day("2026-11-27");
const days = (...iso: string[]) => iso.map(day);

describe("drifting", () => {
	it.each([
		// entries (newest first), last_contact, usual gap, silence, drifting
		["every 12 days, 31 days silent", ["2026-10-27", "2026-10-15", "2026-10-03", "2026-09-21"], null, 12, 31, true],
		["every 12 days, 18 days silent: 1.5 x but not 7 days more", ["2026-11-09", "2026-10-28", "2026-10-16", "2026-10-04"], null, 12, 18, false],
		["every 12 days, 19 days silent: both rules hold", ["2026-11-08", "2026-10-27", "2026-10-15", "2026-10-03"], null, 12, 19, true],
		["weekly, 13 days: 1.5 x but not 7 days more", ["2026-11-14", "2026-11-07", "2026-10-31", "2026-10-24"], null, 7, 13, false],
		["weekly, 14 days", ["2026-11-13", "2026-11-06", "2026-10-30", "2026-10-23"], null, 7, 14, true],
		["two-monthly, 80 days: 7 days more but not 1.5 x", ["2026-09-08", "2026-07-10", "2026-05-11", "2026-03-12"], null, 60, 80, false],
		["a later last_contact ends the silence", ["2026-10-27", "2026-10-15", "2026-10-03", "2026-09-21"], "2026-11-20", 12, 7, false],
		["gaps 10, 14, 12, 20: the median is the mean of the middle two", ["2026-10-27", "2026-10-17", "2026-10-03", "2026-09-21", "2026-09-01"], null, 13, 31, true],
	])("%s", (_name, entries, last, gap, silence, isDrifting) => {
		const d = drifting(days(...entries), last === null ? null : day(last), today);
		expect(d).toEqual({ usualGap: gap, silence, drifting: isDrifting });
	});

	it("needs 4 entries on distinct days", () => {
		expect(drifting(days("2026-10-27", "2026-10-15", "2026-10-03"), null, today)).toBeNull();
		expect(drifting(days("2026-10-27", "2026-10-27", "2026-10-15", "2026-10-03"), null, today)).toBeNull();
		expect(drifting(days("2026-10-27", "2026-10-15", "2026-10-03", "2026-09-21"), null, today)).not.toBeNull();
	});

	it("uses only the last 6 gaps, and no entry after today", () => {
		// Old entries every 100 days, then weekly: the rhythm is the recent one.
		const recent = days("2026-11-01", "2026-10-25", "2026-10-18", "2026-10-11", "2026-10-04", "2026-09-27", "2026-09-20");
		const old = days("2026-06-12", "2026-03-04", "2025-11-24");
		expect(drifting([...recent, ...old, day("2026-12-25")], null, today)).toEqual({ usualGap: 7, silence: 26, drifting: true });
	});

	it("says it in a sentence", () => {
		expect(driftText({ usualGap: 12, silence: 31, drifting: true })).toBe("Usually every 12 days; 31 days now");
		expect(driftText({ usualGap: 1, silence: 9, drifting: true })).toBe("Usually every day; 9 days now");
		expect(driftText({ usualGap: 10.5, silence: 1, drifting: false })).toBe("Usually every 11 days; 1 day now");
	});
});
