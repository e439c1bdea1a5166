/**
 * Reading a note's frontmatter on disk, configured to agree with Obsidian's metadata cache.
 *
 * gray-matter is the reader, but four of its defaults differ from Obsidian and are changed:
 * - it ends the block at the first line that starts with `---` (`----`, `---x: 1`), where
 *   Obsidian and the rest of Tend need a line that is exactly `---` or `...`. So gray-matter is
 *   handed only the block the one frontmatter rule found (src/core/frontmatter.ts), closed by
 *   a delimiter that occurs nowhere else in it: it cannot choose a different end;
 * - its YAML engine (js-yaml) turns `2026-03-14` into a Date shifted to UTC; the engine here is
 *   the core's parser (the `yaml` package's core schema), so dates stay strings, and it is
 *   given the very source the core parses, so both give the same values and error lines;
 * - it caches results by content when called without options; Tend always passes options,
 *   which bypasses the cache;
 * - it `eval`s a `---js` block. Obsidian sees no frontmatter in such a note, and a note must
 *   never run code: the rule does not open a block on `---js`, so gray-matter never sees such
 *   a note, and its JavaScript engines are replaced by ones that refuse.
 *
 * The parsed document is kept (`note`), so a write edits the very parse it read the contact
 * from instead of parsing the note again.
 *
 * One exception keeps reading linear in the note's size: before calling its engine,
 * gray-matter strips comment lines with `/^\s*#[^\n]+/gm`, which takes time quadratic in a run
 * of lines that hold only white space (40,000 of them: 8 s). A block with a run longer than
 * MAX_BLANK_RUN such lines is read by the core's parser directly, which is the engine
 * gray-matter would have called on the same source, so the result is the same.
 */
import matter from "gray-matter";
import {
	FENCE_LINE,
	frontmatterOf,
	hasBom,
	locateFrontmatter,
	parseYaml,
	yamlSource,
	type FrontmatterBlock,
	type ParsedFrontmatter,
	type ParsedNote,
	type YamlProblem,
} from "../core/frontmatter";

const refuseCode = {
	parse(): never {
		throw new Error("Tend does not run JavaScript frontmatter");
	},
};

export interface NoteRead {
	frontmatter: Record<string, unknown> | null;
	problem: YamlProblem | null;
	block: FrontmatterBlock | null;
	bodyStart: number;
	/** The text with its parsed frontmatter, for an edit of this very text. */
	note: ParsedNote;
}

/** A closing delimiter that no line of `source` starts with, so gray-matter ends where it is put. */
function uniqueDelimiter(source: string): string {
	let delimiter = "...tend-end";
	while (source.includes(`\n${delimiter}`)) delimiter += "-";
	return delimiter;
}

/** Above this many consecutive blank lines in a block, gray-matter's comment strip is slow. */
export const MAX_BLANK_RUN = 1000;

/** The longest run of lines in `source` that hold only white space. */
function longestBlankRun(source: string): number {
	let longest = 0;
	let run = 0;
	for (let start = 0; start < source.length; ) {
		const nl = source.indexOf("\n", start);
		const end = nl === -1 ? source.length : nl;
		let blank = true;
		for (let i = start; i < end; i++) {
			const c = source.charCodeAt(i);
			if (c !== 32 && c !== 9 && c !== 13) {
				blank = false;
				break;
			}
		}
		run = blank ? run + 1 : 0;
		if (run > longest) longest = run;
		start = end + 1;
	}
	return longest;
}

/**
 * Runs gray-matter on the note up to its closing line (`head`), closed by a delimiter that no
 * line of the block starts with, so it ends where the rule ends. The error message, or null.
 */
function grayMatter(head: string, source: string, yamlEngine: (given: string) => Record<string, unknown>): string | null {
	const delimiter = uniqueDelimiter(source);
	try {
		matter(`${head}\n${delimiter}`, {
			language: "yaml",
			delimiters: ["---", delimiter],
			engines: { yaml: yamlEngine, js: refuseCode, javascript: refuseCode },
		} as unknown as Parameters<typeof matter>[1]);
		return null;
	} catch (e) {
		return e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e);
	}
}

/** The note's frontmatter read; `block` is the block locateFrontmatter finds in `text`, when the caller has it. */
export function readNoteText(text: string, block: FrontmatterBlock | null = locateFrontmatter(text)): NoteRead {
	if (!block) {
		const bodyStart = hasBom(text) ? 1 : 0;
		return { frontmatter: null, problem: null, block: null, bodyStart, note: { text, frontmatter: { kind: "none", bodyStart } } };
	}
	const source = yamlSource(text, block);
	let parsed: ReturnType<typeof parseYaml> | null = null;
	const yamlEngine = (given: string): Record<string, unknown> => {
		// gray-matter hands over what follows the opening `---` up to the delimiter: the source
		// (and were it ever anything else, the note is refused rather than read two ways).
		parsed = given === source ? parseYaml(given, FENCE_LINE) : { line: block.firstLine, message: "Tend could not read this frontmatter the same way twice (please report this note)" };
		if ("line" in parsed) throw new Error(parsed.message);
		return parsed.data;
	};
	// A block with a long run of blank lines skips gray-matter (see MAX_BLANK_RUN).
	const failure = longestBlankRun(source) > MAX_BLANK_RUN ? null : grayMatter(text.slice(0, block.contentEnd), source, yamlEngine);
	// gray-matter does not call the engine for a block of only comments and white space (it is
	// empty to it): the core's parser, the same engine, still reads such a block.
	parsed ??= failure === null ? parseYaml(source, FENCE_LINE) : { line: block.firstLine, message: failure };
	const frontmatter: ParsedFrontmatter = frontmatterOf(block, parsed);
	return {
		frontmatter: frontmatter.kind === "ok" ? frontmatter.data : null,
		problem: frontmatter.kind === "error" ? frontmatter.problem : null,
		block,
		bodyStart: block.bodyStart,
		note: { text, frontmatter },
	};
}
