/**
 * Today's local date for the plugin, and the moment it changes. The due list depends on the
 * day, so at local midnight everything that shows it must refresh, including on a laptop
 * that slept through midnight: the plugin ticks this clock on an interval, and every read of
 * `today()` ticks it too, so a form opened at 00:00:05 already defaults to the new day.
 *
 * luxon gives the calendar date of "now" in the device's time zone, as in the CLI
 * (src/cli/clock.ts); no JS Date arithmetic. `now` is injectable for tests, which also drive
 * it through fake timers (luxon reads Date.now()).
 */
import { DateTime } from "luxon";
import { Events, type EventRef } from "obsidian";
import { parseIsoDay, type Day } from "../core/calendar";

export function localToday(now: number): Day {
	const iso = DateTime.fromMillis(now).toISODate();
	const day = iso === null ? null : parseIsoDay(iso);
	if (day === null) throw new Error(`the clock gives no valid date (${String(iso)})`);
	return day;
}

/** How often the plugin looks at the clock; the due list turns over within this of midnight. */
export const CLOCK_TICK_MS = 30_000;

export class Clock extends Events {
	private current: Day;

	constructor(private readonly now: () => number = () => Date.now()) {
		super();
		this.current = localToday(this.now());
	}

	today(): Day {
		this.tick();
		return this.current;
	}

	/** Looks at the clock; when the local date moved on, says so with `day-changed`. */
	tick(): void {
		const day = localToday(this.now());
		if (day === this.current) return;
		this.current = day;
		this.trigger("day-changed", day);
	}

	onDayChanged(callback: (day: Day) => void): EventRef {
		return this.on("day-changed", callback as (...data: unknown[]) => unknown);
	}
}
