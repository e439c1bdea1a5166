/**
 * Planning an import: who matches which note, what a new note holds, what is added to a
 * matched one, and the two promises an import makes: it never overwrites a value, and it
 * never creates a second note for a person who has one.
 */
// @ts-nocheck

import { applySplices } from "../../../src/core/edits/splices";
import fc from "fast-check";
import { parseFrontmatter } from "../../../src/core/frontmatter";
import { addMissingProperties, importFolder, newPersonNote, planImport, safeNoteName, type Addition, type ImportPlan, type PlannedChange } from "../../../src/core/exchange/importPlan";
import { planLine } from "../../../src/core/exchange/importReport";
import { foldName, NoteFinder, type ExistingNote } from "../../../src/core/exchange/matching";
import type { Person } from "../../../src/core/exchange/person";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { contact, settingsWith } from "../../support/builders";

const person = (name: string, over: Partial<Person> = {}): Person => ({
	name,
	emails: [],
	phones: [],
	company: null,
	position: null,
	birthday: null,
	linkedin: null,
	line: 1,
	...over,
});

const note = (path: string, frontmatter: Record<string, unknown> | null = {}): ExistingNote => ({ path, frontmatter });

function plan(people: Person[], existing: ExistingNote[] = [], exists: (p: string) => boolean = () => false, settings = DEFAULT_SETTINGS): ImportPlan {
	const p = planImport(people, existing, settings, exists);
	if ("error" in p) throw new Error(p.error);
	return p;
}

const summary = (changes: PlannedChange[]) => changes.map((c) => [c.kind, c.kind === "skip" ? c.reason : c.path]);

describe("foldName", () => {
	it.each([
		["José O'Brien", "jose obrien"],
		["JOSÉ  O’BRIEN", "jose obrien"],
		["Jose\u0301 OBrien", "jose obrien"],
		["Jean-Luc Picard", "jean luc picard"],
		["Strauß", "strauss"],
		["  Chen   Wei ", "chen wei"],
		["Ｃｈｅｎ Ｗｅｉ", "chen wei"],
	])("%j -> %j", (name, folded) => expect(foldName(name)).toBe(folded));
});

describe("matching a person to a note", () => {
	const finder = new NoteFinder([
		note("People/José O'Brien.md", { email: "JOSE@obrien.example" }),
		note("People/Chen Wei.md"),
		note("Work/Chen Wei.md", { emails: ["chen@finlytics.example"] }),
		note("People/Elizabeth Bennet.md", { aliases: ["Lizzy Bennet"] }),
	]);

	it("by name, ignoring case, accents and apostrophes", () => {
		expect(finder.find(person("jose obrien"))).toMatchObject({ kind: "one", by: "name", note: { path: "People/José O'Brien.md" } });
	});

	it("by email, in any case, even under another name", () => {
		expect(finder.find(person("J. O'Brien", { emails: ["jose@OBRIEN.example"] }))).toMatchObject({ kind: "one", by: "email", note: { path: "People/José O'Brien.md" } });
	});

	it("by an alias", () => {
		expect(finder.find(person("Lizzy Bennet"))).toMatchObject({ kind: "one", note: { path: "People/Elizabeth Bennet.md" } });
	});

	it("a name two notes share is ambiguous, unless an email picks one", () => {
		expect(finder.find(person("Chen Wei"))).toEqual({ kind: "ambiguous", notes: [expect.objectContaining({ path: "People/Chen Wei.md" }), expect.objectContaining({ path: "Work/Chen Wei.md" })] });
		expect(finder.find(person("Chen Wei", { emails: ["chen@finlytics.example"] }))).toMatchObject({ kind: "one", by: "email", note: { path: "Work/Chen Wei.md" } });
	});

	it("nobody else", () => {
		expect(finder.find(person("Ada Lovelace", { emails: ["ada@example.com"] }))).toEqual({ kind: "none" });
	});
});

describe("safe note names", () => {
	it.each([
		["Ada Lovelace", "Ada Lovelace"],
		["Ada: Lovelace/Byron", "Ada Lovelace Byron"],
		["../../etc/passwd", "etc passwd"],
		["/absolute/path", "absolute path"],
		["C:\\Users\\ada", "C Users ada"],
		["..", ""],
		[".hidden", "hidden"],
		["Trailing dots...", "Trailing dots"],
		["CON", "CON (contact)"],
		["lpt1", "lpt1 (contact)"],
		["Nul.txt", "Nul.txt (contact)"],
		["Connie", "Connie"],
		["a#b^c[d]e|f", "a b c d e f"],
		["tab\tand\u0000nul", "tab and nul"],
		["Jose\u0301", "José"],
	])("%j -> %j", (name, safe) => expect(safeNoteName(name)).toBe(safe));

	it("never holds a path separator or starts with a dot, whatever the name", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 60 }), (name) => {
				const safe = safeNoteName(name);
				expect(safe).not.toMatch(/[/\\]/);
				expect(safe.startsWith(".")).toBe(false);
				expect([...safe].length).toBeLessThanOrEqual(130);
			}),
		);
	});

	it("the folder comes from the settings, and one that climbs out of the vault is refused", () => {
		expect(importFolder(DEFAULT_SETTINGS)).toBe("People");
		expect(importFolder(settingsWith({ newContactFolder: "/Network/2026/" }))).toBe("Network/2026");
		expect(importFolder(settingsWith({ contactsFolder: "" }))).toBe("");
		expect(importFolder(settingsWith({ newContactFolder: "People/../../outside" }))).toBeNull();
		expect(planImport([person("Ada")], [], settingsWith({ newContactFolder: ".." }), () => false)).toEqual({
			error: 'the new-contact folder ".." climbs out of the vault (..); fix it in Tend\'s settings',
		});
	});
});

describe("a new note", () => {
	const amara = person("Amara Okafor", {
		company: "Lumen Health, GmbH",
		position: "Head of Regulatory Affairs",
		emails: ["amara@okafor.example", "amara.okafor@lumen.example"],
		phones: ["+49 151 2345 6789"],
		birthday: "--12-01",
		linkedin: "https://www.linkedin.com/in/amara-okafor",
	});

	it("holds what is known, an empty tier and the log heading", () => {
		const r = newPersonNote("People/Amara Okafor.md", amara, DEFAULT_SETTINGS);
		expect(r).toMatchObject({
			ok: true,
			warnings: [],
			text: [
				"---",
				"tier:",
				"company: Lumen Health, GmbH",
				"position: Head of Regulatory Affairs",
				"email:",
				"  - amara@okafor.example",
				"  - amara.okafor@lumen.example",
				"phone: +49 151 2345 6789",
				"birthday: --12-01",
				"linkedin: https://www.linkedin.com/in/amara-okafor",
				"---",
				"",
				"## Touchpoints",
				"",
			].join("\n"),
		});
	});

	it("reads back as an untracked contact with the birthday, and no diagnostics", () => {
		const text = (newPersonNote("People/Amara Okafor.md", amara, DEFAULT_SETTINGS) as { text: string }).text;
		const c = contact(text, "People/Amara Okafor.md");
		expect(c).toMatchObject({ tier: null, birthday: { year: null, month: 12, day: 1 }, diagnostics: [] });
	});

	it("quotes what YAML would misread, and uses the settings' key names", () => {
		const settings = settingsWith({ keys: { ...DEFAULT_SETTINGS.keys, tier: "circle", birthday: "born" } });
		const r = newPersonNote("People/X.md", person("X", { company: "- dash: colon #hash", birthday: "1988-12-01", position: "true" }), settings) as { text: string };
		expect(r.text).toBe('---\ncircle:\ncompany: "- dash: colon #hash"\nposition: "true"\nborn: 1988-12-01\n---\n\n## Touchpoints\n');
		expect(parseFrontmatter(r.text)).toMatchObject({ kind: "ok", data: { circle: null, company: "- dash: colon #hash", position: "true", born: "1988-12-01" } });
	});

	it("outside the contacts folder, gets type: contact so that Tend sees it", () => {
		const r = newPersonNote("Inbox/X.md", person("X"), DEFAULT_SETTINGS) as { text: string };
		expect(r.text).toBe("---\ntier:\ntype: contact\n---\n\n## Touchpoints\n");
	});
});

describe("adding the properties a note lacks", () => {
	const wanted: Addition[] = [
		{ key: "company", values: ["Lumen Health"] },
		{ key: "email", values: ["amara@okafor.example", "amara.okafor@lumen.example"] },
		{ key: "phone", values: ["+49 151 2345 6789"] },
		{ key: "birthday", values: ["1988-12-01"] },
	];

	it("adds only missing or empty properties and new list items; keeps every value there, and says so", () => {
		const text = "---\ntier: A # inner circle\ncompany: Lumen\nemail:\n  - AMARA@okafor.example\nphone: \"\"\nbirthday:\n---\n# Amara\n";
		const r = addMissingProperties(text, wanted);
		if (r.result.ok) expect(applySplices(text, r.result.splices)).toBe(r.result.text);
		expect(r.result).toMatchObject({
			ok: true,
			warnings: [],
			text: '---\ntier: A # inner circle\ncompany: Lumen\nemail:\n  - AMARA@okafor.example\n  - amara.okafor@lumen.example\nphone: "+49 151 2345 6789"\nbirthday: 1988-12-01\n---\n# Amara\n',
		});
		expect(r.added).toEqual(["email", "phone", "birthday"]);
		expect(r.kept).toEqual(['company (has "Lumen"; not added: Lumen Health)']);
	});

	it("finds a property in any case (Company is company), and changes nothing when all is there", () => {
		const text = "---\nCompany: Lumen Health\nEmail: amara@okafor.example\n---\n";
		const r = addMissingProperties(text, [wanted[0] as Addition, { key: "email", values: ["Amara@Okafor.example"] }]);
		expect(r.result).toMatchObject({ ok: true, warnings: [], text, splices: [] });
		expect([r.added, r.kept]).toEqual([[], []]);
	});

	it("refuses a note whose frontmatter does not parse, with its line", () => {
		const r = addMissingProperties("---\ntier: [A\n---\n", wanted);
		expect(r.result).toMatchObject({ ok: false, line: 2 });
	});

	it("never overwrites a value: for any note, every value it had is still there, and the body keeps its bytes", () => {
		const keys = ["company", "position", "email", "phone", "birthday", "linkedin", "tier"];
		const value = fc.oneof(fc.constantFrom("Acme", "x@y.example", "1988-12-01", "'quoted'", "[a, b]", ""), fc.string({ minLength: 1, maxLength: 12 }).filter((s) => /^[A-Za-z][A-Za-z ]*$/.test(s)));
		fc.assert(
			fc.property(fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 6 }), fc.constantFrom("", "# Body\n\n## Touchpoints\n- 2026-01-01 call — Hi\n"), (props, body) => {
				const text = `---\n${Object.entries(props).map(([k, v]) => `${k}: ${v}`).join("\n")}${Object.keys(props).length > 0 ? "\n" : ""}---\n${body}`;
				const before = parseFrontmatter(text);
				if (before.kind !== "ok") return;
				const r = addMissingProperties(text, [...wanted, { key: "position", values: ["CTO"] }, { key: "linkedin", values: ["https://www.linkedin.com/in/a"] }]);
				expect(r.result.ok).toBe(true);
				if (!r.result.ok) return;
				const after = parseFrontmatter(r.result.text);
				if (after.kind !== "ok") throw new Error("the result does not parse");
				for (const [k, v] of Object.entries(before.data)) {
					if (v === null || v === "" || (Array.isArray(v) && v.length === 0)) continue;
					if (Array.isArray(v)) expect((after.data[k] as unknown[]).slice(0, v.length)).toEqual(v);
					else expect(after.data[k]).toEqual(v);
				}
				expect(r.result.text.endsWith(`---\n${body}`)).toBe(true);
			}),
		);
	});
});

describe("planning an import", () => {
	it("creates a note for each new person, in the new-contact folder", () => {
		const p = plan([person("Ada Lovelace"), person("Grace Hopper", { line: 2 })], [], () => false, settingsWith({ newContactFolder: "Network" }));
		expect(summary(p.changes)).toEqual([
			["create", "Network/Ada Lovelace.md"],
			["create", "Network/Grace Hopper.md"],
		]);
		expect(p.folder).toBe("Network");
	});

	it("never creates a second note for a person who has one, by name or email; says what it would add and keep", () => {
		const existing = [note("People/Amara Okafor.md", { tier: "A", company: "Lumen" }), note("Work/Ben.md", { email: "ben@carter.example" })];
		const p = plan(
			[
				person("AMARA OKAFOR", { company: "Lumen Health", position: "Head of Regulatory Affairs", line: 3 }),
				person("Benjamin Carter", { emails: ["Ben@Carter.example"], line: 4 }),
			],
			existing,
		);
		expect(p.changes).toEqual([
			expect.objectContaining({ kind: "update", path: "People/Amara Okafor.md", by: "name", additions: [{ key: "position", values: ["Head of Regulatory Affairs"] }], kept: ['company (has "Lumen"; not added: Lumen Health)'] }),
			expect.objectContaining({ kind: "update", path: "Work/Ben.md", by: "email", additions: [] }),
		]);
		expect(p.changes.map((c) => planLine(c, "Connections.csv"))).toEqual([
			'Would add position to People/Amara Okafor.md (matched by name, Connections.csv:3); would keep company (has "Lumen"; not added: Lumen Health)',
			"Unchanged Work/Ben.md (matched by email, Connections.csv:4): nothing to add",
		]);
	});

	it("merges the same person twice in one file into one note", () => {
		const p = plan([
			person("Chen Wei", { company: "Finlytics", line: 2 }),
			person("chen wei", { emails: ["chen@finlytics.example"], line: 9 }),
			person("C. Wei", { emails: ["CHEN@finlytics.example"], phones: ["+1 555 0100"], line: 12 }),
		]);
		expect(p.changes).toEqual([
			expect.objectContaining({
				kind: "create",
				path: "People/Chen Wei.md",
				lines: [2, 9, 12],
				person: expect.objectContaining({ company: "Finlytics", emails: ["chen@finlytics.example"], phones: ["+1 555 0100"] }),
			}),
		]);
	});

	it("skips a person several notes could be, and one whose name leaves no file name", () => {
		const p = plan([person("Chen Wei"), person("../..")], [note("People/Chen Wei.md"), note("Work/Chen Wei.md")]);
		expect(summary(p.changes)).toEqual([
			["skip", "several notes could be Chen Wei: People/Chen Wei.md, Work/Chen Wei.md; add the details by hand"],
			["skip", 'the name "../.." has no letters Tend can use in a file name'],
		]);
	});

	it("never replaces a file that is not a contact note, and numbers two people whose names make one file name", () => {
		const taken = new Set(["people/ada lovelace.md"]);
		const p = plan([person("Ada Lovelace"), person("CON"), person("Con (contact)")], [], (path) => taken.has(path.toLowerCase()));
		expect(summary(p.changes)).toEqual([
			["skip", "People/Ada Lovelace.md exists and is not a contact note; it was not overwritten"],
			["create", "People/CON (contact).md"],
			["create", "People/Con (contact) 2.md"],
		]);
	});

	it("no name can leave the contacts folder", () => {
		const p = plan([person("../../../etc/passwd"), person("/root/.ssh/id"), person("..\\..\\Windows")]);
		for (const c of p.changes) {
			expect(c.kind).toBe("create");
			if (c.kind === "create") expect(c.path).toMatch(/^People\/[^/\\]+\.md$/);
		}
	});
});
