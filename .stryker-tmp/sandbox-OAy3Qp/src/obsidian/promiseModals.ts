/**
 * The forms for promises: add one (what and by when), and move one to a new date. Keeping
 * a promise needs no form, only the choice of which promise (PromisePicker).
 */
// @ts-nocheck

import { Setting, SuggestModal, type App } from "obsidian";
import { formatDay, type Day } from "../core/calendar";
import type { Commitment } from "../core/contact";
import { addDateField, FormModal, readDateField } from "./formModal";

/** A new promise, or a moved one, is due a week out unless the user picks another day. */
export const DEFAULT_PROMISE_DAYS = 7;

export class AddPromiseModal extends FormModal {
	private what = "";
	private dateText = "";

	constructor(
		app: App,
		contactName: string,
		private readonly today: Day,
		private readonly onSubmit: (due: Day, what: string) => Promise<string | null>,
	) {
		super(app, `Promise to ${contactName}`, "Add promise");
	}

	protected build(el: HTMLElement): void {
		new Setting(el).setName("What").addText((t) => {
			t.setPlaceholder("Send the deck").onChange((v) => (this.what = v));
			window.setTimeout(() => t.inputEl.focus(), 0);
		});
		this.dateText = addDateField(el, "By", "When you promised it.", this.today + DEFAULT_PROMISE_DAYS, (v) => (this.dateText = v)).getValue();
	}

	protected async submit(): Promise<string | null> {
		if (this.what.trim() === "") return "Say what you promised.";
		const date = readDateField(this.dateText);
		if (!date.ok) return date.error;
		return this.onSubmit(date.day, this.what);
	}
}

export function promiseLabel(p: Commitment): string {
	return p.what !== "" ? p.what : p.raw;
}

export class MovePromiseModal extends FormModal {
	private dateText = "";

	constructor(
		app: App,
		private readonly promise: Commitment,
		private readonly today: Day,
		private readonly onSubmit: (to: Day) => Promise<string | null>,
	) {
		super(app, `Move "${promiseLabel(promise)}"`, "Move promise");
	}

	protected build(el: HTMLElement): void {
		const from = this.promise.due !== null && this.promise.due >= this.today ? this.promise.due : this.today;
		const desc = this.promise.due !== null ? `It was due ${formatDay(this.promise.due)}.` : "It has no date yet.";
		this.dateText = addDateField(el, "New date", desc, from + DEFAULT_PROMISE_DAYS, (v) => (this.dateText = v)).getValue();
	}

	protected async submit(): Promise<string | null> {
		const date = readDateField(this.dateText);
		if (!date.ok) return date.error;
		return this.onSubmit(date.day);
	}
}

/** Picks one of a contact's promises. */
export class PromisePicker extends SuggestModal<Commitment> {
	constructor(
		app: App,
		private readonly promises: readonly Commitment[],
		private readonly onPick: (promise: Commitment) => void,
	) {
		super(app);
		this.setPlaceholder("Which promise?");
	}

	getSuggestions(query: string): Commitment[] {
		const q = query.trim().toLowerCase();
		return this.promises.filter((p) => p.raw.toLowerCase().includes(q));
	}

	renderSuggestion(p: Commitment, el: HTMLElement): void {
		el.createDiv({ text: promiseLabel(p) });
		el.createEl("small", { cls: "tend-suggestion-note", text: p.due !== null ? `Due ${formatDay(p.due)}` : "No date" });
	}

	onChooseSuggestion(p: Commitment): void {
		this.onPick(p);
	}
}
