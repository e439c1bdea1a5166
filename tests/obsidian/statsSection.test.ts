/**
 * @jest-environment jsdom
 *
 * The due list view's "Network stats" part (src/obsidian/statsSection.ts): folded at first,
 * reading no note until it is opened; once open, the figures `tend stats` gives on the same
 * vault; after a burst of edits, one more read once the vault is quiet; folded again, no read.
 */
import { formatDay, fromYmd } from "../../src/core/calendar";
import { stats } from "../../src/core/insights/stats";
import { loadProfiles } from "../../src/cli/profiles";
import { STATS_DELAY_MS } from "../../src/obsidian/statsSection";
import { type App } from "./fakeObsidian";
import { dueListLeaf, EXAMPLE_VAULT, flush, openDueList, readVault, settle, startPlugin, stopPlugins, useClock } from "./harness";

afterEach(() => {
	stopPlugins();
	jest.useRealTimers();
	window.localStorage.clear();
});

const TODAY = fromYmd(2026, 11, 27);

function heading(view: HTMLElement): HTMLElement {
	const h = Array.from(view.querySelectorAll<HTMLElement>(".tend-plan-heading")).find((b) => b.querySelector(".tend-plan-title")?.textContent === "Network stats");
	if (!h) throw new Error("no Network stats heading");
	return h;
}

function reads(app: App): number {
	return (dueListLeaf(app).view as unknown as { statsSection: { reads: number } }).statsSection.reads;
}

const text = (view: HTMLElement, cls: string) => view.querySelector(`.tend-stats-part .${cls}`)?.textContent ?? null;

test("folded at first: no note is read for it", async () => {
	useClock(2026, 11, 27);
	const app = (await startPlugin(readVault(EXAMPLE_VAULT))).app;
	const view = await openDueList(app);
	await settle();
	expect(heading(view).getAttribute("aria-expanded")).toBe("false");
	expect(view.querySelector(".tend-stats-part .tend-stats-tiers")).toBeNull();
	expect(reads(app)).toBe(0);
});

test("opened, it shows what tend stats says of the same vault, and folds again without reading", async () => {
	useClock(2026, 11, 27);
	const app = (await startPlugin(readVault(EXAMPLE_VAULT))).app;
	const view = await openDueList(app);
	await settle();
	heading(view).click();
	await settle();
	expect(heading(view).getAttribute("aria-expanded")).toBe("true");
	expect(reads(app)).toBe(1);
	const { vault, profiles } = loadProfiles(EXAMPLE_VAULT, TODAY);
	const cli = stats(profiles, TODAY, vault.settings);
	expect(formatDay(TODAY)).toBe("2026-11-27");
	expect(text(view, "tend-stats-tiers h5")).toBe(`Contacts: ${cli.contacts} (${cli.tracked} tracked${cli.untracked > 0 ? `, ${cli.untracked} not tracked` : ""})`);
	expect(text(view, "tend-stats-drifting h5")).toBe(`Drifting from their usual rhythm (${cli.drifting.length})`);
	expect(view.querySelectorAll(".tend-stats-part .tend-stats-tiers li")).toHaveLength(cli.tiers.length);

	// A burst of edits: the list follows at once, the stats read every note once, when quiet.
	const file = app.vault.getFileByPath("People/Ben Carter.md");
	if (!file) throw new Error("no note");
	for (let i = 0; i < 4; i++) {
		await app.vault.process(file, (t) => `${t}\n`);
		await flush(100);
	}
	expect(reads(app)).toBe(1);
	expect(view.querySelector(".tend-stats-part .tend-plan-note")?.textContent).toBe("Updating…");
	await flush(STATS_DELAY_MS);
	await settle();
	expect(reads(app)).toBe(2);
	expect(view.querySelector(".tend-stats-part .tend-plan-note")).toBeNull();

	// Folded: a change reads nothing, and the part is remembered folded.
	heading(view).click();
	await app.vault.process(file, (t) => `${t}\n`);
	await flush(STATS_DELAY_MS);
	await settle();
	expect(reads(app)).toBe(2);
	expect(heading(view).getAttribute("aria-expanded")).toBe("false");
});
