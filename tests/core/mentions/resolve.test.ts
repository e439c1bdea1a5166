/**
 * Link resolution as Obsidian's getFirstLinkpathDest does it (src/core/mentions/resolve.ts
 * says where each rule was observed), plus the contacts' aliases for unresolved links.
 */
import { aliasesOf, pickCandidate, VaultResolver } from "../../../src/core/mentions/resolve";
import { LINK_CASES, LINK_NOTES as NOTES } from "../../support/linkCases";

describe("VaultResolver", () => {
	const r = new VaultResolver(NOTES, new Map([["People/Ada Lovelace.md", ["Ada", "Countess"]], ["Work/People/Grace.md", ["Amazing Grace"]], ["Archive/People/Grace.md", ["amazing grace"]]]));
	test.each([
		...LINK_CASES,
		["an alias of an unresolved link", "countess", "x.md", "People/Ada Lovelace.md"],
		["a shared alias: the same order picks one", "Amazing Grace", "x.md", "Work/People/Grace.md"],
	])("%s", (_what, link, source, expected) => {
		expect(r.resolve(link, source)).toBe(expected);
	});

	test("a name that resolves to a note is never taken as an alias", () => {
		const withNote = new VaultResolver(["Ada.md", "People/Ada Lovelace.md"], new Map([["People/Ada Lovelace.md", ["Ada"]]]));
		expect(withNote.resolve("Ada", "x.md")).toBe("Ada.md");
	});

	test("nothing, a path above the vault, and an alias with folders resolve to nothing", () => {
		expect(r.resolve("Nobody", "x.md")).toBeNull();
		expect(r.resolve("../../x", "a.md")).toBeNull();
		expect(r.resolve("Folder/Countess", "x.md")).toBeNull();
		expect(r.resolve("  ", "x.md")).toBeNull();
	});

	test("notes and aliases come and go", () => {
		const live = new VaultResolver(["People/Ada.md"]);
		expect(live.resolve("Ada", "x.md")).toBe("People/Ada.md");
		live.add("Ada.md");
		expect(live.resolve("Ada", "x.md")).toBe("Ada.md");
		live.remove("Ada.md");
		live.setAliases("People/Ada.md", ["Countess"]);
		expect(live.resolve("Countess", "x.md")).toBe("People/Ada.md");
		live.setAliases("People/Ada.md", []);
		expect(live.resolve("Countess", "x.md")).toBeNull();
	});
});

test("the tie-break: own folder, then the shortest path in characters, then code-point order", () => {
	expect(pickCandidate(["zzzz/Note.md", "a/b/Note.md"], "x.md")).toBe("a/b/Note.md");
	expect(pickCandidate(["a/b/Note.md", "zzzz/Note.md"], "zzzz/deep/x.md")).toBe("a/b/Note.md");
	expect(pickCandidate(["a/b/Note.md", "zzzz/Note.md"], "zzzz/x.md")).toBe("zzzz/Note.md");
	expect(pickCandidate(["b/Note.md", "a/Note.md"], "x.md")).toBe("a/Note.md");
	expect(pickCandidate([], "x.md")).toBeNull();
});

test("aliases: a list or one text", () => {
	expect(aliasesOf({ aliases: ["Ada", " ", 1815] })).toEqual(["Ada", "1815"]);
	expect(aliasesOf({ aliases: "Ada" })).toEqual(["Ada"]);
	expect(aliasesOf({ aliases: null })).toEqual([]);
	expect(aliasesOf(null)).toEqual([]);
});

test("notes of one name come and go: one, two, then one again, then none", () => {
	const r = new VaultResolver(["People/Ada.md"]);
	expect(r.resolve("Ada", "Daily/x.md")).toBe("People/Ada.md");
	r.add("Archive/Ada.md");
	r.add("Archive/Ada.md");
	expect(r.resolve("Archive/Ada", "Daily/x.md")).toBe("Archive/Ada.md");
	expect(r.resolve("Ada", "Archive/y.md")).toBe("Archive/Ada.md");
	r.remove("People/Ada.md");
	expect(r.resolve("Ada", "Daily/x.md")).toBe("Archive/Ada.md");
	expect(r.resolve("People/Ada", "Daily/x.md")).toBeNull();
	r.remove("Archive/Ada.md");
	expect(r.resolve("Ada", "Daily/x.md")).toBeNull();
	r.add("people/ada.md");
	r.add("People/Ada.md");
	// The exact spelling first, then the other case.
	expect(r.resolve("People/Ada", "Daily/x.md")).toBe("People/Ada.md");
	expect(r.resolve("people/ada", "Daily/x.md")).toBe("people/ada.md");
	expect(r.resolve("PEOPLE/ADA", "Daily/x.md")).not.toBeNull();
});
