/**
 * Inserting one touchpoint entry under the log heading, keeping the section in date order
 * (the `logOrder` setting): newest first, a new entry goes above the entries of the same
 * or an earlier date; oldest first, it goes below the entries of the same or an earlier
 * date. Without the heading, the heading and the entry are appended at the end of the note,
 * after a blank line. Nothing else in the note changes: one line is inserted (two or three
 * when the heading is added), in the note's own line ending.
 *
 * The entry is planned as one splice (`planEntry`), so a chained edit (requests.ts) can plan
 * it after its frontmatter changes and still return exact splices.
 */
import { parseIsoDay, type Day } from "../calendar";
import { asParsedNote, locateFrontmatter, type NoteSource } from "../frontmatter";
import { entryBlockEnd } from "../log";
import { detectEol, findSection, isBlank, parseHeadingSetting, scanCode, noteLines, topLevelItem, type Line } from "../markdown";
import type { TendSettings } from "../settings";
import { readEntryLine } from "../template";
import { finishEdit } from "./plan";
import { refuse, type EditRefused, type EditResult } from "./result";
import type { Splice } from "./splices";

/** The heading line to write: the setting, with `## ` added when it has no level. */
export function headingLine(setting: string): string {
	const trimmed = setting.trim();
	return /^#{1,6}[ \t]/.test(trimmed) ? trimmed : `## ${trimmed}`;
}

/**
 * Plans inserting `line` (a rendered entry, no line ending) for `day` into the log of `text`:
 * one splice, an insertion.
 */
export function planEntry(text: string, line: string, day: Day, settings: TendSettings): { ok: true; splice: Splice } | EditRefused {
	if (/[\r\n]/.test(line)) return refuse("a touchpoint entry must be one line");
	const eol = detectEol(text);
	const lines = noteLines(text);
	const block = locateFrontmatter(text);
	let firstBody = 0;
	if (block) while (firstBody < lines.length && (lines[firstBody] as Line).start < block.bodyStart) firstBody++;
	const scan = scanCode(lines);
	const section = findSection(lines, scan.mask, parseHeadingSetting(settings.logHeading), firstBody);
	const insert = (offset: number, inserted: string) => ({ ok: true as const, splice: { from: offset, to: offset, insert: inserted } });
	const end = text.length;

	if (!section) {
		if (scan.openAtEnd) {
			let open = lines.length - 1;
			while (open > 0 && scan.mask[open - 1]) open--;
			return refuse(`the note ends inside a code block that is never closed (from line ${open + 1}), so a log heading added at the end would be part of it; close the code block or add a "${headingLine(settings.logHeading)}" heading`, open + 1);
		}
		const heading = headingLine(settings.logHeading);
		if (text === "" || text === "\uFEFF") return insert(end, `${heading}${eol}${line}${eol}`);
		const lastLine = lines[lines.length - 1];
		const endsWithBlank = lastLine !== undefined && isBlank(lastLine.text);
		if (text.endsWith("\n")) return insert(end, `${endsWithBlank ? "" : eol}${heading}${eol}${line}${eol}`);
		// No final newline: the note keeps ending without one.
		return insert(end, `${eol}${endsWithBlank ? "" : eol}${heading}${eol}${line}`);
	}

	const entries: { index: number; day: Day }[] = [];
	for (let i = section.first; i < section.end; i++) {
		if (scan.mask[i]) continue;
		const l = lines[i] as Line;
		if (topLevelItem(l.text) === null) continue;
		const fields = readEntryLine(settings.entryTemplate, l.text);
		const d = fields ? parseIsoDay(fields.date) : null;
		if (d !== null) entries.push({ index: i, day: d });
	}
	const newestFirst = settings.logOrder !== "oldest-first";
	const before = entries.find((e) => (newestFirst ? e.day <= day : e.day > day));
	if (before) return insert((lines[before.index] as Line).start, line + eol);
	const last = entries[entries.length - 1];
	const afterLine = last ? entryBlockEnd(lines, last.index, section.end) - 1 : section.heading;
	const anchor = lines[afterLine] as Line;
	// The anchor is the last line and has no line ending: the entry becomes the last line.
	if (anchor.next === anchor.end) return insert(end, eol + line);
	return insert(anchor.next, line + eol);
}

/** Inserts `line` (a rendered entry, no line ending) for `day` into the note's log. */
export function insertEntry(note: NoteSource, line: string, day: Day, settings: TendSettings): EditResult {
	return finishEdit(asParsedNote(note), [], { body: (text) => planEntry(text, line, day, settings) });
}
