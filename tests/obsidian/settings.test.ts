/**
 * @jest-environment jsdom
 *
 * The settings tab of the built plugin: what it shows, what it accepts, and the data.json it
 * saves, which the CLI reads with the core's loadSettings.
 */
import { DEFAULT_SETTINGS, loadSettings } from "../../src/core/settings";
import { notices, openSettingTab, searchSettings, setApiVersion, setLanguage, type App } from "./fakeObsidian";
import {
	button,
	click,
	DATA_PATH,
	EXAMPLE_VAULT,
	flush,
	openDueList,
	readVault,
	rows,
	setValue,
	settingTab,
	settle,
	startPlugin,
	stopPlugins,
	useClock,
	type Running,
} from "./harness";

let running: Running | null = null;

afterEach(() => {
	stopPlugins();
	jest.useRealTimers();
	setApiVersion();
	setLanguage();
});

/**
 * The Obsidian the tests play: 1.13 and later draw the tab from `getSettingDefinitions()`,
 * older ones call `display()`. Every test of the tab runs on both, so they hold and check
 * the same settings.
 */
const PATHS = [
	["declarative (Obsidian 1.13)", "1.13.1"],
	["display() (Obsidian 1.12)", "1.12.7"],
] as const;
let version: string = PATHS[0][1];

async function start(files: Record<string, string> = {}, data?: unknown): Promise<{ app: App; tab: HTMLElement }> {
	useClock(2026, 11, 27);
	setApiVersion(version);
	running = await startPlugin(files, { data });
	await settle();
	const tab = settingTab(running.app);
	openSettingTab(tab);
	await flush();
	return { app: running.app, tab: tab.containerEl };
}

function saved(app: App): Record<string, unknown> | undefined {
	const raw = app.vault.configFiles.get(DATA_PATH);
	return raw === undefined ? undefined : (JSON.parse(raw) as Record<string, unknown>);
}

function settingNamed(tab: HTMLElement, name: string): HTMLElement {
	const el = Array.from(tab.querySelectorAll<HTMLElement>(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === name);
	if (!el) throw new Error(`no setting "${name}"`);
	return el;
}

function input(tab: HTMLElement, name: string, nth = 0): HTMLInputElement {
	return settingNamed(tab, name).querySelectorAll<HTMLInputElement>("input")[nth] as HTMLInputElement;
}

/** The reason shown under a setting: Tend's own line, or Obsidian's (`setErrorMessage`, 1.13). */
function errorOf(tab: HTMLElement, name: string): string {
	const el = settingNamed(tab, name);
	return [".tend-setting-error", ".setting-item-error"].map((c) => el.querySelector(c)?.textContent ?? "").join("");
}

/** The setting is marked invalid: its input (display()) or its row (Obsidian's own check). */
function markedInvalid(tab: HTMLElement, name: string): boolean {
	const el = settingNamed(tab, name);
	return el.classList.contains("is-invalid") || el.querySelector(".tend-invalid") !== null;
}

describe.each(PATHS)("the settings tab, %s", (_label, playing) => {
beforeEach(() => {
	version = playing;
});

test("the tab has a heading per area, in sentence case", async () => {
	const { tab } = await start();
	const headings = Array.from(tab.querySelectorAll(".setting-item-heading .setting-item-name")).map((h) => h.textContent);
	expect(headings).toEqual(["Finding contacts", "Property names", "Tiers", "Capacity", "Touchpoint kinds", "Touchpoint log", "Dated notes and tasks", "Reminders", "Morning digest", "New contacts"]);
	const names = Array.from(tab.querySelectorAll(".setting-item-name")).map((n) => n.textContent ?? "").filter((n) => n !== "");
	for (const name of names) expect(name.slice(1)).toBe(name.slice(1).toLowerCase());
	expect(input(tab, "Contacts folder").value).toBe("People");
	expect(input(tab, "Last contact").value).toBe("last_contact");
	expect(input(tab, "Entry template").value).toBe(DEFAULT_SETTINGS.entryTemplate);
	expect(input(tab, "Tier 1", 1).value).toBe("4-6w");
});

test("saved settings have exactly the shape the CLI reads", async () => {
	const { app, tab } = await start();
	setValue(input(tab, "Contact tag"), "#person");
	await flush();
	const data = saved(app);
	expect(Object.keys(data ?? {}).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
	const loaded = loadSettings(data);
	expect(loaded.problems).toEqual([]);
	expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, contactTag: "person" });
	expect(loaded.settings).toEqual((running as Running).plugin.settings);
});

test("how contacts are found: a change re-reads the vault once typing settles", async () => {
	const { app, tab } = await start(readVault(EXAMPLE_VAULT));
	const view = await openDueList(app);
	await settle();
	expect(rows(view).map((r) => r.name)).toContain("Noah Fischer");
	setValue(input(tab, "Contacts folder"), "Wor");
	setValue(input(tab, "Contacts folder"), "Work");
	await flush(500);
	await settle();
	const names = rows(view).map((r) => r.name);
	expect(names).not.toContain("Noah Fischer");
	// Still contacts: the note in Work/, and the ones tagged or typed as contacts elsewhere.
	expect(names).toContain("Olivia Brown");
	expect(saved(app)?.contactsFolder).toBe("Work");
});

test("an entry template that would not read back is shown with the reason and not saved", async () => {
	const { app, tab } = await start();
	setValue(input(tab, "Entry template"), "- {{date}} {{summary}}");
	await flush();
	expect(errorOf(tab, "Entry template")).toBe("The entry template needs {{kind}} exactly once.");
	expect(markedInvalid(tab, "Entry template")).toBe(true);
	expect(saved(app)).toBeUndefined();
	setValue(input(tab, "Entry template"), "- {{date}} {{kind}} with {{name}}: {{summary}}");
	await flush();
	expect(errorOf(tab, "Entry template")).toBe("");
	expect(saved(app)?.entryTemplate).toBe("- {{date}} {{kind}} with {{name}}: {{summary}}");
});

test("property names may not be empty", async () => {
	const { app, tab } = await start();
	setValue(input(tab, "Last contact"), " ");
	await flush();
	expect(errorOf(tab, "Last contact")).toBe("A property needs a name.");
	expect(saved(app)).toBeUndefined();
	setValue(input(tab, "Last contact"), "last-contacted");
	await flush();
	expect((saved(app)?.keys as Record<string, string>).lastContact).toBe("last-contacted");
});

test("tiers: cadences are checked; tiers can be added, moved and removed", async () => {
	const { app, tab } = await start();
	setValue(input(tab, "Tier 2", 1), "13-10w");
	await flush();
	expect(errorOf(tab, "Tier 2")).toMatch(/^[A-Z].*\.$/);
	expect(saved(app)).toBeUndefined();
	setValue(input(tab, "Tier 2", 1), "8-12 weeks");
	setValue(input(tab, "Tier 2", 2), "often");
	await flush();
	expect(errorOf(tab, "Tier 2")).toMatch(/^[A-Z]/);
	setValue(input(tab, "Tier 2", 2), "26w");
	setValue(input(tab, "Tier 3", 0), "B");
	await flush();
	expect(errorOf(tab, "Tier 3")).toBe('There is already a tier "B".');
	expect((saved(app)?.tiers as unknown[])[1]).toEqual({ name: "B", cadence: "8-12 weeks", positiveEvery: "26w" });

	click(button(tab, "Add tier"));
	await flush();
	const tiers = () => (saved(app)?.tiers as { name: string }[]).map((t) => t.name);
	expect(tiers()).toEqual(["A", "B", "C", "T4"]);
	const tab2 = settingTab(app).containerEl;
	click(settingNamed(tab2, "Tier 4").querySelector('[aria-label="Move this tier up"]') as Element);
	await flush();
	expect(tiers()).toEqual(["A", "B", "T4", "C"]);
	click(settingNamed(tab2, "Tier 1").querySelector('[aria-label="Remove this tier"]') as Element);
	await flush();
	expect(tiers()).toEqual(["B", "T4", "C"]);
	expect(loadSettings(saved(app)).problems).toEqual([]);
	expect((settingNamed(tab2, "Tier 1").querySelector('[aria-label="Move this tier up"]') as HTMLButtonElement).disabled).toBe(true);
});

test("the last tier cannot be removed", async () => {
	const { tab } = await start({}, { tiers: [{ name: "A", cadence: "6w", positiveEvery: "" }] });
	expect((settingNamed(tab, "Tier 1").querySelector('[aria-label="Remove this tier"]') as HTMLButtonElement).disabled).toBe(true);
});

test("touchpoint kinds: one word, unique, with a direction", async () => {
	const { app, tab } = await start();
	setValue(input(tab, "Kind 1"), "two words");
	await flush();
	expect(errorOf(tab, "Kind 1")).toBe("A kind is one word (use a dash: check-in).");
	setValue(input(tab, "Kind 1"), "Call");
	await flush();
	expect(errorOf(tab, "Kind 1")).toBe('There is already a kind "Call".');
	setValue(input(tab, "Kind 1"), "shared");
	setValue(settingNamed(tab, "Kind 7").querySelector("select") as HTMLSelectElement, "neutral");
	await flush();
	const kinds = saved(app)?.kinds as { name: string; direction: string }[];
	expect(kinds[0]).toEqual({ name: "shared", direction: "give" });
	expect(kinds[6]).toEqual({ name: "ask", direction: "neutral" });
	click(button(tab, "Add kind"));
	await flush();
	expect((saved(app)?.kinds as unknown[]).length).toBe(DEFAULT_SETTINGS.kinds.length + 1);
});

test("the log heading, the entry order and the reminder windows", async () => {
	const { app, tab } = await start();
	setValue(input(tab, "Log heading"), "##");
	await flush();
	expect(errorOf(tab, "Log heading")).toBe("The log needs a heading, like ## Touchpoints.");
	setValue(input(tab, "Log heading"), "### Contact log");
	setValue(settingNamed(tab, "Entry order").querySelector("select") as HTMLSelectElement, "oldest-first");
	setValue(input(tab, "Promise due soon"), "five");
	await flush();
	expect(errorOf(tab, "Promise due soon")).toBe("Write a whole number, 0 or more.");
	setValue(input(tab, "Promise due soon"), "5");
	setValue(input(tab, "Ask streak"), "0");
	await flush();
	expect(saved(app)).toMatchObject({ logHeading: "### Contact log", logOrder: "oldest-first", promiseSoonDays: 5, askStreak: 0 });
	expect(loadSettings(saved(app)).problems).toEqual([]);
});

test("settings that data.json holds but cannot be used fall back to defaults, with a notice", async () => {
	const { tab } = await start({}, { contactsFolder: "Contacts", tiers: [{ name: "A", cadence: "never" }], logOrder: "sideways" });
	expect(input(tab, "Contacts folder").value).toBe("Contacts");
	expect(input(tab, "Tier 1", 1).value).toBe("4-6w");
	expect(notices).toContain("Tend: some settings could not be used; the check contact notes command lists them.");
});

test("data.json changed by sync or the CLI: the new settings are used", async () => {
	const { app } = await start(readVault(EXAMPLE_VAULT));
	const view = await openDueList(app);
	app.vault.configFiles.set(DATA_PATH, JSON.stringify({ contactsFolder: "Work" }));
	await (running as Running).plugin.onExternalSettingsChange();
	await settle();
	expect((running as Running).plugin.settings.contactsFolder).toBe("Work");
	expect(rows(view).map((r) => r.name)).not.toContain("Noah Fischer");
});

/** A vault of `a` contacts in tier A (weekly) and `b` in tier B (every two weeks). */
function circle(a: number, b: number): { files: Record<string, string>; data: unknown } {
	const files: Record<string, string> = {};
	for (let i = 1; i <= a; i++) files[`People/A${i}.md`] = "---\ntier: A\n---\n";
	for (let i = 1; i <= b; i++) files[`People/B${i}.md`] = "---\ntier: B\n---\n";
	return {
		files,
		data: {
			tiers: [
				{ name: "A", cadence: "1w", positiveEvery: "" },
				{ name: "B", cadence: "2w", positiveEvery: "" },
			],
		},
	};
}

function descOf(tab: HTMLElement, name: string): string {
	return settingNamed(tab, name).querySelector(".setting-item-description")?.textContent ?? "";
}

function shown(tab: HTMLElement, name: string): boolean {
	const el = Array.from(tab.querySelectorAll<HTMLElement>(".setting-item")).find((x) => x.querySelector(".setting-item-name")?.textContent === name);
	return el !== undefined && el.style.display !== "none";
}

test("weekly capacity: the load the cadences imply beside it, a warning when over, a wrong value not saved", async () => {
	const { files, data } = circle(7, 1);
	const { app, tab } = await start(files, data);
	// 7 weekly contacts and 1 every two weeks: 7 + 0.5 touchpoints a week.
	expect(descOf(tab, "Weekly capacity")).toContain("Your cadences ask for 7.5 touchpoints a week.");
	expect(input(tab, "Weekly capacity").value).toBe(String(DEFAULT_SETTINGS.weeklyCapacity));
	expect(shown(tab, "More than you can give")).toBe(false);
	setValue(input(tab, "Weekly capacity"), "0");
	await flush();
	expect(errorOf(tab, "Weekly capacity")).toBe("Write a whole number, 1 or more.");
	expect(markedInvalid(tab, "Weekly capacity")).toBe(true);
	expect(saved(app)?.weeklyCapacity).toBeUndefined();
	setValue(input(tab, "Weekly capacity"), "7.5");
	await flush();
	expect(errorOf(tab, "Weekly capacity")).toBe("Write a whole number, 1 or more.");
	expect(saved(app)?.weeklyCapacity).toBeUndefined();
	setValue(input(tab, "Weekly capacity"), "6");
	await flush();
	expect(errorOf(tab, "Weekly capacity")).toBe("");
	expect(saved(app)?.weeklyCapacity).toBe(6);
	expect(loadSettings(saved(app)).problems).toEqual([]);
	// Now the cadences ask for more than the week holds, and the tab says so at once.
	expect(shown(tab, "More than you can give")).toBe(true);
	expect(descOf(tab, "More than you can give")).toContain("7.5 touchpoints a week, more than your capacity");
});

test("the implied load is read again when the tab opens", async () => {
	const { files, data } = circle(2, 0);
	const { app, tab } = await start(files, data);
	expect(descOf(tab, "Weekly capacity")).toContain("Your cadences ask for 2 touchpoints a week.");
	await app.vault.create("People/A3.md", "---\ntier: A\n---\n");
	await flush(500);
	await settle();
	openSettingTab(settingTab(app));
	await flush();
	expect(descOf(tab, "Weekly capacity")).toContain("Your cadences ask for 3 touchpoints a week.");
});

test("top tier size: the first tier's count beside it, a warning when over, a wrong value not saved", async () => {
	const { files, data } = circle(4, 2);
	const { app, tab } = await start(files, data);
	expect(descOf(tab, "Top tier size")).toContain("Tier A holds 4 contacts now.");
	expect(shown(tab, "Your top tier is over that size")).toBe(false);
	setValue(input(tab, "Top tier size"), "three");
	await flush();
	expect(errorOf(tab, "Top tier size")).toBe("Write a whole number, 1 or more.");
	expect(saved(app)?.topTierCapacity).toBeUndefined();
	setValue(input(tab, "Top tier size"), "3");
	await flush();
	expect(saved(app)?.topTierCapacity).toBe(3);
	expect(shown(tab, "Your top tier is over that size")).toBe(true);
	expect(descOf(tab, "Your top tier is over that size")).toContain("Tier A holds 4 contacts");
	expect(descOf(tab, "Your top tier is over that size")).toContain("Move some to tier B");
	setValue(input(tab, "Top tier size"), "4");
	await flush();
	expect(shown(tab, "Your top tier is over that size")).toBe(false);
});

test("days you reach out: a button a day, at least one kept", async () => {
	const { app, tab } = await start();
	const day = (label: string) => settingNamed(tab, "Days you reach out").querySelector<HTMLButtonElement>(`[aria-label="${label}"]`) as HTMLButtonElement;
	const names = Array.from(settingNamed(tab, "Days you reach out").querySelectorAll("button")).map((b) => b.textContent);
	expect(names).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
	expect(day("Monday").getAttribute("aria-pressed")).toBe("true");
	expect(day("Saturday").getAttribute("aria-pressed")).toBe("false");
	click(day("Saturday"));
	click(day("Monday"));
	await flush();
	expect(saved(app)?.reachOutDays).toEqual([2, 3, 4, 5, 6]);
	expect(day("Saturday").getAttribute("aria-pressed")).toBe("true");
	for (const d of ["Tuesday", "Wednesday", "Thursday", "Friday"]) click(day(d));
	await flush();
	expect(saved(app)?.reachOutDays).toEqual([6]);
	click(day("Saturday"));
	await flush();
	expect(errorOf(tab, "Days you reach out")).toBe("Pick at least one day.");
	expect(saved(app)?.reachOutDays).toEqual([6]);
	expect(day("Saturday").getAttribute("aria-pressed")).toBe("true");
	expect(loadSettings(saved(app)).problems).toEqual([]);
});

test("dated notes and tasks: on and off, the folders, the date property and the log offer", async () => {
	const { app, tab } = await start();
	const area = (name: string) => settingNamed(tab, name).querySelector("textarea") as HTMLTextAreaElement;
	const toggle = (name: string) => settingNamed(tab, name).querySelector(".checkbox-container") as HTMLElement;
	expect(toggle("Read dated notes and tasks").classList.contains("is-enabled")).toBe(true);
	setValue(area("Only in these folders") as unknown as HTMLInputElement, "Daily/\n\n /Meetings \nDaily");
	setValue(area("Never in these folders") as unknown as HTMLInputElement, "Templates");
	setValue(input(tab, "Date property"), "");
	await flush();
	expect(errorOf(tab, "Date property")).toBe("A property needs a name.");
	setValue(input(tab, "Date property"), "meeting_date");
	click(toggle("Offer to log meetings"));
	await flush();
	expect(saved(app)?.mentions).toEqual({ enabled: true, includeFolders: ["Daily", "Meetings"], excludeFolders: ["Templates"], dateKey: "meeting_date", offerLog: true });
	click(toggle("Read dated notes and tasks"));
	await flush();
	expect((saved(app)?.mentions as { enabled: boolean }).enabled).toBe(false);
	// Off: the settings that only matter when it is on are greyed out.
	for (const name of ["Only in these folders", "Never in these folders", "Date property", "Offer to log meetings"]) expect(settingNamed(tab, name).classList.contains("is-disabled")).toBe(true);
	expect(loadSettings(saved(app)).problems).toEqual([]);
});
});

describe("one list of settings, two ways to draw it", () => {
	async function drawn(playing: string): Promise<{ headings: string[]; names: string[]; app: App }> {
		version = playing;
		const { app, tab } = await start();
		const headings = Array.from(tab.querySelectorAll(".setting-item-heading .setting-item-name")).map((h) => h.textContent ?? "");
		const names = Array.from(tab.querySelectorAll(".setting-item:not(.setting-item-heading) .setting-item-name")).map((n) => n.textContent ?? "");
		return { headings, names, app };
	}

	test("both paths show the same headings and settings, in the same order", async () => {
		const declarative = await drawn("1.13.1");
		expect(declarative.app.settingTabs[0]?.settingItems.length).toBeGreaterThan(0);
		stopPlugins();
		const older = await drawn("1.12.7");
		expect(older.headings).toEqual(declarative.headings);
		expect(older.names).toEqual(declarative.names);
		for (const name of ["Weekly capacity", "Top tier size", "Days you reach out", "Read dated notes and tasks", "Date property", "Contacts folder", "Tier 1", "Kind 1"]) expect(older.names).toContain(name);
	});

	test("on Obsidian 1.13 display() is not what draws the tab, and the settings are searchable", async () => {
		version = "1.13.1";
		const { app } = await start();
		const tab = settingTab(app);
		const display = jest.spyOn(tab, "display");
		openSettingTab(tab);
		expect(display).not.toHaveBeenCalled();
		expect(searchSettings(app, "capacity")).toContainEqual({ name: "Weekly capacity", group: "Capacity" });
		expect(searchSettings(app, "implied load")).toContainEqual({ name: "Weekly capacity", group: "Capacity" });
		expect(searchSettings(app, "saturday")).toContainEqual({ name: "Days you reach out", group: "Capacity" });
		expect(searchSettings(app, "daily notes")).toContainEqual({ name: "Read dated notes and tasks", group: "Dated notes and tasks" });
		expect(searchSettings(app, "last contact")).toContainEqual({ name: "Last contact", group: "Property names" });
		// A warning that does not apply is hidden, and so not found.
		expect(searchSettings(app, "more than you can give")).toEqual([]);
	});

	test("a value handed to setControlValue is checked again: wrong or of the wrong type, it is not saved", async () => {
		version = "1.13.1";
		const { app } = await start();
		const tab = settingTab(app);
		await tab.setControlValue("weeklyCapacity", "0");
		await tab.setControlValue("weeklyCapacity", 12);
		await tab.setControlValue("logOrder", "sideways");
		await tab.setControlValue("mentions.enabled", "no");
		await tab.setControlValue("nonsense", "x");
		await flush();
		expect(saved(app)).toBeUndefined();
		await tab.setControlValue("weeklyCapacity", "12");
		await flush();
		expect(saved(app)?.weeklyCapacity).toBe(12);
		expect(tab.getControlValue("weeklyCapacity")).toBe("12");
		expect(tab.getControlValue("keys.lastContact")).toBe("last_contact");
	});

	test("the days are named in Obsidian's language", async () => {
		version = "1.13.1";
		setLanguage("de");
		const { tab } = await start();
		const days = Array.from(settingNamed(tab, "Days you reach out").querySelectorAll("button"));
		expect(days.map((b) => b.getAttribute("aria-label"))).toEqual(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]);
	});

	test("on the oldest Obsidian Tend supports (1.7.2) the tab works without any newer API", async () => {
		// The fake throws when a member newer than the version played is used (getLanguage,
		// update, refreshDomState, setErrorMessage), so this proves the old path avoids them.
		version = "1.7.2";
		const { app, tab } = await start();
		expect(Array.from(settingNamed(tab, "Days you reach out").querySelectorAll("button")).map((b) => b.getAttribute("aria-label"))).toContain("Monday");
		setValue(input(tab, "Weekly capacity"), "none");
		await flush();
		expect(errorOf(tab, "Weekly capacity")).toBe("Write a whole number, 1 or more.");
		setValue(input(tab, "Weekly capacity"), "8");
		click(button(tab, "Add tier"));
		await flush();
		expect(saved(app)?.weeklyCapacity).toBe(8);
		expect((saved(app)?.tiers as unknown[]).length).toBe(DEFAULT_SETTINGS.tiers.length + 1);
	});

	test("before 1.13 getSettingDefinitions() gives nothing and display() draws the tab", async () => {
		version = "1.12.7";
		const { app, tab } = await start();
		expect(settingTab(app).getSettingDefinitions()).toEqual([]);
		expect(tab.querySelector(".setting-item")).not.toBeNull();
	});
});
