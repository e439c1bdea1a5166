/**
 * @jest-environment jsdom
 *
 * The fake Obsidian keeps the semantics the plugin relies on; if it did not, the plugin's
 * tests would prove nothing.
 */
import { App, DeferredView, Editor, indexNote, ItemView, MarkdownView, normalizePath, Notice, notices, TFile, TFolder, type CachedMetadata, type WorkspaceLeaf } from "./fakeObsidian";

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

describe("what the real app does, on demand", () => {
	test("a restored leaf is deferred: found by its type, but no view until it is loaded", async () => {
		const app = new App({ "a.md": "one\n" });
		const tab = app.workspace.restoreLeaf("main", { type: "markdown", state: { file: "a.md" } });
		expect(app.workspace.getLeavesOfType("markdown")).toEqual([tab]);
		expect(tab.isDeferred).toBe(true);
		expect(tab.view).toBeInstanceOf(DeferredView);
		expect(tab.view).not.toBeInstanceOf(MarkdownView);
		await tab.loadIfDeferred();
		expect(tab.isDeferred).toBe(false);
		expect((tab.view as MarkdownView).editor.getValue()).toBe("one\n");

		class Panel extends ItemView {
			getViewType(): string {
				return "panel";
			}
			getDisplayText(): string {
				return "Panel";
			}
		}
		app.viewRegistry.set("panel", (leaf: WorkspaceLeaf) => new Panel(leaf));
		const side = app.workspace.restoreLeaf("right", { type: "panel" });
		expect(side.view.getViewType()).toBe("panel");
		expect(side.view).not.toBeInstanceOf(Panel);
		// Bringing it to the front loads it, as revealLeaf does in Obsidian.
		await app.workspace.revealLeaf(side);
		expect(side.view).toBeInstanceOf(Panel);
		app.destroy();
	});

	test("notes not indexed at layout ready get their cache later: changed for each, then resolved", async () => {
		jest.useFakeTimers();
		const app = new App({ "a.md": "---\ntier: A\n---\n", "b.md": "---\ntier: B\n---\n", "c.md": "x" }, { unindexed: ["a.md", "b.md"] });
		const cache = (p: string) => app.metadataCache.getFileCache(app.vault.getFileByPath(p) as TFile);
		expect(cache("a.md")).toBeNull();
		expect(cache("c.md")?.sections?.map((x) => x.type)).toEqual(["paragraph"]);
		expect(app.metadataCache.resolved).toBe(false);
		const seen: string[] = [];
		app.metadataCache.on("changed", (f: TFile) => seen.push(`changed ${f.path}`));
		app.metadataCache.on("resolved", () => seen.push("resolved"));
		let atLayoutReady: unknown = "not called";
		app.workspace.onLayoutReady(() => (atLayoutReady = cache("b.md")));
		app.workspace.setLayoutReady();
		expect(atLayoutReady).toBeNull();
		jest.advanceTimersByTime(0);
		expect(seen).toEqual(["changed a.md", "changed b.md", "resolved"]);
		expect(cache("b.md")?.frontmatter).toEqual({ tier: "B" });
		expect(app.metadataCache.resolved).toBe(true);
		app.destroy();
	});

	test("modify can come after process has returned", async () => {
		jest.useFakeTimers();
		const app = new App({ "a.md": "one" }, { lateModify: true });
		const file = app.vault.getFileByPath("a.md") as TFile;
		const events: string[] = [];
		app.vault.on("modify", () => events.push("modify"));
		await app.vault.process(file, (t) => `${t}+1`);
		events.push("process returned");
		expect(app.vault.text("a.md")).toBe("one+1");
		jest.advanceTimersByTime(0);
		expect(events).toEqual(["process returned", "modify"]);
		app.destroy();
	});

	test.each([
		["contents-first", ["People/A.md", "People/Sub/B.md", "People/Sub", "People"]],
		["folder-first", ["People", "People/Sub", "People/Sub/B.md", "People/A.md"]],
	] as const)("a folder rename reports %s", async (order, expected) => {
		const app = new App({ "People/A.md": "a", "People/Sub/B.md": "b" }, { folderRenameOrder: order });
		const seen: string[] = [];
		app.vault.on("rename", (f: TFile | TFolder, old: string) => {
			seen.push(old);
			// Every path is already the new one when the first event comes.
			expect(app.vault.getFileByPath("Contacts/A.md")).not.toBeNull();
			expect(f.path.startsWith("Contacts")).toBe(true);
		});
		await app.vault.rename(app.vault.getFolderByPath("People") as TFolder, "Contacts");
		expect(seen).toEqual(expected);
		app.destroy();
	});

	test("a read that fails: cachedRead, read and process reject until the note can be read again", async () => {
		const app = new App({ "a.md": "one" });
		const file = app.vault.getFileByPath("a.md") as TFile;
		app.vault.failingReads.set("a.md", new Error("EIO: i/o error, read"));
		await expect(app.vault.cachedRead(file)).rejects.toThrow("EIO");
		await expect(app.vault.read(file)).rejects.toThrow("EIO");
		await expect(app.vault.process(file, (t) => `${t}!`)).rejects.toThrow("EIO");
		expect(app.vault.text("a.md")).toBe("one");
		app.vault.failingReads.delete("a.md");
		await expect(app.vault.cachedRead(file)).resolves.toBe("one");
		app.destroy();
	});

	test("a held read returns the text as it was when it started", async () => {
		const app = new App({ "a.md": "one" });
		const file = app.vault.getFileByPath("a.md") as TFile;
		const release = app.vault.holdReads();
		let result: string | null = null;
		const reading = app.vault.cachedRead(file).then((t) => (result = t));
		await app.vault.modify(file, "two");
		await Promise.resolve();
		expect(result).toBeNull();
		release();
		await reading;
		expect(result).toBe("one");
		await expect(app.vault.cachedRead(file)).resolves.toBe("two");
		app.destroy();
	});

	test("a notice is shown until clicked; its text is recorded without its buttons", () => {
		notices.length = 0;
		const fragment = document.createDocumentFragment();
		fragment.createSpan({ text: "Logged a call." });
		const button = fragment.createEl("button", { text: "Undo" });
		let undone = false;
		button.addEventListener("click", () => (undone = true));
		const notice = new Notice(fragment, 10_000);
		expect(notices).toEqual(["Logged a call."]);
		expect(document.querySelector(".notice-container .notice")).toBe(notice.containerEl);
		expect(notice.duration).toBe(10_000);
		button.click();
		expect(undone).toBe(true);
		expect(notice.containerEl.isConnected).toBe(false);
	});
});

describe("the metadata cache's links, list items and sections", () => {
	const text = [
		"---",
		'attendees: ["[[Ada]]", "plain"]',
		'host: "[[People/Grace|Grace]]"',
		"---",
		"Met [[Ada|the Countess]] and ![[Photo.png]] `[[not]]` [x](People/Alan%20Turing.md)",
		"",
		"- [ ] Plan",
		"  - [x] Child",
		"    more",
		"- item",
		"",
		"> [!note] Title",
		"> [[Ada]]",
		"",
		"```",
		"[[code]]",
		"```",
		"%% [[commented]] %%",
	].join("\n");
	const cache = indexNote(text);

	test("links and embeds, with Obsidian's fields, none in code", () => {
		expect(cache.links?.map((l) => [l.link, l.original, l.displayText, l.position.start.line])).toEqual([
			["Ada", "[[Ada|the Countess]]", "the Countess", 4],
			["People/Alan Turing.md", "[x](People/Alan%20Turing.md)", "x", 4],
			["Ada", "[[Ada]]", undefined, 12],
			["commented", "[[commented]]", undefined, 17],
		]);
		expect(cache.embeds?.map((l) => l.link)).toEqual(["Photo.png"]);
	});

	test("frontmatter links keyed by property and list index", () => {
		expect(cache.frontmatterLinks).toEqual([
			{ key: "attendees.0", link: "Ada", original: "[[Ada]]" },
			{ key: "host", link: "People/Grace", original: "[[People/Grace|Grace]]", displayText: "Grace" },
		]);
	});

	test("list items: task characters, parents, positions over nested items", () => {
		expect(cache.listItems?.map((i) => [i.position.start.line, i.position.end.line, i.parent, i.task])).toEqual([
			[6, 8, -6, " "],
			[7, 8, 6, "x"],
			[9, 9, -6, undefined],
		]);
	});

	test("sections", () => {
		expect(cache.sections?.map((x) => [x.type, x.position.start.line, x.position.end.line])).toEqual([
			["yaml", 0, 3],
			["paragraph", 4, 4],
			["list", 6, 9],
			["callout", 11, 12],
			["code", 14, 16],
			["paragraph", 17, 17],
		]);
	});
});
