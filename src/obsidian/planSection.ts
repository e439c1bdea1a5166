/**
 * The due list view's "This week" section and its load forecast (issue 12): the contacts the
 * weekly plan (src/core/plan/planner.ts, the same plan as `tend plan`) puts in the current
 * week, each with its suggested day and reason and the due list's row actions (log a
 * touchpoint, snooze), and a small stacked bar chart of the touchpoints falling due in each of
 * the next 8 weeks, by tier (src/core/plan/forecast.ts), with a table as its text alternative
 * (folded under "Show as a table").
 *
 * Cost: the planner plans every tracked contact for 1 + 8 weeks. On the benchmark's vaults it
 * takes tens of milliseconds at 1,000 contacts and about a second at 20,000
 * (scripts/bench-plan.ts), far too much for every change. So the plan is made again only
 * once the vault has been quiet for PLAN_DELAY_MS (a burst of edits or background reads makes
 * one plan, not one each; the first plan waits until the logs are read), only when a part that shows it is expanded (collapsed, nothing is
 * planned; expanding plans at once), and only when something it reads changed: the index's
 * revision, the day or the settings. Until then the last plan stays drawn, marked as being
 * brought up to date.
 *
 * Both parts collapse; the view remembers which (viewState.ts). The tier filter applies to
 * the week's list; the chart always shows every tier (the capacity is shared by all of them).
 */
import type { App } from "obsidian";
import { formatLongDay, toYmd, type Day } from "../core/calendar";
import { loadForecast, type ForecastWeek } from "../core/plan/forecast";
import { planInputs } from "../core/plan/input";
import { planOptionsOf, weeklyPlan, type PlannedTouchpoint, type WeeklyPlan } from "../core/plan/planner";
import { isoWeekday } from "../core/plan/weeks";
import type { TendSettings } from "../core/settings";
import { plural } from "../core/words";
import { openTarget, type TendActions } from "./actions";
import type { Clock } from "./clock";
import type { ContactIndex } from "./contactIndex";
import { stackedBarChart } from "./stackedChart";
import { actionButton } from "./iconButton";

/** Quiet time after the last change before the plan is made again. */
export const PLAN_DELAY_MS = 750;
/**
 * Touchpoints of This week drawn at most (the heading counts them all). A week holds about
 * the weekly room, but late promises are always planned, and a vault of thousands of
 * contacts that fell behind can plan hundreds: drawn in full, the sidebar would be a second
 * due list, and each new plan would cost hundreds of rows.
 */
export const WEEK_ROWS = 40;
/** Weeks in the forecast chart. */
export const FORECAST_WEEKS = 8;

const SHORT_DAYS = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface PlanServices {
	app: App;
	index: ContactIndex;
	clock: Clock;
	settings(): TendSettings;
	actions: TendActions;
}

/** Remembers which parts are collapsed (the view keeps it with its other state). */
export interface Collapsing {
	isCollapsed(id: string): boolean;
	setCollapsed(id: string, collapsed: boolean): void;
}

/** Registers a timer so that it is cleared when the view closes (the view's `register`). */
export type Register = (cleanup: () => void) => void;

interface Made {
	revision: number;
	today: Day;
	settings: TendSettings;
	plan: WeeklyPlan;
	forecast: ForecastWeek[];
}

/** "Thu", or "Today". */
export function dayLabel(day: Day, today: Day): string {
	return day === today ? "Today" : (SHORT_DAYS[isoWeekday(day)] ?? "");
}

function shortDate(day: Day): string {
	const { month, day: dom } = toYmd(day);
	return `${MONTHS[month - 1] ?? ""} ${dom}`;
}

export class PlanSection {
	readonly el: HTMLElement;
	private readonly weekEl: HTMLElement;
	private readonly forecastEl: HTMLElement;
	private made: Made | null = null;
	private timer: number | null = null;
	/** The week's body as drawn last (null when collapsed or not planned yet), and its "Updating" note. */
	private weekBody: HTMLElement | null = null;
	private updatingEl: HTMLElement | null = null;
	private tierIndex = -1;
	/** How many times a plan was made (the tests read it to see that a burst makes one). */
	plans = 0;

	constructor(
		parent: HTMLElement,
		private readonly services: PlanServices,
		private readonly collapsing: Collapsing,
		register: Register,
	) {
		this.el = parent.createDiv({ cls: "tend-plan" });
		this.weekEl = this.el.createDiv({ cls: "tend-plan-part tend-plan-week" });
		this.forecastEl = this.el.createDiv({ cls: "tend-plan-part tend-plan-forecast" });
		register(() => this.cancel());
	}

	/** Something changed (a note, the day, the settings): plan again once it is quiet, if shown. */
	changed(): void {
		this.cancel();
		if (!this.wanted()) {
			this.draw();
			return;
		}
		// The first plan waits for the index's background reads: made from the metadata cache
		// alone, it would miss every last contact that only a note's log records, and at 20,000
		// contacts it would be a task of a quarter second in the middle of start-up, thrown away
		// when the reads end. The index reports a change when they end, which comes back here.
		if (this.made === null && this.services.index.busy) {
			this.draw();
			return;
		}
		// Then the first plan is made at once (well, after this task): there is nothing to show yet.
		this.timer = window.setTimeout(() => {
			this.timer = null;
			this.refresh();
		}, this.made === null ? 0 : PLAN_DELAY_MS);
		if (this.made === null) this.draw();
		else this.markStale();
	}

	/**
	 * Shows whether the plan on screen is behind the vault, without drawing the week again:
	 * the index reports changes several times a second while it reads the notes, and drawing
	 * a week of hundreds of touchpoints each time was most of that reading's cost at 20,000
	 * contacts.
	 */
	private markStale(): void {
		this.showIfContacts();
		this.showUpdating();
	}

	/** The section shows once the index is ready and knows a contact. */
	private showIfContacts(): void {
		const { index } = this.services;
		this.el.toggleClass("is-hidden", !index.ready || (index.list?.size ?? 0) === 0);
	}

	/** The week's "Updating the plan…" note, first in its body, while the plan is behind the vault. */
	private showUpdating(): void {
		const body = this.weekBody;
		if (!body) return;
		const stale = this.stale();
		if (stale && !this.updatingEl) {
			this.updatingEl = body.createDiv({ cls: "tend-plan-note", text: "Updating the plan…" });
			body.prepend(this.updatingEl);
		} else if (!stale && this.updatingEl) {
			this.updatingEl.remove();
			this.updatingEl = null;
		}
	}

	/** Shows one tier's touchpoints (-1: all); redraws from the plan already made. */
	setTier(tierIndex: number): void {
		if (tierIndex === this.tierIndex) return;
		this.tierIndex = tierIndex;
		this.draw();
	}

	/** Plans now if anything it reads changed, then draws. */
	refresh(): void {
		const { index, clock } = this.services;
		const list = index.list;
		if (!index.ready || !list) {
			this.made = null;
			this.draw();
			return;
		}
		const today = clock.today();
		const settings = this.services.settings();
		const made = this.made;
		const fresh = made !== null && made.revision === list.revision && made.today === today && made.settings === settings;
		if (!fresh && this.wanted()) {
			const inputs = planInputs(index.all(), today, settings);
			const plan = weeklyPlan(inputs, today, { ...planOptionsOf(settings, { weeks: 1 }), advice: false });
			const forecast = loadForecast(inputs, today, FORECAST_WEEKS, settings.tiers.map((t) => t.name));
			this.made = { revision: list.revision, today, settings, plan, forecast };
			this.plans++;
		}
		this.draw();
	}

	private cancel(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
	}

	private wanted(): boolean {
		return !this.collapsing.isCollapsed("this-week") || !this.collapsing.isCollapsed("forecast");
	}

	private draw(): void {
		this.showIfContacts();
		this.drawWeek();
		this.drawForecast();
	}

	/** A part's heading: a button that collapses it, with a count beside the title. */
	private heading(el: HTMLElement, id: string, title: string, count: string | null): boolean {
		const collapsed = this.collapsing.isCollapsed(id);
		el.toggleClass("is-collapsed", collapsed);
		const button = el.createEl("button", {
			cls: "tend-plan-heading",
			attr: { type: "button", "aria-expanded": collapsed ? "false" : "true" },
		});
		// The chevron is drawn by styles.css (a text button, not an icon button).
		button.createSpan({ cls: "tend-plan-chevron", attr: { "aria-hidden": "true" } });
		button.createSpan({ cls: "tend-plan-title", text: title });
		if (count !== null) button.createSpan({ cls: "tend-plan-count", text: count });
		button.addEventListener("click", () => {
			this.collapsing.setCollapsed(id, !collapsed);
			if (collapsed) this.refresh();
			else this.draw();
		});
		return !collapsed;
	}

	/** What a part says before the first plan. */
	private planningText(): string {
		return this.services.index.busy ? "Planning once the notes are read…" : "Planning…";
	}

	private stale(): boolean {
		const list = this.services.index.list;
		return this.made !== null && list !== null && (this.made.revision !== list.revision || this.made.today !== this.services.clock.today());
	}

	private drawWeek(): void {
		const el = this.weekEl;
		el.empty();
		this.weekBody = null;
		this.updatingEl = null;
		const made = this.made;
		const shown = made ? made.plan.weeks[0]?.touchpoints.filter((t) => this.tierIndex < 0 || t.contact.tierIndex === this.tierIndex) ?? [] : [];
		const week = made?.plan.weeks[0];
		// Only the count: a week can hold more than its room (late promises are always planned).
		const count = made && week ? String(shown.length) : null;
		if (!this.heading(el, "this-week", "This week", count)) return;
		const body = el.createDiv({ cls: "tend-plan-body" });
		if (!made || !week) {
			body.createDiv({ cls: "tend-plan-note", text: this.planningText() });
			return;
		}
		this.weekBody = body;
		this.showUpdating();
		if (shown.length === 0) {
			body.createDiv({ cls: "tend-plan-empty", text: this.tierIndex < 0 ? "Nothing planned for the rest of this week." : "Nobody of this tier is planned this week." });
		}
		for (const t of shown.slice(0, WEEK_ROWS)) this.drawTouchpoint(body, t, made.today);
		if (shown.length > WEEK_ROWS) {
			body.createDiv({ cls: "tend-plan-more", text: `And ${plural(shown.length - WEEK_ROWS, "more touchpoint")} this week: the due list below has them all, and tend plan lists the week.` });
		}
		const lapses = made.plan.lapses.filter((l) => l.overdueDate < week.start + 7 && (this.tierIndex < 0 || l.contact.tierIndex === this.tierIndex));
		if (lapses.length > 0) {
			body.createDiv({
				cls: "tend-plan-lapses mod-warning",
				text: `${plural(lapses.length, "window")} will lapse this week: the week is full. Run tend plan to see what to change.`,
			});
		}
	}

	private drawTouchpoint(parent: HTMLElement, t: PlannedTouchpoint, today: Day): void {
		const { index, actions } = this.services;
		const el = parent.createDiv({ cls: `tend-plan-row tend-plan-row-${t.kind}`, attr: { "data-path": t.contact.path } });
		el.toggleClass("is-today", t.day === today);
		const main = el.createDiv({ cls: "tend-row-main" });
		const when = `${formatLongDay(t.day)}${t.day === today ? " (today)" : ""}`;
		main.createSpan({ cls: "tend-plan-day", text: dayLabel(t.day, today), attr: { title: when, "aria-label": when } });
		main.createSpan({ cls: "tend-row-name", text: t.contact.name, attr: { title: t.contact.path } });
		if (t.contact.tier !== "") main.createSpan({ cls: "tend-row-tier", text: t.contact.tier, attr: { "aria-label": `Tier ${t.contact.tier}` } });
		const buttons = main.createDiv({ cls: "tend-row-actions" });
		const contact = () => index.get(t.contact.path);
		actionButton(buttons, "pencil-line", `Log a touchpoint with ${t.contact.name}`, "tend-row-log", () => {
			const c = contact();
			if (c) actions.logTouchpoint(c);
		});
		actionButton(buttons, "alarm-clock", `Snooze ${t.contact.name}`, "tend-row-snooze", () => {
			const c = contact();
			if (c) actions.snooze(c);
		});
		el.createDiv({ cls: "tend-plan-reason", text: t.text, attr: { title: t.text } });
		el.addEventListener("click", (evt) => void actions.openNote(t.contact.path, openTarget(evt)));
	}

	private drawForecast(): void {
		const el = this.forecastEl;
		el.empty();
		const made = this.made;
		if (!this.heading(el, "forecast", `Next ${FORECAST_WEEKS} weeks`, null)) return;
		const body = el.createDiv({ cls: "tend-plan-body" });
		if (!made) {
			body.createDiv({ cls: "tend-plan-note", text: this.planningText() });
			return;
		}
		const forecast = made.forecast;
		const series = forecast[0]?.tiers.map((t) => t.tier) ?? [];
		const total = forecast.reduce((n, w) => n + w.total, 0);
		const peak = forecast.reduce((best, w) => (w.total > best.total ? w : best), forecast[0] as ForecastWeek);
		const title = `Touchpoints falling due per week, by tier, for ${FORECAST_WEEKS} weeks: ${total} in all${peak ? `, the most (${peak.total}) in the week of ${formatLongDay(peak.start)}` : ""}`;
		const chart = body.createDiv({ cls: "tend-forecast-chart" });
		stackedBarChart(
			chart,
			forecast.map((w) => ({ label: `Week of ${formatLongDay(w.start)}`, values: w.tiers.map((t) => t.count) })),
			{ title, unit: "touchpoint", series, seriesName: (s) => `tier ${s}` },
		);
		const legend = body.createDiv({ cls: "tend-forecast-legend", attr: { "aria-hidden": "true" } });
		series.forEach((s, k) => {
			const item = legend.createSpan({ cls: "tend-forecast-key" });
			item.createSpan({ cls: `tend-forecast-swatch tend-chart-stack-${k % 8}` });
			item.createSpan({ text: s });
		});
		const capacity = made.plan.capacity;
		body.createDiv({ cls: "tend-forecast-note", text: `As the cadences stand, before the plan levels them; you can give ${capacity} a week.` });
		// The text alternative: the same numbers as a table, folded away until asked for (a
		// closed <details> is still found by screen readers, and takes no room).
		const details = body.createEl("details", { cls: "tend-forecast-details" });
		details.createEl("summary", { text: "Show as a table" });
		const table = details.createEl("table", { cls: "tend-forecast-table" });
		table.createEl("caption", { text: title });
		const head = table.createEl("thead").createEl("tr");
		head.createEl("th", { text: "Week of", attr: { scope: "col" } });
		for (const s of series) head.createEl("th", { text: `Tier ${s}`, attr: { scope: "col" } });
		head.createEl("th", { text: "Total", attr: { scope: "col" } });
		const rowsEl = table.createEl("tbody");
		for (const w of forecast) {
			const tr = rowsEl.createEl("tr");
			tr.createEl("th", { text: shortDate(w.start), attr: { scope: "row" } });
			for (const t of w.tiers) tr.createEl("td", { text: String(t.count) });
			tr.createEl("td", { text: String(w.total) });
		}
	}
}
