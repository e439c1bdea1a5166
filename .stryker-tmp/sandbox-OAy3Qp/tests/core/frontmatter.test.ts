/**
 * The one frontmatter rule (src/core/frontmatter.ts) and the YAML reading behind it: where
 * a block opens and closes, what the readers parse, and repeated keys found at their line in
 * one pass, however big the note.
 */
// @ts-nocheck

import { isMap } from "yaml";
import { locateFrontmatter, parseFrontmatter, parseYaml, resolveKey, yamlSource } from "../../src/core/frontmatter";

/** The YAML lines between the fences, or null when the note has no frontmatter. */
function block(text: string): string | null {
	const b = locateFrontmatter(text);
	return b ? text.slice(b.contentStart, b.contentEnd) : null;
}

describe("where the frontmatter block is", () => {
	it.each<[string, string, string | null]>([
		["--- and ---", "---\na: 1\n---\nbody\n", "a: 1\n"],
		["--- and ...", "---\na: 1\n...\nbody\n", "a: 1\n"],
		["spaces and tabs after the fences", "--- \t\na: 1\n---  \nbody\n", "a: 1\n"],
		["CRLF", "---\r\na: 1\r\n---\r\nbody\r\n", "a: 1\r\n"],
		["a byte-order mark", "\uFEFF---\na: 1\n---\n", "a: 1\n"],
		["an empty block", "---\n---\n", ""],
		["a closing fence at the end without a newline", "---\na: 1\n---", "a: 1\n"],
		["a line ---- is YAML, not the end", "---\na: 1\n----\nb: 2\n---\n", "a: 1\n----\nb: 2\n"],
		["a line ---x: 1 is YAML, not the end", "---\na: 1\n---x: 1\n---\n", "a: 1\n---x: 1\n"],
		["a line .... is not the end", "---\na: 1\n....\n---\n", "a: 1\n....\n"],
		["an indented --- is not the end", "---\na: |\n  ---\n---\n", "a: |\n  ---\n"],
		["no closing line: no frontmatter", "---\na: 1\n\nbody\n", null],
		["only ---: no frontmatter", "---", null],
		["---- opens nothing", "----\na: 1\n---\n", null],
		["---js opens nothing", "---js\n{ a: 1 }\n---\n", null],
		["--- not on the first line opens nothing", "\n---\na: 1\n---\n", null],
		["a no-break space after the fence opens nothing", "---\u00a0\na: 1\n---\n", null],
		["a lone CR is not a line ending", "---\ra: 1\r---\r", null],
	])("%s", (_what, text, expected) => {
		expect(block(text)).toBe(expected);
	});

	it("the YAML source starts right after the opening ---, so node offsets are the note's", () => {
		const text = "\uFEFF--- \r\ntier: A\r\n---\r\n";
		const b = locateFrontmatter(text);
		if (!b) throw new Error("no block");
		expect(yamlSource(text, b)).toBe(" \r\ntier: A\r\n");
		expect(b.yamlStart).toBe(4);
		const parsed = parseFrontmatter(text);
		if (parsed.kind !== "ok") throw new Error("does not parse");
		const contents = parsed.document.contents;
		if (!isMap(contents)) throw new Error("not a map");
		const range = (contents.items[0]?.key as { range: number[] }).range;
		expect(text.slice(b.yamlStart + (range[0] ?? 0), b.yamlStart + (range[1] ?? 0))).toBe("tier");
	});

	it("a problem before any YAML text is never reported on a fence", () => {
		const parsed = parseFrontmatter("---\n\n\n[unclosed\n---\n");
		expect(parsed.kind === "error" && parsed.problem.line).toBe(4);
	});
});

describe("repeated keys", () => {
	it.each<[string, string, number, RegExp]>([
		["top level", "---\ntier: A\ntier: B\n---\n", 3, /the key "tier" is repeated \(it is also on line 2\); map keys must be unique/],
		["quoted and plain are the same key", "---\ntier: A\n'tier': B\n---\n", 3, /"tier" is repeated/],
		["in a nested map", "---\naddress:\n  city: A\n  city: B\n---\n", 4, /"city" is repeated \(it is also on line 3\)/],
		["in a flow map", "---\nx: {a: 1, a: 2}\n---\n", 2, /"a" is repeated/],
		["the earliest one wins", "---\nm:\n  k: 1\n  k: 2\nz: 1\nz: 2\n---\n", 4, /"k"/],
		["numbers compare by value", "---\n1: a\n1.0: b\n---\n", 3, /the key 1 is repeated/],
	])("%s", (_what, text, line, message) => {
		const parsed = parseFrontmatter(text);
		if (parsed.kind !== "error") throw new Error(`${JSON.stringify(text)} parsed`);
		expect(parsed.problem.line).toBe(line);
		expect(parsed.problem.message).toMatch(message);
	});

	it.each([
		["a number and a string", "---\n1: a\n'1': b\n---\n"],
		["the same key in two maps", "---\na:\n  k: 1\nb:\n  k: 2\n---\n"],
		["one-pair maps in a flow list", "---\nx: [a: 1, a: 2]\n---\n"],
	])("are not %s", (_what, text) => {
		expect(parseFrontmatter(text).kind).toBe("ok");
	});

	it("are found at their line in a note with 60,000 keys", () => {
		const lines = Array.from({ length: 60_000 }, (_, i) => `key_${i}: value ${i}`);
		lines.splice(45_000, 0, "key_17: again");
		const parsed = parseFrontmatter(`---\n${lines.join("\n")}\n---\nbody\n`);
		if (parsed.kind !== "error") throw new Error("the repeated key was not found");
		// The fence is line 1, key_0 line 2: the inserted line is line 45,002; key_17 is on line 19.
		expect(parsed.problem).toEqual({ line: 45_002, message: 'the key "key_17" is repeated (it is also on line 19); map keys must be unique' });
	});

	it("a syntax error before a repeated key is the one reported, and the other way round", () => {
		expect(parseYaml("\na: b: c\nk: 1\nk: 2\n", 1)).toEqual({ line: 2, message: "Nested mappings are not allowed in compact mappings" });
		expect(parseYaml("\nk: 1\nk: 2\na: b: c\n", 1)).toEqual({ line: 3, message: 'the key "k" is repeated (it is also on line 2); map keys must be unique' });
	});
});

describe("resolveKey", () => {
	it.each<[string[], string, string]>([
		[["tier", "Tier"], "tier", "tier"],
		[["Last_Contact"], "last_contact", "Last_Contact"],
		[["LAST_CONTACT", "Last_Contact"], "last_contact", "last_contact"],
		[["company"], "last_contact", "last_contact"],
		[["\u212Aind"], "kind", "\u212Aind"],
		[["\u0130d"], "i\u0307d", "\u0130d"],
	])("%j, %s -> %s", (keys, wanted, expected) => {
		expect(resolveKey(keys, wanted)).toBe(expected);
	});
});
