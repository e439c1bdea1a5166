import fc from "fast-check";
import { DateTime } from "luxon";
import {
	addMonths,
	addYears,
	daysInMonth,
	formatDay,
	formatLongDay,
	fromYmd,
	isLeapYear,
	isValidYmd,
	nextYearly,
	parseIsoDay,
	previousYearly,
	toYmd,
} from "../../src/core/calendar";
import { day } from "../support/builders";

// Dates are local calendar days, and luxon is the library at the edges; calendar.ts does the
// arithmetic itself for speed, so luxon (in UTC, where a day is exactly 86,400,000 ms) is the oracle.
const lux = (y: number, m: number, d: number) => DateTime.fromObject({ year: y, month: m, day: d }, { zone: "utc" });
const luxDay = (dt: DateTime) => Math.round(dt.toMillis() / 86_400_000);
const ymdOf = (dt: DateTime) => ({ year: dt.year, month: dt.month, day: dt.day });

const dateArb = fc
	.record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
	.map(({ year, month, day: d }) => ({ year, month, day: Math.min(d, lux(year, month, 1).daysInMonth ?? 28) }));

const RUNS = { numRuns: 3000 };

describe("calendar against luxon (property)", () => {
	it("fromYmd gives luxon's day number and toYmd inverts it", () => {
		fc.assert(
			fc.property(dateArb, ({ year, month, day: d }) => {
				const n = fromYmd(year, month, d);
				expect(n).toBe(luxDay(lux(year, month, d)));
				expect(toYmd(n)).toEqual({ year, month, day: d });
			}),
			RUNS,
		);
	});

	it("addMonths matches luxon's plus({ months }) (clamped to month end)", () => {
		fc.assert(
			fc.property(dateArb, fc.integer({ min: -60, max: 60 }), ({ year, month, day: d }, months) => {
				const got = toYmd(addMonths(fromYmd(year, month, d), months));
				expect(got).toEqual(ymdOf(lux(year, month, d).plus({ months })));
			}),
			RUNS,
		);
	});

	it("addYears matches luxon's plus({ years })", () => {
		fc.assert(
			fc.property(dateArb, fc.integer({ min: -20, max: 20 }), ({ year, month, day: d }, years) => {
				const got = toYmd(addYears(fromYmd(year, month, d), years));
				expect(got).toEqual(ymdOf(lux(year, month, d).plus({ years })));
			}),
			RUNS,
		);
	});

	it("parseIsoDay accepts exactly the YYYY-MM-DD strings luxon finds valid", () => {
		const pad = (n: number, w: number) => String(n).padStart(w, "0");
		fc.assert(
			fc.property(
				fc.integer({ min: 1900, max: 2200 }),
				fc.integer({ min: 0, max: 13 }),
				fc.integer({ min: 0, max: 32 }),
				(y, m, d) => {
					const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
					const l = DateTime.fromISO(text, { zone: "utc" });
					const got = parseIsoDay(text);
					if (l.isValid) expect(got).toBe(luxDay(l));
					else expect(got).toBeNull();
				},
			),
			RUNS,
		);
	});

	it("formatDay round-trips through parseIsoDay", () => {
		fc.assert(
			fc.property(dateArb, ({ year, month, day: d }) => {
				const n = fromYmd(year, month, d);
				expect(parseIsoDay(formatDay(n))).toBe(n);
			}),
			RUNS,
		);
	});
});

describe("calendar examples", () => {
	it("day 0 is 1970-01-01", () => {
		expect(fromYmd(1970, 1, 1)).toBe(0);
		expect(formatDay(0)).toBe("1970-01-01");
		expect(formatDay(-1)).toBe("1969-12-31");
	});

	it.each([
		[2024, true],
		[2026, false],
		[2000, true],
		[1900, false],
		[2100, false],
		[2400, true],
	])("isLeapYear(%i) = %s", (year, leap) => {
		expect(isLeapYear(year)).toBe(leap);
		expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
	});

	it.each([
		[1, 31],
		[3, 31],
		[4, 30],
		[6, 30],
		[9, 30],
		[11, 30],
		[12, 31],
	])("month %i has %i days", (month, days) => {
		expect(daysInMonth(2026, month)).toBe(days);
	});

	it.each([
		["2026-02-30", null],
		["2026-02-29", null],
		["2024-02-29", "2024-02-29"],
		["1900-02-29", null],
		["2000-02-29", "2000-02-29"],
		["2026-04-31", null],
		["2026-13-01", null],
		["2026-00-10", null],
		["2026-01-00", null],
		["2026-1-5", null],
		["26-01-05", null],
		[" 2026-01-05", null],
		["2026-01-05 ", null],
		["2026-01-05T10:00", null],
		["2026/01/05", null],
		["", null],
	])("parseIsoDay(%j) -> %s", (text, expected) => {
		const got = parseIsoDay(text);
		expect(got === null ? null : formatDay(got)).toBe(expected);
	});

	it.each([
		[2026, 2, 29, false],
		[2024, 2, 29, true],
		[2026, 0, 1, false],
		[2026, 12, 31, true],
		[2026, 6, 31, false],
	])("isValidYmd(%i, %i, %i) = %s", (y, m, d, ok) => {
		expect(isValidYmd(y, m, d)).toBe(ok);
	});

	it.each([
		["2026-01-31", 1, "2026-02-28"],
		["2024-01-31", 1, "2024-02-29"],
		["2026-03-31", 1, "2026-04-30"],
		["2026-03-31", -1, "2026-02-28"],
		["2026-10-31", 4, "2027-02-28"],
		["2026-12-15", 1, "2027-01-15"],
		["2026-01-15", -1, "2025-12-15"],
		["2026-08-31", 6, "2027-02-28"],
		["2027-11-30", 3, "2028-02-29"],
	])("addMonths(%s, %i) = %s", (from, months, expected) => {
		expect(formatDay(addMonths(day(from), months))).toBe(expected);
	});

	it.each([
		["2024-02-29", 1, "2025-02-28"],
		["2024-02-29", 4, "2028-02-29"],
		["2024-02-29", -1, "2023-02-28"],
		["2026-03-14", 1, "2027-03-14"],
		["2099-02-28", 1, "2100-02-28"],
	])("addYears(%s, %i) = %s", (from, years, expected) => {
		expect(formatDay(addYears(day(from), years))).toBe(expected);
	});

	it.each([
		// from, month, day, next, previous
		["2026-03-14", 3, 14, "2026-03-14", "2026-03-14"],
		["2026-03-15", 3, 14, "2027-03-14", "2026-03-14"],
		["2026-03-13", 3, 14, "2026-03-14", "2025-03-14"],
		["2026-12-31", 1, 1, "2027-01-01", "2026-01-01"],
		["2026-01-01", 12, 31, "2026-12-31", "2025-12-31"],
		// February 29 falls on February 28 in common years.
		["2026-02-01", 2, 29, "2026-02-28", "2025-02-28"],
		["2027-03-01", 2, 29, "2028-02-29", "2027-02-28"],
		["2028-02-28", 2, 29, "2028-02-29", "2027-02-28"],
		["2028-03-01", 2, 29, "2029-02-28", "2028-02-29"],
		["2026-02-28", 2, 29, "2026-02-28", "2026-02-28"],
	])("from %s, %i-%i: next %s, previous %s", (from, month, d, next, prev) => {
		expect(formatDay(nextYearly(day(from), month, d))).toBe(next);
		expect(formatDay(previousYearly(day(from), month, d))).toBe(prev);
	});

	it("nextYearly is on or after and previousYearly on or before, within a year (property)", () => {
		fc.assert(
			fc.property(dateArb, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (from, month, rawDay) => {
				const d = Math.min(rawDay, daysInMonth(2024, month));
				const f = fromYmd(from.year, from.month, from.day);
				const next = nextYearly(f, month, d);
				const prev = previousYearly(f, month, d);
				expect(next).toBeGreaterThanOrEqual(f);
				expect(next - f).toBeLessThan(366);
				expect(prev).toBeLessThanOrEqual(f);
				expect(f - prev).toBeLessThan(366);
				for (const hit of [toYmd(next), toYmd(prev)]) {
					expect(hit.month).toBe(month);
					expect(hit.day).toBe(Math.min(d, daysInMonth(hit.year, month)));
				}
			}),
			{ numRuns: 1000 },
		);
	});

	it("formatLongDay names the month", () => {
		expect(formatLongDay(day("2026-03-14"))).toBe("March 14");
		expect(formatLongDay(day("2026-12-01"))).toBe("December 1");
	});
});
