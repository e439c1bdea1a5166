/**
 * Every contact's mentions and task promises, kept current one source note at a time (issue
 * 10, item 5). The plugin updates it on each metadata-cache `changed` event with what the cache
 * reader found in that one note; the CLI fills it once from the text reader.
 *
 * Each contact keeps its mentions, one per source note, in one array ordered from the oldest to
 * the newest, so "newest mention" is the last element. Most contacts have a handful: a flat
 * array is the smallest thing that holds them (a map and a heap per contact cost about 400
 * bytes more each, most of the index's memory at 20,000 contacts). `update(source, findings)`
 * finds a source's mention by a scan of that array, or through a map by source made once a
 * contact has more than MAP_FROM mentions, and moves it with a binary search and a splice. The
 * splice copies pointers (fast, and nothing at all when a new daily note is the newest, the
 * common case); a contact mentioned in every one of tens of thousands of notes read in random
 * order still costs well under a second over the whole scan.
 *
 * The newest mention is the latest day; two on the same day: the source path first in
 * code-point order, so every reader names the same note.
 */
import type { Day } from "../calendar";
import type { KeptTask, Mention, NoteFindings, TaskPromise } from "./interpret";

export interface NewestMention {
	day: Day;
	/** The dated note's path. */
	path: string;
}

/** Past this many mentions, a contact also keeps a map from source to mention (and drops it again at half). */
const MAP_FROM = 16;

interface ContactMentions {
	/** Oldest first: each element is older than the next (see `newer`). */
	list: Mention[];
	bySource: Map<string, Mention> | null;
	/** Made on the first task promise or kept task (most contacts have none). */
	promises: Map<string, TaskPromise[]> | null;
	kept: Map<string, KeptTask[]> | null;
}

/** a is newer than b: a later day, or the same day and a path first in code-point order. */
function newer(a: Mention, b: Mention): boolean {
	return a.day !== b.day ? a.day > b.day : a.source < b.source;
}

/** Where `m` goes in `list` (oldest first): the first element that is not older than it. */
function placeOf(list: readonly Mention[], m: Mention): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (newer(m, list[mid] as Mention)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function findSource(e: ContactMentions, source: string): Mention | undefined {
	if (e.bySource) return e.bySource.get(source);
	for (const m of e.list) if (m.source === source) return m;
	return undefined;
}

/**
 * `list` with `m` put in at `at` (or, with `m` null, without the element at `at`). A small list
 * is made anew at its exact length: an array grown by push or splice keeps room for 17 or more
 * elements, 100 bytes and more of empty room for each of thousands of contacts with a handful
 * of mentions. A long list (through a map already) is changed in place.
 */
function edited(list: Mention[], at: number, m: Mention | null): Mention[] {
	const n = list.length + (m ? 1 : -1);
	if (n > MAP_FROM) {
		if (m) list.splice(at, 0, m);
		else list.splice(at, 1);
		return list;
	}
	const out = new Array<Mention>(n);
	for (let i = 0; i < at; i++) out[i] = list[i] as Mention;
	if (m) {
		out[at] = m;
		for (let i = at; i < list.length; i++) out[i + 1] = list[i] as Mention;
	} else for (let i = at + 1; i < list.length; i++) out[i - 1] = list[i] as Mention;
	return out;
}

/** Takes `old` (a mention in the list) out of it. */
function take(e: ContactMentions, old: Mention): void {
	// Each source has one mention, and (day, source) orders them strictly: `old` is at its place.
	e.list = edited(e.list, placeOf(e.list, old), null);
	if (e.bySource) {
		e.bySource.delete(old.source);
		if (e.list.length <= MAP_FROM / 2) e.bySource = null;
	}
}

function put(e: ContactMentions, m: Mention): void {
	e.list = edited(e.list, placeOf(e.list, m), m);
	if (e.bySource) e.bySource.set(m.source, m);
	else if (e.list.length > MAP_FROM) e.bySource = new Map(e.list.map((x) => [x.source, x]));
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

export class MentionIndex {
	private readonly contacts = new Map<string, ContactMentions>();
	/**
	 * Per source note: the contacts it mentions or has tasks for (to undo its last update). One
	 * contact's path alone when there is one, as most daily notes have: no array for each.
	 */
	private readonly sources = new Map<string, string | string[]>();

	private entry(contact: string): ContactMentions {
		let e = this.contacts.get(contact);
		if (!e) {
			e = { list: [], bySource: null, promises: null, kept: null };
			this.contacts.set(contact, e);
		}
		return e;
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
			const oldTop = e.list[e.list.length - 1];
			const oldP = e.promises?.get(source);
			const oldK = e.kept?.get(source);
			const oldTasks = oldP || oldK ? taskKey(oldP, oldK) : "";
			const mention = mentions.get(contact);
			const had = findSource(e, source);
			if (had && (!mention || had.day !== mention.day)) take(e, had);
			if (mention) {
				// The reader's own object (it holds its day and source): nothing copied per mention.
				if (had && had.day === mention.day) {
					e.list[placeOf(e.list, had)] = mention;
					e.bySource?.set(source, mention);
				} else put(e, mention);
			}
			const p = promises.get(contact);
			const k = kept.get(contact);
			if (p) (e.promises ??= new Map()).set(source, p);
			else e.promises?.delete(source);
			if (k) (e.kept ??= new Map()).set(source, k);
			else e.kept?.delete(source);
			const newTop = e.list[e.list.length - 1];
			const newTasks = p || k ? taskKey(p, k) : "";
			if (oldTop?.day !== newTop?.day || oldTop?.source !== newTop?.source || oldTasks !== newTasks) changed.push(contact);
			if (e.list.length === 0 && !e.promises?.size && !e.kept?.size) this.contacts.delete(contact);
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
		return this.update(source, { mentions: [], promises: [], kept: [] });
	}

	/** The contact's newest mention, or null. */
	newest(contact: string): NewestMention | null {
		const list = this.contacts.get(contact)?.list;
		const t = list?.[list.length - 1];
		return t ? { day: t.day, path: t.source } : null;
	}

	/** Every mention of the contact, newest first (for the brief). */
	mentionsOf(contact: string): Mention[] {
		const e = this.contacts.get(contact);
		return e ? [...e.list].reverse() : [];
	}

	/** The contact's open task promises, earliest due first, then by note and line. */
	promisesOf(contact: string): TaskPromise[] {
		const e = this.contacts.get(contact);
		if (!e) return [];
		return [...(e.promises?.values() ?? [])].flat().sort((a, b) => a.due - b.due || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.line - b.line));
	}

	/** The contact's kept tasks, latest done first. */
	keptOf(contact: string): KeptTask[] {
		const e = this.contacts.get(contact);
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
