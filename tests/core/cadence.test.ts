import fc from "fast-check";
import { addSpan, describeCadence, parseCadence, subtractSpan, type Cadence, type Unit } from "../../src/core/cadence";
import { formatDay } from "../../src/core/calendar";
import { day } from "../support/builders";

const window = (ideal: number, max: number, unit: Unit): Cadence => ({ ideal: { count: ideal, unit }, max: { count: max, unit } });

describe("parseCadence: every form docs/schedule.md names", () => {
	it.each<[string, Cadence]>([
		// single values: ideal = max
		["6w", window(6, 6, "w")],
		["90d", window(90, 90, "d")],
		["3m", window(3, 3, "m")],
		["1y", window(1, 1, "y")],
		// ranges with each dash
		["4-6w", window(4, 6, "w")],
		["4–6 weeks", window(4, 6, "w")],
		["4 — 6 Weeks", window(4, 6, "w")],
		["4 – 6 weeks", window(4, 6, "w")],
		["10-13w", window(10, 13, "w")],
		["20-26w", window(20, 26, "w")],
		["2-3m", window(2, 3, "m")],
		["1-2y", window(1, 2, "y")],
		["30-45d", window(30, 45, "d")],
		["6-6w", window(6, 6, "w")],
		// the unit may also be written on both halves
		["4w-6w", window(4, 6, "w")],
		["4 weeks - 6 weeks", window(4, 6, "w")],
		// named cadences
		["weekly", window(1, 1, "w")],
		["biweekly", window(2, 2, "w")],
		["monthly", window(1, 1, "m")],
		["quarterly", window(3, 3, "m")],
		["yearly", window(1, 1, "y")],
		// word units, singular and plural
		["1 day", window(1, 1, "d")],
		["90 days", window(90, 90, "d")],
		["1 week", window(1, 1, "w")],
		["6 weeks", window(6, 6, "w")],
		["1 month", window(1, 1, "m")],
		["3 months", window(3, 3, "m")],
		["1 year", window(1, 1, "y")],
		["2 years", window(2, 2, "y")],
		// any case and spacing
		["6W", window(6, 6, "w")],
		["6 W", window(6, 6, "w")],
		["  6w  ", window(6, 6, "w")],
		["6   Weeks", window(6, 6, "w")],
		["4-6WEEKS", window(4, 6, "w")],
		["4 -6w", window(4, 6, "w")],
		["4-  6 w", window(4, 6, "w")],
		["4\t–\t6\tweeks", window(4, 6, "w")],
		["Monthly", window(1, 1, "m")],
		["QUARTERLY", window(3, 3, "m")],
		[" Yearly ", window(1, 1, "y")],
		["BiWeekly", window(2, 2, "w")],
		["3 Months", window(3, 3, "m")],
	])("%j", (text, expected) => {
		expect(parseCadence(text)).toEqual({ ok: true, cadence: expected });
	});

	it("any case of any valid form parses the same (property)", () => {
		const forms = ["6w", "90d", "3m", "1y", "4-6w", "4–6 weeks", "4 — 6 weeks", "monthly", "quarterly", "yearly", "biweekly", "weekly", "2 months"];
		fc.assert(
			fc.property(fc.constantFrom(...forms), fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }), (form, upper) => {
				const mixed = [...form].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch)).join("");
				expect(parseCadence(mixed)).toEqual(parseCadence(form));
			}),
			{ numRuns: 300 },
		);
	});
});

describe("parseCadence: errors say why", () => {
	it.each([
		["0w", /zero/],
		["0d", /zero/],
		["0-4w", /zero/],
		["0-0m", /zero/],
		["6-4w", /ideal above its maximum/],
		["13-10 weeks", /ideal above its maximum/],
		["4w-6m", /mixes units/],
		["4d-6w", /mixes units/],
		["1 month - 6 weeks", /mixes units/],
		["6", /no unit/],
		["4-6", /no unit/],
		["4–6", /no unit/],
		["6x", /unknown unit "x"/],
		["6 fortnights", /unknown unit/],
		["abc", /not a number/],
		["six weeks", /not a number/],
		["1.5w", /not a number/],
		["-6w", /not a number/],
		["6w-", /not a number/],
		["4 to 6 weeks", /not a number/],
		["4-6-8w", /more than one range dash/],
		["", /empty/],
		["   ", /empty/],
	])("%j is an error matching %s", (text, why) => {
		const result = parseCadence(text);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error).toMatch(why);
			// The message quotes what the user wrote, so they can find it.
			expect(result.error).toContain(`"${text}"`);
		}
	});
});

describe("addSpan / subtractSpan", () => {
	it.each([
		["2026-01-01", 90, "d", "2026-04-01"],
		["2026-11-20", 6, "w", "2027-01-01"],
		["2026-01-31", 1, "m", "2026-02-28"],
		["2024-01-31", 1, "m", "2024-02-29"],
		["2026-11-30", 3, "m", "2027-02-28"],
		["2024-02-29", 1, "y", "2025-02-28"],
		["2024-02-29", 4, "y", "2028-02-29"],
	] as const)("%s + %i%s = %s", (from, count, unit, expected) => {
		expect(formatDay(addSpan(day(from), { count, unit }))).toBe(expected);
	});

	it.each([
		["2026-04-01", 90, "d", "2026-01-01"],
		["2026-03-31", 1, "m", "2026-02-28"],
		["2025-02-28", 1, "y", "2024-02-28"],
	] as const)("%s - %i%s = %s", (from, count, unit, expected) => {
		expect(formatDay(subtractSpan(day(from), { count, unit }))).toBe(expected);
	});

	it("days and weeks are exact: subtracting undoes adding (property)", () => {
		fc.assert(
			fc.property(fc.integer({ min: -50000, max: 50000 }), fc.integer({ min: 1, max: 500 }), fc.constantFrom<Unit>("d", "w"), (d, count, unit) => {
				expect(subtractSpan(addSpan(d, { count, unit }), { count, unit })).toBe(d);
				expect(addSpan(d, { count, unit }) - d).toBe(unit === "d" ? count : count * 7);
			}),
		);
	});
});

describe("describeCadence", () => {
	it.each([
		["4-6w", "4–6 weeks"],
		["10-13w", "10–13 weeks"],
		["6w", "6 weeks"],
		["1w", "week"],
		["weekly", "week"],
		["monthly", "month"],
		["quarterly", "3 months"],
		["yearly", "year"],
		["90d", "90 days"],
		["1d", "day"],
		["2-3y", "2–3 years"],
	])("%s reads as %j", (text, expected) => {
		const parsed = parseCadence(text);
		if (!parsed.ok) throw new Error(parsed.error);
		expect(describeCadence(parsed.cadence)).toBe(expected);
	});
});
