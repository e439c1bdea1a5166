/**
 * Statuses, reasons and the ranked due list, exactly as DESIGN.md's "Schedule" defines them.
 * Everything takes `today`; nothing reads a clock.
 */
import { formatDay, formatLongDay, formatMonthDay, fromYmd, nextYearly, previousYearly, toYmd, type Day } from "./calendar";
import { addSpan, describeCadence } from "./cadence";
import type { BusyPeriod, Commitment, Contact, MonthDay } from "./contact";
import type { TendSettings } from "./settings";

export type Status = "snoozed" | "waiting" | "new" | "overdue" | "due" | "ok" | "untracked";

export type ReasonKind =
	| "overdue"
	| "due"
	| "new"
	| "promise-late"
	| "promise-soon"
	| "birthday"
	| "date"
	| "busy-ended"
	| "ask-streak"
	| "positive-lapse"
	| "difficult";

export interface Reason {
	kind: ReasonKind;
	text: string;
	/** For urgent reasons: the day that makes it urgent (a promise's due date, a birthday). */
	day?: Day;
}

export type PromiseStatus = "late" | "soon" | "open";

export interface PromiseState {
	due: Day | null;
	what: string;
	status: PromiseStatus;
	commitment: Commitment;
}

export interface Evaluation {
	contact: Contact;
	status: Status;
	lastContact: Day | null;
	dueDate: Day | null;
	overdueDate: Day | null;
	/** Days from last contact to today; negative when the last contact lies in the future. */
	daysSince: number | null;
	reasons: Reason[];
	promises: PromiseState[];
	/** Whether the contact belongs on the due list. */
	listed: boolean;
	/** Listed only for an urgent reason: the earliest such day. */
	urgentDay: Day | null;
	/** Days since last contact over max days, capped at 3 (`new` counts as 3). */
	ratio: number;
}

const URGENT: ReadonlySet<ReasonKind> = new Set(["promise-late", "promise-soon", "birthday", "date", "busy-ended", "positive-lapse"]);
const PROMISE_REASONS: ReadonlySet<ReasonKind> = new Set(["promise-late", "promise-soon"]);
const MAIN: ReadonlySet<Status> = new Set(["overdue", "due", "new"]);

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function inDays(n: number): string {
	if (n === 0) return "today";
	if (n === 1) return "tomorrow";
	return `in ${plural(n, "day")}`;
}

function ago(n: number): string {
	if (n === 0) return "today";
	if (n === 1) return "yesterday";
	if (n < 0) return `${plural(-n, "day")} from now`;
	return `${plural(n, "day")} ago`;
}

/** The later of the `last_contact` property and the newest log entry. */
export function lastContactOf(contact: Contact): Day | null {
	let last = contact.lastContactField;
	for (const t of contact.touchpoints) if (last === null || t.day > last) last = t.day;
	return last;
}

function monthDayKey(md: { month: number; day: number }): number {
	return md.month * 100 + md.day;
}

/** Whether `today` falls inside a busy period, both end days included. */
export function insideBusy(period: BusyPeriod, today: Day): boolean {
	if (!period.yearly) {
		const start = fromYmd(period.start.year ?? 0, period.start.month, period.start.day);
		const end = fromYmd(period.end.year ?? 0, period.end.month, period.end.day);
		return today >= start && today <= end;
	}
	const t = monthDayKey(toYmd(today));
	const s = monthDayKey(period.start);
	const e = monthDayKey(period.end);
	return s <= e ? t >= s && t <= e : t >= s || t <= e;
}

/** The last day of the period's most recent occurrence that ended before today, or null. */
function lastEnded(period: BusyPeriod, today: Day): Day | null {
	if (!period.yearly) {
		const end = fromYmd(period.end.year ?? 0, period.end.month, period.end.day);
		return end < today ? end : null;
	}
	return previousYearly(today - 1, period.end.month, period.end.day);
}

function nextOccurrence(md: MonthDay, today: Day): Day {
	return nextYearly(today, md.month, md.day);
}

export function promiseStatus(due: Day | null, today: Day, soonDays: number): PromiseStatus {
	if (due === null) return "open";
	if (due < today) return "late";
	if (due - today <= soonDays) return "soon";
	return "open";
}

function promiseReason(p: PromiseState, today: Day): Reason | null {
	if (p.due === null || p.status === "open") return null;
	const what = p.what === "" ? "something" : `"${p.what}"`;
	const by = formatLongDay(p.due);
	if (p.status === "late") {
		return { kind: "promise-late", text: `Promised ${what} by ${by}: ${plural(today - p.due, "day")} late`, day: p.due };
	}
	return { kind: "promise-soon", text: `Promised ${what} by ${by}: due ${inDays(p.due - today)}`, day: p.due };
}

/** Positive-rule lapse: the day the rule ran out, or null when it holds. */
function positiveLapse(contact: Contact, last: Day | null, today: Day): Day | null {
	if (contact.positiveEvery === null || last === null) return null;
	let newestPositive: Day | null = null;
	let newestEntry: Day | null = null;
	let first: Day | null = contact.lastContactField;
	for (const t of contact.touchpoints) {
		if (newestEntry === null || t.day > newestEntry) newestEntry = t.day;
		if (first === null || t.day < first) first = t.day;
		if (t.direction !== "ask" && (newestPositive === null || t.day > newestPositive)) newestPositive = t.day;
	}
	// A last_contact later than every entry is a contact nobody logged: its kind is unknown,
	// which counts as neutral, as an unknown kind does in the log.
	const field = contact.lastContactField;
	if (field !== null && (newestEntry === null || field > newestEntry) && (newestPositive === null || field > newestPositive)) {
		newestPositive = field;
	}
	const base = newestPositive ?? first;
	if (base === null) return null;
	const lapse = addSpan(base, contact.positiveEvery);
	return today > lapse ? lapse : null;
}

/** Whether the newest `streak` entries were all asks. */
function askStreak(contact: Contact, streak: number): boolean {
	if (streak <= 0 || contact.touchpoints.length < streak) return false;
	const newest = [...contact.touchpoints].sort((a, b) => b.day - a.day).slice(0, streak);
	return newest.every((t) => t.direction === "ask");
}

export function evaluate(contact: Contact, today: Day, settings: TendSettings): Evaluation {
	const last = lastContactOf(contact);
	const cadence = contact.cadence;
	const tracked = contact.tierIndex >= 0 && cadence !== null;
	let dueDate: Day | null = null;
	let overdueDate: Day | null = null;
	if (tracked && last !== null) {
		dueDate = addSpan(last, cadence.ideal);
		overdueDate = addSpan(last, cadence.max);
	}
	const daysSince = last === null ? null : today - last;

	let status: Status;
	if (!tracked) status = "untracked";
	else if (contact.snoozeUntil !== null && today < contact.snoozeUntil) status = "snoozed";
	else if (contact.busy.some((b) => insideBusy(b, today))) status = "waiting";
	else if (last === null) status = "new";
	else if (overdueDate !== null && today > overdueDate) status = "overdue";
	else if (dueDate !== null && today >= dueDate) status = "due";
	else status = "ok";

	const reasons: Reason[] = [];
	const every = cadence ? ` (every ${describeCadence(cadence)})` : "";
	if (status === "overdue" && overdueDate !== null && daysSince !== null) {
		reasons.push({ kind: "overdue", text: `Last contact ${ago(daysSince)}; it was due by ${formatLongDay(overdueDate)}${every}` });
	} else if (status === "due" && dueDate !== null && daysSince !== null) {
		const since = dueDate === today ? "due today" : `due since ${formatLongDay(dueDate)}`;
		reasons.push({ kind: "due", text: `Last contact ${ago(daysSince)}; ${since}${every}` });
	} else if (status === "new") {
		reasons.push({ kind: "new", text: `No contact logged yet${every}` });
	}

	const promises: PromiseState[] = contact.promises.map((c) => ({
		due: c.due,
		what: c.what,
		status: promiseStatus(c.due, today, settings.promiseSoonDays),
		commitment: c,
	}));
	const late = promises.filter((p) => p.status === "late");
	const soon = promises.filter((p) => p.status === "soon");
	for (const p of [...late, ...soon].sort((a, b) => (a.due ?? 0) - (b.due ?? 0))) {
		const reason = promiseReason(p, today);
		if (reason) reasons.push(reason);
	}

	if (contact.birthday) {
		const next = nextOccurrence(contact.birthday, today);
		const inN = next - today;
		if (inN <= settings.dateSoonDays) {
			const year = contact.birthday.year;
			const age = year !== null ? `, turns ${toYmd(next).year - year}` : "";
			const when = inN === 0 ? "today" : `${inDays(inN)} (${formatLongDay(next)})`;
			reasons.push({ kind: "birthday", text: `Birthday ${when}${age}`, day: next });
		}
	}
	for (const d of contact.dates) {
		const next = nextOccurrence(d, today);
		const inN = next - today;
		if (inN > settings.dateSoonDays) continue;
		const label = d.label === "" ? "Yearly date" : d.label.charAt(0).toUpperCase() + d.label.slice(1);
		const nextYear = toYmd(next).year;
		const years = d.year !== null && nextYear > d.year ? `: ${plural(nextYear - d.year, "year")}` : "";
		const when = inN === 0 ? "today" : `${inDays(inN)} (${formatMonthDay(d.month, d.day)})`;
		reasons.push({ kind: "date", text: `${label}${years} ${when}`, day: next });
	}
	if (status !== "waiting") {
		for (const b of contact.busy) {
			const ended = lastEnded(b, today);
			if (ended === null) continue;
			const since = today - ended;
			if (since < 1 || since > settings.busyEndedDays) continue;
			const label = b.label === "" ? "a busy period" : b.label;
			reasons.push({ kind: "busy-ended", text: `Back from ${label} since ${formatLongDay(ended)} (${ago(since)})`, day: ended });
		}
	}
	if (tracked && status !== "new") {
		const lapse = positiveLapse(contact, last, today);
		if (lapse !== null && contact.positiveEvery) {
			const span = describeCadence({ ideal: contact.positiveEvery, max: contact.positiveEvery });
			reasons.push({
				kind: "positive-lapse",
				text: `No give or neutral touchpoint in ${span} (lapsed ${formatLongDay(lapse)}): share, help or check in`,
				day: lapse,
			});
		}
	}
	if (askStreak(contact, settings.askStreak)) {
		reasons.push({ kind: "ask-streak", text: `Your last ${plural(settings.askStreak, "touchpoint")} were asks: give before you ask again` });
	}
	if (contact.difficult) {
		reasons.push({ kind: "difficult", text: "Strained relationship: keep it professional and in writing" });
	}

	// Snoozed and waiting contacts are listed only for a promise, and then say only that.
	const quiet = status === "snoozed" || status === "waiting";
	const shown = quiet ? reasons.filter((r) => PROMISE_REASONS.has(r.kind) || r.kind === "difficult") : reasons;
	const urgent = shown.filter((r) => URGENT.has(r.kind) && (!quiet || PROMISE_REASONS.has(r.kind)));
	const listed = tracked && (MAIN.has(status) || urgent.length > 0);
	let urgentDay: Day | null = null;
	for (const r of urgent) if (r.day !== undefined && (urgentDay === null || r.day < urgentDay)) urgentDay = r.day;

	let ratio = 3;
	if (status !== "new" && last !== null && overdueDate !== null) {
		const maxDays = overdueDate - last;
		ratio = maxDays > 0 ? Math.min(3, (today - last) / maxDays) : 3;
	}
	return { contact, status, lastContact: last, dueDate, overdueDate, daysSince, reasons: shown, promises, listed, urgentDay, ratio };
}

function compareNames(a: Evaluation, b: Evaluation): number {
	const byName = a.contact.name.localeCompare(b.contact.name, "en", { sensitivity: "base" });
	if (byName !== 0) return byName;
	return a.contact.path < b.contact.path ? -1 : a.contact.path > b.contact.path ? 1 : 0;
}

function compareTier(a: Evaluation, b: Evaluation): number {
	const ta = a.contact.tierIndex < 0 ? Number.MAX_SAFE_INTEGER : a.contact.tierIndex;
	const tb = b.contact.tierIndex < 0 ? Number.MAX_SAFE_INTEGER : b.contact.tierIndex;
	return ta - tb;
}

/**
 * The due list order: overdue, due and new contacts by ratio (highest first), tier order,
 * then name; after them, contacts listed only for an urgent reason, earliest urgent day
 * first. With `all`, every other contact follows: tracked ones by due date, then the
 * untracked ones by name.
 */
export function compareEvaluations(a: Evaluation, b: Evaluation): number {
	const group = (e: Evaluation) => (!e.listed ? (e.status === "untracked" ? 3 : 2) : MAIN.has(e.status) ? 0 : 1);
	const ga = group(a);
	const gb = group(b);
	if (ga !== gb) return ga - gb;
	if (ga === 0 && a.ratio !== b.ratio) return b.ratio - a.ratio;
	if (ga === 1 && a.urgentDay !== b.urgentDay) return (a.urgentDay ?? 0) - (b.urgentDay ?? 0);
	if (ga === 2 && a.dueDate !== b.dueDate) return (a.dueDate ?? Number.MAX_SAFE_INTEGER) - (b.dueDate ?? Number.MAX_SAFE_INTEGER);
	return compareTier(a, b) || compareNames(a, b);
}

export interface DueListOptions {
	/** Every contact in any status, not just the due list. */
	all?: boolean;
}

export function dueList(contacts: readonly Contact[], today: Day, settings: TendSettings, options: DueListOptions = {}): Evaluation[] {
	const out: Evaluation[] = [];
	for (const c of contacts) {
		const e = evaluate(c, today, settings);
		if (e.listed || options.all) out.push(e);
	}
	return out.sort(compareEvaluations);
}

/** Plain JSON for one evaluated contact, in the shape of `tend due --json`. */
export function evaluationJson(e: Evaluation) {
	const date = (d: Day | null) => (d === null ? null : formatDay(d));
	return {
		name: e.contact.name,
		path: e.contact.path,
		tier: e.contact.tier,
		status: e.status,
		lastContact: date(e.lastContact),
		dueDate: date(e.dueDate),
		overdueDate: date(e.overdueDate),
		daysSince: e.daysSince,
		reasons: e.reasons.map((r) => ({ kind: r.kind, text: r.text })),
		promises: e.promises.map((p) => ({ due: date(p.due), what: p.what, status: p.status })),
	};
}

