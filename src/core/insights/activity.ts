/**
 * Touchpoints over time, for the brief's 12-month heatmap and the stats' 26-week chart, in the
 * CLI as text and in the plugin as SVG (src/obsidian/charts.ts draws the same numbers).
 *
 * Weeks end on today: the last week is the 7 days up to and including today, the one before it
 * the 7 days before those, and so on, so a chart never has a half-empty current week.
 */
import { formatDay, formatLongDay, toYmd, type Day } from "../calendar";

export interface Week {
	/** The first and the last day of the week (both included). */
	start: Day;
	end: Day;
	count: number;
}

/** `weeks` weeks ending today, oldest first, each with the number of entries in it. */
export function weeklyCounts(days: Iterable<Day>, today: Day, weeks: number): Week[] {
	const out: Week[] = [];
	const first = today - 7 * weeks + 1;
	for (let i = 0; i < weeks; i++) out.push({ start: first + 7 * i, end: first + 7 * i + 6, count: 0 });
	for (const d of days) {
		if (d < first || d > today) continue;
		const w = out[Math.floor((d - first) / 7)];
		if (w) w.count++;
	}
	return out;
}

/** 52 weeks: the brief's heatmap of the last 12 months. */
export const HEATMAP_WEEKS = 52;
/** The stats' chart: touchpoints a week over the last 26 weeks. */
export const CHART_WEEKS = 26;

/** A week as one character: `·` none, the count 1-9, `+` for ten or more. */
export function weekCell(count: number): string {
	return count === 0 ? "·" : count > 9 ? "+" : String(count);
}

const BARS = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"];

/** A week as a bar of eight heights, scaled to the busiest week; a space for none. */
export function barCell(count: number, max: number): string {
	if (count === 0 || max === 0) return " ";
	const level = Math.max(1, Math.ceil((count / max) * BARS.length));
	return BARS[level - 1] ?? "█";
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A line of month names over a row of week cells: each month's name starts above the first
 * week that holds its first day, when it fits (a name needs 4 columns, with a space).
 */
export function monthRuler(weeks: readonly Week[]): string {
	let line = "";
	weeks.forEach((w, i) => {
		const firstDay = [...Array(7).keys()].map((k) => w.start + k).find((d) => toYmd(d).day === 1);
		if (firstDay === undefined) return;
		const name = MONTHS[toYmd(firstDay).month - 1] ?? "";
		// The previous name must have ended, with a space after it.
		if (line.length > 0 && line.length >= i) return;
		line = line.padEnd(i) + name;
	});
	return line;
}

/** Weeks as JSON: `{"start": "2026-11-21", "count": 2}`. */
export function weeksJson(weeks: readonly Week[]): { start: string; count: number }[] {
	return weeks.map((w) => ({ start: formatDay(w.start), count: w.count }));
}

/** "Week of November 2": a week as a chart's tooltip names it. */
export function weekLabel(w: Week): string {
	return `Week of ${formatLongDay(w.start)}`;
}
