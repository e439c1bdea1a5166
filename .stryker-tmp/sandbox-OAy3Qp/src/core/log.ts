/**
 * The touchpoint log: list items under the log heading that start with a date and a kind.
 *
 * ```
 * ## Touchpoints
 * - 2026-11-20 share — Sent the EU AI Act summary (1h)
 * - 2026-10-02 ask: Asked for an intro to their CFO
 * ```
 *
 * Entries written by hand count the same as entries Tend writes, so the reader is lenient
 * about what people type around the date and the kind: a task checkbox, a `[[2026-11-20]]`
 * daily-note link, `**bold**`, a `#call` tag, and any of `—`, `–`, `-` or `:` after the kind.
 */
// @ts-nocheck

import { parseIsoDay, type Day } from "./calendar";
import type { Diagnostic } from "./diagnostics";
import { isBlank, isIndented, parseHeadingSetting, scanCode, findSection, noteLines, topLevelItem, type Line, type Section } from "./markdown";
import { findKind, type Direction, type TendSettings } from "./settings";
import { parseHoursText, readEntryLine } from "./template";

export interface EntryFields {
	/** `YYYY-MM-DD` as written (it may name a day that does not exist). */
	date: string;
	/** As written, without decoration; "" when the entry has none. */
	kind: string;
	summary: string;
	/** Time spent, in hours, or null. */
	hours: number | null;
}

export interface Touchpoint extends EntryFields {
	day: Day;
	direction: Direction;
	/** Whether the kind is one of the settings' kinds. */
	knownKind: boolean;
	/** Zero-based line of the entry in the note. */
	line: number;
}

const DATE_START = /^(?:\[[ xX]\][ \t]+)?(\*\*|__)?(\[\[)?(\d{4}-\d{2}-\d{2})(?:\|[^\]]*)?(?:\]\])?(?:\*\*|__)?:?(?:[ \t]+|$)/;
const SEPARATOR = /^(?:—|–|-|:)(?:[ \t]+|$)/;
const HOURS_AT_END = /[ \t]*\(([^()]*)\)[ \t]*$/;

/** A kind without what people wrap it in: `**call**`, `#call`, `call:`. */
export function cleanKind(token: string): string {
	return token
		.replace(/[:,]+$/, "")
		.replace(/^(\*\*|__|\*|_|`)+/, "")
		.replace(/(\*\*|__|\*|_|`)+$/, "")
		.replace(/^#/, "")
		.replace(/[:,]+$/, "");
}

/** A summary without a leading separator (`— Sent it` -> `Sent it`). */
export function cleanSummaryStart(summary: string): string {
	return summary.replace(SEPARATOR, "").trim();
}

/** Reads the text of a list item (without its marker) as an entry, or null. */
export function parseEntryText(content: string): EntryFields | null {
	const dm = DATE_START.exec(content);
	if (!dm) return null;
	let rest = content.slice(dm[0].length);
	let kind = "";
	if (!SEPARATOR.test(rest)) {
		// The kind ends at white space or at a separator written without spaces
		// (`call—Coffee`, `call:Coffee`); a hyphen belongs to the kind (`check-in`).
		const km = /^[^\s—–:]+/.exec(rest);
		if (km) {
			kind = cleanKind(km[0]);
			rest = rest.slice(km[0].length);
			if (/^[—–:]/.test(rest)) rest = rest.slice(1);
			rest = rest.replace(/^[ \t]+/, "");
		}
	}
	rest = rest.replace(SEPARATOR, "");
	let summary = rest.trim();
	let hours: number | null = null;
	const hm = HOURS_AT_END.exec(summary);
	if (hm) {
		const parsed = parseHoursText(hm[1] ?? "");
		if (parsed !== null) {
			hours = parsed;
			summary = summary.slice(0, hm.index).trim();
		}
	}
	return { date: dm[3] ?? "", kind, summary, hours };
}

export interface LogRead {
	/** The log section, or null when the note has no log heading. */
	section: Section | null;
	lines: Line[];
	touchpoints: Touchpoint[];
	diagnostics: Diagnostic[];
}

/**
 * Reads the log of a note. `text` is the whole note; `bodyStart` is the offset where the body
 * begins (after the frontmatter), so line numbers are the note's own.
 */
export function readLog(path: string, text: string, bodyStart: number, settings: TendSettings, today: Day | null): LogRead {
	const lines = noteLines(text);
	let firstBodyLine = 0;
	while (firstBodyLine < lines.length && (lines[firstBodyLine] as Line).start < bodyStart) firstBodyLine++;
	const { mask } = scanCode(lines);
	const section = findSection(lines, mask, parseHeadingSetting(settings.logHeading), firstBodyLine);
	const touchpoints: Touchpoint[] = [];
	const diagnostics: Diagnostic[] = [];
	if (!section) return { section, lines, touchpoints, diagnostics };
	for (let i = section.first; i < section.end; i++) {
		if (mask[i]) continue;
		const line = lines[i] as Line;
		if (topLevelItem(line.text) === null) continue;
		const fields = readEntryLine(settings.entryTemplate, line.text);
		if (!fields) continue;
		const where = `line ${i + 1}`;
		const day = parseIsoDay(fields.date);
		if (day === null) {
			diagnostics.push({
				path,
				severity: "error",
				line: i + 1,
				message: `touchpoint on ${where}: ${fields.date} is not a date that exists`,
			});
			continue;
		}
		const kind = fields.kind === "" ? undefined : findKind(settings, fields.kind);
		if (!kind) {
			diagnostics.push({
				path,
				severity: "warning",
				line: i + 1,
				message:
					fields.kind === ""
						? `touchpoint on ${where} has no kind; it counts as a neutral contact`
						: `touchpoint on ${where} has an unknown kind "${fields.kind}"; it counts as a neutral contact`,
			});
		}
		if (today !== null && day > today) {
			diagnostics.push({ path, severity: "warning", line: i + 1, message: `touchpoint on ${where} is dated in the future (${fields.date})` });
		}
		// One object shape for every entry keeps the scheduler's loops over them fast.
		touchpoints.push({
			date: fields.date,
			kind: kind ? kind.name : fields.kind,
			summary: fields.summary,
			hours: fields.hours,
			day,
			direction: kind ? kind.direction : "neutral",
			knownKind: kind !== undefined,
			line: i,
		});
	}
	return { section, lines, touchpoints, diagnostics };
}

/**
 * Where an entry's block ends: its own line, then its indented notes and continuation
 * lines (blank lines count only when more indented lines follow).
 */
export function entryBlockEnd(lines: readonly Line[], entry: number, limit: number): number {
	let end = entry + 1;
	let probe = end;
	while (probe < limit) {
		const text = (lines[probe] as Line).text;
		if (isBlank(text)) {
			probe++;
			continue;
		}
		if (!isIndented(text)) break;
		probe++;
		end = probe;
	}
	return end;
}
