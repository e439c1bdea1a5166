/**
 * The load forecast: how many touchpoints fall due in each of the coming weeks, by tier,
 * from the cadences as they stand, with no plan. It shows what the plan is levelling: a
 * contact counts in the week it falls due (the day it is free again when it falls due while
 * snoozed or busy), and again a cadence later, as if each were reached on its due date.
 * Contacts already due or overdue, and those never reached, count in this week.
 */
import type { Day } from "../calendar";
import { addSpan } from "../cadence";
import { insideBusy } from "../schedule";
import type { PlanInput } from "./input";
import { weekStart } from "./weeks";

export interface ForecastWeek {
	/** The Monday. */
	start: Day;
	/** Per tier, in the tiers' order (every tier listed, with 0 when none falls due). */
	tiers: { tier: string; count: number }[];
	total: number;
}

/** The first day on or after `day` that the contact is not snoozed or busy (up to a year on). */
function freeFrom(input: PlanInput, day: Day): Day {
	let d = input.snoozeUntil !== null && day < input.snoozeUntil ? input.snoozeUntil : day;
	for (let i = 0; i < 366 && input.busy.some((b) => insideBusy(b, d)); i++) d++;
	return d;
}

/**
 * Touchpoints falling due per week for `weeks` weeks from today's. `tiers` names the tiers
 * in order (the settings'); a contact's tier that is not among them is added after them.
 */
export function loadForecast(inputs: readonly PlanInput[], today: Day, weeks: number, tiers: readonly string[]): ForecastWeek[] {
	const first = weekStart(today);
	const end = first + 7 * weeks - 1;
	const names = [...tiers];
	for (const i of inputs) if (!names.includes(i.tier)) names.push(i.tier);
	const counts = Array.from({ length: weeks }, () => new Array<number>(names.length).fill(0));
	for (const input of inputs) {
		const t = names.indexOf(input.tier);
		let due = input.lastContact === null ? today : addSpan(input.lastContact, input.ideal);
		for (let n = 0; n < 400; n++) {
			const day = freeFrom(input, Math.max(due, today));
			if (day > end) break;
			const row = counts[Math.floor((day - first) / 7)] as number[];
			row[t] = (row[t] ?? 0) + 1;
			due = addSpan(day, input.ideal);
		}
	}
	return counts.map((row, w) => ({
		start: first + 7 * w,
		tiers: names.map((tier, k) => ({ tier, count: row[k] ?? 0 })),
		total: row.reduce((a, b) => a + b, 0),
	}));
}
