/**
 * "Show network stats": the network at a glance (src/core/insights/stats.ts), in the words of
 * `tend stats`: contacts per tier and the share on cadence, the top tier against
 * `topTierCapacity` and the weekly load against `weeklyCapacity` (with the warnings when
 * either is passed), give and take, follow-through, who is drifting from their usual rhythm,
 * and touchpoints a week over the last 26 weeks as a bar chart.
 */
import { Modal, type App } from "obsidian";
import type { Day } from "../core/calendar";
import { weekLabel } from "../core/insights/activity";
import { loadText } from "../core/insights/capacityNotes";
import { driftText } from "../core/insights/drifting";
import { followThroughLines, percent } from "../core/insights/followThrough";
import { countsText, hoursText, ratioText } from "../core/insights/giveTake";
import type { Profile } from "../core/insights/profile";
import { stats, type Stats } from "../core/insights/stats";
import type { TendSettings } from "../core/settings";
import { barChart } from "./charts";

export class StatsModal extends Modal {
	readonly stats: Stats;

	constructor(app: App, profiles: readonly Profile[], today: Day, settings: TendSettings) {
		super(app);
		this.stats = stats(profiles, today, settings);
	}

	override onOpen(): void {
		this.setTitle("Network stats");
		const el = this.contentEl;
		el.empty();
		el.addClass("tend-contact-panel", "tend-stats");
		drawStats(el, this.stats);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

function section(parent: HTMLElement, title: string, cls: string): HTMLElement {
	const s = parent.createDiv({ cls: `tend-contact-panel-section ${cls}` });
	s.createEl("h5", { cls: "tend-contact-panel-heading", text: title });
	return s;
}

function lines(parent: HTMLElement, items: readonly string[]): void {
	if (items.length === 0) return;
	const ul = parent.createEl("ul", { cls: "tend-contact-panel-list" });
	for (const line of items) ul.createEl("li", { text: line });
}

/** The stats as elements (also what the screenshot shows). */
export function drawStats(el: HTMLElement, s: Stats): void {
	const tiers = section(el, `Contacts: ${s.contacts} (${s.tracked} tracked${s.untracked > 0 ? `, ${s.untracked} not tracked` : ""})`, "tend-stats-tiers");
	lines(
		tiers,
		s.tiers.map((t) => `Tier ${t.tier}: ${t.contacts === 1 ? "1 contact" : `${t.contacts} contacts`}${t.share === null ? "" : `, ${t.onCadence} on cadence (${percent(t.share)})`}`),
	);

	const load = section(el, "Capacity", "tend-stats-capacity");
	const top = s.capacity.topTier;
	if (top) load.createDiv({ cls: "tend-stats-top-tier", text: `Tier ${top.tier}: ${top.contacts} of ${top.capacity} you can keep close.` });
	load.createDiv({ cls: "tend-stats-load", text: `Weekly load: ${loadText(s.capacity)}.` });
	for (const w of s.warnings) load.createDiv({ cls: "tend-stats-warning", text: w, attr: { role: "alert" } });

	const b = s.balance;
	const give = section(el, "Give and take, last 12 months", "tend-stats-give-take");
	const given = [`${countsText(b)}${ratioText(b)}`, `${hoursText(b.hoursGiven)} given, of ${hoursText(b.hours)} recorded`];
	if (b.negative.length > 0) given.push(`Asked more than given: ${b.negative.map((n) => `${n.name} (${n.balance})`).join(", ")}`);
	lines(give, given);

	const f = followThroughLines(s.followThrough);
	lines(section(el, f.title, "tend-stats-follow-through"), f.lines);

	const drift = section(el, `Drifting from their usual rhythm (${s.drifting.length})`, "tend-stats-drifting");
	if (s.drifting.length === 0) drift.createDiv({ cls: "tend-contact-panel-none", text: "Nobody: every tracked contact is within their usual rhythm." });
	else lines(drift, s.drifting.map((d) => `${d.name}: ${driftText(d.drift).replace(/^U/, "u")}`));

	const total = s.weeks.reduce((n, w) => n + w.count, 0);
	const chart = section(el, `Touchpoints a week, last 26 weeks (${total} in all)`, "tend-stats-activity");
	barChart(
		chart,
		s.weeks.map((w) => ({ label: weekLabel(w), value: w.count })),
		{ title: `Touchpoints a week over the last 26 weeks: ${total} in all`, unit: "touchpoint", cls: "tend-stats-chart" },
	);
}
