/**
 * `tend plan --json`: the plan as plain JSON, dates as `YYYY-MM-DD`. The documented fields
 * come first, in this order: today, capacity, impliedLoad, weeks, lapses, advice; then the
 * forecast.
 */
import { formatDay } from "../calendar";
import type { ForecastWeek } from "./forecast";
import type { WeeklyPlan } from "./planner";

export function planJson(plan: WeeklyPlan, forecast: readonly ForecastWeek[]) {
	return {
		today: formatDay(plan.today),
		capacity: plan.capacity,
		impliedLoad: Math.round(plan.impliedLoad * 100) / 100,
		weeks: plan.weeks.map((w) => ({
			start: formatDay(w.start),
			touchpoints: w.touchpoints.map((t) => ({
				name: t.contact.name,
				path: t.contact.path,
				tier: t.contact.tier,
				day: formatDay(t.day),
				reason: { kind: t.kind, text: t.text },
			})),
		})),
		lapses: plan.lapses.map((l) => ({ name: l.contact.name, path: l.contact.path, tier: l.contact.tier, overdueDate: formatDay(l.overdueDate) })),
		advice: plan.advice.map((a) => ({ ...a })),
		forecast: forecast.map((w) => ({ start: formatDay(w.start), tiers: w.tiers.map((t) => ({ ...t })), total: w.total })),
	};
}
