/**
 * Every contact's mentions and task promises, kept current one source note at a time (issue
 * 10, item 5). The plugin updates it on each metadata-cache `changed` event with what the cache
 * reader found in that one note; the CLI fills it once from the text reader.
 *
 * `update(source, findings)` costs O(m log k) for the m mentions and tasks of that note (k: the
 * mentions of one contact): each contact keeps its mentions per source note and a max-heap of
 * (day, source) to answer "newest mention" at once. A mention that goes away is dropped from the
 * heap lazily (when it reaches the top), and a heap that holds more than twice its live entries
 * is rebuilt, so the work stays amortized O(log k) per change however often a note is saved.
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

interface HeapEntry {
	day: Day;
	source: string;
}

interface ContactMentions {
	bySource: Map<string, Mention>;
	heap: HeapEntry[];
	/** Made on the first task promise or kept task (most contacts have none). */
	promises: Map<string, TaskPromise[]> | null;
	kept: Map<string, KeptTask[]> | null;
}

/** a ranks before b: a later day, or the same day and a path first in code-point order. */
function before(a: HeapEntry, b: HeapEntry): boolean {
	return a.day !== b.day ? a.day > b.day : a.source < b.source;
}

function siftUp(heap: HeapEntry[], i: number): void {
	const item = heap[i] as HeapEntry;
	while (i > 0) {
		const parent = (i - 1) >> 1;
		const p = heap[parent] as HeapEntry;
		if (!before(item, p)) break;
		heap[i] = p;
		i = parent;
	}
	heap[i] = item;
}

function siftDown(heap: HeapEntry[], i: number): void {
	const n = heap.length;
	const item = heap[i] as HeapEntry;
	for (;;) {
		const l = 2 * i + 1;
		if (l >= n) break;
		const r = l + 1;
		const child = r < n && before(heap[r] as HeapEntry, heap[l] as HeapEntry) ? r : l;
		if (!before(heap[child] as HeapEntry, item)) break;
		heap[i] = heap[child] as HeapEntry;
		i = child;
	}
	heap[i] = item;
}

function popTop(heap: HeapEntry[]): void {
	const last = heap.pop() as HeapEntry;
	if (heap.length > 0) {
		heap[0] = last;
		siftDown(heap, 0);
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

type Findings = Pick<NoteFindings, "mentions"> & Partial<Pick<NoteFindings, "promises" | "kept">>;

export class MentionIndex {
	private readonly contacts = new Map<string, ContactMentions>();
	/** Per source note: the contacts it mentions or has tasks for (to undo its last update). */
	private readonly sources = new Map<string, string[]>();

	private entry(contact: string): ContactMentions {
		let e = this.contacts.get(contact);
		if (!e) {
			e = { bySource: new Map(), heap: [], promises: null, kept: null };
			this.contacts.set(contact, e);
		}
		return e;
	}

	/** The top of a contact's heap once stale entries are dropped. */
	private top(e: ContactMentions): HeapEntry | null {
		const heap = e.heap;
		while (heap.length > 0) {
			const t = heap[0] as HeapEntry;
			const live = e.bySource.get(t.source);
			if (live && live.day === t.day) return t;
			popTop(heap);
		}
		return null;
	}

	private compact(e: ContactMentions): void {
		if (e.heap.length <= 2 * e.bySource.size + 8) return;
		e.heap = [...e.bySource.values()].map((m) => ({ day: m.day, source: m.source }));
		for (let i = (e.heap.length >> 1) - 1; i >= 0; i--) siftDown(e.heap, i);
	}

	/**
	 * Replaces what the index knows of one source note by `findings` (what a reader found in
	 * it now; empty lists when it no longer mentions anyone). Returns the contacts whose newest
	 * mention or whose task promises changed, the ones a due list has to look at again.
	 */
	update(source: string, findings: Findings): string[] {
		const mentions = groupBy(findings.mentions);
		const promises = groupBy(findings.promises ?? []);
		const kept = groupBy(findings.kept ?? []);
		const now: string[] = [...mentions.keys()];
		for (const c of promises.keys()) if (!mentions.has(c)) now.push(c);
		for (const c of kept.keys()) if (!mentions.has(c) && !promises.has(c)) now.push(c);
		const before = this.sources.get(source);
		const changed: string[] = [];
		const visit = (contact: string) => {
			const e = this.entry(contact);
			const oldTop = this.top(e);
			const oldDay = oldTop?.day;
			const oldSource = oldTop?.source;
			const oldP = e.promises?.get(source);
			const oldK = e.kept?.get(source);
			const oldTasks = oldP || oldK ? taskKey(oldP, oldK) : "";
			const mention = mentions.get(contact)?.[0];
			if (mention) {
				const had = e.bySource.get(source);
				e.bySource.set(source, mention);
				if (!had || had.day !== mention.day) {
					// The mention itself (it holds its day and source): no second object per mention.
					e.heap.push(mention);
					siftUp(e.heap, e.heap.length - 1);
				}
			} else e.bySource.delete(source);
			const p = promises.get(contact);
			const k = kept.get(contact);
			if (p) (e.promises ??= new Map()).set(source, p);
			else e.promises?.delete(source);
			if (k) (e.kept ??= new Map()).set(source, k);
			else e.kept?.delete(source);
			this.compact(e);
			const newTop = this.top(e);
			const newTasks = p || k ? taskKey(p, k) : "";
			if (oldDay !== newTop?.day || oldSource !== newTop?.source || oldTasks !== newTasks) changed.push(contact);
			if (e.bySource.size === 0 && !e.promises?.size && !e.kept?.size) this.contacts.delete(contact);
		};
		for (const contact of now) visit(contact);
		if (before) for (const contact of before) if (!now.includes(contact)) visit(contact);
		if (now.length === 0) this.sources.delete(source);
		else this.sources.set(source, now);
		return changed;
	}

	/** Forgets a source note (deleted, or no longer read). */
	remove(source: string): string[] {
		return this.update(source, { mentions: [], promises: [], kept: [] });
	}

	/** The contact's newest mention, or null. */
	newest(contact: string): NewestMention | null {
		const e = this.contacts.get(contact);
		const t = e ? this.top(e) : null;
		return t ? { day: t.day, path: t.source } : null;
	}

	/** Every mention of the contact, newest first (for the brief). */
	mentionsOf(contact: string): Mention[] {
		const e = this.contacts.get(contact);
		if (!e) return [];
		return [...e.bySource.values()].sort((a, b) => (a.day !== b.day ? b.day - a.day : a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
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
