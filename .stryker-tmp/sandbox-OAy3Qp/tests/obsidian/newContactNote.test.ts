/** The note "New contact" writes: a safe file name, the tier, and a note the settings see as a contact. */
// @ts-nocheck

import { parseIsoDay } from "../../src/core/calendar";
import { loadSettings, DEFAULT_SETTINGS } from "../../src/core/settings";
import { contactFromText } from "../../src/obsidian/contactNote";
import { newContactFolder, newContactPath, newContactText, safeFileName } from "../../src/obsidian/newContactNote";

const today = parseIsoDay("2026-11-27") as number;

test.each([
	["Ada Lovelace", "Ada Lovelace"],
	["  Jean-Luc   O'Neil ", "Jean-Luc O'Neil"],
	["a/b\\c:d*e?f\"g<h>i|j#k^l[m]n", "a b c d e f g h i j k l m n"],
	["<img src=x onerror=alert(1)>", "img src=x onerror=alert(1)"],
	[".hidden", "hidden"],
	["trailing. ", "trailing"],
	["tab\tand\nnewline", "tab and newline"],
	["李 伟", "李 伟"],
	["///", ""],
	["x".repeat(200), "x".repeat(120)],
])("safeFileName(%j) is %j", (name, safe) => {
	expect(safeFileName(name)).toBe(safe);
});

test("new contacts go to the new-contact folder, else the contacts folder, else the top", () => {
	expect(newContactFolder(DEFAULT_SETTINGS)).toBe("People");
	expect(newContactFolder({ ...DEFAULT_SETTINGS, newContactFolder: "/Work/Clients/" })).toBe("Work/Clients");
	expect(newContactFolder({ ...DEFAULT_SETTINGS, contactsFolder: "" })).toBe("");
	expect(newContactPath("", "Ada")).toBe("Ada.md");
	expect(newContactPath("People", "Ada")).toBe("People/Ada.md");
});

test("without a template: the tier and an empty log", () => {
	const r = newContactText("People/Ada.md", "Ada", "B", null, DEFAULT_SETTINGS, today);
	expect(r).toMatchObject({ ok: true, text: "---\ntier: B\n---\n\n## Touchpoints\n", warnings: [] });
	const untiered = newContactText("People/Ada.md", "Ada", "", null, DEFAULT_SETTINGS, today);
	expect(untiered).toMatchObject({ ok: true, text: "## Touchpoints\n", warnings: [] });
});

test("a template keeps its bytes, gets the tier, and {{name}} and {{date}} filled in", () => {
	const template = "---\n# who they are\ncompany:\ntags: [person]\n---\n# {{name}}\n\nMet on {{date}}.\n\n## Touchpoints\n";
	const r = newContactText("People/Ada.md", "Ada Lovelace", "A", template, DEFAULT_SETTINGS, today);
	expect(r.ok && r.text).toBe("---\n# who they are\ncompany:\ntags: [person]\ntier: A\n---\n# Ada Lovelace\n\nMet on 2026-11-27.\n\n## Touchpoints\n");
});

test("outside the contacts folder the note is marked as a contact, so Tend sees it", () => {
	const settings = loadSettings({ newContactFolder: "Clients" }).settings;
	const r = newContactText("Clients/Ada.md", "Ada", "A", null, settings, today);
	expect(r.ok && r.text).toBe("---\ntier: A\ntype: contact\n---\n\n## Touchpoints\n");
	expect(r.ok && contactFromText("Clients/Ada.md", r.text, settings, today)?.tier).toBe("A");
	const tagOnly = loadSettings({ newContactFolder: "Clients", contactType: "" }).settings;
	const t = newContactText("Clients/Ada.md", "Ada", "A", null, tagOnly, today);
	expect(t.ok && t.text).toBe("---\ntier: A\ntags:\n  - contact\n---\n\n## Touchpoints\n");
	const none = loadSettings({ contactsFolder: "", contactTag: "", contactType: "" }).settings;
	const n = newContactText("Ada.md", "Ada", "A", null, none, today);
	expect(n.ok && n.warnings[0]).toMatch(/will not see this note as a contact/);
});

test("a template whose frontmatter does not parse is refused with its line", () => {
	const r = newContactText("People/Ada.md", "Ada", "A", "---\na: [x\n---\n", DEFAULT_SETTINGS, today);
	expect(r.ok).toBe(false);
	expect(!r.ok && r.line).toBe(2);
});
