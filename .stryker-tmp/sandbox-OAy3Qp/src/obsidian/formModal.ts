/**
 * The shape every Tend form shares: fields, an inline error line, a primary button and
 * Cancel; Enter in a field submits. A submit that fails (bad input, or a write the note
 * refused) keeps the form open with the reason, so nothing typed is lost.
 */
// @ts-nocheck

import { Modal, Setting, type App, type TextComponent } from "obsidian";
import { formatDay, parseIsoDay, type Day } from "../core/calendar";

export abstract class FormModal extends Modal {
	private errorEl: HTMLElement | null = null;
	private busy = false;

	constructor(
		app: App,
		private readonly formTitle: string,
		private readonly submitLabel: string,
	) {
		super(app);
	}

	/** Adds the fields. */
	protected abstract build(el: HTMLElement): void;

	/** Does the work; returns null when done, or what to tell the user. */
	protected abstract submit(): Promise<string | null>;

	override onOpen(): void {
		this.setTitle(this.formTitle);
		const el = this.contentEl;
		el.empty();
		el.addClass("tend-form");
		this.build(el);
		this.errorEl = el.createDiv({ cls: "tend-form-error", attr: { role: "alert" } });
		new Setting(el)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText(this.submitLabel)
					.setCta()
					.onClick(() => void this.trySubmit()),
			);
		el.addEventListener("keydown", (evt) => {
			if (evt.key !== "Enter" || evt.isComposing || !(evt.target instanceof HTMLInputElement)) return;
			evt.preventDefault();
			void this.trySubmit();
		});
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	protected showError(message: string): void {
		this.errorEl?.setText(message);
	}

	async trySubmit(): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		try {
			this.showError("");
			const problem = await this.submit();
			if (problem === null) this.close();
			else this.showError(problem);
		} finally {
			this.busy = false;
		}
	}
}

/** A date field (the platform's date picker where there is one), holding `YYYY-MM-DD`. */
export function addDateField(el: HTMLElement, name: string, desc: string, value: Day, onChange: (text: string) => void): TextComponent {
	let field: TextComponent | null = null;
	new Setting(el)
		.setName(name)
		.setDesc(desc)
		.addText((t) => {
			field = t;
			t.inputEl.type = "date";
			t.inputEl.addClass("tend-date-input");
			t.setValue(formatDay(value)).onChange(onChange);
		});
	return field as unknown as TextComponent;
}

/** A typed date, or what is wrong with it. */
export function readDateField(text: string): { ok: true; day: Day } | { ok: false; error: string } {
	const trimmed = text.trim();
	if (trimmed === "") return { ok: false, error: "Pick a date." };
	const day = parseIsoDay(trimmed);
	if (day === null) {
		const shape = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? "is not a date that exists" : "is not a date (YYYY-MM-DD)";
		return { ok: false, error: `${trimmed} ${shape}.` };
	}
	return { ok: true, day };
}
