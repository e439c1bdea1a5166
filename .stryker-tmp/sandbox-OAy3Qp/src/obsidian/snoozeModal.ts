/**
 * The form for snoozing a contact until a day (they are not listed as due before it), with a
 * way to end a snooze that is running.
 */
// @ts-nocheck

import { Setting, type App } from "obsidian";
import { formatLongDay, type Day } from "../core/calendar";
import { addDateField, FormModal, readDateField } from "./formModal";

/** A snooze starts a week out unless the user picks another day. */
export const DEFAULT_SNOOZE_DAYS = 7;

export class SnoozeModal extends FormModal {
	private dateText = "";

	constructor(
		app: App,
		private readonly contactName: string,
		private readonly today: Day,
		private readonly snoozedUntil: Day | null,
		private readonly onSnooze: (until: Day) => Promise<string | null>,
		private readonly onClear: () => Promise<string | null>,
	) {
		super(app, `Snooze ${contactName}`, "Snooze");
	}

	protected build(el: HTMLElement): void {
		const start = this.snoozedUntil !== null && this.snoozedUntil > this.today ? this.snoozedUntil : this.today + DEFAULT_SNOOZE_DAYS;
		const date = addDateField(el, "Until", `${this.contactName} is not listed as due before this day.`, start, (v) => (this.dateText = v));
		this.dateText = date.getValue();
		if (this.snoozedUntil !== null && this.snoozedUntil > this.today) {
			new Setting(el)
				.setName(`Snoozed until ${formatLongDay(this.snoozedUntil)}`)
				.addButton((b) =>
					b.setButtonText("Stop snoozing").onClick(async () => {
						const problem = await this.onClear();
						if (problem === null) this.close();
						else this.showError(problem);
					}),
				);
		}
	}

	protected async submit(): Promise<string | null> {
		const date = readDateField(this.dateText);
		if (!date.ok) return date.error;
		if (date.day <= this.today) return "Pick a day after today.";
		return this.onSnooze(date.day);
	}
}
