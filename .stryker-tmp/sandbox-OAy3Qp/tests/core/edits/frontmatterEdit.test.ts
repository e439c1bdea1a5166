/**
 * Before/after fixtures for the frontmatter splices: each row is the note before, the edit,
 * and the exact note after. `\r\n` rows prove line endings are kept.
 */
// @ts-nocheck

import {
	addListItem,
	clearFrontmatterValue,
	isPlainSafe,
	removeListItem,
	renderScalar,
	replaceListItem,
	setFrontmatterScalar,
} from "../../../src/core/edits/frontmatterEdit";
import type { EditResult } from "../../../src/core/edits/result";

function text(r: EditResult): string {
	if (!r.ok) throw new Error(`refused: ${r.reason}`);
	return r.text;
}

describe("setFrontmatterScalar", () => {
	it.each([
		["replaces a plain value", "---\nlast_contact: 2026-01-01\n---\n", "---\nlast_contact: 2026-11-27\n---\n"],
		["keeps double quotes", '---\nlast_contact: "2026-01-01"\n---\n', '---\nlast_contact: "2026-11-27"\n---\n'],
		["keeps single quotes", "---\nlast_contact: '2026-01-01'\n---\n", "---\nlast_contact: '2026-11-27'\n---\n"],
		["keeps a comment after the value", "---\nlast_contact: 2026-01-01 # by phone\n---\n", "---\nlast_contact: 2026-11-27 # by phone\n---\n"],
		["keeps trailing spaces", "---\nlast_contact: 2026-01-01   \ntier: A\n---\n", "---\nlast_contact: 2026-11-27   \ntier: A\n---\n"],
		["fills an empty value", "---\ntier: A\nlast_contact:\n---\n", "---\ntier: A\nlast_contact: 2026-11-27\n---\n"],
		["fills an empty value before its comment", "---\nlast_contact:   # when\n---\n", "---\nlast_contact: 2026-11-27   # when\n---\n"],
		["replaces an explicit null", "---\nlast_contact: null\n---\n", "---\nlast_contact: 2026-11-27\n---\n"],
		["adds a missing key as the block's last line", "---\ntier: A # top\ntags: [x]\n---\nBody\n", "---\ntier: A # top\ntags: [x]\nlast_contact: 2026-11-27\n---\nBody\n"],
		["adds to an empty block", "---\n---\nBody", "---\nlast_contact: 2026-11-27\n---\nBody"],
		["adds to a comment-only block", "---\n# nothing yet\n---\n", "---\n# nothing yet\nlast_contact: 2026-11-27\n---\n"],
		["creates a block in a note without one", "# Ada\n", "---\nlast_contact: 2026-11-27\n---\n# Ada\n"],
		["creates a block after a byte-order mark", "\uFEFF# Ada", "\uFEFF---\nlast_contact: 2026-11-27\n---\n# Ada"],
		["creates a block above a ---js block (not frontmatter in Obsidian)", "---js\nconst a = 1;\n---\nx\n", "---\nlast_contact: 2026-11-27\n---\n---js\nconst a = 1;\n---\nx\n"],
		["creates a block when the first --- never closes", "---\ntier: A\n", "---\nlast_contact: 2026-11-27\n---\n---\ntier: A\n"],
		["uses CRLF in a CRLF note", "---\r\ntier: A\r\n---\r\nBody\r\n", "---\r\ntier: A\r\nlast_contact: 2026-11-27\r\n---\r\nBody\r\n"],
		["replaces inside CRLF without touching endings", "---\r\nlast_contact: 2026-01-01\r\n---\r\n", "---\r\nlast_contact: 2026-11-27\r\n---\r\n"],
		["works with a ... closing fence", "---\ntier: A\n...\nBody\n", "---\ntier: A\nlast_contact: 2026-11-27\n...\nBody\n"],
		["keeps a missing final newline", "---\ntier: A\n---", "---\ntier: A\nlast_contact: 2026-11-27\n---"],
		["updates a key spelled in another case", "---\nLast_Contact: 2026-01-01\n---\n", "---\nLast_Contact: 2026-11-27\n---\n"],
		["adds to JSON frontmatter in its style", '---\n{\n  "tags": "journal",\n  "publish": false\n}\n---\n', '---\n{\n  "tags": "journal",\n  "publish": false,\n  "last_contact": "2026-11-27"\n}\n---\n'],
		["adds to one-line flow frontmatter", '---\n{"title": "JSON"}\n---\n', '---\n{"title": "JSON", "last_contact": "2026-11-27"}\n---\n'],
		["keeps an indented top-level map indented", "---\n  tier: A\n---\n", "---\n  tier: A\n  last_contact: 2026-11-27\n---\n"],
	])("%s", (_name, before, after) => {
		expect(text(setFrontmatterScalar(before, "last_contact", "2026-11-27"))).toBe(after);
	});

	it("is idempotent: the same value twice gives the same bytes", () => {
		const once = text(setFrontmatterScalar("---\ntier: A\n---\n", "last_contact", "2026-11-27"));
		expect(text(setFrontmatterScalar(once, "last_contact", "2026-11-27"))).toBe(once);
	});

	it("quotes a value that plain YAML would read differently", () => {
		expect(text(setFrontmatterScalar("---\na: 1\n---\n", "note", "yes: really # no"))).toBe('---\na: 1\nnote: "yes: really # no"\n---\n');
		expect(text(setFrontmatterScalar("---\nnote: x\n---\n", "note", "123"))).toBe('---\nnote: "123"\n---\n');
	});

	it.each([
		["frontmatter that does not parse", "---\ntier: [A\n---\n", /does not parse \(line 2/],
		["duplicate keys", "---\ntier: A\ntier: B\n---\n", /does not parse \(line 3: the key "tier" is repeated \(it is also on line 2\); map keys must be unique/],
		["a list value", "---\nlast_contact:\n  - 2026-01-01\n---\n", /holds a list/],
		["a block of text", "---\nlast_contact: |\n  2026-01-01\n---\n", /block of text/],
		["frontmatter that is a list", "---\n- a\n- b\n---\n", /not a set of properties/],
	])("refuses %s and names the problem", (_name, before, reason) => {
		const r = setFrontmatterScalar(before, "last_contact", "2026-11-27");
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).toMatch(reason);
	});

	it("gives the YAML error's line in the note", () => {
		const r = setFrontmatterScalar("---\na: 1\nb: 2\nc: [x\n---\n", "last_contact", "2026-11-27");
		expect(r).toMatchObject({ ok: false, line: 4 });
	});
});

describe("clearFrontmatterValue", () => {
	it.each([
		["empties the value, keeps key and comment", "---\nsnooze_until: 2027-01-10 # leave\n---\n", "---\nsnooze_until: # leave\n---\n"],
		["keeps quoting out of the way", "---\nsnooze_until: \"2027-01-10\"\ntier: A\n---\n", "---\nsnooze_until:\ntier: A\n---\n"],
		["does nothing when the key is missing", "---\ntier: A\n---\n", "---\ntier: A\n---\n"],
		["does nothing when already empty", "---\nsnooze_until:\n---\n", "---\nsnooze_until:\n---\n"],
	])("%s", (_name, before, after) => {
		expect(text(clearFrontmatterValue(before, "snooze_until"))).toBe(after);
	});
});

describe("addListItem", () => {
	const item = "2026-12-01 Send the deck";
	it.each([
		["appends to an indented block list", "---\npromises:\n  - 2026-11-01 Call back\ntier: A\n---\n", "---\npromises:\n  - 2026-11-01 Call back\n  - 2026-12-01 Send the deck\ntier: A\n---\n"],
		["appends to an unindented block list", "---\npromises:\n- a\n---\n", "---\npromises:\n- a\n- 2026-12-01 Send the deck\n---\n"],
		["follows the last item's quoting", "---\npromises:\n  - 'a'\n---\n", "---\npromises:\n  - 'a'\n  - '2026-12-01 Send the deck'\n---\n"],
		["goes after a comment on the last item's line", "---\npromises:\n  - a # soon\n---\n", "---\npromises:\n  - a # soon\n  - 2026-12-01 Send the deck\n---\n"],
		["appends to a flow list", "---\npromises: [a, b]\n---\n", "---\npromises: [a, b, 2026-12-01 Send the deck]\n---\n"],
		["fills an empty flow list", "---\npromises: []\n---\n", "---\npromises: [2026-12-01 Send the deck]\n---\n"],
		["turns an empty value into a block list", "---\npromises:\ntier: A\n---\n", "---\npromises:\n  - 2026-12-01 Send the deck\ntier: A\n---\n"],
		["adds the key as a block list", "---\ntier: A\n---\n", "---\ntier: A\npromises:\n  - 2026-12-01 Send the deck\n---\n"],
		["creates frontmatter when there is none", "Body\n", "---\npromises:\n  - 2026-12-01 Send the deck\n---\nBody\n"],
		["uses CRLF", "---\r\npromises:\r\n  - a\r\n---\r\n", "---\r\npromises:\r\n  - a\r\n  - 2026-12-01 Send the deck\r\n---\r\n"],
	])("%s", (_name, before, after) => {
		expect(text(addListItem(before, "promises", item))).toBe(after);
	});

	it("quotes an item that would not read back in a flow list", () => {
		expect(text(addListItem("---\npromises: [a]\n---\n", "promises", "x, y"))).toBe('---\npromises: [a, "x, y"]\n---\n');
	});

	it("refuses a value that is not a list, naming the line", () => {
		const r = addListItem("---\ntier: A\npromises: call Ada\n---\n", "promises", item);
		expect(r).toMatchObject({ ok: false, line: 3 });
		if (!r.ok) expect(r.reason).toMatch(/not a list/);
	});
});

describe("removeListItem and replaceListItem", () => {
	it.each([
		["removes a middle block item", "---\np:\n  - a\n  - b # note\n  - c\n---\n", 1, "---\np:\n  - a\n  - c\n---\n"],
		["removes the last block item", "---\np:\n  - a\n  - b\n---\n", 1, "---\np:\n  - a\n---\n"],
		["leaves [] when the list empties, as Obsidian does", "---\np: # open\n  - a\nq: 1\n---\n", 0, "---\np: [] # open\nq: 1\n---\n"],
		["removes the first flow item", "---\np: [a, 'b', c]\n---\n", 0, "---\np: ['b', c]\n---\n"],
		["removes the last flow item", "---\np: [a, b]\n---\n", 1, "---\np: [a]\n---\n"],
		["removes the only flow item", "---\np: [a]\n---\n", 0, "---\np: []\n---\n"],
		["keeps CRLF", "---\r\np:\r\n  - a\r\n  - b\r\n---\r\n", 0, "---\r\np:\r\n  - b\r\n---\r\n"],
	])("%s", (_name, before, index, after) => {
		expect(text(removeListItem(before, "p", index))).toBe(after);
	});

	it.each([
		["replaces a plain item", "---\np:\n  - 2026-11-20 Deck\n---\n", "---\np:\n  - 2026-12-04 Deck\n---\n"],
		["keeps the item's quotes", '---\np:\n  - "2026-11-20 Deck" # x\n---\n', '---\np:\n  - "2026-12-04 Deck" # x\n---\n'],
		["replaces in a flow list", "---\np: [2026-11-20 Deck, b]\n---\n", "---\np: [2026-12-04 Deck, b]\n---\n"],
	])("%s", (_name, before, after) => {
		expect(text(replaceListItem(before, "p", 0, "2026-12-04 Deck"))).toBe(after);
	});

	it("refuses an index that does not exist", () => {
		expect(removeListItem("---\np: [a]\n---\n", "p", 3).ok).toBe(false);
		expect(replaceListItem("---\np: [a]\n---\n", "p", 3, "x").ok).toBe(false);
	});
});

describe("scalar rendering", () => {
	it.each([
		["2026-11-27", true],
		["Send the deck", true],
		["yes", true],
		["123", false],
		["true", false],
		["null", false],
		["a: b", false],
		["a #b", false],
		["- dash", false],
		["[[Ada]]", false],
		["", false],
		[" lead", false],
	])("%j plain-safe: %s", (value, safe) => {
		expect(isPlainSafe(value, false)).toBe(safe);
	});

	it("escapes single quotes by doubling them", () => {
		expect(renderScalar("it's", "single")).toBe("'it''s'");
	});
});
