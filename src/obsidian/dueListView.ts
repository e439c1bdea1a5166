/**
 * The due list side panel: who to get in touch with and why, in sections (core/dueList says
 * which contact goes where), with buttons and keys to open a note, log a touchpoint and
 * snooze. It follows the contact index and the clock, so it is live: a note edited, renamed
 * or deleted, and local midnight, all show at once. Only the rows in view are drawn
 * (VirtualList), and a redraw does no work per contact or per listed row (issue 8): the list
 * reads the model through DueListSource, the header's numbers are counts the model keeps, and
 * the selection (a section and a path) is found again through the model.
 *
 * Keys, with the list focused: Up/Down (and Home/End) move between rows, Enter opens the
 * note (Mod+Enter in a new tab), L logs a touchpoint, S snoozes.
 *
 * A reason may take two lines before it is cut with an ellipsis (styles.css): its key words
 * ("Promise 7 days late: Send the EU AI Act summary") come after a prefix and must show at
 * sidebar width. Its full sentence is its tooltip. Every icon button says what it does to
 * whom, in its accessible label and its tooltip.
 */
import { ItemView, type WorkspaceLeaf } from "obsidian";
import { formatLongDay, type Day } from "../core/calendar";
import type { TendSettings } from "../core/settings";
import { openTarget, type TendActions } from "./actions";
import type { Clock } from "./clock";
import type { ContactIndex } from "./contactIndex";
import { namesInWords, type DueList, type DueRow, type SectionId } from "../core/dueList/model";
import { mentionName } from "../core/mentions/withMentions";
import { mentionedIn } from "../core/schedule";
import { EMPTY_SOURCE, VirtualList } from "./virtualList";
import { DueListSource, type DueItem, type DueRowItem } from "./dueListSource";
import { PlanSection } from "./planSection";
import { StatsSection } from "./statsSection";
import { filteredSections, listedIn, nextDueIn, tierCounts, tierIndexOf, type FilteredSection } from "./tierFilter";
import { ViewHeader } from "./viewHeader";
import { loadViewState, saveViewState, type ViewState } from "./viewState";
import { IconButtons } from "./iconButton";

export const VIEW_TYPE_DUE_LIST = "tend-due-list";

export interface DueListServices {
	index: ContactIndex;
	clock: Clock;
	settings(): TendSettings;
	actions: TendActions;
}

/** Coalesces bursts of changes (a batch of notes read, a rename of a folder) into one redraw. */
const REFRESH_DELAY_MS = 50;
const SECTION_ESTIMATE = 36;
/**
 * A row until it is measured: its name line and one line of reasons, the usual case. Every
 * row shares it (no row is looked at to estimate it); the rows drawn are measured.
 */
const ROW_ESTIMATE = 34 + 20;

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function weekday(day: Day): string {
	// Day 0 (1970-01-01) was a Thursday.
	return WEEKDAYS[(((day + 4) % 7) + 7) % 7] ?? "";
}

let viewCount = 0;

export class DueListView extends ItemView {
	private dueList: VirtualList<DueItem> | null = null;
	/** What the list shows now: the model's sections (rows are read from the model when drawn). */
	private source: DueListSource | null = null;
	/** The model the source reads (rows are put into words from it when drawn). */
	private model: DueList | null = null;
	/** The sections of one tier, kept while the model's revision stays (finding them visits every row). */
	private filtered: { model: DueList; revision: number; tierIndex: number; shown: FilteredSection[] } | null = null;
	/** The selected row: its section and path (and key), and its position among the rows. */
	private selected: { section: SectionId; path: string; key: string } | null = null;
	private selectedPosition = -1;
	private refreshTimer: number | null = null;
	/** Whether the list on screen was drawn while the index was still reading notes. */
	private drawnWhileReading = false;
	private pointerFocus = false;
	private headerTitleEl!: HTMLElement;
	private headerNoteEl!: HTMLElement;
	private messageEl!: HTMLElement;
	private scrollerEl!: HTMLElement;
	// The header's load line and tier filter, and the This week section (their own files).
	private viewHeader!: ViewHeader;
	private planSection!: PlanSection;
	private statsSection!: StatsSection;
	private viewState: ViewState = { tier: null, collapsed: [] };
	private readonly idPrefix = `tend-row-${++viewCount}`;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly services: DueListServices,
	) {
		super(leaf);
	}

	getViewType(): string {
		return VIEW_TYPE_DUE_LIST;
	}

	getDisplayText(): string {
		return "Due list";
	}

	override getIcon(): string {
		return "sprout";
	}

	override async onOpen(): Promise<void> {
		const el = this.contentEl;
		el.empty();
		el.addClass("tend-due-view");
		const header = el.createDiv({ cls: "tend-due-header" });
		this.headerTitleEl = header.createDiv({ cls: "tend-due-title" });
		this.headerNoteEl = header.createDiv({ cls: "tend-due-note" });
		this.viewState = loadViewState(this.app);
		this.viewHeader = new ViewHeader(header, (tier) => this.setTier(tier));
		this.messageEl = el.createDiv({ cls: "tend-due-message" });
		// The folded parts (This week, the forecast, the stats), remembered for this vault.
		const collapsing = {
			isCollapsed: (id: string) => this.viewState.collapsed.includes(id),
			setCollapsed: (id: string, collapsed: boolean) => {
				this.viewState.collapsed = this.viewState.collapsed.filter((c) => c !== id).concat(collapsed ? [id] : []);
				saveViewState(this.app, this.viewState);
			},
		};
		this.planSection = new PlanSection(el, { ...this.services, app: this.app }, collapsing, (cleanup) => this.register(cleanup));
		this.statsSection = new StatsSection(el, { ...this.services, app: this.app }, collapsing, (cleanup) => this.register(cleanup));
		this.scrollerEl = el.createDiv({
			cls: "tend-due-scroller",
			attr: { tabindex: 0, role: "listbox", "aria-label": "Due list: arrow keys move, Enter opens, L logs a touchpoint, S snoozes" },
		});
		this.dueList = new VirtualList<DueItem>(
			this.scrollerEl,
			(item, itemEl) => this.drawItem(item, itemEl),
			(item, drawn, itemEl) => this.stillShows(item, drawn, itemEl),
		);
		this.registerDomEvent(this.scrollerEl, "scroll", () => this.dueList?.render());
		this.registerDomEvent(this.scrollerEl, "click", (evt) => this.onListClick(evt, false));
		this.registerDomEvent(this.scrollerEl, "auxclick", (evt) => this.onListClick(evt, true));
		this.registerDomEvent(this.scrollerEl, "keydown", (evt) => this.onKey(evt));
		// Focus from the keyboard (Tab, or the command) selects the first row, so the keys work
		// at once. Focus from a click must not: redrawing between mousedown and mouseup would
		// swallow the click.
		this.registerDomEvent(this.scrollerEl, "pointerdown", () => (this.pointerFocus = true));
		this.registerDomEvent(this.scrollerEl, "pointerup", () => (this.pointerFocus = false));
		this.registerDomEvent(this.scrollerEl, "focus", () => {
			if (!this.pointerFocus && this.selected === null && this.rowCount() > 0) this.selectRow(0);
		});
		this.registerEvent(this.services.index.on("changed", () => this.indexChanged()));
		this.registerEvent(this.services.clock.onDayChanged(() => this.scheduleRefresh()));
		this.registerEvent(this.services.index.on("changed", () => this.planSection.changed()));
		this.registerEvent(this.services.clock.onDayChanged(() => this.planSection.changed()));
		this.registerEvent(this.services.index.on("changed", () => this.statsSection.changed()));
		this.registerEvent(this.services.clock.onDayChanged(() => this.statsSection.changed()));
		this.registerEvent(this.app.workspace.on("resize", () => this.dueList?.render()));
		this.register(() => this.cancelRefresh());
		this.redraw();
		// The plan in a task of its own, after the list is on screen (it can take a second).
		this.planSection.changed();
		this.statsSection.changed();
	}

	/** Shows one tier (null: all) and remembers it for this vault. */
	private setTier(tier: string | null): void {
		this.viewState.tier = tier;
		saveViewState(this.app, this.viewState);
		this.redraw();
	}

	override async onClose(): Promise<void> {
		this.dueList?.cancel();
		this.dueList = null;
		this.contentEl.empty();
	}

	/** Moves keyboard focus to the list (the command that opens the view does this). */
	focusList(): void {
		this.scrollerEl?.focus();
	}

	/**
	 * The index changed. Bursts of changes are drawn once (scheduleRefresh); but the change
	 * that ends the background reads is drawn at once, so the list is complete (and says so)
	 * the moment they end, before the plan, which is made in a task after this one and can
	 * take a quarter of a second at 20,000 contacts.
	 */
	private indexChanged(): void {
		if (this.drawnWhileReading && !this.services.index.busy) {
			this.cancelRefresh();
			this.redraw();
		} else this.scheduleRefresh();
	}

	private cancelRefresh(): void {
		if (this.refreshTimer !== null) window.clearTimeout(this.refreshTimer);
		this.refreshTimer = null;
	}

	private scheduleRefresh(): void {
		if (this.refreshTimer !== null) return;
		this.refreshTimer = window.setTimeout(() => {
			this.refreshTimer = null;
			this.redraw();
		}, REFRESH_DELAY_MS);
	}

	/** Recomputes the due list and redraws. */
	redraw(): void {
		if (!this.dueList) return;
		const { index, clock } = this.services;
		if (!index.ready) {
			this.headerTitleEl.setText("Due list");
			this.headerNoteEl.setText("");
			this.viewHeader.clear();
			this.showMessage("Loading contacts…", null);
			this.setSource(null);
			return;
		}
		const today = clock.today();
		// The index keeps the core's due-list model current (src/core/dueList/model.ts): the
		// same sections, order and counts as `tend due`.
		const model = index.list;
		if (!model) return;
		const settings = this.services.settings();
		// A remembered tier that the settings no longer have shows every tier.
		const tierIndex = tierIndexOf(settings, this.viewState.tier);
		const tier = tierIndex < 0 ? null : this.viewState.tier;
		const shown = this.shownSections(model, tierIndex);
		this.viewHeader.update(model.capacity(settings), tierCounts(model, settings), tier);
		this.planSection.setTier(tierIndex);
		const listed = listedIn(shown);
		const ofTier = tier === null ? "" : ` in tier ${tier}`;
		this.headerTitleEl.setText(listed === 0 ? `Nobody is due${ofTier}` : `${listed} to get in touch with${ofTier}`);
		this.drawnWhileReading = index.busy;
		const reading = index.busy ? " · reading notes…" : "";
		this.headerNoteEl.setText(`${weekday(today)}, ${formatLongDay(today)}${reading}`);
		if (model.size === 0) this.showNoContacts();
		else if (listed === 0) {
			const next = nextDueIn(model, tierIndex, today, settings);
			const detail = next ? `Next: ${namesInWords(next.names)}, due ${formatLongDay(next.day)}.` : "No contact is scheduled.";
			this.showMessage("Nobody is due. Time for deep work.", detail);
		} else this.showMessage(null, null);

		this.model = model;
		const source = new DueListSource(model, shown, ROW_ESTIMATE, SECTION_ESTIMATE);
		// Keep the selection on the same contact (in its section, else wherever it is listed
		// now), or on the row that took its place.
		let position = -1;
		const selected = this.selected;
		if (selected !== null) {
			position = source.positionOf(selected.section, selected.path);
			if (position < 0) position = source.positionOfContact(selected.path);
			if (position < 0 && source.rowCount > 0) position = Math.min(this.selectedPosition, source.rowCount - 1);
		}
		this.select(source, position);
		this.setSource(source);
	}

	/** The sections shown: all of the model's, or one tier's (kept while the model stays as it is). */
	private shownSections(model: DueList, tierIndex: number): FilteredSection[] {
		if (tierIndex < 0) return filteredSections(model, tierIndex);
		const f = this.filtered;
		if (f && f.model === model && f.revision === model.revision && f.tierIndex === tierIndex) return f.shown;
		const shown = filteredSections(model, tierIndex);
		this.filtered = { model, revision: model.revision, tierIndex, shown };
		return shown;
	}

	/** Selects the row at a position of a source (-1: none), by its section and path. */
	private select(source: DueListSource, position: number): void {
		const row = position >= 0 ? source.rowAt(position) : undefined;
		this.selectedPosition = row ? position : -1;
		this.selected = row ? { section: row.section, path: row.contact.path, key: row.key } : null;
	}

	private rowCount(): number {
		return this.source?.rowCount ?? 0;
	}

	private setSource(source: DueListSource | null): void {
		this.source = source;
		this.scrollerEl.toggleClass("is-empty", (source?.length ?? 0) === 0);
		this.dueList?.setSource(source ?? EMPTY_SOURCE);
		this.updateActiveDescendant();
	}

	private showMessage(title: string | null, detail: string | null): void {
		const el = this.messageEl;
		el.empty();
		el.toggleClass("is-hidden", title === null);
		if (title === null) return;
		el.createDiv({ cls: "tend-due-message-title", text: title });
		if (detail !== null) el.createDiv({ cls: "tend-due-message-detail", text: detail });
	}

	private showNoContacts(): void {
		const settings = this.services.settings();
		const ways: string[] = [];
		if (settings.contactsFolder.trim() !== "") ways.push(`notes in ${settings.contactsFolder.trim().replace(/\/+$/, "")}/`);
		if (settings.contactTag.trim() !== "") ways.push(`notes tagged #${settings.contactTag.trim().replace(/^#/, "")}`);
		if (settings.contactType.trim() !== "") ways.push(`notes with ${settings.keys.type}: ${settings.contactType.trim()}`);
		this.showMessage("No contacts yet: create one", ways.length > 0 ? `Tend lists ${ways.join(", ")}.` : "Choose how Tend finds contacts in its settings.");
		const button = this.messageEl.createEl("button", { cls: "mod-cta tend-due-create", text: "Create a contact" });
		button.addEventListener("click", () => this.services.actions.newContact());
	}

	/** The row each element was drawn from (the model keeps a row while its contact is unchanged). */
	private readonly drawnRows = new WeakMap<HTMLElement, { row: DueRow; position: number }>();
	private readonly buttons = new IconButtons();

	/** Whether an element drawn for `drawn` shows `item` as it is now: the same row, place and selection. */
	private stillShows(item: DueItem, drawn: DueItem, el: HTMLElement): boolean {
		if (item.kind === "section") return drawn.kind === "section" && drawn.section.title === item.section.title && drawn.section.count === item.section.count;
		if (item.kind !== "row" || drawn.kind !== "row" || drawn.position !== item.position) return false;
		const row = this.drawnRows.get(el)?.row;
		return row !== undefined && row === this.rowOf(item) && el.hasClass("is-selected") === (item.key === this.selected?.key);
	}

	private drawItem(item: DueItem, el: HTMLElement): void {
		if (item.kind === "section") {
			el.addClass("tend-section");
			el.addClass(`tend-section-${item.section.id}`);
			el.setAttr("role", "presentation");
			el.createSpan({ cls: "tend-section-title", text: item.section.title });
			el.createSpan({ cls: "tend-section-count", text: String(item.section.count) });
			return;
		}
		if (item.kind === "gap") return;
		const { position } = item;
		const row = this.rowOf(item);
		if (!row) return;
		const selected = item.key === this.selected?.key;
		this.drawnRows.set(el, { row, position });
		el.addClass("tend-row");
		el.addClass(`tend-row-${row.section}`);
		el.toggleClass("is-selected", selected);
		el.setAttrs({ id: `${this.idPrefix}-${position}`, role: "option", "aria-selected": selected ? "true" : "false", "data-path": row.contact.path });
		const main = el.createDiv({ cls: "tend-row-main" });
		main.createSpan({ cls: "tend-row-name", text: row.name, attr: { title: row.contact.path } });
		if (row.tier !== "") main.createSpan({ cls: "tend-row-tier", text: row.tier, attr: { "aria-label": `Tier ${row.tier}` } });
		const mention = mentionedIn(row.lastContactSource);
		if (mention !== null) {
			// The last contact is a mention in a dated note (issue 10): the days open that note.
			const said = `${row.daysTitle}: a mention in ${mentionName(mention)}; click to open it`;
			const days = main.createSpan({ cls: "tend-row-days tend-row-days-mention", text: row.days, attr: { title: said, "aria-label": said, role: "link", "data-source": mention } });
			days.dataset.action = "open-mention";
		} else main.createSpan({ cls: "tend-row-days", text: row.days, attr: { title: row.daysTitle, "aria-label": row.daysTitle } });
		if (row.section !== "attention") {
			const actions = main.createDiv({ cls: "tend-row-actions" });
			this.buttons.add(actions, "pencil-line", `Log a touchpoint with ${row.name}`, "tend-row-log").dataset.action = "log";
			// An alarm clock (as in "snooze the alarm"): the crossed-out one read as a "no" sign at 16 px.
			this.buttons.add(actions, "alarm-clock", `Snooze ${row.name}`, "tend-row-snooze").dataset.action = "snooze";
		}
		const reasons = el.createDiv({ cls: "tend-row-reasons" });
		for (const [k, r] of row.reasons.entries()) {
			const task = r.promise?.commitment.source;
			if (!task) {
				reasons.createDiv({ cls: `tend-reason tend-reason-${r.kind} mod-${r.severity}`, text: r.label, attr: { title: r.text } });
				continue;
			}
			// A task promise: the reason opens the task's note at its line.
			const title = `${r.text} (a task in ${task.path}, line ${task.line}; click to open it)`;
			reasons.createDiv({ cls: `tend-reason tend-reason-${r.kind} mod-${r.severity} tend-reason-task`, text: r.label, attr: { title, role: "link", "data-source": `${task.path}:${task.line}`, "data-action": "open-task", "data-reason": k } });
		}
		if (row.suggestion) reasons.createDiv({ cls: "tend-row-suggestion", text: `Try: ${row.suggestion.text}`, attr: { title: `Suggested touchpoint (${row.suggestion.kind})` } });
	}

	/**
	 * A click in the list, for every row at once (a row adds no listener of its own, so drawing
	 * one makes elements only): the part clicked says what it does (`data-action`), and a click
	 * anywhere else on a row selects it and opens its note. A middle click (`auxclick`) opens
	 * the note without selecting the row, as in the file explorer.
	 */
	private onListClick(evt: MouseEvent, middle: boolean): void {
		if (middle && evt.button !== 1) return;
		const target = evt.target;
		if (!(target instanceof Element)) return;
		const rowEl = target.closest<HTMLElement>(".tend-row");
		const drawn = rowEl ? this.drawnRows.get(rowEl) : undefined;
		if (!rowEl || !drawn || !this.scrollerEl.contains(rowEl)) return;
		const { row } = drawn;
		const action = target.closest<HTMLElement>("[data-action]");
		const { actions } = this.services;
		switch (rowEl.contains(action) ? action?.dataset.action : undefined) {
			case "log":
				if (!middle) actions.logTouchpoint(row.contact);
				return;
			case "snooze":
				if (!middle) actions.snooze(row.contact);
				return;
			case "open-mention": {
				const mention = mentionedIn(row.lastContactSource);
				if (mention !== null) void actions.openNote(mention, openTarget(evt));
				return;
			}
			case "open-task": {
				const task = row.reasons[Number(action?.dataset.reason)]?.promise?.commitment.source;
				if (task) void actions.openNote(task.path, openTarget(evt), task.line);
				return;
			}
		}
		if (!middle) this.selectRow(drawn.position, false);
		void this.openRow(row, evt);
	}

	/** The row of an item in words, made now (the model is current: it is redrawn on every change). */
	private rowOf(item: DueRowItem): DueRow | undefined {
		const model = this.model;
		if (!model) return undefined;
		let index = item.index;
		// The list changed since the items were made (the redraw is on its way): find the contact.
		if (model.contactAt(item.section, index)?.path !== item.contact.path) index = model.indexOf(item.section, item.contact.path);
		return index < 0 ? undefined : model.rows(item.section, index, index + 1)[0];
	}

	private openRow(row: DueRow, evt: MouseEvent | KeyboardEvent | null): Promise<void> {
		return this.services.actions.openNote(row.contact.path, openTarget(evt), row.line ?? undefined);
	}

	private selectRow(position: number, reveal = true): void {
		const source = this.source;
		if (!source) return;
		const index = source.indexOfPosition(position);
		if (index < 0) return;
		this.select(source, position);
		// Show the section heading above the first row of a section too.
		const margin = source.isFirstOfSection(index) ? (this.dueList?.heightAt(index - 1) ?? SECTION_ESTIMATE) : 0;
		if (reveal) this.dueList?.reveal(index, margin);
		else this.dueList?.render();
		this.updateActiveDescendant();
	}

	private updateActiveDescendant(): void {
		const position = this.selected === null ? -1 : this.selectedPosition;
		if (position >= 0) this.scrollerEl.setAttr("aria-activedescendant", `${this.idPrefix}-${position}`);
		else this.scrollerEl.removeAttribute("aria-activedescendant");
	}

	private onKey(evt: KeyboardEvent): void {
		const count = this.rowCount();
		if (evt.isComposing || count === 0) return;
		const current = this.selected === null ? -1 : this.selectedPosition;
		const item = current >= 0 ? this.source?.rowAt(current) : undefined;
		const row = item ? this.rowOf(item) : undefined;
		const plain = !evt.ctrlKey && !evt.metaKey && !evt.altKey;
		let handled = true;
		if (evt.key === "ArrowDown") this.selectRow(Math.min(count - 1, current + 1));
		else if (evt.key === "ArrowUp") this.selectRow(Math.max(0, current - 1));
		else if (evt.key === "Home") this.selectRow(0);
		else if (evt.key === "End") this.selectRow(count - 1);
		else if (evt.key === "Enter" && row) void this.openRow(row, evt);
		else if (plain && (evt.key === "l" || evt.key === "L") && row) this.services.actions.logTouchpoint(row.contact);
		else if (plain && (evt.key === "s" || evt.key === "S") && row) this.services.actions.snooze(row.contact);
		else handled = false;
		if (handled) evt.preventDefault();
	}
}
