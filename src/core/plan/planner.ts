/**
 * The weekly plan: who to reach in each of the coming weeks, and on which day, so that every
 * contact is reached inside its window (due date .. overdue date) whenever the weekly
 * capacity allows, the top tier first. Pure: it takes `today`, the options and the plan
 * inputs (input.ts), and reads nothing else. docs/planning.md explains the method and
 * `npm run simulate` measures it against two simple policies.
 *
 * How a plan is made:
 *
 * 1. Fixed touchpoints go on their day first: a promise on the last reach-out day on or
 *    before its due date (today when it is late; its own day when no reach-out day comes
 *    before it), a birthday or yearly date on the day itself (reach-out day or not). A promise
 *    is kept even while the contact is snoozed or busy (the due list shows such a contact for
 *    its promises too); a birthday or yearly date inside a snooze or busy period is left out.
 *    Promises always count; birthdays and dates only while the week has room.
 * 2. Cadence touchpoints are filled in week by week, earliest deadline first. Each contact's
 *    window runs from its due date to its overdue date, counted from its last touchpoint (a
 *    planned one included, so a contact can come round twice). Every week, in this order:
 *    - urgent ones (already overdue, windows that close this week, the first day back from
 *      a busy period), up to the week's capacity;
 *    - then ones whose window is open and closes later, earliest overdue date first, up to
 *      the level (below).
 *    Urgent ones are ordered in two ways, the top tier first or the earliest overdue date
 *    first; the plan makes both and keeps the one that lets fewer contacts lapse, counted
 *    tier by tier from the top (so a lower tier never costs a higher one a window, and the
 *    deadline order wins when it costs the top tiers nothing).
 *    A fixed touchpoint inside a window (a birthday in the window, a promise) is the window's
 *    touchpoint: no second one is planned.
 * 3. Levelling: open windows beyond the level wait for a lighter week, inside their window.
 *    The level starts at the pace the notes ask for (the load the cadences imply, plus the
 *    promises, birthdays and dates a week) and goes up to the capacity; the plan keeps the
 *    level whose busiest week is lightest without letting more contacts lapse than at full
 *    capacity. So the busiest week holds about what the cadences ask for, not everything
 *    that happens to fall due at once.
 * 4. Never before the due date, unless the window would otherwise lapse: when no reach-out
 *    day lies inside the window (a busy period covers it), or every week of the window is
 *    full, the touchpoint is pulled to the latest earlier day that has room, at most the
 *    window's length (and at least a week) before the due date.
 * 5. Nobody is planned while snoozed or inside a busy period; a contact that fell due while
 *    busy is planned on the first reach-out day after the period, the day it ends being the
 *    reason.
 *
 * The plan looks `lookaheadWeeks` beyond the weeks it shows, so that the last weeks shown
 * take their share of what falls due just after them. Everything is deterministic: ties are
 * broken by tier, then name, then path.
 */
import { formatLongDay, type Day } from "../calendar";
import { addSpan, describeCadence, parseCadence, type Cadence } from "../cadence";
import { spanDays } from "../capacity";
import { insideBusy } from "../schedule";
import type { TendSettings } from "../settings";
import { comparePrefixes, NAME_ORDER, namePrefix } from "../dueList/names";
import { plural } from "../words";
import type { PlanInput } from "./input";
import { isoWeekday, weekStart } from "./weeks";

export interface PlanOptions {
	/** Touchpoints a week. */
	capacity: number;
	/** ISO weekdays the user reaches out on (1 Monday ... 7 Sunday). */
	reachOutDays: readonly number[];
	/** Weeks shown, from the week of today. */
	weeks: number;
	/** Weeks planned beyond the ones shown (default: as many as shown, at least 8). */
	lookaheadWeeks?: number;
	/** The tiers in order, with their cadences: for the re-tier advice. */
	tiers: readonly { name: string; cadence: Cadence | null }[];
	/** Whether to work out the advice (it plans again at other capacities); default true. */
	advice?: boolean;
}

/** The options from the settings, with `--capacity` / `--weeks` style overrides. */
export function planOptionsOf(settings: TendSettings, overrides: { capacity?: number; weeks?: number } = {}): PlanOptions {
	return {
		capacity: overrides.capacity ?? settings.weeklyCapacity,
		reachOutDays: settings.reachOutDays,
		weeks: overrides.weeks ?? 8,
		tiers: settings.tiers.map((t) => {
			const parsed = parseCadence(t.cadence);
			return { name: t.name, cadence: parsed.ok ? parsed.cadence : null };
		}),
	};
}

/**
 * Why a touchpoint is planned: `promise`, `birthday`, `date` (a yearly date), `busy-ended`
 * (the first day back from a busy period), `overdue` (its window has passed), `due` (inside
 * its window), `new` (never reached), `early` (before its due date, since the window would
 * otherwise lapse).
 */
export type TouchKind = "promise" | "birthday" | "date" | "busy-ended" | "overdue" | "due" | "new" | "early";

export interface PlannedTouchpoint {
	contact: PlanInput;
	day: Day;
	kind: TouchKind;
	/** The reason as a sentence. */
	text: string;
	/** The cadence window the touchpoint keeps; null for a fixed one (promise, birthday, date) and a new contact. */
	dueDate: Day | null;
	overdueDate: Day | null;
}

export interface PlannedWeek {
	/** The Monday. */
	start: Day;
	/** Touchpoints the week can hold: the capacity (this week: what is left of it). */
	room: number;
	/** In day order, then tier, name, path. */
	touchpoints: PlannedTouchpoint[];
}

/**
 * A window the plan cannot keep: `capacity` (the weeks of the window are full), `unavailable`
 * (snoozed or busy through the window, with no earlier day free), `behind` (overdue already,
 * and not reached in the weeks shown).
 */
export interface Lapse {
	contact: PlanInput;
	overdueDate: Day;
	cause: "capacity" | "unavailable" | "behind";
	/** The day the plan reaches the contact after all, or null when not in the weeks planned. */
	plannedDay: Day | null;
}

/**
 * What to change: `raise-capacity` (the smallest raise that keeps every window still open
 * today and covers the load the cadences imply), `catch-up` (contacts already overdue that
 * the weeks shown do not reach, and about how many more a week would), `re-tier` (how many
 * contacts to move down a tier so that the cadences fit the capacity).
 */
export type Advice =
	| { kind: "raise-capacity"; by: number; text: string }
	| { kind: "catch-up"; count: number; by: number; text: string }
	| { kind: "re-tier"; count: number; from: string; to: string; text: string };

export interface WeeklyPlan {
	today: Day;
	capacity: number;
	/** Touchpoints a week the cadences imply (capacity.ts: the sum of 7 / ideal days). */
	impliedLoad: number;
	/** The level the open windows were spread to (at most the capacity). */
	level: number;
	weeks: PlannedWeek[];
	/** Windows with an overdue date in the weeks shown that the plan misses; the top tier first. */
	lapses: Lapse[];
	/** What to change when the capacity cannot cover the cadences; empty when it can. */
	advice: Advice[];
}

// ---- the horizon -----------------------------------------------------------------------------

interface Horizon {
	today: Day;
	inputs: readonly PlanInput[];
	reach: boolean[];
	/** Monday of today's week. */
	first: Day;
	/** Weeks planned in all, and shown. */
	weeks: number;
	shown: number;
	/** The last day planned. */
	end: Day;
	/** Reach-out days left this week (today on) and in a whole week. */
	daysLeft: number;
	daysPerWeek: number;
	/** Tracked contacts reached this week already (their last contact lies in it). */
	loggedThisWeek: number;
	/**
	 * The pace the notes ask for: the load the cadences imply (each contact reached at its
	 * ideal) plus the promises, birthdays and yearly dates a week. The level never goes below it.
	 */
	pace: number;
	/** Each contact's place in the order tier, name, path (compared as numbers in the passes). */
	rank: number[];
	/** Promises and dated reasons on their days, worked out once (dated ones by day, then rank). */
	promises: { i: number; f: Fixed }[];
	dated: { i: number; f: Fixed }[];
}

function horizonOf(inputs: readonly PlanInput[], today: Day, options: PlanOptions): Horizon {
	const reach = new Array<boolean>(8).fill(false);
	for (const d of options.reachOutDays) if (d >= 1 && d <= 7) reach[d] = true;
	const first = weekStart(today);
	const shown = Math.max(1, Math.floor(options.weeks));
	const weeks = shown + Math.max(0, Math.floor(options.lookaheadWeeks ?? Math.max(8, shown)));
	let daysLeft = 0;
	for (let d = today; d < first + 7; d++) if (reach[isoWeekday(d)]) daysLeft++;
	const end = first + 7 * weeks - 1;
	let logged = 0;
	let fixed = 0;
	for (const input of inputs) {
		if (input.lastContact !== null && input.lastContact >= first && input.lastContact <= today) logged++;
		for (const p of input.promises) if (p.due <= end) fixed++;
		for (const r of input.dated) if (r.kind !== "busy-ended" && r.day >= today && r.day <= end) fixed++;
	}
	const h: Horizon = {
		today,
		inputs,
		reach,
		first,
		weeks,
		shown,
		end,
		daysLeft,
		daysPerWeek: reach.filter(Boolean).length,
		loggedThisWeek: logged,
		pace: impliedLoadOf(inputs) + fixed / weeks,
		rank: [],
		promises: [],
		dated: [],
	};
	// Every contact ranked once by tier, name and path: the names by their prefixes (numbers that
	// order them as the collator does, names.ts), the collator only where two prefixes tie.
	const prefixes = inputs.map((c) => namePrefix(c.name));
	const order = inputs.map((_, i) => i).sort((x, y) => {
		const a = inputs[x] as PlanInput;
		const b = inputs[y] as PlanInput;
		return a.tierIndex - b.tierIndex || comparePrefixes(prefixes[x] as number, prefixes[y] as number) || byTierNamePath(a, b);
	});
	order.forEach((i, r) => (h.rank[i] = r));
	fixedCandidates(h);
	return h;
}

/** This week's room: the capacity less what was logged this week, and no more than the share of the reach-out days left. */
function roomThisWeek(h: Horizon, capacity: number): number {
	if (h.daysPerWeek === 0) return 0;
	const share = Math.ceil((capacity * h.daysLeft) / h.daysPerWeek);
	return Math.max(0, Math.min(capacity - h.loggedThisWeek, share));
}

function free(input: PlanInput, day: Day): boolean {
	if (input.snoozeUntil !== null && day < input.snoozeUntil) return false;
	for (const b of input.busy) if (insideBusy(b, day)) return false;
	return true;
}

/** A day the contact can be planned on: today or later, inside the horizon, a reach-out day, not snoozed or busy. */
function allowed(h: Horizon, input: PlanInput, day: Day): boolean {
	return day >= h.today && day <= h.end && h.reach[isoWeekday(day)] === true && free(input, day);
}

function firstAllowed(h: Horizon, input: PlanInput, from: Day, to: Day): Day | null {
	for (let d = Math.max(from, h.today); d <= Math.min(to, h.end); d++) if (allowed(h, input, d)) return d;
	return null;
}

function lastAllowed(h: Horizon, input: PlanInput, from: Day, to: Day): Day | null {
	for (let d = Math.min(to, h.end); d >= Math.max(from, h.today); d--) if (allowed(h, input, d)) return d;
	return null;
}

// ---- one pass ------------------------------------------------------------------------------

function byTierNamePath(a: PlanInput, b: PlanInput): number {
	return a.tierIndex - b.tierIndex || NAME_ORDER.compare(a.name, b.name) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** What a contact needs next: its window, and the days the plan may use for it. */
interface Need {
	due: Day;
	overdue: Day;
	/** The first day it may be planned on, or null when no day in the horizon is allowed. */
	from: Day | null;
	/** The last allowed day inside the window (for an early one, the early day), or null when it cannot be on time. */
	last: Day | null;
	isNew: boolean;
	/** Planned before its due date, and why. */
	early: string | null;
	/** The first day back from a busy period the contact fell due in. */
	anchor: { day: Day; label: string; ended: Day } | null;
}

interface Fixed {
	day: Day;
	kind: TouchKind;
	text: string;
}

interface Run {
	touchpoints: Touch[];
	/** Per week: the room and the load. */
	rooms: number[];
	loads: number[];
	lapses: (Lapse & { need: Need; index: number })[];
}

/** Why a window has no day: the busy period that covers it (from its first to its last day), or no reach-out day. */
function describeWhy(h: Horizon, input: PlanInput, due: Day, overdue: Day): string {
	for (let d = Math.max(due, h.today); d <= Math.min(overdue, h.end); d++) {
		const busy = input.busy.find((b) => insideBusy(b, d));
		if (!busy) continue;
		let start = d;
		let end = d;
		for (let i = 0; i < 400 && insideBusy(busy, start - 1); i++) start--;
		for (let i = 0; i < 400 && insideBusy(busy, end + 1); i++) end++;
		return `busy ${formatLongDay(start)} to ${formatLongDay(end)}${busy.label ? ` (${busy.label})` : ""}`;
	}
	return `no reach-out day from ${formatLongDay(due)} to ${formatLongDay(overdue)}`;
}

/** The window after a touch on `last` (null: never reached), and the days the plan may use. */
function needAfter(h: Horizon, input: PlanInput, last: Day | null, pinned: number | undefined): Need {
	let due: Day;
	let overdue: Day;
	const isNew = last === null;
	if (last === null) {
		// Never reached: due now, with the window's width to do it in (at least two weeks).
		due = h.today;
		overdue = h.today + Math.max(13, addSpan(h.today, input.max) - addSpan(h.today, input.ideal));
	} else {
		due = addSpan(last, input.ideal);
		overdue = addSpan(last, input.max);
	}
	const need: Need = { due, overdue, from: null, last: null, isNew, early: null, anchor: null };
	if (pinned !== undefined) {
		// Pulled into an earlier week by the repair step (a later week was too full).
		const ws = h.first + 7 * pinned;
		need.from = firstAllowed(h, input, ws, Math.min(ws + 6, overdue));
		need.last = lastAllowed(h, input, ws, Math.min(ws + 6, overdue));
		if (need.last !== null && need.last < due) need.early = `the week it falls due is full`;
		return need;
	}
	const a = firstAllowed(h, input, Math.max(due, h.today), overdue);
	if (a !== null) {
		need.from = a;
		need.last = overdue > h.end ? overdue : lastAllowed(h, input, a, overdue);
	} else if (overdue > h.end) {
		// The window runs past the weeks planned: nothing to plan for it yet (not a reason to
		// pull it early, which only a window with no free day at all is).
		need.from = null;
	} else if (overdue >= h.today) {
		const bound = due - Math.max(7, overdue - due);
		const e = lastAllowed(h, input, bound, due - 1);
		if (e !== null) {
			need.from = e;
			need.last = e;
			need.early = describeWhy(h, input, due, overdue);
		} else need.from = firstAllowed(h, input, overdue + 1, h.end);
	} else need.from = firstAllowed(h, input, h.today, h.end);
	if (need.from !== null && need.early === null) {
		// Fell due while busy (or just before a busy period): the first day back is the day.
		for (const r of input.dated) {
			if (r.kind !== "busy-ended") continue;
			if ((last === null || last < r.day) && due < r.day && r.day <= need.from) {
				need.anchor = { day: need.from, label: r.label, ended: r.day - 1 };
			}
		}
	}
	return need;
}

function cadenceWords(input: PlanInput): string {
	return `every ${describeCadence({ ideal: input.ideal, max: input.max })}`;
}

function promiseDay(h: Horizon, due: Day): Day {
	if (due <= h.today) return h.today;
	for (let d = due; d >= h.today; d--) if (h.reach[isoWeekday(d)]) return d;
	return due;
}

function capitalize(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The promises, birthdays and yearly dates inside the horizon, with their days and sentences. */
function fixedCandidates(h: Horizon): void {
	h.inputs.forEach((input, i) => {
		for (const p of input.promises) {
			const day = promiseDay(h, p.due);
			if (day > h.end) continue;
			const what = p.what === "" ? "something" : `"${p.what}"`;
			const late = p.due < h.today ? `: ${plural(h.today - p.due, "day")} late` : "";
			h.promises.push({ i, f: { day, kind: "promise", text: `Promised ${what} by ${formatLongDay(p.due)}${late}` } });
		}
		for (const r of input.dated) {
			if (r.kind === "busy-ended" || r.day < h.today || r.day > h.end || !free(input, r.day)) continue;
			const text =
				r.kind === "birthday"
					? `Birthday${r.years !== null ? `, turns ${r.years}` : ""}`
					: `${r.label ? capitalize(r.label) : "Yearly date"}${r.years !== null ? `: ${plural(r.years, "year")}` : ""}`;
			h.dated.push({ i, f: { day: r.day, kind: r.kind, text } });
		}
	});
	h.dated.sort((a, b) => a.f.day - b.f.day || (h.rank[a.i] ?? 0) - (h.rank[b.i] ?? 0));
}

/** Promises, birthdays and yearly dates on their days: promises always, the others while the week has room. */
function fixedTouches(h: Horizon, rooms: number[], loads: number[]): { byContact: Fixed[][]; touchpoints: PlannedTouchpoint[] } {
	const byContact: Fixed[][] = h.inputs.map(() => []);
	const touchpoints: PlannedTouchpoint[] = [];
	// One touchpoint per contact and day: a birthday on the day of a promise joins it.
	const merged = new Map<number, PlannedTouchpoint>();
	const add = (i: number, f: Fixed, counted: boolean): void => {
		const key = i * 8 * h.weeks + (f.day - h.first);
		const same = merged.get(key);
		if (same) {
			same.text = `${same.text}; ${f.text}`;
			return;
		}
		const w = Math.floor((f.day - h.first) / 7);
		if (!counted && (loads[w] ?? 0) >= (rooms[w] ?? 0)) return;
		loads[w] = (loads[w] ?? 0) + 1;
		const t: PlannedTouchpoint = { contact: h.inputs[i] as PlanInput, day: f.day, kind: f.kind, text: f.text, dueDate: null, overdueDate: null };
		merged.set(key, t);
		touchpoints.push(t);
		(byContact[i] as Fixed[]).push(f);
	};
	for (const { i, f } of h.promises) add(i, f, true);
	for (const { i, f } of h.dated) add(i, f, false);
	for (const list of byContact) if (list.length > 1) list.sort((a, b) => a.day - b.day);
	return { byContact, touchpoints };
}

interface Entry {
	i: number;
	input: PlanInput;
	/** The last touch so far (planned ones included). */
	last: Day | null;
	/** The next fixed touch not yet passed. */
	fixedAt: number;
	need: Need;
	/** Its class in the week being filled (classOf). */
	cls: number;
}

/**
 * A touchpoint as a pass records it: the sentence of a cadence touchpoint is written only
 * for the plan that is shown (the passes that try levels and capacities make many).
 */
interface Touch extends PlannedTouchpoint {
	need?: Need;
}

/**
 * Class of an entry in a week: 0 overdue (or past its window's last free day), 1 closing
 * this week, 2 first day back from a busy period (these three are urgent); 3 open.
 */
function classOf(e: Entry, ws: Day, we: Day): number {
	const n = e.need;
	if (n.last === null || n.last < ws) return 0;
	if (n.anchor !== null && n.anchor.day >= ws && n.anchor.day <= we) return 2;
	if (n.last <= we) return 1;
	return 3;
}

/** The days of week [ws, we] the entry may be planned on, in its class. */
function daysFor(h: Horizon, e: Entry, cls: number, ws: Day, we: Day): Day[] {
	const n = e.need;
	if (n.anchor && n.anchor.day >= ws && n.anchor.day <= we && cls !== 3) return [n.anchor.day];
	const from = Math.max(n.from ?? ws, ws);
	const to = cls === 0 ? we : Math.min(we, n.last ?? we);
	const out: Day[] = [];
	for (let d = from; d <= to; d++) if (allowed(h, e.input, d)) out.push(d);
	return out;
}

/** The entry's next fixed touch after its last touch. */
function nextFixed(e: Entry, fixed: Fixed[]): Fixed | undefined {
	while (e.fixedAt < fixed.length && e.last !== null && (fixed[e.fixedAt] as Fixed).day <= e.last) e.fixedAt++;
	return fixed[e.fixedAt];
}

function pinKey(i: number, due: Day): string {
	return `${i}:${due}`;
}

/**
 * Moves an entry past the touch on `day`: fixed touches that keep the next window become
 * the touch (no second one is planned), and the next need follows.
 */
function advance(h: Horizon, e: Entry, fixed: Fixed[], pins: ReadonlyMap<string, number>, lapses: Run["lapses"]): void {
	for (;;) {
		const need = needAfter(h, e.input, e.last, pins.get(pinKey(e.i, e.last === null ? h.today : addSpan(e.last, e.input.ideal))));
		const next = nextFixed(e, fixed);
		// A fixed touch inside the window keeps it; one within a week of the first free day ends a lapse.
		const covers = next !== undefined && (next.day <= need.overdue || (need.last === null && need.from !== null && next.day <= need.from + 7));
		if (covers && next) {
			// Kept by a fixed touch after the window closed (it was snoozed or busy through it): still a lapse.
			if (next.day > need.overdue && !need.isNew) lapses.push({ contact: e.input, overdueDate: need.overdue, cause: lapseCause(need, h), plannedDay: next.day, need, index: e.i });
			e.last = next.day;
			e.fixedAt++;
			continue;
		}
		e.need = need;
		return;
	}
}

function touchKind(n: Need, day: Day): TouchKind {
	if (n.anchor && n.anchor.day === day) return "busy-ended";
	if (n.isNew) return "new";
	if (day > n.overdue) return "overdue";
	if (day < n.due) return "early";
	return "due";
}

function touchText(kind: TouchKind, n: Need, input: PlanInput): string {
	switch (kind) {
		case "busy-ended":
			return `Back from ${n.anchor?.label || "a busy period"} (it ended ${formatLongDay(n.anchor?.ended ?? n.due)})`;
		case "new":
			return `No contact logged yet (${cadenceWords(input)})`;
		case "overdue":
			return `Overdue: it was due by ${formatLongDay(n.overdue)} (${cadenceWords(input)})`;
		case "early":
			return `Early: due ${formatLongDay(n.due)}, but ${n.early ?? "its window is full"}`;
		default: {
			const span = n.due === n.overdue ? formatLongDay(n.due) : `${formatLongDay(n.due)} to ${formatLongDay(n.overdue)}`;
			return `Due ${span} (${cadenceWords(input)})`;
		}
	}
}

function lapseCause(n: Need, h: Horizon): Lapse["cause"] {
	if (n.overdue < h.today) return "behind";
	return n.last === null ? "unavailable" : "capacity";
}

/**
 * How the urgent ones of a week are ordered: `tier` (the top tier first, then overdue date)
 * or `deadline` (the overdue date first, then tier). The plan tries both and keeps the one
 * whose lapses are fewer tier by tier, the top tier first (see `score`).
 */
type Order = "tier" | "deadline";

/** One pass over the weeks at a given level, with some needs pinned to earlier weeks. */
function runPass(h: Horizon, capacity: number, level: number, pins: ReadonlyMap<string, number>, order: Order): Run {
	const rooms = Array.from({ length: h.weeks }, (_, w) => (w === 0 ? roomThisWeek(h, capacity) : capacity));
	const loads = new Array<number>(h.weeks).fill(0);
	const dayLoad = new Array<number>(7 * h.weeks).fill(0);
	const { byContact, touchpoints } = fixedTouches(h, rooms, loads);
	for (const t of touchpoints) dayLoad[t.day - h.first] = (dayLoad[t.day - h.first] ?? 0) + 1;
	const lapses: Run["lapses"] = [];
	const buckets: Entry[][] = Array.from({ length: h.weeks }, () => []);
	const file = (e: Entry, active: Entry[], w: number) => {
		if (e.need.from === null) return;
		const at = Math.max(0, Math.floor((e.need.from - h.first) / 7));
		if (at <= w) active.push(e);
		else if (at < h.weeks) (buckets[at] as Entry[]).push(e);
	};
	let active: Entry[] = [];
	const waiting: Entry[] = [];
	h.inputs.forEach((input, i) => {
		const e: Entry = { i, input, last: input.lastContact, fixedAt: 0, need: null as unknown as Need, cls: 0 };
		advance(h, e, byContact[i] as Fixed[], pins, lapses);
		waiting.push(e);
	});
	for (const e of waiting) file(e, active, -1);
	for (let w = 0; w < h.weeks; w++) {
		const ws = h.first + 7 * w;
		const we = ws + 6;
		active.push(...(buckets[w] as Entry[]));
		for (let round = 0; round < 64; round++) {
			let placed = false;
			const urgent: Entry[] = [];
			const open: Entry[] = [];
			const done = new Set<Entry>();
			for (const e of active) {
				// One past its window that waited for room while a promise or birthday came up:
				// that touchpoint reaches it (no second one the same week or after).
				const next = nextFixed(e, byContact[e.i] as Fixed[]);
				if (next !== undefined && next.day <= we && (e.need.last === null || e.need.last < ws)) {
					if (next.day > e.need.overdue && !e.need.isNew) lapses.push({ contact: e.input, overdueDate: e.need.overdue, cause: lapseCause(e.need, h), plannedDay: next.day, need: e.need, index: e.i });
					e.last = next.day;
					advance(h, e, byContact[e.i] as Fixed[], pins, lapses);
					done.add(e);
					placed = true;
					continue;
				}
				if (e.need.from === null || e.need.from > we) continue;
				const cls = classOf(e, ws, we);
				e.cls = cls;
				(cls === 3 ? open : urgent).push(e);
			}
			const rank = h.rank;
			// Room in the week for one more: any touchpoint, and one of the open list (kept to the level).
			const roomForUrgent = () => (loads[w] ?? 0) < (rooms[w] ?? 0);
			const roomForOpen = () => (loads[w] ?? 0) < Math.min(rooms[w] ?? 0, level);
			// A full week places nothing more from either list (the loops below stop at once), so
			// their order does not matter then: a round that only moves fixed touchpoints (or finds
			// nothing to do) does not sort thousands of waiting contacts.
			if (roomForUrgent()) {
				if (order === "tier") urgent.sort((a, b) => a.input.tierIndex - b.input.tierIndex || a.cls - b.cls || a.need.overdue - b.need.overdue || (rank[a.i] ?? 0) - (rank[b.i] ?? 0));
				else urgent.sort((a, b) => a.need.overdue - b.need.overdue || a.cls - b.cls || (rank[a.i] ?? 0) - (rank[b.i] ?? 0));
			}
			if (roomForOpen()) open.sort((a, b) => a.need.overdue - b.need.overdue || (rank[a.i] ?? 0) - (rank[b.i] ?? 0));
			const place = (e: Entry, cls: number): void => {
				const days = daysFor(h, e, cls, ws, we);
				if (days.length === 0) return;
				// Overdue: the first day it can be. Early: as late as it can be. Otherwise the
				// least busy day of the week, so that the week's load is spread.
				let day = days[0] as Day;
				if (e.need.early !== null && cls !== 0) day = days[days.length - 1] as Day;
				else if (cls !== 0) for (const d of days) if ((dayLoad[d - h.first] ?? 0) < (dayLoad[day - h.first] ?? 0)) day = d;
				const n = e.need;
				const touch: Touch = { contact: e.input, day, kind: touchKind(n, day), text: "", dueDate: n.isNew ? null : n.due, overdueDate: n.isNew ? null : n.overdue, need: n };
				touchpoints.push(touch);
				if (day > n.overdue) lapses.push({ contact: e.input, overdueDate: n.overdue, cause: lapseCause(n, h), plannedDay: day, need: n, index: e.i });
				loads[w] = (loads[w] ?? 0) + 1;
				dayLoad[day - h.first] = (dayLoad[day - h.first] ?? 0) + 1;
				e.last = day;
				advance(h, e, byContact[e.i] as Fixed[], pins, lapses);
				done.add(e);
				placed = true;
			};
			for (const e of urgent) {
				if (!roomForUrgent()) break;
				place(e, e.cls);
			}
			for (const e of open) {
				if (!roomForOpen()) break;
				place(e, e.cls);
			}
			if (!placed) break;
			const still = active.filter((e) => !done.has(e));
			active = still;
			for (const e of done) file(e, active, w);
		}
	}
	// Every contact's current need is the one not placed yet: a lapse when its window closes
	// inside the horizon.
	for (const e of waiting) {
		if (e.need.overdue > h.end) continue;
		lapses.push({ contact: e.input, overdueDate: e.need.overdue, cause: lapseCause(e.need, h), plannedDay: null, need: e.need, index: e.i });
	}
	return { touchpoints, rooms, loads, lapses };
}

// ---- repairs, levelling, advice ------------------------------------------------------------

/**
 * How good a pass is, tier by tier from the top: per tier, the lapses the capacity could
 * have prevented, then the days contacts spend past their overdue date (those already
 * overdue counted from today). Lower is better; compared with `better`, the top tier first.
 */
function score(h: Horizon, run: Run): number[] {
	const tiers = 1 + h.inputs.reduce((m, i) => Math.max(m, i.tierIndex), 0);
	const out = new Array<number>(2 * tiers).fill(0);
	for (const l of run.lapses) {
		const t = 2 * l.contact.tierIndex;
		if (l.cause === "capacity") out[t] = (out[t] ?? 0) + 1;
		if (l.cause === "unavailable") continue;
		out[t + 1] = (out[t + 1] ?? 0) + (l.plannedDay ?? h.end + 1) - Math.max(l.overdueDate, h.today - 1);
	}
	return out;
}

function better(a: readonly number[], b: readonly number[]): boolean {
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
	}
	return false;
}

/**
 * Runs passes at a level, pinning each lapse the capacity caused to the latest earlier week
 * with room (at most the window's length, at least a week, before its due date), until no
 * more can be pinned. Returns the best pass.
 */
function runRepaired(h: Horizon, capacity: number, level: number, order: Order): Run {
	const pins = new Map<string, number>();
	let best = runPass(h, capacity, level, pins, order);
	let current = best;
	for (let round = 0; round < h.weeks; round++) {
		const spare = current.rooms.map((r, w) => r - (current.loads[w] ?? 0));
		let added = false;
		for (const l of current.lapses) {
			if (l.cause !== "capacity" || l.need.last === null) continue;
			const key = pinKey(l.index, l.need.due);
			if (pins.has(key)) continue;
			const lastWeek = Math.floor((l.need.last - h.first) / 7);
			const bound = l.need.due - Math.max(7, l.need.overdue - l.need.due);
			for (let w = Math.min(lastWeek, h.weeks) - 1; w >= 0; w--) {
				const ws = h.first + 7 * w;
				if (ws + 6 < bound) break;
				if ((spare[w] ?? 0) <= 0) continue;
				if (firstAllowed(h, l.contact, Math.max(ws, bound), Math.min(ws + 6, l.need.overdue)) === null) continue;
				pins.set(key, w);
				spare[w] = (spare[w] ?? 0) - 1;
				added = true;
				break;
			}
		}
		if (!added) break;
		current = runPass(h, capacity, level, pins, order);
		if (better(score(h, current), score(h, best))) best = current;
	}
	return best;
}

/** The better of the two orders at a level. */
function runBest(h: Horizon, capacity: number, level: number): Run {
	const byTier = runRepaired(h, capacity, level, "tier");
	const byDeadline = runRepaired(h, capacity, level, "deadline");
	return better(score(h, byDeadline), score(h, byTier)) ? byDeadline : byTier;
}

/** The most touchpoints any week holds. */
function peak(run: Run): number {
	return run.loads.reduce((m, l) => Math.max(m, l), 0);
}

/** Levels tried above the pace, at most (each is two passes). */
const MAX_LEVELS = 48;

/**
 * The level: from the pace up, the one whose busiest week is lightest, among those that let
 * no more contacts lapse than full capacity does (the lowest such level on a tie). A level
 * that is too low piles what waited into the weeks where windows close, so the lightest
 * busiest week is not always at the lowest level; but it is never below the level itself,
 * which bounds the search.
 */
function solve(h: Horizon, capacity: number): { run: Run; level: number } {
	const full = runBest(h, capacity, capacity);
	const target = score(h, full);
	const lo = Math.min(capacity, Math.max(1, Math.ceil(h.pace - 1e-9)));
	let best = { run: full, level: capacity, peak: peak(full) };
	for (let level = lo; level < capacity && level < best.peak && level < lo + MAX_LEVELS; level++) {
		const run = runBest(h, capacity, level);
		if (better(target, score(h, run))) continue;
		const p = peak(run);
		if (p < best.peak || (p === best.peak && level < best.level)) best = { run, level, peak: p };
	}
	return { run: best.run, level: best.level };
}

function shownLapses(h: Horizon, run: Run): Lapse[] {
	const shownEnd = h.first + 7 * h.shown - 1;
	const reached = new Set<string>();
	for (const t of run.touchpoints) if (t.day <= shownEnd) reached.add(t.contact.path);
	const out: Lapse[] = [];
	const seen = new Set<string>();
	for (const l of run.lapses) {
		const key = `${l.contact.path}:${l.overdueDate}`;
		// A contact never reached has no overdue date yet: it is planned, never listed.
		if (seen.has(key) || l.need.isNew) continue;
		const inShown = l.overdueDate >= h.today && l.overdueDate <= shownEnd;
		// Overdue already and not reached, though free on some day shown (one snoozed or busy
		// through all of them is snoozed or waiting, as on the due list, not lapsing).
		const stillBehind = l.cause === "behind" && !reached.has(l.contact.path) && firstAllowed(h, l.contact, h.today, shownEnd) !== null;
		if (!inShown && !stillBehind) continue;
		seen.add(key);
		out.push({ contact: l.contact, overdueDate: l.overdueDate, cause: l.cause, plannedDay: l.plannedDay !== null && l.plannedDay <= h.end ? l.plannedDay : null });
	}
	return out.sort((a, b) => a.contact.tierIndex - b.contact.tierIndex || a.overdueDate - b.overdueDate || byTierNamePath(a.contact, b.contact));
}

/**
 * Lapses in the weeks shown that more capacity would prevent: windows the full weeks miss,
 * and contacts already overdue that are free on some day shown but not reached.
 */
function capacityLapses(h: Horizon, run: Run): number {
	const shownEnd = h.first + 7 * h.shown - 1;
	const reached = new Set<string>();
	for (const t of run.touchpoints) if (t.day <= shownEnd) reached.add(t.contact.path);
	const counted = new Set<string>();
	for (const l of run.lapses) {
		const key = `${l.contact.path}:${l.overdueDate}`;
		if (counted.has(key)) continue;
		if (l.cause === "capacity" ? l.overdueDate <= shownEnd : l.cause === "behind" && !reached.has(l.contact.path) && l.need.from !== null && l.need.from <= shownEnd) counted.add(key);
	}
	return counted.size;
}

/** The load the cadences imply, as capacity.ts counts it: 7 / ideal days, summed. */
export function impliedLoadOf(inputs: readonly PlanInput[]): number {
	let load = 0;
	for (const i of inputs) load += 7 / spanDays(i.ideal);
	return load;
}

function round1(n: number): string {
	return (Math.round(n * 10) / 10).toString();
}

/** Whether the contact's window has closed already (a contact never reached has none). */
function behindToday(input: PlanInput, today: Day): boolean {
	return input.lastContact !== null && addSpan(input.lastContact, input.max) < today;
}

function adviceFor(h: Horizon, options: PlanOptions, capacity: number, implied: number, run: Run): Advice[] {
	const lapses = shownLapses(h, run);
	const opening = lapses.filter((l) => l.cause === "capacity").length;
	// Overdue already and not reached in the weeks shown (shownLapses lists only those).
	const waiting = lapses.filter((l) => l.cause === "behind").length;
	const deficit = implied - capacity;
	if (opening === 0 && waiting === 0 && deficit <= 1e-9) return [];
	const out: Advice[] = [];
	// The smallest raise that covers the cadences and keeps every window still open today,
	// checked by planning those contacts alone (the ones already overdue would otherwise take
	// the first weeks and make any raise look too small: they are the catch-up below).
	const shownEnd = h.first + 7 * h.shown - 1;
	const open = h.inputs.filter((i) => !behindToday(i, h.today));
	const overdueFree = h.inputs.filter((i) => behindToday(i, h.today) && firstAllowed(h, i, h.today, shownEnd) !== null).length;
	const ho = horizonOf(open, h.today, { ...options, weeks: h.shown, lookaheadWeeks: h.weeks - h.shown });
	const fits = (m: number) => capacityLapses(ho, runBest(ho, capacity + m, capacity + m)) === 0;
	let lo = Math.max(0, Math.ceil(deficit - 1e-9));
	let raise: number | null = null;
	if (fits(lo)) raise = lo;
	else {
		let step = Math.max(1, lo);
		let hi = lo + step;
		const limit = capacity + 7 * open.length + 1;
		while (hi <= limit && !fits(hi)) {
			lo = hi;
			step *= 2;
			hi = lo + step;
		}
		if (hi <= limit) {
			while (hi - lo > 1) {
				const mid = Math.floor((lo + hi) / 2);
				if (fits(mid)) hi = mid;
				else lo = mid;
			}
			raise = hi;
		}
	}
	if (raise !== null && raise > 0) {
		const why = deficit > 1e-9 ? `your cadences ask for ${round1(implied)} touchpoints a week` : `${plural(opening, "window")} would lapse in the next ${plural(h.shown, "week")}`;
		out.push({ kind: "raise-capacity", by: raise, text: `Raise capacity by ${raise} a week (to ${capacity + raise}): ${why}` });
	}
	// The contacts overdue already, when they cost windows or wait beyond the weeks shown:
	// about how many more a week would reach them all in those weeks (an estimate).
	const behind = overdueFree;
	let catchUp: Advice | null = null;
	if (behind > 0 && (waiting > 0 || opening > 0)) {
		const by = Math.ceil(behind / h.shown);
		const it = behind === 1 ? "it" : "them";
		catchUp = {
			kind: "catch-up",
			count: behind,
			by,
			text: `${plural(behind, "contact")} ${behind === 1 ? "is" : "are"} overdue already: about ${by} more a week for the next ${plural(h.shown, "week")} would catch up with ${it}`,
		};
	}
	if (deficit > 1e-9) {
		for (let t = options.tiers.length - 2; t >= 0; t--) {
			const from = options.tiers[t];
			const to = options.tiers[t + 1];
			if (!from || !to || to.cadence === null) continue;
			const eligible = h.inputs.filter((i) => i.tierIndex === t && i.tierCadence);
			if (eligible.length === 0) continue;
			const first = eligible[0] as PlanInput;
			const saving = 7 / spanDays(first.ideal) - 7 / spanDays(to.cadence.ideal);
			if (saving <= 1e-9) continue;
			const count = Math.ceil(deficit / saving - 1e-9);
			if (count > eligible.length) continue;
			out.push({
				kind: "re-tier",
				count,
				from: from.name,
				to: to.name,
				text: `Or re-tier ${plural(count, "contact")} from ${from.name} to ${to.name} (every ${describeCadence(to.cadence)}): the cadences then ask for at most ${capacity} a week`,
			});
		}
	}
	if (catchUp) out.push(catchUp);
	return out;
}

/** The plan for the weeks from today's on. */
export function weeklyPlan(inputs: readonly PlanInput[], today: Day, options: PlanOptions): WeeklyPlan {
	const capacity = Math.max(0, Math.floor(options.capacity));
	const h = horizonOf(inputs, today, options);
	const { run, level } = solve(h, capacity);
	const implied = impliedLoadOf(inputs);
	const weeks: PlannedWeek[] = [];
	for (let w = 0; w < h.shown; w++) {
		const ws = h.first + 7 * w;
		const touchpoints: PlannedTouchpoint[] = run.touchpoints
			.filter((t) => t.day >= ws && t.day <= ws + 6)
			.sort((a, b) => a.day - b.day || byTierNamePath(a.contact, b.contact))
			.map((t) => ({
				contact: t.contact,
				day: t.day,
				kind: t.kind,
				text: t.need ? touchText(t.kind, t.need, t.contact) : t.text,
				dueDate: t.dueDate,
				overdueDate: t.overdueDate,
			}));
		weeks.push({ start: ws, room: run.rooms[w] ?? 0, touchpoints });
	}
	return { today, capacity, impliedLoad: implied, level, weeks, lapses: shownLapses(h, run), advice: options.advice === false ? [] : adviceFor(h, options, capacity, implied, run) };
}
