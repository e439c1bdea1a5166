/**
 * The "Tend due list" Bases view: any base (a table of notes filtered by folder, tag or
 * property) can be shown as the side panel shows contacts: in its sections, with its rows.
 *
 * Bases came with Obsidian 1.10. On an older app the `BasesView` class and
 * `registerBasesView` do not exist, so nothing here touches them before the version check:
 * the view's class is made inside `registerTendBasesView`, not at the top of the module
 * (a class declared there would read `BasesView` when main.js loads, and fail).
 *
 * What the view shows, and why:
 * - the base's entries that are tracked contact notes of the index, in the side panel's
 *   sections with the panel's rows: the same DueList model (src/core/dueList/model.ts) over
 *   those contacts, so a base and the panel agree on who is overdue, due, owed a promise or
 *   coming up, in which order, with the same labels (the sentence in the tooltip) and the
 *   same suggestion. A base of "my clients" becomes the due list of clients;
 * - then the tracked contacts the panel leaves out, in the sections `tend due --all` adds
 *   (Not due yet, Snoozed, Waiting), each row saying when it comes due: a base is a table
 *   of chosen notes, so none of them is hidden. Needs attention comes last, as in the panel;
 * - after them, under "Not a tracked contact", every other entry (a note without a tier, a
 *   meeting note, a PDF): the base's filter chose them, so they are listed, not hidden.
 * It redraws on new query results, when the index changes (a touchpoint logged elsewhere)
 * and when the day changes. A click opens the note (with Ctrl or Cmd, in a new tab).
 */
import { BasesView, Keymap, requireApiVersion, type Plugin, type QueryController, type TFile } from "obsidian";
import { formatLongDay, toYmd, type Day } from "../core/calendar";
import type { Contact } from "../core/contact";
import { DueList, type DueRow } from "../core/dueList/model";
import type { TendSettings } from "../core/settings";
import type { Clock } from "./clock";
import type { ContactIndex } from "./contactIndex";

export const BASES_VIEW_ID = "tend-due-list-base";

export interface BasesViewServices {
	index: Pick<ContactIndex, "ready" | "get" | "on">;
	clock: Pick<Clock, "today" | "onDayChanged">;
	settings: () => TendSettings;
}

export interface RankedEntries {
	/** The due list of the base's tracked contacts, with every section (`all`). */
	model: DueList;
	/** Files of other entries, in the base's order. */
	others: TFile[];
}

/** The base's files, split into the due list of its tracked contacts and the rest. */
export function rankEntries(files: readonly TFile[], contactOf: (path: string) => Contact | undefined, today: Day, settings: TendSettings): RankedEntries {
	const tracked: Contact[] = [];
	const others: TFile[] = [];
	const seen = new Set<string>();
	for (const file of files) {
		// A base can list a file twice (grouped views flattened); rank it once.
		if (seen.has(file.path)) continue;
		seen.add(file.path);
		const contact = contactOf(file.path);
		if (contact !== undefined && contact.tierIndex >= 0 && contact.cadence !== null) tracked.push(contact);
		else others.push(file);
	}
	return { model: new DueList(tracked, today, settings, { all: true }), others };
}

/** "December 23", or "January 4, 2028" when the year is not today's. */
function longDay(day: Day, today: Day): string {
	const year = toYmd(day).year;
	return year === toYmd(today).year ? formatLongDay(day) : `${formatLongDay(day)}, ${year}`;
}

/**
 * When a row of Not due yet, Snoozed or Waiting comes due ("Next due December 23", "Snoozed
 * until January 10", "In a busy period (fundraising)"), as `tend due --all` says it; null
 * for the panel's sections, whose title says it.
 */
export function statusText(row: DueRow, today: Day): string | null {
	if (row.section === "later" && row.dueDate !== null) return `Next due ${longDay(row.dueDate, today)}`;
	if (row.section === "snoozed" && row.contact.snoozeUntil !== null) return `Snoozed until ${longDay(row.contact.snoozeUntil, today)}`;
	if (row.section === "waiting") {
		const labels = row.contact.busy.map((b) => b.label).filter((l) => l !== "");
		return `In a busy period${labels.length > 0 ? ` (${labels.join(", ")})` : ""}`;
	}
	return null;
}

/**
 * Registers the view where the app has Bases. Returns whether it did: false on an app older
 * than 1.10, or when the Bases core plugin is off in this vault.
 */
export function registerTendBasesView(plugin: Plugin, services: BasesViewServices): boolean {
	// The literal version inside the `if` is what the Obsidian lint rule reads as the guard.
	if (requireApiVersion("1.10.0")) {
		// Checked too: a build may report the version without the method.
		if (typeof (plugin as Partial<Pick<Plugin, "registerBasesView">>).registerBasesView !== "function") return false;
		class TendBasesView extends BasesView {
			type = BASES_VIEW_ID;
			private readonly rootEl: HTMLElement;

			constructor(controller: QueryController, containerEl: HTMLElement) {
				super(controller);
				this.rootEl = containerEl.createDiv({ cls: "tend-bases-view" });
			}

			override onload(): void {
				this.registerEvent(services.index.on("changed", () => this.render()));
				this.registerEvent(services.clock.onDayChanged(() => this.render()));
				// One listener for every row: rows are drawn anew on each update.
				this.registerDomEvent(this.rootEl, "click", (evt) => this.openRow(evt));
			}

			override onunload(): void {
				this.rootEl.detach();
			}

			onDataUpdated(): void {
				this.render();
			}

			private files(): TFile[] {
				return this.data.data.map((entry) => entry.file);
			}

			private openRow(evt: MouseEvent): void {
				const target = evt.target instanceof Element ? evt.target.closest("[data-path]") : null;
				const path = target?.getAttribute("data-path");
				if (!path) return;
				const file = this.files().find((f) => f.path === path);
				if (!file) return;
				evt.preventDefault();
				void this.app.workspace.getLeaf(Keymap.isModEvent(evt)).openFile(file);
			}

			private render(): void {
				const el = this.rootEl;
				el.empty();
				if (!services.index.ready) {
					el.createDiv({ cls: "tend-bases-empty", text: "Loading contacts…" });
					return;
				}
				const today = services.clock.today();
				const { model, others } = rankEntries(this.files(), (p) => services.index.get(p), today, services.settings());
				if (model.size === 0 && others.length === 0) {
					el.createDiv({ cls: "tend-bases-empty", text: "This base has no notes." });
					return;
				}
				const listed = model.listed;
				el.createDiv({ cls: "tend-bases-summary", text: `${listed} to reach out to, of ${model.size} tracked ${model.size === 1 ? "contact" : "contacts"}` });
				for (const section of model.sections()) {
					// The panel's section heading and row classes, so the theme's styles are the panel's.
					const heading = el.createDiv({ cls: `tend-section tend-section-${section.id} tend-bases-section` });
					heading.createSpan({ cls: "tend-section-title", text: section.title });
					heading.createSpan({ cls: "tend-section-count", text: String(section.count) });
					const list = el.createEl("ol", { cls: "tend-bases-list" });
					for (const r of model.rows(section.id)) {
						const row = list.createEl("li", { cls: `tend-bases-row tend-row-${r.section} tend-status-${r.status}`, attr: { "data-path": r.contact.path } });
						const head = row.createDiv({ cls: "tend-bases-head" });
						head.createEl("a", { cls: "tend-bases-name internal-link", text: r.name, href: "#" });
						if (r.tier !== "") head.createSpan({ cls: "tend-bases-tier", text: r.tier, attr: { "aria-label": `Tier ${r.tier}` } });
						head.createSpan({ cls: "tend-bases-days", text: r.days, attr: { title: r.daysTitle, "aria-label": r.daysTitle } });
						const status = statusText(r, today);
						if (status !== null) head.createSpan({ cls: "tend-bases-status", text: status });
						if (r.reasons.length > 0) {
							const reasons = row.createEl("ul", { cls: "tend-bases-reasons" });
							for (const x of r.reasons) reasons.createEl("li", { cls: `tend-reason tend-reason-${x.kind} mod-${x.severity}`, text: x.label, attr: { title: x.text } });
						}
						if (r.suggestion) row.createDiv({ cls: "tend-row-suggestion", text: `Try: ${r.suggestion.text}`, attr: { title: `Suggested touchpoint (${r.suggestion.kind})` } });
					}
				}
				if (others.length > 0) {
					el.createEl("h4", { cls: "tend-bases-others-title", text: "Not a tracked contact" });
					const rest = el.createEl("ul", { cls: "tend-bases-others" });
					for (const f of others) {
						const item = rest.createEl("li", { attr: { "data-path": f.path } });
						item.createEl("a", { cls: "internal-link", text: f.basename, href: "#" });
					}
				}
			}
		}

		return plugin.registerBasesView(BASES_VIEW_ID, {
			name: "Tend due list",
			icon: "sprout",
			factory: (controller, containerEl) => new TendBasesView(controller, containerEl),
		});
	}
	return false;
}
