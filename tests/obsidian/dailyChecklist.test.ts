/**
 * @jest-environment jsdom
 *
 * Today's reach-outs in the daily note (src/obsidian/dailyChecklist.ts), through the built
 * main.js on the fake Obsidian: the command creates today's daily note (from the Daily notes
 * template when one is set) or updates the section in place, never twice; one undo step; the
 * `digest.dailyNote` setting runs it by itself into a note that exists; checking an item off
 * logs a touchpoint once, unchecking does not, and a restart does not log again.
 */
import * as fs from "fs";
import * as path from "path";
import { App, notices, openSettingTab, searchSettings } from "./fakeObsidian";
import { click, DATA_PATH, EXAMPLE_VAULT, flush, note, readVault, ROOT, settingTab, settle, startPlugin, stopPlugin, stopPlugins, useClock, type Running } from "./harness";

const ADA = "People/Ada.md";
const BEN = "People/Ben.md";
const CHEN = "People/Chen.md";
const ada = note(["tier: A", "last_contact: 2026-10-01"], "## Touchpoints\n- 2026-10-01 call — Talked about the launch\n");
const ben = note(["tier: B", "last_contact: 2026-08-01"], "## Touchpoints\n- 2026-08-01 meeting — Panel\n");
const chen = note(["tier: C", "last_contact: 2026-11-20"], "## Touchpoints\n- 2026-11-20 call — Caught up\n");
const FILES = { [ADA]: ada, [BEN]: ben, [CHEN]: chen };
const DAILY = "Journal/2026/2026-11-27.md";
const CONFIG = { folder: "Journal", format: "YYYY/YYYY-MM-DD" };

afterEach(() => {
	stopPlugins();
	jest.useRealTimers();
});

interface Options {
	config?: unknown;
	data?: unknown;
	extra?: Record<string, string>;
}

async function start(options: Options = {}): Promise<Running> {
	useClock(2026, 11, 27, 8, 30);
	const running = await startPlugin(
		{ ...FILES, ...options.extra },
		{
			data: options.data,
			before: (app) => {
				if (options.config !== undefined) app.vault.configFiles.set(".obsidian/daily-notes.json", JSON.stringify(options.config));
			},
		},
	);
	await settle();
	return running;
}

function run(app: App, id: string): void {
	expect(app.executeCommandById(`tend:${id}`)).toBe(true);
}

async function addReachOuts(app: App): Promise<void> {
	run(app, "add-reach-outs-to-daily-note");
	await settle();
}

function text(app: App, path: string): string {
	return app.vault.text(path) ?? "";
}

async function edit(app: App, path: string, change: (text: string) => string): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path}`);
	await app.vault.modify(file, change(text(app, path)));
	await settle();
}

const check = (link: string) => (t: string) => t.replace(`- [ ] [[${link}]]`, `- [x] [[${link}]]`);
const uncheck = (link: string) => (t: string) => t.replace(`- [x] [[${link}]]`, `- [ ] [[${link}]]`);
const entries = (t: string) => t.split("\n").filter((l) => l.includes("checked off in the daily note"));

describe("the command", () => {
	it("creates today's daily note where the Daily notes settings say, with the section", async () => {
		const { app } = await start({ config: CONFIG });
		await addReachOuts(app);
		const t = text(app, DAILY);
		expect(t).toMatch(/^## Reach out today\n\n- \[ \] \[\[Ada\]\] — .+\n- \[ \] \[\[Ben\]\] — .+\n$/);
		expect(t).not.toContain("Chen");
		expect(notices.some((n) => n.includes("Added today's reach-outs (2 contacts) to Journal/2026/2026-11-27.md"))).toBe(true);
	});

	it("uses the defaults (the vault's top, YYYY-MM-DD) without daily-notes.json", async () => {
		const { app } = await start();
		await addReachOuts(app);
		expect(text(app, "2026-11-27.md")).toContain("## Reach out today");
	});

	it("fills the template's {{date}}, {{title}} and {{date:FORMAT}} as the core plugin does", async () => {
		const { app } = await start({
			config: { ...CONFIG, template: "Templates/Daily" },
			extra: { "Templates/Daily.md": "---\ncreated: {{date:YYYY-MM-DD}}\n---\n# {{title}}\n\nWritten {{date}} at {{time}}; {{date:dddd}} stays.\n\n## Notes\n" },
		});
		await addReachOuts(app);
		const t = text(app, DAILY);
		expect(t.startsWith("---\ncreated: 2026-11-27\n---\n# 2026-11-27\n\nWritten 2026/2026-11-27 at 08:30; {{date:dddd}} stays.\n\n## Notes\n\n## Reach out today\n\n- [ ] [[Ada]]")).toBe(true);
	});

	it("writes nothing and says why when the template is missing", async () => {
		const { app } = await start({ config: { ...CONFIG, template: "Templates/Gone" } });
		await addReachOuts(app);
		expect(app.vault.getFileByPath(DAILY)).toBeNull();
		expect(notices.some((n) => n.includes("Templates/Gone.md does not exist"))).toBe(true);
	});

	it("writes nothing and says why for a date format it cannot write", async () => {
		const { app } = await start({ config: { format: "dddd, MMMM Do YYYY" } });
		const before = app.vault.writes.length;
		await addReachOuts(app);
		expect(app.vault.writes.length).toBe(before);
		expect(notices.some((n) => n.includes("uses dddd") && n.includes(".obsidian/daily-notes.json"))).toBe(true);
	});

	it("writes nothing and names the file when daily-notes.json is not JSON", async () => {
		const { app } = await start();
		app.vault.configFiles.set(".obsidian/daily-notes.json", '{"folder": "Journal",');
		const before = app.vault.writes.length;
		await addReachOuts(app);
		expect(app.vault.writes.length).toBe(before);
		expect(notices.some((n) => n.includes(".obsidian/daily-notes.json could not be read"))).toBe(true);
	});

	it("writes nothing when the Daily notes core plugin is off", async () => {
		const { app } = await start({ extra: {} });
		app.vault.configFiles.set(".obsidian/core-plugins.json", JSON.stringify({ "daily-notes": false }));
		await addReachOuts(app);
		expect(app.vault.getFileByPath("2026-11-27.md")).toBeNull();
		expect(notices.some((n) => n.includes("Daily notes core plugin is off"))).toBe(true);
	});

	it("adds to an existing note, keeps its lines, and a second run updates without a second section", async () => {
		const { app } = await start({ config: CONFIG, extra: { [DAILY]: "# Friday\n\nMet the team.\n" } });
		await addReachOuts(app);
		await edit(app, DAILY, (t) => check("Ben")(t).replace("- [ ] [[Ada]]", "- [ ] [[Ada]] — call about the deck"));
		const once = text(app, DAILY);
		await addReachOuts(app);
		const twice = text(app, DAILY);
		expect(twice).toBe(once);
		expect(twice.match(/## Reach out today/g)).toHaveLength(1);
		expect(twice.startsWith("# Friday\n\nMet the team.\n\n## Reach out today\n")).toBe(true);
		expect(twice).toContain("- [x] [[Ben]]");
	});

	it("is one undo step: undo takes the section out again", async () => {
		const original = "# Friday\n";
		const { app } = await start({ config: CONFIG, extra: { [DAILY]: original } });
		await addReachOuts(app);
		expect(text(app, DAILY)).not.toBe(original);
		run(app, "undo-last-change");
		await settle();
		expect(text(app, DAILY)).toBe(original);
	});

	it("undo of a created note puts it in the trash", async () => {
		const { app } = await start({ config: CONFIG });
		await addReachOuts(app);
		run(app, "undo-last-change");
		await settle();
		expect(app.vault.getFileByPath(DAILY)).toBeNull();
	});
});

describe("the digest.dailyNote setting", () => {
	it("writes the section by itself into today's note when it exists, once", async () => {
		const { app } = await start({ config: CONFIG, data: { digest: { dailyNote: true } }, extra: { [DAILY]: "# Friday\n" } });
		expect(text(app, DAILY)).toContain("- [ ] [[Ada]]");
		expect(text(app, DAILY).match(/## Reach out today/g)).toHaveLength(1);
	});

	it("does not create the note by itself, and writes when the note is created", async () => {
		const { app } = await start({ config: CONFIG, data: { digest: { dailyNote: true } } });
		expect(app.vault.getFileByPath(DAILY)).toBeNull();
		await app.vault.createFolder("Journal/2026");
		await app.vault.create(DAILY, "# Made by the Daily notes plugin\n");
		await settle();
		expect(text(app, DAILY)).toMatch(/^# Made by the Daily notes plugin\n\n## Reach out today\n\n- \[ \] \[\[Ada\]\]/);
	});

	it("is a toggle in the settings tab, found by the settings search; turning it on writes the section", async () => {
		const { app } = await start({ config: CONFIG, extra: { [DAILY]: "# Friday\n" } });
		const tab = settingTab(app);
		openSettingTab(tab);
		await flush();
		const row = Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === "Add today's reach-outs to the daily note");
		if (!row) throw new Error("no row for digest.dailyNote");
		expect(row.querySelector(".setting-item-description")?.textContent).toContain("Checking a name off logs a touchpoint.");
		click(row.querySelector(".checkbox-container") as HTMLElement);
		await settle();
		expect((JSON.parse(app.vault.configFiles.get(DATA_PATH) ?? "{}") as { digest?: unknown }).digest).toEqual({ dailyNote: true });
		expect(text(app, DAILY)).toContain("## Reach out today");
		expect(searchSettings(app, "reach out").map((f) => f.name)).toContain("Add today's reach-outs to the daily note");
	});

	it("stays off by default", async () => {
		const { app } = await start({ config: CONFIG, extra: { [DAILY]: "# Friday\n" } });
		expect(text(app, DAILY)).toBe("# Friday\n");
	});

	it("runs again at the day change, in the new day's note", async () => {
		const next = "Journal/2026/2026-11-28.md";
		const { app } = await start({ config: CONFIG, data: { digest: { dailyNote: true } }, extra: { [next]: "# Saturday\n" } });
		expect(text(app, next)).toBe("# Saturday\n");
		jest.setSystemTime(new Date(2026, 10, 28, 0, 1));
		await flush(30_000);
		await settle();
		expect(text(app, next)).toContain("## Reach out today");
	});
});

describe("checking an item off", () => {
	async function withChecklist(): Promise<Running> {
		const running = await start({ config: CONFIG });
		await addReachOuts(running.app);
		return running;
	}

	it("logs a touchpoint in the contact's note, once", async () => {
		const { app } = await withChecklist();
		await edit(app, DAILY, check("Ada"));
		expect(entries(text(app, ADA))).toEqual(["- 2026-11-27 check-in — Reached out, checked off in the daily note [[2026-11-27]]"]);
		expect(text(app, ADA)).toContain("last_contact: 2026-11-27");
		expect(entries(text(app, BEN))).toEqual([]);
		// Another edit of the note, with Ada still checked: nothing more.
		await edit(app, DAILY, (t) => `${t}\nMore notes.\n`);
		expect(entries(text(app, ADA))).toHaveLength(1);
	});

	it("logs nothing on unchecking, nor when the item is checked again", async () => {
		const { app } = await withChecklist();
		await edit(app, DAILY, check("Ada"));
		const after = text(app, ADA);
		await edit(app, DAILY, uncheck("Ada"));
		expect(text(app, ADA)).toBe(after);
		await edit(app, DAILY, check("Ada"));
		expect(entries(text(app, ADA))).toHaveLength(1);
	});

	it("logs several checked at once as one undo step", async () => {
		const { app } = await withChecklist();
		await edit(app, DAILY, (t) => check("Ben")(check("Ada")(t)));
		expect(entries(text(app, ADA))).toHaveLength(1);
		expect(entries(text(app, BEN))).toHaveLength(1);
		run(app, "undo-last-change");
		await settle();
		expect(text(app, ADA)).toBe(ada);
		expect(text(app, BEN)).toBe(ben);
	});

	it("does not log again after a restart", async () => {
		const first = await withChecklist();
		await edit(first.app, DAILY, check("Ada"));
		const files: Record<string, string> = {};
		for (const f of first.app.vault.getMarkdownFiles()) files[f.path] = text(first.app, f.path);
		stopPlugin(first);
		useClock(2026, 11, 27, 9, 0);
		const again = await startPlugin(files, { before: (app) => app.vault.configFiles.set(".obsidian/daily-notes.json", JSON.stringify(CONFIG)) });
		await settle();
		// The restarted plugin sees Ada checked as new; her log already has today's entry.
		await edit(again.app, DAILY, check("Ben"));
		expect(entries(text(again.app, ADA))).toHaveLength(1);
		expect(entries(text(again.app, BEN))).toHaveLength(1);
	});

	it("does not log from a note that is not today's daily note", async () => {
		const old = "Journal/2026/2026-11-26.md";
		const { app } = await start({ config: CONFIG, extra: { [old]: "## Reach out today\n\n- [ ] [[Ada]] — due\n" } });
		await edit(app, old, check("Ada"));
		expect(entries(text(app, ADA))).toEqual([]);
	});
});

describe("the example in docs/plugin.md", () => {
	const doc = fs.readFileSync(path.join(ROOT, "docs", "plugin.md"), "utf8");
	const block = (marker: string): [string, string] => {
		const m = new RegExp(`<!-- ${marker}: (.+?) -->\\n\`\`\`markdown\\n([\\s\\S]*?)\`\`\``).exec(doc);
		if (!m) throw new Error(`docs/plugin.md has no "${marker}" example`);
		return [m[1] as string, m[2] as string];
	};

	it("is what the command writes into the example vault on 2026-11-27", async () => {
		const [templateAt, template] = block("daily example template");
		const [dailyAt, after] = block("daily example after");
		useClock(2026, 11, 27, 8, 30);
		const { app } = await startPlugin(
			{ ...readVault(EXAMPLE_VAULT), [templateAt]: template },
			{ before: (a) => a.vault.configFiles.set(".obsidian/daily-notes.json", JSON.stringify({ folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Daily" })) },
		);
		await settle();
		await addReachOuts(app);
		expect(text(app, dailyAt)).toBe(after);
	});
});
