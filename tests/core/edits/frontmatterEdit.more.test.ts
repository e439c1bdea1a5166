/**
 * More before/after fixtures for the frontmatter splices, for the paths frontmatterEdit.test.ts
 * leaves out: flow-map (JSON-style) frontmatter, CRLF and odd spacing around a key, values that
 * need quoting in one context and not in another, and the refusals, each with its exact reason
 * and line. Each row asserts the whole note after the edit (or the whole refusal), so a splice
 * that lands one byte off, or a refusal that names the wrong thing, fails here.
 */
import { addListItem, clearFrontmatterValue, removeListItem, replaceListItem, setFrontmatterScalar } from "../../../src/core/edits/frontmatterEdit";
import type { EditResult } from "../../../src/core/edits/result";

function text(r: EditResult): string {
	if (!r.ok) throw new Error(`refused: ${r.reason}`);
	return r.text;
}

const notChanged = "the note was not changed";

describe("setFrontmatterScalar: flow-map (JSON-style) frontmatter", () => {
	it.each([
		["fills an empty flow map", "---\n{}\n---\n", "---\n{last_contact: 2026-11-27}\n---\n"],
		["adds to a one-line flow map with plain keys, unquoted", "---\n{a: 1}\n---\n", "---\n{a: 1, last_contact: 2026-11-27}\n---\n"],
		// The new entry takes the last key's indent, whatever it is...
		["follows a four-space indent", '---\n{\n    "a": 1\n}\n---\n', '---\n{\n    "a": 1,\n    "last_contact": "2026-11-27"\n}\n---\n'],
		["follows a one-space indent", '---\n{"title": "JSON",\n "tags": "x"}\n---\n', '---\n{"title": "JSON",\n "tags": "x",\n "last_contact": "2026-11-27"}\n---\n'],
		// ...and two spaces when the last key shares its line with another entry.
		["uses two spaces after a line of several entries", '---\n{\n "a": 1, "b": 2\n}\n---\n', '---\n{\n "a": 1, "b": 2,\n  "last_contact": "2026-11-27"\n}\n---\n'],
	])("%s", (_name, before, after) => {
		expect(text(setFrontmatterScalar(before, "last_contact", "2026-11-27"))).toBe(after);
	});

	it("quotes a value with a comma in a flow map, and not in a block map", () => {
		expect(text(setFrontmatterScalar("---\n{a: 1}\n---\n", "note", "x, y"))).toBe('---\n{a: 1, note: "x, y"}\n---\n');
		expect(text(setFrontmatterScalar("---\n{a: 1, note: old}\n---\n", "note", "x, y"))).toBe('---\n{a: 1, note: "x, y"}\n---\n');
		expect(text(setFrontmatterScalar("---\n{note: , a: 1}\n---\n", "note", "x, y"))).toBe('---\n{note: "x, y" , a: 1}\n---\n');
		expect(text(setFrontmatterScalar("---\nnote: old\n---\n", "note", "x, y"))).toBe("---\nnote: x, y\n---\n");
		expect(text(setFrontmatterScalar("---\nnote:\n---\n", "note", "x, y"))).toBe("---\nnote: x, y\n---\n");
	});
});

describe("setFrontmatterScalar: keys and values that need care", () => {
	it("fills an empty value whose key has a space before the colon", () => {
		expect(text(setFrontmatterScalar("---\nlast_contact :\n---\n", "last_contact", "2026-11-27"))).toBe("---\nlast_contact : 2026-11-27\n---\n");
	});

	it("adds a key after an explicit `? key` first entry at the left margin", () => {
		expect(text(setFrontmatterScalar("---\n? tier\n: A\n---\n", "last_contact", "2026-11-27"))).toBe("---\n? tier\n: A\nlast_contact: 2026-11-27\n---\n");
	});

	it("writes a new key single-quoted when the keys are, doubling a quote in it", () => {
		expect(text(setFrontmatterScalar("---\n'tier': A\n---\n", "last_contact", "2026-11-27"))).toBe("---\n'tier': A\n'last_contact': 2026-11-27\n---\n");
		expect(text(setFrontmatterScalar("---\n'tier': A\n---\n", "it's", "x"))).toBe("---\n'tier': A\n'it''s': x\n---\n");
	});

	it("quotes a key that plain YAML would cut at a comment, and not one with a comma", () => {
		expect(text(setFrontmatterScalar("---\na: 1\n---\n", "my #key", "v"))).toBe('---\na: 1\n"my #key": v\n---\n');
		expect(text(setFrontmatterScalar("---\na: 1\n---\n", "met at, city", "v"))).toBe("---\na: 1\nmet at, city: v\n---\n");
	});

	it("quotes a handle that starts with @ and a value with a tab", () => {
		expect(text(setFrontmatterScalar("---\na: 1\n---\n", "handle", "@ada-lovelace"))).toBe('---\na: 1\nhandle: "@ada-lovelace"\n---\n');
		expect(text(setFrontmatterScalar("---\na: 1\n---\n", "handle", "@ada"))).toBe('---\na: 1\nhandle: "@ada"\n---\n');
		expect(text(setFrontmatterScalar("---\na: 1\n---\n", "note", "a\tb"))).toBe('---\na: 1\nnote: "a\\tb"\n---\n');
	});

	it.each([
		["a set of properties", "---\ntier: A\nlast_contact:\n  a: 1\n---\n", "last_contact holds a set of properties, not a single value; the note was not changed", 4],
		["an alias", "---\nx: &d 2026-01-01\nlast_contact: *d\n---\n", "last_contact holds an alias, not a single value; the note was not changed", 3],
		["a list, on the line of its first item", "---\ntier: A\nlast_contact:\n  - 2026-01-01\n---\n", "last_contact holds a list, not a single value; the note was not changed", 4],
		["a literal block", "---\ntier: A\nlast_contact: |\n  2026-01-01\n---\n", "last_contact holds a block of text (| or >); the note was not changed", 3],
		["a folded block", "---\ntier: A\nlast_contact: >\n  2026-01-01\n---\n", "last_contact holds a block of text (| or >); the note was not changed", 3],
	])("refuses a value that is %s, with the reason and line", (_name, before, reason, line) => {
		expect(setFrontmatterScalar(before, "last_contact", "x")).toEqual({ ok: false, reason, line });
	});

	it("refuses an explicit `? key` with no value instead of guessing where to write", () => {
		expect(setFrontmatterScalar("---\n? last_contact\n---\n", "last_contact", "x")).toEqual({ ok: false, reason: "Tend could not find last_contact in its frontmatter" });
	});
});

describe("clearFrontmatterValue: more cases", () => {
	it.each([
		["takes tabs before the value with it", "---\ns:\t\t2027-01-01\n---\n", "---\ns:\n---\n"],
		["leaves an empty value with spaces before its comment as it is", "---\ns:   # later\n---\n", "---\ns:   # later\n---\n"],
		["leaves an explicit null as it is", "---\ns: null\n---\n", "---\ns: null\n---\n"],
	])("%s", (_name, before, after) => {
		expect(text(clearFrontmatterValue(before, "s"))).toBe(after);
	});

	it.each([
		["a literal block", "---\ns: |\n  a\n---\n"],
		["a folded block", "---\ns: >\n  a\n---\n"],
		["a list", "---\ns: [a]\n---\n"],
		["a set of properties", "---\ns:\n  a: 1\n---\n"],
	])("refuses %s", (_name, before) => {
		expect(clearFrontmatterValue(before, "s")).toEqual({ ok: false, reason: `s does not hold a single value; ${notChanged}` });
	});
});

describe("addListItem: more cases", () => {
	it.each([
		["turns an empty CRLF value into a block list", "---\r\npromises:\r\ntier: A\r\n---\r\n", "a", "---\r\npromises:\r\n  - a\r\ntier: A\r\n---\r\n"],
		["turns an empty value in a flow map into a flow list", "---\n{tier: A, promises: }\n---\n", "2026-12-01 Send the deck", "---\n{tier: A, promises: [2026-12-01 Send the deck] }\n---\n"],
		["quotes a comma item there", "---\n{tier: A, promises: }\n---\n", "x, y", '---\n{tier: A, promises: ["x, y"] }\n---\n'],
		["writes after the colon when a space comes before it", "---\n{tier: A, promises : }\n---\n", "x", "---\n{tier: A, promises : [x] }\n---\n"],
		["adds the key to a flow map as a flow list", "---\n{a: 1}\n---\n", "2026-12-01 Send the deck", "---\n{a: 1, promises: [2026-12-01 Send the deck]}\n---\n"],
		["quotes a comma item there too", "---\n{a: 1}\n---\n", "x, y", '---\n{a: 1, promises: ["x, y"]}\n---\n'],
		["keeps a comma item plain in a block list", "---\npromises:\n  - a\n---\n", "b, c", "---\npromises:\n  - a\n  - b, c\n---\n"],
		["follows double quotes in a flow list", '---\npromises: ["a"]\n---\n', "b", '---\npromises: ["a", "b"]\n---\n'],
		["keeps the spaces after the dash", "---\npromises:\n  -   a\n---\n", "b", "---\npromises:\n  -   a\n  -   b\n---\n"],
		["goes after a last item that spans lines", "---\npromises:\n  - a\n    b\nq: 1\n---\n", "c", "---\npromises:\n  - a\n    b\n  - c\nq: 1\n---\n"],
	])("%s", (_name, before, item, after) => {
		expect(text(addListItem(before, "promises", item))).toBe(after);
	});

	it.each([
		["a set of properties", "---\ntier: A\npromises:\n  a: 1\n---\n", "promises holds a set of properties, not a list; make it a list first (the note was not changed)", 4],
		["a single value", "---\ntier: A\npromises: call Ada\n---\n", "promises holds a single value, not a list; make it a list first (the note was not changed)", 3],
	])("refuses a value that is %s, with the reason and line", (_name, before, reason, line) => {
		expect(addListItem(before, "promises", "x")).toEqual({ ok: false, reason, line });
	});

	it("refuses a list whose last item has a tag before it", () => {
		expect(addListItem("---\npromises:\n  - !!str 2026\n---\n", "promises", "x")).toEqual({ ok: false, reason: `promises's last item is not on a line of its own; ${notChanged}` });
	});
});

describe("removeListItem: more cases", () => {
	it.each([
		["leaves [] after a key with a space before its colon", "---\np : # x\n  - a\n---\n", 0, "---\np : [] # x\n---\n"],
		["keeps the spaces after the dash", "---\np:\n  -   a\n  -   b\n---\n", 0, "---\np:\n  -   b\n---\n"],
		["removes every line of an item that spans lines", "---\np:\n  - a\n    b\n  - c\n---\n", 0, "---\np:\n  - c\n---\n"],
	])("%s", (_name, before, index, after) => {
		expect(text(removeListItem(before, "p", index))).toBe(after);
	});

	it.each([
		["an index past the end", "---\np: [a]\n---\n", 3, { ok: false, reason: "p has no item 4" }],
		["a missing key", "---\ntier: A\n---\n", 0, { ok: false, reason: "p has no item 1" }],
		["a single value", "---\ntier: A\np: x\n---\n", 0, { ok: false, reason: "p holds a single value, not a list; make it a list first (the note was not changed)", line: 3 }],
		["an item with a tag before it", "---\np:\n  - a\n  - !!str 1\n---\n", 1, { ok: false, reason: `p's item 2 is not on a line of its own; ${notChanged}` }],
	])("refuses %s", (_name, before, index, refusal) => {
		expect(removeListItem(before, "p", index)).toEqual(refusal);
	});
});

describe("replaceListItem: more cases", () => {
	it.each([
		// The reader reads `- 2026-12-10 Intro re: data` as a line of text, not a map.
		["replaces a line that YAML reads as a one-key map, quoted", "---\np:\n  - 2026-12-10 Intro re: data # x\n---\n", 0, "2026-12-11 Intro", '---\np:\n  - "2026-12-11 Intro" # x\n---\n'],
		["keeps a comma item plain in a block list", "---\np:\n  - a\n---\n", 0, "b, c", "---\np:\n  - b, c\n---\n"],
		["quotes a comma item in a flow list", "---\np: [a, d]\n---\n", 0, "b, c", '---\np: ["b, c", d]\n---\n'],
	])("%s", (_name, before, index, value, after) => {
		expect(text(replaceListItem(before, "p", index, value))).toBe(after);
	});

	it.each([
		["an index past the end", "---\np: [a]\n---\n", 3, { ok: false, reason: "p has no item 4" }],
		["a missing key", "---\ntier: A\n---\n", 0, { ok: false, reason: "p has no item 1" }],
		["a single value", "---\ntier: A\np: x\n---\n", 0, { ok: false, reason: "p holds a single value, not a list; make it a list first (the note was not changed)", line: 3 }],
	])("refuses %s", (_name, before, index, refusal) => {
		expect(replaceListItem(before, "p", index, "x")).toEqual(refusal);
	});

	it.each([
		["a literal block", "---\np:\n  - a\n  - |\n    b\n---\n", 1],
		["a folded block", "---\np:\n  - a\n  - >\n    b\n---\n", 1],
		["a map of two keys", "---\np:\n  - a: b\n    c: d\n---\n", 0],
		["a one-key map of a list", "---\np:\n  - a: [b, c]\n---\n", 0],
		["a one-key map whose value is on the next line", "---\np:\n  - 2026-12-10 Intro re:\n      data\n---\n", 0],
		["a one-key map of a block of text", "---\np:\n  - a: |\n      x\n---\n", 0],
		["a one-key flow map", "---\np:\n  - {a: b}\n---\n", 0],
	])("refuses an item that is %s", (_name, before, index) => {
		expect(replaceListItem(before, "p", index, "x")).toEqual({ ok: false, reason: `p's item ${index + 1} is not a single line of text; ${notChanged}` });
	});
});
