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
import { fromYmd, isValidYmd, parseIsoDay, type Day } from "./calendar";
import type { Diagnostic } from "./diagnostics";
import { DRIFT_DAYS, usualGapOf } from "./insights/drifting";
import { yearWindowStart } from "./insights/giveTake";
import {
	isBlank,
	isIndented,
	normalizeHeadingText,
	parseHeading,
	parseHeadingSetting,
	scanCode,
	findSection,
	noteLines,
	topLevelItem,
	type HeadingSetting,
	type Line,
	type Section,
} from "./markdown";
import { findKind, type Direction, type KindSetting, type TendSettings } from "./settings";
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

// ---- what the due list keeps of a log ------------------------------------------------------

/**
 * What the due list needs of a touchpoint log, in a few numbers: a contact keeps this, not its
 * entries (at 20,000 contacts with 18 entries each, the entries were most of the plugin's
 * memory). The brief and the stats, which need every entry, read the log again on demand with
 * `readLog` over the note's text.
 *
 * "Newest" is by date; among entries of the same date, the one Tend would have written last
 * (the top one in a newest-first log, the bottom one in an oldest-first log).
 */
export interface LogDigest {
	/** Entries that count (an entry whose date does not exist does not). */
	readonly count: number;
	/** The newest entry's day. */
	readonly newest: Day | null;
	/** The earliest entry's day. */
	readonly first: Day | null;
	/** The newest day of an entry that is not an ask (a give, a neutral or an unknown kind). */
	readonly newestNotAsk: Day | null;
	/** How many asks are dated after the newest entry that is not an ask: the ask streak. */
	readonly askStreak: number;
	/** How many asks are dated after the newest give (src/core/insights/giveTake.ts, `asksSinceGive`). */
	readonly asksSinceGive: number;
	/**
	 * When `asksSinceGive` > 0: the give and ask entries of the last twelve months as of the
	 * day the note was read (the balance's window only moves forward), packed as
	 * `day * 2 + (give ? 1 : 0)`; empty otherwise.
	 */
	readonly giveAsk: readonly number[];
	/** The newest entry's direction (for the suggestion); null without entries. */
	readonly newestDirection: Direction | null;
	/**
	 * The log's own rhythm, for the "drifting" reason (src/core/insights/drifting.ts): the usual
	 * gap between the newest days with entries (`usualGapOf`), and the newest of those days.
	 * Both are as of the day the note was read: an entry dated after it does not count, and such
	 * a note is read again on that entry's day (`recheckOn`), when it starts to count. Null when
	 * fewer than DRIFT_MIN_ENTRIES days count. Two numbers instead of the days themselves: an
	 * array of them was a tenth of the memory a contact takes.
	 */
	readonly usualGap: number | null;
	readonly newestPastDay: Day | null;
	/** The newest entry's kind (the settings' spelling when it is a known kind) and summary. */
	readonly newestKind: string | null;
	readonly newestSummary: string | null;
}

const NO_GIVE_ASK: readonly number[] = Object.freeze([]);

/** The digest of a log with no entries, or of a note whose text has not been read. */
export const EMPTY_LOG: LogDigest = Object.freeze({
	count: 0,
	newest: null,
	first: null,
	newestNotAsk: null,
	askStreak: 0,
	asksSinceGive: 0,
	giveAsk: NO_GIVE_ASK,
	newestDirection: null,
	usualGap: null,
	newestPastDay: null,
	newestKind: null,
	newestSummary: null,
});

/**
 * Builds a digest from entries in note order, one `add` per entry. `newestFirst` says which of
 * two entries of the same date is the newer (see LogDigest).
 */
class DigestBuilder {
	count = 0;
	newest: Day | null = null;
	first: Day | null = null;
	newestNotAsk: Day | null = null;
	/**
	 * The days of the ask entries that can still count: later than `newestNotAsk` (for the ask
	 * streak) or than `newestGive` (asks since the last give). Both only move forward, so an
	 * ask counts for either exactly when its day is later than that day's final value: the
	 * counts are taken once, in `build`, and one list with no pruning is all it takes.
	 */
	private readonly askDays: Day[] = [];
	/** The newest distinct days not after `today` (all days when it is null), newest first, at most DRIFT_DAYS. */
	private readonly pastDays: Day[] = [];
	/** Which entry is the newest, for its kind and summary, and its direction. */
	newestIndex = -1;
	private newestDirection: Direction | null = null;
	private newestGive: Day | null = null;
	/** Give and ask entries from `since` on, packed `day * 2 + (give ? 1 : 0)`. */
	private giveAsk: number[] = [];
	/** The earliest day the give-and-take balance can still count (null: every entry). */
	private readonly since: Day | null;

	/** `today`: the day the log is read on (null: every entry counts as past). */
	constructor(
		private readonly newestFirst: boolean,
		private readonly today: Day | null,
	) {
		this.since = today === null ? null : yearWindowStart(today);
	}

	/** Whether an entry of `day` seen now is newer than one of `than` seen earlier. */
	private newer(day: Day, than: Day): boolean {
		return day > than || (day === than && !this.newestFirst);
	}

	add(day: Day, direction: Direction, index: number): void {
		this.count++;
		if (this.newest === null || this.newer(day, this.newest)) {
			this.newest = day;
			this.newestIndex = index;
			this.newestDirection = direction;
		}
		if (this.first === null || day < this.first) this.first = day;
		if (direction === "ask") {
			// Not later than both days already: it can never count.
			if (this.newestNotAsk === null || day > this.newestNotAsk || this.newestGive === null || day > this.newestGive) this.askDays.push(day);
		} else if (this.newestNotAsk === null || day > this.newestNotAsk) this.newestNotAsk = day;
		if (direction === "give" && (this.newestGive === null || day > this.newestGive)) this.newestGive = day;
		if (direction !== "neutral" && (this.since === null || day >= this.since)) this.giveAsk.push(day * 2 + (direction === "give" ? 1 : 0));
		// The newest few past days, newest first, each once: moved along in place (a splice
		// makes an array each time).
		if (this.today !== null && day > this.today) return;
		const days = this.pastDays;
		let at = days.length;
		while (at > 0 && day > (days[at - 1] as Day)) at--;
		if ((at > 0 && days[at - 1] === day) || at >= DRIFT_DAYS) return;
		if (days.length < DRIFT_DAYS) days.push(day);
		for (let k = days.length - 1; k > at; k--) days[k] = days[k - 1] as Day;
		days[at] = day;
	}

	/** How many ask entries are later than `after` (all of them when it is null). */
	private asksAfter(after: Day | null): number {
		if (after === null) return this.askDays.length;
		let n = 0;
		for (const d of this.askDays) if (d > after) n++;
		return n;
	}

	build(newestKind: string | null, newestSummary: string | null): LogDigest {
		if (this.count === 0) return EMPTY_LOG;
		const asksSinceGive = this.asksAfter(this.newestGive);
		const usualGap = usualGapOf(this.pastDays);
		return {
			count: this.count,
			newest: this.newest,
			first: this.first,
			newestNotAsk: this.newestNotAsk,
			askStreak: this.asksAfter(this.newestNotAsk),
			asksSinceGive,
			// Only needed while there are asks since the last give (the suggestion's rule).
			// A copy at its length: the digest is kept, and the builder's array has room to spare.
			giveAsk: asksSinceGive > 0 ? this.giveAsk.slice() : NO_GIVE_ASK,
			newestDirection: this.newestDirection,
			usualGap,
			newestPastDay: usualGap === null ? null : (this.pastDays[0] as Day),
			newestKind,
			newestSummary,
		};
	}
}

/** The digest of entries read with `readLog` (or built by hand), in note order. */
export function digestOf(touchpoints: readonly Touchpoint[], settings: Pick<TendSettings, "logOrder">, today: Day | null = null): LogDigest {
	const builder = new DigestBuilder(settings.logOrder !== "oldest-first", today);
	touchpoints.forEach((t, i) => builder.add(t.day, t.direction, i));
	const newest = touchpoints[builder.newestIndex];
	return builder.build(newest ? newest.kind : null, newest ? newest.summary : null);
}

export interface LogDigestRead {
	log: LogDigest;
	diagnostics: Diagnostic[];
	/**
	 * The earliest date the log warned about as lying in the future: from that day on the
	 * warning no longer holds, so the note must be read again (null: no such warning).
	 */
	recheckOn: Day | null;
}

const DEFAULT_TEMPLATE = "- {{date}} {{kind}} — {{summary}}";

interface Shape {
	dateAt: number;
	kindAt: number;
	kindEnd: number;
}

const SHAPE: Shape = { dateAt: 0, kindAt: 0, kindEnd: 0 };
const EM_DASH = 0x2014;

/** The settings' kinds, made once per list of kinds (the names and directions say which list it was made from). */
interface KindTable {
	names: string[];
	directions: Direction[];
	/** Kinds by lower-case name (the first of two that differ only in case wins, as in findKind). */
	byName: Map<string, KindSetting>;
	/** byName's keys and values, in the same order, for `kindWritten`. */
	keys: string[];
	values: KindSetting[];
}

const kindTables = new WeakMap<readonly KindSetting[], KindTable>();

function kindTable(kinds: readonly KindSetting[]): KindTable {
	let entry = kindTables.get(kinds);
	// The settings tab edits kinds in place: the table is checked against the list it was made from.
	if (entry && entry.names.length === kinds.length && kinds.every((k, i) => k.name === entry?.names[i] && k.direction === entry?.directions[i])) return entry;
	const byName = new Map<string, KindSetting>();
	for (const k of kinds) {
		const lower = k.name.toLowerCase();
		if (!byName.has(lower)) byName.set(lower, k);
	}
	entry = { names: kinds.map((k) => k.name), directions: kinds.map((k) => k.direction), byName, keys: [...byName.keys()], values: [...byName.values()] };
	kindTables.set(kinds, entry);
	return entry;
}

/**
 * The kind written at text[from, to), as `byName.get` of that text would find it, without
 * copying it out of the note: a vault has a handful of kinds, and a note's entries mostly use
 * them as they are keyed (in lower case). Undefined when no key is spelled exactly so (the
 * caller then looks the text up in lower case).
 */
function kindWritten(text: string, from: number, to: number, table: KindTable): KindSetting | undefined {
	const length = to - from;
	for (let i = 0; i < table.keys.length; i++) {
		const key = table.keys[i] as string;
		if (key.length === length && text.startsWith(key, from)) return table.values[i];
	}
	return undefined;
}

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

function isBlankChar(c: number): boolean {
	return c === 32 || c === 9;
}

/**
 * The date and kind of an entry line in the default template's exact shape
 * (`- 2026-11-20 share — summary`, the kind made of ASCII letters, digits and hyphens), read
 * from the note's text without copying the line; null for any other line, which then goes
 * through `readEntryLine`. For a line of this shape the template's own pattern matches with
 * exactly this date and kind (tests/core/logDigest.test.ts checks the two agree), so the
 * result is the same; it only skips the regular expressions for the common case.
 *
 * The answer is one object used again for every line (an object per entry was a third of
 * what reading the logs allocated): read it before the next call.
 */
function defaultShape(text: string, start: number, end: number): Shape | null {
	let i = start;
	if (text.charCodeAt(i) === 32) i++;
	const marker = text.charCodeAt(i);
	if (marker !== 45 && marker !== 42 && marker !== 43) return null;
	i++;
	if (i >= end || !isBlankChar(text.charCodeAt(i))) return null;
	while (i < end && isBlankChar(text.charCodeAt(i))) i++;
	const dateAt = i;
	if (i + 10 > end) return null;
	for (let k = 0; k < 10; k++) {
		const c = text.charCodeAt(i + k);
		if (k === 4 || k === 7 ? c !== 45 : !isDigit(c)) return null;
	}
	i += 10;
	if (i >= end || !isBlankChar(text.charCodeAt(i))) return null;
	while (i < end && isBlankChar(text.charCodeAt(i))) i++;
	const kindAt = i;
	while (i < end) {
		const c = text.charCodeAt(i);
		if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 45) i++;
		else break;
	}
	const kindEnd = i;
	if (kindEnd === kindAt || i >= end || !isBlankChar(text.charCodeAt(i))) return null;
	while (i < end && isBlankChar(text.charCodeAt(i))) i++;
	if (i >= end || text.charCodeAt(i) !== EM_DASH) return null;
	i++;
	if (i >= end || !isBlankChar(text.charCodeAt(i))) return null;
	SHAPE.dateAt = dateAt;
	SHAPE.kindAt = kindAt;
	SHAPE.kindEnd = kindEnd;
	return SHAPE;
}

/** `YYYY-MM-DD` at `at` (already checked to be digits and hyphens) as a day, or null. */
function dayAt(text: string, at: number): Day | null {
	const n = (from: number, len: number) => {
		let v = 0;
		for (let k = 0; k < len; k++) v = v * 10 + (text.charCodeAt(at + from + k) - 48);
		return v;
	};
	const year = n(0, 4);
	const month = n(5, 2);
	const dom = n(8, 2);
	return isValidYmd(year, month, dom) ? fromYmd(year, month, dom) : null;
}

// ---- the log's lines, streamed ---------------------------------------------------------------

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const INDENTED_CODE = /^(?: {4}|\t)/;

/** `^ {0,3}(=+|-+)[ \t]*$` (markdown.ts's setext underline), without a regular expression. */
function isUnderline(text: string, start: number, end: number): boolean {
	let i = start;
	while (i < end && i - start < 3 && text.charCodeAt(i) === 32) i++;
	const c = text.charCodeAt(i);
	if (i >= end || (c !== 61 && c !== 45)) return false;
	while (i < end && text.charCodeAt(i) === c) i++;
	while (i < end && isBlankChar(text.charCodeAt(i))) i++;
	return i === end;
}

/** `^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$` (markdown.ts's thematic break). */
function isThematicBreak(text: string, start: number, end: number): boolean {
	let i = start;
	while (i < end && i - start < 3 && text.charCodeAt(i) === 32) i++;
	const c = text.charCodeAt(i);
	if (i >= end || (c !== 45 && c !== 42 && c !== 95)) return false;
	let count = 0;
	for (; i < end; i++) {
		const x = text.charCodeAt(i);
		if (x === c) count++;
		else if (!isBlankChar(x)) return false;
	}
	return count >= 3;
}

/** `^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|^ {0,3}>` (markdown.ts's block start). */
function isBlockStart(text: string, start: number, end: number): boolean {
	let i = start;
	while (i < end && i - start < 3 && text.charCodeAt(i) === 32) i++;
	if (i >= end) return false;
	const c = text.charCodeAt(i);
	if (c === 62) return true;
	let after: number;
	if (c === 45 || c === 42 || c === 43) after = i + 1;
	else if (isDigit(c)) {
		let k = i;
		while (k < end && isDigit(text.charCodeAt(k))) k++;
		const x = text.charCodeAt(k);
		if (k - i > 9 || k >= end || (x !== 46 && x !== 41)) return false;
		after = k + 1;
	} else return false;
	return after === end || isBlankChar(text.charCodeAt(after));
}

/**
 * Walks a note's lines as `readLog` sees them (markdown.ts: `noteLines`, `scanCode`,
 * `findSection`, `topLevelItem`) and calls `entry` for every line of the log section that is a
 * top-level list item outside code, with its zero-based line and its offsets. It never splits
 * the note into line objects: only headings and the lines it hands over are looked at
 * closely. tests/core/logDigest.test.ts checks it against readLog on generated notes.
 */
function eachLogItem(text: string, bodyStart: number, setting: HeadingSetting, entry: (line: number, start: number, end: number) => void): void {
	const length = text.length;
	let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	let line = 0;
	let fenceChar = "";
	let fenceLength = 0;
	let para = -1;
	let paraStart = 0;
	let inBlock = false;
	let foundLevel = 0;
	let inSection = false;
	while (start < length) {
		const nl = text.indexOf("\n", start);
		const next = nl === -1 ? length : nl + 1;
		const end = nl === -1 ? length : nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
		// Fenced code (scanCode): only a line whose first character after up to three spaces is
		// a backtick or a tilde can open or close a fence.
		let masked = fenceChar !== "";
		let k = start;
		while (k < end && k - start < 3 && text.charCodeAt(k) === 32) k++;
		const f = text.charCodeAt(k);
		if (k < end && (f === 96 || f === 126)) {
			const m = FENCE.exec(text.slice(start, end));
			if (m && m[1]) {
				const rest = m[2] ?? "";
				if (fenceChar !== "") {
					if (m[1][0] === fenceChar && m[1].length >= fenceLength && rest.trim() === "") fenceChar = "";
				} else if (!(m[1][0] === "`" && rest.includes("`"))) {
					fenceChar = m[1][0] as string;
					fenceLength = m[1].length;
					masked = true;
				}
			}
		}
		if (start >= bodyStart) {
			// Headings (markdown.ts's eachHeading), then the section's items (findSection).
			let heading: { start: number; level: number; text: string } | null = null;
			if (masked) {
				para = -1;
				inBlock = false;
			} else {
				let at = start;
				while (at < end && isBlankChar(text.charCodeAt(at))) at++;
				if (at === end) {
					para = -1;
					inBlock = false;
				} else {
					const first = text.charCodeAt(at);
					const atx = first === 35 ? parseHeading(text.slice(start, end)) : null;
					if (atx) {
						para = -1;
						inBlock = false;
						heading = { start: line, level: atx.level, text: atx.text };
					} else {
						const marker = first === 45 || first === 61 || first === 42 || first === 95 || first === 43 || first === 62 || isDigit(first);
						if (marker && para >= 0 && !inBlock && isUnderline(text, start, end)) {
							const parts = text
								.slice(paraStart, start)
								.split("\n")
								.slice(0, line - para)
								.map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l).trim());
							heading = { start: para, level: text.charCodeAt(at) === 61 ? 1 : 2, text: parts.join(" ") };
							para = -1;
						} else if (marker && isThematicBreak(text, start, end)) {
							para = -1;
							inBlock = false;
						} else if (marker && isBlockStart(text, start, end)) {
							para = -1;
							inBlock = true;
						} else if (para === -1 && !inBlock && at > start && INDENTED_CODE.test(text.slice(start, end))) {
							// Indented code: not a paragraph a heading could underline.
						} else if (para === -1 && !inBlock) {
							para = line;
							paraStart = start;
						}
					}
				}
			}
			if (heading) {
				if (!inSection) {
					if (foundLevel === 0 && normalizeHeadingText(heading.text) === setting.text) {
						inSection = true;
						foundLevel = heading.level;
					}
				} else if (heading.level <= foundLevel) return;
			} else if (inSection && !masked) {
				// A top-level list item (topLevelItem): `-`, `*` or `+` after at most one space.
				let i = start;
				if (text.charCodeAt(i) === 32) i++;
				const c = text.charCodeAt(i);
				if (i < end && (c === 45 || c === 42 || c === 43) && i + 1 < end && isBlankChar(text.charCodeAt(i + 1))) entry(line, start, end);
			}
		}
		start = next;
		line++;
	}
}

/** Line terminators other than LF that make markdown.ts's `.` patterns stop short. */
const ODD_TERMINATOR = /\r(?!\n)|[\u2028\u2029]/;

/**
 * Reads what the due list needs of a note's log: the same entries, the same diagnostics and
 * in the same order as `readLog` (tests/core/logDigest.test.ts holds them to that), without
 * an object per line or per entry.
 */
export function readLogDigest(path: string, text: string, bodyStart: number, settings: TendSettings, today: Day | null): LogDigestRead {
	const builder = new DigestBuilder(settings.logOrder !== "oldest-first", today);
	const diagnostics: Diagnostic[] = [];
	const kinds = kindTable(settings.kinds);
	const fast = settings.entryTemplate === DEFAULT_TEMPLATE && !ODD_TERMINATOR.test(text);
	let recheckOn: Day | null = null;
	let newestLine = "";
	let index = 0;
	eachLogItem(text, bodyStart, parseHeadingSetting(settings.logHeading), (i, start, end) => {
		let dateAt = -1;
		let date = "";
		let kindText: string;
		let kind: KindSetting | undefined;
		let day: Day | null;
		let lineText: string | null = null;
		const shape = fast ? defaultShape(text, start, end) : null;
		if (shape) {
			dateAt = shape.dateAt;
			day = dayAt(text, dateAt);
			// A kind spelled as it is keyed (in lower case, as people mostly write them) is found
			// without copying it out of the line; any other is copied and looked up in lower case.
			// (`kindText` is read below only when no kind is found, so a found one leaves it "".)
			kind = kindWritten(text, shape.kindAt, shape.kindEnd, kinds);
			kindText = kind ? "" : text.slice(shape.kindAt, shape.kindEnd);
			kind ??= kinds.byName.get(kindText.toLowerCase());
		} else {
			lineText = text.slice(start, end);
			if (topLevelItem(lineText) === null) return;
			const fields = readEntryLine(settings.entryTemplate, lineText);
			if (!fields) return;
			date = fields.date;
			kindText = fields.kind;
			kind = kindText === "" ? undefined : (kinds.byName.get(kindText) ?? kinds.byName.get(kindText.toLowerCase()));
			day = parseIsoDay(fields.date);
		}
		// Nothing below allocates for an entry that is fine (this runs for every entry of every
		// log at start-up): the diagnostics' words and the date as written are made only for one.
		if (day === null) {
			diagnostics.push({ path, severity: "error", line: i + 1, message: `touchpoint on line ${i + 1}: ${writtenDate(text, dateAt, date)} is not a date that exists` });
			return;
		}
		if (!kind) {
			diagnostics.push({
				path,
				severity: "warning",
				line: i + 1,
				message: kindText === "" ? `touchpoint on line ${i + 1} has no kind; it counts as a neutral contact` : `touchpoint on line ${i + 1} has an unknown kind "${kindText}"; it counts as a neutral contact`,
			});
		}
		if (today !== null && day > today) {
			diagnostics.push({ path, severity: "warning", line: i + 1, message: `touchpoint on line ${i + 1} is dated in the future (${writtenDate(text, dateAt, date)})` });
			if (recheckOn === null || day < recheckOn) recheckOn = day;
		}
		const before = builder.newestIndex;
		builder.add(day, kind ? kind.direction : "neutral", index);
		if (builder.newestIndex !== before) newestLine = lineText ?? text.slice(start, end);
		index++;
	});
	let newestKind: string | null = null;
	let newestSummary: string | null = null;
	if (builder.count > 0) {
		// The newest entry's summary: that one line is read in full (a fresh copy, so the
		// digest does not keep the note's whole text alive through a slice of it).
		const fields = readEntryLine(settings.entryTemplate, newestLine);
		if (fields) {
			const kind = fields.kind === "" ? undefined : kinds.byName.get(fields.kind.toLowerCase());
			newestKind = kind ? kind.name : fields.kind;
			newestSummary = copyString(fields.summary);
		}
	}
	return { log: builder.build(newestKind, newestSummary), diagnostics, recheckOn };
}

/** An entry's date as written: at `dateAt` in the text (the fast path copies nothing), else `date`. */
function writtenDate(text: string, dateAt: number, date: string): string {
	return dateAt >= 0 ? text.slice(dateAt, dateAt + 10) : date;
}

/**
 * A copy of `s` that does not point into a larger string. V8 makes a substring of 13
 * characters or more a view of its parent, which then stays in memory as long as the view.
 */
function copyString(s: string): string {
	return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
