/**
 * @jest-environment jsdom
 *
 * A write to a note that is open in an editor is one editor transaction made of exactly the
 * splices the edit returned: in a note of any size only those small ranges change, so the
 * cursor stays where the user left it and the change is one undo step. (Before, the writer
 * diffed the old and new text, and in a note of 2,000 lines the diff gave up and replaced
 * everything between the two changes.)
 */
import { parseIsoDay } from "../../src/core/calendar";
import { keepPromise, logTouchpoint } from "../../src/core/edits/requests";
import type { EditDone } from "../../src/core/edits/result";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { Clock } from "../../src/obsidian/clock";
import { NoteWriter } from "../../src/obsidian/noteWriter";
import { contactFromText } from "../../src/obsidian/contactNote";
import { type App, type Editor, type MarkdownView } from "./fakeObsidian";
import { activeMarkdownView, button, click, flush, setField, settle, startPlugin, stopPlugins, topModal, useClock } from "./harness";

const TODAY = parseIsoDay("2026-11-27") as number;
const PATH = "People/Ada.md";

afterEach(() => {
	stopPlugins();
	jest.useRealTimers();
});

/** A contact note with `bodyLines` lines of notes between its frontmatter and its log. */
function bigNote(bodyLines: number): string {
	const body = Array.from({ length: bodyLines }, (_, i) => `Line ${i + 1} of what I know about Ada.`);
	return [
		"---",
		"tier: A",
		"last_contact: 2026-01-05",
		"promises:",
		"  - 2026-11-20 Send the notes on Bernoulli numbers",
		"---",
		"# Ada",
		...body,
		"",
		"## Touchpoints",
		"- 2026-01-05 call — Talked about the engine",
		"",
	].join("\n");
}

async function openInEditor(text: string): Promise<{ app: App; editor: Editor }> {
	useClock(2026, 11, 27);
	const { app } = await startPlugin({ [PATH]: text });
	await settle();
	const file = app.vault.getFileByPath(PATH);
	if (!file) throw new Error("missing note");
	await app.workspace.getLeaf(false).openFile(file);
	return { app, editor: (activeMarkdownView(app) as MarkdownView).editor };
}

/** The transaction's changes as offsets in the text before it. */
function changesAsSplices(editor: Editor, before: string, index = 0) {
	const tx = editor.transactions[index];
	if (!tx) throw new Error("no transaction");
	const offset = (pos: { line: number; ch: number }) => {
		const lines = before.split("\n");
		let at = 0;
		for (let i = 0; i < pos.line; i++) at += (lines[i] as string).length + 1;
		return at + pos.ch;
	};
	return (tx.changes ?? []).map((c) => ({ from: offset(c.from), to: offset(c.to ?? c.from), insert: c.text }));
}

test("logging a touchpoint in an open 2,000-line note changes two small ranges, in one transaction", async () => {
	const before = bigNote(2000);
	const { app, editor } = await openInEditor(before);
	editor.setCursor({ line: 1000, ch: 5 });
	expect(app.executeCommandById("tend:log-touchpoint")).toBe(true);
	setField(topModal().contentEl, "Kind", "share");
	setField(topModal().contentEl, "Summary", "Sent the Menabrea translation");
	click(button(topModal().contentEl, "Log touchpoint"));
	await flush();

	const expected = logTouchpoint(before, { date: TODAY, kind: "share", summary: "Sent the Menabrea translation", hours: null, name: "Ada" }, DEFAULT_SETTINGS) as EditDone;
	expect(expected.ok).toBe(true);
	expect(editor.transactions).toHaveLength(1);
	const changes = changesAsSplices(editor, before);
	expect(changes).toEqual(expected.splices);
	// The date's ten characters, and one line inserted above the old entry: nothing else.
	const valueAt = before.indexOf("2026-01-05");
	const entryAt = before.indexOf("- 2026-01-05 call");
	expect(changes).toEqual([
		{ from: valueAt, to: valueAt + 10, insert: "2026-11-27" },
		{ from: entryAt, to: entryAt, insert: "- 2026-11-27 share — Sent the Menabrea translation\n" },
	]);
	expect(editor.transactions[0]?.changes?.map((c) => [c.from.line, c.to?.line])).toEqual([
		[2, 2],
		[2009, 2009],
	]);
	expect(editor.getValue()).toBe(expected.text);
	expect(editor.getCursor()).toEqual({ line: 1000, ch: 5 });
});

test("keeping a promise (remove it, move last_contact, log it) is one transaction of the chain's splices", async () => {
	const before = bigNote(2500);
	const { app, editor } = await openInEditor(before);
	editor.setCursor({ line: 2400, ch: 0 });
	expect(app.executeCommandById("tend:keep-promise")).toBe(true);
	await flush();

	const promise = contactFromText(PATH, before, DEFAULT_SETTINGS, TODAY)?.promises[0];
	if (!promise) throw new Error("no promise");
	const expected = keepPromise(before, promise, TODAY, DEFAULT_SETTINGS, "Ada") as EditDone;
	expect(expected.ok).toBe(true);
	expect(editor.transactions).toHaveLength(1);
	const changes = changesAsSplices(editor, before);
	expect(changes).toEqual(expected.splices);
	// `promises:` becomes `promises: []`, its item line goes, the date changes, one line is added.
	expect(changes.map((c) => [before.slice(c.from, c.to), c.insert])).toEqual([
		["2026-01-05", "2026-11-27"],
		["", " []"],
		["  - 2026-11-20 Send the notes on Bernoulli numbers\n", ""],
		["", '- 2026-11-27 promise-kept — Kept "Send the notes on Bernoulli numbers", due 2026-11-20: 7 days late\n'],
	]);
	expect(editor.getValue()).toBe(expected.text);
	// One line went and one came before the cursor: it stays on the same text.
	expect(editor.getCursor()).toEqual({ line: 2399, ch: 0 });
});

describe("NoteWriter.apply, from the source (what StrykerJS found unguarded)", () => {
	const writerFor = (app: App) => new NoteWriter(app as never, () => DEFAULT_SETTINGS, new Clock(() => Date.now()));
	const logEdit = (summary: string) => (text: string) => logTouchpoint(text, { date: TODAY, kind: "call", summary, hours: null, name: "Ada" }, DEFAULT_SETTINGS);
	const unchanged = (text: string): EditDone => ({ ok: true, text, splices: [], frontmatter: null, warnings: [] });

	test("a note that no longer exists is refused, saying so", async () => {
		const { app } = await openInEditor(bigNote(3));
		const outcome = await writerFor(app).apply("People/Gone.md", logEdit("x"));
		expect(outcome).toEqual({ ok: false, reason: expect.stringContaining("the note no longer exists") });
	});

	test("in an open note, a refused edit is a refusal and the editor is left alone", async () => {
		const { app, editor } = await openInEditor(bigNote(3));
		const before = editor.getValue();
		const outcome = await writerFor(app).apply(PATH, () => ({ ok: false, reason: "not today" }));
		expect(outcome).toEqual({ ok: false, reason: expect.stringContaining("not today") });
		expect(editor.getValue()).toBe(before);
		expect(editor.transactions).toHaveLength(0);
	});

	test("an edit that changes nothing leaves nothing to undo, in an open note and in a closed one", async () => {
		const { app } = await openInEditor(bigNote(3));
		expect(await writerFor(app).apply(PATH, unchanged)).toMatchObject({ ok: true, change: null });
		await app.workspace.getLeaf(false).detach();
		expect(activeMarkdownView(app)).toBeNull();
		expect(await writerFor(app).apply(PATH, unchanged)).toMatchObject({ ok: true, change: null });
	});

	test("a change keeps the edit's splices for undo, in an open note and in a closed one", async () => {
		const { app, editor } = await openInEditor(bigNote(3));
		const open = await writerFor(app).apply(PATH, logEdit("in the editor"));
		if (!open.ok || !open.change) throw new Error("expected a change");
		expect(open.change.splices?.length).toBeGreaterThan(0);
		expect(open.change.after).toBe(editor.getValue());
		await app.workspace.getLeaf(false).detach();
		const closed = await writerFor(app).apply(PATH, logEdit("on disk"));
		if (!closed.ok || !closed.change) throw new Error("expected a change");
		expect(closed.change.splices?.length).toBeGreaterThan(0);
		expect(closed.change.after).toContain("on disk");
	});

	test("when the editor ends up with more than the edit asked, undo still gives back the note as it was", async () => {
		// Another extension changes the same transaction (here: a line added at the end), so the
		// edit's splices no longer describe the change; undo must not invert them onto it.
		const { app, editor } = await openInEditor(bigNote(3));
		const before = editor.getValue();
		const transaction = editor.transaction.bind(editor);
		jest.spyOn(editor, "transaction").mockImplementationOnce((tx) => {
			const end = editor.offsetToPos(before.length);
			transaction({ ...tx, changes: [...(tx.changes ?? []), { from: end, to: end, text: "Added by another plugin\n" }] });
		});
		const writer = writerFor(app);
		const outcome = await writer.apply(PATH, logEdit("in the editor"));
		if (!outcome.ok || !outcome.change) throw new Error("expected a change");
		expect(outcome.change.after).toBe(editor.getValue());
		expect(editor.getValue()).toContain("Added by another plugin");
		expect(await writer.revert(outcome.change)).toBe("reverted");
		expect(editor.getValue()).toBe(before);
	});
});
