/**
 * @jest-environment jsdom
 *
 * Undo (src/obsidian/undo.ts): every write of the built plugin is one step, undone from the
 * Undo button of its notice or with the "Undo last change" command, whether or not the note
 * was open in an editor, and only while the note is as Tend left it. Groups of writes (the
 * API for bulk actions) undo as one step, all or nothing.
 */
// @ts-nocheck

import { parseIsoDay, type Day } from "../../src/core/calendar";
import { snooze } from "../../src/core/edits/requests";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { TendActions } from "../../src/obsidian/actions";
import { Clock } from "../../src/obsidian/clock";
import { ContactIndex } from "../../src/obsidian/contactIndex";
import { HISTORY_SIZE } from "../../src/obsidian/undo";
import { App, EDITOR_SAVE_DELAY, MarkdownView, notices, TFile, type FakeOptions } from "./fakeObsidian";
import {
	activeMarkdownView,
	builtPlugin,
	button,
	choose,
	click,
	flush,
	MANIFEST,
	note,
	setField,
	settle,
	startPlugin,
	stopPlugins,
	topModal,
	useClock,
	type Running,
} from "./harness";

const day = (iso: string) => parseIsoDay(iso) as Day;

const ADA = "People/Ada.md";
const ada = note(["tier: A", "last_contact: 2026-10-01", "promises:", "  - 2026-11-20 Send the deck"], "## Touchpoints\n- 2026-10-01 call — Lunch\n");
const bo = note(["tier: B", "last_contact: 2026-09-01"], "## Touchpoints\n");

afterEach(() => {
	stopPlugins();
	jest.useRealTimers();
});

async function start(files: Record<string, string> = { [ADA]: ada, "People/Bo.md": bo }, fake?: FakeOptions): Promise<Running> {
	useClock(2026, 11, 27);
	const running = await startPlugin(files, { fake });
	await settle();
	return running;
}

function run(app: App, id: string): void {
	expect(app.executeCommandById(`tend:${id}`)).toBe(true);
}

async function undoCommand(app: App): Promise<void> {
	run(app, "undo-last-change");
	await flush();
}

/** The Undo button of the newest notice that has one. */
function undoButton(): HTMLButtonElement {
	const all = Array.from(document.querySelectorAll<HTMLButtonElement>(".notice .tend-notice-undo"));
	const last = all[all.length - 1];
	if (!last) throw new Error(`no notice with an Undo button; notices: ${notices.join(" | ")}`);
	return last;
}

async function logWithAda(app: App, summary = "Coffee"): Promise<void> {
	run(app, "log-touchpoint");
	if (topModal().titleEl.textContent !== "Log a touchpoint with Ada") await choose("ada", "Ada");
	setField(topModal().contentEl, "Summary", summary);
	click(button(topModal().contentEl, "Log touchpoint"));
	await flush();
}

async function openInEditor(app: App, path: string): Promise<MarkdownView> {
	await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(path) as TFile);
	return activeMarkdownView(app) as MarkdownView;
}

describe("a log written in a closed note", () => {
	test("the notice's Undo button puts the note back, through Vault.process", async () => {
		const { app } = await start();
		await logWithAda(app);
		expect(app.vault.text(ADA)).toContain("- 2026-11-27 check-in — Coffee\n");
		expect(notices).toContain("Logged check-in with Ada on 2026-11-27.");
		const undo = undoButton();
		expect(undo.textContent).toBe("Undo");
		expect(undo.getAttribute("aria-label")).toBe("Undo: Logged check-in with Ada on 2026-11-27.");
		const writes = app.vault.writes.length;
		click(undo);
		await flush();
		expect(app.vault.text(ADA)).toBe(ada);
		expect(app.vault.writes.length).toBe(writes + 1);
		expect(notices).toContain("Undone: Logged check-in with Ada on 2026-11-27.");
		// The notice goes away when its button is clicked, as every notice does on a click.
		expect(undo.isConnected).toBe(false);
		// The due list follows the note back.
		await settle();
	});

	test("the command undoes it just the same", async () => {
		const { app } = await start();
		await logWithAda(app);
		await undoCommand(app);
		expect(app.vault.text(ADA)).toBe(ada);
	});

	test("with modify coming after the write returned, as from a file watcher", async () => {
		const { app } = await start(undefined, { lateModify: true });
		await logWithAda(app);
		await settle();
		await undoCommand(app);
		expect(app.vault.text(ADA)).toBe(ada);
	});
});

describe("a log written in an open editor", () => {
	test("is undone in the editor, as one transaction, keeping the cursor; the file follows on save", async () => {
		const { app } = await start();
		const view = await openInEditor(app, ADA);
		view.editor.setCursor({ line: 1, ch: 3 });
		await logWithAda(app);
		expect(view.editor.transactions).toHaveLength(1);
		expect(view.editor.getValue()).toContain("- 2026-11-27 check-in — Coffee\n");
		await undoCommand(app);
		expect(view.editor.transactions).toHaveLength(2);
		expect(view.editor.getValue()).toBe(ada);
		expect(view.editor.getCursor()).toEqual({ line: 1, ch: 3 });
		await flush(EDITOR_SAVE_DELAY + 100);
		expect(app.vault.text(ADA)).toBe(ada);
	});

	test("written in the editor and undone after the note was closed: through the vault", async () => {
		const { app } = await start();
		const view = await openInEditor(app, ADA);
		await logWithAda(app);
		await flush(EDITOR_SAVE_DELAY + 100);
		view.leaf.detach();
		await flush();
		await undoCommand(app);
		expect(app.vault.text(ADA)).toBe(ada);
	});

	test("written through the vault and undone once the note is open: in the editor", async () => {
		const { app } = await start();
		await logWithAda(app);
		const view = await openInEditor(app, ADA);
		await undoCommand(app);
		expect(view.editor.transactions).toHaveLength(1);
		expect(view.editor.getValue()).toBe(ada);
	});

	test("a note open in a tab Obsidian has not loaded yet (deferred) is written and undone through the vault", async () => {
		useClock(2026, 11, 27);
		const running = await startPlugin({ [ADA]: ada }, { before: (a) => void a.workspace.restoreLeaf("main", { type: "markdown", state: { file: ADA } }) });
		await settle();
		const app = running.app;
		const tab = app.workspace.getLeavesOfType("markdown")[0];
		expect(tab?.isDeferred).toBe(true);
		await logWithAda(app);
		expect(app.vault.text(ADA)).toContain("- 2026-11-27 check-in — Coffee\n");
		await undoCommand(app);
		expect(app.vault.text(ADA)).toBe(ada);
		await tab?.loadIfDeferred();
		expect((tab?.view as MarkdownView).editor.getValue()).toBe(ada);
	});
});

describe("a note that changed since Tend wrote it", () => {
	test("closed: undo refuses, names the note, and changes nothing", async () => {
		const { app } = await start();
		await logWithAda(app);
		const mine = `${app.vault.text(ADA)}My own line.\n`;
		await app.vault.modify(app.vault.getFileByPath(ADA) as TFile, mine);
		const writes = app.vault.writes.length;
		await undoCommand(app);
		expect(app.vault.text(ADA)).toBe(mine);
		expect(app.vault.writes.length).toBe(writes);
		expect(notices[notices.length - 1]).toBe("Tend did not undo “Logged check-in with Ada on 2026-11-27”: People/Ada.md has changed since Tend wrote it. Nothing was changed.");
	});

	test("open: a keystroke after Tend's edit is enough to refuse", async () => {
		const { app } = await start();
		const view = await openInEditor(app, ADA);
		await logWithAda(app);
		view.editor.transaction({ changes: [{ from: { line: 0, ch: 3 }, text: "\n" }] });
		const typed = view.editor.getValue();
		await undoCommand(app);
		expect(view.editor.getValue()).toBe(typed);
		expect(notices[notices.length - 1]).toMatch(/^Tend did not undo .*People\/Ada\.md has changed since Tend wrote it\. Nothing was changed\.$/);
	});

	test("a refused step stays the latest: once the note is back as Tend left it, undo works", async () => {
		const { app } = await start();
		await logWithAda(app);
		const tends = app.vault.text(ADA) as string;
		const file = app.vault.getFileByPath(ADA) as TFile;
		await app.vault.modify(file, `${tends}typo`);
		await undoCommand(app);
		expect(app.vault.text(ADA)).toBe(`${tends}typo`);
		await app.vault.modify(file, tends);
		await undoCommand(app);
		expect(app.vault.text(ADA)).toBe(ada);
	});

	test("a note renamed or deleted since: refused, nothing changed", async () => {
		const { app } = await start();
		await logWithAda(app);
		await app.vault.rename(app.vault.getFileByPath(ADA) as TFile, "People/Ada L.md");
		const moved = app.vault.text("People/Ada L.md");
		await undoCommand(app);
		expect(app.vault.text("People/Ada L.md")).toBe(moved);
		expect(notices[notices.length - 1]).toBe("Tend did not undo “Logged check-in with Ada on 2026-11-27”: People/Ada.md is gone (renamed or deleted). Nothing was changed.");
	});
});

describe("undo twice, and the history", () => {
	test("the command undoes the steps from the latest back; then there is nothing to undo", async () => {
		const { app } = await start();
		await logWithAda(app, "First");
		const afterFirst = app.vault.text(ADA);
		await logWithAda(app, "Second");
		await undoCommand(app);
		expect(app.vault.text(ADA)).toBe(afterFirst);
		await undoCommand(app);
		expect(app.vault.text(ADA)).toBe(ada);
		await undoCommand(app);
		expect(app.vault.text(ADA)).toBe(ada);
		expect(notices[notices.length - 1]).toBe("Tend: nothing to undo.");
	});

	test("the Undo button of a step already undone says so and changes nothing", async () => {
		const { app } = await start();
		await logWithAda(app);
		const first = undoButton();
		await undoCommand(app);
		expect(app.vault.text(ADA)).toBe(ada);
		const writes = app.vault.writes.length;
		click(first);
		await flush();
		expect(app.vault.writes.length).toBe(writes);
		expect(notices[notices.length - 1]).toBe("Tend: “Logged check-in with Ada on 2026-11-27” was already undone.");
	});

	test("each notice undoes its own step, in any order, when the notes are independent", async () => {
		const { app } = await start();
		await logWithAda(app);
		const adaUndo = undoButton();
		run(app, "snooze");
		await choose("bo", "Bo");
		click(button(topModal().contentEl, "Snooze"));
		await flush();
		expect(app.vault.text("People/Bo.md")).toContain("snooze_until: 2026-12-04");
		click(adaUndo);
		await flush();
		expect(app.vault.text(ADA)).toBe(ada);
		expect(app.vault.text("People/Bo.md")).toContain("snooze_until: 2026-12-04");
		await undoCommand(app);
		expect(app.vault.text("People/Bo.md")).toBe(bo);
	});

	test("nothing is kept across a reload of the plugin", async () => {
		const running = await start();
		const { app } = running;
		await logWithAda(app);
		const logged = app.vault.text(ADA);
		const oldButton = undoButton();
		running.plugin.unload();
		const Plugin = builtPlugin();
		const again = new Plugin(app, { ...MANIFEST });
		again.load();
		await settle();
		await undoCommand(app);
		expect(app.vault.text(ADA)).toBe(logged);
		expect(notices[notices.length - 1]).toBe("Tend: nothing to undo.");
		click(oldButton);
		await flush();
		expect(app.vault.text(ADA)).toBe(logged);
		expect(notices[notices.length - 1]).toMatch(/^Tend: “Logged check-in with Ada on 2026-11-27” can no longer be undone/);
		again.unload();
	});
});

describe("every write can be undone", () => {
	const snoozedAda = ada.replace("tier: A\n", "tier: A\nsnooze_until: 2026-12-20\n");
	test.each([
		[
			"snooze",
			ada,
			async (app: App) => {
				run(app, "snooze");
				await choose("ada", "Ada");
				click(button(topModal().contentEl, "Snooze"));
			},
		],
		[
			"stop snoozing",
			snoozedAda,
			async (app: App) => {
				run(app, "snooze");
				await choose("ada", "Ada");
				click(button(topModal().contentEl, "Stop snoozing"));
			},
		],
		[
			"add a promise",
			ada,
			async (app: App) => {
				run(app, "add-promise");
				await choose("ada", "Ada");
				setField(topModal().contentEl, "What", "Intro to Marco");
				click(button(topModal().contentEl, "Add promise"));
			},
		],
		[
			"keep a promise",
			ada,
			async (app: App) => {
				run(app, "keep-promise");
				await choose("ada", "Ada");
			},
		],
		[
			"move a promise",
			ada,
			async (app: App) => {
				run(app, "move-promise");
				await choose("ada", "Ada");
				click(button(topModal().contentEl, "Move promise"));
			},
		],
	])("%s", async (_name, text, act) => {
		const { app } = await start({ [ADA]: text });
		await act(app);
		await flush();
		expect(app.vault.text(ADA)).not.toBe(text);
		click(undoButton());
		await flush();
		expect(app.vault.text(ADA)).toBe(text);
		expect(notices[notices.length - 1]).toMatch(/^Undone: /);
	});

	test("a new contact goes to the trash, if untouched", async () => {
		const { app } = await start({});
		run(app, "new-contact");
		setField(topModal().contentEl, "Name", "Cy Twombly");
		click(button(topModal().contentEl, "Create"));
		await flush();
		expect(app.vault.text("People/Cy Twombly.md")).toBe("---\ntier: B\n---\n\n## Touchpoints\n");
		expect(notices).toContain("Created People/Cy Twombly.md.");
		// It was opened in an editor: undo checks the editor's text.
		expect(activeMarkdownView(app)?.file?.path).toBe("People/Cy Twombly.md");
		click(undoButton());
		await flush();
		expect(app.vault.getFileByPath("People/Cy Twombly.md")).toBeNull();
		expect(notices[notices.length - 1]).toBe("Undone: Created People/Cy Twombly.md.");
	});

	test("a new contact typed into since is kept", async () => {
		const { app } = await start({});
		run(app, "new-contact");
		setField(topModal().contentEl, "Name", "Cy Twombly");
		click(button(topModal().contentEl, "Create"));
		await flush();
		const editor = (activeMarkdownView(app) as MarkdownView).editor;
		editor.transaction({ changes: [{ from: editor.offsetToPos(editor.getValue().length), text: "- 2026-11-27 call — Hello\n" }] });
		await undoCommand(app);
		expect(app.vault.getFileByPath("People/Cy Twombly.md")).not.toBeNull();
		expect(notices[notices.length - 1]).toMatch(/People\/Cy Twombly\.md has changed since Tend wrote it\. Nothing was changed\.$/);
	});
});

describe("a group of writes (the API for bulk actions)", () => {
	let app: App | null = null;
	let index: ContactIndex | null = null;

	afterEach(() => {
		index?.unload();
		app?.destroy();
		app = null;
		index = null;
		document.body.empty();
	});

	function actionsOver(files: Record<string, string>): { app: App; actions: TendActions } {
		useClock(2026, 11, 27);
		notices.length = 0;
		app = new App(files);
		const clock = new Clock();
		index = new ContactIndex(app as never, () => DEFAULT_SETTINGS, clock);
		index.load();
		const actions = new TendActions(app as never, index, clock, () => DEFAULT_SETTINGS, () => []);
		return { app, actions };
	}

	const files = { [ADA]: ada, "People/Bo.md": bo, "People/Cy.md": note(["tier: C"]) };
	const snoozeAll = (paths: string[]) => paths.map((path) => ({ kind: "edit" as const, path, edit: (text: string) => snooze(text, day("2026-12-20"), DEFAULT_SETTINGS) }));

	test("is one step: one notice, one Undo, every note back", async () => {
		const { app, actions } = actionsOver(files);
		const result = await actions.writeGroup("Snoozed 2 contacts and added Dee.", [...snoozeAll([ADA, "People/Bo.md"]), { kind: "create", path: "People/New/Dee.md", text: "---\ntier: C\n---\n" }]);
		expect(result.outcomes).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
		expect(result.step?.notes.map((n) => n.path)).toEqual([ADA, "People/Bo.md", "People/New/Dee.md"]);
		expect(app.vault.text("People/New/Dee.md")).toBe("---\ntier: C\n---\n");
		expect(notices).toEqual(["Snoozed 2 contacts and added Dee."]);
		expect(document.querySelectorAll(".tend-notice-undo")).toHaveLength(1);
		click(undoButton());
		await flush();
		expect(app.vault.text(ADA)).toBe(ada);
		expect(app.vault.text("People/Bo.md")).toBe(bo);
		expect(app.vault.getFileByPath("People/New/Dee.md")).toBeNull();
		expect(notices[notices.length - 1]).toBe("Undone: Snoozed 2 contacts and added Dee.");
	});

	test("all or nothing: one note changed since, and none is undone; the notice says which", async () => {
		const { app, actions } = actionsOver(files);
		await actions.writeGroup("Snoozed 3 contacts.", snoozeAll([ADA, "People/Bo.md", "People/Cy.md"]));
		const snoozed = (p: string) => app.vault.text(p) as string;
		const bos = `${snoozed("People/Bo.md")}Met at the fair.\n`;
		await app.vault.modify(app.vault.getFileByPath("People/Bo.md") as TFile, bos);
		const before = [snoozed(ADA), snoozed("People/Cy.md")];
		await actions.undoLast();
		expect([snoozed(ADA), snoozed("People/Cy.md")]).toEqual(before);
		expect(snoozed("People/Bo.md")).toBe(bos);
		expect(notices[notices.length - 1]).toBe("Tend did not undo “Snoozed 3 contacts”: People/Bo.md has changed since Tend wrote it. Nothing was changed.");
	});

	test("a refused write in a group leaves the rest done, and undoable", async () => {
		const { app, actions } = actionsOver({ ...files, "People/Broken.md": "---\ntier: A\nbad: [x\n---\n" });
		const result = await actions.writeGroup("Snoozed 2 contacts.", snoozeAll([ADA, "People/Broken.md"]));
		expect(result.outcomes.map((o) => o.ok)).toEqual([true, false]);
		expect(result.step?.notes.map((n) => n.path)).toEqual([ADA]);
		expect(await actions.undoLast()).toBe(true);
		expect(app.vault.text(ADA)).toBe(ada);
	});

	test("two writes to one note in a group undo as one", async () => {
		const { app, actions } = actionsOver(files);
		const again = (text: string) => snooze(text, day("2027-01-10"), DEFAULT_SETTINGS);
		const result = await actions.writeGroup("Snoozed Ada twice.", [...snoozeAll([ADA]), { kind: "edit", path: ADA, edit: again }]);
		expect(result.step?.notes).toHaveLength(1);
		expect(app.vault.text(ADA)).toContain("snooze_until: 2027-01-10");
		expect(await actions.undoLast()).toBe(true);
		expect(app.vault.text(ADA)).toBe(ada);
	});

	test(`the history keeps the last ${HISTORY_SIZE} steps`, async () => {
		const { app, actions } = actionsOver(files);
		const texts: string[] = [app.vault.text(ADA) as string];
		let first: HTMLButtonElement | null = null;
		for (let i = 0; i <= HISTORY_SIZE; i++) {
			await actions.writeGroup(`Snooze ${i}.`, [{ kind: "edit", path: ADA, edit: (text) => snooze(text, day("2026-12-01") + i, DEFAULT_SETTINGS) }]);
			first ??= undoButton();
			texts.push(app.vault.text(ADA) as string);
		}
		click(first as HTMLButtonElement);
		await flush();
		expect(notices[notices.length - 1]).toBe(`Tend: “Snooze 0” can no longer be undone: Tend keeps its last ${HISTORY_SIZE} changes, and none from before it was reloaded.`);
		for (let i = HISTORY_SIZE; i >= 1; i--) {
			expect(await actions.undoLast()).toBe(true);
			expect(app.vault.text(ADA)).toBe(texts[i]);
		}
		expect(await actions.undoLast()).toBe(false);
		expect(app.vault.text(ADA)).toBe(texts[1]);
	});
});
