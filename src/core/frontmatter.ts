/**
 * Finding and parsing the frontmatter block the way Obsidian does.
 *
 * The block is the text between a first line `---` and the next line `---` or `...`
 * (trailing spaces allowed on both). Without a closing line there is no frontmatter; a first
 * line such as `---js` opens nothing. A UTF-8 byte-order mark before the first line is kept
 * and ignored.
 *
 * YAML is read with the `yaml` package's core schema, as Obsidian does: `2026-03-14` stays
 * the string "2026-03-14" (no time-zone shift), `tier: 1` is the number 1, and duplicate
 * keys are an error.
 */
import { Document, isMap, parseDocument, YAMLError } from "yaml";
import { splitLines, type Line } from "./markdown";

export interface FrontmatterBlock {
	/** The opening `---` line. */
	open: Line;
	/** The closing `---` or `...` line. */
	close: Line;
	/** Offset of the first YAML character (the line after the opening fence). */
	contentStart: number;
	/** Offset where the closing line begins. */
	contentEnd: number;
	/** Offset where the body begins (after the closing line and its line ending). */
	bodyStart: number;
	/** One-based line number of the first YAML line. */
	firstLine: number;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

export function hasBom(text: string): boolean {
	return text.charCodeAt(0) === 0xfeff;
}

export function locateFrontmatter(text: string): FrontmatterBlock | null {
	const from = hasBom(text) ? 1 : 0;
	const firstEnd = text.indexOf("\n", from);
	if (firstEnd === -1) return null;
	const lines = splitLines(text, from);
	const open = lines[0];
	if (!open || !OPEN.test(open.text)) return null;
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i] as Line;
		if (CLOSE.test(line.text)) {
			return { open, close: line, contentStart: open.next, contentEnd: line.start, bodyStart: line.next, firstLine: 2 };
		}
	}
	return null;
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

/** The `yaml` options every reader and writer in Tend uses, so they agree on every note. */
export const YAML_OPTIONS = {
	schema: "core",
	uniqueKeys: true,
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

/** Offset of the first character that is not white space (or 0). */
function firstText(source: string): number {
	const m = /\S/.exec(source);
	return m ? m.index : 0;
}

/** A YAML error as a note line and a one-line message. `firstLine` is the YAML's first line. */
export function yamlProblem(error: YAMLError, source: string, firstLine: number): YamlProblem {
	// An error at the end of the input (an unclosed `[`) is reported on the last line that has
	// text, not on the closing fence, so every reader names the same line.
	const offset = Math.min(error.pos[0], Math.max(0, source.trimEnd().length - 1));
	return { line: lineOf(source, offset, firstLine), message: firstSentence(error.message) };
}

/**
 * Parses YAML text (frontmatter without its fences) into a document, or a problem. Problems
 * found after parsing (the block is a list, an alias to no anchor) are placed on the line of
 * their node, or of the first text, never on a fence.
 */
export function parseYaml(source: string, firstLine: number): { document: Document; data: Record<string, unknown> } | YamlProblem {
	let document: Document;
	try {
		document = parseDocument(source, YAML_OPTIONS);
	} catch (e) {
		return { line: lineOf(source, firstText(source), firstLine), message: e instanceof Error ? firstSentence(e.message) : "the YAML does not parse" };
	}
	const error = document.errors[0];
	if (error) return yamlProblem(error, source, firstLine);
	const contents = document.contents;
	if (contents !== null && !isMap(contents)) {
		return { line: lineOf(source, contents.range?.[0] ?? firstText(source), firstLine), message: "the frontmatter is not a set of properties (key: value lines)" };
	}
	let data: unknown;
	try {
		data = document.toJS({ maxAliasCount: 100 });
	} catch (e) {
		const message = e instanceof Error ? firstSentence(e.message) : "the YAML does not parse";
		// "Unresolved alias (the anchor must be set before the alias): nope" -> the `*nope`.
		const alias = /alias[^:]*: (\S+)/.exec(message);
		const at = alias ? source.indexOf(`*${alias[1] ?? ""}`) : -1;
		return { line: lineOf(source, at >= 0 ? at : firstText(source), firstLine), message };
	}
	return { document, data: (data ?? {}) as Record<string, unknown> };
}

export function parseFrontmatter(text: string): ParsedFrontmatter {
	const block = locateFrontmatter(text);
	if (!block) return { kind: "none", bodyStart: hasBom(text) ? 1 : 0 };
	const source = text.slice(block.contentStart, block.contentEnd);
	const parsed = parseYaml(source, block.firstLine);
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
	let match: string | null = null;
	for (const key of keys) {
		if (key === wanted) return key;
		if (key.toLowerCase() === lower) {
			if (match !== null) return wanted;
			match = key;
		}
	}
	return match ?? wanted;
}
