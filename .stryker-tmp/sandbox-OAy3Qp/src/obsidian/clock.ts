/**
 * Today's local date for the plugin, and the moment it changes. The due list depends on the
 * day, so at local midnight everything that shows it must refresh, including on a laptop
 * that slept through midnight: the plugin ticks this clock on an interval, and every read of
 * `today()` ticks it too, so a form opened at 00:00:05 already defaults to the new day.
 *
 * The calendar date of "now" in the device's time zone is read from a Date's local fields
 * (the same system zone luxon uses in the CLI, src/cli/clock.ts); no Date arithmetic. luxon
 * is not used here because it was 71 KB of the plugin's main.js for this one call (measured
 * with esbuild's metafile). `now` is injectable for tests, which also drive it through fake
 * timers.
 */
// @ts-nocheck

import { Events, type EventRef } from "obsidian";
import { fromYmd, isValidYmd, type Day } from "../core/calendar";

export function localToday(now: number): Day {
	const date = new Date(now);
	const [year, month, day] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
	if (!isValidYmd(year, month, day)) throw new Error(`the clock gives no valid date (${String(now)})`);
	return fromYmd(year, month, day);
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
