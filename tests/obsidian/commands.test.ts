/**
 * @jest-environment jsdom
 *
 * The built plugin's commands, run as from the command palette, and the bytes they leave
 * in the notes. Every write must be what the core's edit function returns for the note's
 * text; a refused write leaves the note untouched and says which file and line.
 */
import { parseIsoDay } from "../../src/core/calendar";
import { addPromise, keepPromise, logTouchpoint, movePromise, snooze } from "../../src/core/edits/requests";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { contactFromText } from "../../src/obsidian/contactNote";
import { readDateField } from "../../src/obsidian/formModal";
import { defaultKind, readHours } from "../../src/obsidian/touchpointModal";
import { EDITOR_SAVE_DELAY, MarkdownView, notices, openModals, type App } from "./fakeObsidian";
import {
	activeMarkdownView,
	button,
	choose,
	click,
	EXAMPLE_VAULT,
	field,
	flush,
	note,
	openDueList,
	readVault,
	rows,
	setField,
	settle,
	startPlugin,
	stopPlugins,
	topModal,
	useClock,
} from "./harness";

const day = (iso: string) => parseIsoDay(iso) as number;
const TODAY = day("2026-11-27");

afterEach(() => {
	stopPlugins();
	jest.useRealTimers();
});

async function start(files: Record<string, string>, data?: unknown): Promise<App> {
	useClock(2026, 11, 27);
	const running = await startPlugin(files, { data });
	await settle();
	return running.app;
}

function run(app: App, id: string): void {
	expect(app.executeCommandById(`tend:${id}`)).toBe(true);
}

async function submit(label: string): Promise<void> {
	click(button(topModal().contentEl, label));
	await flush();
}

const ids = ["open-due-list", "log-touchpoint", "snooze", "add-promise", "keep-promise", "move-promise", "new-contact", "check-contact-notes", "export-calendar", "import-contacts", "undo-last-change", "open-contact-panel", "prepare-conversation", "who-would-value-this-note", "suggest-introductions", "log-touchpoint-several", "show-network-stats", "add-reach-outs-to-daily-note"];

test("the commands: ids without the plugin id, sentence-case names, no default hotkeys", async () => {
	const app = await start({});
	expect([...app.commands.keys()]).toEqual(ids.map((id) => `tend:${id}`));
	for (const command of app.commands.values()) {
		expect(command.hotkeys).toBeUndefined();
		const name = command.name.replace(/^Tend: /, "");
		expect(name.charAt(0)).toBe(name.charAt(0).toUpperCase());
		expect(name.slice(1)).toBe(name.slice(1).toLowerCase());
	}
});

describe("log a touchpoint", () => {
	test("from anywhere: pick the contact, fill the form, and the note gets exactly the core's edit", async () => {
		const app = await start(readVault(EXAMPLE_VAULT));
		const before = app.vault.text("People/Amara Okafor.md") as string;
		run(app, "log-touchpoint");
		expect(topModal().constructor.name).not.toBe("");
		await choose("amara", "Amara Okafor");
		const form = topModal().contentEl;
		expect(topModal().titleEl.textContent).toBe("Log a touchpoint with Amara Okafor");
		expect((field(form, "Kind") as HTMLSelectElement).value).toBe("check-in");
		expect(field(form, "Date").value).toBe("2026-11-27");
		expect(field(form, "Date").type).toBe("date");
		setField(form, "Kind", "share");
		setField(form, "Summary", "Sent the deck on the German launch");
		setField(form, "Time spent", "1.5");
		await submit("Log touchpoint");
		expect(openModals).toHaveLength(0);
		const expected = logTouchpoint(before, { date: TODAY, kind: "share", summary: "Sent the deck on the German launch", hours: 1.5, name: "Amara Okafor" }, DEFAULT_SETTINGS);
		expect(expected.ok).toBe(true);
		expect(app.vault.text("People/Amara Okafor.md")).toBe(expected.ok ? expected.text : "");
		expect(app.vault.text("People/Amara Okafor.md")).toContain("last_contact: 2026-11-27\n");
		expect(app.vault.text("People/Amara Okafor.md")).toContain("## Touchpoints\n- 2026-11-27 share — Sent the deck on the German launch (1.5h)\n- 2026-10-05 meeting");
		expect(notices).toContain("Logged share with Amara Okafor on 2026-11-27.");
	});

	test("in the active contact note: no picker, and the open editor gets one transaction", async () => {
		const app = await start(readVault(EXAMPLE_VAULT));
		const view = await openDueList(app);
		const file = app.vault.getFileByPath("People/Noah Fischer.md");
		if (!file) throw new Error("missing");
		await app.workspace.getLeaf(false).openFile(file);
		const editor = (activeMarkdownView(app) as MarkdownView).editor;
		editor.setCursor({ line: 0, ch: 0 });
		const before = editor.getValue();
		run(app, "log-touchpoint");
		expect(topModal().titleEl.textContent).toBe("Log a touchpoint with Noah Fischer");
		setField(topModal().contentEl, "Summary", "Coffee near the office");
		await submit("Log touchpoint");
		expect(editor.transactions).toHaveLength(1);
		const expected = logTouchpoint(before, { date: TODAY, kind: "check-in", summary: "Coffee near the office", hours: null, name: "Noah Fischer" }, DEFAULT_SETTINGS);
		expect(editor.getValue()).toBe(expected.ok ? expected.text : "");
		expect(editor.getCursor()).toEqual({ line: 0, ch: 0 });
		// The file follows when Obsidian saves the editor; then the list follows the file.
		expect(app.vault.text(file.path)).toBe(before);
		expect(rows(view).map((r) => r.name)).toContain("Noah Fischer");
		await flush(EDITOR_SAVE_DELAY + 200);
		expect(app.vault.text(file.path)).toBe(editor.getValue());
		expect(rows(view).map((r) => r.name)).not.toContain("Noah Fischer");
	});

	test("a note whose frontmatter does not parse is not written: a notice names the file and the line", async () => {
		const broken = "---\ntier: A\nlast_contact: 2026-10-01\nbad: [unclosed\n---\n## Touchpoints\n";
		const app = await start({ "People/Broken.md": broken, "People/Fine.md": note(["tier: A"]) });
		const writes = app.vault.writes.length;
		run(app, "log-touchpoint");
		await choose("broken", "Broken");
		setField(topModal().contentEl, "Summary", "Hello");
		await submit("Log touchpoint");
		expect(app.vault.text("People/Broken.md")).toBe(broken);
		expect(app.vault.writes.length).toBe(writes);
		const notice = notices.find((n) => n.startsWith("Tend did not change"));
		expect(notice).toMatch(/^Tend did not change People\/Broken\.md, line 4: its frontmatter does not parse \(line 4: /);
		// The form stays open with the reason, so nothing typed is lost.
		expect(topModal().contentEl.querySelector(".tend-form-error")?.textContent).toMatch(/^Not changed: Line 4: /);
	});

	test("the form checks the date and the time spent before writing", async () => {
		const app = await start({ "People/Ada.md": note(["tier: A"]) });
		run(app, "log-touchpoint");
		await choose("ada", "Ada");
		const form = topModal().contentEl;
		// A date input holds a valid date or nothing (the browser drops anything else).
		setField(form, "Date", "2026-02-30");
		await submit("Log touchpoint");
		expect(form.querySelector(".tend-form-error")?.textContent).toBe("Pick a date.");
		setField(form, "Date", "2026-11-20");
		setField(form, "Time spent", "a while");
		await submit("Log touchpoint");
		expect(form.querySelector(".tend-form-error")?.textContent).toBe('"a while" is not a time spent: write hours like 1.5, or minutes like 45 min.');
		setField(form, "Time spent", "45 min");
		setField(form, "Summary", "Call");
		// Enter in a field submits.
		field(form, "Summary").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		await flush();
		expect(openModals).toHaveLength(0);
		expect(app.vault.text("People/Ada.md")).toBe("---\ntier: A\nlast_contact: 2026-11-20\n---\n\n## Touchpoints\n- 2026-11-20 check-in — Call (45 min)\n");
	});

	test("warnings of the edit are shown; a date in the future is pointed out", async () => {
		const app = await start({ "People/Ada.md": note(["tier: A", "last_contact: sometime"]) });
		run(app, "log-touchpoint");
		await choose("ada", "Ada");
		setField(topModal().contentEl, "Date", "2026-12-01");
		setField(topModal().contentEl, "Summary", "Planned call");
		await submit("Log touchpoint");
		expect(notices).toContain("Tend: 2026-12-01 is in the future.");
		expect(notices).toContain('Tend: People/Ada.md: last_contact "sometime" is not a date; it was left as it is');
	});

	test("with no contacts, it says so instead of an empty picker", async () => {
		const app = await start({ "Notes/x.md": "x" });
		run(app, "log-touchpoint");
		expect(openModals).toHaveLength(0);
		expect(notices).toContain("Tend: no contacts yet. Create a contact note first.");
	});
});

describe("snooze", () => {
	test("snoozes until the chosen day (a week out by default), and can stop a snooze", async () => {
		const app = await start(readVault(EXAMPLE_VAULT));
		const view = await openDueList(app);
		const before = app.vault.text("People/Chen Wei.md") as string;
		run(app, "snooze");
		await choose("chen", "Chen Wei");
		expect(field(topModal().contentEl, "Until").value).toBe("2026-12-04");
		setField(topModal().contentEl, "Until", "2026-11-27");
		await submit("Snooze");
		expect(topModal().contentEl.querySelector(".tend-form-error")?.textContent).toBe("Pick a day after today.");
		setField(topModal().contentEl, "Until", "2026-12-10");
		await submit("Snooze");
		const expected = snooze(before, day("2026-12-10"), DEFAULT_SETTINGS);
		expect(app.vault.text("People/Chen Wei.md")).toBe(expected.ok ? expected.text : "");
		await flush(100);
		expect(rows(view).map((r) => r.name)).not.toContain("Chen Wei");

		run(app, "snooze");
		await choose("chen", "Chen Wei");
		expect(field(topModal().contentEl, "Until").value).toBe("2026-12-10");
		click(button(topModal().contentEl, "Stop snoozing"));
		await flush(100);
		expect(app.vault.text("People/Chen Wei.md")).toContain("snooze_until:\n");
		expect(rows(view).map((r) => r.name)).toContain("Chen Wei");
	});
});

describe("promises", () => {
	const twoPromises = note(["tier: B", "last_contact: 2026-11-20", "promises:", "  - 2026-11-20 Send the deck", "  - 2026-12-15 Intro to Marco # warm"], "## Touchpoints\n");

	test("add: what and by when", async () => {
		const app = await start({ "People/Ada.md": twoPromises });
		run(app, "add-promise");
		await choose("ada", "Ada");
		expect(field(topModal().contentEl, "By").value).toBe("2026-12-04");
		await submit("Add promise");
		expect(topModal().contentEl.querySelector(".tend-form-error")?.textContent).toBe("Say what you promised.");
		setField(topModal().contentEl, "What", "Share the hiring plan");
		await submit("Add promise");
		const expected = addPromise(twoPromises, day("2026-12-04"), "Share the hiring plan", DEFAULT_SETTINGS);
		expect(app.vault.text("People/Ada.md")).toBe(expected.ok ? expected.text : "");
	});

	test("keep: pick which of several; it is removed and logged as kept", async () => {
		const app = await start({ "People/Ada.md": twoPromises });
		run(app, "keep-promise");
		await choose("ada", "Ada");
		await choose("intro", "Intro to Marco");
		const c = contactFromText("People/Ada.md", twoPromises, DEFAULT_SETTINGS, TODAY);
		const expected = keepPromise(twoPromises, c?.promises[1] as never, TODAY, DEFAULT_SETTINGS, "Ada");
		expect(app.vault.text("People/Ada.md")).toBe(expected.ok ? expected.text : "");
		expect(app.vault.text("People/Ada.md")).toContain('- 2026-11-27 promise-kept — Kept "Intro to Marco", due 2026-12-15: on time');
		// The YAML comment after the promise goes with it; the other item keeps its bytes.
		expect(app.vault.text("People/Ada.md")).toContain("promises:\n  - 2026-11-20 Send the deck\n---");
		expect(notices).toContain('Kept "Intro to Marco" for Ada.');
	});

	test("move: the only promise needs no picking; its date moves and the move is logged", async () => {
		const one = note(["tier: B", "last_contact: 2026-11-20", "promises: [2026-11-20 Send the deck]"], "## Touchpoints\n");
		const app = await start({ "People/Bo.md": one });
		run(app, "move-promise");
		await choose("bo", "Bo");
		expect(topModal().titleEl.textContent).toBe('Move "Send the deck"');
		expect(field(topModal().contentEl, "New date").value).toBe("2026-12-04");
		setField(topModal().contentEl, "New date", "2026-12-01");
		await submit("Move promise");
		const c = contactFromText("People/Bo.md", one, DEFAULT_SETTINGS, TODAY);
		const expected = movePromise(one, c?.promises[0] as never, day("2026-12-01"), TODAY, DEFAULT_SETTINGS, "Bo");
		expect(app.vault.text("People/Bo.md")).toBe(expected.ok ? expected.text : "");
		expect(app.vault.text("People/Bo.md")).toContain("promises: [2026-12-01 Send the deck]");
	});

	test("keep or move with no promise says so", async () => {
		const app = await start({ "People/Cy.md": note(["tier: B"]) });
		run(app, "keep-promise");
		await choose("cy", "Cy");
		expect(openModals).toHaveLength(0);
		expect(notices).toContain("Tend: Cy has no promises.");
	});

	test("a promise that changed in the note since it was picked is not touched", async () => {
		const app = await start({ "People/Ada.md": twoPromises });
		run(app, "keep-promise");
		await choose("ada", "Ada");
		// The note changes under the open picker.
		const file = app.vault.getFileByPath("People/Ada.md");
		const changed = twoPromises.replace("Intro to Marco", "Intro to Maria");
		await app.vault.modify(file as never, changed);
		await choose("intro", "Intro to Marco");
		expect(app.vault.text("People/Ada.md")).toBe(changed);
		expect(notices.find((n) => n.startsWith("Tend did not change"))).toBe('Tend did not change People/Ada.md: the promise "2026-12-15 Intro to Marco" is no longer in the note');
	});
});

describe("new contact", () => {
	test("creates a note with a safe name and the tier in the contacts folder, and opens it", async () => {
		const app = await start({});
		run(app, "new-contact");
		const form = topModal().contentEl;
		expect((field(form, "Tier") as HTMLSelectElement).value).toBe("B");
		setField(form, "Name", "Ada: Lovelace/Byron");
		setField(form, "Tier", "A");
		await submit("Create");
		expect(app.vault.text("People/Ada Lovelace Byron.md")).toBe("---\ntier: A\n---\n\n## Touchpoints\n");
		expect(activeMarkdownView(app)?.file?.path).toBe("People/Ada Lovelace Byron.md");
		expect(notices).toContain("Created People/Ada Lovelace Byron.md.");
	});

	test("never overwrites an existing note", async () => {
		const app = await start({ "People/Ada.md": "mine\n" });
		run(app, "new-contact");
		setField(topModal().contentEl, "Name", "Ada");
		await submit("Create");
		expect(app.vault.text("People/Ada.md")).toBe("mine\n");
		expect(notices).toContain("Tend: People/Ada.md already exists; it was not overwritten.");
		expect(topModal().contentEl.querySelector(".tend-form-error")?.textContent).toBe("People/Ada.md already exists. Pick another name, or open the note.");
	});

	test("uses the template note and the folder from settings", async () => {
		const template = "---\ncompany:\n---\n# {{name}}\n\nAdded {{date}}.\n\n## Touchpoints\n";
		const app = await start({ "Templates/Contact.md": template }, { newContactFolder: "Network/2026", newContactTemplate: "Templates/Contact" });
		run(app, "new-contact");
		setField(topModal().contentEl, "Name", "Bo Chen");
		setField(topModal().contentEl, "Tier", "");
		await submit("Create");
		// Outside the contacts folder, the note gets type: contact so Tend still sees it.
		expect(app.vault.text("Network/2026/Bo Chen.md")).toBe("---\ncompany:\ntype: contact\n---\n# Bo Chen\n\nAdded 2026-11-27.\n\n## Touchpoints\n");
		expect(app.vault.getFolderByPath("Network/2026")).not.toBeNull();
		await flush(100);
		const view = await openDueList(app);
		expect(rows(view).find((r) => r.name === "Bo Chen")?.section).toBe("Needs attention");
	});

	test("a missing template is reported, and nothing is created", async () => {
		const app = await start({}, { newContactTemplate: "Templates/Nope.md" });
		run(app, "new-contact");
		setField(topModal().contentEl, "Name", "Bo");
		await submit("Create");
		expect(topModal().contentEl.querySelector(".tend-form-error")?.textContent).toBe("The template note Templates/Nope.md does not exist (see Tend's settings).");
		expect(app.vault.getMarkdownFiles()).toEqual([]);
	});
});

describe("check contact notes", () => {
	test("reports every diagnostic with its file and line; choosing one opens the note there", async () => {
		const app = await start(
			{
				"People/Broken.md": "---\ntier: A\nbad: [x\n---\n",
				"People/Odd.md": note(["tier: Z", "last_contact: 2026-11-01"], "## Touchpoints\n- 2026-11-01 gossip — ?\n"),
				"People/Fine.md": note(["tier: A"]),
			},
			{ askStreak: -1 },
		);
		run(app, "check-contact-notes");
		await flush();
		const report = topModal().contentEl;
		expect(topModal().titleEl.textContent).toBe("Contact notes");
		const items = Array.from(report.querySelectorAll(".tend-check-item")).map((el) => `${el.querySelector(".tend-check-where")?.textContent} ${el.querySelector(".tend-check-severity")?.textContent}: ${el.querySelector(".tend-check-message")?.textContent}`);
		expect(items).toEqual([
			".obsidian/plugins/tend/data.json error: setting askStreak: askStreak should be a whole number of 0 or more; using 3",
			expect.stringMatching(/^People\/Broken\.md:3 error: frontmatter does not parse \(line 3\)/),
			expect.stringMatching(/^People\/Odd\.md:2 error: tier "Z" is not a tier in settings/),
			expect.stringMatching(/^People\/Odd\.md:6 warning: touchpoint on line 6 has an unknown kind "gossip"/),
		]);
		expect(report.querySelector(".tend-check-summary")?.textContent).toBe("3 errors and 1 warning in 3 notes (3 contact notes checked).");
		click(report.querySelectorAll(".tend-check-item")[1] as Element);
		await flush();
		expect(openModals).toHaveLength(0);
		expect(activeMarkdownView(app)?.file?.path).toBe("People/Broken.md");
		expect(activeMarkdownView(app)?.eState).toEqual({ line: 2 });
	});

	test("all fine", async () => {
		const app = await start({ "People/Fine.md": note(["tier: A"]) });
		run(app, "check-contact-notes");
		await flush();
		expect(topModal().contentEl.querySelector(".tend-check-summary")?.textContent).toBe("All 1 contact note is fine.");
	});
});

describe("form fields", () => {
	test("dates as typed where the platform has no date picker", () => {
		expect(readDateField(" 2026-12-01 ")).toEqual({ ok: true, day: day("2026-12-01") });
		expect(readDateField("2026-02-30")).toEqual({ ok: false, error: "2026-02-30 is not a date that exists." });
		expect(readDateField("1/12/2026")).toEqual({ ok: false, error: "1/12/2026 is not a date (YYYY-MM-DD)." });
		expect(readDateField("")).toEqual({ ok: false, error: "Pick a date." });
	});
	test("time spent in hours or minutes", () => {
		expect(readHours("")).toEqual({ ok: true, hours: null });
		expect(readHours("1,5")).toEqual({ ok: true, hours: 1.5 });
		expect(readHours("90 min")).toEqual({ ok: true, hours: 1.5 });
		expect(readHours("2h")).toEqual({ ok: true, hours: 2 });
		expect(readHours("0").ok).toBe(false);
		expect(readHours("25").ok).toBe(false);
	});
	test("a new touchpoint starts as the first neutral kind", () => {
		expect(defaultKind(DEFAULT_SETTINGS)).toBe("check-in");
		expect(defaultKind({ ...DEFAULT_SETTINGS, kinds: [{ name: "ask", direction: "ask" }] })).toBe("ask");
	});
});
