/**
 * Link resolution cases, as Obsidian's getFirstLinkpathDest resolves them (src/core/mentions/resolve.ts
 * says where each rule was observed): the CLI's VaultResolver and the fake's
 * getFirstLinkpathDest (which the plugin asks) must both give these answers.
 */
export const LINK_NOTES = ["Note.md", "zzzz/Note.md", "a/b/Note.md", "People/Ada Lovelace.md", "Work/People/Grace.md", "Archive/People/Grace.md", "people/ada lovelace.md"];

/** [what, link, source note, expected path] over LINK_NOTES. */
export const LINK_CASES: [string, string, string, string][] = [
	["an exact path wins over a note beside the source", "Note", "a/b/Source.md", "Note.md"],
	["a path with folders", "a/b/Note", "Source.md", "a/b/Note.md"],
	[".md written", "zzzz/Note.md", "Source.md", "zzzz/Note.md"],
	["a partial path, from a folder that is not the note's", "b/Note", "zzzz/x.md", "a/b/Note.md"],
	["a path in another case is the same note", "PEOPLE/ada LOVELACE", "x.md", "People/Ada Lovelace.md"],
	["the exact spelling first when two notes differ in case", "people/ada lovelace", "x.md", "people/ada lovelace.md"],
	["a base name, any case: the shortest path", "grace", "x.md", "Work/People/Grace.md"],
	["a name in the source's folder wins", "Grace", "Archive/People/today.md", "Archive/People/Grace.md"],
	["a partial path matches the end of paths", "People/Grace", "x.md", "Work/People/Grace.md"],
	["a relative path", "../People/Ada Lovelace", "Daily/2026-11-20.md", "People/Ada Lovelace.md"],
];
