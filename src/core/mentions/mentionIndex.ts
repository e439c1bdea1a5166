/**
 * Every contact's mentions and task promises, kept current one source note at a time (issue
 * 10, item 5). The plugin updates it on each metadata-cache `changed` event with what the cache
 * reader found in that one note; the CLI fills it once from the text reader.
 *
 * Each contact keeps its mentions, one per source note, in one flat array of (day, source,
 * line) triples ordered from the oldest to the newest, so "newest mention" is the last triple.
 * Most contacts have a handful: a flat array is the smallest thing that holds them (a map and
 * a heap per contact, and an object per mention, were most of the index's memory at 20,000
 * contacts). `update(source, findings)` finds a source's mention by a scan of that array, or
 * through a map by source made once a contact has more than MAP_FROM mentions, and moves it
 * with a binary search and a splice. The splice copies values (nothing at all when a new daily
 * note is the newest, the common case); a contact mentioned in every one of tens of thousands
 * of notes read in random order still costs well under a second over the whole scan.
 *
 * The newest mention is the latest day; two on the same day: the source path first in
 * code-point order, so every reader names the same note.
 */
import type { Day } from "../calendar";
import { noFindings, type KeptTask, type Mention, type NoteFindings, type TaskPromise } from "./interpret";

export interface NewestMention {
	day: Day;
	/** The dated note's path. */
	path: string;
}

/** Past this many mentions, a contact also keeps a map from source to day (and drops it again at half). */
const MAP_FROM = 16;

/** One mention in a contact's flat list: its day, its source note's path, its line (or null). */
const STRIDE = 3;
type Flat = (number | string | null)[];

interface ContactMentions {
	/**
	 * The mentions as STRIDE values each, oldest first (see `newerThan`): three slots in one array
	 * instead of an object per mention (about 60 bytes less each).
	 */
	flat: Flat;
	/** Each source's mention day, once there are more than MAP_FROM (its place is then found by binary search). */
	bySource: Map<string, Day> | null;
	/** Made on the first task promise or kept task (most contacts have none). */
	promises: Map<string, TaskPromise[]> | null;
	kept: Map<string, KeptTask[]> | null;
}

const dayAt = (flat: Flat, i: number) => flat[i * STRIDE] as Day;
const sourceAt = (flat: Flat, i: number) => flat[i * STRIDE + 1] as string;
const lineAt = (flat: Flat, i: number) => flat[i * STRIDE + 2] as number | null;
const countOf = (flat: Flat) => flat.length / STRIDE;

/** (day, source) is newer than mention i: a later day, or the same day and a path first in code-point order. */
function newerThan(day: Day, source: string, flat: Flat, i: number): boolean {
	const d = dayAt(flat, i);
	return day !== d ? day > d : source < sourceAt(flat, i);
}

/** Where a mention of (day, source) goes (oldest first): the first mention that is not older than it. */
function placeOf(flat: Flat, day: Day, source: string): number {
	let lo = 0;
	let hi = countOf(flat);
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (newerThan(day, source, flat, mid)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The place of the source's mention, or -1. */
function findSource(e: ContactMentions, source: string): number {
	if (e.bySource) {
		const day = e.bySource.get(source);
		// Each source has one mention, and (day, source) orders them strictly: it is at its place.
		return day === undefined ? -1 : placeOf(e.flat, day, source);
	}
	for (let i = 0; i < e.flat.length; i += STRIDE) if (e.flat[i + 1] === source) return i / STRIDE;
	return -1;
}

/**
 * `flat` with a mention put in at place `at` (or, with `m` null, without the one at `at`). A
 * small list is made anew at its exact length: an array grown by push or splice keeps room for
 * 17 or more slots, 100 bytes and more of empty room for each of thousands of contacts with a
 * handful of mentions. A long list (through a map already) is changed in place.
 */
function edited(flat: Flat, at: number, m: Mention | null): Flat {
	const i = at * STRIDE;
	if (countOf(flat) + (m ? 1 : -1) > MAP_FROM) {
		if (m) flat.splice(i, 0, m.day, m.source, m.line);
		else flat.splice(i, STRIDE);
		return flat;
	}
	const out: Flat = new Array<number | string | null>(flat.length + (m ? STRIDE : -STRIDE));
	for (let k = 0; k < i; k++) out[k] = flat[k] as number | string | null;
	if (m) {
		out[i] = m.day;
		out[i + 1] = m.source;
		out[i + 2] = m.line;
		for (let k = i; k < flat.length; k++) out[k + STRIDE] = flat[k] as number | string | null;
	} else for (let k = i + STRIDE; k < flat.length; k++) out[k - STRIDE] = flat[k] as number | string | null;
	return out;
}

/** Takes the mention at place `at` out. */
function take(e: ContactMentions, at: number): void {
	const source = sourceAt(e.flat, at);
	e.flat = edited(e.flat, at, null);
	if (e.bySource) {
		e.bySource.delete(source);
		if (countOf(e.flat) <= MAP_FROM / 2) e.bySource = null;
	}
}

function put(e: ContactMentions, m: Mention): void {
	e.flat = edited(e.flat, placeOf(e.flat, m.day, m.source), m);
	if (e.bySource) e.bySource.set(m.source, m.day);
	else if (countOf(e.flat) > MAP_FROM) {
		const map = new Map<string, Day>();
		for (let i = 0; i < countOf(e.flat); i++) map.set(sourceAt(e.flat, i), dayAt(e.flat, i));
		e.bySource = map;
	}
}

/** What the promises and kept tasks of one source say, to tell whether an update changed them. */
function taskKey(promises: readonly TaskPromise[] | undefined, kept: readonly KeptTask[] | undefined): string {
	const p = (promises ?? []).map((t) => `${t.line}\u0000${t.due}\u0000${t.what}\u0000${t.text}\u0000${t.format}\u0000${String(t.recurring)}`);
	const k = (kept ?? []).map((t) => `${t.line}\u0000${String(t.due)}\u0000${t.done}\u0000${t.what}`);
	return `${p.join("\u0001")}\u0002${k.join("\u0001")}`;
}

const NONE = new Map<string, never[]>();

function groupBy<T extends { contact: string }>(items: readonly T[]): ReadonlyMap<string, T[]> {
	if (items.length === 0) return NONE;
	const out = new Map<string, T[]>();
	for (const item of items) {
		const list = out.get(item.contact);
		if (list) list.push(item);
		else out.set(item.contact, [item]);
	}
	return out;
}

/** The first mention of each contact, by contact (a reader gives one per contact already). */
function firstBy(mentions: readonly Mention[]): ReadonlyMap<string, Mention> {
	const out = new Map<string, Mention>();
	for (const m of mentions) if (!out.has(m.contact)) out.set(m.contact, m);
	return out;
}

type Findings = Pick<NoteFindings, "mentions"> & Partial<Pick<NoteFindings, "promises" | "kept">>;

/**
 * What the index keeps for a contact: its flat list alone when that is all it has (most
 * contacts: no map by source, no task), else the whole record. A record for every contact
 * was about 55 bytes each of the plugin's memory.
 */
type Kept = Flat | ContactMentions;

const flatOf = (k: Kept | undefined): Flat | undefined => (k === undefined || Array.isArray(k) ? k : k.flat);
const recordOf = (k: Kept | undefined): ContactMentions | undefined => (k === undefined || Array.isArray(k) ? undefined : k);

export class MentionIndex {
	private readonly contacts = new Map<string, Kept>();
	/**
	 * Per source note: the contacts it mentions or has tasks for (to undo its last update). One
	 * contact's path alone when there is one, as most daily notes have: no array for each.
	 */
	private readonly sources = new Map<string, string | string[]>();

	/** The contact's record to change (a new one around a flat list kept alone); `store` keeps it again. */
	private entry(contact: string): ContactMentions {
		const k = this.contacts.get(contact);
		return recordOf(k) ?? { flat: flatOf(k) ?? [], bySource: null, promises: null, kept: null };
	}

	/** Keeps a changed record in its smallest form, or forgets the contact when nothing is left. */
	private store(contact: string, e: ContactMentions): void {
		if (e.promises?.size === 0) e.promises = null;
		if (e.kept?.size === 0) e.kept = null;
		if (e.flat.length === 0 && !e.promises && !e.kept) this.contacts.delete(contact);
		else this.contacts.set(contact, e.bySource || e.promises || e.kept ? e : e.flat);
	}

	/**
	 * Replaces what the index knows of one source note by `findings` (what a reader found in
	 * it now; empty lists when it no longer mentions anyone). Returns the contacts whose newest
	 * mention or whose task promises changed, the ones a due list has to look at again.
	 */
	update(source: string, findings: Findings): string[] {
		const mentions = firstBy(findings.mentions);
		const promises = groupBy(findings.promises ?? []);
		const kept = groupBy(findings.kept ?? []);
		const now: string[] = [...mentions.keys()];
		for (const c of promises.keys()) if (!mentions.has(c)) now.push(c);
		for (const c of kept.keys()) if (!mentions.has(c) && !promises.has(c)) now.push(c);
		const before = this.sources.get(source);
		const changed: string[] = [];
		const visit = (contact: string) => {
			const e = this.entry(contact);
			const n = countOf(e.flat);
			const oldDay = n > 0 ? dayAt(e.flat, n - 1) : null;
			const oldSource = n > 0 ? sourceAt(e.flat, n - 1) : null;
			const oldP = e.promises?.get(source);
			const oldK = e.kept?.get(source);
			const oldTasks = oldP || oldK ? taskKey(oldP, oldK) : "";
			const mention = mentions.get(contact);
			const had = findSource(e, source);
			if (had >= 0 && mention && dayAt(e.flat, had) === mention.day) e.flat[had * STRIDE + 2] = mention.line;
			else {
				if (had >= 0) take(e, had);
				if (mention) put(e, mention);
			}
			const p = promises.get(contact);
			const k = kept.get(contact);
			if (p) (e.promises ??= new Map()).set(source, p);
			else e.promises?.delete(source);
			if (k) (e.kept ??= new Map()).set(source, k);
			else e.kept?.delete(source);
			const m = countOf(e.flat);
			const newDay = m > 0 ? dayAt(e.flat, m - 1) : null;
			const newSource = m > 0 ? sourceAt(e.flat, m - 1) : null;
			const newTasks = p || k ? taskKey(p, k) : "";
			if (oldDay !== newDay || oldSource !== newSource || oldTasks !== newTasks) changed.push(contact);
			this.store(contact, e);
		};
		for (const contact of now) visit(contact);
		if (typeof before === "string") {
			if (!now.includes(before)) visit(before);
		} else if (before) for (const contact of before) if (!now.includes(contact)) visit(contact);
		if (now.length === 0) this.sources.delete(source);
		else this.sources.set(source, now.length === 1 ? (now[0] as string) : now);
		return changed;
	}

	/** Forgets a source note (deleted, or no longer read). */
	remove(source: string): string[] {
		return this.update(source, noFindings());
	}

	/** The contact's newest mention, or null. */
	newest(contact: string): NewestMention | null {
		const flat = flatOf(this.contacts.get(contact));
		const n = flat ? countOf(flat) : 0;
		return flat && n > 0 ? { day: dayAt(flat, n - 1), path: sourceAt(flat, n - 1) } : null;
	}

	/** Every mention of the contact, newest first (for the brief). */
	mentionsOf(contact: string): Mention[] {
		const flat = flatOf(this.contacts.get(contact));
		if (!flat) return [];
		const out: Mention[] = [];
		for (let i = countOf(flat) - 1; i >= 0; i--) out.push({ contact, day: dayAt(flat, i), source: sourceAt(flat, i), line: lineAt(flat, i) });
		return out;
	}

	/** The contact's open task promises, earliest due first, then by note and line. */
	promisesOf(contact: string): TaskPromise[] {
		const e = recordOf(this.contacts.get(contact));
		if (!e) return [];
		return [...(e.promises?.values() ?? [])].flat().sort((a, b) => a.due - b.due || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.line - b.line));
	}

	/** The contact's kept tasks, latest done first. */
	keptOf(contact: string): KeptTask[] {
		const e = recordOf(this.contacts.get(contact));
		if (!e) return [];
		return [...(e.kept?.values() ?? [])].flat().sort((a, b) => b.done - a.done || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.line - b.line));
	}

	/** The contacts the index knows anything about. */
	contactPaths(): string[] {
		return [...this.contacts.keys()];
	}

	/** Whether the index holds a mention or a task from this note. */
	hasSource(source: string): boolean {
		return this.sources.has(source);
	}

	/** The source notes that mention a contact or hold a task for one. */
	sourcePaths(): string[] {
		return [...this.sources.keys()];
	}
}

/** Follow-through on task promises: how many were kept, how many of them on time (done on or before the due day). */
export function taskFollowThrough(kept: readonly KeptTask[]): { kept: number; onTime: number; late: number; undated: number } {
	let onTime = 0;
	let late = 0;
	let undated = 0;
	for (const k of kept) {
		if (k.late === null) undated++;
		else if (k.late <= 0) onTime++;
		else late++;
	}
	return { kept: kept.length, onTime, late, undated };
}
