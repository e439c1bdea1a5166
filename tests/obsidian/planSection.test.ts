/**
 * @jest-environment jsdom
 *
 * The due list view's new parts (src/obsidian/planSection.ts, viewHeader.ts, tierFilter.ts):
 * "This week" from the weekly plan, the 8-week load forecast chart, the weekly load against
 * the capacity in the header with the top-tier warning, and the remembered tier filter. Each
 * is checked for what is drawn, how it follows a note change and a new day, and the filter.
 */
import { fromYmd, type Day } from "../../src/core/calendar";
import { loadForecast } from "../../src/core/plan/forecast";
import { planInputs } from "../../src/core/plan/input";
import { planOptionsOf, weeklyPlan } from "../../src/core/plan/planner";
// The CLI reads the vault as the plugin does: contact notes and the dated notes that mention them.
import { loadVaultWithMentions as loadVault } from "../../src/cli/vaultMentions";
import { dayLabel, PLAN_DELAY_MS, WEEK_ROWS } from "../../src/obsidian/planSection";
import { type App } from "./fakeObsidian";
import { click, dueListLeaf, EXAMPLE_VAULT, flush, note, openDueList, readVault, rows, sections, settle, startPlugin, stopPlugins, topModal, useClock, type StartOptions } from "./harness";

afterEach(() => {
	stopPlugins();
	jest.useRealTimers();
	window.localStorage.clear();
});

/** Lets a change reach the view (the cache, the index, the list's redraw), not yet the plan. */
const REDRAW = 100;

async function start(files: Record<string, string>, options: StartOptions = {}): Promise<App> {
	return (await startPlugin(files, options)).app;
}

interface PlanRow {
	day: string;
	name: string;
	tier: string;
	reason: string;
}

function planRows(view: HTMLElement): PlanRow[] {
	return Array.from(view.querySelectorAll<HTMLElement>(".tend-plan-row")).map((r) => ({
		day: r.querySelector(".tend-plan-day")?.textContent ?? "",
		name: r.querySelector(".tend-row-name")?.textContent ?? "",
		tier: r.querySelector(".tend-row-tier")?.textContent ?? "",
		reason: r.querySelector(".tend-plan-reason")?.textContent ?? "",
	}));
}

function heading(view: HTMLElement, title: string): HTMLElement {
	const h = Array.from(view.querySelectorAll<HTMLElement>(".tend-plan-heading")).find((b) => b.querySelector(".tend-plan-title")?.textContent === title);
	if (!h) throw new Error(`no heading ${title}`);
	return h;
}

function filterButtons(view: HTMLElement): string[] {
	return Array.from(view.querySelectorAll<HTMLElement>(".tend-tier-filter-option")).map((b) => `${b.textContent}${b.getAttribute("aria-pressed") === "true" ? "*" : ""}`);
}

function filterButton(view: HTMLElement, tier: string): HTMLElement {
	const b = Array.from(view.querySelectorAll<HTMLElement>(".tend-tier-filter-option")).find((x) => x.querySelector(".tend-tier-filter-name")?.textContent === tier);
	if (!b) throw new Error(`no filter button ${tier}`);
	return b;
}

/** The plan `tend plan` makes of the example vault, this week only: what the view must show. */
function expectedWeek(today: Day): PlanRow[] {
	const vault = loadVault(EXAMPLE_VAULT, today);
	const plan = weeklyPlan(planInputs(vault.contacts, today, vault.settings), today, { ...planOptionsOf(vault.settings, { weeks: 1 }), advice: false });
	return (plan.weeks[0]?.touchpoints ?? []).map((t) => ({ day: dayLabel(t.day, today), name: t.contact.name, tier: t.contact.tier, reason: t.text }));
}

function planCount(app: App): number {
	return (dueListLeaf(app).view as unknown as { planSection: { plans: number } }).planSection.plans;
}

const MONDAY = fromYmd(2026, 11, 30);

describe("This week", () => {
	test("shows the plan's touchpoints of the week with their day and reason, as tend plan makes them", async () => {
		useClock(2026, 11, 30);
		const app = await start(readVault(EXAMPLE_VAULT));
		const view = await openDueList(app);
		await settle();
		const drawn = planRows(view);
		const expected = expectedWeek(MONDAY);
		expect(expected.length).toBeGreaterThan(3);
		expect(drawn).toEqual(expected);
		// Promises that are late go on today; the rest on the week's reach-out days, Mon-Fri.
		expect(drawn.find((r) => r.name === "Amara Okafor")).toEqual({ day: "Today", name: "Amara Okafor", tier: "A", reason: expect.stringContaining("Send the EU AI Act summary") });
		expect(new Set(drawn.map((r) => r.day)).size).toBeGreaterThan(1);
		for (const r of drawn) expect(["Today", "Tue", "Wed", "Thu", "Fri"]).toContain(r.day);
		// The heading counts the week's touchpoints.
		expect(heading(view, "This week").querySelector(".tend-plan-count")?.textContent).toBe(String(drawn.length));
	});

	test("its rows open the note, log a touchpoint and snooze, like the due list's", async () => {
		useClock(2026, 11, 30);
		const app = await start(readVault(EXAMPLE_VAULT));
		const view = await openDueList(app);
		await settle();
		const row = Array.from(view.querySelectorAll<HTMLElement>(".tend-plan-row")).find((r) => r.querySelector(".tend-row-name")?.textContent === "Amara Okafor") as HTMLElement;
		expect(row.querySelector(".tend-row-log")?.getAttribute("aria-label")).toBe("Log a touchpoint with Amara Okafor");
		click(row.querySelector(".tend-row-log") as HTMLElement);
		await flush();
		expect(topModal().titleEl.textContent).toContain("Amara Okafor");
		topModal().close();
		click(row.querySelector(".tend-row-snooze") as HTMLElement);
		await flush();
		expect(topModal().titleEl.textContent).toContain("Amara Okafor");
		topModal().close();
		click(row);
		await flush();
		expect(app.workspace.getActiveFile()?.path).toBe("People/Amara Okafor.md");
	});

	test("a note change moves the plan once the vault is quiet, not on every keystroke", async () => {
		useClock(2026, 11, 30);
		const app = await start(readVault(EXAMPLE_VAULT));
		const view = await openDueList(app);
		await settle();
		expect(planRows(view).map((r) => r.name)).not.toContain("Olivia Brown");
		const before = planCount(app);
		const file = app.vault.getFileByPath("Work/Olivia Brown.md");
		// Five edits in a row, as typing does: a promise due on Wednesday appears on its day.
		for (let i = 0; i < 5; i++) {
			await app.vault.process(file as never, (t: string) => (i === 0 ? t.replace(/^---\n/, "---\npromises:\n  - 2026-12-02 Send the draft\n") : `${t}x`));
			await flush(REDRAW);
		}
		// The list shows the change at once; the plan waits for quiet and says it is updating.
		expect(planCount(app)).toBe(before);
		expect(view.querySelector(".tend-plan-week .tend-plan-note")?.textContent).toBe("Updating the plan…");
		await flush(PLAN_DELAY_MS);
		expect(planCount(app)).toBe(before + 1);
		expect(view.querySelector(".tend-plan-week .tend-plan-note")).toBeNull();
		expect(planRows(view).find((r) => r.name === "Olivia Brown")).toEqual({ day: "Wed", name: "Olivia Brown", tier: expect.any(String), reason: expect.stringContaining("Send the draft") });
		expect(planRows(view)).toEqual(expectedWeekWith(app));
	});

	test("a change while the plan waits leaves the week's rows as they are drawn, and only says it is updating", async () => {
		useClock(2026, 11, 30);
		const app = await start(readVault(EXAMPLE_VAULT));
		const view = await openDueList(app);
		await settle();
		const drawn = [...view.querySelectorAll(".tend-plan-week .tend-plan-row")];
		expect(drawn.length).toBeGreaterThan(0);
		const file = app.vault.getFileByPath("Work/Olivia Brown.md");
		for (let i = 0; i < 3; i++) {
			await app.vault.process(file as never, (t: string) => `${t}x`);
			await flush(REDRAW);
		}
		// The same elements: the week was not drawn again for each change.
		expect(drawn.every((el) => el.isConnected)).toBe(true);
		const notes = [...view.querySelectorAll(".tend-plan-week .tend-plan-note")].map((n) => n.textContent);
		expect(notes).toEqual(["Updating the plan…"]);
		expect(view.querySelector(".tend-plan-week .tend-plan-body")?.firstElementChild?.textContent).toBe("Updating the plan…");
		await flush(PLAN_DELAY_MS);
		expect(view.querySelector(".tend-plan-week .tend-plan-note")).toBeNull();
		expect(drawn.some((el) => el.isConnected)).toBe(false);
	});

	/**
	 * Ada, whose last contact is only in her log, and Bo, overdue by his property, on Monday
	 * November 30, the due list open, and every read of a note's text held until `release`.
	 */
	async function startWithReadsHeld(): Promise<{ app: App; view: HTMLElement; release: () => void }> {
		useClock(2026, 11, 30);
		const files = {
			"People/Ada.md": note(["tier: A"], "## Touchpoints\n- 2026-11-27 call — Talked about the launch\n"),
			"People/Bo.md": note(["tier: A", "last_contact: 2026-09-01"]),
		};
		const app = await start(files, { layoutReady: false });
		let release: () => void = () => {};
		const gate = new Promise<void>((resolve) => (release = resolve));
		const read = app.vault.cachedRead.bind(app.vault);
		app.vault.cachedRead = async (file) => {
			await gate;
			return read(file);
		};
		const view = await openDueList(app);
		app.workspace.setLayoutReady();
		return { app, view, release };
	}

	test("the first plan waits until the logs are read, and is made from them", async () => {
		// A plan from the metadata cache alone would plan Ada as new.
		const { app, view, release } = await startWithReadsHeld();
		await flush(PLAN_DELAY_MS);
		await flush(PLAN_DELAY_MS);
		expect(view.querySelector(".tend-due-note")?.textContent).toMatch(/reading notes…$/);
		expect(planCount(app)).toBe(0);
		expect(view.querySelector(".tend-plan-week .tend-plan-note")?.textContent).toBe("Planning once the notes are read…");
		release();
		await settle();
		expect(planCount(app)).toBe(1);
		expect(view.querySelector(".tend-plan-week .tend-plan-note")).toBeNull();
		// Bo is overdue; Ada, contacted three days ago by her log, is not planned this week.
		expect(planRows(view).map((r) => r.name)).toEqual(["Bo"]);
	});

	test("the list is drawn as the reads end, at once, not after the plan or a wait", async () => {
		const { app, view, release } = await startWithReadsHeld();
		await flush(PLAN_DELAY_MS);
		expect(view.querySelector(".tend-due-note")?.textContent).toMatch(/reading notes…$/);
		const index = (dueListLeaf(app).view as unknown as { services: { index: { busy: boolean } } }).services.index;
		release();
		// A millisecond at a time until the reads are done: the list must be current in that same
		// millisecond (a redraw coalesced with others would wait 50 ms, and then for the plan).
		for (let ms = 0; ms < 2000 && index.busy; ms++) await jest.advanceTimersByTimeAsync(1);
		expect(index.busy).toBe(false);
		expect(view.querySelector(".tend-due-note")?.textContent).toBe("Monday, November 30");
		expect(rows(view).map((r) => r.name)).toEqual(["Bo"]);
		await settle();
		expect(planCount(app)).toBe(1);
	});

	test("a week with more touchpoints than WEEK_ROWS draws that many and says how many more", async () => {
		useClock(2026, 11, 30);
		const files: Record<string, string> = {};
		// Late promises are always planned, whatever the week's room.
		for (let i = 0; i < WEEK_ROWS + 7; i++) files[`People/P${String(i).padStart(2, "0")}.md`] = note(["tier: A", "last_contact: 2026-11-25", "promises:", `  - 2026-11-2${i % 9} Send the notes ${i}`]);
		const app = await start(files);
		const view = await openDueList(app);
		await settle();
		const count = Number(view.querySelector(".tend-plan-week .tend-plan-count")?.textContent);
		expect(count).toBeGreaterThan(WEEK_ROWS);
		expect(view.querySelectorAll(".tend-plan-week .tend-plan-row")).toHaveLength(WEEK_ROWS);
		expect(view.querySelector(".tend-plan-week .tend-plan-more")?.textContent).toBe(`And ${count - WEEK_ROWS} more touchpoints this week: the due list below has them all, and tend plan lists the week.`);
	});

	test("at local midnight the week turns over: Sunday's plan becomes Monday's", async () => {
		useClock(2026, 11, 29, 23, 59);
		const app = await start(readVault(EXAMPLE_VAULT));
		const view = await openDueList(app);
		await settle();
		const sunday = planRows(view);
		expect(sunday).toEqual(expectedWeek(fromYmd(2026, 11, 29)));
		expect(view.querySelector(".tend-forecast-table tbody th")?.textContent).toBe("Nov 23");
		await flush(90_000);
		await flush(PLAN_DELAY_MS);
		expect(view.querySelector(".tend-due-note")?.textContent).toBe("Monday, November 30");
		expect(planRows(view)).toEqual(expectedWeek(MONDAY));
		expect(planRows(view)).not.toEqual(sunday);
		expect(view.querySelector(".tend-forecast-table tbody th")?.textContent).toBe("Nov 30");
	});

	test("collapses, is remembered for the vault, and plans nothing while both parts are collapsed", async () => {
		useClock(2026, 11, 30);
		let app = await start(readVault(EXAMPLE_VAULT));
		let view = await openDueList(app);
		await settle();
		click(heading(view, "This week"));
		click(heading(view, "Next 8 weeks"));
		expect(view.querySelectorAll(".tend-plan-row")).toHaveLength(0);
		expect(heading(view, "This week").getAttribute("aria-expanded")).toBe("false");
		const before = planCount(app);
		await app.vault.process(app.vault.getFileByPath("Work/Olivia Brown.md") as never, (t: string) => `${t}More.\n`);
		await flush(REDRAW + PLAN_DELAY_MS);
		expect(planCount(app)).toBe(before);
		stopPlugins();
		app = await start(readVault(EXAMPLE_VAULT));
		view = await openDueList(app);
		await settle();
		expect(heading(view, "This week").getAttribute("aria-expanded")).toBe("false");
		expect(planCount(app)).toBe(0);
		// Expanding plans at once.
		click(heading(view, "This week"));
		expect(planCount(app)).toBe(1);
		expect(planRows(view)).toEqual(expectedWeek(MONDAY));
	});
});

function expectedWeekWith(app: App): PlanRow[] {
	// The plan over the fake vault's current notes, through the core as tend plan reads them.
	const fs = jest.requireActual<typeof import("fs")>("fs");
	const os = jest.requireActual<typeof import("os")>("os");
	const path = jest.requireActual<typeof import("path")>("path");
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tend-plan-view-"));
	try {
		for (const file of app.vault.getMarkdownFiles()) {
			fs.mkdirSync(path.join(dir, path.dirname(file.path)), { recursive: true });
			fs.writeFileSync(path.join(dir, file.path), app.vault.text(file.path) ?? "");
		}
		const vault = loadVault(dir, MONDAY);
		const plan = weeklyPlan(planInputs(vault.contacts, MONDAY, vault.settings), MONDAY, { ...planOptionsOf(vault.settings, { weeks: 1 }), advice: false });
		return (plan.weeks[0]?.touchpoints ?? []).map((t) => ({ day: dayLabel(t.day, MONDAY), name: t.contact.name, tier: t.contact.tier, reason: t.text }));
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

describe("the load forecast", () => {
	test("a stacked bar per week for 8 weeks, by tier, named for screen readers, with the numbers as a table", async () => {
		useClock(2026, 11, 30);
		const app = await start(readVault(EXAMPLE_VAULT));
		const view = await openDueList(app);
		await settle();
		const vault = loadVault(EXAMPLE_VAULT, MONDAY);
		const forecast = loadForecast(planInputs(vault.contacts, MONDAY, vault.settings), MONDAY, 8, vault.settings.tiers.map((t) => t.name));
		const svg = view.querySelector(".tend-forecast-chart svg") as SVGSVGElement;
		expect(svg.getAttribute("role")).toBe("img");
		const total = forecast.reduce((n, w) => n + w.total, 0);
		expect(svg.getAttribute("aria-label")).toMatch(new RegExp(`^Touchpoints falling due per week, by tier, for 8 weeks: ${total} in all`));
		expect(svg.querySelector(":scope > title")?.textContent).toBe(svg.getAttribute("aria-label"));
		const bars = Array.from(svg.querySelectorAll(".tend-chart-stack-bar"));
		expect(bars).toHaveLength(8);
		// Each bar's tooltip gives the week, its total and the split by tier; each part its tier.
		const first = forecast[0];
		expect(bars[0]?.querySelector(":scope > title")?.textContent).toMatch(/^Week of November 30: \d+ touchpoints?/);
		forecast.forEach((w, i) => {
			const parts = Array.from(bars[i]?.querySelectorAll("rect") ?? []);
			expect(parts).toHaveLength(w.tiers.filter((t) => t.count > 0).length);
		});
		expect(first).toBeDefined();
		const rect = svg.querySelector(".tend-chart-stack-0 > title");
		if (rect) expect(rect.textContent).toMatch(/, tier A$/);
		// The text alternative holds the same numbers.
		const table = Array.from(view.querySelectorAll(".tend-forecast-table tbody tr")).map((tr) => Array.from(tr.children).map((c) => c.textContent));
		expect(table).toHaveLength(8);
		expect(table.map((r) => r.slice(1).map(Number))).toEqual(forecast.map((w) => [...w.tiers.map((t) => t.count), w.total]));
		expect(Array.from(view.querySelectorAll(".tend-forecast-key")).map((k) => k.textContent)).toEqual(["A", "B", "C"]);
	});

	test("follows a note change", async () => {
		useClock(2026, 11, 30);
		const app = await start(readVault(EXAMPLE_VAULT));
		const view = await openDueList(app);
		await settle();
		const totals = () => Array.from(view.querySelectorAll(".tend-forecast-table tbody tr")).map((tr) => Number(tr.lastElementChild?.textContent));
		const before = totals();
		await app.vault.create("People/Zoe New.md", note(["tier: A", "last_contact: 2026-11-02"]));
		await flush(REDRAW + PLAN_DELAY_MS);
		// Tier A falls due 4 weeks after the last contact: Zoe on November 30, then December 28.
		const after = totals();
		expect(after[0]).toBe((before[0] ?? 0) + 1);
		expect(after.reduce((a, b) => a + b, 0)).toBeGreaterThan(before.reduce((a, b) => a + b, 0));
	});
});

describe("the header", () => {
	test("says the weekly load the cadences imply against the capacity", async () => {
		useClock(2026, 11, 30);
		const app = await start(readVault(EXAMPLE_VAULT));
		const view = await openDueList(app);
		await settle();
		expect(view.querySelector(".tend-due-load")?.textContent).toBe("Your cadences ask for 2.4 touchpoints a week; you set 10.");
		expect(view.querySelector(".tend-due-load")?.classList.contains("mod-warning")).toBe(false);
		expect(view.querySelectorAll(".tend-due-warning")).toHaveLength(0);
	});

	test("warns when the top tier holds more than topTierCapacity, and when the load is over the capacity", async () => {
		useClock(2026, 11, 30);
		const app = await start(readVault(EXAMPLE_VAULT), { data: { topTierCapacity: 3, weeklyCapacity: 2 } });
		const view = await openDueList(app);
		await settle();
		expect(view.querySelector(".tend-due-load")?.textContent).toBe("Your cadences ask for 2.4 touchpoints a week; you set 2.");
		expect(view.querySelector(".tend-due-load")?.classList.contains("mod-warning")).toBe(true);
		expect(Array.from(view.querySelectorAll(".tend-due-warning")).map((w) => w.textContent)).toEqual([
			expect.stringMatching(/^Tier A holds \d+ contacts, more than the 3 you can keep close: move some to a lower tier\.$/),
			"That is more than your week holds: loosen some cadences, move contacts to a lower tier or raise the weekly capacity.",
		]);
	});

	test("follows a note change: a new top-tier contact raises the load", async () => {
		useClock(2026, 11, 30);
		// Tier A's cadence is 4-6 weeks: a quarter of a touchpoint a week each.
		const app = await start({ "People/Ada.md": note(["tier: A", "last_contact: 2026-11-20"]), "People/Bo.md": note(["tier: A", "last_contact: 2026-11-20"]) });
		const view = await openDueList(app);
		await settle();
		const load = () => view.querySelector(".tend-due-load")?.textContent;
		expect(load()).toBe("Your cadences ask for 0.5 touchpoints a week; you set 10.");
		await app.vault.create("People/Cy.md", note(["tier: A", "last_contact: 2026-11-20"]));
		await app.vault.create("People/Di.md", note(["tier: A", "last_contact: 2026-11-20"]));
		await flush(REDRAW);
		expect(load()).toBe("Your cadences ask for 1 touchpoint a week; you set 10.");
	});
});

describe("the tier filter", () => {
	const vault = () => ({
		"People/Ada.md": note(["tier: A", "last_contact: 2026-10-01"]),
		"People/Bo.md": note(["tier: B", "last_contact: 2026-08-01"]),
		"People/Cy.md": note(["tier: B", "last_contact: 2026-06-01"]),
		"People/Di.md": note(["tier: C", "last_contact: 2026-11-20"]),
	});

	test("lists the settings' tiers with their counts; a tier shows only its contacts, in every section and in This week", async () => {
		useClock(2026, 11, 30);
		const app = await start(vault());
		const view = await openDueList(app);
		await settle();
		expect(filterButtons(view)).toEqual(["All3*", "A1", "B2", "C0"]);
		expect(filterButton(view, "B").getAttribute("aria-label")).toBe("Tier B: 2 contacts due");
		const allRows = rows(view).map((r) => r.name);
		expect(allRows).toEqual(expect.arrayContaining(["Ada", "Bo", "Cy"]));
		expect(planRows(view).map((r) => r.name).sort()).toEqual(["Ada", "Bo", "Cy"]);
		click(filterButton(view, "B"));
		await flush();
		expect(filterButtons(view)).toEqual(["All3", "A1", "B2*", "C0"]);
		expect(rows(view).map((r) => r.name)).toEqual(allRows.filter((n) => n === "Bo" || n === "Cy"));
		expect(rows(view).every((r) => r.tier === "B")).toBe(true);
		expect(sections(view).reduce((n, s) => n + Number(/\((\d+)\)/.exec(s)?.[1]), 0)).toBe(2);
		expect(view.querySelector(".tend-due-title")?.textContent).toBe("2 to get in touch with in tier B");
		expect(planRows(view).map((r) => r.name).sort()).toEqual(["Bo", "Cy"]);
		click(filterButton(view, "All"));
		await flush();
		expect(rows(view).map((r) => r.name)).toEqual(allRows);
	});

	test("next due follows the filter when nobody of the tier is due", async () => {
		useClock(2026, 11, 30);
		const app = await start({ ...vault(), "People/Ed.md": note(["tier: C", "last_contact: 2026-11-25"]) });
		const view = await openDueList(app);
		await settle();
		click(filterButton(view, "C"));
		await flush();
		expect(view.querySelector(".tend-due-title")?.textContent).toBe("Nobody is due in tier C");
		// Tier C falls due 20 weeks on: Di (from November 20) before Ed (from November 25);
		// unfiltered, the next would be someone due now.
		expect(view.querySelector(".tend-due-message-detail")?.textContent).toBe("Next: Di, due April 9.");
	});

	test("the counts and the filtered list follow a note change; the filter is remembered for the vault", async () => {
		useClock(2026, 11, 30);
		let app = await start(vault());
		let view = await openDueList(app);
		await settle();
		click(filterButton(view, "A"));
		await flush();
		await app.vault.create("People/Flo.md", note(["tier: A", "last_contact: 2026-09-01"]));
		await flush(REDRAW);
		expect(filterButtons(view)).toEqual(["All4", "A2*", "B2", "C0"]);
		expect(rows(view).map((r) => r.name).sort()).toEqual(["Ada", "Flo"]);
		stopPlugins();
		app = await start(vault());
		view = await openDueList(app);
		await settle();
		expect(filterButtons(view)).toEqual(["All3", "A1*", "B2", "C0"]);
		expect(rows(view).map((r) => r.name)).toEqual(["Ada"]);
	});

	test("a remembered tier that the settings no longer have shows every tier", async () => {
		useClock(2026, 11, 30);
		window.localStorage.setItem("tend-due-view:Test vault", JSON.stringify({ tier: "Z", collapsed: [] }));
		const app = await start(vault());
		const view = await openDueList(app);
		await settle();
		expect(filterButtons(view)).toEqual(["All3*", "A1", "B2", "C0"]);
		expect(rows(view).map((r) => r.name)).toEqual(expect.arrayContaining(["Ada", "Bo", "Cy"]));
	});
});
