/**
 * What `tend` reads as people write it, end to end on a vault on disk: names typed without
 * accents or stored decomposed, a promise with ": " kept, a setext log heading, near-miss
 * keys and settings fields, a note that is not UTF-8, and every diagnostic with its line.
 */
// @ts-nocheck

import * as fs from "fs";
import * as path from "path";
import { firstInvalidUtf8 } from "../../src/cli/vault";
import { makeVault, read, removeVault, tend } from "./support";

const TODAY = ["--today", "2026-11-27"];
const made: string[] = [];
afterAll(() => made.forEach(removeVault));
function vault(files: Record<string, string | Buffer>): string {
	const root = makeVault(files);
	made.push(root);
	return root;
}

describe("names", () => {
	it('tend log "jose nunez" finds José Núñez', () => {
		const root = vault({ "People/José Núñez.md": "---\ntier: A\n---\n" });
		const r = tend(["log", "jose nunez", "--kind", "call", "--summary", "Coffee", "--vault", root, ...TODAY]);
		expect(r.stderr).toBe("");
		expect(r.stdout).toBe("Logged call with José Núñez on 2026-11-27 in People/José Núñez.md; last_contact (none) -> 2026-11-27\n");
	});

	it("a file name stored decomposed (NFD) matches the name typed composed (NFC)", () => {
		const nfd = "People/José Núñez.md".normalize("NFD");
		const root = vault({ [nfd]: "---\ntier: A\n---\n" });
		// (A file system that normalizes names, such as APFS, may hand the name back composed;
		// the match must work either way.)
		const r = tend(["log", "José Núñez".normalize("NFC"), "--kind", "call", "--summary", "Coffee", "--vault", root, ...TODAY]);
		expect(r.stderr).toBe("");
		expect(r.code).toBe(0);
		expect(fs.readdirSync(path.join(root, "People")).map((n) => read(root, `People/${n}`))).toEqual(["---\ntier: A\nlast_contact: 2026-11-27\n---\n\n## Touchpoints\n- 2026-11-27 call — Coffee\n"]);
	});

	it("a near miss is suggested in the error", () => {
		const root = vault({ "People/José Núñez.md": "---\ntier: A\n---\n", "People/Ada.md": "---\ntier: B\n---\n" });
		const r = tend(["log", "jose nunes", "--kind", "call", "--summary", "x", "--vault", root, ...TODAY]);
		expect(r.code).toBe(2);
		expect(r.stderr).toBe('tend log: no contact matches "jose nunes"; did you mean:\n  People/José Núñez.md\n(run "tend log --help" for usage)\n');
	});
});

describe("a promise with ': ' in its text", () => {
	const before = "---\ntier: A\nlast_contact: 2026-11-01\npromises:\n  - 2026-12-10 Intro to Priya re: data platform\n---\n\n## Touchpoints\n";

	it("due lists it by its text and date, and check finds nothing wrong", () => {
		const root = vault({ "People/Ada.md": before });
		const out = JSON.parse(tend(["due", "--all", "--json", "--vault", root, "--today", "2026-12-09"]).stdout) as { contacts: { promises: unknown[] }[] };
		expect(out.contacts[0]?.promises).toEqual([{ due: "2026-12-10", what: "Intro to Priya re: data platform", status: "soon" }]);
		expect(tend(["check", "--vault", root, ...TODAY]).stdout).toBe("1 contact note checked: it is fine.\n");
	});

	it("promise keep logs the text, never an object", () => {
		const root = vault({ "People/Ada.md": before });
		const r = tend(["promise", "keep", "Ada", "--vault", root, ...TODAY]);
		expect(r.stdout).toBe('Kept "Intro to Priya re: data platform" for Ada (People/Ada.md)\n');
		expect(read(root, "People/Ada.md")).toBe(
			'---\ntier: A\nlast_contact: 2026-11-27\npromises: []\n---\n\n## Touchpoints\n- 2026-11-27 promise-kept — Kept "Intro to Priya re: data platform", due 2026-12-10: on time\n',
		);
	});
});

describe("a setext log heading", () => {
	it("tend log inserts under it, and due counts its entries", () => {
		const root = vault({ "People/Ada.md": "---\ntier: A\n---\nTouchpoints\n===========\n- 2026-11-01 call — Old\n" });
		tend(["log", "Ada", "--kind", "share", "--summary", "A link", "--vault", root, ...TODAY]);
		expect(read(root, "People/Ada.md")).toBe("---\ntier: A\nlast_contact: 2026-11-27\n---\nTouchpoints\n===========\n- 2026-11-27 share — A link\n- 2026-11-01 call — Old\n");
	});
});

describe("check: near misses, settings fields, lines", () => {
	const root = vault({
		".obsidian/plugins/tend/data.json": JSON.stringify({ contactFolder: "Contacts", askStreak: 3 }),
		"People/Ada.md": "---\nteir: A\nlast-contacted: 2026-11-01\n---\n",
		"People/Bo.md": "---\ntier: B\npromises:\n  - Undated\n---\n## Touchpoints\n- 2026-11-01 gossip — ?\n",
	});

	it("prints path:line: for every note problem and only the path for a settings field", () => {
		const r = tend(["check", "--vault", root, ...TODAY]);
		expect(r.stdout).toBe(
			[
				".obsidian/plugins/tend/data.json: warning: setting contactFolder: Tend has no such setting and does not read it; did you mean contactsFolder?",
				"People/Ada.md:2: warning: `teir` is not a property Tend reads; did you mean `tier`?",
				"People/Ada.md:3: warning: `last-contacted` is not a property Tend reads; did you mean `last_contact`?",
				'People/Bo.md:4: warning: promise without a date: "Undated" (write it as "YYYY-MM-DD Undated")',
				'People/Bo.md:7: warning: touchpoint on line 7 has an unknown kind "gossip"; it counts as a neutral contact',
				"",
				"0 errors, 5 warnings in 3 notes (2 contact notes checked).",
				"",
			].join("\n"),
		);
		// Warnings only: check passes.
		expect(r.code).toBe(0);
	});

	it("--json gives each its line, or null", () => {
		const out = JSON.parse(tend(["check", "--json", "--vault", root, ...TODAY]).stdout) as { diagnostics: { path: string; line: number | null }[] };
		expect(out.diagnostics.map((d) => [d.path, d.line])).toEqual([
			[".obsidian/plugins/tend/data.json", null],
			["People/Ada.md", 2],
			["People/Ada.md", 3],
			["People/Bo.md", 4],
			["People/Bo.md", 7],
		]);
	});
});

describe("a note that is not valid UTF-8", () => {
	const latin1 = Buffer.concat([Buffer.from("---\ntier: A\nlast_contact: 2026-11-01\n---\n# Jos"), Buffer.from([0xe9]), Buffer.from("\n\n## Touchpoints\n- 2026-11-01 call — Hi\n")]);

	it("is a warning in check, naming the file and the line of the first bad byte", () => {
		const root = vault({ "People/Jose.md": latin1 });
		const r = tend(["check", "--vault", root, ...TODAY]);
		expect(r.stdout).toBe(
			"People/Jose.md:5: warning: the note is not valid UTF-8 (the byte 0xe9 at column 6 does not decode); it is read with the bad bytes replaced, and Tend will not write to it until it is saved as UTF-8\n\n0 errors, 1 warning in 1 note (1 contact note checked).\n",
		);
		expect(r.code).toBe(0);
	});

	it("is still read as well as possible: due lists it with its log", () => {
		const root = vault({ "People/Jose.md": latin1 });
		const out = JSON.parse(tend(["due", "--all", "--json", "--vault", root, ...TODAY]).stdout) as { contacts: { name: string; lastContact: string }[]; diagnostics: unknown[] };
		expect(out.contacts.map((c) => [c.name, c.lastContact])).toEqual([["Jose", "2026-11-01"]]);
		expect(out.diagnostics).toHaveLength(1);
	});

	it("writes to it stay refused, and its bytes stay as they were", () => {
		const root = vault({ "People/Jose.md": latin1 });
		const r = tend(["log", "Jose", "--kind", "call", "--summary", "x", "--vault", root, ...TODAY]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/People\/Jose\.md: not changed: it is not valid UTF-8/);
		expect(fs.readFileSync(path.join(root, "People", "Jose.md")).equals(latin1)).toBe(true);
	});

	it("a UTF-16 note is named as such", () => {
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("---\ntier: A\n---\n", "utf16le")]);
		const root = vault({ "People/Wide.md": utf16 });
		// A UTF-16 note has no frontmatter Tend can see; under People/ it is still a contact.
		expect(tend(["check", "--vault", root, ...TODAY]).stdout).toMatch(/^People\/Wide\.md:1: warning: the note is not valid UTF-8 \(it looks like UTF-16 text\)/);
	});

	it.each<[number[], number]>([
		[[0x61, 0x62], -1],
		[[0x61, 0xe9, 0x62], 1],
		[[0xc3, 0xa9], -1],
		[[0xc3], 0],
		[[0xc0, 0xaf], 0],
		[[0xe0, 0x80, 0xaf], 0],
		[[0xed, 0xa0, 0x80], 0],
		[[0xf0, 0x9f, 0x98, 0x80], -1],
		[[0xf4, 0x90, 0x80, 0x80], 0],
		[[0x61, 0xf0, 0x9f, 0x98], 1],
	])("firstInvalidUtf8(%j) is %d", (bytes, at) => {
		expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(at);
	});
});
