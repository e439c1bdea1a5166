/**
 * The "Tend due list" Bases view: any base (a table of notes filtered by folder, tag or
 * property) can be shown ranked as the side panel ranks contacts, each with its reasons.
 *
 * Bases came with Obsidian 1.10. On an older app the `BasesView` class and
 * `registerBasesView` do not exist, so nothing here touches them before the version check:
 * the view's class is made inside `registerTendBasesView`, not at the top of the module
 * (a class declared there would read `BasesView` when main.js loads, and fail).
 *
 * What the view shows, and why:
 * - the base's entries that are tracked contact notes of the index, in the due list's order
 *   (src/core/schedule.ts `dueList` with every status): who is due first, then the others by
 *   due date, each with its status and reasons, so a base of "my clients" becomes a due list
 *   of clients;
 * - after them, under "Not a tracked contact", every other entry (a note without a tier, a
 *   meeting note, a PDF): the base's filter chose them, so they are listed, not hidden.
 * It redraws on new query results, when the index changes (a touchpoint logged elsewhere)
 * and when the day changes. A click opens the note (with Ctrl or Cmd, in a new tab).
 */
import { BasesView, Keymap, requireApiVersion, type Plugin, type QueryController, type TFile } from "obsidian";
import { formatLongDay, type Day } from "../core/calendar";
import type { Contact } from "../core/contact";
import { dueList, type Evaluation } from "../core/schedule";
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
	/** Tracked contacts, in the due list's order. */
	contacts: Evaluation[];
	/** Files of other entries, in the base's order. */
	others: TFile[];
}

/** The base's files, split into ranked contacts and the rest. */
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
	return { contacts: dueList(tracked, today, settings, { all: true }), others };
}

/** "Overdue", "Due", "Next due December 4", ... */
export function statusText(e: Evaluation): string {
	switch (e.status) {
		case "overdue":
			return "Overdue";
		case "due":
			return "Due";
		case "new":
			return "New: no contact logged yet";
		case "snoozed":
			return e.contact.snoozeUntil === null ? "Snoozed" : `Snoozed until ${formatLongDay(e.contact.snoozeUntil)}`;
		case "waiting":
			return "In a busy period";
		case "ok":
			return e.dueDate === null ? "Not due" : `Next due ${formatLongDay(e.dueDate)}`;
		default:
			return "Not tracked";
	}
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
				const { contacts, others } = rankEntries(this.files(), (p) => services.index.get(p), today, services.settings());
				if (contacts.length === 0 && others.length === 0) {
					el.createDiv({ cls: "tend-bases-empty", text: "This base has no notes." });
					return;
				}
				const listed = contacts.filter((e) => e.listed).length;
				el.createDiv({ cls: "tend-bases-summary", text: `${listed} to reach out to, of ${contacts.length} tracked ${contacts.length === 1 ? "contact" : "contacts"}` });
				const list = el.createEl("ol", { cls: "tend-bases-list" });
				for (const e of contacts) {
					const row = list.createEl("li", { cls: `tend-bases-row tend-status-${e.status}`, attr: { "data-path": e.contact.path } });
					const head = row.createDiv({ cls: "tend-bases-head" });
					head.createEl("a", { cls: "tend-bases-name internal-link", text: e.contact.name, href: "#" });
					if (e.contact.tier !== null) head.createSpan({ cls: "tend-bases-tier", text: e.contact.tier });
					head.createSpan({ cls: "tend-bases-status", text: statusText(e) });
					if (e.reasons.length > 0) {
						const reasons = row.createEl("ul", { cls: "tend-bases-reasons" });
						for (const r of e.reasons) reasons.createEl("li", { text: r.text });
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
