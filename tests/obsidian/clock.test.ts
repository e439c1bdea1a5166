/**
 * The plugin's clock reads today's local date without luxon (to keep it out of main.js); the
 * CLI reads it with luxon. Both must name the same day for the same instant in the zone the
 * suite runs in (jest.config.js sets TZ; .ci/run also runs UTC-8 and UTC+14), across the
 * instants where a day turns: local midnight, DST changes, the year's end, a leap day.
 */
import { DateTime } from "luxon";
import { formatDay } from "../../src/core/calendar";
import { Clock, localToday } from "../../src/obsidian/clock";

const luxonToday = (ms: number) => DateTime.fromMillis(ms).toISODate();

function instants(): number[] {
	const out: number[] = [];
	const zone = DateTime.local().zoneName;
	for (const iso of ["2026-01-01", "2026-03-08", "2026-03-29", "2026-10-25", "2026-11-01", "2026-12-31", "2028-02-29", "1999-12-31"]) {
		const midnight = DateTime.fromISO(iso, { zone }).startOf("day").toMillis();
		for (const offset of [-1, 0, 1, 3_600_000, 12 * 3_600_000, 24 * 3_600_000 - 1]) out.push(midnight + offset);
	}
	return out;
}

test("localToday names the same local day as luxon, around every day's turn", () => {
	for (const ms of instants()) expect([ms, formatDay(localToday(ms))]).toEqual([ms, luxonToday(ms)]);
});

test("the clock says day-changed once, when the local date moves on", () => {
	let now = DateTime.fromISO("2026-11-30T23:59:50").toMillis();
	const clock = new Clock(() => now);
	const seen: string[] = [];
	clock.onDayChanged((d) => seen.push(formatDay(d)));
	clock.tick();
	expect(seen).toEqual([]);
	now += 20_000;
	expect(formatDay(clock.today())).toBe("2026-12-01");
	clock.tick();
	expect(seen).toEqual(["2026-12-01"]);
});
