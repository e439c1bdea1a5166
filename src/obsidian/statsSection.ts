/**
 * The due list view's "Network stats" part: the same figures as "Show network stats" and
 * `tend stats` (src/core/insights/stats.ts, drawn by statsModal.ts's drawStats), folded under
 * the plan. The stats need every contact's whole log, which the index does not keep (it keeps
 * a digest), so they are read from the notes on demand: the part starts folded, reads only
 * while it is open, and after a change reads again once the vault has been quiet a while.
 */
import { stats, type Stats } from "../core/insights/stats";
import type { Collapsing, PlanServices, Register } from "./planSection";
import { readProfiles } from "./profiles";
import { drawStats } from "./statsModal";

/** After a change, the stats are read again once no note has changed for this long. */
export const STATS_DELAY_MS = 2000;
/** The view's state remembers the part as open (it is folded unless the user opened it). */
export const STATS_OPEN = "stats-open";

export class StatsSection {
	readonly el: HTMLElement;
	private stats: Stats | null = null;
	private stale = true;
	private timer: number | null = null;
	private reading = 0;
	/** How many times every note was read for the stats (the tests read it). */
	reads = 0;

	constructor(
		parent: HTMLElement,
		private readonly services: Omit<PlanServices, "actions">,
		private readonly collapsing: Collapsing,
		register: Register,
	) {
		this.el = parent.createDiv({ cls: "tend-plan tend-stats-part" });
		register(() => this.cancel());
		register(() => this.reading++);
	}

	private open(): boolean {
		return this.collapsing.isCollapsed(STATS_OPEN);
	}

	/** A note, the day or the settings changed: read again when quiet, if open. */
	changed(): void {
		this.stale = true;
		this.cancel();
		if (this.open() && this.services.index.ready) {
			this.timer = window.setTimeout(() => {
				this.timer = null;
				void this.read();
			}, this.stats === null ? 0 : STATS_DELAY_MS);
		}
		this.draw();
	}

	private cancel(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
	}

	private async read(): Promise<void> {
		const { app, index, clock } = this.services;
		if (!index.ready) return;
		const token = ++this.reading;
		const today = clock.today();
		const settings = this.services.settings();
		const profiles = await readProfiles(app, index.all(), settings, today);
		// Closed, or a newer read started, while this one was reading: drop it.
		if (token !== this.reading) return;
		this.reads++;
		this.stats = stats(profiles, today, settings);
		this.stale = false;
		this.draw();
	}

	draw(): void {
		const el = this.el;
		el.empty();
		const { index } = this.services;
		el.toggleClass("is-hidden", !index.ready || (index.list?.size ?? 0) === 0);
		const open = this.open();
		el.toggleClass("is-collapsed", !open);
		const button = el.createEl("button", { cls: "tend-plan-heading", attr: { type: "button", "aria-expanded": open ? "true" : "false" } });
		button.createSpan({ cls: "tend-plan-chevron", attr: { "aria-hidden": "true" } });
		button.createSpan({ cls: "tend-plan-title", text: "Network stats" });
		button.addEventListener("click", () => {
			this.collapsing.setCollapsed(STATS_OPEN, !open);
			if (!open) this.changed();
			else {
				this.cancel();
				this.draw();
			}
		});
		if (!open) return;
		const body = el.createDiv({ cls: "tend-plan-body tend-contact-panel tend-stats" });
		if (this.stats === null) {
			body.createDiv({ cls: "tend-plan-note", text: "Reading the notes…" });
			return;
		}
		if (this.stale) body.createDiv({ cls: "tend-plan-note", text: "Updating…" });
		drawStats(body, this.stats);
	}
}
