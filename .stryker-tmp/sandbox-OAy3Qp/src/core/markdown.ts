/**
 * Just enough markdown structure for Tend: lines with their exact offsets, fenced code
 * blocks, ATX headings, and the section under a heading. Reading and editing share it, so
 * the entry Tend inserts lands where the reader will find it.
 */
// @ts-nocheck


export interface Line {
	/** Offset of the first character. */
	start: number;
	/** Offset just past the last character, before the line ending. */
	end: number;
	/** Offset just past the line ending (equals `end` on a last line without one). */
	next: number;
	text: string;
}

/** Splits on LF and CRLF, keeping every offset, so that edits can splice bytes exactly. */
export function splitLines(text: string, from = 0): Line[] {
	const lines: Line[] = [];
	let start = from;
	while (start < text.length) {
		const nl = text.indexOf("\n", start);
		if (nl === -1) {
			lines.push({ start, end: text.length, next: text.length, text: text.slice(start) });
			break;
		}
		const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
		lines.push({ start, end, next: nl + 1, text: text.slice(start, end) });
		start = nl + 1;
	}
	return lines;
}

/** The lines of a whole note, after its byte-order mark if it has one. */
export function noteLines(text: string): Line[] {
	return splitLines(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
}

/** The note's own line ending: CRLF when its first line ending is CRLF, else LF. */
export function detectEol(text: string): "\n" | "\r\n" {
	const nl = text.indexOf("\n");
	return nl > 0 && text.charCodeAt(nl - 1) === 13 ? "\r\n" : "\n";
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;

export interface Heading {
	level: number;
	text: string;
}

/** An ATX heading (`## Touchpoints`, `## Touchpoints ##`), or null. */
export function parseHeading(line: string): Heading | null {
	const m = HEADING.exec(line);
	if (!m || !m[1]) return null;
	let text = m[2] ?? "";
	// A closing run of #s preceded by a space is not part of the text.
	text = text.replace(/(^|[ \t]+)#+$/, "").trim();
	return { level: m[1].length, text };
}

export function normalizeHeadingText(text: string): string {
	return text.trim().replace(/\s+/g, " ").toLowerCase();
}

export interface CodeScan {
	/** For each line, whether it is inside (or delimits) a fenced code block. */
	mask: boolean[];
	/** Whether a fence is still open after the last line (it then runs to the end). */
	openAtEnd: boolean;
}

/**
 * Fenced code blocks per CommonMark: a fence closes on a line of the same character, at
 * least as long, with nothing after it. A fence left open runs to the end of the note.
 */
export function scanCode(lines: readonly Line[]): CodeScan {
	const mask: boolean[] = new Array<boolean>(lines.length).fill(false);
	let open: { char: string; length: number } | null = null;
	for (let i = 0; i < lines.length; i++) {
		const m = FENCE_OPEN.exec((lines[i] as Line).text);
		if (open) {
			mask[i] = true;
			if (m && m[1] && m[1][0] === open.char && m[1].length >= open.length && (m[2] ?? "").trim() === "") {
				open = null;
			}
		} else if (m && m[1] && !(m[1][0] === "`" && (m[2] ?? "").includes("`"))) {
			// (A backtick fence's info string may not contain a backtick.)
			open = { char: m[1][0] as string, length: m[1].length };
			mask[i] = true;
		}
	}
	return { mask, openAtEnd: open !== null };
}

export interface HeadingSetting {
	level: number;
	text: string;
}

/** `## Touchpoints` -> level 2, "touchpoints". Without #s the level is 2. */
export function parseHeadingSetting(setting: string): HeadingSetting {
	const h = parseHeading(setting.trim());
	if (h && h.text !== "") return { level: h.level, text: normalizeHeadingText(h.text) };
	return { level: 2, text: normalizeHeadingText(setting.replace(/^#+/, "")) };
}

export interface Section {
	/**
	 * Index of the heading's last line: the `## Touchpoints` line, or the `-----` / `=====`
	 * underline of a setext heading. What follows the heading starts on the next line.
	 */
	heading: number;
	/** Index of the heading's first line (the text line of a setext heading). */
	headingStart: number;
	level: number;
	/** First line after the heading. */
	first: number;
	/** One past the last line of the section. */
	end: number;
}

/** A heading found in the note: its lines (one for ATX, two or more for setext), level and text. */
interface FoundHeading {
	start: number;
	last: number;
	level: number;
	text: string;
}

const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BLOCK_START = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|^ {0,3}>/;

/**
 * Calls `visit` for each heading from `fromLine` on, in order, until it returns true. Both
 * kinds of CommonMark heading count: ATX (`## Touchpoints`) and setext (a paragraph over a
 * line of `=` for level 1 or `-` for level 2), so a log under
 *
 * ```
 * Touchpoints
 * -----------
 * ```
 *
 * is found by the reader and written to by the writer alike. A `---` line after a blank line
 * is a thematic break, not a heading, and neither is one after a list item or a quote (it
 * cannot underline a paragraph that belongs to them). Lines inside code blocks do not count.
 */
function eachHeading(lines: readonly Line[], mask: readonly boolean[], fromLine: number, visit: (h: FoundHeading) => boolean): void {
	// The first line of the paragraph being read, or -1; and whether text now continues a list
	// item or a quote rather than a paragraph of its own.
	let para = -1;
	let inBlock = false;
	for (let i = fromLine; i < lines.length; i++) {
		if (mask[i]) {
			para = -1;
			inBlock = false;
			continue;
		}
		const text = (lines[i] as Line).text;
		// Most lines are text: look at the first character before trying any pattern.
		let at = 0;
		while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
		if (at === text.length) {
			para = -1;
			inBlock = false;
			continue;
		}
		const first = text.charAt(at);
		const atx = first === "#" ? parseHeading(text) : null;
		if (atx) {
			para = -1;
			inBlock = false;
			if (visit({ start: i, last: i, level: atx.level, text: atx.text })) return;
			continue;
		}
		const marker = first === "-" || first === "=" || first === "*" || first === "_" || first === "+" || first === ">" || (first >= "0" && first <= "9");
		const underline = marker ? SETEXT_UNDERLINE.exec(text) : null;
		if (underline && para >= 0 && !inBlock) {
			const parts: string[] = [];
			for (let j = para; j < i; j++) parts.push((lines[j] as Line).text.trim());
			const level = (underline[1] ?? "").startsWith("=") ? 1 : 2;
			const start = para;
			para = -1;
			if (visit({ start, last: i, level, text: parts.join(" ") })) return;
			continue;
		}
		if (marker && THEMATIC_BREAK.test(text)) {
			para = -1;
			inBlock = false;
			continue;
		}
		if (marker && BLOCK_START.test(text)) {
			para = -1;
			inBlock = true;
			continue;
		}
		// Indented four columns with no paragraph open: a code block, not a heading's text.
		if (para === -1 && !inBlock && at > 0 && /^(?: {4}|\t)/.test(text)) continue;
		if (para === -1 && !inBlock) para = i;
	}
}

/**
 * The section under the first heading whose text matches the setting (case and spacing
 * aside), at any level: a user who wrote `### Touchpoints` under `## Work` means the same
 * log. It runs to the next heading of the same or a higher level. Headings inside code
 * blocks do not count.
 */
export function findSection(
	lines: readonly Line[],
	mask: readonly boolean[],
	setting: HeadingSetting,
	fromLine = 0,
): Section | null {
	let found: FoundHeading | null = null;
	let end = lines.length;
	eachHeading(lines, mask, fromLine, (h) => {
		if (found === null) {
			if (normalizeHeadingText(h.text) === setting.text) found = h;
			return false;
		}
		if (h.level <= found.level) {
			end = h.start;
			return true;
		}
		return false;
	});
	if (found === null) return null;
	const h: FoundHeading = found;
	return { heading: h.last, headingStart: h.start, level: h.level, first: h.last + 1, end };
}

const LIST_ITEM = /^( {0,3})([-*+])[ \t]+(.*)$/;

/**
 * A top-level list item's content (`- text` -> `text`), or null. Indented two or more
 * columns, an item belongs to the one above it (a note on the entry), not the log.
 */
export function topLevelItem(line: string): string | null {
	const m = LIST_ITEM.exec(line);
	if (!m || (m[1] ?? "").length > 1) return null;
	return m[3] ?? "";
}

export function isBlank(line: string): boolean {
	return line.trim() === "";
}

/** Whether a line is indented (a continuation or child of the list item above). */
export function isIndented(line: string): boolean {
	return /^( {2,}|\t)\S/.test(line);
}

/**
 * Inline tags in a note body (`#contact`, `#contact/work`), outside code blocks and inline
 * code, as Obsidian finds them: a # at the start or after whitespace, followed by letters,
 * digits, `_`, `-` or `/`, with at least one character that is not a digit.
 */
export function inlineTags(body: string): string[] {
	const lines = splitLines(body);
	const { mask } = scanCode(lines);
	const tags: string[] = [];
	const tag = /(^|\s)#([^\s#!"$%&'()*+,.:;<=>?@[\\\]^`{|}~]+)/g;
	lines.forEach((line, i) => {
		if (mask[i] || !line.text.includes("#")) return;
		const text = line.text.replace(/`[^`]*`/g, " ");
		let m: RegExpExecArray | null;
		tag.lastIndex = 0;
		while ((m = tag.exec(text)) !== null) {
			const name = m[2] ?? "";
			if (/[^0-9/]/.test(name)) tags.push(name);
		}
	});
	return tags;
}
