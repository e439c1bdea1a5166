/**
 * Cadences: how often to be in touch, as a window from "ideal" to "max" (docs/schedule.md,
 * "Cadences"). `6w` means ideal = max = 6 weeks; `4-6w` means due after 4 weeks and overdue
 * after 6.
 */
import { addMonths, addYears, type Day } from "./calendar";

export type Unit = "d" | "w" | "m" | "y";

export interface Span {
	count: number;
	unit: Unit;
}

export interface Cadence {
	ideal: Span;
	max: Span;
}

export type CadenceResult = { ok: true; cadence: Cadence } | { ok: false; error: string };

const UNIT_WORDS: Record<string, Unit> = {
	d: "d",
	day: "d",
	days: "d",
	w: "w",
	wk: "w",
	wks: "w",
	week: "w",
	weeks: "w",
	m: "m",
	mo: "m",
	mos: "m",
	month: "m",
	months: "m",
	y: "y",
	yr: "y",
	yrs: "y",
	year: "y",
	years: "y",
};

const NAMED: Record<string, Span> = {
	daily: { count: 1, unit: "d" },
	weekly: { count: 1, unit: "w" },
	biweekly: { count: 2, unit: "w" },
	fortnightly: { count: 2, unit: "w" },
	monthly: { count: 1, unit: "m" },
	bimonthly: { count: 2, unit: "m" },
	quarterly: { count: 3, unit: "m" },
	"half-yearly": { count: 6, unit: "m" },
	semiannually: { count: 6, unit: "m" },
	yearly: { count: 1, unit: "y" },
	annually: { count: 1, unit: "y" },
};

// "4", "4w", "4 weeks"; the unit may be missing on the first half of a range only.
const PART = /^(\d+)\s*([a-z]*)$/;

function unitOf(word: string): Unit | null | undefined {
	if (word === "") return null;
	return UNIT_WORDS[word];
}

/**
 * Reads `6w`, `90d`, `3m`, `1y`, `4-6w`, `4–6 weeks`, `4 — 6 Weeks`, `every 6 weeks`,
 * `monthly`, `quarterly`, `yearly` (any case and spacing). Zero, a first value above the
 * second, mixed units and anything else are errors, each with a sentence that says why.
 */
export function parseCadence(raw: string): CadenceResult {
	const text = raw.trim().toLowerCase().replace(/\s+/g, " ");
	const fail = (why: string): CadenceResult => ({
		ok: false,
		error: `cadence "${raw}" ${why}; write it like 6w, 4-6w, 90d, 3m, 1y, monthly or quarterly`,
	});
	if (text === "") return fail("is empty");
	const body = text.startsWith("every ") ? text.slice(6).trim() : text;
	const named = NAMED[body];
	if (named) return { ok: true, cadence: { ideal: named, max: named } };

	const halves = body.split(/\s*[-–—]\s*/);
	if (halves.length > 2) return fail("has more than one range dash");
	const parsed: { count: number; unit: Unit | null }[] = [];
	for (const half of halves) {
		const m = PART.exec(half);
		if (!m) return fail("is not a number followed by d, w, m or y");
		const unit = unitOf(m[2] ?? "");
		if (unit === undefined) return fail(`has an unknown unit "${m[2] ?? ""}"`);
		parsed.push({ count: Number(m[1]), unit });
	}
	const first = parsed[0];
	const last = parsed[parsed.length - 1];
	if (!first || !last) return fail("is empty");
	if (last.unit === null) return fail("has no unit");
	if (first.unit !== null && first.unit !== last.unit) return fail("mixes units");
	if (first.count === 0 || last.count === 0) return fail("has a zero length");
	if (first.count > last.count) return fail("has its ideal above its maximum");
	return {
		ok: true,
		cadence: { ideal: { count: first.count, unit: last.unit }, max: { count: last.count, unit: last.unit } },
	};
}

export function addSpan(day: Day, span: Span): Day {
	switch (span.unit) {
		case "d":
			return day + span.count;
		case "w":
			return day + span.count * 7;
		case "m":
			return addMonths(day, span.count);
		case "y":
			return addYears(day, span.count);
	}
}

export function subtractSpan(day: Day, span: Span): Day {
	return addSpan(day, { count: -span.count, unit: span.unit });
}

const UNIT_NAMES: Record<Unit, [string, string]> = {
	d: ["day", "days"],
	w: ["week", "weeks"],
	m: ["month", "months"],
	y: ["year", "years"],
};

/** "4–6 weeks", "3 months", "month" (as in "every month"): for sentences shown to people. */
export function describeCadence(c: Cadence): string {
	const names = UNIT_NAMES[c.max.unit];
	if (c.ideal.count !== c.max.count) return `${c.ideal.count}–${c.max.count} ${names[1]}`;
	return c.max.count === 1 ? names[0] : `${c.max.count} ${names[1]}`;
}
