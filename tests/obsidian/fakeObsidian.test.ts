/**
 * @jest-environment jsdom
 *
 * The fake Obsidian keeps the semantics the plugin relies on; if it did not, the plugin's
 * tests would prove nothing.
 */
import { App, Editor, MarkdownView, normalizePath, TFile, type CachedMetadata } from "./fakeObsidian";

afterEach(() => {
	jest.useRealTimers();
	document.body.empty();
});

test("process reads, edits and writes with nothing in between, and fires modify", async () => {
	const app = new App({ "a.md": "one" });
	const file = app.vault.getFileByPath("a.md") as TFile;
	const events: string[] = [];
	app.vault.on("modify", (f: TFile) => events.push(`modify ${f.path}`));
	const results = await Promise.all([app.vault.process(file, (t) => `${t}+1`), app.vault.process(file, (t) => `${t}+2`)]);
	expect(results).toEqual(["one+1", "one+1+2"]);
	expect(app.vault.text("a.md")).toBe("one+1+2");
	expect(events).toEqual(["modify a.md", "modify a.md"]);
});

test("the metadata cache changes after the write, a task later, then fires changed and resolved", async () => {
	jest.useFakeTimers();
	const app = new App({ "People/A.md": "---\ntier: A\n---\n" });
	const file = app.vault.getFileByPath("People/A.md") as TFile;
	const seen: string[] = [];
	app.metadataCache.on("changed", (f: TFile, data: string, cache: CachedMetadata) => seen.push(`${f.path} ${JSON.stringify(cache.frontmatter)} ${data.length}`));
	app.metadataCache.on("resolved", () => seen.push("resolved"));
	await app.vault.modify(file, "---\ntier: B\nlast_contact: 2026-11-01\n---\n");
	expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ tier: "A" });
	expect(seen).toEqual([]);
	jest.runOnlyPendingTimers();
	expect(seen).toEqual(['People/A.md {"tier":"B","last_contact":"2026-11-01"} 41', "resolved"]);
});

test("frontmatter as Obsidian parses it: dates stay text, numbers are numbers, bad YAML gives none", () => {
	const app = new App({
		"a.md": "---\nwhen: 2026-03-14\nat: 2026-03-14T09:30:00\ntier: 1\nlist: [a, b]\n---\nbody #tag/nested and `#code` #123\n## Log\n",
		"b.md": "---\nbad: [x\n---\n",
		"c.md": "---\na: 1\na: 2\n---\n",
		"d.md": "---\nno: end\n",
	});
	const cache = (p: string) => app.metadataCache.getFileCache(app.vault.getFileByPath(p) as TFile);
	expect(cache("a.md")?.frontmatter).toEqual({ when: "2026-03-14", at: "2026-03-14T09:30:00", tier: 1, list: ["a", "b"] });
	expect(cache("a.md")?.tags?.map((t) => t.tag)).toEqual(["#tag/nested"]);
	expect(cache("a.md")?.headings?.map((h) => `${h.level} ${h.heading}`)).toEqual(["2 Log"]);
	expect(cache("b.md")?.frontmatter).toBeUndefined();
	expect(cache("b.md")?.frontmatterPosition?.end.line).toBe(2);
	expect(cache("c.md")?.frontmatter).toBeUndefined();
	expect(cache("d.md")?.frontmatterPosition).toBeUndefined();
});

test("create refuses an existing path; rename moves a folder's notes and reports each; the cache follows", async () => {
	const app = new App({ "People/A.md": "---\ntier: A\n---\n", "People/Sub/B.md": "x" });
	await expect(app.vault.create("People/A.md", "again")).rejects.toThrow("already exists");
	const renamed: string[] = [];
	app.vault.on("rename", (f: TFile, old: string) => renamed.push(`${old} -> ${f.path}`));
	let changed = 0;
	app.metadataCache.on("changed", () => changed++);
	await app.vault.rename(app.vault.getFolderByPath("People") as never, "Contacts");
	expect(renamed).toEqual(["People/A.md -> Contacts/A.md", "People/Sub/B.md -> Contacts/Sub/B.md", "People/Sub -> Contacts/Sub", "People -> Contacts"]);
	expect(app.metadataCache.getFileCache(app.vault.getFileByPath("Contacts/A.md") as TFile)?.frontmatter).toEqual({ tier: "A" });
	expect(changed).toBe(0);
	expect(app.vault.getFileByPath("People/A.md")).toBeNull();
});

test("the editor applies a transaction's changes at once, in the old text's positions, keeping the cursor", () => {
	const editor = new Editor("ab\ncd\nef\n");
	editor.setCursor({ line: 2, ch: 1 });
	editor.transaction({ changes: [{ from: { line: 0, ch: 1 }, to: { line: 0, ch: 2 }, text: "B" }, { from: { line: 1, ch: 0 }, text: "new\n" }] });
	expect(editor.getValue()).toBe("aB\nnew\ncd\nef\n");
	expect(editor.getCursor()).toEqual({ line: 3, ch: 1 });
	expect(editor.offsetToPos(4)).toEqual({ line: 1, ch: 1 });
	expect(editor.posToOffset({ line: 1, ch: 1 })).toBe(4);
});

test("an edited note is saved to the vault after Obsidian's save delay", async () => {
	jest.useFakeTimers();
	const app = new App({ "a.md": "one\n" });
	await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("a.md") as TFile);
	const view = app.workspace.getActiveViewOfType(MarkdownView) as MarkdownView;
	view.editor.transaction({ changes: [{ from: { line: 1, ch: 0 }, text: "two\n" }] });
	expect(app.vault.text("a.md")).toBe("one\n");
	await jest.advanceTimersByTimeAsync(2000);
	expect(app.vault.text("a.md")).toBe("one\ntwo\n");
});

test("DOM helpers as Obsidian installs them", () => {
	const el = document.body.createDiv({ cls: "a b", text: "<b>x</b>", attr: { "data-x": 1 } });
	expect(el.className).toBe("a b");
	expect(el.innerHTML).toBe("&lt;b&gt;x&lt;/b&gt;");
	el.createSpan({ text: "y", prepend: true });
	expect(el.textContent).toBe("y<b>x</b>");
	el.toggleClass("c", true);
	expect(el.hasClass("c")).toBe(true);
	el.setCssProps({ "--h": "3px" });
	expect(el.style.getPropertyValue("--h")).toBe("3px");
	el.empty();
	expect(el.childNodes).toHaveLength(0);
	expect(normalizePath("/a//b\\c/")).toBe("a/b/c");
});
