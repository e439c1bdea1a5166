/**
 * Capacity: how much keeping in touch the user's cadences ask for, against what the user can
 * give. Good practice keeps the top tier to 10-15 people and the rhythm matched to each
 * person's importance; spreading outreach over more people than the week holds makes every
 * touch shallow. The due list's header, `tend stats` and the weekly plan all use these
 * numbers, so they say the same thing.
 */
import type { Span } from "./cadence";
import type { Contact } from "./contact";
import type { TendSettings } from "./settings";

/** The mean length of a calendar month and year, in days (the Gregorian 400-year cycle). */
const DAYS_PER_MONTH = 146097 / 4800;
const DAYS_PER_YEAR = 146097 / 400;

/** A span as a number of days: exact for days and weeks, the mean for months and years. */
export function spanDays(span: Span): number {
	switch (span.unit) {
		case "d":
			return span.count;
		case "w":
			return span.count * 7;
		case "m":
			return span.count * DAYS_PER_MONTH;
		case "y":
			return span.count * DAYS_PER_YEAR;
	}
}

export interface TierLoad {
	tier: string;
	/** Tracked contacts in the tier. */
	contacts: number;
	/** Touchpoints a week the tier's cadences imply. */
	weeklyLoad: number;
}

export interface Capacity {
	/** Touchpoints a week the cadences of every tracked contact imply: the sum of 7 / ideal days. */
	impliedLoad: number;
	/** The user's weekly capacity (the setting). */
	capacity: number;
	/** Per tier, in the settings' order. */
	tiers: TierLoad[];
	/** Contacts in the first tier, against `topTierCapacity`. */
	topTier: { tier: string; contacts: number; capacity: number; over: boolean } | null;
}

/**
 * The load the cadences imply, per tier and in all: a contact due every 4 weeks is 1/4 of a
 * touchpoint a week, one due every quarter about 1/13. The ideal end of the window counts,
 * since that is when a contact falls due.
 */
export function capacityOf(contacts: Iterable<Pick<Contact, "tierIndex" | "cadence">>, settings: TendSettings): Capacity {
	const tiers: TierLoad[] = settings.tiers.map((t) => ({ tier: t.name, contacts: 0, weeklyLoad: 0 }));
	let impliedLoad = 0;
	for (const c of contacts) {
		if (c.cadence === null || c.tierIndex < 0) continue;
		const load = 7 / spanDays(c.cadence.ideal);
		impliedLoad += load;
		const tier = tiers[c.tierIndex];
		if (tier) {
			tier.contacts++;
			tier.weeklyLoad += load;
		}
	}
	return capacityFrom(tiers, impliedLoad, settings);
}

/** The capacity figures from the load per tier (in the settings' order) and in all. */
export function capacityFrom(tiers: TierLoad[], impliedLoad: number, settings: TendSettings): Capacity {
	const first = tiers[0];
	const topTier = first
		? { tier: first.tier, contacts: first.contacts, capacity: settings.topTierCapacity, over: first.contacts > settings.topTierCapacity }
		: null;
	return { impliedLoad, capacity: settings.weeklyCapacity, tiers, topTier };
}
