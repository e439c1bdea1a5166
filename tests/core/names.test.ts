import { findByName } from "../../src/core/names";

const items = [
	{ path: "People/Ada Lovelace.md" },
	{ path: "People/Work/Bo.md" },
	{ path: "Archive/Bo.md" },
	{ path: "Notes/ada.md" },
	{ path: "People/Ada.md" },
	{ path: "People/Dr. X.md" },
];

describe("findByName: one match", () => {
	it.each([
		// base name, any case
		["Ada Lovelace", "People/Ada Lovelace.md"],
		["ada lovelace", "People/Ada Lovelace.md"],
		["ADA LOVELACE", "People/Ada Lovelace.md"],
		["Ada Lovelace.md", "People/Ada Lovelace.md"],
		["Ada Lovelace.MD", "People/Ada Lovelace.md"],
		["  Ada Lovelace  ", "People/Ada Lovelace.md"],
		["Dr. X", "People/Dr. X.md"],
		["dr. x.md", "People/Dr. X.md"],
		// vault-relative path, with or without .md, any case
		["People/Ada Lovelace", "People/Ada Lovelace.md"],
		["People/Ada Lovelace.md", "People/Ada Lovelace.md"],
		["people/ada lovelace.md", "People/Ada Lovelace.md"],
		["People/Work/Bo", "People/Work/Bo.md"],
		["Archive/Bo.md", "Archive/Bo.md"],
		["People/Ada.md", "People/Ada.md"],
		["Notes/ada", "Notes/ada.md"],
		// the ways people type a path on a command line
		["./People/Ada.md", "People/Ada.md"],
		["/People/Ada.md", "People/Ada.md"],
		["People\\Ada.md", "People/Ada.md"],
	])("%j is %s", (name, path) => {
		const r = findByName(items, name);
		expect(r).toEqual({ ok: true, item: { path } });
	});

	it("returns the very item it was given", () => {
		const r = findByName(items, "Dr. X");
		expect(r.ok && r.item).toBe(items[5]);
	});
});

describe("findByName: ambiguity lists the candidates", () => {
	it.each([
		["Bo", ["People/Work/Bo.md", "Archive/Bo.md"]],
		["bo.md", ["People/Work/Bo.md", "Archive/Bo.md"]],
		["ada", ["Notes/ada.md", "People/Ada.md"]],
		["Ada.md", ["Notes/ada.md", "People/Ada.md"]],
	])("%j matches %j", (name, paths) => {
		const r = findByName(items, name);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.candidates.map((c) => c.path)).toEqual(paths);
		expect(r.reason).toContain(`"${name}" matches ${paths.length} contacts`);
		for (const p of paths) expect(r.reason).toContain(p);
		expect(r.reason).toMatch(/give the path/);
	});

	it("a long list is cut at ten, saying how many more", () => {
		const many = Array.from({ length: 15 }, (_, i) => ({ path: `F${i}/Bo.md` }));
		const r = findByName(many, "bo");
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.candidates).toHaveLength(15);
		expect(r.reason).toContain("F9/Bo.md");
		expect(r.reason).not.toContain("F10/Bo.md");
		expect(r.reason).toContain("… and 5 more");
	});
});

describe("findByName: no match", () => {
	it("names what was asked and suggests near names", () => {
		const r = findByName(items, "Lovelace");
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.reason).toMatch(/^no contact matches "Lovelace"/);
		expect(r.candidates.map((c) => c.path)).toEqual(["People/Ada Lovelace.md"]);
		expect(r.reason).toContain("People/Ada Lovelace.md");
	});

	it("a partial path is no match, with the near notes suggested", () => {
		const r = findByName(items, "Work/Bo");
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.candidates.map((c) => c.path)).toContain("People/Work/Bo.md");
	});

	it("a path names a path: a base name under another folder does not match it", () => {
		expect(findByName(items, "Elsewhere/Ada.md").ok).toBe(false);
	});

	it.each(["Zed", "People/Zed.md"])("%j matches nothing: every contact is listed as a candidate", (name) => {
		const r = findByName(items, name);
		expect(r).toMatchObject({ ok: false, candidates: items });
		if (!r.ok) expect(r.reason).toMatch(new RegExp(`^no contact matches "${name}"; the contacts are:\n {2}People/Ada Lovelace\.md`));
	});

	it("shared base names: a name without a slash is ambiguous; a path picks one", () => {
		const both = [{ path: "Ada.md" }, { path: "People/Ada.md" }];
		expect(findByName(both, "Ada")).toMatchObject({ ok: false, candidates: both });
		expect(findByName(both, "Ada.md")).toMatchObject({ ok: false, candidates: both });
		expect(findByName(both, "./Ada.md")).toEqual({ ok: true, item: { path: "Ada.md" } });
		expect(findByName(both, "People/Ada")).toEqual({ ok: true, item: { path: "People/Ada.md" } });
	});

	it("an exact-case path wins over a note that differs only in case", () => {
		const cased = [{ path: "People/Ada.md" }, { path: "people/ada.md" }];
		expect(findByName(cased, "People/Ada.md")).toEqual({ ok: true, item: { path: "People/Ada.md" } });
		expect(findByName(cased, "people/ada")).toEqual({ ok: true, item: { path: "people/ada.md" } });
		expect(findByName(cased, "PEOPLE/ADA").ok).toBe(false);
	});

	it.each(["", "   "])("an empty name %j is an error", (name) => {
		expect(findByName(items, name)).toEqual({ ok: false, reason: "no contact name was given", candidates: [] });
	});

	it("no contacts at all", () => {
		expect(findByName([], "Ada").ok).toBe(false);
	});
});
