/**
 * The CLI's reader: gray-matter reads the frontmatter, but is handed only the block the one
 * rule found (so it cannot end it anywhere else), with the core's parser as its engine.
 */
// @ts-nocheck

import matter from "gray-matter";
import { MAX_BLANK_RUN, readNoteText } from "../../src/cli/noteReader";
import { parseFrontmatter } from "../../src/core/frontmatter";

jest.mock("gray-matter", () => {
	const real = jest.requireActual<typeof import("gray-matter")>("gray-matter");
	return { __esModule: true, default: jest.fn((input: string, options: unknown) => real(input, options as never)) };
});
const grayMatter = matter as unknown as jest.Mock;

beforeEach(() => grayMatter.mockClear());

test("gray-matter reads the block, and only the block: never the body", () => {
	const text = "---\ntier: A\n---x: 1\n---\nBody with a line\n---\nand more\n";
	const read = readNoteText(text);
	expect(read.frontmatter).toEqual({ tier: "A", "---x": 1 });
	expect(grayMatter).toHaveBeenCalledTimes(1);
	const [input, options] = grayMatter.mock.calls[0] as [string, { delimiters: string[] }];
	expect(input.startsWith("---\ntier: A\n---x: 1\n")).toBe(true);
	expect(input).not.toContain("Body");
	// Its closing delimiter starts no line of the block, so it ends where the rule ends.
	const close = options.delimiters[1] as string;
	expect(input.endsWith(`\n${close}`)).toBe(true);
	expect(input.indexOf(`\n${close}`)).toBe(input.length - close.length - 1);
});

test("a block whose lines start with the usual delimiter gets a longer one", () => {
	const text = "---\n...tend-end: 1\n...tend-end-: 2\n---\n";
	expect(readNoteText(text).frontmatter).toEqual({ "...tend-end": 1, "...tend-end-": 2 });
	const [input, options] = grayMatter.mock.calls[0] as [string, { delimiters: string[] }];
	expect(input.split("\n").filter((l) => l.startsWith(options.delimiters[1] as string))).toHaveLength(1);
});

test("gray-matter is not handed a note without frontmatter, nor a ---js block", () => {
	expect(readNoteText("# Just a note\n").frontmatter).toBeNull();
	expect(readNoteText("---js\n{ tier: 'A' }\n---\n").frontmatter).toBeNull();
	expect(grayMatter).not.toHaveBeenCalled();
});

test.each([
	["a run of blank lines gray-matter reads", MAX_BLANK_RUN, 1],
	["a longer run, read by the core's parser alone (gray-matter's comment strip is quadratic in it)", MAX_BLANK_RUN + 1, 0],
])("%s", (_what, blanks, calls) => {
	for (const line of ["", "  ", "\t"]) {
		grayMatter.mockClear();
		const text = `---\ntier: A\n${`${line}\n`.repeat(blanks)}last_contact: 2026-10-01\n---\nBody\n`;
		const read = readNoteText(text);
		const core = parseFrontmatter(text);
		expect(read.frontmatter).toEqual(core.kind === "ok" ? core.data : null);
		expect(read.problem).toEqual(core.kind === "error" ? core.problem : null);
		expect(grayMatter).toHaveBeenCalledTimes(calls);
	}
});

test("a block of only comments: gray-matter calls no engine, the core's parser reads it", () => {
	const read = readNoteText("---\n# a comment\n---\n");
	expect(grayMatter).toHaveBeenCalledTimes(1);
	expect(read.frontmatter).toEqual({});
	expect(read.note.frontmatter.kind).toBe("ok");
});
