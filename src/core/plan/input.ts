/**
 * What the planner needs to know about one contact, as a small plain record, and the one
 * function that builds it from today's `Contact` and `assess()`. The planner and the load
 * forecast read nothing else, so when the contact model changes only `planInputOf` changes.
 */
import { fromYmd, nextYearly, toYmd, type Day } from "../calendar";
import { parseCadence, type Cadence, type Span } from "../cadence";
import type { BusyPeriod, Contact } from "../contact";
import { assess } from "../schedule";
import type { TendSettings } from "../settings";

/** A day that is a reason to reach out by itself: it places a touchpoint on that day. */
export interface DatedReason {
	kind: "birthday" | "date" | "busy-ended";
	/** The birthday or yearly date itself; for `busy-ended`, the first day after the period. */
	day: Day;
	/** The yearly date's or busy period's label ("" when it has none). */
	label: string;
	/** Whole years (an age, an anniversary) when the year is known, else null. */
	years: number | null;
}

export interface PlanPromise {
	due: Day;
	what: string;
}

export interface PlanInput {
	path: string;
	name: string;
	tier: string;
	/** Position of the tier in the settings: 0 is the top tier. */
	tierIndex: number;
	/** The last contact (the later of `last_contact` and the newest log entry), or null: never reached. */
	lastContact: Day | null;
	/** The cadence in force, as spans: due after `ideal`, overdue after `max` (cadence.ts `addSpan`). */
	ideal: Span;
	max: Span;
	/**
	 * Whether the cadence is the tier's (re-tiering the contact changes it). A note's own
	 * `cadence` that differs from its tier's stays when the tier changes.
	 */
	tierCadence: boolean;
	snoozeUntil: Day | null;
	/** Busy periods, both end days included (schedule.ts `insideBusy`). */
	busy: readonly BusyPeriod[];
	/** Open promises that have a due day. */
	promises: readonly PlanPromise[];
	/** Birthdays and yearly dates from today on, and the ends of busy periods (recent or coming). */
	dated: readonly DatedReason[];
}

/** How far ahead `planInputOf` lists yearly dates and busy-period ends, in days. */
export const DATED_DAYS_AHEAD = 400;

function sameSpan(a: Span, b: Span): boolean {
	return a.count === b.count && a.unit === b.unit;
}

function tierCadenceOf(settings: TendSettings, tierIndex: number): Cadence | null {
	const tier = settings.tiers[tierIndex];
	if (!tier) return null;
	const parsed = parseCadence(tier.cadence);
	return parsed.ok ? parsed.cadence : null;
}

/** Every yearly occurrence of month/day in [from, to]. */
function yearly(month: number, day: number, from: Day, to: Day): Day[] {
	const out: Day[] = [];
	for (let d = nextYearly(from, month, day); d <= to; d = nextYearly(d + 1, month, day)) out.push(d);
	return out;
}

/** The first day after each occurrence of a busy period, for the occurrences that end in [from - 1, to - 1]. */
function busyEnds(period: BusyPeriod, from: Day, to: Day): Day[] {
	if (!period.yearly) {
		const after = fromYmd(period.end.year ?? 0, period.end.month, period.end.day) + 1;
		return after >= from && after <= to ? [after] : [];
	}
	return yearly(period.end.month, period.end.day, from - 1, to - 1).map((end) => end + 1);
}

/**
 * The planner's view of a contact on `today`, or null when the contact is not tracked (no
 * tier, or no cadence). Dated reasons reach `DATED_DAYS_AHEAD` days ahead; a busy period
 * that ended within the settings' `busyEndedDays` is still listed, as on the due list.
 */
export function planInputOf(contact: Contact, today: Day, settings: TendSettings): PlanInput | null {
	const a = assess(contact, today, settings);
	const cadence = contact.cadence;
	if (a.status === "untracked" || cadence === null || contact.tier === null) return null;
	const until = today + DATED_DAYS_AHEAD;
	const dated: DatedReason[] = [];
	if (contact.birthday) {
		const { month, day, year } = contact.birthday;
		for (const d of yearly(month, day, today, until)) {
			const age = year === null ? null : toYmd(d).year - year;
			dated.push({ kind: "birthday", day: d, label: "", years: age !== null && age > 0 ? age : null });
		}
	}
	for (const date of contact.dates) {
		for (const d of yearly(date.month, date.day, today, until)) {
			const years = date.year === null ? null : toYmd(d).year - date.year;
			dated.push({ kind: "date", day: d, label: date.label, years: years !== null && years > 0 ? years : null });
		}
	}
	for (const period of contact.busy) {
		for (const d of busyEnds(period, today - settings.busyEndedDays, until)) dated.push({ kind: "busy-ended", day: d, label: period.label, years: null });
	}
	dated.sort((x, y) => x.day - y.day);
	const own = tierCadenceOf(settings, contact.tierIndex);
	return {
		path: contact.path,
		name: contact.name,
		tier: contact.tier,
		tierIndex: contact.tierIndex,
		lastContact: a.lastContact,
		ideal: cadence.ideal,
		max: cadence.max,
		tierCadence: own !== null && sameSpan(own.ideal, cadence.ideal) && sameSpan(own.max, cadence.max),
		snoozeUntil: contact.snoozeUntil,
		busy: contact.busy,
		promises: a.promises.filter((p) => p.due !== null).map((p) => ({ due: p.due as Day, what: p.what })),
		dated,
	};
}

/** The plan inputs of every tracked contact. */
export function planInputs(contacts: Iterable<Contact>, today: Day, settings: TendSettings): PlanInput[] {
	const out: PlanInput[] = [];
	for (const c of contacts) {
		const input = planInputOf(c, today, settings);
		if (input) out.push(input);
	}
	return out;
}
