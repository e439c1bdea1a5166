/**
 * @jest-environment jsdom
 *
 * The "Tend due list" Bases view of the built plugin: registered where the app has Bases
 * (1.10+), showing a base's tracked contacts in the side panel's sections with the panel's
 * rows (the same DueList model), then the sections `tend due --all` adds; the other entries
 * listed after; redrawn on new results and index changes; and, on an older app or with the
 * Bases core plugin off, nothing registered and nothing broken.
 */
import * as fs from "fs";
import * as path from "path";
// The CLI reads the vault as the plugin does: contact notes and the dated notes that mention them.
import { loadVaultWithMentions as loadVault } from "../../src/cli/vaultMentions";
import { fromYmd } from "../../src/core/calendar";
import { DueList, LISTED_SECTIONS, SECTION_TITLES } from "../../src/core/dueList/model";
import { activeMarkdownView, click, EXAMPLE_VAULT, flush, note, openDueList, readVault, ROOT, rows as panelRows, settle, startPlugin, stopPlugins, useClock, VIEW_TYPE, type RowText } from "./harness";
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
/** The base's rows, top to bottom, each with its section's title, as the panel's `rows` reads the panel. */
const baseRows = (base: OpenBase): RowText[] => {
	const out: RowText[] = [];
	let section = "";
	for (const el of base.containerEl.querySelectorAll<HTMLElement>(".tend-section, .tend-bases-row")) {
		if (el.classList.contains("tend-section")) {
			section = el.querySelector(".tend-section-title")?.textContent ?? "";
			continue;
		}
		out.push({
			section,
			name: el.querySelector(".tend-bases-name")?.textContent ?? "",
			tier: el.querySelector(".tend-bases-tier")?.textContent ?? "",
			days: el.querySelector(".tend-bases-days")?.textContent ?? "",
			reasons: [...el.querySelectorAll(".tend-reason")].map((r) => r.textContent ?? ""),
		});
	}
	return out;
};
const sectionTitles = (base: OpenBase) => [...base.containerEl.querySelectorAll(".tend-section")].map((s) => `${s.querySelector(".tend-section-title")?.textContent} (${s.querySelector(".tend-section-count")?.textContent})`);
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

	it("shows a base's tracked contacts in the due list's sections and order, the other notes after", async () => {
		const app = await start();
		const paths = [...app.vault.getMarkdownFiles().map((f) => f.path)].sort();
		const base = openBase(app, VIEW_ID, paths);
		const cli = loadVault(EXAMPLE_VAULT, TODAY);
		const tracked = cli.contacts.filter((c) => c.tierIndex >= 0 && c.cadence !== null);
		const model = new DueList(tracked, TODAY, cli.settings, { all: true });
		const expected = model.sections().flatMap((s) => model.rows(s.id).map((r) => r.name));
		expect(expected.length).toBeGreaterThan(10);
		expect(names(base)).toEqual(expected);
		expect(sectionTitles(base)).toEqual(["Overdue (2)", "Due (4)", "Promises (3)", "Coming up (4)", "Not due yet (1)", "Snoozed (1)", "Needs attention (1)"]);
		const listed = model.listed;
		// What the README and docs/plugin.md say this base shows.
		expect(names(base).slice(0, 3)).toEqual(["Noah Fischer", "Dana Whitfield", "Maya Singh"]);
		expect(README).toContain("shows Noah Fischer and Dana Whitfield under *Overdue*, then Maya Singh (new) leading *Due*");
		expect(PLUGIN_DOC).toContain(`*${listed} to reach out to, of ${model.size} tracked contacts*`);
		// Liam O'Brien's note has no tier: a contact note, but not tracked.
		expect(others(base)).toEqual(["2026-11-20 Weekly review", "Liam O'Brien"]);
		expect(base.containerEl.querySelector(".tend-bases-others-title")?.textContent).toBe("Not a tracked contact");
		expect(base.containerEl.querySelector(".tend-bases-summary")?.textContent).toBe(`${listed} to reach out to, of ${model.size} tracked contacts`);
	});

	it("agrees with the side panel: the same sections, rows, tiers, days and reason labels", async () => {
		const app = await start();
		const base = openBase(app, VIEW_ID, [...app.vault.getMarkdownFiles().map((f) => f.path)].sort());
		const panel = panelRows(await openDueList(app));
		const listedTitles: string[] = LISTED_SECTIONS.map((id) => SECTION_TITLES[id]);
		const inSchedule = (r: RowText) => listedTitles.includes(r.section);
		expect(panel.filter(inSchedule).length).toBe(13);
		expect(baseRows(base).filter(inSchedule)).toEqual(panel.filter(inSchedule));
	});

	it("shows each row's reasons as the panel does: a label, the sentence in its tooltip", async () => {
		const app = await start();
		const base = openBase(app, VIEW_ID, ["People/Amara Okafor.md", "People/Farid Haddad.md", "People/Priya Raman.md", "Clients/Priya Raman.md"].filter((p) => app.vault.getAbstractFileByPath(p) !== null));
		const amara = row(base, "Amara Okafor");
		expect(amara.querySelector(".tend-bases-status")).toBeNull();
		expect([...amara.querySelectorAll(".tend-bases-reasons li")].map((l) => [l.textContent, l.getAttribute("title")])).toEqual([
			// A weekly review note that links her counts as her last contact: only the promise is left.
			["Promise 7 days late: Send the EU AI Act summary", 'Promised "Send the EU AI Act summary" by November 20: 7 days late'],
		]);
		expect(amara.querySelector(".tend-reason-promise-late")?.classList.contains("mod-error")).toBe(true);
		expect(amara.querySelector(".tend-bases-days")?.textContent).toBe("7d");
		expect(amara.querySelector(".tend-row-suggestion")?.textContent).toBe('Try: "Send the EU AI Act summary" is 7 days late: send it now, or tell them and agree a new date');
		// The sections the panel does not show say when their rows come due.
		expect(row(base, "Farid Haddad").querySelector(".tend-bases-status")?.textContent).toBe("Snoozed until January 10, 2027");
		expect(names(base)).toEqual(["Amara Okafor", "Priya Raman", "Farid Haddad"]);
		expect(sectionTitles(base)).toEqual(["Promises (1)", "Coming up (1)", "Snoozed (1)"]);
	});

	it("a contact not due yet says when it comes due", async () => {
		useClock(2026, 11, 27);
		const { app } = await startPlugin({ "People/Ada.md": note(["tier: A", "last_contact: 2026-11-20"]), "People/Bo.md": note(["tier: A", "last_contact: 2026-11-01", "busy:", "  - 11-20..12-10 fundraising"]) });
		await settle();
		const base = openBase(app, VIEW_ID, ["People/Ada.md", "People/Bo.md"]);
		expect(sectionTitles(base)).toEqual(["Not due yet (1)", "Waiting: in a busy period (1)"]);
		expect(row(base, "Ada").querySelector(".tend-bases-status")?.textContent).toBe("Next due December 18");
		expect(row(base, "Bo").querySelector(".tend-bases-status")?.textContent).toBe("In a busy period (fundraising)");
		expect(base.containerEl.querySelector(".tend-bases-summary")?.textContent).toBe("0 to reach out to, of 2 tracked contacts");
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
		const base = openBase(app, VIEW_ID, ["People/Noah Fischer.md", "People/Amara Okafor.md"]);
		// Overdue comes before Promises, as in the panel.
		expect(names(base)).toEqual(["Noah Fischer", "Amara Okafor"]);
		base.update(["People/Noah Fischer.md"]);
		expect(names(base)).toEqual(["Noah Fischer"]);
		expect(sectionTitles(base)).toEqual(["Overdue (1)"]);
		const file = app.vault.getFileByPath("People/Noah Fischer.md");
		if (!file) throw new Error("no note");
		await app.vault.process(file, (text) => text.replace(/last_contact: \S+/, "last_contact: 2026-11-26"));
		await settle();
		// In touch yesterday: he is no longer due, and the base says when he will be.
		expect(sectionTitles(base)).toEqual(["Not due yet (1)"]);
		expect(baseRows(base)).toEqual([expect.objectContaining({ section: "Not due yet", name: "Noah Fischer", tier: "B", days: "1d" })]);
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
