/**
 * Today's date in the local time zone: the one place the CLI reads the clock. luxon gives the
 * calendar date of "now" in the zone the process runs in (TZ), with no JS Date arithmetic.
 */
// @ts-nocheck

import { DateTime } from "luxon";
import { parseIsoDay, type Day } from "../core/calendar";

export function localToday(now: number = Date.now()): Day {
	const iso = DateTime.fromMillis(now).toISODate();
	const day = iso === null ? null : parseIsoDay(iso);
	if (day === null) throw new Error(`the system clock gives no valid date (${String(iso)})`);
	return day;
}
