/**
 * Calendar days as plain integers.
 *
 * Tend works in whole local calendar days: `2026-03-14` is a day, not an instant, so nothing
 * here knows about time zones or clocks (the local "today" comes from the caller, see
 * `src/cli/clock.ts` and the plugin). A day is stored as the number of days since 1970-01-01
 * in the proleptic Gregorian calendar, which makes comparisons and day counts plain
 * arithmetic.
 *
 * Why not luxon here: the due list for 20,000 contacts must take well under 50 ms, and a
 * luxon `DateTime.plus` costs about 20 µs (measured: 470 ms for 20,000 contacts). Month and
 * year arithmetic below follows luxon's rule (the day is clamped to the end of a shorter
 * month: 2026-01-31 + 1 month = 2026-02-28), and `tests/core/calendar.test.ts` checks it
 * against luxon over thousands of random dates.
 */
// @ts-nocheck


/** Days since 1970-01-01. */
export type Day = number;

export interface YearMonthDay {
	year: number;
	month: number;
	day: number;
}

const MONTH_NAMES = [
	"January",
	"February",
	"March",
	"April",
	"May",
	"June",
	"July",
	"August",
	"September",
	"October",
	"November",
	"December",
];

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Howard Hinnant's days_from_civil: exact for every Gregorian date. */
export function fromYmd(year: number, month: number, day: number): Day {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const mp = (month + 9) % 12;
	const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

export function toYmd(d: Day): YearMonthDay {
	const z = d + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isValidYmd(year: number, month: number, day: number): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day of a strict `YYYY-MM-DD` string, or null when the string has another shape or
 * names a day that does not exist (`2026-02-30`).
 */
export function parseIsoDay(text: string): Day | null {
	const m = ISO_DATE.exec(text);
	if (!m) return null;
	const year = Number(m[1]);
	const month = Number(m[2]);
	const day = Number(m[3]);
	return isValidYmd(year, month, day) ? fromYmd(year, month, day) : null;
}

function pad(n: number, width: number): string {
	return String(n).padStart(width, "0");
}

export function formatDay(d: Day): string {
	const { year, month, day } = toYmd(d);
	return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** "March 14": for sentences shown to people. */
export function formatMonthDay(month: number, day: number): string {
	return `${MONTH_NAMES[month - 1] ?? "?"} ${day}`;
}

export function formatLongDay(d: Day): string {
	const { month, day } = toYmd(d);
	return formatMonthDay(month, day);
}

/** Calendar months, the day clamped to the end of a shorter month (luxon's rule). */
export function addMonths(d: Day, months: number): Day {
	const { year, month, day } = toYmd(d);
	const index = year * 12 + (month - 1) + months;
	const newYear = Math.floor(index / 12);
	const newMonth = index - newYear * 12 + 1;
	return fromYmd(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

export function addYears(d: Day, years: number): Day {
	return addMonths(d, years * 12);
}

/**
 * The first day on or after `from` that falls on month/day each year. February 29 falls on
 * February 28 in common years, the day such a birthday is usually kept.
 */
export function nextYearly(from: Day, month: number, day: number): Day {
	const { year } = toYmd(from);
	for (let y = year; y <= year + 1; y++) {
		const candidate = fromYmd(y, month, Math.min(day, daysInMonth(y, month)));
		if (candidate >= from) return candidate;
	}
	/* istanbul ignore next: the loop always returns within two years */
	return fromYmd(year + 1, month, Math.min(day, daysInMonth(year + 1, month)));
}

/** The most recent day on or before `from` that falls on month/day. */
export function previousYearly(from: Day, month: number, day: number): Day {
	const { year } = toYmd(from);
	for (let y = year; y >= year - 1; y--) {
		const candidate = fromYmd(y, month, Math.min(day, daysInMonth(y, month)));
		if (candidate <= from) return candidate;
	}
	/* istanbul ignore next */
	return fromYmd(year - 1, month, Math.min(day, daysInMonth(year - 1, month)));
}
