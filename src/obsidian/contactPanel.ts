/**
 * The contact panel: a brief before a conversation (src/core/insights/brief.ts) beside the
 * note. It follows the active note when that note is a contact; a note that is not a contact
 * (a meeting note, a daily note) leaves the last contact shown, so one can write about them
 * with their brief in view. "Prepare for a conversation" opens it on a picked contact.
 *
 * The log is read on demand (the vault's `cachedRead`, then the core's `readLog`) each time the
 * panel draws, never kept in the index. It draws again when the contact changes (the index's
 * `changed`, which follows every write), at local midnight, and when the active note changes.
 * Text from notes goes in through `setText`/`createEl` only (no markup).
 */
import { ItemView, type TFile, type WorkspaceLeaf } from "obsidian";
import type { Day } from "../core/calendar";
import { weekLabel } from "../core/insights/activity";
import { brief, type Brief } from "../core/insights/brief";
import { comingDateLine, entryLine, giveTakeLines, promiseLine, statusLine } from "../core/insights/briefText";
import { followThroughText } from "../core/insights/followThrough";
import { openTarget, type TendActions } from "./actions";
import { heatmap } from "./charts";
import type { DueListServices } from "./dueListView";
import { readProfile } from "./profiles";

export const VIEW_TYPE_CONTACT_PANEL = "tend-contact-panel";

/** Redraws of one burst of changes (a write fires a modify and an index change) become one. */
const REFRESH_DELAY_MS = 50;

export type ContactPanelServices = Pick<DueListServices, "index" | "clock" | "settings"> & { actions: TendActions };

export class ContactPanelView extends ItemView {
	private path: string | null = null;
	private refreshTimer: number | null = null;
	/** Each draw's number: a draw whose read finishes after a newer one started is dropped. */
	private drawn = 0;
	/** Resolves when the latest draw is on screen (for the commands and the tests). */
	ready: Promise<void> = Promise.resolve();

	constructor(
		leaf: WorkspaceLeaf,
		private readonly services: ContactPanelServices,
	) {
		super(leaf);
		this.icon = "contact";
	}

	getViewType(): string {
		return VIEW_TYPE_CONTACT_PANEL;
	}

	getDisplayText(): string {
		return "Contact panel";
	}

	/** The contact note shown, or null. */
	get shownPath(): string | null {
		return this.path;
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass("tend-contact-panel");
		const { workspace, vault } = this.app;
		this.registerEvent(workspace.on("file-open", () => this.follow()));
		this.registerEvent(workspace.on("active-leaf-change", () => this.follow()));
		this.registerEvent(this.services.index.on("changed", () => this.scheduleRefresh()));
		this.registerEvent(this.services.clock.onDayChanged(() => this.scheduleRefresh()));
		this.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (oldPath === this.path) {
					this.path = file.path;
					this.scheduleRefresh();
				}
			}),
		);
		this.register(() => {
			if (this.refreshTimer !== null) window.clearTimeout(this.refreshTimer);
		});
		this.path = null;
		this.follow(true);
		if (this.path === null) void this.draw();
	}

	override async onClose(): Promise<void> {
		this.drawn++;
		this.contentEl.empty();
	}

	/** Shows a contact (Prepare for a conversation). */
	show(path: string): Promise<void> {
		this.path = path;
		return this.draw();
	}

	/** Moves to the active note when it is a contact note. */
	private follow(force = false): void {
		const file: TFile | null = this.app.workspace.getActiveFile();
		if (!file || !this.services.index.get(file.path)) return;
		if (!force && file.path === this.path) return;
		void this.show(file.path);
	}

	private scheduleRefresh(): void {
		if (this.refreshTimer !== null) return;
		this.refreshTimer = window.setTimeout(() => {
			this.refreshTimer = null;
			void this.draw();
		}, REFRESH_DELAY_MS);
	}

	/** Reads the shown contact's note and draws its brief. */
	draw(): Promise<void> {
		const token = ++this.drawn;
		const run = async () => {
			const { index, clock, settings } = this.services;
			const contact = this.path === null ? undefined : index.get(this.path);
			if (!contact) {
				if (token === this.drawn) this.drawEmpty();
				return;
			}
			const today = clock.today();
			const profile = await readProfile(this.app, contact, settings(), today);
			if (token !== this.drawn) return;
			if (!profile) {
				this.drawEmpty(`Tend could not read ${contact.path}.`);
				return;
			}
			this.drawBrief(brief(profile, today, settings()), today);
		};
		this.ready = run();
		return this.ready;
	}

	private drawEmpty(message = "Open a contact note, or run “Prepare for a conversation”, to see a brief here."): void {
		const el = this.contentEl;
		el.empty();
		el.createDiv({ cls: "tend-contact-panel-empty", text: message });
	}

	private section(parent: HTMLElement, title: string, cls: string): HTMLElement {
		const s = parent.createDiv({ cls: `tend-contact-panel-section ${cls}` });
		s.createEl("h5", { cls: "tend-contact-panel-heading", text: title });
		return s;
	}

	private list(parent: HTMLElement, lines: readonly string[], none: string): void {
		if (lines.length === 0) {
			parent.createDiv({ cls: "tend-contact-panel-none", text: none });
			return;
		}
		const ul = parent.createEl("ul", { cls: "tend-contact-panel-list" });
		for (const line of lines) ul.createEl("li", { text: line });
	}

	private drawBrief(b: Brief, today: Day): void {
		const el = this.contentEl;
		el.empty();
		const c = b.contact;
		const head = el.createDiv({ cls: "tend-contact-panel-header" });
		const name = head.createEl("a", { cls: "tend-contact-panel-name", text: c.name, attr: { href: "#", "aria-label": `Open ${c.path}` } });
		name.addEventListener("click", (evt) => {
			evt.preventDefault();
			void this.services.actions.openNote(c.path, openTarget(evt));
		});
		head.createDiv({ cls: "tend-contact-panel-status", text: statusLine(b, today) });

		const why = this.section(el, "Why now", "tend-contact-panel-why");
		this.list(
			why,
			b.reasons.map((r) => r.text),
			"Nothing pressing.",
		);

		const next = this.section(el, "Suggested touchpoint", "tend-contact-panel-suggestion");
		next.createDiv({ cls: "tend-contact-panel-suggestion-text", text: b.suggestion.text });
		const log = next.createEl("button", { cls: "tend-contact-panel-log", text: "Log a touchpoint", attr: { type: "button" } });
		log.addEventListener("click", () => this.services.actions.logTouchpoint(c));

		const ask = this.section(el, "Ask them", "tend-contact-panel-question");
		ask.createDiv({ cls: "tend-contact-panel-question-text", text: b.question.text });

		this.list(this.section(el, "Last touchpoints", "tend-contact-panel-entries"), b.lastEntries.map(entryLine), "None logged yet.");
		this.list(
			this.section(el, "Open promises", "tend-contact-panel-promises"),
			b.promises.map((p) => promiseLine(p, today)),
			"None.",
		);
		const about: string[] = [];
		if (c.interests.length > 0) about.push(`Interests: ${c.interests.join("; ")}`);
		if (c.goals.length > 0) about.push(`Goals: ${c.goals.join("; ")}`);
		if (c.offers.length > 0) about.push(`Offers: ${c.offers.join("; ")}`);
		this.list(this.section(el, "Interests and goals", "tend-contact-panel-about"), about, "None written down yet: add interests, goals and offers to the note.");
		this.list(
			this.section(el, "Coming dates", "tend-contact-panel-dates"),
			b.comingDates.map((d) => comingDateLine(d, today)),
			"None known.",
		);
		this.list(this.section(el, "Give and take, last 12 months", "tend-contact-panel-give-take"), giveTakeLines(b.giveTake), "");
		this.section(el, "Follow-through", "tend-contact-panel-follow-through").createDiv({ text: `Promises: ${followThroughText(b.followThrough)}.` });

		const activity = this.section(el, "Touchpoints, last 12 months", "tend-contact-panel-activity");
		const total = b.heatmap.reduce((n, w) => n + w.count, 0);
		heatmap(
			activity,
			b.heatmap.map((w) => ({ label: weekLabel(w), value: w.count })),
			{ title: `Touchpoints a week with ${c.name} over the last 12 months: ${total} in all`, unit: "touchpoint", columns: 26, cls: "tend-contact-panel-heatmap" },
		);
	}
}
