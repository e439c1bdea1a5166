/**
 * The dates people type: `2026-12-24`, or words and offsets counted from `today`.
 *
 * The grammar is small on purpose, so that every form means one thing:
 *
 * - `YYYY-MM-DD`: that day.
 * - `today`, `tomorrow`, `yesterday`.
 * - An offset from today: a count and a unit, `3d`, `2w`, `1m`, `1y` (or the words `day(s)`,
 *   `week(s)`, `month(s)`, `year(s)`: `3 days`). A bare or `+` count lies ahead (`2w`, `+3d`,
 *   `in 3 days`); a `-` count or `ago` lies behind (`-3d`, `3 days ago`). Months and years are
 *   calendar months and years; a day that a shorter month lacks becomes its last day
 *   (2026-01-31 + 1m = 2026-02-28).
 * - `next week`, `next month`, `next year`: the same as `1w`, `1m`, `1y`; `last week`,
 *   `last month`, `last year`: `-1w`, `-1m`, `-1y`.
 * - A weekday, `friday` or `fri`: the next Friday after today, so on a Friday it means a week
 *   from today (today is never "friday": type `today`). `next friday` means the same. `last
 *   friday` is the last Friday before today (a week ago on a Friday).
 *
 * Case and extra spaces do not matter. luxon does the calendar arithmetic, from `today` (never
 * from a clock), in UTC so that no time-zone rule can shift a day.
 */
// @ts-nocheck

import { DateTime } from "luxon";
import { parseIsoDay, toYmd, type Day } from "./calendar";

/** The accepted forms in one line, for help texts and error messages. */
export const DATE_FORMS =
	"YYYY-MM-DD, today, tomorrow, yesterday, 3d / 2w / 1m / 1y ahead (+3d, in 3 days), -3d or 3 days ago behind, a weekday (friday: the next one after today; last friday), next week, last month";

export type DateInput = { ok: true; day: Day } | { ok: false; problem: "not-a-date" | "no-such-day" };

const UNITS: Record<string, "days" | "weeks" | "months" | "years"> = {
	d: "days",
	day: "days",
	days: "days",
	w: "weeks",
	wk: "weeks",
	wks: "weeks",
	week: "weeks",
	weeks: "weeks",
	m: "months",
	mo: "months",
	month: "months",
	months: "months",
	y: "years",
	yr: "years",
	yrs: "years",
	year: "years",
	years: "years",
};

// Luxon numbers weekdays 1 (Monday) to 7 (Sunday).
const WEEKDAYS: Record<string, number> = {
	mon: 1,
	monday: 1,
	tue: 2,
	tues: 2,
	tuesday: 2,
	wed: 3,
	wednesday: 3,
	thu: 4,
	thur: 4,
	thurs: 4,
	thursday: 4,
	fri: 5,
	friday: 5,
	sat: 6,
	saturday: 6,
	sun: 7,
	sunday: 7,
};

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const OFFSET = /^(in\s+)?([+-])?\s*(\d{1,5})\s*([a-z]+)(\s+ago)?$/;
const NEXT_LAST = /^(next|last)\s+([a-z]+)$/;

function toLuxon(day: Day): DateTime {
	const { year, month, day: dom } = toYmd(day);
	return DateTime.fromObject({ year, month, day: dom }, { zone: "utc" });
}

function fromLuxon(dt: DateTime): Day | null {
	if (!dt.isValid || dt.year < 1 || dt.year > 9999) return null;
	return parseIsoDay(dt.toISODate() ?? "");
}

function shifted(today: Day, unit: "days" | "weeks" | "months" | "years", count: number): DateInput {
	const day = fromLuxon(toLuxon(today).plus({ [unit]: count }));
	return day === null ? { ok: false, problem: "not-a-date" } : { ok: true, day };
}

/** The weekday `weekday` (1 Monday .. 7 Sunday) after today, or before it when `back`. */
function weekday(today: Day, weekday: number, back: boolean): DateInput {
	const current = toLuxon(today).weekday;
	const ahead = (weekday - current + 7) % 7 || 7;
	return shifted(today, "days", back ? ahead - 7 || -7 : ahead);
}

/** Reads a typed date relative to `today`; see the grammar above. */
export function parseDateInput(input: string, today: Day): DateInput {
	const text = input.trim().toLowerCase().replace(/\s+/g, " ");
	if (ISO_SHAPE.test(text)) {
		const day = parseIsoDay(text);
		return day === null ? { ok: false, problem: "no-such-day" } : { ok: true, day };
	}
	if (text === "today") return { ok: true, day: today };
	if (text === "tomorrow") return { ok: true, day: today + 1 };
	if (text === "yesterday") return { ok: true, day: today - 1 };
	const bareWeekday = WEEKDAYS[text];
	if (bareWeekday !== undefined) return weekday(today, bareWeekday, false);
	const nextLast = NEXT_LAST.exec(text);
	if (nextLast) {
		const back = nextLast[1] === "last";
		const word = nextLast[2] ?? "";
		const wd = WEEKDAYS[word];
		if (wd !== undefined) return weekday(today, wd, back);
		const unit = UNITS[word];
		// `next week`, not `next weeks` or `next w`.
		if (unit !== undefined && `${unit.slice(0, -1)}` === word) return shifted(today, unit, back ? -1 : 1);
		return { ok: false, problem: "not-a-date" };
	}
	const offset = OFFSET.exec(text);
	if (offset) {
		const [, inWord, sign, digits, unitWord, agoWord] = offset;
		const unit = UNITS[unitWord ?? ""];
		// One direction only: `in -3d`, `+3d ago` and `in 3 days ago` are not dates.
		if (unit === undefined || (inWord && agoWord) || (sign && (inWord || agoWord))) return { ok: false, problem: "not-a-date" };
		const count = Number(digits);
		return shifted(today, unit, sign === "-" || agoWord ? -count : count);
	}
	return { ok: false, problem: "not-a-date" };
}
