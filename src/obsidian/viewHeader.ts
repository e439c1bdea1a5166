/**
 * The due list view's header, below its title: the weekly load the cadences imply against the
 * `weeklyCapacity` setting, a warning when the top tier holds more people than
 * `topTierCapacity` (good practice keeps an inner circle of 10-15), and the tier filter (All /
 * A / B / C ..., from the settings' tiers, each with how many of its contacts are on the due
 * list). The numbers come from the core (src/core/capacity.ts), the same ones `tend stats` and
 * `tend due` print.
 */
import type { Capacity } from "../core/capacity";
import { oneDecimal } from "../core/insights/capacityNotes";
import { plural } from "../core/words";
import type { TierCounts } from "./tierFilter";

/** "Your cadences ask for 7.4 touchpoints a week; you set 10." */
export function loadSentence(c: Capacity): string {
	const load = oneDecimal(c.impliedLoad);
	const unit = load === "1" ? "touchpoint" : "touchpoints";
	return `Your cadences ask for ${load} ${unit} a week; you set ${c.capacity}.`;
}

/** The header's warnings, one sentence each: the top tier over its capacity, the load over the weekly capacity. */
export function headerWarnings(c: Capacity): string[] {
	const out: string[] = [];
	const top = c.topTier;
	if (top?.over) out.push(`Tier ${top.tier} holds ${plural(top.contacts, "contact")}, more than the ${top.capacity} you can keep close: move some to a lower tier.`);
	if (c.impliedLoad > c.capacity) out.push("That is more than your week holds: loosen some cadences, move contacts to a lower tier or raise the weekly capacity.");
	return out;
}

export class ViewHeader {
	private readonly loadEl: HTMLElement;
	private readonly warningsEl: HTMLElement;
	private readonly filterEl: HTMLElement;

	constructor(
		parent: HTMLElement,
		private readonly onTier: (tier: string | null) => void,
	) {
		this.loadEl = parent.createDiv({ cls: "tend-due-load" });
		this.warningsEl = parent.createDiv({ cls: "tend-due-warnings" });
		this.filterEl = parent.createDiv({ cls: "tend-tier-filter", attr: { role: "group", "aria-label": "Show tier" } });
	}

	/** Hides everything (before the index is ready). */
	clear(): void {
		this.loadEl.empty();
		this.warningsEl.empty();
		this.filterEl.empty();
	}

	update(capacity: Capacity, counts: TierCounts, selected: string | null): void {
		this.loadEl.setText(loadSentence(capacity));
		this.loadEl.toggleClass("mod-warning", capacity.impliedLoad > capacity.capacity);
		this.warningsEl.empty();
		for (const w of headerWarnings(capacity)) this.warningsEl.createDiv({ cls: "tend-due-warning mod-warning", text: w });
		this.filterEl.empty();
		// One tier only: a filter would show the same list twice.
		if (counts.tiers.length < 2) return;
		this.filterButton("All", null, counts.all, selected === null, "All tiers");
		for (const t of counts.tiers) this.filterButton(t.tier, t.tier, t.listed, selected === t.tier, `Tier ${t.tier}`);
	}

	private filterButton(text: string, tier: string | null, count: number, pressed: boolean, name: string): void {
		const label = `${name}: ${plural(count, "contact")} due`;
		const button = this.filterEl.createEl("button", {
			cls: "tend-tier-filter-option",
			attr: { type: "button", "aria-pressed": pressed ? "true" : "false", "aria-label": label, "data-tier": tier ?? "" },
		});
		button.toggleClass("is-active", pressed);
		button.createSpan({ cls: "tend-tier-filter-name", text });
		button.createSpan({ cls: "tend-tier-filter-count", text: String(count) });
		button.addEventListener("click", () => this.onTier(tier));
	}
}
