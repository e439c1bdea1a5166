/**
 * The plugin and `tend` give the same diagnostics, lines included, for the notes this
 * release reads differently: list items with ": ", near-miss keys, a setext log heading, a
 * birthday in the future. From the metadata cache alone (before the note's text is read) the
 * plugin has the same frontmatter diagnostics without their lines, and no log diagnostics.
 */
import { parseIsoDay } from "../../src/core/calendar";
import type { Contact } from "../../src/core/contact";
import { parseFrontmatter } from "../../src/core/frontmatter";
import { readLog } from "../../src/core/log";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { contactFromText as cliContact } from "../../src/cli/vault";
import { contactFromCache } from "../../src/obsidian/contactNote";
import { indexNote } from "./fakeObsidian";

const today = parseIsoDay("2026-11-27") as number;

const NOTES: [string, string][] = [
	["a promise with ': '", "---\ntier: A\npromises:\n  - 2026-11-20 Intro to Priya re: data platform\n  - Undated re: thing\n---\n"],
	["near-miss keys", "---\nteir: A\nlast-contacted: 2026-11-01\ncompany: Acme\n---\n"],
	["a setext log heading", "---\ntier: B\n---\nTouchpoints\n-----------\n- 2026-11-20 gossip — ?\n- 2026-12-01 call — later\n"],
	["a birthday in the future and odd items", "---\ntier: A\n# note\nbirthday: 2030-11-29\ninterests:\n  - AI: policy\n  - [x]\nnotes: |\n  - not an item\nbusy:\n  - nope\n---\n"],
	["an indented map with quoted keys", "---\n  \"Tier \": A\n  'cadence': often\n---\n"],
	["CRLF", "---\r\ntier: Z\r\npromises:\r\n  - Undated\r\n---\r\n"],
];

const withoutLines = (c: Contact | null) => c?.diagnostics.map(({ line: _line, ...rest }) => rest);

describe.each(NOTES)("%s", (_what, text) => {
	const path = "People/Ada.md";
	const cli = cliContact(path, text, DEFAULT_SETTINGS, today);

	it("has diagnostics, each with a line", () => {
		expect(cli?.diagnostics.length).toBeGreaterThan(0);
		for (const d of cli?.diagnostics ?? []) expect(d.line).toEqual(expect.any(Number));
	});

	it("the plugin, with the note's text, gives the same contact, lines included", () => {
		expect(contactFromCache(path, indexNote(text), text, DEFAULT_SETTINGS, today)).toEqual(cli);
	});

	it("the plugin, from the cache alone, gives the frontmatter diagnostics without lines", () => {
		const early = contactFromCache(path, indexNote(text), null, DEFAULT_SETTINGS, today);
		for (const d of early?.diagnostics ?? []) expect(d.line).toBeUndefined();
		// The log's entries, read in full from the same text (a contact keeps only a digest).
		const entries = readLog(path, text, parseFrontmatter(text).bodyStart, DEFAULT_SETTINGS, today).touchpoints;
		const logLines = new Set(entries.map((t) => t.line + 1));
		const frontmatterOnly = cli?.diagnostics.filter((d) => !logLines.has(d.line ?? -1));
		expect(withoutLines(early)).toEqual(frontmatterOnly?.map(({ line: _line, ...rest }) => rest));
	});
});
