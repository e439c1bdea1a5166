/**
 * Picks several items from a list with checkboxes: the contacts to share a note with, the
 * contacts a group touchpoint is logged for. A filter field narrows the list (the checked
 * items stay checked while hidden); the primary button is enabled once one item is checked,
 * and says how many. Cancel, Escape or closing the modal picks nothing.
 */
import { Modal, Setting, type App, type ButtonComponent } from "obsidian";

export interface PickItem<T> {
	value: T;
	/** The item's name, what the filter looks in. */
	label: string;
	/** A second line: the matched words, the note's path. */
	detail?: string;
	checked?: boolean;
}

export class PickManyModal<T> extends Modal {
	private readonly checked: Set<number>;
	private confirm: ButtonComponent | null = null;
	private listEl: HTMLElement | null = null;
	private filter = "";

	constructor(
		app: App,
		private readonly title: string,
		private readonly intro: string,
		private readonly items: readonly PickItem<T>[],
		private readonly action: (n: number) => string,
		private readonly onPick: (values: T[]) => void,
	) {
		super(app);
		this.checked = new Set(items.flatMap((item, i) => (item.checked ? [i] : [])));
	}

	override onOpen(): void {
		this.setTitle(this.title);
		const el = this.contentEl;
		el.empty();
		el.addClass("tend-pick-many");
		if (this.intro !== "") el.createEl("p", { cls: "tend-pick-intro", text: this.intro });
		if (this.items.length > 8) {
			const input = el.createEl("input", { cls: "tend-pick-filter", type: "search", placeholder: "Filter by name" });
			input.addEventListener("input", () => {
				this.filter = input.value.trim().toLowerCase();
				this.drawList();
			});
		}
		this.listEl = el.createDiv({ cls: "tend-pick-list" });
		this.drawList();
		new Setting(el)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) => {
				this.confirm = b;
				b.setCta().onClick(() => this.pick());
			});
		this.update();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private drawList(): void {
		const list = this.listEl;
		if (!list) return;
		list.empty();
		this.items.forEach((item, i) => {
			if (this.filter !== "" && !item.label.toLowerCase().includes(this.filter)) return;
			const row = list.createEl("label", { cls: "tend-pick-item" });
			const box = row.createEl("input", { type: "checkbox", cls: "tend-pick-check" });
			box.checked = this.checked.has(i);
			box.addEventListener("change", () => {
				if (box.checked) this.checked.add(i);
				else this.checked.delete(i);
				this.update();
			});
			const text = row.createDiv({ cls: "tend-pick-text" });
			text.createDiv({ cls: "tend-pick-label", text: item.label });
			if (item.detail) text.createDiv({ cls: "tend-pick-detail", text: item.detail });
		});
	}

	private update(): void {
		const n = this.checked.size;
		this.confirm?.setButtonText(this.action(n)).setDisabled(n === 0);
	}

	/** The checked values, in the list's order. */
	selected(): T[] {
		return this.items.filter((_, i) => this.checked.has(i)).map((item) => item.value);
	}

	private pick(): void {
		const values = this.selected();
		if (values.length === 0) return;
		this.close();
		this.onPick(values);
	}
}
