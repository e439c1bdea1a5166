/**
 * Reading a note's frontmatter on disk, configured to agree with Obsidian's metadata cache.
 *
 * gray-matter is the reader, but three of its defaults differ from Obsidian and are changed:
 * - its YAML engine (js-yaml) turns `2026-03-14` into a Date shifted to UTC; the engine here is
 *   the `yaml` package's core schema, the one the core uses, so dates stay strings;
 * - it caches results by content when called without options; Tend always passes options,
 *   which bypasses the cache;
 * - it `eval`s a `---js` block. Obsidian sees no frontmatter in such a note, and a note must
 *   never run code: the block is found with the core's Obsidian rules first (a first line
 *   exactly `---`, a closing `---` or `...` line), so gray-matter never sees a `---js` note,
 *   and its JavaScript engines are replaced by ones that refuse.
 */
import matter from "gray-matter";
import { locateFrontmatter, parseYaml, type FrontmatterBlock, type YamlProblem } from "../core/frontmatter";

class YamlProblemError extends Error {
	constructor(readonly problem: YamlProblem) {
		super(problem.message);
	}
}

const refuseCode = {
	parse(): never {
		throw new Error("Tend does not run JavaScript frontmatter");
	},
};

function yamlEngine(source: string): Record<string, unknown> {
	// gray-matter hands over the text after the opening `---`, starting with the rest of that
	// line, so line 1 of `source` is line 1 of the note.
	const parsed = parseYaml(source, 1);
	if ("line" in parsed) throw new YamlProblemError(parsed);
	return parsed.data;
}

export interface NoteRead {
	frontmatter: Record<string, unknown> | null;
	problem: YamlProblem | null;
	block: FrontmatterBlock | null;
	bodyStart: number;
}

export function readNoteText(text: string): NoteRead {
	const block = locateFrontmatter(text);
	if (!block) return { frontmatter: null, problem: null, block: null, bodyStart: text.charCodeAt(0) === 0xfeff ? 1 : 0 };
	const close = block.close.text.trim();
	try {
		const file = matter(text, {
			language: "yaml",
			delimiters: ["---", close],
			engines: { yaml: yamlEngine, js: refuseCode, javascript: refuseCode },
		} as unknown as Parameters<typeof matter>[1]);
		const data = file.data as Record<string, unknown>;
		return { frontmatter: data, problem: null, block, bodyStart: block.bodyStart };
	} catch (e) {
		if (e instanceof YamlProblemError) return { frontmatter: null, problem: e.problem, block, bodyStart: block.bodyStart };
		const message = e instanceof Error ? e.message.split("\n")[0] ?? "" : String(e);
		return { frontmatter: null, problem: { line: block.firstLine, message }, block, bodyStart: block.bodyStart };
	}
}
