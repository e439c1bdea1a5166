/**
 * @jest-environment jsdom
 *
 * Mentions and tasks in the plugin (issue 10, items 3-5), on the built main.js in the fake
 * Obsidian: the index keeps them current per changed note from the metadata cache (renames
 * and deletes too), the view shows where the last contact and a task promise come from and
 * opens them, and "Mark kept" on a task promise checks the task off in its own note (one undo
 * step), leaving the contact note alone.
 */
import { MarkdownView, notices, type App } from "./fakeObsidian";
import { activeMarkdownView, choose, click, flush, openDueList, rowEl, rows, settle, startPlugin, stopPlugins, useClock } from "./harness";

afterEach(() => {
	stopPlugins();
	jest.useRealTimers();
});

const ADA = "---\ntier: A\nlast_contact: 2026-10-01\n---\n# Ada\n\n## Touchpoints\n";
const BO = "---\ntier: A\nlast_contact: 2026-11-25\n---\n# Bo\n";
const DAILY = "# Friday\n\nLunch with [[Ada]].\n\n- [ ] Send [[Ada]] the deck 📅 2026-11-26\n";

async function start(files: Record<string, string>): Promise<App> {
	useClock(2026, 11, 27);
	const running = await startPlugin(files);
	await settle();
	return running.app;
}

function run(app: App, id: string): void {
	expect(app.executeCommandById(`tend:${id}`)).toBe(true);
}

function adaRow(view: HTMLElement) {
	return rows(view).find((r) => r.name === "Ada");
}

test("a dated note's mention is the last contact, and its task a promise; the row says where and opens it", async () => {
	const app = await start({ "People/Ada.md": ADA, "People/Bo.md": BO, "Daily/2026-11-20.md": DAILY });
	const view = await openDueList(app);
	await settle();
	expect(adaRow(view)).toEqual({ section: "Promises", name: "Ada", tier: "A", days: "7d", reasons: ["Promise 1 day late: Send Ada the deck"] });
	const ada = rowEl(view, "Ada");
	const days = ada.querySelector(".tend-row-days-mention");
	expect(days?.getAttribute("title")).toBe("Last contact 2026-11-20 (7 days ago): a mention in Daily/2026-11-20; click to open it");
	const task = ada.querySelector(".tend-reason-task");
	expect(task?.getAttribute("data-source")).toBe("Daily/2026-11-20.md:5");
	click(days as Element);
	await flush();
	expect(activeMarkdownView(app)?.file?.path).toBe("Daily/2026-11-20.md");
	click(task as Element);
	await flush();
	expect(activeMarkdownView(app)?.file?.path).toBe("Daily/2026-11-20.md");
	// A middle click opens the mention's note in a new tab, not the contact's.
	const tabs = () => app.workspace.leaves.filter((l) => l.view instanceof MarkdownView).length;
	const before = tabs();
	days?.dispatchEvent(new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 1 }));
	await flush();
	expect(tabs()).toBe(before + 1);
	expect(activeMarkdownView(app)?.file?.path).toBe("Daily/2026-11-20.md");
});

test("a changed note updates the mentions; a rename moves them; a delete drops them", async () => {
	const app = await start({ "People/Ada.md": ADA, "People/Bo.md": BO });
	const view = await openDueList(app);
	await settle();
	expect(adaRow(view)?.days).toBe("57d");
	await app.vault.create("Daily/2026-11-20.md", DAILY);
	await settle();
	expect(adaRow(view)?.days).toBe("7d");
	expect(adaRow(view)?.reasons).toContain("Promise 1 day late: Send Ada the deck");
	await app.vault.rename(app.vault.getFileByPath("Daily/2026-11-20.md") as never, "Journal/2026-11-20.md");
	await settle();
	expect(rowEl(view, "Ada").querySelector(".tend-row-days-mention")?.getAttribute("data-source")).toBe("Journal/2026-11-20.md");
	expect(rowEl(view, "Ada").querySelector(".tend-reason-task")?.getAttribute("data-source")).toBe("Journal/2026-11-20.md:5");
	// The task is done now: no promise, and with the mention 7 days ago Ada is not due.
	await app.vault.process(app.vault.getFileByPath("Journal/2026-11-20.md") as never, (t: string) => t.replace("- [ ] Send", "- [x] Send"));
	await settle();
	expect(adaRow(view)).toBeUndefined();
	await app.vault.delete(app.vault.getFileByPath("Journal/2026-11-20.md") as never);
	await settle();
	expect(adaRow(view)?.days).toBe("57d");
});

test("a note that links no contact costs only a look at its cache: no read, no change", async () => {
	const app = await start({ "People/Ada.md": ADA, "Notes/Plain.md": "Nothing\n" });
	const view = await openDueList(app);
	await settle();
	const reads = jest.spyOn(app.vault, "cachedRead");
	const before = rows(view);
	await app.vault.process(app.vault.getFileByPath("Notes/Plain.md") as never, (t: string) => `${t}More text\n`);
	await settle();
	expect(reads).not.toHaveBeenCalled();
	expect(rows(view)).toEqual(before);
});

test("at start only notes with a date or a task are read for mentions; the others count nothing anyway", async () => {
	useClock(2026, 11, 27);
	const read: string[] = [];
	const files = {
		"People/Ada.md": ADA,
		"People/Bo.md": `${BO}\nIntroduced by [[Ada]].\n`,
		"Daily/2026-11-20.md": DAILY,
		"Notes/About Ada.md": "Ada wrote the notes on [[Ada]]'s engine.\n",
		"Projects/Deck.md": "- [ ] Ask [[Bo]] for the slides 📅 2026-11-26\n",
	};
	const running = await startPlugin(files, {
		before: (app) => {
			const original = app.vault.cachedRead.bind(app.vault);
			app.vault.cachedRead = (file) => {
				read.push(file.path);
				return original(file);
			};
		},
	});
	await settle();
	const view = await openDueList(running.app);
	await settle();
	// The contacts' logs are read (Ada, Bo); for mentions, the dated note and the note with a task.
	expect([...new Set(read)].sort()).toEqual(["Daily/2026-11-20.md", "People/Ada.md", "People/Bo.md", "Projects/Deck.md"]);
	expect(read.filter((p) => p === "Notes/About Ada.md")).toEqual([]);
	expect(adaRow(view)?.days).toBe("7d");
	expect(rows(view).find((r) => r.name === "Bo")?.reasons).toEqual(["Promise 1 day late: Ask Bo for the slides"]);
	// A task added to the undated note later is read from the change, as any edit is.
	await running.app.vault.process(running.app.vault.getFileByPath("Notes/About Ada.md") as never, (t: string) => `${t}- [ ] Send [[Ada]] the paper 📅 2026-11-25\n`);
	await settle();
	expect(rowEl(view, "Ada").querySelectorAll(".tend-reason-task")).toHaveLength(2);
});

test("writing in a note that links contacts but has no date and no task resolves none of its links", async () => {
	const app = await start({ "People/Ada.md": ADA, "People/Bo.md": `${BO}\nIntroduced by [[Ada]].\n`, "Daily/2026-11-20.md": DAILY });
	const view = await openDueList(app);
	await settle();
	const before = rows(view);
	const resolved = jest.spyOn(app.metadataCache, "getFirstLinkpathDest");
	await app.vault.process(app.vault.getFileByPath("People/Bo.md") as never, (t: string) => `${t}Lunch with [[Ada]] soon.\n`);
	await settle();
	expect(resolved).not.toHaveBeenCalled();
	expect(rows(view)).toEqual(before);
	// A task in it is read at once: now it can give a promise.
	await app.vault.process(app.vault.getFileByPath("People/Bo.md") as never, (t: string) => `${t}- [ ] Send [[Ada]] the intro 📅 2026-11-26\n`);
	await settle();
	expect(resolved).toHaveBeenCalled();
	expect(rowEl(view, "Ada").querySelectorAll(".tend-reason-task")).toHaveLength(2);
	// And taking the task out again takes the promise with it.
	await app.vault.process(app.vault.getFileByPath("People/Bo.md") as never, (t: string) => t.replace(/- \[ \] Send .*\n/, ""));
	await settle();
	expect(rowEl(view, "Ada").querySelectorAll(".tend-reason-task")).toHaveLength(1);
});

test("Mark kept on a task promise checks the task off in its note with the done date, one undo step", async () => {
	const app = await start({ "People/Ada.md": ADA, "Daily/2026-11-20.md": DAILY });
	run(app, "keep-promise");
	await choose("ada", "Ada");
	await settle();
	expect(app.vault.text("Daily/2026-11-20.md")).toBe(DAILY.replace("- [ ] Send [[Ada]] the deck 📅 2026-11-26", "- [x] Send [[Ada]] the deck 📅 2026-11-26 ✅ 2026-11-27"));
	expect(app.vault.text("People/Ada.md")).toBe(ADA);
	expect(notices).toContain('Kept "Send Ada the deck" for Ada: checked off in Daily/2026-11-20.md.');
	run(app, "undo-last-change");
	await settle();
	expect(app.vault.text("Daily/2026-11-20.md")).toBe(DAILY);
});

test("with mentions switched off, the plugin counts neither mentions nor tasks", async () => {
	useClock(2026, 11, 27);
	const running = await startPlugin({ "People/Ada.md": ADA, "Daily/2026-11-20.md": DAILY }, { data: { mentions: { enabled: false } } });
	await settle();
	const view = await openDueList(running.app);
	await settle();
	expect(adaRow(view)?.days).toBe("57d");
	expect(rowEl(view, "Ada").querySelector(".tend-reason-task")).toBeNull();
});

describe("the log offer (mentions.offerLog)", () => {
	const offerButton = () => Array.from(document.querySelectorAll<HTMLButtonElement>(".notice .tend-notice-log")).pop();

	async function startWith(offerLog: boolean): Promise<App> {
		useClock(2026, 11, 27);
		const running = await startPlugin({ "People/Ada.md": ADA, "People/Bo.md": BO }, { data: { mentions: { offerLog } } });
		await settle();
		return running.app;
	}

	test("saving a dated note that links a contact offers to log it, once per note and day; Log it logs a meeting, one undo step", async () => {
		const app = await startWith(true);
		await app.vault.create("Daily/2026-11-27.md", "Coffee with [[Ada]] and [[Bo]].\n");
		await settle();
		const button = offerButton();
		expect(button?.getAttribute("aria-label")).toBe("Log the meeting with Ada, Bo");
		// Saved again the same day: no second offer.
		const count = document.querySelectorAll(".notice .tend-notice-log").length;
		await app.vault.process(app.vault.getFileByPath("Daily/2026-11-27.md") as never, (t: string) => `${t}More.\n`);
		await settle();
		expect(document.querySelectorAll(".notice .tend-notice-log").length).toBe(count);
		click(button as Element);
		await settle();
		expect(app.vault.text("People/Ada.md")).toContain("- 2026-11-27 meeting — Noted in [[Daily/2026-11-27]]");
		expect(app.vault.text("People/Bo.md")).toContain("- 2026-11-27 meeting — Noted in [[Daily/2026-11-27]]");
		expect(notices).toContain("Logged the meeting of 2026-11-27 with Ada, Bo.");
		run(app, "undo-last-change");
		await settle();
		expect(app.vault.text("People/Ada.md")).toBe(ADA);
		expect(app.vault.text("People/Bo.md")).toBe(BO);
	});

	test("off (the default): no offer", async () => {
		const app = await startWith(false);
		await app.vault.create("Daily/2026-11-27.md", "Coffee with [[Ada]].\n");
		await settle();
		expect(offerButton()).toBeUndefined();
	});
});
