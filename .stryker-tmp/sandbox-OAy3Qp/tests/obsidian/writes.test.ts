/**
 * @jest-environment jsdom
 *
 * The plugin's writer (src/obsidian/noteWriter.ts) when the note changes while Tend writes
 * it: the edit runs again inside `Vault.process` on the text as it is then (so nothing
 * written in between is lost), and undo checks the note again at the moment it writes.
 * Also a note Obsidian cannot read.
 */
// @ts-nocheck

import { parseIsoDay } from "../../src/core/calendar";
import { logTouchpoint } from "../../src/core/edits/requests";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { notices, openModals, TFile, type App } from "./fakeObsidian";
import { button, choose, click, flush, note, setField, settle, startPlugin, stopPlugins, topModal, useClock } from "./harness";

const TODAY = parseIsoDay("2026-11-27") as number;
const ADA = "People/Ada.md";
const ada = note(["tier: A", "last_contact: 2026-10-01"], "## Touchpoints\n- 2026-10-01 call — Lunch\n");

afterEach(() => {
	stopPlugins();
	jest.useRealTimers();
});

async function start(): Promise<App> {
	useClock(2026, 11, 27);
	const running = await startPlugin({ [ADA]: ada });
	await settle();
	return running.app;
}

/** Fills the log form for Ada and submits it; the write may still be on its way. */
async function submitLog(app: App, summary: string): Promise<void> {
	expect(app.executeCommandById("tend:log-touchpoint")).toBe(true);
	await choose("ada", "Ada");
	setField(topModal().contentEl, "Summary", summary);
	click(button(topModal().contentEl, "Log touchpoint"));
	await flush();
}

const file = (app: App) => app.vault.getFileByPath(ADA) as TFile;

describe("the note changes between Tend's read and its write", () => {
	test("the edit runs again on the new text: the other change is kept, and so is Tend's", async () => {
		const app = await start();
		const release = app.vault.holdReads();
		await submitLog(app, "Coffee");
		// Tend has read the note and computed its edit; someone else writes before Tend does.
		const theirs = ada.replace("## Touchpoints\n", "Met her at the fair.\n\n## Touchpoints\n");
		await app.vault.modify(file(app), theirs);
		release();
		await flush();
		const expected = logTouchpoint(theirs, { date: TODAY, kind: "check-in", summary: "Coffee", hours: null, name: "Ada" }, DEFAULT_SETTINGS);
		expect(expected.ok).toBe(true);
		expect(app.vault.text(ADA)).toBe(expected.ok ? expected.text : "");
		expect(app.vault.text(ADA)).toContain("Met her at the fair.\n");
		expect(app.vault.text(ADA)).toContain("- 2026-11-27 check-in — Coffee\n");
		expect(openModals).toHaveLength(0);
	});

	test("when the new text can no longer take the edit, nothing is written and the form says why", async () => {
		const app = await start();
		const release = app.vault.holdReads();
		await submitLog(app, "Coffee");
		const broken = ada.replace("tier: A\n", "tier: A\nbad: [x\n");
		await app.vault.modify(file(app), broken);
		release();
		await flush();
		expect(app.vault.text(ADA)).toBe(broken);
		expect(notices.find((n) => n.startsWith("Tend did not change"))).toMatch(/^Tend did not change People\/Ada\.md, line 4: its frontmatter does not parse/);
		expect(topModal().contentEl.querySelector(".tend-form-error")?.textContent).toMatch(/^Not changed: Line 4: /);
	});

	test("an undo checks again as it writes: a change that came after its check is kept", async () => {
		const app = await start();
		await submitLog(app, "Coffee");
		const tends = app.vault.text(ADA) as string;
		// Undo reads the note (as Tend left it)...
		const first = app.vault.holdReads();
		expect(app.executeCommandById("tend:undo-last-change")).toBe(true);
		await flush();
		// ... and, just before it writes, someone else changes the note.
		first();
		const second = app.vault.holdReads();
		await flush();
		const theirs = `${tends}Their line.\n`;
		await app.vault.modify(file(app), theirs);
		second();
		await flush();
		expect(app.vault.text(ADA)).toBe(theirs);
		expect(notices[notices.length - 1]).toBe("Tend undid “Logged check-in with Ada on 2026-11-27” except in People/Ada.md, which changed meanwhile and was left as it is.");
	});
});

describe("a note Obsidian cannot read", () => {
	test("is not written: the notice and the form say why", async () => {
		const app = await start();
		app.vault.failingReads.set(ADA, new Error("EBUSY: resource busy or locked, open"));
		await submitLog(app, "Coffee");
		expect(app.vault.text(ADA)).toBe(ada);
		expect(notices).toContain("Tend did not change People/Ada.md: Obsidian could not read or write it (EBUSY: resource busy or locked, open)");
		expect(topModal().contentEl.querySelector(".tend-form-error")?.textContent).toBe("Not changed: Obsidian could not read or write it (EBUSY: resource busy or locked, open)");
		// Once it can be read, the same form writes.
		app.vault.failingReads.delete(ADA);
		click(button(topModal().contentEl, "Log touchpoint"));
		await flush();
		expect(app.vault.text(ADA)).toContain("- 2026-11-27 check-in — Coffee\n");
	});

	test("an undo that cannot read the note changes nothing and keeps the step", async () => {
		const app = await start();
		await submitLog(app, "Coffee");
		const tends = app.vault.text(ADA);
		app.vault.failingReads.set(ADA, new Error("EIO: i/o error"));
		expect(app.executeCommandById("tend:undo-last-change")).toBe(true);
		await flush();
		expect(app.vault.text(ADA)).toBe(tends);
		expect(notices[notices.length - 1]).toBe("Tend could not undo “Logged check-in with Ada on 2026-11-27”: EIO: i/o error. Nothing was changed.");
		app.vault.failingReads.delete(ADA);
		expect(app.executeCommandById("tend:undo-last-change")).toBe(true);
		await flush();
		expect(app.vault.text(ADA)).toBe(ada);
	});
});
