/**
 * The network at a glance, for `tend stats` and the view's stats section: contacts per tier and
 * the share of each tier on cadence, give and take, follow-through, the weekly load against
 * capacity, the contacts drifting from their usual rhythm, and touchpoints a week over the last
 * 26 weeks.
 *
 * "On cadence" is "not overdue": a contact inside its window (ok or due), snoozed, waiting in a
 * busy period, or new. Only tracked contacts (with a tier Tend knows) count in the tiers.
 */
import type { Day } from "../calendar";
import { capacityOf, type Capacity } from "../capacity";
import { assess } from "../schedule";
import type { TendSettings } from "../settings";
import { CHART_WEEKS, weeklyCounts, type Week } from "./activity";
import { capacityWarnings } from "./capacityNotes";
import { drifting, type Drift } from "./drifting";
import { addFollowThrough, followThrough, type FollowThrough } from "./followThrough";
import { networkBalance, type NetworkBalance } from "./giveTake";
import { lastContactFrom, type Profile } from "./profile";

export interface TierStats {
	tier: string;
	contacts: number;
	onCadence: number;
	overdue: number;
	/** onCadence / contacts, or null for an empty tier. */
	share: number | null;
}

export interface Stats {
	/** Every contact note. */
	contacts: number;
	tracked: number;
	untracked: number;
	tiers: TierStats[];
	capacity: Capacity;
	/** capacityWarnings(capacity). */
	warnings: string[];
	balance: NetworkBalance;
	followThrough: FollowThrough;
	/** Tracked contacts whose silence is well past their usual gap, the longest past it first. */
	drifting: { name: string; path: string; drift: Drift }[];
	weeks: Week[];
}

export function stats(profiles: readonly Profile[], today: Day, settings: TendSettings): Stats {
	const tiers: TierStats[] = settings.tiers.map((t) => ({ tier: t.name, contacts: 0, onCadence: 0, overdue: 0, share: null }));
	let tracked = 0;
	const drifters: Stats["drifting"] = [];
	const days: Day[] = [];
	for (const p of profiles) {
		for (const e of p.entries) days.push(e.day);
		const c = p.contact;
		if (c.tierIndex < 0 || c.cadence === null) continue;
		tracked++;
		const tier = tiers[c.tierIndex];
		const status = assess(c, today, settings).status;
		if (tier) {
			tier.contacts++;
			if (status === "overdue") tier.overdue++;
			else tier.onCadence++;
		}
		const drift = drifting(
			p.entries.map((e) => e.day),
			lastContactFrom(c, p.entries),
			today,
		);
		if (drift?.drifting) drifters.push({ name: c.name, path: c.path, drift });
	}
	for (const t of tiers) t.share = t.contacts === 0 ? null : t.onCadence / t.contacts;
	drifters.sort((a, b) => b.drift.silence / b.drift.usualGap - a.drift.silence / a.drift.usualGap || (a.name < b.name ? -1 : 1));
	const capacity = capacityOf(
		profiles.map((p) => p.contact),
		settings,
	);
	return {
		contacts: profiles.length,
		tracked,
		untracked: profiles.length - tracked,
		tiers,
		capacity,
		warnings: capacityWarnings(capacity),
		balance: networkBalance(profiles, today),
		followThrough: addFollowThrough(profiles.map((p) => followThrough(p.entries))),
		drifting: drifters,
		weeks: weeklyCounts(days, today, CHART_WEEKS),
	};
}
