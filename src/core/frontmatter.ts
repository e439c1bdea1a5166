/**
 * The one frontmatter rule. Every reader and writer in Tend finds the block with
 * `locateFrontmatter` (the core and the plugin, the CLI's gray-matter reader, every edit), so
 * a note never has one frontmatter for `tend check` and another for `tend log`:
 *
 * - The block opens with the note's first line, which is exactly `---` (after a UTF-8
 *   byte-order mark, if the note has one).
 * - It closes at the next line that is exactly `---` or `...`.
 * - On both fence lines, spaces and tabs may follow, and a CR before the line feed is part of
 *   the line ending (CRLF notes). Nothing else: `----`, `---x: 1` or `---js` is not a fence.
 * - Without a closing line there is no frontmatter at all (Obsidian shows such a note
 *   without properties too), and a note whose only line is `---` has none either.
 *
 * Why it is spelled out: gray-matter, left to itself, ends the block at the first line that
 * merely starts with `---` (`----`, `---x: 1`), and opens one on `---js` (and runs it). So
 * `tend check` once said a note was fine, `tend due` listed it, and `tend log` then refused
 * it. gray-matter is still the CLI's reader, but it is only ever handed the block found here
 * (src/cli/noteReader.ts).
 *
 * The YAML that every reader parses is the text from just after the opening `---` (the rest
 * of that line, its spaces and its line ending, included) to the start of the closing line:
 * exactly what gray-matter hands its YAML engine. So the CLI and the core parse the very same
 * string, get the same values, the same error lines and the same node offsets, and an edit
 * can use a document the CLI parsed.
 *
 * YAML is read with the `yaml` package's core schema, as Obsidian does: `2026-03-14` stays
 * the string "2026-03-14" (no time-zone shift), `tier: 1` is the number 1. Duplicate keys are
 * an error, found with one pass over each map (the `yaml` package's own check compares every
 * key with every earlier one, which took seconds on a note with 10,000 keys).
 */
import { Document, isMap, isScalar, isSeq, parseDocument, YAMLError } from "yaml";
import type { Line } from "./markdown";

export interface FrontmatterBlock {
	/** The opening `---` line. */
	open: Line;
	/** The closing `---` or `...` line. */
	close: Line;
	/** Offset of the line after the opening fence (the first YAML line). */
	contentStart: number;
	/** Offset where the closing line begins. */
	contentEnd: number;
	/** Offset where the body begins (after the closing line and its line ending). */
	bodyStart: number;
	/** One-based line number of the first YAML line. */
	firstLine: number;
	/**
	 * Offset where the YAML source that readers parse begins: just after the opening `---`, so
	 * the source starts with the rest of that line. Node ranges are relative to it.
	 */
	yamlStart: number;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

export function hasBom(text: string): boolean {
	return text.charCodeAt(0) === 0xfeff;
}

/** The line that starts at `start`, with its offsets (the CR of a CRLF is not in `text`). */
function lineAt(text: string, start: number): Line {
	const nl = text.indexOf("\n", start);
	if (nl === -1) return { start, end: text.length, next: text.length, text: text.slice(start) };
	const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
	return { start, end, next: nl + 1, text: text.slice(start, end) };
}

/** Where the next line after `start` begins, without copying the line. */
function nextLine(text: string, start: number): number {
	const nl = text.indexOf("\n", start);
	return nl === -1 ? text.length : nl + 1;
}

/**
 * The frontmatter block by the one rule (above), or null. Reads the note line by line up to
 * the closing fence, so a note without frontmatter costs one line.
 */
export function locateFrontmatter(text: string): FrontmatterBlock | null {
	const from = hasBom(text) ? 1 : 0;
	const open = lineAt(text, from);
	if (open.next === open.end || !OPEN.test(open.text)) return null;
	for (let start = open.next; start < text.length; ) {
		const c = text.charCodeAt(start);
		// Only a line starting with `-` or `.` can close the block: look at the others no further.
		if (c === 45 || c === 46) {
			const line = lineAt(text, start);
			if (CLOSE.test(line.text)) {
				return { open, close: line, contentStart: open.next, contentEnd: line.start, bodyStart: line.next, firstLine: 2, yamlStart: open.start + 3 };
			}
			start = line.next;
		} else start = nextLine(text, start);
	}
	return null;
}

/** The YAML source of a block: from just after the opening `---` to the closing line. */
export function yamlSource(text: string, block: FrontmatterBlock): string {
	return text.slice(block.yamlStart, block.contentEnd);
}

/**
 * Whether parsing `source` could give a key or a string value holding one of `words`, compared
 * as the rules compare them (any case, a run of white space as one space), without parsing it.
 * A reader uses it to skip the YAML of a note no rule needs the properties of. It may say yes
 * when the answer is no, never the reverse:
 * - a source that is printable ASCII without a backslash holds every character its strings
 *   have, in order: YAML has no escapes outside double quotes (`\x63`), and folding a
 *   multi-line scalar only turns a line break and its indentation into white space. Any other
 *   source may not (`\x63ontact`, or the Kelvin sign U+212A, which lower-cases to `k`): yes;
 * - a word with a quote in it may be spelled with a doubled quote (`'o''brien'`): yes;
 * - a word with other characters than printable ASCII cannot be in such a source's strings.
 * Keys of other kinds (`0x10:`, `.inf:`, `~:`) become strings not written in the source; the
 * caller looks for a key that could be one another way (datedNote.ts's dateKeyMayBeWritten).
 */
export function yamlMayHold(source: string, words: readonly string[]): boolean {
	if (words.length === 0) return false;
	// eslint-disable-next-line no-control-regex -- the range from NUL is the point: any ASCII
	if (/[^\x00-\x7e]|\\/.test(source)) return true;
	let lower: string | null = null;
	for (const word of words) {
		if (word === "") continue;
		const w = word.toLowerCase().replace(/\s+/g, " ");
		if (/['"]/.test(w)) return true;
		// A string of an ASCII source lower-cases to ASCII: it cannot hold any other character.
		if (/[^\x20-\x7e]/.test(w)) continue;
		lower ??= source.toLowerCase().replace(/\s+/g, " ");
		if (lower.includes(w)) return true;
	}
	return false;
}

export interface YamlProblem {
	/** One-based line in the note. */
	line: number;
	message: string;
}

export type ParsedFrontmatter =
	| { kind: "none"; bodyStart: number }
	| { kind: "ok"; block: FrontmatterBlock; data: Record<string, unknown>; document: Document; bodyStart: number }
	| { kind: "error"; block: FrontmatterBlock; problem: YamlProblem; bodyStart: number };

/**
 * A note's text with its frontmatter as parsed from that very text. The edit functions take
 * one (or a plain text, which they parse), so a caller that has already read the note, such
 * as the CLI through gray-matter, does not make them parse it again.
 */
export interface ParsedNote {
	readonly text: string;
	readonly frontmatter: ParsedFrontmatter;
}

/** A note to edit: its text, or its text already parsed. */
export type NoteSource = string | ParsedNote;

export function parseNote(text: string): ParsedNote {
	return { text, frontmatter: parseFrontmatter(text) };
}

export function asParsedNote(note: NoteSource): ParsedNote {
	return typeof note === "string" ? parseNote(note) : note;
}

/**
 * The `yaml` options every reader and writer in Tend uses, so they agree on every note.
 * `uniqueKeys` is off because its check is quadratic; `parseYaml` finds duplicates itself.
 */
export const YAML_OPTIONS = {
	schema: "core",
	uniqueKeys: false,
	logLevel: "silent",
	prettyErrors: false,
} as const;

function firstSentence(message: string): string {
	return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").trim();
}

/** The note line of an offset in the YAML source; `firstLine` is the source's first line. */
function lineOf(source: string, offset: number, firstLine: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
	return firstLine + line - 1;
}

/**
 * An offset moved onto the YAML's text: a problem found before the first character that is
 * not white space (the source starts with the rest of the fence line) belongs to that character,
 * and one at the end of the input (an unclosed `[`) to the last line that has text, so no
 * problem is ever reported on a fence and every reader names the same line.
 */
function onText(source: string, offset: number): number {
	const first = /\S/.exec(source)?.index ?? 0;
	const last = Math.max(0, source.trimEnd().length - 1);
	return Math.max(Math.min(offset, last), Math.min(first, last));
}

function problemAt(source: string, offset: number, firstLine: number, message: string): YamlProblem {
	return { line: lineOf(source, onText(source, offset), firstLine), message };
}

/** A YAML error as a note line and a one-line message. `firstLine` is the source's first line. */
export function yamlProblem(error: YAMLError, source: string, firstLine: number): YamlProblem {
	return problemAt(source, error.pos[0], firstLine, firstSentence(error.message));
}

interface Duplicate {
	/** Offset of the repeated key in the source. */
	at: number;
	/** Offset of its first occurrence. */
	first: number;
	key: unknown;
}

/**
 * The earliest repeated key in any map of the document (nested ones included), by the rule
 * the `yaml` package applies with `uniqueKeys`: two scalar keys with the same value (`a` and
 * `"a"` are the same key; `1` and `"1"` are not). One Set per map: linear in the keys.
 */
function firstDuplicate(document: Document): Duplicate | null {
	let found: Duplicate | null = null;
	// An explicit stack of the collections still to look into: scalars are never visited.
	const pending: unknown[] = [document.contents];
	while (pending.length > 0) {
		const node = pending.pop();
		if (isSeq(node)) {
			for (const item of node.items) if (isMap(item) || isSeq(item)) pending.push(item);
			continue;
		}
		if (!isMap(node)) continue;
		const seen = new Map<unknown, number>();
		let repeated = false;
		for (const pair of node.items) {
			const key = pair.key;
			const value = pair.value;
			if (isMap(value) || isSeq(value)) pending.push(value);
			if (isMap(key) || isSeq(key)) pending.push(key);
			if (repeated || !isScalar(key)) continue;
			const name = key.value;
			// NaN is not equal to itself, so `.nan` twice is not a repeated key for `yaml` either.
			if (typeof name === "number" && Number.isNaN(name)) continue;
			const at = key.range?.[0] ?? 0;
			const first = seen.get(name);
			if (first === undefined) seen.set(name, at);
			else {
				if (found === null || at < found.at) found = { at, first, key: name };
				repeated = true;
			}
		}
	}
	return found;
}

function showKey(key: unknown): string {
	return typeof key === "string" ? JSON.stringify(key) : String(key);
}

/**
 * Parses YAML text (the source of a block, see `yamlSource`) into a document, or a problem.
 * `firstLine` is the note line of the source's first character. Problems found after parsing
 * (a repeated key, the block is a list, an alias to no anchor) are placed on the line of their
 * node, or of the first text, never on a fence.
 */
export function parseYaml(source: string, firstLine: number): { document: Document; data: Record<string, unknown> } | YamlProblem {
	let document: Document;
	try {
		document = parseDocument(source, YAML_OPTIONS);
	} catch (e) {
		return problemAt(source, 0, firstLine, e instanceof Error ? firstSentence(e.message) : "the YAML does not parse");
	}
	const error = document.errors[0];
	const duplicate = firstDuplicate(document);
	if (duplicate && (!error || duplicate.at <= error.pos[0])) {
		const earlier = lineOf(source, duplicate.first, firstLine);
		return problemAt(source, duplicate.at, firstLine, `the key ${showKey(duplicate.key)} is repeated (it is also on line ${earlier}); map keys must be unique`);
	}
	if (error) return yamlProblem(error, source, firstLine);
	const contents = document.contents;
	if (contents !== null && !isMap(contents)) {
		return problemAt(source, contents.range?.[0] ?? 0, firstLine, "the frontmatter is not a set of properties (key: value lines)");
	}
	let data: unknown;
	try {
		data = document.toJS({ maxAliasCount: 100 });
	} catch (e) {
		const message = e instanceof Error ? firstSentence(e.message) : "the YAML does not parse";
		// "Unresolved alias (the anchor must be set before the alias): nope" -> the `*nope`.
		const alias = /alias[^:]*: (\S+)/.exec(message);
		const at = alias ? source.indexOf(`*${alias[1] ?? ""}`) : -1;
		return problemAt(source, at >= 0 ? at : 0, firstLine, message);
	}
	return { document, data: (data ?? {}) as Record<string, unknown> };
}

/** The line of the opening fence: the YAML source starts on it (with its line ending). */
export const FENCE_LINE = 1;

export function parseFrontmatter(text: string): ParsedFrontmatter {
	const block = locateFrontmatter(text);
	if (!block) return { kind: "none", bodyStart: hasBom(text) ? 1 : 0 };
	return frontmatterOf(block, parseYaml(yamlSource(text, block), FENCE_LINE));
}

/** A located block and what its YAML parsed to, as a ParsedFrontmatter. */
export function frontmatterOf(block: FrontmatterBlock, parsed: ReturnType<typeof parseYaml>): ParsedFrontmatter {
	if ("line" in parsed) return { kind: "error", block, problem: parsed, bodyStart: block.bodyStart };
	return { kind: "ok", block, data: parsed.data, document: parsed.document, bodyStart: block.bodyStart };
}

/**
 * The frontmatter key Tend should use for a setting: the exact name when present, else the
 * one key that matches it case-insensitively (`Last_Contact` for `last_contact`), else the
 * setting itself.
 */
export function resolveKey(keys: Iterable<string>, wanted: string): string {
	const lower = wanted.toLowerCase();
	// A key that lower-cases to a printable ASCII name has that name's length, so comparing
	// lengths first spares lower-casing every key of a note with thousands of them.
	const byLength = !/[^\x20-\x7e]/.test(lower);
	let match: string | null = null;
	for (const key of keys) {
		if (key === wanted) return key;
		if ((!byLength || key.length === wanted.length) && key.toLowerCase() === lower) {
			if (match !== null) return wanted;
			match = key;
		}
	}
	return match ?? wanted;
}
