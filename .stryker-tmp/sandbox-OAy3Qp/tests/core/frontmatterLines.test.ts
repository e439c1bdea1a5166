/**
 * The line scanner that gives frontmatter diagnostics their line: it must agree with what the
 * YAML means (checked here against the `yaml` package's own node ranges on the same text),
 * and must not take the lines of a block scalar or a quoted value for keys or list items.
 */
// @ts-nocheck

import fc from "fast-check";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Node } from "yaml";
import { locateFrontmatter } from "../../src/core/frontmatter";
import { frontmatterLines } from "../../src/core/frontmatterLines";

function scan(fm: string[], eol = "\n") {
	const text = ["---", ...fm, "---", "# Body", ""].join(eol);
	const block = locateFrontmatter(text);
	return { text, lines: frontmatterLines(text, block?.bodyStart ?? 0) };
}

/** Lines of every top-level key and block-list item, as the yaml package places them. */
function yamlLines(text: string): Map<string, { line: number; items: number[] }> {
	const block = locateFrontmatter(text);
	if (!block) throw new Error("no frontmatter");
	const counter = new LineCounter();
	const doc = parseDocument(text.slice(block.contentStart, block.contentEnd), { schema: "core", lineCounter: counter });
	if (doc.errors.length > 0) throw new Error(`test YAML does not parse: ${doc.errors[0]?.message ?? ""}`);
	const out = new Map<string, { line: number; items: number[] }>();
	const lineOf = (node: Node) => counter.linePos((node.range as [number, number, number])[0]).line + block.firstLine - 1;
	if (!isMap(doc.contents)) return out;
	for (const pair of doc.contents.items) {
		if (!isScalar(pair.key)) continue;
		const value = pair.value as Node | null;
		const items = value && isSeq(value) && !value.flow ? value.items.map((i) => lineOf(i as Node)) : [];
		out.set(String(pair.key.value), { line: lineOf(pair.key as Node), items });
	}
	return out;
}

const CASES: [string, string[]][] = [
	["plain keys and a block list", ["tier: A", "promises:", "  - 2026-12-01 Send the deck", "  - 2026-12-02 Intro"]],
	["a list at the key's own indentation", ["promises:", "- one", "- two", "tier: B"]],
	["comments and blank lines", ["# who", "tier: A", "", "promises:  # open ones", "  # a comment in the list", "  - one", "", "  - two"]],
	["quoted keys", ['"Tier ": A', "'last-contacted': 2026-11-01", '"say \\"hi\\"": x']],
	["an indented top-level map", ["  tier: A", "  promises:", "    - one", "    - two"]],
	["a block scalar whose lines look like keys and items", ["notes: |", "  tier: X", "  - not an item", "promises:", "  - real"]],
	["a folded scalar with keep and indent indicators", ["notes: >2-", "   - still text", "tier: A"]],
	["a multi-line quoted value", ['notes: "first line', "  - still in the quote", '  end"', "promises:", "  - real"]],
	["a single-quoted value with an escaped quote", ["notes: 'it''s", "  - text'", "tier: A"]],
	["items that are maps, nested lists and block scalars", ["promises:", "  - due: 2026-12-01", "    what: Send", "  - - nested", "    - deeper", "  - |", "    - block", "  - 2026-12-03 last"]],
	["a one-key map item with ': '", ["promises:", "  - 2026-12-10 Intro to Priya re: data platform", "  - 2026-12-11: Send"]],
	["keys with colons and odd characters", ["a:b: 1", "url: http://x.y/z", "José: 1", "key with spaces: 2"]],
	["a flow list", ["interests: [AI, Climate]", "tier: A"]],
];

describe("frontmatterLines agrees with the YAML's own node positions", () => {
	it.each(CASES)("%s", (_what, fm) => {
		const { text, lines } = scan(fm);
		const expected = yamlLines(text);
		expect(expected.size).toBeGreaterThan(0);
		for (const [key, where] of expected) {
			expect([key, lines.keyLine(key)]).toEqual([key, where.line]);
			where.items.forEach((line, i) => expect([key, i, lines.itemLine(key, i)]).toEqual([key, i, line]));
		}
	});

	it.each(CASES)("%s, with CRLF line endings and a byte-order mark", (_what, fm) => {
		const text = `\uFEFF${["---", ...fm, "---", ""].join("\r\n")}`;
		const lines = frontmatterLines(text, locateFrontmatter(text)?.bodyStart ?? 0);
		for (const [key, where] of yamlLines(text)) {
			expect(lines.keyLine(key)).toBe(where.line);
			where.items.forEach((line, i) => expect(lines.itemLine(key, i)).toBe(line));
		}
	});
});

describe("frontmatterLines", () => {
	it("numbers lines from the note's first line (the opening fence is line 1)", () => {
		const { lines } = scan(["tier: A", "promises:", "  - one"]);
		expect([lines.keyLine("tier"), lines.keyLine("promises"), lines.itemLine("promises", 0)]).toEqual([2, 3, 4]);
	});

	it("a flow list's items, and items past the end, are placed on the key's line", () => {
		const { lines } = scan(["tier: A", "interests: [AI, Climate]", "goals:", "  - one"]);
		expect([lines.itemLine("interests", 0), lines.itemLine("interests", 1), lines.itemLine("goals", 5)]).toEqual([3, 3, 4]);
	});

	it("a key the scanner does not find has no line", () => {
		const { lines } = scan(["tier: A"]);
		expect([lines.keyLine("cadence"), lines.itemLine("cadence", 0)]).toEqual([undefined, undefined]);
	});

	it("a note without frontmatter has no lines", () => {
		const lines = frontmatterLines("tier: A\n", 0);
		expect(lines.keyLine("tier")).toBeUndefined();
	});

	it("the first of two equal keys is the one named (the YAML is an error anyway)", () => {
		const { lines } = scan(["tier: A", "tier: B"]);
		expect(lines.keyLine("tier")).toBe(2);
	});

	it("the body is not scanned", () => {
		const text = "---\ntier: A\n---\npromises:\n  - not frontmatter\n";
		const lines = frontmatterLines(text, locateFrontmatter(text)?.bodyStart ?? 0);
		expect(lines.keyLine("promises")).toBeUndefined();
	});
});

describe("frontmatterLines on generated frontmatter", () => {
	// Text that YAML must quote, fold or write as a block: ": ", "- ", "#", line breaks.
	const text = fc.constantFrom("Ada", "re: data", "- dash", "a # b", "two\nlines", "'q'", '"dq"', "x:", "2026-12-01 Send", "", " lead");
	const scalar = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null));
	const item = fc.oneof(scalar, fc.dictionary(fc.constantFrom("due", "what", "k: v"), scalar, { minKeys: 1, maxKeys: 2 }), fc.array(scalar, { maxLength: 2 }));
	const value = fc.oneof(scalar, fc.array(item, { maxLength: 4 }));
	const key = fc.constantFrom("tier", "promises", "interests", "last_contact", "a b", "k: v", "# not", "- x", "José");
	const data = fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 });

	it("places every top-level key and block-list item where the YAML has it", () => {
		fc.assert(
			fc.property(data, fc.constantFrom(2, 4), fc.boolean(), (obj, indent, flow) => {
				const yaml = stringify(obj, { indent, indentSeq: indent === 4, collectionStyle: flow ? "any" : "block", lineWidth: 0 });
				const note = `---\n${yaml}---\nBody\n`;
				// (stringify can emit YAML that does not parse back, such as an empty list on the
				// line after its key; such a note has no frontmatter to place lines in.)
				fc.pre(parseDocument(yaml, { schema: "core" }).errors.length === 0);
				const lines = frontmatterLines(note, locateFrontmatter(note)?.bodyStart ?? 0);
				for (const [k, where] of yamlLines(note)) {
					expect(lines.keyLine(k)).toBe(where.line);
					where.items.forEach((line, i) => expect(lines.itemLine(k, i)).toBe(line));
				}
			}),
			{ numRuns: 300 },
		);
	});
});
