/**
 * The cache reader: one note's links and tasks from Obsidian's metadata cache (issue 10, item
 * 5), in the same shape as the CLI's text reader (src/core/mentions/textScan.ts), so the same
 * rules (src/core/mentions/interpret.ts) decide what they mean. No runtime import of
 * 'obsidian' here (like contactNote.ts), so the parity test can run it next to the text reader.
 *
 * What it takes from the cache (obsidian.d.ts, `CachedMetadata`), and why:
 * - `links`: every link in the body with its position. Embeds are in `embeds`, apart, so they
 *   never count. Obsidian does not parse code (blocks or inline) for links.
 * - `frontmatterLinks` (1.4.0): links in properties (`attendees: ["[[Ada]]"]` gives the key
 *   `attendees.0`); they have no position, and count like body links.
 * - `listItems`: each list item's position, its `parent` (the line of the item it is inside,
 *   or a negative number at the top level) and `task`, the checkbox's character (`' '` for an
 *   open task; undefined when the item is not a task). A link inside a task that is not done,
 *   or inside an item under one, is a plan, not a meeting.
 * - `sections`: the top-level blocks with their `type`; a link inside a `blockquote` or a
 *   `callout` is quoted, not a meeting, and a task there is quoted too.
 * What it takes from the text: comments (`%% %%`, `<!-- -->`), which the cache does not mark
 * (see src/core/mentions/hidden.ts for why Tend checks them itself), and a task's line, to read
 * its dates. The `changed` event hands over the text with the cache, so nothing is read twice.
 */
import type { Day } from "../core/calendar";
import { noteDate } from "../core/mentions/datedNote";
import type { DailyNotesFormat } from "../core/mentions/dailyNotes";
import { hiddenParts, inSpans } from "../core/mentions/hidden";
import { contactOfLink, interpretScan, noFindings, type NoteFindings } from "../core/mentions/interpret";
import type { LinkResolver } from "../core/mentions/resolve";
import type { NoteScan, ScannedLink, ScannedTask, Span } from "../core/mentions/scan";
import { taskCheckbox, taskState, type TaskState } from "../core/mentions/taskLine";
import type { MentionSettings } from "../core/settings";

interface Loc {
	line: number;
	col: number;
	offset: number;
}

interface Pos {
	start: Loc;
	end: Loc;
}

/** The parts of Obsidian's CachedMetadata that the mention reader uses. */
export interface MentionCacheView {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: Pos;
	links?: readonly { link: string; position: Pos }[];
	frontmatterLinks?: readonly { key: string; link: string }[];
	listItems?: readonly { task?: string | undefined; parent: number; position: Pos }[];
	sections?: readonly { type: string; position: Pos }[];
}

type Item = NonNullable<MentionCacheView["listItems"]>[number];

/** Where the body starts: the line after the frontmatter's closing line. */
function bodyStartOf(text: string, cache: MentionCacheView): number {
	const end = cache.frontmatterPosition?.end.offset;
	if (end === undefined) return text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const nl = text.indexOf("\n", end);
	return nl === -1 ? text.length : nl + 1;
}

type Ranges = readonly (readonly [number, number])[];

const NO_RANGES: Ranges = [];
const NO_SECTIONS = { quoted: NO_RANGES, code: NO_RANGES };
const NO_SECTION_LIST: NonNullable<MentionCacheView["sections"]> = [];

/**
 * Lines of quoted blocks (blockquotes, callouts) and of code blocks, each a sorted list of
 * [first, last] line ranges: one pass over the sections. Most notes have neither, and then
 * nothing is made (this runs for every note the mentions' scan reads).
 */
function sectionLines(cache: MentionCacheView): { quoted: Ranges; code: Ranges } {
	let quoted: [number, number][] | null = null;
	let code: [number, number][] | null = null;
	for (const s of cache.sections ?? NO_SECTION_LIST) {
		if (s.type === "code") (code ??= []).push([s.position.start.line, s.position.end.line]);
		else if (s.type === "blockquote" || s.type === "callout") (quoted ??= []).push([s.position.start.line, s.position.end.line]);
	}
	return quoted || code ? { quoted: quoted ?? NO_RANGES, code: code ?? NO_RANGES } : NO_SECTIONS;
}

function inRanges(ranges: Ranges, line: number): boolean {
	let lo = 0;
	let hi = ranges.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const [a, b] = ranges[mid] as readonly [number, number];
		if (line < a) hi = mid - 1;
		else if (line > b) lo = mid + 1;
		else return true;
	}
	return false;
}

const NO_SPANS: readonly Span[] = [];
const NO_ITEMS: readonly Item[] = [];

/** The list items by their first line: the cache lists them in that order already, so most notes need no copy. */
function itemsInOrder(items: readonly Item[]): readonly Item[] {
	for (let i = 1; i < items.length; i++) {
		if ((items[i - 1] as Item).position.start.line > (items[i] as Item).position.start.line) {
			return [...items].sort((a, b) => a.position.start.line - b.position.start.line);
		}
	}
	return items;
}

/**
 * Whether the body may hold inline code or a comment. Without a backtick, `%%` or `<!--`
 * after `from` it holds neither, and the note's text need not be split into lines: most
 * notes (daily notes, meeting notes) take this way, which three searches of the text decide.
 */
function mayHide(text: string, from: number): boolean {
	return text.indexOf("`", from) !== -1 || text.indexOf("%%", from) !== -1 || text.indexOf("<!--", from) !== -1;
}

/** A line of the text, by an offset inside it: where it starts and what it says (without its line ending). */
function lineAround(text: string, offset: number): { start: number; text: string } {
	const start = text.lastIndexOf("\n", offset - 1) + 1;
	const nl = text.indexOf("\n", start);
	const end = nl === -1 ? text.length : nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
	return { start, text: text.slice(start, end) };
}

/** The note's links and tasks from its cache and its text. */
export function scanCache(cache: MentionCacheView, text: string): NoteScan {
	const bodyStart = bodyStartOf(text, cache);
	const hidden = mayHide(text, bodyStart) ? hiddenParts(text, bodyStart) : null;
	const spans = hidden ? hidden.spans : NO_SPANS;
	const { quoted, code } = sectionLines(cache);
	const items = itemsInOrder(cache.listItems ?? NO_ITEMS);
	// Made only when an item inside another is looked at: most links sit in top-level items or none.
	let byLine: Map<number, Item> | null = null;
	const parentOf = (item: Item): Item | undefined => {
		// A top-level item's `parent` is minus the line of its list's first item, so a list on
		// the note's first line gives 0 (or -0), which is not below 0: that item would be its own
		// parent, and the walks up from an item would never end. An item's real parent always
		// starts on an earlier line.
		if (item.parent < 0 || item.parent >= item.position.start.line) return undefined;
		if (!byLine) {
			byLine = new Map();
			for (const it of items) byLine.set(it.position.start.line, it);
		}
		return byLine.get(item.parent);
	};

	/** The innermost list item holding the line, by the last item starting at or before it, then its parents. */
	const itemAt = (line: number): Item | null => {
		let lo = 0;
		let hi = items.length - 1;
		let found = -1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if ((items[mid] as Item).position.start.line <= line) {
				found = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		let item: Item | undefined = found === -1 ? undefined : items[found];
		while (item && item.position.end.line < line) item = parentOf(item);
		return item ?? null;
	};
	const deciding = (item: Item | null): TaskState | null => {
		for (let at: Item | undefined = item ?? undefined; at; at = parentOf(at)) {
			if (at.task !== undefined) return taskState(at.task);
		}
		return null;
	};

	const links: ScannedLink[] = (cache.frontmatterLinks ?? []).map((l) => ({ link: l.link, line: null, counts: true }));
	const onLine = new Map<number, string[]>();
	for (const l of cache.links ?? []) {
		const line = l.position.start.line;
		if (inSpans(spans, l.position.start.offset) || inRanges(code, line)) continue;
		const state = deciding(itemAt(line));
		links.push({ link: l.link, line, counts: !inRanges(quoted, line) && (state === null || state === "done") });
		const list = onLine.get(line);
		if (list) list.push(l.link);
		else onLine.set(line, [l.link]);
	}
	const tasks: ScannedTask[] = [];
	for (const item of items) {
		if (item.task === undefined) continue;
		const line = item.position.start.line;
		const at = hidden ? hidden.lines[line] : lineAround(text, item.position.start.offset);
		const lineText = at?.text ?? "";
		const box = taskCheckbox(lineText);
		if (inRanges(quoted, line) || !box || inSpans(spans, (at?.start ?? 0) + box.statusAt)) continue;
		tasks.push({ line, status: item.task, text: lineText, links: onLine.get(line) ?? [] });
	}
	return { links, tasks };
}

export interface CacheNoteContext {
	settings: MentionSettings;
	daily: DailyNotesFormat | null;
	today: Day;
	resolver: LinkResolver;
	isContact: (path: string) => boolean;
}

/** Whether the note links anything, in its body or its properties. */
function hasLinks(cache: MentionCacheView): boolean {
	return (cache.links?.length ?? 0) > 0 || (cache.frontmatterLinks?.length ?? 0) > 0;
}

function hasTasks(cache: MentionCacheView): boolean {
	return cache.listItems !== undefined && cache.listItems.some((i) => i.task !== undefined);
}

/**
 * Whether a note can say anything about contacts, by its cache alone, before its text is read:
 * it must have a link, and a mention needs a dated note while a promise or a kept task needs a
 * task. So a note with no date and no task (a contact note, a topic, most meeting notes) need
 * not be read. It may say yes for a note that gives nothing, never no for one that gives
 * something: a contact note is taken for one that is not (a contact has no date, and who is a
 * contact may change while the plugin scans).
 */
export function mayMention(path: string, cache: MentionCacheView, settings: MentionSettings, daily: DailyNotesFormat | null): boolean {
	if (!settings.enabled || !hasLinks(cache)) return false;
	return hasTasks(cache) || noteDate(path, cache.frontmatter ?? null, settings, daily, false) !== null;
}

/** What one note's cache and text say about contacts: its mentions, task promises and kept tasks. */
export function mentionsFromCache(path: string, cache: MentionCacheView, text: string, ctx: CacheNoteContext): NoteFindings {
	if (!ctx.settings.enabled) return noFindings();
	// Every mention, task promise and kept task (and a task's date warning) comes from a link
	// to a contact: a note with none, as most notes linking only ideas and projects are, is
	// done with one lookup per link, and neither its text nor its list items are looked at.
	// The contact check and the rules ask for the same links: each is resolved once per note.
	const resolver = resolvingOnce(ctx.resolver, path);
	const at = { path, resolver, isContact: ctx.isContact };
	const linksContact = (links: readonly { link: string }[] | undefined) => links !== undefined && links.some((l) => contactOfLink(l.link, at) !== null);
	if (!linksContact(cache.links) && !linksContact(cache.frontmatterLinks)) return noFindings();
	// Then, as mayMention says: no date and no task, nothing to find.
	const date = noteDate(path, cache.frontmatter ?? null, ctx.settings, ctx.daily, ctx.isContact(path));
	if (date === null && !hasTasks(cache)) return noFindings();
	return interpretScan(scanCache(cache, text), { path, date, today: ctx.today, resolver, isContact: ctx.isContact });
}

/** A resolver for the links of the note at `source` that asks `inner` once per link path: a note links the same people many times. */
function resolvingOnce(inner: LinkResolver, source: string): LinkResolver {
	const seen = new Map<string, string | null>();
	return {
		resolve(linkpath, sourcePath) {
			if (sourcePath !== source) return inner.resolve(linkpath, sourcePath);
			let target = seen.get(linkpath);
			if (target === undefined) {
				target = inner.resolve(linkpath, sourcePath);
				seen.set(linkpath, target);
			}
			return target;
		},
	};
}
