/**
 * Weeks for the plan: ISO weekdays (1 Monday ... 7 Sunday) and the Monday that starts a
 * day's week. Plain arithmetic on Day integers (1970-01-01, day 0, was a Thursday).
 */
import type { Day } from "../calendar";

/** The ISO weekday of a day: 1 Monday ... 7 Sunday. */
export function isoWeekday(day: Day): number {
	return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The Monday on or before `day`: the start of its week. */
export function weekStart(day: Day): Day {
	return day - (isoWeekday(day) - 1);
}
