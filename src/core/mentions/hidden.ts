/**
 * The parts of a note's body whose links do not count, found from its text: fenced code
 * blocks, inline code, and comments (`%% ... %%`, inline or over several lines, and HTML
 * comments `<!-- ... -->`). Both readers use it: the text reader for everything, the cache
 * reader for the comments and inline code, which Obsidian's cache does not mark.
 *
 * Why the cache reader checks comments itself: reports differ on whether Obsidian's cache
 * lists a link inside `%% %%` (ipshing/obsidian-broken-links#8, 2024: "Obsidian still caches
 * links between percent symbols"; RyotaUshio/obsidian-pdf-plus#356, 2025: links in comments
 * "cannot be recognized because that's how Obsidian's parser is designed"). Checking the text
 * gives the same answer either way. An unclosed `%%` hides the rest of the note, as it does in
 * Obsidian's reading view. A `%%` inside code is text, not a comment.
 *
 * Inline code follows CommonMark on one line: a run of backticks opens a span that the next
 * run of the same length closes; a run with no partner is literal text.
 */
import { splitLines, type Line } from "../markdown";
import type { Span } from "./scan";

const FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;

export interface HiddenParts {
	lines: Line[];
	/** Index of the first body line. */
	firstBody: number;
	/** Per line: inside (or delimiting) a fenced code block. */
	code: boolean[];
	/** Per line: the whole line lies inside a comment. */
	commented: boolean[];
	/** Inline code and comments, in offsets of the note, in order. */
	spans: Span[];
}

/**
 * The hidden parts of the body, which starts at `bodyStart` (after the frontmatter). A fence
 * may be indented (inside a list item); it closes on a line of the same character, at least
 * as long, with nothing after it.
 */
export function hiddenParts(text: string, bodyStart: number): HiddenParts {
	const lines = splitLines(text, 0);
	let firstBody = 0;
	while (firstBody < lines.length && (lines[firstBody] as Line).start < bodyStart) firstBody++;
	const code = new Array<boolean>(lines.length).fill(false);
	const commented = new Array<boolean>(lines.length).fill(false);
	const spans: Span[] = [];
	let fence: { char: string; length: number } | null = null;
	// An open comment: its closing marker and where it began.
	let comment: { close: string; from: number } | null = null;
	for (let i = firstBody; i < lines.length; i++) {
		const line = lines[i] as Line;
		const t = line.text;
		if (fence) {
			code[i] = true;
			const m = FENCE.exec(t);
			if (m && m[2] && m[2][0] === fence.char && m[2].length >= fence.length && (m[3] ?? "").trim() === "") fence = null;
			continue;
		}
		if (!comment) {
			const m = FENCE.exec(t);
			if (m && m[2] && !(m[2][0] === "`" && (m[3] ?? "").includes("`"))) {
				fence = { char: m[2][0] as string, length: m[2].length };
				code[i] = true;
				continue;
			}
		}
		const startsInComment = comment !== null;
		let at = 0;
		while (at < t.length) {
			if (comment) {
				const close = t.indexOf(comment.close, at);
				if (close === -1) {
					at = t.length;
					break;
				}
				at = close + comment.close.length;
				spans.push({ from: comment.from, to: line.start + at });
				comment = null;
				continue;
			}
			const c = t.charCodeAt(at);
			if (c === 96 /* ` */) {
				let run = 1;
				while (t.charCodeAt(at + run) === 96) run++;
				const closeAt = closingRun(t, at + run, run);
				if (closeAt === -1) {
					at += run;
					continue;
				}
				spans.push({ from: line.start + at, to: line.start + closeAt + run });
				at = closeAt + run;
				continue;
			}
			if (c === 37 /* % */ && t.charCodeAt(at + 1) === 37) {
				comment = { close: "%%", from: line.start + at };
				at += 2;
				continue;
			}
			if (c === 60 /* < */ && t.startsWith("<!--", at)) {
				comment = { close: "-->", from: line.start + at };
				at += 4;
				continue;
			}
			at++;
		}
		if (startsInComment && comment !== null) commented[i] = true;
	}
	if (comment) spans.push({ from: comment.from, to: text.length });
	return { lines, firstBody, code, commented, spans };
}

/** Where the next run of exactly `length` backticks starts in `t` from `from`, or -1. */
function closingRun(t: string, from: number, length: number): number {
	let at = t.indexOf("`", from);
	while (at !== -1) {
		let run = 1;
		while (t.charCodeAt(at + run) === 96) run++;
		if (run === length) return at;
		at = t.indexOf("`", at + run);
	}
	return -1;
}

/** Whether `offset` lies in one of the spans (sorted, not overlapping), by binary search. */
export function inSpans(spans: readonly Span[], offset: number): boolean {
	let lo = 0;
	let hi = spans.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const s = spans[mid] as Span;
		if (offset < s.from) hi = mid - 1;
		else if (offset >= s.to) lo = mid + 1;
		else return true;
	}
	return false;
}
