/**
 * One frontmatter rule for every reader: the CLI (`contactFromText` in src/cli/vault.ts, which
 * reads with gray-matter) and the plugin (`contactFromCache` over a metadata cache as the fake
 * Obsidian builds it, plus the text for the log) must give the same Contact, diagnostics
 * included, for the same bytes. Run over every fixture note under tests/, every note of
 * examples/vault, the tricky fences, and generated notes; `npm run test:corpus` runs the
 * same check over the corpus of real notes.
 *
 * This is the test for the bug where gray-matter ended the frontmatter at the first line
 * starting with `---` (`----`, `---x: 1`) while the core wanted a line that is exactly `---`:
 * `tend check` said "fine", `tend due` listed the contact, and `tend log` refused the note.
 */
// @ts-nocheck

import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { readNoteText } from "../../src/cli/noteReader";
import { contactFromText as cliContact } from "../../src/cli/vault";
import { parseIsoDay } from "../../src/core/calendar";
import { keepPromise, logTouchpoint, snooze } from "../../src/core/edits/requests";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { read, removeVault, makeVault, tend } from "../cli/support";
import { note, render } from "../support/noteArbitrary";
import { readerDisagreements } from "../support/parity";
import { EXAMPLE_VAULT, readVault, ROOT } from "./harness";

const today = parseIsoDay("2026-11-27") as number;
const disagreements = (path: string, text: string) => readerDisagreements(path, text, DEFAULT_SETTINGS, today);

/** Every `.md` file under a folder, by path relative to it. */
function markdownUnder(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (abs: string, rel: string) => {
		for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
			if (entry.name === "node_modules") continue;
			const p = rel === "" ? entry.name : `${rel}/${entry.name}`;
			if (entry.isDirectory()) walk(path.join(abs, entry.name), p);
			else if (entry.name.endsWith(".md")) out[p] = fs.readFileSync(path.join(abs, entry.name), "utf8");
		}
	};
	walk(dir, "");
	return out;
}

describe("every fixture note under tests/", () => {
	const fixtures = markdownUnder(path.join(ROOT, "tests"));
	it("finds the fixtures", () => expect(Object.keys(fixtures).length).toBeGreaterThanOrEqual(5));
	// Each fixture is read as a contact (under People/) and as a note elsewhere (tag or type).
	test.each(Object.keys(fixtures))("%s", (rel) => {
		const text = fixtures[rel] as string;
		const name = path.basename(rel);
		expect(disagreements(`People/${name}`, text)).toEqual([]);
		expect(disagreements(`Notes/${name}`, text)).toEqual([]);
	});
});

describe("every note of examples/vault", () => {
	const vault = readVault(EXAMPLE_VAULT);
	test.each(Object.keys(vault))("%s", (rel) => {
		expect(disagreements(rel, vault[rel] as string)).toEqual([]);
	});
});

const LOG = "## Touchpoints\n- 2026-11-01 call — Hi\n";

const tricky: [string, string][] = [
	["a ---- line inside the block (YAML that does not parse)", `---\ntier: A\n----\nlast_contact: 2026-10-01\n---\n${LOG}`],
	["a ---x: 1 line inside the block (a key)", `---\ntier: A\n---x: 1\nlast_contact: 2026-10-01\n---\n${LOG}`],
	["a ---- first line (no frontmatter)", `----\ntier: A\n---\n${LOG}`],
	["--- with spaces after it", `---  \ntier: A\nlast_contact: 2026-10-01\n--- \t\n${LOG}`],
	["a tab after the fences", `---\t\ntier: B\n...\t\n${LOG}`],
	["a ... closing line", `---\ntier: A\nlast_contact: 2026-11-01\n...\nBody\n`],
	["a .... line is not a closing line", `---\ntier: A\n....\n---\n`],
	["CRLF line endings", "---\r\ntier: B\r\nlast_contact: 2026-10-01\r\n---\r\n## Touchpoints\r\n- 2026-11-02 share — A link\r\n"],
	["CRLF and a ---x line", "---\r\ntier: B\r\n---x: 2\r\n---\r\nBody\r\n"],
	["a byte-order mark", "\uFEFF---\ntier: C\n---\n## Touchpoints\n- 2026-01-02 call — x\n"],
	["a byte-order mark and CRLF", "\uFEFF---\r\ntier: C\r\n---\r\n"],
	["a ---js block, which must not run", "---js\n{ tier: (globalThis.tendProbe = 1, 'A') }\n---\n"],
	["---javascript", "---javascript\n{ tier: 'A' }\n---\n"],
	["no closing line", "---\ntier: A\nlast_contact: 2026-10-01\n\nSome text\n"],
	["an empty block", "---\n---\n# Empty\n"],
	["an empty CRLF block", "---\r\n---\r\n"],
	["a block of comments only", "---\n# just a comment\n  # another\n---\nBody\n"],
	["a block of white space only", "---\n  \n\t\n---\n"],
	["a block at the end of the file without a newline", "---\ntier: A\nlast_contact: 2026-10-01\n---"],
	["only an opening line", "---"],
	["only an opening line and its newline", "---\n"],
	["a literal block scalar at the end of the block", "---\ntier: A\nbio: |\n  Likes ---\n  and more\n---\n"],
	["a literal block keeping its final newlines", "---\ntier: A\nbio: |+\n  text\n\n---\n"],
	["the CLI's delimiter inside the block", "---\ntier: A\n...tend-end: 1\n...tend-end-: 2\n---\n"],
	["a repeated key", "---\ntier: A\ntier: B\n---\n"],
	["a repeated nested key", "---\ntier: A\naddress:\n  city: A\n  city: B\n---\n"],
	["YAML that does not parse", "---\ntier: A\nlast_contact: 2026-10-01\nbad: [unclosed\n---\n## Touchpoints\n- 2026-11-01 call — Hi\n"],
	["an alias to no anchor", "---\ntier: A\nx: *nope\n---\n"],
	["a list instead of properties", "---\n- a\n- b\n---\n"],
	["a list after blank lines", "---\n\n\n- a\n---\n"],
	["an unclosed flow list", "---\ntier: [A\n---\n"],
	["a tab indent", "---\ntier: A\npromises:\n\t- 2026-12-01 x\n---\n"],
	["a date that does not exist", "---\ntier: A\nlast_contact: 2026-02-30\npromises:\n  - 2026-13-01 Nothing\n---\n"],
	["JSON frontmatter", '---\n{"tier": "A", "last_contact": "2026-10-01"}\n---\n'],
	["a second block further down", "---\ntier: A\n---\nBody\n---\ntier: B\n---\n"],
];

describe("tricky fences and blocks", () => {
	test.each(tricky)("%s", (_what, text) => {
		const g = globalThis as { tendProbe?: number };
		delete g.tendProbe;
		expect(disagreements("People/Ada.md", text)).toEqual([]);
		expect(disagreements("Notes/Ada.md", `${text}\n#contact\n`)).toEqual([]);
		expect(g.tendProbe).toBeUndefined();
	});

	it("a ---x: 1 line is a key of the block, not its end (what gray-matter alone would do)", () => {
		const text = "---\ntier: A\n---x: 1\nlast_contact: 2026-10-01\n---\n";
		expect(readNoteText(text).frontmatter).toEqual({ tier: "A", "---x": 1, last_contact: "2026-10-01" });
		expect(cliContact("People/Ada.md", text, DEFAULT_SETTINGS, today)?.lastContactField).toBe(parseIsoDay("2026-10-01"));
	});

	it("a ---- line inside the block is a YAML error for the CLI too, on its line", () => {
		const read = readNoteText("---\ntier: A\n----\nlast_contact: 2026-10-01\n---\n");
		expect(read.frontmatter).toBeNull();
		expect(read.problem?.line).toBe(3);
	});

	it.each([
		["---\ntier: A\nx: *nope\n---\n", 3],
		["---\n- a\n- b\n---\n", 2],
		["---\n\n\n- a\n---\n", 4],
		["---\ntier: [A\n---\n", 2],
		["---\na: 1\na: 2\n---\n", 3],
	])("the CLI's reader names the YAML error's line in %j: %i", (text, line) => {
		expect(readNoteText(text).problem?.line).toBe(line);
	});
});

describe("generated notes", () => {
	const fence = fc.constantFrom("---", "---", "--- ", "---\t", "...");
	const stray = fc.constantFrom(null, null, "----", "---x: 1", "--- not a fence", "...tend-end: 2", "  ---");
	it("both readers give the same contact (property)", () => {
		fc.assert(
			fc.property(note, fence, stray, fc.nat(8), (n, close, line, at) => {
				let text = render(n);
				// Swap the closing fence, and slip a line that merely looks like a fence into the block.
				if (n.fm) {
					const eol = n.crlf ? "\r\n" : "\n";
					const lines = text.split(eol);
					const closeIndex = lines.findIndex((l, i) => i > 0 && (l === "---" || l === "..."));
					if (closeIndex > 0 && close !== "...") lines[closeIndex] = close;
					if (line !== null && closeIndex > 0) lines.splice(1 + (at % closeIndex), 0, line);
					text = lines.join(eol);
				}
				expect(disagreements("People/Ada.md", text)).toEqual([]);
			}),
			{ numRuns: 500 },
		);
	});
});

describe("an edit of the CLI's parse is the edit of the text (the CLI parses each note once)", () => {
	const notes: [string, string][] = [...Object.entries(readVault(EXAMPLE_VAULT)), ...tricky];
	test.each(notes)("%s", (_what, text) => {
		const request = { date: today, kind: "call", summary: "Caught up", hours: 1, name: "Ada" };
		const promise = cliContact("People/Ada.md", text, DEFAULT_SETTINGS, today)?.promises[0];
		const viaCli = readNoteText(text).note;
		expect(logTouchpoint(viaCli, request, DEFAULT_SETTINGS)).toEqual(logTouchpoint(text, request, DEFAULT_SETTINGS));
		expect(snooze(viaCli, today + 9, DEFAULT_SETTINGS)).toEqual(snooze(text, today + 9, DEFAULT_SETTINGS));
		if (promise) expect(keepPromise(viaCli, promise, today, DEFAULT_SETTINGS, "Ada")).toEqual(keepPromise(text, promise, today, DEFAULT_SETTINGS, "Ada"));
	});
});

describe("the commands agree on a note with a line that only starts like a fence", () => {
	test("---x: 1 in the block: check is fine, due lists it, log writes it", () => {
		const text = "---\ntier: A\n---x: 1\nlast_contact: 2026-01-01\n---\n## Touchpoints\n";
		const root = makeVault({ "People/Ada.md": text });
		try {
			expect(tend(["check", "--vault", root, "--today", "2026-11-27"]).code).toBe(0);
			expect(tend(["due", "--vault", root, "--today", "2026-11-27"]).stdout).toContain("Ada");
			const log = tend(["log", "Ada", "--kind", "call", "--summary", "Caught up", "--vault", root, "--today", "2026-11-27"]);
			expect(log.stderr).toBe("");
			expect(log.code).toBe(0);
			expect(read(root, "People/Ada.md")).toBe("---\ntier: A\n---x: 1\nlast_contact: 2026-11-27\n---\n## Touchpoints\n- 2026-11-27 call — Caught up\n");
		} finally {
			removeVault(root);
		}
	});

	test("---- in the block: check reports the line, and log refuses naming the same line", () => {
		const text = "---\ntier: A\n----\nlast_contact: 2026-01-01\n---\n## Touchpoints\n";
		const root = makeVault({ "People/Ada.md": text });
		try {
			const check = tend(["check", "--vault", root, "--today", "2026-11-27"]);
			expect(check.code).toBe(1);
			expect(check.stdout).toMatch(/People\/Ada\.md:3: error: frontmatter does not parse \(line 3\)/);
			const log = tend(["log", "Ada", "--kind", "call", "--summary", "Caught up", "--vault", root, "--today", "2026-11-27"]);
			expect(log.code).toBe(2);
			expect(log.stderr).toMatch(/People\/Ada\.md:3: not changed: its frontmatter does not parse \(line 3: /);
			expect(read(root, "People/Ada.md")).toBe(text);
		} finally {
			removeVault(root);
		}
	});
});
