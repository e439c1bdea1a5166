/**
 * @jest-environment jsdom
 *
 * The due list side panel of the built plugin: opening it, what it shows and in which
 * order, how it follows the vault (edits, renames, deletes, background reads), midnight,
 * keys, long lists and empty states.
 */
import * as fs from "fs";
import * as path from "path";
import { READ_BATCH } from "../../src/obsidian/contactIndex";
import * as fake from "./fakeObsidian";
import { App as FakeApp, MarkdownView, notices, type App } from "./fakeObsidian";
import {
	activeMarkdownView,
	click,
	dueListEl,
	dueListLeaf,
	EXAMPLE_VAULT,
	flush,
	key,
	note,
	openDueList,
	readVault,
	rowEl,
	ROOT,
	rows,
	scroller,
	settingTab,
	sections,
	settle,
	startPlugin,
	stopPlugins,
	type StartOptions,
	topModal,
	useClock,
	VIEW_TYPE,
	type Running,
} from "./harness";

let running: Running | null = null;

afterEach(() => {
	stopPlugins();
	jest.useRealTimers();
});

async function start(files: Record<string, string>, options: StartOptions = {}): Promise<App> {
	running = await startPlugin(files, options);
	return running.app;
}

/** Lets a change reach the view: the cache re-indexes, the index updates, the view redraws. */
const REDRAW = 100;

describe("opening", () => {
	test("the command and the ribbon icon open one due list in the right sidebar", async () => {
		useClock(2026, 11, 27);
		const app = await start(readVault(EXAMPLE_VAULT));
		const ribbon = app.ribbonEl.querySelector('[aria-label="Open due list"]');
		expect(ribbon).not.toBeNull();
		click(ribbon as Element);
		await flush();
		expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(1);
		expect(dueListLeaf(app).side).toBe("right");
		expect(dueListLeaf(app).revealed).toBe(true);
		await openDueList(app);
		expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(1);
		expect(dueListLeaf(app).view.getDisplayText()).toBe("Due list");
		expect(dueListLeaf(app).view.getIcon()).toBe("sprout");
		// The list takes the keyboard focus, so arrow keys work at once.
		expect(document.activeElement).toBe(scroller(dueListEl(app)));
	});

	test("before the layout is ready the view says it is loading; then the list appears", async () => {
		useClock(2026, 11, 27);
		const app = await start(readVault(EXAMPLE_VAULT), { layoutReady: false });
		const view = await openDueList(app);
		expect(view.querySelector(".tend-due-message")?.textContent).toBe("Loading contacts…");
		expect(rows(view)).toEqual([]);
		app.workspace.setLayoutReady();
		await flush(REDRAW);
		expect(rows(view).length).toBeGreaterThan(10);
	});

	test("disabling the plugin closes the view and stops every timer", async () => {
		useClock(2026, 11, 27);
		const app = await start(readVault(EXAMPLE_VAULT));
		await openDueList(app);
		(running as Running).plugin.unload();
		// A view closes asynchronously (its onClose may await), as in Obsidian.
		await new Promise(process.nextTick);
		expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(0);
		expect(jest.getTimerCount()).toBe(0);
		// Only the fake metadata cache's own listeners remain.
		const bare = new FakeApp();
		expect(app.vault.listenerCount("rename")).toBe(bare.vault.listenerCount("rename"));
		expect(app.vault.listenerCount("delete")).toBe(bare.vault.listenerCount("delete"));
		expect(app.metadataCache.listenerCount("changed")).toBe(0);
		bare.destroy();
	});
});

describe("the list", () => {
	test("sections, rows, order, tier, days and short reasons on the example vault", async () => {
		useClock(2026, 11, 27);
		const app = await start(readVault(EXAMPLE_VAULT));
		const view = await openDueList(app);
		await settle();
		// As `tend due` on the same vault (README): Amara's weekly review note is her last contact
		// (a mention), so only her late promise lists her; Grace Liu's mention makes her not new.
		expect(view.querySelector(".tend-due-title")?.textContent).toBe("13 to get in touch with");
		expect(view.querySelector(".tend-due-note")?.textContent).toBe("Friday, November 27");
		expect(sections(view)).toEqual(["Overdue (2)", "Due (4)", "Promises (3)", "Coming up (4)", "Needs attention (2)"]);
		const all = rows(view);
		expect(all.slice(0, 2)).toEqual([
			{ section: "Overdue", name: "Noah Fischer", tier: "B", days: "57d", reasons: ["Overdue by 26 days"] },
			{ section: "Overdue", name: "Dana Whitfield", tier: "C", days: "270d", reasons: ["Overdue by 88 days", "Strained: keep it in writing"] },
		]);
		expect(all.filter((r) => r.section === "Due").map((r) => `${r.name} ${r.days}`)).toEqual(["Maya Singh never", "Olivia Brown 165d", "Chen Wei 78d", "Ben Carter 32d"]);
		expect(all.filter((r) => r.section === "Promises").map((r) => r.reasons)).toEqual([
			["Promise 7 days late: Send the EU AI Act summary"],
			["Promise 2 days late: Send the benchmark report"],
			["Promise due tomorrow: Introduce her to Marco at Finlytics"],
		]);
		expect(all.filter((r) => r.section === "Coming up").map((r) => r.name)).toEqual(["Kemi Adeyemi", "Jonas Berg", "Isabel Moreno", "Priya Raman"]);
		const attention = all.filter((r) => r.section === "Needs attention");
		expect(attention.map((r) => r.name)).toContain("Liam O'Brien");
		expect(attention.find((r) => r.name === "Liam O'Brien")?.reasons).toEqual(["Needs a tier: add a tier property to track this contact"]);
		// The full sentence is the tooltip; the days say what they count.
		const amara = rowEl(view, "Amara Okafor");
		expect(amara.querySelector(".tend-reason.tend-reason-promise-late")?.getAttribute("title")).toBe('Promised "Send the EU AI Act summary" by November 20: 7 days late');
		expect(amara.querySelector(".tend-row-days")?.getAttribute("title")).toBe("Last contact 2026-11-20 (7 days ago): a mention in Notes/2026-11-20 Weekly review; click to open it");
		expect(amara.querySelectorAll(".tend-row-actions button")).toHaveLength(2);
		// The suggested touchpoint under the reasons, and "drifting" as one of them.
		expect(amara.querySelector(".tend-row-suggestion")?.textContent).toBe('Try: "Send the EU AI Act summary" is 7 days late: send it now, or tell them and agree a new date');
		expect(all.find((r) => r.name === "Chen Wei")?.reasons).toContain("Drifting: usually every 40 days; 78 days now");
		expect(rowEl(view, "Liam O'Brien").querySelector(".tend-row-suggestion")).toBeNull();
	});

	test("a name is text, never markup", async () => {
		useClock(2026, 11, 27);
		const evil = "<img src=x onerror=alert(1)>";
		const app = await start({ [`People/${evil}.md`]: note(["tier: A"]) });
		const view = await openDueList(app);
		await settle();
		expect(rows(view).map((r) => r.name)).toEqual([evil]);
		expect(rowEl(view, evil).querySelector(".tend-row-name")?.textContent).toBe(evil);
		expect(document.querySelector("img")).toBeNull();
	});

	test("the first list comes from frontmatter alone; the logs are read in small batches after", async () => {
		useClock(2026, 11, 27);
		const files: Record<string, string> = {};
		for (let i = 0; i < 120; i++) files[`People/P${String(i).padStart(3, "0")}.md`] = note(["tier: A"], `## Touchpoints\n- 2026-11-${String(1 + (i % 25)).padStart(2, "0")} call — Talked\n`);
		const app = await start(files, { layoutReady: false });
		let inFlight = 0;
		let most = 0;
		let reads = 0;
		const read = app.vault.cachedRead.bind(app.vault);
		app.vault.cachedRead = async (file) => {
			reads++;
			inFlight++;
			most = Math.max(most, inFlight);
			await Promise.resolve();
			inFlight--;
			return read(file);
		};
		const view = await openDueList(app);
		app.workspace.setLayoutReady();
		// Drawn at once from the cache: nobody has a last_contact, so all look new.
		(dueListLeaf(app).view as unknown as { redraw(): void }).redraw();
		expect(reads).toBe(0);
		expect(view.querySelector(".tend-due-title")?.textContent).toBe("120 to get in touch with");
		expect(view.querySelector(".tend-due-note")?.textContent).toMatch(/reading notes…$/);
		await settle();
		expect(reads).toBe(120);
		expect(most).toBeLessThanOrEqual(READ_BATCH);
		// With the logs read, the ones contacted recently are no longer due.
		expect(view.querySelector(".tend-due-title")?.textContent).toBe("Nobody is due");
		expect(view.querySelector(".tend-due-note")?.textContent).toBe("Friday, November 27");
	});

	test("a note whose YAML does not parse shows the error and its line under Needs attention", async () => {
		useClock(2026, 11, 27);
		const app = await start({ "People/Broken.md": "---\ntier: A\nbad: [x\n---\n", "People/Fine.md": note(["tier: A"]) });
		const view = await openDueList(app);
		await settle();
		const broken = rows(view).find((r) => r.name === "Broken");
		expect(broken?.section).toBe("Needs attention");
		expect(broken?.reasons[0]).toMatch(/^Line 3: frontmatter does not parse \(line 3\)/);
		click(rowEl(view, "Broken"));
		await flush();
		expect(activeMarkdownView(app)?.file?.path).toBe("People/Broken.md");
		expect(activeMarkdownView(app)?.eState).toEqual({ line: 2 });
	});
});

describe("labels, icons and reasons", () => {
	test("every icon button has an accessible label and a tooltip that say what it does, and to whom", async () => {
		useClock(2026, 11, 27);
		const app = await start(readVault(EXAMPLE_VAULT));
		const view = await openDueList(app);
		await settle();
		const tab = settingTab(app);
		tab.display();
		const iconButtons = [view, tab.containerEl, app.ribbonEl].flatMap((root) => Array.from(root.querySelectorAll<HTMLElement>("button, .clickable-icon")).filter((b) => b.querySelector("svg")));
		expect(iconButtons.length).toBeGreaterThan(20);
		for (const b of iconButtons) {
			const label = b.getAttribute("aria-label") ?? "";
			expect(label).toMatch(/^[A-Z][a-z]/);
			// The tooltip is Obsidian's, from the label; a `title` would show a second one.
			if (!b.classList.contains("side-dock-ribbon-action")) expect(b.getAttribute("data-tooltip")).toBe(label);
			expect(b.hasAttribute("title")).toBe(false);
		}
		const amara = rowEl(view, "Amara Okafor");
		expect(amara.querySelector(".tend-row-log")?.getAttribute("aria-label")).toBe("Log a touchpoint with Amara Okafor");
		expect(amara.querySelector(".tend-row-snooze")?.getAttribute("aria-label")).toBe("Snooze Amara Okafor");
		// Snooze is an alarm clock: the crossed-out one read as a "no" sign at sidebar size.
		expect(amara.querySelector(".tend-row-snooze svg")?.getAttribute("data-icon")).toBe("alarm-clock");
		expect(amara.querySelector(".tend-row-log svg")?.getAttribute("data-icon")).toBe("pencil-line");
	});

	test("a reason is drawn whole and may wrap to two lines; its full sentence is its tooltip", async () => {
		useClock(2026, 11, 27);
		const long = "Send the EU AI Act summary with the annotated comparison of the member states' implementation timelines";
		const app = await start({ "People/Amara.md": note(["tier: A", "last_contact: 2026-11-20", "promises:", `  - 2026-11-20 ${long}`]) });
		const view = await openDueList(app);
		await settle();
		const reason = rowEl(view, "Amara").querySelector(".tend-reason") as HTMLElement;
		expect(reason.textContent).toBe(`Promise 7 days late: ${long}`);
		expect(reason.getAttribute("title")).toBe(`Promised "${long}" by November 20: 7 days late`);
		// The style wraps it and cuts it after the second line (the browser test measures it).
		const css = fs.readFileSync(path.join(ROOT, "styles.css"), "utf8");
		const rule = /\n\.tend-reason \{([^}]*)\}/.exec(css)?.[1] ?? "";
		expect(rule).toMatch(/-webkit-line-clamp: 2;/);
		expect(rule).toMatch(/display: -webkit-box;/);
		expect(rule).not.toMatch(/white-space: nowrap|text-overflow/);
	});
});

describe("as the real app behaves", () => {
	test("a due list restored from the saved layout is deferred: the command loads it and focuses it", async () => {
		useClock(2026, 11, 27);
		const app = await start(readVault(EXAMPLE_VAULT), { before: (a) => void a.workspace.restoreLeaf("right", { type: VIEW_TYPE }) });
		const leaf = dueListLeaf(app);
		expect(leaf.isDeferred).toBe(true);
		await openDueList(app);
		expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toEqual([leaf]);
		expect(leaf.isDeferred).toBe(false);
		await settle();
		expect(rows(dueListEl(app)).length).toBeGreaterThan(10);
		expect(document.activeElement).toBe(scroller(dueListEl(app)));
	});

	test("notes the cache indexes only after layout ready still reach the list", async () => {
		useClock(2026, 11, 27);
		const vault = readVault(EXAMPLE_VAULT);
		const late = Object.keys(vault).filter((p) => p.startsWith("People/"));
		const app = await start(vault, { fake: { unindexed: late } });
		const view = await openDueList(app);
		await settle();
		expect(app.metadataCache.resolved).toBe(true);
		// The mentions are scanned in the background, after the contacts are known: Amara's
		// mention in a dated note of November 20 counts (as `tend due` counts it), though her
		// note was not in the cache at layout ready.
		expect(view.querySelector(".tend-due-title")?.textContent).toBe("13 to get in touch with");
		expect(rows(view).find((r) => r.name === "Amara Okafor")?.days).toBe("7d");
		expect(view.querySelector(".tend-due-note")?.textContent).toBe("Friday, November 27");
	});

	test("a note that cannot be read is listed under Needs attention with the reason", async () => {
		useClock(2026, 11, 27);
		const app = await start({ "People/Ada.md": note(["tier: A", "last_contact: 2026-11-20"], "## Touchpoints\n"), "People/Bo.md": note(["tier: A"]) }, {
			before: (a) => a.vault.failingReads.set("People/Ada.md", new Error("EBUSY: resource busy or locked")),
		});
		const view = await openDueList(app);
		await settle();
		const ada = rows(view).find((r) => r.section === "Needs attention" && r.name === "Ada");
		expect(ada?.reasons).toEqual([expect.stringMatching(/^Tend could not read this note \(EBUSY: resource busy or locked\)/)]);
		expect(view.querySelector(".tend-due-note")?.textContent).toBe("Friday, November 27");
	});
});

describe("live updates", () => {
	async function example(): Promise<{ app: App; view: HTMLElement }> {
		useClock(2026, 11, 27);
		const app = await start(readVault(EXAMPLE_VAULT));
		const view = await openDueList(app);
		await settle();
		return { app, view };
	}

	test("an edit to one note updates its row, and nothing else is re-read", async () => {
		const { app, view } = await example();
		const file = app.vault.getFileByPath("People/Noah Fischer.md");
		if (!file) throw new Error("missing");
		const lookups = new Map(app.metadataCache.lookups);
		const reads = jest.spyOn(app.vault, "cachedRead");
		await app.vault.process(file, (t) => t.replace("last_contact: 2026-10-01", "last_contact: 2026-11-26"));
		await flush(REDRAW);
		expect(rows(view).map((r) => r.name)).not.toContain("Noah Fischer");
		expect(view.querySelector(".tend-due-title")?.textContent).toBe("12 to get in touch with");
		expect(reads).not.toHaveBeenCalled();
		expect(app.metadataCache.lookups).toEqual(lookups);
	});

	test("an edit to one note draws only that row again: the other rows keep their elements, a new selection redraws the two rows it concerns", async () => {
		const { app, view } = await example();
		// By section and path: a contact may be listed in a schedule section and in Needs attention.
		const elements = () => new Map([...view.querySelectorAll<HTMLElement>(".tend-row")].map((el) => [`${el.className} ${el.dataset.path as string}`, el]));
		const before = elements();
		const file = app.vault.getFileByPath("People/Noah Fischer.md");
		if (!file) throw new Error("missing");
		// A new summary line in the log changes Noah's row (its suggestion), and nobody else's.
		await app.vault.process(file, (t) => t.replace("last_contact: 2026-10-01", "last_contact: 2026-10-02"));
		await flush(REDRAW);
		const after = elements();
		expect(after.size).toBe(before.size);
		let kept = 0;
		for (const [key, el] of after) {
			if (key.endsWith(" People/Noah Fischer.md")) expect(el).not.toBe(before.get(key));
			else if (el === before.get(key)) kept++;
		}
		expect(kept).toBe(after.size - 1);
		expect(view.querySelector('.tend-row[data-path="People/Noah Fischer.md"]')?.textContent).toContain("56");
		// Selection: the row selected and the one that was are drawn again, and only they.
		const scroller = view.querySelector<HTMLElement>(".tend-due-scroller") as HTMLElement;
		scroller.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
		const selectedOnce = elements();
		scroller.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
		const selectedTwice = elements();
		const redrawn = [...selectedTwice.values()].filter((el) => ![...selectedOnce.values()].includes(el));
		expect(redrawn).toHaveLength(2);
		expect(view.querySelectorAll(".tend-row.is-selected")).toHaveLength(1);
	});

	test("writing in a note that is not a contact does not redraw the list", async () => {
		const { app, view } = await example();
		const before = rowEl(view, "Noah Fischer");
		await app.vault.process(app.vault.getFileByPath("Notes/2026-11-20 Weekly review.md") as never, (t: string) => `${t}\nMore thoughts.\n`);
		await flush(REDRAW);
		expect(rowEl(view, "Noah Fischer")).toBe(before);
		await app.vault.process(app.vault.getFileByPath("People/Noah Fischer.md") as never, (t: string) => `${t}\nMore thoughts.\n`);
		await flush(REDRAW);
		expect(rowEl(view, "Noah Fischer")).not.toBe(before);
	});

	test("a new note that is a contact appears; one that stops being a contact goes", async () => {
		const { app, view } = await example();
		await app.vault.create("People/Zoe Adams.md", note(["tier: B"]));
		await flush(REDRAW);
		expect(rows(view).find((r) => r.name === "Zoe Adams")?.section).toBe("Due");
		const olivia = app.vault.getFileByPath("Work/Olivia Brown.md");
		if (!olivia) throw new Error("missing");
		await app.vault.process(olivia, (t) => t.replace(/#contact/g, "").replace(/type: contact\n/, ""));
		await flush(REDRAW);
		expect(rows(view).map((r) => r.name)).not.toContain("Olivia Brown");
	});

	test("a rename re-keys the contact; a move out of the contacts folder drops it", async () => {
		const { app, view } = await example();
		const grace = app.vault.getFileByPath("People/Grace Liu.md");
		if (!grace) throw new Error("missing");
		await app.vault.rename(grace, "People/Grace Liu-Chen.md");
		await flush(REDRAW);
		expect(rows(view).filter((r) => r.section === "Due").map((r) => r.name)).toContain("Grace Liu-Chen");
		expect(rows(view).map((r) => r.name)).not.toContain("Grace Liu");
		await settle();
		expect(rows(view).map((r) => r.name)).toContain("Grace Liu-Chen");
		await app.vault.rename(grace, "Archive/Grace Liu-Chen.md");
		await flush(REDRAW);
		expect(rows(view).map((r) => r.name)).not.toContain("Grace Liu-Chen");
	});

	test("renaming a folder moves its contacts; deleting a note or a folder removes them", async () => {
		const { app, view } = await example();
		const people = app.vault.getFolderByPath("People");
		if (!people) throw new Error("missing");
		await app.vault.delete(app.vault.getFileByPath("People/Chen Wei.md") as never);
		await flush(REDRAW);
		expect(rows(view).map((r) => r.name)).not.toContain("Chen Wei");
		const before = rows(view).length;
		await app.vault.rename(people, "Contacts");
		await flush(REDRAW);
		// Out of the contacts folder, only notes tagged or typed as contacts remain.
		expect(rows(view).length).toBeLessThan(before);
		const work = app.vault.getFolderByPath("Work");
		await app.vault.delete(work as never);
		await flush(REDRAW);
		expect(rows(view).map((r) => r.name)).not.toContain("Olivia Brown");
	});

	test("at local midnight the list turns over to the new day", async () => {
		useClock(2026, 11, 27, 23, 59);
		const app = await start({
			"People/Tomorrow.md": note(["tier: A", "last_contact: 2026-10-31"]),
			"People/Birthday.md": note(["tier: C", "last_contact: 2026-11-01", "birthday: 1980-12-06"]),
		});
		const view = await openDueList(app);
		await flush(REDRAW);
		expect(view.querySelector(".tend-due-note")?.textContent).toBe("Friday, November 27");
		expect(view.querySelector(".tend-due-title")?.textContent).toBe("Nobody is due");
		expect(view.querySelector(".tend-due-message")?.textContent).toBe("Nobody is due. Time for deep work.Next: Tomorrow, due November 28.");
		await flush(90_000);
		expect(view.querySelector(".tend-due-note")?.textContent).toBe("Saturday, November 28");
		expect(rows(view)).toEqual([{ section: "Due", name: "Tomorrow", tier: "A", days: "28d", reasons: ["Due today"] }]);
		// A laptop asleep through the next midnight catches up on its next clock tick.
		jest.setSystemTime(new Date(2026, 10, 29, 7, 30));
		await flush(31_000);
		expect(view.querySelector(".tend-due-note")?.textContent).toBe("Sunday, November 29");
		expect(rows(view).map((r) => `${r.section}: ${r.name} ${r.reasons.join("; ")}`)).toEqual(["Due: Tomorrow Due since November 28", "Coming up: Birthday Birthday in 7 days"]);
	});
});

describe("keyboard", () => {
	test("arrows move between rows, Enter opens, Mod+Enter opens a new tab, L logs, S snoozes", async () => {
		useClock(2026, 11, 27);
		const app = await start(readVault(EXAMPLE_VAULT));
		const view = await openDueList(app);
		await settle();
		const list = scroller(view);
		list.focus();
		const selected = () => view.querySelector(".tend-row.is-selected .tend-row-name")?.textContent;
		expect(selected()).toBe("Noah Fischer");
		expect(list.getAttribute("aria-activedescendant")).toBe(view.querySelector(".tend-row.is-selected")?.id);
		key(list, "ArrowDown");
		expect(selected()).toBe("Dana Whitfield");
		key(list, "ArrowDown");
		key(list, "ArrowDown");
		expect(selected()).toBe("Olivia Brown");
		key(list, "ArrowUp");
		expect(selected()).toBe("Maya Singh");
		key(list, "End");
		expect(view.querySelector(".tend-row.is-selected")).toBe(Array.from(view.querySelectorAll(".tend-row")).pop());
		key(list, "Home");
		expect(selected()).toBe("Noah Fischer");
		key(list, "ArrowUp");
		expect(selected()).toBe("Noah Fischer");

		key(list, "Enter");
		await flush();
		expect(activeMarkdownView(app)?.file?.path).toBe("People/Noah Fischer.md");
		const mainLeaves = () => app.workspace.leaves.filter((l) => l.side === "main").length;
		expect(mainLeaves()).toBe(1);
		key(list, "ArrowDown");
		key(list, "Enter", { ctrlKey: true });
		await flush();
		expect(mainLeaves()).toBe(2);
		expect(activeMarkdownView(app)?.file?.path).toBe("People/Dana Whitfield.md");

		key(list, "l");
		expect(topModal().titleEl.textContent).toBe("Log a touchpoint with Dana Whitfield");
		topModal().close();
		key(list, "S");
		expect(topModal().titleEl.textContent).toBe("Snooze Dana Whitfield");
		topModal().close();
		// Keys with a modifier are left to Obsidian's own hotkeys.
		const evt = new KeyboardEvent("keydown", { key: "s", ctrlKey: true, bubbles: true, cancelable: true });
		list.dispatchEvent(evt);
		expect(evt.defaultPrevented).toBe(false);
	});

	test("focus from a click selects nothing, so no redraw swallows the click", async () => {
		useClock(2026, 11, 27);
		const app = await start(readVault(EXAMPLE_VAULT));
		// Opened as Obsidian restores it at startup: no focus, nothing selected.
		await app.workspace.getRightLeaf(false)?.setViewState({ type: VIEW_TYPE });
		await settle();
		const view = dueListEl(app);
		const list = scroller(view);
		expect(view.querySelector(".tend-row.is-selected")).toBeNull();
		const chen = rowEl(view, "Chen Wei");
		chen.dispatchEvent(new Event("pointerdown", { bubbles: true }));
		list.focus();
		expect(rowEl(view, "Chen Wei")).toBe(chen);
		expect(view.querySelector(".tend-row.is-selected")).toBeNull();
		chen.dispatchEvent(new Event("pointerup", { bubbles: true }));
		click(chen);
		await flush();
		expect(view.querySelector(".tend-row.is-selected .tend-row-name")?.textContent).toBe("Chen Wei");
		expect(activeMarkdownView(app)?.file?.path).toBe("People/Chen Wei.md");
	});

	/** The example vault's due list on November 27, with the keyboard in it. */
	async function focusedList(): Promise<{ app: App; view: HTMLElement; list: HTMLElement }> {
		useClock(2026, 11, 27);
		const app = await start(readVault(EXAMPLE_VAULT));
		const view = await openDueList(app);
		await settle();
		const list = scroller(view);
		list.focus();
		return { app, view, list };
	}

	test("the selection stays on the same contact when the list changes", async () => {
		const { app, view, list } = await focusedList();
		key(list, "ArrowDown");
		key(list, "ArrowDown");
		expect(view.querySelector(".tend-row.is-selected .tend-row-name")?.textContent).toBe("Maya Singh");
		await app.vault.process(app.vault.getFileByPath("People/Noah Fischer.md") as never, (t: string) => t.replace("2026-10-01", "2026-11-26"));
		await flush(REDRAW);
		expect(view.querySelector(".tend-row.is-selected .tend-row-name")?.textContent).toBe("Maya Singh");
	});

	test("a selected contact that moves to another section stays selected there", async () => {
		const { app, view, list } = await focusedList();
		key(list, "ArrowDown");
		const selected = () => view.querySelector(".tend-row.is-selected");
		expect(selected()?.querySelector(".tend-row-name")?.textContent).toBe("Dana Whitfield");
		// Contacted 150 days ago: within tier C's 20-26 weeks, so Due rather than Overdue.
		await app.vault.process(app.vault.getFileByPath("People/Dana Whitfield.md") as never, (t: string) => t.replace("last_contact: 2026-03-02", "last_contact: 2026-06-30"));
		await flush(REDRAW);
		expect(rows(view).find((r) => r.name === "Dana Whitfield")?.section).toBe("Due");
		expect(selected()?.querySelector(".tend-row-name")?.textContent).toBe("Dana Whitfield");
		expect(view.querySelectorAll(".tend-row.is-selected")).toHaveLength(1);
		expect(list.getAttribute("aria-activedescendant")).toBe(selected()?.id);
		// The keys go on from its new place.
		key(list, "ArrowUp");
		expect(selected()?.querySelector(".tend-row-name")?.textContent).not.toBe("Dana Whitfield");
		key(list, "ArrowDown");
		expect(selected()?.querySelector(".tend-row-name")?.textContent).toBe("Dana Whitfield");
	});
});

describe("mouse", () => {
	test("a row opens its note; Ctrl-click opens a new tab; the buttons log and snooze", async () => {
		useClock(2026, 11, 27);
		const app = await start(readVault(EXAMPLE_VAULT));
		const view = await openDueList(app);
		await settle();
		click(rowEl(view, "Chen Wei").querySelector(".tend-row-name") as Element);
		await flush();
		expect(activeMarkdownView(app)?.file?.path).toBe("People/Chen Wei.md");
		expect(app.workspace.leaves.filter((l) => l.view instanceof MarkdownView)).toHaveLength(1);
		click(rowEl(view, "Ben Carter"), { ctrlKey: true });
		await flush();
		expect(app.workspace.leaves.filter((l) => l.view instanceof MarkdownView)).toHaveLength(2);
		click(rowEl(view, "Maya Singh").querySelector(".tend-row-log") as Element);
		expect(topModal().titleEl.textContent).toBe("Log a touchpoint with Maya Singh");
		topModal().close();
		click(rowEl(view, "Maya Singh").querySelector(".tend-row-snooze") as Element);
		expect(topModal().titleEl.textContent).toBe("Snooze Maya Singh");
		topModal().close();
		// The buttons do not also open the note.
		expect(activeMarkdownView(app)?.file?.path).toBe("People/Ben Carter.md");
	});

	test("a middle click opens a new tab without selecting the row; on a button it does nothing", async () => {
		useClock(2026, 11, 27);
		const app = await start(readVault(EXAMPLE_VAULT));
		const view = await openDueList(app);
		await settle();
		const tabs = () => app.workspace.leaves.filter((l) => l.view instanceof MarkdownView).map((l) => (l.view as MarkdownView).file?.path);
		const middle = (el: Element) => el.dispatchEvent(new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 1 }));
		const selected = () => view.querySelector(".tend-row.is-selected .tend-row-name")?.textContent ?? null;
		const before = selected();
		expect(before).not.toBe("Chen Wei");
		middle(rowEl(view, "Chen Wei").querySelector(".tend-row-reasons") as Element);
		await flush();
		expect(tabs()).toEqual(["People/Chen Wei.md"]);
		expect(selected()).toBe(before);
		middle(rowEl(view, "Ben Carter").querySelector(".tend-row-snooze") as Element);
		await flush();
		expect(tabs()).toEqual(["People/Chen Wei.md"]);
		expect(() => topModal()).toThrow("no modal is open");
		// A right click (button 2) is the context menu's, not an open.
		rowEl(view, "Ben Carter").dispatchEvent(new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 2 }));
		await flush();
		expect(tabs()).toEqual(["People/Chen Wei.md"]);
	});

	test("the rows' icons are drawn once per icon and copied; after the list changes, a row's button acts for the contact it shows now", async () => {
		useClock(2026, 11, 27);
		const drawIcon = jest.spyOn(fake, "setIcon");
		const app = await start(readVault(EXAMPLE_VAULT));
		const view = await openDueList(app);
		await settle();
		const drawn = view.querySelectorAll(".tend-due-scroller .tend-row-log").length;
		expect(drawn).toBeGreaterThan(3);
		const rowIcons = drawIcon.mock.calls.filter(([, icon]) => icon === "pencil-line" || icon === "alarm-clock");
		// Once per icon for the list, plus the week's plan, which draws its own.
		const inPlan = view.querySelectorAll(".tend-plan .tend-row-log, .tend-plan .tend-row-snooze").length;
		expect(rowIcons).toHaveLength(2 + inPlan);
		expect(rowEl(view, "Maya Singh").querySelector(".tend-row-log svg")?.getAttribute("data-icon")).toBe("pencil-line");
		// Make another contact first: the first row now shows that contact, and its button, which
		// has no listener of its own, logs with them.
		const first = () => view.querySelector<HTMLElement>(".tend-due-scroller .tend-row") as HTMLElement;
		const before = first();
		const name = before.querySelector(".tend-row-name")?.textContent ?? "";
		const file = app.vault.getFileByPath("People/Maya Singh.md");
		await app.vault.process(file as never, (text: string) => text.replace(/last_contact: .*/, "last_contact: 2025-01-01"));
		await flush(REDRAW);
		expect(first().querySelector(".tend-row-name")?.textContent).not.toBe(name);
		click(first().querySelector(".tend-row-log") as Element);
		expect(topModal().titleEl.textContent).toBe(`Log a touchpoint with ${first().querySelector(".tend-row-name")?.textContent}`);
		topModal().close();
		drawIcon.mockRestore();
	});
});

describe("long lists", () => {
	test("only the rows in view are drawn, and scrolling and keys reach every row", async () => {
		useClock(2026, 11, 27);
		const files: Record<string, string> = {};
		for (let i = 0; i < 3000; i++) files[`People/C${String(i).padStart(4, "0")}.md`] = note(["tier: B", `last_contact: 2026-0${1 + (i % 8)}-15`]);
		const app = await start(files);
		const view = await openDueList(app);
		await settle();
		expect(view.querySelector(".tend-due-title")?.textContent).toBe("3000 to get in touch with");
		const list = scroller(view);
		const drawn = () => view.querySelectorAll(".tend-row").length;
		expect(drawn()).toBeGreaterThan(5);
		expect(drawn()).toBeLessThan(80);
		const spacers = Array.from(list.querySelectorAll<HTMLElement>(".tend-virtual-spacer")).map((s) => parseFloat(s.style.getPropertyValue("--tend-spacer-height")));
		expect((spacers[1] ?? 0) > 50_000).toBe(true);
		list.scrollTop = 60_000;
		list.dispatchEvent(new Event("scroll"));
		expect(drawn()).toBeLessThan(80);
		const middle = rows(view).map((r) => r.name);
		expect(middle).not.toContain("C0000");
		list.focus();
		key(list, "End");
		const last = view.querySelector(".tend-row.is-selected");
		expect(last).not.toBeNull();
		expect(drawn()).toBeLessThan(80);
		expect(last?.id).toBe(`${last?.id.replace(/-\d+$/, "")}-2999`);
		key(list, "Home");
		expect(view.querySelector(".tend-row.is-selected")?.id).toMatch(/-0$/);
		expect(list.scrollTop).toBe(0);
		// Writing and reading the 3,000 notes takes most of the time; on a busy machine more than jest's 5 s.
	}, 30_000);
});

describe("empty states", () => {
	test("no contacts: say how Tend finds them, and offer to create one", async () => {
		useClock(2026, 11, 27);
		const app = await start({ "Notes/Idea.md": "# An idea\n" });
		const view = await openDueList(app);
		await settle();
		const message = view.querySelector(".tend-due-message");
		expect(message?.querySelector(".tend-due-message-title")?.textContent).toBe("No contacts yet: create one");
		expect(message?.querySelector(".tend-due-message-detail")?.textContent).toBe("Tend lists notes in People/, notes tagged #contact, notes with type: contact.");
		click(message?.querySelector("button") as Element);
		expect(topModal().titleEl.textContent).toBe("New contact");
	});

	test("nobody due: say so, and who comes next", async () => {
		useClock(2026, 11, 27);
		const app = await start({ "People/Ada.md": note(["tier: A", "last_contact: 2026-11-20"]) });
		const view = await openDueList(app);
		await settle();
		expect(view.querySelector(".tend-due-title")?.textContent).toBe("Nobody is due");
		expect(view.querySelector(".tend-due-message-detail")?.textContent).toBe("Next: Ada, due December 18.");
		expect(rows(view)).toEqual([]);
		expect(notices).toEqual([]);
	});
});
