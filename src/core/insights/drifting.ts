/**
 * Their own rhythm. A cadence says how often a contact should hear from you at least; the log
 * says how often you really are in touch. Someone you usually see every two weeks who has
 * heard nothing for a month is drifting, even when their cadence (a quarter, say) is far from
 * over.
 *
 * - The usual gap is the median of the gaps between the last DRIFT_GAPS + 1 distinct days
 *   in the log (several entries on one day are one touch). At least DRIFT_MIN_ENTRIES entries
 *   on distinct days are needed: fewer gaps say nothing about a rhythm.
 * - The silence is today minus the last contact (the later of `last_contact` and the newest
 *   entry).
 * - Drifting: the silence is at least DRIFT_FACTOR times the usual gap and at least
 *   DRIFT_MIN_EXTRA days longer than it. The second rule keeps a weekly rhythm from drifting
 *   after 11 days; the first keeps a two-month rhythm from drifting a week late.
 */
import type { Day } from "../calendar";
import { plural } from "../words";

export const DRIFT_MIN_ENTRIES = 4;
export const DRIFT_GAPS = 6;
export const DRIFT_FACTOR = 1.5;
export const DRIFT_MIN_EXTRA = 7;

export interface Drift {
	/** The median gap in days (a half day when the median falls between two gaps). */
	usualGap: number;
	/** Days since the last contact. */
	silence: number;
	drifting: boolean;
}

function median(values: readonly number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** How many of the newest days the usual gap is taken over. */
export const DRIFT_DAYS = DRIFT_GAPS + 1;

/**
 * The usual gap of distinct days given newest first (the first DRIFT_DAYS of them count); null
 * with fewer than DRIFT_MIN_ENTRIES days. The due list keeps this of each log (src/core/log.ts,
 * `LogDigest.usualGap`) instead of the days themselves.
 */
export function usualGapOf(days: readonly Day[]): number | null {
	if (days.length < DRIFT_MIN_ENTRIES) return null;
	const gaps: number[] = [];
	for (let i = 0; i + 1 < Math.min(days.length, DRIFT_DAYS); i++) gaps.push((days[i] as number) - (days[i + 1] as number));
	return median(gaps);
}

/** The silence since the later of the last contact and the newest entry, against the usual gap. */
export function driftOf(usualGap: number, newestDay: Day, lastContact: Day | null, today: Day): Drift {
	const last = lastContact === null ? newestDay : Math.max(lastContact, newestDay);
	const silence = today - last;
	return { usualGap, silence, drifting: silence >= DRIFT_FACTOR * usualGap && silence >= usualGap + DRIFT_MIN_EXTRA };
}

/**
 * The rhythm of the log and whether the silence is well past it; null when the log has fewer
 * than 4 entries on distinct days (or no last contact). Entries after today are left out.
 */
export function drifting(entryDays: readonly Day[], lastContact: Day | null, today: Day): Drift | null {
	const days = [...new Set(entryDays.filter((d) => d <= today))].sort((a, b) => b - a);
	const usualGap = usualGapOf(days);
	return usualGap === null ? null : driftOf(usualGap, days[0] as Day, lastContact, today);
}

/** "Usually every 12 days; 31 days now". */
export function driftText(d: Drift): string {
	const gap = Math.round(d.usualGap);
	return `Usually every ${gap === 1 ? "day" : plural(gap, "day")}; ${plural(d.silence, "day")} now`;
}
