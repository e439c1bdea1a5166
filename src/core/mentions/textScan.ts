/**
 * The text reader: one note's links and tasks from its text, as Obsidian's metadata cache
 * would list them (for the CLI, which has no cache). One pass over the lines, so its cost is
 * proportional to the note.
 *
 * The structure it needs, read as CommonMark reads it:
 * - list items and their nesting: an item is inside another when it is indented to the other's
 *   text (`- [ ] Plan` then `  - with [[Ada]]`); a line that is not an item continues the item
 *   above when it is indented to its text, or directly follows it (a lazy continuation line);
 *   after a blank line, a line that is not indented ends the list;
 * - quotes and callouts: lines starting with `>` at the top level (not inside a list item),
 *   with the lazy continuation lines that follow them, up to a blank line;
 * - code, comments and inline code from hidden.ts.
 * Not read: four-space indented code blocks (read as text), setext headings' underlines (text).
 */
import type { Day } from "../calendar";
import type { MentionSettings } from "../settings";
import type { DailyNotesFormat } from "./dailyNotes";
import { frontmatterMayDate, noteDate, type NoteDate } from "./datedNote";
import { yamlMayHold } from "../frontmatter";
import { interpretScan, noFindings, type NoteFindings } from "./interpret";
import { frontmatterValueLink, linksInLine } from "./links";
import type { LinkResolver } from "./resolve";
import { hiddenParts, inSpans } from "./hidden";
import type { NoteScan, ScannedLink, ScannedTask } from "./scan";
import { mayHoldTask, taskCheckbox, taskState, type TaskState } from "./taskLine";

interface OpenItem {
	/** Column where the item's text starts: lines indented this far belong to it. */
	contentCol: number;
	/** The innermost task state among this item and its parents, or null when none is a task. */
	deciding: TaskState | null;
}

const ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/** Columns of leading white space (a tab to the next multiple of 4). */
function indentOf(text: string): number {
	let col = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 32) col++;
		else if (c === 9) col += 4 - (col % 4);
		else break;
	}
	return col;
}

/** Links in frontmatter values: a value, or an item of a list value, that is one wikilink. */
export function frontmatterLinks(frontmatter: Record<string, unknown> | null): string[] {
	const out: string[] = [];
	if (!frontmatter) return out;
	for (const value of Object.values(frontmatter)) {
		for (const item of Array.isArray(value) ? value : [value]) {
			const link = frontmatterValueLink(item);
			if (link) out.push(link.link);
		}
	}
	return out;
}

/**
 * Whether a note's frontmatter could matter to its mentions, from the YAML source alone: a
 * link value (`"[[Ada]]"`, which holds `[[` as written) or a date property. False means
 * mentionsFromText says the same with these properties as with none.
 */
export function frontmatterMayMention(source: string, settings: MentionSettings): boolean {
	if (!settings.enabled) return false;
	return yamlMayHold(source, ["[["]) || frontmatterMayDate(source, settings);
}

/**
 * The note's links and tasks. `frontmatter` is the note's parsed properties (null when it has
 * none or they do not parse), `bodyStart` the offset where its body begins.
 */
export function scanText(text: string, frontmatter: Record<string, unknown> | null, bodyStart: number): NoteScan {
	const links: ScannedLink[] = frontmatterLinks(frontmatter).map((link) => ({ link, line: null, counts: true }));
	const tasks: ScannedTask[] = [];
	const { lines, firstBody, code, commented, spans } = hiddenParts(text, bodyStart);
	const items: OpenItem[] = [];
	let inQuote = false;
	let prevBlank = true;
	for (let i = firstBody; i < lines.length; i++) {
		const line = lines[i] as (typeof lines)[number];
		const t = line.text;
		if (code[i] || commented[i]) {
			// A fence at the top level ends a list and a quote; one inside an item keeps them.
			if (code[i] && (items.length === 0 || indentOf(t) < (items[items.length - 1] as OpenItem).contentCol)) {
				items.length = 0;
				inQuote = false;
			}
			prevBlank = false;
			continue;
		}
		if (t.trim() === "") {
			prevBlank = true;
			inQuote = false;
			continue;
		}
		const col = indentOf(t);
		const top = (): OpenItem | undefined => items[items.length - 1];
		const item = THEMATIC.test(t) ? null : ITEM.exec(t);
		let task: ReturnType<typeof taskCheckbox> = null;
		if (item) {
			inQuote = false;
			while ((top()?.contentCol ?? -1) > col) items.pop();
			const marker = (item[2] ?? "").length;
			const gap = item[3] === "" ? 1 : indentOf(`${" ".repeat(col + marker)}${item[3] ?? ""}`) - col - marker;
			const contentCol = col + marker + (gap >= 1 && gap <= 4 ? gap : 1);
			task = taskCheckbox(t);
			const own = task && !inSpans(spans, line.start + task.statusAt) ? taskState(task.status) : null;
			if (own === null) task = null;
			items.push({ contentCol, deciding: own ?? top()?.deciding ?? null });
		} else {
			const under = items.length > 0 && col >= (top() as OpenItem).contentCol;
			const interrupts = HEADING.test(t) || THEMATIC.test(t);
			if (/^ {0,3}>/.test(t) && !under) {
				items.length = 0;
				inQuote = true;
			} else if (items.length > 0 && !under) {
				if (prevBlank || interrupts) {
					while ((top()?.contentCol ?? -1) > col) items.pop();
				}
				// else: a lazy continuation line of the item above.
			} else if (under) {
				while ((top()?.contentCol ?? -1) > col) items.pop();
			}
			if (inQuote && interrupts) inQuote = false;
		}
		prevBlank = false;
		const deciding = top()?.deciding ?? null;
		const counts = !inQuote && (deciding === null || deciding === "done");
		const found = t.includes("[") ? linksInLine(t) : [];
		const onLine: string[] = [];
		for (const l of found) {
			if (l.embed || inSpans(spans, line.start + l.start)) continue;
			links.push({ link: l.link, line: i, counts });
			onLine.push(l.link);
		}
		if (task) tasks.push({ line: i, status: task.status, text: t, links: onLine });
	}
	return { links, tasks };
}

export interface TextNoteContext {
	settings: MentionSettings;
	daily: DailyNotesFormat | null;
	today: Day;
	resolver: LinkResolver;
	isContact: (path: string) => boolean;
}

/** The scan of a note with no link and no task. */
const NOTHING_SCANNED: NoteScan = { links: [], tasks: [] };

/**
 * The part of the mention rules that needs only the note itself, not the vault: its day when
 * it is a dated note, and its links and tasks. A note that is not dated (contact notes,
 * projects, most notes) mentions nobody by its links, so only its tasks can matter: one with
 * no line that could be a task is not scanned at all.
 */
export function scanNoteText(
	path: string,
	text: string,
	frontmatter: Record<string, unknown> | null,
	bodyStart: number,
	settings: MentionSettings,
	daily: DailyNotesFormat | null,
	isContact: boolean,
): { date: NoteDate | null; scan: NoteScan } {
	const date = noteDate(path, frontmatter, settings, daily, isContact);
	return { date, scan: date === null && !mayHoldTask(text) ? NOTHING_SCANNED : scanText(text, frontmatter, bodyStart) };
}

/** What one note's text says about contacts (the CLI's counterpart of the plugin's mentionsFromCache). */
export function mentionsFromText(path: string, text: string, frontmatter: Record<string, unknown> | null, bodyStart: number, ctx: TextNoteContext): NoteFindings {
	if (!ctx.settings.enabled) return noFindings();
	const { date, scan } = scanNoteText(path, text, frontmatter, bodyStart, ctx.settings, ctx.daily, ctx.isContact(path));
	return interpretScan(scan, { path, date, today: ctx.today, resolver: ctx.resolver, isContact: ctx.isContact });
}
