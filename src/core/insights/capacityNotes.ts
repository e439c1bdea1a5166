/**
 * Capacity in words (the numbers are src/core/capacity.ts's `capacityOf`). Good practice keeps
 * the inner circle to 10-15 people and the outreach within what a week really holds; above
 * either, every touch gets shallower. `tend stats` shows the load; `tend due` ends with a
 * warning line when either limit is passed, and the view's header will say the same.
 */
import type { Capacity } from "../capacity";
import { plural } from "../words";

/** "2.4": one decimal, without a trailing ".0". */
export function oneDecimal(n: number): string {
	const r = Math.round(n * 10) / 10;
	return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/** "2.4 touchpoints a week from your cadences, against a capacity of 10". */
export function loadText(c: Capacity): string {
	return `${oneDecimal(c.impliedLoad)} touchpoints a week from your cadences, against a capacity of ${c.capacity}`;
}

/** The warnings, one sentence each (none when both limits hold). */
export function capacityWarnings(c: Capacity): string[] {
	const out: string[] = [];
	const top = c.topTier;
	if (top && top.over) {
		out.push(`Tier ${top.tier} holds ${plural(top.contacts, "contact")}, more than the ${top.capacity} you can keep close (topTierCapacity): move some to a lower tier.`);
	}
	if (c.impliedLoad > c.capacity) {
		out.push(`Your cadences ask for ${oneDecimal(c.impliedLoad)} touchpoints a week, more than your capacity of ${c.capacity} (weeklyCapacity): loosen some cadences or move contacts to a lower tier.`);
	}
	return out;
}
