/**
 * @jest-environment jsdom
 *
 * The practices in the plugin (src/obsidian/practices.ts, contactPanel.ts, statsModal.ts), run
 * through the built main.js on the fake Obsidian: the contact panel follows the active contact
 * and draws again when its note changes; "Who would value this note?", "Suggest introductions"
 * and "Log a touchpoint with several contacts" write one entry in each picked note as ONE undo
 * step, and nothing when cancelled; the log form shows the gentle note for an ask; the stats.
 */
import { App, notices, openModals } from "./fakeObsidian";
import { button, choose, click, field, flush, note, setField, setValue, settle, startPlugin, stopPlugins, topModal, useClock, type Running } from "./harness";

const ADA = "People/Ada.md";
const BEN = "People/Ben.md";
const CHEN = "People/Chen.md";
const ARTICLE = "Reading/EU AI Act.md";

const ada = note(
	["tier: A", "last_contact: 2026-10-01", "interests:", "  - EU regulation", "goals:", "  - Hire a Rust engineer", "promises:", "  - 2026-12-10 Send the deck"],
	"## Touchpoints\n- 2026-10-01 call — Talked about the Germany launch (1.5h)\n- 2026-09-01 ask — Asked for a reference\n- 2026-08-01 ask — Asked for an intro\n",
);
const ben = note(["tier: B", "last_contact: 2026-09-01", "offers:", "  - Rust mentoring and hiring advice", "interests:", "  - AI safety"], "## Touchpoints\n- 2026-09-01 share — Sent the paper\n");
const chen = note(["tier: C", "last_contact: 2026-08-01"], "## Touchpoints\n- 2026-08-01 meeting — Panel\n");
const article = note(["topics:", "  - regulation", "tags: [ai]"], "What the act says.\n");

const FILES = { [ADA]: ada, [BEN]: ben, [CHEN]: chen, [ARTICLE]: article };

afterEach(() => {
	stopPlugins();
	jest.useRealTimers();
});

async function start(files: Record<string, string> = FILES): Promise<Running> {
	useClock(2026, 11, 27);
	const running = await startPlugin(files);
	await settle();
	return running;
}

function run(app: App, id: string): void {
	expect(app.executeCommandById(`tend:${id}`)).toBe(true);
}

async function open(app: App, path: string): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path}`);
	await app.workspace.getLeaf(false).openFile(file);
	await settle();
}

function text(app: App, path: string): string {
	return app.vault.text(path) ?? "";
}

function panelEl(app: App): HTMLElement {
	const leaf = app.workspace.getLeavesOfType("tend-contact-panel")[0];
	if (!leaf) throw new Error("the contact panel is not open");
	return (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
}

function panelName(app: App): string {
	return panelEl(app).querySelector(".tend-contact-panel-name")?.textContent ?? "";
}

function sectionText(el: HTMLElement, cls: string): string {
	return el.querySelector(`.${cls}`)?.textContent ?? "";
}

/** The pick-many modal's rows: label and detail. */
function pickRows(): string[] {
	return Array.from(topModal().contentEl.querySelectorAll(".tend-pick-item")).map((r) => `${r.querySelector(".tend-pick-label")?.textContent} | ${r.querySelector(".tend-pick-detail")?.textContent ?? ""}`);
}

function check(label: string): void {
	const row = Array.from(topModal().contentEl.querySelectorAll(".tend-pick-item")).find((r) => r.querySelector(".tend-pick-label")?.textContent === label);
	const box = row?.querySelector<HTMLInputElement>("input[type=checkbox]");
	if (!box) throw new Error(`no row ${label}: ${pickRows().join("; ")}`);
	box.checked = !box.checked;
	box.dispatchEvent(new Event("change", { bubbles: true }));
}

describe("the contact panel", () => {
	test("opens on the active contact with its brief, and follows the active note when it is a contact", async () => {
		const { app } = await start();
		await open(app, ADA);
		run(app, "open-contact-panel");
		await settle();
		const el = panelEl(app);
		expect(panelName(app)).toBe("Ada");
		expect(sectionText(el, "tend-contact-panel-status")).toMatch(/^Tier A .* · last contact 2026-10-01/);
		expect(sectionText(el, "tend-contact-panel-entries")).toContain("2026-10-01 call — Talked about the Germany launch (1.5h)");
		expect(sectionText(el, "tend-contact-panel-promises")).toContain("2026-12-10 Send the deck");
		expect(sectionText(el, "tend-contact-panel-about")).toContain("Goals: Hire a Rust engineer");
		expect(sectionText(el, "tend-contact-panel-give-take")).toContain("0 given, 2 asked, 1 neutral; balance -2.");
		expect(sectionText(el, "tend-contact-panel-give-take")).toContain("Time: 0 h given, of 1.5 h recorded.");
		expect(sectionText(el, "tend-contact-panel-follow-through")).toMatch(/^Follow-throughPromises: /);
		expect(sectionText(el, "tend-contact-panel-question")).not.toBe("Ask them");
		expect(sectionText(el, "tend-contact-panel-suggestion").length).toBeGreaterThan("Suggested touchpoint".length + 10);
		// The heatmap: 52 weeks, one with the call of October 1 and the asks before it.
		const cells = el.querySelectorAll(".tend-contact-panel-heatmap .tend-heat-cell");
		expect(cells).toHaveLength(52);
		expect(el.querySelectorAll(".tend-contact-panel-heatmap .tend-heat-cell:not(.tend-heat-0)")).toHaveLength(3);

		await open(app, BEN);
		expect(panelName(app)).toBe("Ben");
		// A note that is not a contact leaves the last contact shown.
		await open(app, ARTICLE);
		expect(panelName(app)).toBe("Ben");
	});

	test("draws again when the shown contact's note changes", async () => {
		const { app } = await start();
		await open(app, ADA);
		run(app, "open-contact-panel");
		await settle();
		expect(sectionText(panelEl(app), "tend-contact-panel-entries")).not.toContain("Coffee");
		await app.vault.process(app.vault.getFileByPath(ADA)!, (t) => t.replace("## Touchpoints\n", "## Touchpoints\n- 2026-11-26 coffee — Coffee in town\n"));
		await settle();
		expect(sectionText(panelEl(app), "tend-contact-panel-entries")).toContain("2026-11-26 coffee — Coffee in town");
	});

	test("a read that comes back late never draws over the contact shown since", async () => {
		const { app } = await start();
		await open(app, CHEN);
		run(app, "open-contact-panel");
		await settle();
		// The panel is asked for Ada, then for Ben, while each read is held (as "Prepare for a
		// conversation" does; opening a note in the fake reads it too, which a held read would stop).
		const panel = app.workspace.getLeavesOfType("tend-contact-panel")[0]?.view as unknown as { show(path: string): Promise<void> };
		const releaseAda = app.vault.holdReads();
		void panel.show(ADA);
		await flush();
		const releaseBen = app.vault.holdReads();
		void panel.show(BEN);
		await flush();
		releaseBen();
		await settle();
		expect(panelName(app)).toBe("Ben");
		releaseAda();
		await settle();
		expect(panelName(app)).toBe("Ben");
		expect(sectionText(panelEl(app), "tend-contact-panel-entries")).toContain("Sent the paper");
	});

	test("Prepare for a conversation opens it on the contact picked", async () => {
		const { app } = await start();
		await open(app, ARTICLE);
		run(app, "prepare-conversation");
		await flush();
		await choose("Chen", "Chen");
		await settle();
		expect(panelName(app)).toBe("Chen");
		expect(sectionText(panelEl(app), "tend-contact-panel-entries")).toContain("2026-08-01 meeting — Panel");
	});
});

describe("Who would value this note?", () => {
	test("lists the matching contacts with the words, and logs a share linking the note in each picked, as one undo step", async () => {
		const { app } = await start();
		await open(app, ARTICLE);
		run(app, "who-would-value-this-note");
		await settle();
		expect(pickRows()).toEqual(["Ada | eu, regulation · tier A", "Ben | ai · tier B"]);
		expect(button(topModal().contentEl, "Log share").disabled).toBe(true);
		check("Ada");
		check("Ben");
		click(button(topModal().contentEl, "Log share with 2 contacts"));
		await settle();
		expect(text(app, ADA)).toContain("## Touchpoints\n- 2026-11-27 share — Shared [[EU AI Act]]\n");
		expect(text(app, BEN)).toContain("## Touchpoints\n- 2026-11-27 share — Shared [[EU AI Act]]\n");
		expect(text(app, CHEN)).toBe(chen);
		expect(text(app, ARTICLE)).toBe(article);
		run(app, "undo-last-change");
		await settle();
		expect(text(app, ADA)).toBe(ada);
		expect(text(app, BEN)).toBe(ben);
	});

	test("writes nothing when cancelled", async () => {
		const { app } = await start();
		await open(app, ARTICLE);
		run(app, "who-would-value-this-note");
		await settle();
		check("Ada");
		click(button(topModal().contentEl, "Cancel"));
		await settle();
		expect(openModals).toHaveLength(0);
		expect(text(app, ADA)).toBe(ada);
		expect(text(app, BEN)).toBe(ben);
	});

	test("says so when nobody matches", async () => {
		const { app } = await start({ ...FILES, "Reading/Gardening.md": note(["tags: [roses]"], "") });
		await open(app, "Reading/Gardening.md");
		run(app, "who-would-value-this-note");
		await settle();
		expect(openModals).toHaveLength(0);
		expect(notices.at(-1)).toMatch(/nobody's interests, goals, offers, tags, company or location mention gardening, roses/);
	});
});

describe("Suggest introductions", () => {
	test("lists the pair with its words, and logs an intro in both notes linking the other, as one undo step; then it is not suggested again", async () => {
		const { app } = await start();
		run(app, "suggest-introductions");
		await settle();
		await choose("Ada", "Ada and Ben");
		await settle();
		expect(text(app, ADA)).toMatch(/## Touchpoints\n- 2026-11-27 intro — Introduced to \[\[Ben\]\]: rust\n/);
		expect(text(app, BEN)).toMatch(/## Touchpoints\n- 2026-11-27 intro — Introduced to \[\[Ada\]\]: rust\n/);
		expect(text(app, CHEN)).toBe(chen);

		run(app, "suggest-introductions");
		await settle();
		expect(openModals).toHaveLength(0);
		expect(notices.at(-1)).toMatch(/no introductions to suggest/);

		run(app, "undo-last-change");
		await settle();
		expect(text(app, ADA)).toBe(ada);
		expect(text(app, BEN)).toBe(ben);
	});

	test("writes nothing when the picker is closed", async () => {
		const { app } = await start();
		run(app, "suggest-introductions");
		await settle();
		topModal().close();
		await settle();
		expect(text(app, ADA)).toBe(ada);
		expect(text(app, BEN)).toBe(ben);
	});
});

describe("Log a touchpoint with several contacts", () => {
	async function logFor(app: App, names: string[], kind: string, summary: string): Promise<void> {
		run(app, "log-touchpoint-several");
		await flush();
		for (const n of names) check(n);
		click(button(topModal().contentEl, `Next: ${names.length} contacts`));
		await flush();
		const form = topModal().contentEl;
		setValue(field(form, "Kind"), kind);
		setField(form, "Summary", summary);
		await flush();
	}

	test("one form, one entry in each note, one undo step", async () => {
		const { app } = await start();
		await logFor(app, ["Ada", "Chen"], "meeting", "Group lunch");
		expect(topModal().titleEl.textContent).toBe("Log a touchpoint with Ada and Chen");
		click(button(topModal().contentEl, "Log touchpoint"));
		await settle();
		expect(text(app, ADA)).toContain("## Touchpoints\n- 2026-11-27 meeting — Group lunch\n");
		expect(text(app, CHEN)).toContain("## Touchpoints\n- 2026-11-27 meeting — Group lunch\n");
		expect(text(app, BEN)).toBe(ben);
		expect(notices.at(-1)).toBe("Logged meeting with Ada and Chen on 2026-11-27.");
		run(app, "undo-last-change");
		await settle();
		expect(text(app, ADA)).toBe(ada);
		expect(text(app, CHEN)).toBe(chen);
	});

	test("writes nothing when one note would refuse the entry, and says which", async () => {
		// Frontmatter that does not parse: the note is listed (so the user can find it) but Tend will not write it.
		const broken = "---\ntier: A\nlast_contact: [unclosed\n---\n## Touchpoints\n";
		const { app } = await start({ ...FILES, "People/Dee.md": broken });
		await logFor(app, ["Ada", "Dee"], "meeting", "Group lunch");
		click(button(topModal().contentEl, "Log touchpoint"));
		await settle();
		expect(topModal().contentEl.querySelector(".tend-form-error")?.textContent).toMatch(/^People\/Dee\.md, line \d+: .*; no note was written\.$/);
		expect(text(app, ADA)).toBe(ada);
		expect(text(app, "People/Dee.md")).toBe(broken);
	});

	test("writes nothing when cancelled", async () => {
		const { app } = await start();
		await logFor(app, ["Ada", "Ben"], "meeting", "Group lunch");
		click(button(topModal().contentEl, "Cancel"));
		await settle();
		expect(text(app, ADA)).toBe(ada);
		expect(text(app, BEN)).toBe(ben);
	});

	test("an ask shows the gentle note for each contact whose balance is negative", async () => {
		const { app } = await start();
		await logFor(app, ["Ada", "Ben"], "ask", "Asked about the round");
		const modal = topModal() as unknown as { askNoteShown: Promise<void>; contentEl: HTMLElement };
		await modal.askNoteShown;
		expect(modal.contentEl.querySelector(".tend-ask-note")?.textContent).toBe("You have asked Ada twice and not given anything yet; offer something before the next ask.");
		setValue(field(modal.contentEl, "Kind"), "meeting");
		await modal.askNoteShown;
		expect(modal.contentEl.querySelector(".tend-ask-note")?.textContent).toBe("");
	});
});

describe("the single log form", () => {
	test("shows the gentle note for an ask when the balance is negative, and not for a give", async () => {
		const { app } = await start();
		await open(app, ADA);
		run(app, "log-touchpoint");
		await flush();
		const modal = topModal() as unknown as { askNoteShown: Promise<void>; contentEl: HTMLElement };
		setValue(field(modal.contentEl, "Kind"), "ask");
		await modal.askNoteShown;
		expect(modal.contentEl.querySelector(".tend-ask-note")?.textContent).toBe("You have asked Ada twice and not given anything yet; offer something before the next ask.");
		setValue(field(modal.contentEl, "Kind"), "share");
		await modal.askNoteShown;
		expect(modal.contentEl.querySelector(".tend-ask-note")?.textContent).toBe("");
	});
});

describe("Show network stats", () => {
	test("shows the tiers, the capacity, give and take, follow-through, drifting and the 26-week chart", async () => {
		const { app } = await start();
		run(app, "show-network-stats");
		await settle();
		const el = topModal().contentEl;
		expect(topModal().titleEl.textContent).toBe("Network stats");
		expect(sectionText(el, "tend-stats-tiers")).toMatch(/^Contacts: 3 \(3 tracked\)Tier A: 1 contact, /);
		expect(sectionText(el, "tend-stats-top-tier")).toBe("Tier A: 1 of 15 you can keep close.");
		expect(sectionText(el, "tend-stats-load")).toMatch(/^Weekly load: .* touchpoints a week from your cadences, against a capacity of \d+\.$/);
		expect(el.querySelectorAll(".tend-stats-warning")).toHaveLength(0);
		expect(sectionText(el, "tend-stats-give-take")).toContain("1 given, 2 asked, 2 neutral: 0.5 given per ask");
		expect(sectionText(el, "tend-stats-give-take")).toContain("Asked more than given: Ada (-2)");
		expect(el.querySelectorAll(".tend-stats-chart .tend-chart-bar")).toHaveLength(26);
	});

	test("warns when tier A holds more than topTierCapacity", async () => {
		useClock(2026, 11, 27);
		const files: Record<string, string> = {};
		for (let i = 0; i < 3; i++) files[`People/P${i}.md`] = note(["tier: A", "last_contact: 2026-11-01"]);
		const { app } = await startPlugin(files, { data: { topTierCapacity: 2 } });
		await settle();
		run(app, "show-network-stats");
		await settle();
		const warnings = Array.from(topModal().contentEl.querySelectorAll(".tend-stats-warning")).map((w) => w.textContent);
		expect(warnings[0]).toMatch(/^Tier A holds 3 contacts, more than the 2 you can keep close \(topTierCapacity\)/);
	});
});
