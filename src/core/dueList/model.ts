/**
 * The due list: one model that the side panel and `tend due` both render, so they show the
 * same sections, in the same order, with the same counts (README, "The due list").
 *
 * Sections, in this order:
 * - Overdue: status `overdue`.
 * - Due: status `due`, and `new` (a tracked contact with no contact logged yet, which ranks
 *   as most urgent and so leads the section).
 * - Promises: contacts listed only for a promise that is late or due soon (status `ok`,
 *   `snoozed` or `waiting`). A pressing promise of an overdue or due contact stays on that
 *   contact's row in Overdue or Due: each listed contact appears once.
 * - Coming up: contacts listed only for another urgent reason (a birthday or yearly date, a
 *   busy period that just ended, a lapsed positive rule).
 * - With `all` only (`tend due --all`): Not due yet (`ok`), Snoozed, Waiting (in a busy period).
 * - Needs attention: contacts Tend cannot fully read or track: a diagnostic on the note, or no
 *   usable tier. It may repeat a contact listed above: its rows are about fixing the note.
 * Inside a section the core's order holds (schedule.ts, `compareEvaluations`): ratio, or
 * urgent day, or due date; then tier; then name (NAME_ORDER) and path. Needs attention lists
 * errors first, then by name.
 *
 * How it stays fast at 20,000 contacts (issue 8):
 * - Contacts live in slots; what ranking needs of each (its section, sort key, tier, the
 *   counts a row will show) sits in typed arrays, filled by schedule.ts's `place`, which
 *   allocates nothing. Names are compared only between contacts that tie on those numbers,
 *   and then by the first characters of their keys as one number per contact (names.ts,
 *   `namePrefix`): a name's whole key is made only for a contact whose prefix ties too.
 * - Built from scratch (the constructor), every contact is placed once into slots sized
 *   once, with one path lookup each, and the sections are sorted once at the first read;
 *   no change is noted one by one.
 * - Each section is an array of slots kept sorted. A changed contact is taken out of its
 *   section and put back at its new place found by binary search (an array splice moves the
 *   rest: a few microseconds at 20,000); a burst of changes larger than a few dozen (the
 *   background reading of every log, a new day) sorts the sections again instead, once, the
 *   next time the list is read.
 * - Reasons and sentences are made only for the rows asked for (`rows`): the panel asks for
 *   the twenty or so it draws, the CLI for all of them.
 * - A new day or new settings place every contact again from what it already holds; no note
 *   is read.
 * - What the panel's header shows is kept as contacts come and go, so a redraw walks no
 *   contact: the listed contacts per tier (`listedInTier`) and the weekly load per tier as
 *   counts of contacts per (tier, cadence) (`capacity`, the numbers of `capacityOf`).
 * - `indexOf` finds a contact in its section by binary search (the sections are sorted by
 *   the same comparison), so the panel keeps its selection without a scan.
 */
import { formatDay, toYmd, type Day } from "../calendar";
import type { Contact, UntrackedReason } from "../contact";
import type { Diagnostic } from "../diagnostics";
import {
	assess,
	describeReasons,
	insideBusy,
	lastContactSource,
	newPlacement,
	place,
	type LastContactSource,
	type PromiseState,
	type ReasonKind,
	type Status,
} from "../schedule";
import { driftOf, driftText } from "../insights/drifting";
import { yearWindowStart } from "../insights/giveTake";
import { suggest, type SuggestionReason } from "../insights/suggest";
import type { TendSettings } from "../settings";
import { capacityFrom, spanDays, type Capacity } from "../capacity";
import { plural } from "../words";
import { compareNameKeys, comparePrefixes, nameKey, namePrefix } from "./names";

export type SectionId = "overdue" | "due" | "promises" | "coming-up" | "later" | "snoozed" | "waiting" | "attention";

/** Every section, in the order both surfaces show them. */
export const SECTION_ORDER: readonly SectionId[] = ["overdue", "due", "promises", "coming-up", "later", "snoozed", "waiting", "attention"];

/** The sections that make up the due list (each listed contact is in exactly one). */
export const LISTED_SECTIONS: readonly SectionId[] = ["overdue", "due", "promises", "coming-up"];

export const SECTION_TITLES: Readonly<Record<SectionId, string>> = {
	overdue: "Overdue",
	due: "Due",
	promises: "Promises",
	"coming-up": "Coming up",
	later: "Not due yet",
	snoozed: "Snoozed",
	waiting: "Waiting: in a busy period",
	attention: "Needs attention",
};

const OVERDUE = 0;
const DUE = 1;
const PROMISES = 2;
const COMING_UP = 3;
const LATER = 4;
const SNOOZED = 5;
const WAITING = 6;
const ATTENTION = 7;
const NONE = -1;

const SECTION_INDEX: Readonly<Record<SectionId, number>> = { overdue: 0, due: 1, promises: 2, "coming-up": 3, later: 4, snoozed: 5, waiting: 6, attention: 7 };

const STATUSES: readonly Status[] = ["snoozed", "waiting", "new", "overdue", "due", "ok", "untracked"];
const STATUS_CODE: Readonly<Record<Status, number>> = { snoozed: 0, waiting: 1, new: 2, overdue: 3, due: 4, ok: 5, untracked: 6 };

export const UNTRACKED_REASONS: readonly UntrackedReason[] = ["no-tier", "unknown-tier", "bad-tier", "tier-cadence", "broken-frontmatter"];

/** A reason on a row: a reason to get in touch, a problem in the note, or a missing tier. */
export interface RowReason {
	kind: ReasonKind | "diagnostic" | "no-tier" | "drifting";
	/** A few words for the row. */
	label: string;
	/** The whole sentence (the panel's tooltip; what the CLI prints). */
	text: string;
	/** The day that makes an urgent reason urgent. */
	day: Day | null;
	/** For a promise reason: the promise. */
	promise: PromiseState | null;
	severity: "error" | "warning" | "normal";
	/** For a diagnostic: its one-based line in the note, if it has one. */
	line: number | null;
}

/** A suggested touchpoint; the practices fill it in (null until they land). */
export interface Suggestion {
	kind: string;
	text: string;
}

export interface DueRow {
	/** Unique in the list: section and path. */
	key: string;
	section: SectionId;
	contact: Contact;
	name: string;
	/** The tier's name, or "" without one. */
	tier: string;
	status: Status;
	lastContact: Day | null;
	lastContactSource: LastContactSource | null;
	dueDate: Day | null;
	overdueDate: Day | null;
	daysSince: number | null;
	/** `12d`, `never`, `in 3d`: days since the last contact, for a narrow column. */
	days: string;
	/** The sentence behind `days`. */
	daysTitle: string;
	reasons: RowReason[];
	promises: PromiseState[];
	suggestion: Suggestion | null;
	/** For a Needs attention row: the line to open the note at (one-based), if any. */
	line: number | null;
}

export interface SectionSummary {
	id: SectionId;
	title: string;
	count: number;
}

/** Who comes due first when nobody is due now: every contact due on that day, by name. */
export interface NextDue {
	day: Day;
	names: string[];
}

/** Contacts that are not tracked, by why. */
export interface UntrackedCounts {
	total: number;
	byReason: Record<UntrackedReason, number>;
	/** How many of them have a problem `tend check` shows (any reason but a missing tier, or a diagnostic). */
	withProblems: number;
}

export interface DueListOptions {
	/** Also keep the contacts that are not on the due list (Not due yet, Snoozed, Waiting). */
	all?: boolean;
}

/** "Ada", "Ada and Bo", "Ada, Bo and 2 others". */
export function namesInWords(names: readonly string[]): string {
	if (names.length === 1) return names[0] ?? "";
	if (names.length === 2) return `${names[0] ?? ""} and ${names[1] ?? ""}`;
	return `${names[0] ?? ""}, ${names[1] ?? ""} and ${plural(names.length - 2, "other")}`;
}

/** Days since the last contact, for a narrow column, with the sentence behind it. */
export function daysLabel(lastContact: Day | null, today: Day): { text: string; title: string } {
	if (lastContact === null) return { text: "never", title: "No contact logged yet" };
	const daysSince = today - lastContact;
	const last = formatDay(lastContact);
	if (daysSince < 0) return { text: `in ${-daysSince}d`, title: `Last contact ${last} lies in the future` };
	const ago = daysSince === 0 ? "today" : daysSince === 1 ? "yesterday" : `${daysSince} days ago`;
	return { text: `${daysSince}d`, title: `Last contact ${last} (${ago})` };
}

/** The untracked reason in words: the row's few words and the sentence (with the settings' tiers). */
function untrackedReason(reason: UntrackedReason, settings: TendSettings): RowReason {
	const tiers = settings.tiers.map((t) => t.name).join(", ");
	const [label, text] = ((): [string, string] => {
		switch (reason) {
			case "unknown-tier":
				return ["Its tier is not one of the settings' tiers", `Its tier is not one of the settings' tiers (${tiers})`];
			case "bad-tier":
				return ["Needs one tier name: its tier is a list or a map", "Its tier is not one tier name (a list or a map?)"];
			case "tier-cadence":
				return ["Its tier's cadence in the settings does not parse", "Its tier's cadence in the settings does not parse"];
			case "broken-frontmatter":
				return ["Its frontmatter (YAML) does not parse", 'Its frontmatter (YAML) does not parse: run "tend check"'];
			case "no-tier":
			default:
				return ["Needs a tier: add a tier property to track this contact", `No tier: add a tier property (${tiers}) to track this contact`];
		}
	})();
	return { kind: "no-tier", label, text, day: null, promise: null, severity: "warning", line: null };
}

function diagnosticReason(d: Diagnostic): RowReason {
	const label = `${d.line !== undefined ? `Line ${d.line}: ` : ""}${d.message}`;
	return { kind: "diagnostic", label, text: `${d.severity}: ${label}`, day: null, promise: null, severity: d.severity === "error" ? "error" : "warning", line: d.line ?? null };
}

/**
 * Why a contact needs attention: its diagnostics (errors first, then by line), and, for a
 * contact that is not tracked, why, unless an error already says so.
 */
export function attentionReasons(contact: Contact, status: Status, settings: TendSettings): RowReason[] {
	const diagnostics = [...contact.diagnostics].sort((a, b) => (a.severity === b.severity ? (a.line ?? 0) - (b.line ?? 0) : a.severity === "error" ? -1 : 1));
	const reasons = diagnostics.map(diagnosticReason);
	if (status === "untracked" && !diagnostics.some((d) => d.severity === "error")) reasons.push(untrackedReason(contact.untracked ?? "no-tier", settings));
	return reasons;
}

/** The sentence for a contact that is not tracked (what `tend due` prints on its row). */
export function untrackedSentence(reason: UntrackedReason, settings: TendSettings): string {
	return untrackedReason(reason, settings).text;
}

const MAX = Number.MAX_SAFE_INTEGER;
/** Rows the model keeps made (a few screenfuls). */
const ROW_CACHE = 256;
/** A made row's key: its slot, its section's place in SECTION_ORDER, and whether it has the schedule's reasons. */
const rowCacheKey = (slot: number, section: number, schedule: boolean) => (slot * SECTION_ORDER.length + section) * 2 + (schedule ? 1 : 0);

export class DueList {
	private settings: TendSettings;
	private today: Day;
	private readonly all: boolean;

	private contactsBySlot: (Contact | null)[] = [];
	/**
	 * Each slot's name key (names.ts), made the first time a comparison needs it (names are
	 * compared only between contacts that tie on the numbers): undefined until then, null for
	 * a name only the collator orders.
	 */
	private nameKeys: (string | null | undefined)[] = [];
	/**
	 * The first characters of each slot's name key as a number (names.ts, `namePrefix`):
	 * most ties on the numbers are told apart by it, and equal prefixes compare the keys. NaN
	 * until a comparison needs it (a contact in no section is never compared).
	 */
	private namePrefix = new Float64Array(0);
	private readonly slots = new Map<string, number>();
	private free: number[] = [];
	/** Slots the typed arrays have room for. */
	private room = 0;
	private status = new Uint8Array(0);
	/** The section a slot belongs in now (or NONE), and the one whose list holds it. */
	private section = new Int8Array(0);
	private placedIn = new Int8Array(0);
	/** Sort key within the section: -ratio, the urgent day or the due date. */
	private sortKey = new Float64Array(0);
	private tier = new Int32Array(0);
	private dueDate = new Float64Array(0);
	private reasonCount = new Uint8Array(0);
	/** Needs attention: NONE, 0 with an error, 1 otherwise; and whether its list holds the slot. */
	private attention = new Int8Array(0);
	private inAttention = new Uint8Array(0);
	private attentionCount = new Uint8Array(0);
	/** The untracked reason's position in UNTRACKED_REASONS, NONE when tracked; and "has problems". */
	private untrackedCode = new Int8Array(0);
	private problems = new Uint8Array(0);

	private readonly lists: number[][] = SECTION_ORDER.map(() => []);
	/**
	 * Slots changed since the sections were last brought up to date (each once: `isDirty`),
	 * while they are few enough to move one by one; past that, `rebuildAll` and no more
	 * bookkeeping per change (a burst of changes is sorted once).
	 */
	private readonly dirty: number[] = [];
	private isDirty = new Uint8Array(0);
	private rebuildAll = false;
	/** Slots whose contact was deleted: free again once the sections no longer hold them. */
	private readonly deleted: number[] = [];
	private readonly untrackedByReason = UNTRACKED_REASONS.map(() => 0);
	private untrackedProblems = 0;
	/** Contacts in the four listed sections by tier index (its place in the settings' tiers). */
	private readonly listedByTier: number[] = [];
	/** Tracked contacts with a cadence, counted by tier index (the array's) and the cadence's ideal days (the map's key). */
	private readonly loads: Map<number, number>[] = [];
	private loadCache: { revision: number; impliedLoad: number; byTier: ({ contacts: number; weeklyLoad: number } | undefined)[] } | null = null;
	private readonly scratch = newPlacement();
	private nextCache: { revision: number; next: NextDue | null } | null = null;

	/**
	 * The rows made last, one per contact and section (`rowCacheKey`). A view asks for its
	 * screenful again after every change: only the rows of contacts that changed are made
	 * again (their reasons and suggestion are most of a row's cost). A contact's rows go when
	 * it is set or deleted, every row on a new day or new settings, and the whole cache once it
	 * holds ROW_CACHE rows (a user who scrolls through every row does not keep them all).
	 * Callers get the kept row itself: a row is a value nobody may change.
	 */
	private readonly rowCache = new Map<number, DueRow>();

	/** Bumped on every change, so a view can tell whether it has drawn the latest. */
	revision = 0;

	constructor(contacts: Iterable<Contact>, today: Day, settings: TendSettings, options: DueListOptions = {}) {
		this.today = today;
		this.settings = settings;
		this.all = options.all ?? false;
		this.build(contacts);
	}

	/** How many contacts the list knows (listed or not). */
	get size(): number {
		return this.slots.size;
	}

	get day(): Day {
		return this.today;
	}

	get(path: string): Contact | undefined {
		const slot = this.slots.get(path);
		return slot === undefined ? undefined : (this.contactsBySlot[slot] ?? undefined);
	}

	has(path: string): boolean {
		return this.slots.has(path);
	}

	/** Every contact, in no particular order. */
	contacts(): Contact[] {
		const out: Contact[] = [];
		for (const slot of this.slots.values()) out.push(this.contactsBySlot[slot] as Contact);
		return out;
	}

	/** Adds a contact or replaces the one at its path. */
	set(contact: Contact): void {
		let slot = this.slots.get(contact.path);
		if (slot === undefined) {
			slot = this.allocate();
			this.slots.set(contact.path, slot);
		} else this.uncount(slot);
		const before = this.contactsBySlot[slot];
		this.contactsBySlot[slot] = contact;
		this.forgetRows(slot);
		if (!before || before.name !== contact.name) {
			this.nameKeys[slot] = undefined;
			this.namePrefix[slot] = Number.NaN;
		}
		const section = this.section[slot];
		const key = this.sortKey[slot];
		const tier = this.tier[slot];
		const attention = this.attention[slot];
		this.placeSlot(slot);
		this.countSlot(slot);
		// A contact whose place did not change (a summary edited, a note added) moves nowhere.
		const moved = !before || before.name !== contact.name || this.section[slot] !== section || this.sortKey[slot] !== key || this.tier[slot] !== tier || this.attention[slot] !== attention;
		if (moved) this.markDirty(slot);
		this.revision++;
	}

	delete(path: string): boolean {
		const slot = this.slots.get(path);
		if (slot === undefined) return false;
		this.uncount(slot);
		this.slots.delete(path);
		this.contactsBySlot[slot] = null;
		this.nameKeys[slot] = undefined;
		this.forgetRows(slot);
		this.deleted.push(slot);
		this.markDirty(slot);
		this.revision++;
		return true;
	}

	/** A new day: every contact is placed again (no note is read), and the sections sorted once. */
	setToday(today: Day): void {
		if (today === this.today) return;
		this.today = today;
		this.replaceAll();
	}

	/** New settings: every contact is placed again with them. */
	setSettings(settings: TendSettings): void {
		this.settings = settings;
		this.replaceAll();
	}

	private replaceAll(): void {
		this.rowCache.clear();
		const contacts = this.contactsBySlot;
		for (let slot = 0; slot < contacts.length; slot++) {
			if (contacts[slot] === null) continue;
			this.uncount(slot);
			this.placeSlot(slot);
			this.countSlot(slot);
		}
		this.rebuildAll = true;
		this.revision++;
	}

	/** The sections that have rows, in order, with their counts. */
	sections(): SectionSummary[] {
		this.settle();
		const out: SectionSummary[] = [];
		for (const id of SECTION_ORDER) {
			const count = (this.lists[SECTION_INDEX[id]] as number[]).length;
			if (count > 0) out.push({ id, title: SECTION_TITLES[id], count });
		}
		return out;
	}

	/** Rows in a section. */
	count(id: SectionId): number {
		this.settle();
		return (this.lists[SECTION_INDEX[id]] as number[]).length;
	}

	/** Contacts on the due list: the four sections of the schedule. */
	get listed(): number {
		this.settle();
		return LISTED_SECTIONS.reduce((n, id) => n + (this.lists[SECTION_INDEX[id]] as number[]).length, 0);
	}

	untracked(): UntrackedCounts {
		const byReason = {} as Record<UntrackedReason, number>;
		let total = 0;
		UNTRACKED_REASONS.forEach((r, i) => {
			byReason[r] = this.untrackedByReason[i] as number;
			total += this.untrackedByReason[i] as number;
		});
		return { total, byReason, withProblems: this.untrackedProblems };
	}

	/** The contact at a position of a section. */
	contactAt(id: SectionId, index: number): Contact | undefined {
		this.settle();
		const slot = (this.lists[SECTION_INDEX[id]] as number[])[index];
		return slot === undefined ? undefined : (this.contactsBySlot[slot] ?? undefined);
	}

	/** How many reasons the row at a position shows (for a height estimate before it is drawn). */
	reasonsAt(id: SectionId, index: number): number {
		this.settle();
		const slot = (this.lists[SECTION_INDEX[id]] as number[])[index];
		if (slot === undefined) return 0;
		return id === "attention" ? (this.attentionCount[slot] as number) : (this.reasonCount[slot] as number);
	}

	/** Where a contact is in a section, or -1: a binary search, the section being sorted. */
	indexOf(id: SectionId, path: string): number {
		this.settle();
		const slot = this.slots.get(path);
		if (slot === undefined) return -1;
		const s = SECTION_INDEX[id];
		if (s === ATTENTION ? this.inAttention[slot] !== 1 : this.placedIn[slot] !== s) return -1;
		const list = this.lists[s] as number[];
		const compare = s === ATTENTION ? this.compareInAttention : this.compareInSection;
		let lo = 0;
		let hi = list.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (compare(list[mid] as number, slot) < 0) lo = mid + 1;
			else hi = mid;
		}
		if (list[lo] === slot) return lo;
		// Only a sort key that does not compare (NaN) could get here: look at every row.
		return list.indexOf(slot);
	}

	/** Contacts on the due list (the four schedule sections) whose tier is the settings' tier at `tierIndex`. */
	listedInTier(tierIndex: number): number {
		return this.listedByTier[tierIndex] ?? 0;
	}

	/**
	 * The weekly load the cadences imply, per tier and in all: what `capacityOf` gives for
	 * every contact of the list with these settings, from counts kept as contacts change (a
	 * sum over the distinct cadences, not over the contacts). The settings are read anew on
	 * each call (the capacities may change without a change of the list).
	 */
	capacity(settings: TendSettings = this.settings): Capacity {
		let sums = this.loadCache?.revision === this.revision ? this.loadCache : null;
		if (!sums) {
			const byTier: { contacts: number; weeklyLoad: number }[] = [];
			let impliedLoad = 0;
			this.loads.forEach((byDays, tier) => {
				for (const [days, count] of byDays) {
					const load = (7 / days) * count;
					impliedLoad += load;
					const t = (byTier[tier] ??= { contacts: 0, weeklyLoad: 0 });
					t.contacts += count;
					t.weeklyLoad += load;
				}
			});
			sums = { revision: this.revision, impliedLoad, byTier };
			this.loadCache = sums;
		}
		const { byTier } = sums;
		const tiers = settings.tiers.map((t, i) => ({ tier: t.name, contacts: byTier[i]?.contacts ?? 0, weeklyLoad: byTier[i]?.weeklyLoad ?? 0 }));
		return capacityFrom(tiers, sums.impliedLoad, settings);
	}

	/** Rows `from` to `to` (exclusive) of a section, with their reasons in words. */
	rows(id: SectionId, from = 0, to = Infinity): DueRow[] {
		this.settle();
		const list = this.lists[SECTION_INDEX[id]] as number[];
		const out: DueRow[] = [];
		for (let i = Math.max(0, from); i < Math.min(to, list.length); i++) out.push(this.row(id, list[i] as number));
		return out;
	}

	/**
	 * Every row of the schedule's sections (and, with `all`, of the others and the untracked
	 * contacts) in the core's ranking, `compareEvaluations`: what `tend due --json` lists.
	 * The untracked ones come last, as rows of Needs attention.
	 */
	ranked(): DueRow[] {
		this.settle();
		const group = (s: number) => (s <= DUE ? 0 : s <= COMING_UP ? 1 : 2);
		const entries: { slot: number; group: number; section: number }[] = [];
		for (let s = OVERDUE; s <= WAITING; s++) for (const slot of this.lists[s] as number[]) entries.push({ slot, group: group(s), section: s });
		if (this.all) {
			for (const slot of this.slots.values()) if (this.status[slot] === STATUS_CODE.untracked) entries.push({ slot, group: 3, section: ATTENTION });
		}
		entries.sort((a, b) => a.group - b.group || (a.group === 3 ? 0 : (this.sortKey[a.slot] as number) - (this.sortKey[b.slot] as number)) || (this.tier[a.slot] as number) - (this.tier[b.slot] as number) || this.compareNames(a.slot, b.slot));
		return entries.map((e) => this.row(SECTION_ORDER[e.section] as SectionId, e.slot, true));
	}

	/**
	 * The contact(s) that come due first, and the day, for a list where nobody is due now: an
	 * `ok` contact on its due date, a snoozed one when its snooze ends (or later, on its due
	 * date), one in a busy period the day after it ends (or on its due date).
	 */
	next(): NextDue | null {
		if (this.nextCache?.revision === this.revision) return this.nextCache.next;
		let best: { day: Day; slots: number[] } | null = null;
		const today = this.today;
		for (const slot of this.slots.values()) {
			const c = this.contactsBySlot[slot] as Contact;
			const status = STATUSES[this.status[slot] as number] as Status;
			const due = Number.isNaN(this.dueDate[slot]) ? null : (this.dueDate[slot] as number);
			let day: Day | null = null;
			if (status === "ok") day = due;
			else if (status === "snoozed" && c.snoozeUntil !== null) day = due === null ? c.snoozeUntil : Math.max(due, c.snoozeUntil);
			else if (status === "waiting") {
				// The first day after the busy period, or the due date if that comes later.
				let d = Math.max(today + 1, due ?? today + 1);
				for (let i = 0; i < 400 && c.busy.some((b) => insideBusy(b, d)); i++) d++;
				day = d;
			} else if (status === "overdue" || status === "due" || status === "new") day = today;
			if (day === null) continue;
			if (best === null || day < best.day) best = { day, slots: [slot] };
			else if (day === best.day) best.slots.push(slot);
		}
		// In the rows' order (name, then path for names that tie, such as "Ada" and "ada"), so
		// the names do not depend on the order the contacts came in.
		const next = best ? { day: best.day, names: best.slots.sort((a, b) => this.compareNames(a, b)).map((slot) => (this.contactsBySlot[slot] as Contact).name) } : null;
		this.nextCache = { revision: this.revision, next };
		return next;
	}

	// ---- inside ------------------------------------------------------------------------------

	/**
	 * The list from scratch: the slots sized once, every contact placed once (its numbers and
	 * its name's key), and the sections sorted once at the first read (`rebuildAll`), with no
	 * change noted one by one as `set` does.
	 */
	private build(contacts: Iterable<Contact>): void {
		const given: readonly Contact[] = Array.isArray(contacts) ? contacts : [...contacts];
		if (given.length === 0) return;
		this.grow(Math.max(64, given.length));
		const slots = this.slots;
		const bySlot = this.contactsBySlot;
		for (const contact of given) {
			const slot = bySlot.length;
			bySlot.push(contact);
			this.nameKeys.push(undefined);
			// One lookup per contact (at 20,000 a Map's lookups are a tenth of the build): a map
			// that did not grow held the path already, and the earlier contact there goes, as
			// `set` would replace it (a linear search: callers give distinct paths).
			const size = slots.size;
			slots.set(contact.path, slot);
			if (slots.size === size) this.dropEarlier(contact.path, slot);
			this.placeSlot(slot);
			this.countSlot(slot);
		}
		this.rebuildAll = true;
		this.revision++;
	}

	/** While building: empties the slot before `slot` that holds a contact at `path`. */
	private dropEarlier(path: string, slot: number): void {
		for (let earlier = slot - 1; earlier >= 0; earlier--) {
			if (this.contactsBySlot[earlier]?.path !== path) continue;
			this.uncount(earlier);
			this.contactsBySlot[earlier] = null;
			this.nameKeys[earlier] = undefined;
			this.deleted.push(earlier);
			return;
		}
	}

	private allocate(): number {
		const reused = this.free.pop();
		if (reused !== undefined) return reused;
		const slot = this.contactsBySlot.length;
		if (slot >= this.room) this.grow(Math.max(64, this.room * 2));
		this.contactsBySlot.push(null);
		this.nameKeys.push(undefined);
		this.placedIn[slot] = NONE;
		this.section[slot] = NONE;
		this.attention[slot] = NONE;
		return slot;
	}

	private grow(capacity: number): void {
		const copy = <T extends Uint8Array | Int8Array | Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
			const next = make(capacity);
			next.set(old);
			return next;
		};
		this.status = copy(this.status, (n) => new Uint8Array(n));
		this.section = copy(this.section, (n) => new Int8Array(n));
		this.placedIn = copy(this.placedIn, (n) => new Int8Array(n));
		this.sortKey = copy(this.sortKey, (n) => new Float64Array(n));
		this.tier = copy(this.tier, (n) => new Int32Array(n));
		this.dueDate = copy(this.dueDate, (n) => new Float64Array(n));
		this.reasonCount = copy(this.reasonCount, (n) => new Uint8Array(n));
		this.attention = copy(this.attention, (n) => new Int8Array(n));
		this.inAttention = copy(this.inAttention, (n) => new Uint8Array(n));
		this.attentionCount = copy(this.attentionCount, (n) => new Uint8Array(n));
		this.untrackedCode = copy(this.untrackedCode, (n) => new Int8Array(n));
		this.problems = copy(this.problems, (n) => new Uint8Array(n));
		this.isDirty = copy(this.isDirty, (n) => new Uint8Array(n));
		const named = this.namePrefix.length;
		this.namePrefix = copy(this.namePrefix, (n) => new Float64Array(n));
		this.namePrefix.fill(Number.NaN, named);
		this.room = capacity;
	}

	/** Adds a placed slot to the counts (untracked by reason, listed by tier, load by cadence). */
	private countSlot(slot: number): void {
		this.countBy(slot, 1);
	}

	/** Takes a slot out of the counts, before its contact or its place changes. */
	private uncount(slot: number): void {
		this.countBy(slot, -1);
	}

	private countBy(slot: number, by: 1 | -1): void {
		const code = this.untrackedCode[slot] as number;
		if (code !== NONE) {
			this.untrackedByReason[code] = (this.untrackedByReason[code] as number) + by;
			this.untrackedProblems += by * (this.problems[slot] as number);
		}
		const tier = this.tier[slot] as number;
		const section = this.section[slot] as number;
		if (section >= OVERDUE && section <= COMING_UP && tier !== MAX_TIER) this.listedByTier[tier] = (this.listedByTier[tier] ?? 0) + by;
		// As capacityOf: every contact with a cadence and a tier counts, whatever its status.
		const c = this.contactsBySlot[slot];
		if (c && c.cadence !== null && c.tierIndex >= 0) {
			const days = spanDays(c.cadence.ideal);
			const byDays = (this.loads[c.tierIndex] ??= new Map());
			const count = (byDays.get(days) ?? 0) + by;
			if (count === 0) byDays.delete(days);
			else byDays.set(days, count);
		}
	}

	/** The numbers that place one contact, from schedule.ts's `place`. */
	private placeSlot(slot: number): void {
		const c = this.contactsBySlot[slot] as Contact;
		const p = this.scratch;
		place(c, this.today, this.settings, p);
		this.status[slot] = STATUS_CODE[p.status];
		let section = NONE;
		let key = 0;
		if (p.listed) {
			if (p.status === "overdue" || p.status === "due" || p.status === "new") {
				section = p.status === "overdue" ? OVERDUE : DUE;
				key = -p.ratio;
			} else {
				section = p.pressingPromise ? PROMISES : COMING_UP;
				key = p.urgentDay ?? 0;
			}
		} else if (this.all && p.status !== "untracked") {
			section = p.status === "snoozed" ? SNOOZED : p.status === "waiting" ? WAITING : LATER;
			key = p.dueDate ?? MAX;
		}
		this.section[slot] = section;
		this.sortKey[slot] = key;
		this.tier[slot] = c.tierIndex < 0 ? MAX_TIER : c.tierIndex;
		this.dueDate[slot] = p.dueDate ?? Number.NaN;
		this.reasonCount[slot] = Math.min(255, p.reasonCount);
		const untracked = p.status === "untracked";
		const diagnostics = c.diagnostics;
		if (diagnostics.length > 0 || untracked) {
			const error = diagnostics.some((d) => d.severity === "error");
			this.attention[slot] = error ? 0 : 1;
			this.attentionCount[slot] = Math.min(255, diagnostics.length + (untracked && !error ? 1 : 0));
		} else {
			this.attention[slot] = NONE;
			this.attentionCount[slot] = 0;
		}
		const reason = untracked ? (c.untracked ?? "no-tier") : null;
		this.untrackedCode[slot] = reason === null ? NONE : UNTRACKED_REASONS.indexOf(reason);
		this.problems[slot] = reason !== null && (reason !== "no-tier" || diagnostics.length > 0) ? 1 : 0;
	}

	private compareNames(a: number, b: number): number {
		const byPrefix = comparePrefixes(this.prefixOf(a), this.prefixOf(b));
		if (byPrefix !== 0) return byPrefix;
		const ca = this.contactsBySlot[a] as Contact;
		const cb = this.contactsBySlot[b] as Contact;
		return compareNameKeys(ca.name, this.keyOf(a, ca), cb.name, this.keyOf(b, cb)) || (ca.path < cb.path ? -1 : ca.path > cb.path ? 1 : 0);
	}

	private prefixOf(slot: number): number {
		const prefix = this.namePrefix[slot] as number;
		if (!Number.isNaN(prefix)) return prefix;
		return (this.namePrefix[slot] = namePrefix((this.contactsBySlot[slot] as Contact).name));
	}

	private keyOf(slot: number, contact: Contact): string | null {
		let key = this.nameKeys[slot];
		if (key === undefined) key = this.nameKeys[slot] = nameKey(contact.name);
		return key;
	}

	private readonly compareInSection = (a: number, b: number): number =>
		(this.sortKey[a] as number) - (this.sortKey[b] as number) || (this.tier[a] as number) - (this.tier[b] as number) || this.compareNames(a, b);

	private readonly compareInAttention = (a: number, b: number): number => (this.attention[a] as number) - (this.attention[b] as number) || this.compareNames(a, b);

	/** Brings the sections up to date with every change since they were last read. */
	private settle(): void {
		const dirty = this.dirty;
		if (!this.rebuildAll && dirty.length === 0) return;
		if (this.rebuildAll) this.rebuild();
		else {
			// Every changed entry out first, so no comparison meets a deleted contact; then each in.
			for (const slot of dirty) this.takeOut(slot);
			for (const slot of dirty) this.putIn(slot);
		}
		for (const slot of dirty) this.isDirty[slot] = 0;
		dirty.length = 0;
		this.rebuildAll = false;
		for (const slot of this.deleted) this.free.push(slot);
		this.deleted.length = 0;
	}

	/**
	 * Notes a slot whose place changed. Past a few dozen changes one sort is cheaper than
	 * moving each (measured: a move is a few microseconds at 20,000 contacts, a sort of every
	 * section a few milliseconds): the list is then sorted again, and nothing more is noted.
	 */
	private markDirty(slot: number): void {
		if (this.rebuildAll || this.isDirty[slot]) return;
		if (this.dirty.length >= Math.max(64, this.slots.size >> 6)) {
			this.rebuildAll = true;
			return;
		}
		this.isDirty[slot] = 1;
		this.dirty.push(slot);
	}

	private rebuild(): void {
		for (const list of this.lists) list.length = 0;
		const contacts = this.contactsBySlot;
		for (let slot = 0; slot < contacts.length; slot++) {
			if (contacts[slot] === null) {
				this.placedIn[slot] = NONE;
				this.inAttention[slot] = 0;
				continue;
			}
			const s = this.section[slot] as number;
			this.placedIn[slot] = s;
			if (s !== NONE) (this.lists[s] as number[]).push(slot);
			const inAttention = this.attention[slot] !== NONE;
			this.inAttention[slot] = inAttention ? 1 : 0;
			if (inAttention) (this.lists[ATTENTION] as number[]).push(slot);
		}
		for (let s = OVERDUE; s <= WAITING; s++) (this.lists[s] as number[]).sort(this.compareInSection);
		(this.lists[ATTENTION] as number[]).sort(this.compareInAttention);
	}

	private takeOut(slot: number): void {
		const was = this.placedIn[slot] as number;
		if (was !== NONE) remove(this.lists[was] as number[], slot);
		if (this.inAttention[slot]) remove(this.lists[ATTENTION] as number[], slot);
		this.placedIn[slot] = NONE;
		this.inAttention[slot] = 0;
	}

	private putIn(slot: number): void {
		if (this.contactsBySlot[slot] === null) return;
		const s = this.section[slot] as number;
		if (s !== NONE) {
			insert(this.lists[s] as number[], slot, this.compareInSection);
			this.placedIn[slot] = s;
		}
		if (this.attention[slot] !== NONE) {
			insert(this.lists[ATTENTION] as number[], slot, this.compareInAttention);
			this.inAttention[slot] = 1;
		}
	}

	/** A row of a section; `schedule`: with the schedule's reasons even on a Needs attention row. */
	private row(id: SectionId, slot: number, schedule = false): DueRow {
		// A contact may be listed twice (in a schedule section and in Needs attention): a row per section.
		const key = rowCacheKey(slot, SECTION_INDEX[id], schedule);
		const cached = this.rowCache.get(key);
		if (cached) return cached;
		const row = this.makeRow(id, slot, schedule);
		if (this.rowCache.size >= ROW_CACHE) this.rowCache.clear();
		this.rowCache.set(key, row);
		return row;
	}

	private forgetRows(slot: number): void {
		if (this.rowCache.size === 0) return;
		for (let section = 0; section < SECTION_ORDER.length; section++) {
			this.rowCache.delete(rowCacheKey(slot, section, false));
			this.rowCache.delete(rowCacheKey(slot, section, true));
		}
	}

	private makeRow(id: SectionId, slot: number, schedule: boolean): DueRow {
		const contact = this.contactsBySlot[slot] as Contact;
		const today = this.today;
		const a = assess(contact, today, this.settings);
		const days = daysLabel(a.lastContact, today);
		const attention = id === "attention" && !schedule;
		const reasons: RowReason[] = attention ? attentionReasons(contact, a.status, this.settings) : describeReasons(a, today, this.settings).map((r) => ({ ...r, line: null }));
		if (!attention && a.status !== "untracked") {
			const drift = driftReason(contact, a.lastContact, today);
			if (drift) reasons.push(drift);
		}
		const suggestion = attention || a.status === "untracked" ? null : suggestionFor(contact, reasons, a.promises, today);
		const firstLine = attention ? (reasons.find((r) => r.line !== null)?.line ?? null) : null;
		return {
			key: `${id}:${contact.path}`,
			section: id,
			contact,
			name: contact.name,
			tier: contact.tier ?? "",
			status: a.status,
			lastContact: a.lastContact,
			lastContactSource: lastContactSource(contact),
			dueDate: a.dueDate,
			overdueDate: a.overdueDate,
			daysSince: a.daysSince,
			days: days.text,
			daysTitle: days.title,
			reasons,
			promises: a.promises,
			suggestion,
			line: firstLine,
		};
	}
}

/**
 * "Drifting" (src/core/insights/drifting.ts): the silence is well past the contact's own
 * rhythm, the median of the last gaps between the newest days of its log (4 days with entries
 * at least), as the log digest keeps it. It is a reason on a listed row; it does not list a
 * contact by itself (the cadence says who is due), as in `tend brief`. The last contact counts
 * a mention too.
 */
export function driftReason(contact: Contact, lastContact: Day | null, today: Day): RowReason | null {
	const { usualGap, newestPastDay } = contact.log;
	if (usualGap === null || newestPastDay === null) return null;
	const drift = driftOf(usualGap, newestPastDay, lastContact, today);
	if (!drift.drifting) return null;
	const text = `Drifting: ${driftText(drift).replace(/^U/, "u")}`;
	return { kind: "drifting", label: text, text, day: null, promise: null, severity: "normal", line: null };
}

/** A yearly date's or a busy period's label, for the suggestion to name it. */
function reasonLabel(kind: string, day: Day | null, contact: Contact): string | undefined {
	if (day === null) return undefined;
	const { year, month, day: d } = toYmd(day);
	if (kind === "date") return contact.dates.find((x) => x.month === month && x.day === d)?.label;
	if (kind === "busy-ended") return contact.busy.find((b) => b.end.month === month && b.end.day === d && (b.yearly || b.end.year === year))?.label;
	return undefined;
}

/**
 * The suggested touchpoint of a row (src/core/insights/suggest.ts), from what the contact
 * keeps of its log: the newest entry, the asks since the last give and the give-and-take
 * balance of the last twelve months. The same as `tend brief` suggests from the whole log.
 */
export function suggestionFor(contact: Contact, reasons: readonly RowReason[], promises: readonly PromiseState[], today: Day): Suggestion {
	const log = contact.log;
	const newestDirection = log.newestDirection ?? "neutral";
	let balance = 0;
	if (log.asksSinceGive > 0) {
		const from = yearWindowStart(today);
		for (const packed of log.giveAsk) {
			const day = Math.floor(packed / 2);
			if (day < from || day > today) continue;
			balance += packed - day * 2 === 1 ? 1 : -1;
		}
	}
	const suggestionReasons: SuggestionReason[] = [];
	for (const r of reasons) {
		if (r.kind === "diagnostic" || r.kind === "no-tier" || r.kind === "drifting") continue;
		const label = reasonLabel(r.kind, r.day, contact);
		suggestionReasons.push({ kind: r.kind, ...(r.day !== null ? { day: r.day } : {}), ...(label !== undefined ? { label } : {}) });
	}
	const s = suggest({
		reasons: suggestionReasons,
		promises: promises.map((p) => ({ due: p.due, what: p.what, status: p.status })),
		interests: contact.interests,
		goals: contact.goals,
		newest: log.newest === null ? null : { kind: log.newestKind ?? "", summary: log.newestSummary ?? "", day: log.newest, direction: newestDirection },
		asksSinceGive: log.asksSinceGive,
		balance,
		today,
		seed: contact.path,
	});
	return { kind: s.kind, text: s.text };
}

/** Tier order of a contact without a tier: after every tier. */
const MAX_TIER = 0x7fffffff;

function remove(list: number[], slot: number): void {
	const at = list.indexOf(slot);
	if (at >= 0) list.splice(at, 1);
}

/** Inserts after every element that does not come after `slot` (binary search). */
function insert(list: number[], slot: number, compare: (a: number, b: number) => number): void {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (compare(list[mid] as number, slot) <= 0) lo = mid + 1;
		else hi = mid;
	}
	list.splice(lo, 0, slot);
}

/** One row as `tend due --json` prints it: the documented fields first, then the model's. */
export function dueRowJson(row: DueRow) {
	const date = (d: Day | null) => (d === null ? null : formatDay(d));
	return {
		name: row.name,
		path: row.contact.path,
		tier: row.contact.tier,
		status: row.status,
		lastContact: date(row.lastContact),
		dueDate: date(row.dueDate),
		overdueDate: date(row.overdueDate),
		daysSince: row.daysSince,
		reasons: row.reasons.map((r) => ({ kind: r.kind, text: r.text, label: r.label })),
		// A task promise (issue 10) also says where the task is: `"source": {"path", "line"}`.
		promises: row.promises.map((p) => (p.commitment.source ? { due: date(p.due), what: p.what, status: p.status, source: { path: p.commitment.source.path, line: p.commitment.source.line } } : { due: date(p.due), what: p.what, status: p.status })),
		section: row.section,
		lastContactSource: row.lastContactSource,
		suggestion: row.suggestion,
	};
}
