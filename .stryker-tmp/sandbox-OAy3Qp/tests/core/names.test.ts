// @ts-nocheck
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

describe("findByName: Unicode forms, accents and case", () => {
	const people = [{ path: "People/José Núñez.md" }, { path: "People/Zoë Ward.md" }, { path: "People/Jonas Berg.md" }];

	it.each(["jose nunez", "JOSÉ NÚÑEZ", "José Núñez", "Jose Nunez.md", "people/jose nunez"])("%j finds José Núñez", (name) => {
		expect(findByName(people, name)).toEqual({ ok: true, item: { path: "People/José Núñez.md" } });
	});

	it("a file name stored decomposed (NFD) matches the name typed composed (NFC), and the other way round", () => {
		const nfd = [{ path: "People/Jose\u0301 Nu\u0301n\u0303ez.md".normalize("NFD") }];
		expect(findByName(nfd, "José Núñez".normalize("NFC"))).toEqual({ ok: true, item: nfd[0] });
		expect(findByName(nfd, "People/José Núñez.md".normalize("NFC"))).toEqual({ ok: true, item: nfd[0] });
		expect(findByName(people, "José Núñez".normalize("NFD"))).toEqual({ ok: true, item: people[0] });
	});

	it("an exact match wins over one that matches only without accents", () => {
		const two = [{ path: "People/José.md" }, { path: "Work/Jose.md" }];
		expect(findByName(two, "Jose")).toEqual({ ok: true, item: { path: "Work/Jose.md" } });
		expect(findByName(two, "josé")).toEqual({ ok: true, item: { path: "People/José.md" } });
		// Neither is "jose" as typed; both are once accents are set aside: ambiguous.
		const other = [{ path: "People/José.md" }, { path: "Work/Jösé.md" }];
		const r = findByName(other, "jose");
		expect(r).toMatchObject({ ok: false, candidates: other });
		if (!r.ok) expect(r.reason).toMatch(/"jose" matches 2 contacts/);
	});

	it("a name a few typing mistakes away is suggested, closest first", () => {
		const r = findByName(people, "jose nunes");
		expect(r).toMatchObject({ ok: false, candidates: [people[0]] });
		if (!r.ok) expect(r.reason).toBe('no contact matches "jose nunes"; did you mean:\n  People/José Núñez.md');
		const word = findByName(people, "Berk");
		expect(word).toMatchObject({ ok: false, candidates: [people[2]] });
		const zoe = findByName(people, "zoe wardd");
		expect(zoe).toMatchObject({ ok: false, candidates: [people[1]] });
	});

	it("a name that is near nothing lists every contact", () => {
		const r = findByName(people, "Quentin");
		expect(r).toMatchObject({ ok: false, candidates: people });
		if (!r.ok) expect(r.reason).toMatch(/the contacts are:/);
	});
});
