/**
 * @jest-environment jsdom
 *
 * The "Tend due list" Bases view of the built plugin: registered where the app has Bases
 * (1.10+), ranking a base's entries as the due list does, with the reasons; the other entries
 * listed after; redrawn on new results and index changes; and, on an older app or with the
 * Bases core plugin off, nothing registered and nothing broken.
 */
import * as fs from "fs";
import * as path from "path";
import { loadVault } from "../../src/cli/vault";
import { fromYmd } from "../../src/core/calendar";
import { dueList } from "../../src/core/schedule";
import { activeMarkdownView, click, EXAMPLE_VAULT, flush, note, readVault, ROOT, settle, startPlugin, stopPlugins, useClock, VIEW_TYPE } from "./harness";
import { openBase, openBases, setApiVersion, type App, type OpenBase } from "./fakeObsidian";

const VIEW_ID = "tend-due-list-base";
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const PLUGIN_DOC = fs.readFileSync(path.join(ROOT, "docs", "plugin.md"), "utf8");
const TODAY = fromYmd(2026, 11, 27);
const REVIEW = "Notes/2026-11-20 Weekly review.md";

afterEach(() => {
	stopPlugins();
	setApiVersion("1.10.3");
	jest.useRealTimers();
});

async function start(options: Parameters<typeof startPlugin>[1] = {}): Promise<App> {
	useClock(2026, 11, 27);
	const { app } = await startPlugin(readVault(EXAMPLE_VAULT), options);
	await settle();
	return app;
}

const names = (base: OpenBase) => [...base.containerEl.querySelectorAll(".tend-bases-row .tend-bases-name")].map((e) => e.textContent);
const others = (base: OpenBase) => [...base.containerEl.querySelectorAll(".tend-bases-others li")].map((e) => e.textContent);
const row = (base: OpenBase, name: string) => {
	const el = [...base.containerEl.querySelectorAll<HTMLElement>(".tend-bases-row")].find((r) => r.querySelector(".tend-bases-name")?.textContent === name);
	if (!el) throw new Error(`no row for ${name}`);
	return el;
};

describe("with Bases (Obsidian 1.10 and later)", () => {
	it("registers the view by name and icon", async () => {
		const app = await start();
		const reg = app.basesViews.get(VIEW_ID);
		expect(reg?.name).toBe("Tend due list");
		expect(reg?.icon).toBe("sprout");
		// The view type the README tells users to write in a .base file.
		expect(README).toContain(`  - type: ${VIEW_ID}\n    name: Due\n`);
	});

	it("ranks every contact of a base in the due list's order, the other notes after", async () => {
		const app = await start();
		const paths = [...app.vault.getMarkdownFiles().map((f) => f.path)].sort();
		const base = openBase(app, VIEW_ID, paths);
		const cli = loadVault(EXAMPLE_VAULT, TODAY);
		const listed = dueList(cli.contacts, TODAY, cli.settings).length;
		const expected = dueList(
			cli.contacts.filter((c) => c.tierIndex >= 0 && c.cadence !== null),
			TODAY,
			cli.settings,
			{ all: true },
		).map((e) => e.contact.name);
		expect(expected.length).toBeGreaterThan(10);
		expect(names(base)).toEqual(expected);
		// What the README and docs/plugin.md say this base shows.
		expect(names(base).slice(0, 5)).toEqual(["Grace Liu", "Maya Singh", "Noah Fischer", "Dana Whitfield", "Amara Okafor"]);
		expect(README).toContain("shows Grace Liu and Maya Singh (new), then Noah Fischer, Dana Whitfield and Amara Okafor\n(overdue) at the top");
		expect(PLUGIN_DOC).toContain(`*${listed} to reach out to, of ${expected.length} tracked contacts*`);
		// Liam O'Brien's note has no tier: a contact note, but not tracked.
		expect(others(base)).toEqual(["2026-11-20 Weekly review", "Liam O'Brien"]);
		expect(base.containerEl.querySelector(".tend-bases-others-title")?.textContent).toBe("Not a tracked contact");
		expect(base.containerEl.querySelector(".tend-bases-summary")?.textContent).toBe(`${listed} to reach out to, of ${expected.length} tracked contacts`);
	});

	it("shows each contact's status and reasons", async () => {
		const app = await start();
		const base = openBase(app, VIEW_ID, ["People/Amara Okafor.md", "People/Farid Haddad.md", "People/Priya Raman.md", "Clients/Priya Raman.md"].filter((p) => app.vault.getAbstractFileByPath(p) !== null));
		const amara = row(base, "Amara Okafor");
		expect(amara.querySelector(".tend-bases-status")?.textContent).toBe("Overdue");
		expect([...amara.querySelectorAll(".tend-bases-reasons li")].map((l) => l.textContent)).toEqual([
			"Last contact 53 days ago; it was due by November 16 (every 4–6 weeks)",
			'Promised "Send the EU AI Act summary" by November 20: 7 days late',
		]);
		expect(row(base, "Farid Haddad").querySelector(".tend-bases-status")?.textContent).toBe("Snoozed until January 10");
		expect(row(base, "Priya Raman").querySelector(".tend-bases-status")?.textContent).toBe("Next due December 23");
		expect(names(base)).toEqual(["Amara Okafor", "Priya Raman", "Farid Haddad"]);
	});

	it("lists a note without a tier as not a tracked contact", async () => {
		useClock(2026, 11, 27);
		const { app } = await startPlugin({ "People/Ada.md": note(["tier: A", "last_contact: 2026-09-01"]), "People/Bo.md": note(["company: Acme"]) });
		await settle();
		const base = openBase(app, VIEW_ID, ["People/Bo.md", "People/Ada.md"]);
		expect(names(base)).toEqual(["Ada"]);
		expect(others(base)).toEqual(["Bo"]);
	});

	it("redraws on new query results and when a contact note changes", async () => {
		const app = await start();
		const base = openBase(app, VIEW_ID, ["People/Amara Okafor.md", "People/Grace Liu.md"]);
		expect(names(base)).toEqual(["Grace Liu", "Amara Okafor"]);
		base.update(["People/Amara Okafor.md"]);
		expect(names(base)).toEqual(["Amara Okafor"]);
		const file = app.vault.getFileByPath("People/Amara Okafor.md");
		if (!file) throw new Error("no note");
		await app.vault.process(file, (text) => text.replace(/last_contact: \S+/, "last_contact: 2026-11-26"));
		await settle();
		expect(row(base, "Amara Okafor").querySelector(".tend-bases-status")?.textContent).toBe("Next due December 24");
	});

	it("opens the note of a row that is clicked", async () => {
		const app = await start();
		const base = openBase(app, VIEW_ID, ["People/Grace Liu.md", REVIEW]);
		const link = row(base, "Grace Liu").querySelector(".tend-bases-name");
		if (!link) throw new Error("no link");
		click(link);
		await flush();
		expect(activeMarkdownView(app)?.file?.path).toBe("People/Grace Liu.md");
		const other = base.containerEl.querySelector(".tend-bases-others a");
		if (!other) throw new Error("no other link");
		click(other);
		await flush();
		expect(activeMarkdownView(app)?.file?.path).toBe(REVIEW);
	});

	it("says so for an empty base", async () => {
		const app = await start();
		const base = openBase(app, VIEW_ID, []);
		expect(base.containerEl.textContent).toBe("This base has no notes.");
	});

	it("disabling the plugin takes the view away and closes the bases showing it", async () => {
		const app = await start();
		const base = openBase(app, VIEW_ID, ["People/Grace Liu.md"]);
		stopPlugins();
		expect(app.basesViews.has(VIEW_ID)).toBe(false);
		expect(openBases).not.toContain(base);
		expect(base.containerEl.isConnected).toBe(false);
	});
});

describe("without Bases", () => {
	it("on Obsidian before 1.10 the plugin loads, registers no Bases view, and the due list works", async () => {
		setApiVersion("1.9.14");
		const app = await start();
		expect(app.basesViews.size).toBe(0);
		expect(app.viewRegistry.has(VIEW_TYPE)).toBe(true);
		expect(app.commands.size).toBeGreaterThan(0);
	});

	it("with the Bases core plugin off, nothing is registered and nothing breaks", async () => {
		const app = await start({ before: (a) => (a.basesEnabled = false) });
		expect(app.basesViews.size).toBe(0);
		expect(app.viewRegistry.has(VIEW_TYPE)).toBe(true);
	});
});
