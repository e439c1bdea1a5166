/**
 * loadVault parses the YAML of a note that is not a contact only when a rule could need it
 * (vault.ts, readListedNote), and reads files as UTF-8 strings (readNoteFile). Both must give
 * what reading every note in full gives: the reference here is readContactNote and
 * readAllNotes, which parse every block.
 */
import * as fs from "fs";
import * as path from "path";
import * as frontmatter from "../../src/core/frontmatter";
import { withMentions } from "../../src/core/mentions/withMentions";
import { loadMentions, readAllNotes } from "../../src/cli/mentions";
import { decodeNote, listNotes, readContactNote, readListedNote, readNoteFile, readSettingsFile } from "../../src/cli/vault";
import { loadVaultWithMentions } from "../../src/cli/vaultMentions";
import { parseIsoDay, type Day } from "../../src/core/calendar";
import { frontmatterMayMakeContact, isContactNote } from "../../src/core/contact";
import { noteDate } from "../../src/core/mentions/datedNote";
import { frontmatterLinks, frontmatterMayMention } from "../../src/core/mentions/textScan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { tempVaults } from "./support";

const vault = tempVaults();
const TODAY = parseIsoDay("2026-11-27") as Day;

afterEach(() => jest.restoreAllMocks());

/** What the vault gives when every note is read in full. */
function fullRead(root: string) {
	const { settings } = readSettingsFile(root);
	const contacts = [];
	for (const note of listNotes(root)) {
		const { text } = decodeNote(note.path, fs.readFileSync(note.absolute));
		const c = readContactNote(note.path, text, settings, TODAY).contact;
		if (c) contacts.push(c);
	}
	const { index } = loadMentions(root, settings, contacts, TODAY, readAllNotes(root));
	return contacts.map((c) => withMentions(c, index));
}

describe("a note that is not a contact", () => {
	it("is not parsed when its YAML holds nothing a rule reads, even YAML that does not parse", () => {
		const root = vault({
			"Daily/2026-11-20.md": "---\ntags: [daily]\n---\n- Coffee with [[Ada]]\n",
			"Topics/Broken.md": "---\nnope: [unclosed\n---\nSee [[Ada]].\n",
			"People/Ada.md": "---\ntier: A\nlast_contact: 2026-11-01\n---\n",
		});
		const parse = jest.spyOn(frontmatter, "parseYaml");
		const loaded = loadVaultWithMentions(root, TODAY);
		// Only the contact's block was parsed.
		expect(parse.mock.calls.map(([source]) => source)).toEqual(["\ntier: A\nlast_contact: 2026-11-01\n"]);
		expect(loaded.diagnostics).toEqual([]);
		expect(loaded.otherNotes).toEqual(["Daily/2026-11-20.md", "Topics/Broken.md"]);
		expect(loaded.contacts.map((c) => c.lastMention?.day)).toEqual([parseIsoDay("2026-11-20")]);
		jest.restoreAllMocks();
		expect(loaded.contacts).toEqual(fullRead(root));
	});

	it("is parsed when its YAML could make it a contact or give it a link or a date, and reads as in full", () => {
		const notes: Record<string, string> = {
			// Contacts by their frontmatter, in every spelling a skip could miss.
			"A/Tagged.md": "---\nTags: [Contact]\n---\n",
			"A/Nested.md": "---\ntags: contact/work\n---\n",
			"A/Escaped.md": '---\ntags: "\\x63ontact"\n---\n',
			"A/Typed.md": "---\nTYPE: '[[Contact]]'\n---\n",
			"A/Kelvin.md": "---\ntags: [\u212Aontakt]\n---\n",
			// Mentions: a link value, a date property (any case of its key).
			"B/Project.md": '---\nowner: "[[Ada]]"\n---\n',
			"B/Dated.md": "---\nDate: 2026-11-25\n---\nMet [[Ada]].\n",
			"B/Other date.md": "---\ncreated: 2026-11-24\n---\nMet [[Ada]].\n",
			"People/Ada.md": "---\ntier: A\nlast_contact: 2026-11-01\n---\n",
		};
		const root = vault(notes);
		const parsed: string[] = [];
		const real = frontmatter.parseYaml;
		jest.spyOn(frontmatter, "parseYaml").mockImplementation((source, line) => {
			parsed.push(source);
			return real(source, line);
		});
		const loaded = loadVaultWithMentions(root, TODAY);
		jest.restoreAllMocks();
		// Every block but B/Other date.md's (a date under another key) is parsed.
		expect(parsed.length).toBe(Object.keys(notes).length - 1);
		expect(loaded.contacts.map((c) => c.path)).toEqual(["A/Escaped.md", "A/Nested.md", "A/Tagged.md", "A/Typed.md", "People/Ada.md"]);
		expect(loaded.contacts).toEqual(fullRead(root));
	});

	it("with other contact rules, a folded type and a date key that a number could spell", () => {
		const root = vault({
			".obsidian/plugins/tend/data.json": JSON.stringify({ ...DEFAULT_SETTINGS, contactType: "key account", contactTag: "kontakt", mentions: { ...DEFAULT_SETTINGS.mentions, dateKey: "16" } }),
			"A/Folded.md": "---\ntype: key\n  account\n---\n",
			"A/Kelvin.md": "---\ntags: [\u212Aontakt]\n---\n",
			"B/Hex.md": "---\n0x10: 2026-11-26\n---\nMet [[A/Folded]].\n",
		});
		const loaded = loadVaultWithMentions(root, TODAY);
		expect(loaded.contacts.map((c) => c.path)).toEqual(["A/Folded.md", "A/Kelvin.md"]);
		expect(loaded.contacts[0]?.lastMention?.day).toBe(parseIsoDay("2026-11-26"));
		expect(loaded.contacts).toEqual(fullRead(root));
	});

	it("readListedNote gives a skipped note no properties and the body where it starts", () => {
		const text = "---\ntags: [daily]\n---\nbody\n";
		const seen = readListedNote("Daily/x.md", text, DEFAULT_SETTINGS, TODAY);
		expect(seen).toEqual({ path: "Daily/x.md", text, frontmatter: null, bodyStart: text.indexOf("body"), contact: null });
	});
});

describe("yamlMayHold", () => {
	const { yamlMayHold } = frontmatter;
	it("finds a word in any case and across a folded line", () => {
		expect(yamlMayHold("tags: [Contact]", ["contact"])).toBe(true);
		expect(yamlMayHold("type: key\n   account", ["key account"])).toBe(true);
		expect(yamlMayHold("type: key  account", ["key account"])).toBe(true);
		expect(yamlMayHold("tags: [daily]", ["contact", "[["])).toBe(false);
		expect(yamlMayHold("tags: [daily]", [])).toBe(false);
		expect(yamlMayHold("tags: [daily]", [""])).toBe(false);
	});
	it("says yes for a source it cannot read without parsing: an escape or a character beyond ASCII", () => {
		expect(yamlMayHold('tags: "\\x63ontact"', ["contact"])).toBe(true);
		expect(yamlMayHold("tags: [\u212Aontact]", ["contact"])).toBe(true);
		expect(yamlMayHold("name: Zoë", ["contact"])).toBe(true);
	});
	it("says yes for a word with a quote, and no for a word an ASCII source cannot hold", () => {
		expect(yamlMayHold("type: 'o''brien'", ["o'brien"])).toBe(true);
		expect(yamlMayHold("type: client", ["kontakt\u00e9"])).toBe(false);
	});
});

describe("readNoteFile", () => {
	it("gives what decodeNote gives from the bytes: BOM kept, U+FFFD written in the note, bytes that are not UTF-8", () => {
		const files: Record<string, Buffer> = {
			"bom.md": Buffer.from("\uFEFF---\na: 1\n---\n", "utf8"),
			"replacement.md": Buffer.from("a \uFFFD written as such\n", "utf8"),
			"latin1.md": Buffer.from("caf\xe9\n", "latin1"),
			"utf16.md": Buffer.from("\uFEFFhi\n", "utf16le"),
		};
		const root = vault({});
		for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(root, name), bytes);
		for (const [name, bytes] of Object.entries(files)) {
			expect(readNoteFile(name, path.join(root, name))).toEqual(decodeNote(name, bytes));
		}
		expect(readNoteFile("replacement.md", path.join(root, "replacement.md")).diagnostic).toBeNull();
		expect(readNoteFile("latin1.md", path.join(root, "latin1.md")).diagnostic?.severity).toBe("warning");
	});
});

describe("the skip is never wrong", () => {
	// Random sources from the spellings that could trip it (quotes, escapes, folds, keys that
	// are numbers, flow and block lists, anchors, links, dates, case): whenever the parsed properties make a
	// note a contact, give it a frontmatter link or a date, the source tests must say yes.
	const KEYS = ["tags", "Tag", "TAGS", "type", "Type", "date", "DATE", "16", "0x10", "1.6e1", '"date"', "'ty''pe'", "? date\n", "owner", "x"];
	const VALUES = ["contact", "Contact", "#contact", "contact/work", "con tact", "'\u212Aontakt'", '"\\x63ontact"', '"\\u006Bontakt"', "'[[Contact]]'", '"[[Ada]]"', "'[[Ada|A]]'", "[[Ada]]", "2026-11-20", "'2026-11-20'", '"2026-11-20T10:00"', "key\n  account", "key account", "'key\n  account'", "kontakt", "Kontakt", "[contact, x]", "\n  - contact\n  - x", "\n  - '[[Ada]]'", "&a contact", "*a", "!!str contact", "|\n  contact", ">\n  key\n  account", "~", "o''brien", "x", ""];
	const settingsList = [
		DEFAULT_SETTINGS,
		{ ...DEFAULT_SETTINGS, contactType: "key account", contactTag: "kontakt", mentions: { ...DEFAULT_SETTINGS.mentions, dateKey: "16" } },
	];
	function random(seed: number): () => number {
		let s = seed;
		return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
	}

	it("holds for 20,000 random sources", () => {
		const rnd = random(8);
		let relevant = 0;
		for (let n = 0; n < 20000; n++) {
			const lines: string[] = [];
			const count = 1 + Math.floor(rnd() * 4);
			const pick = (list: string[]) => list[Math.floor(rnd() * list.length)] as string;
			for (let k = 0; k < count; k++) lines.push(`${pick(KEYS)}: ${pick(VALUES)}`);
			const source = `\n${lines.join("\n")}\n`;
			const parsed = frontmatter.parseYaml(source, frontmatter.FENCE_LINE);
			if ("line" in parsed) continue;
			for (const settings of settingsList) {
				const contact = isContactNote("Notes/x.md", parsed.data, [], settings);
				const mentions = frontmatterLinks(parsed.data).length > 0 || noteDate("Notes/x.md", parsed.data, settings.mentions, null, false)?.by === "property";
				if (!contact && !mentions) continue;
				relevant++;
				const said = frontmatterMayMakeContact(source, settings) || frontmatterMayMention(source, settings.mentions);
				if (!said) throw new Error(`skipped a source that matters: ${JSON.stringify(source)}`);
			}
		}
		// The sources do exercise the rules.
		expect(relevant).toBeGreaterThan(500);
	});
});
