/**
 * The form for logging a touchpoint: kind (from settings, with its direction), date
 * (today unless changed), summary and the optional time spent.
 */
// @ts-nocheck

import { Setting, type App } from "obsidian";
import type { Day } from "../core/calendar";
import type { TendSettings } from "../core/settings";
import { parseHoursText } from "../core/template";
import { addDateField, FormModal, readDateField } from "./formModal";

export interface TouchpointValues {
	kind: string;
	date: Day;
	summary: string;
	hours: number | null;
}

/** The kind a new touchpoint starts with: the first neutral kind (a check-in), else the first. */
export function defaultKind(settings: TendSettings): string {
	return (settings.kinds.find((k) => k.direction === "neutral") ?? settings.kinds[0])?.name ?? "";
}

/** Hours as typed: `1.5`, `1,5`, `90 min`, `2h`; null when empty. */
export function readHours(text: string): { ok: true; hours: number | null } | { ok: false; error: string } {
	const t = text.trim();
	if (t === "") return { ok: true, hours: null };
	const hours = /^\d+(?:[.,]\d+)?$/.test(t) ? Number(t.replace(",", ".")) : parseHoursText(t);
	if (hours === null || !(hours > 0) || hours > 24) return { ok: false, error: `"${t}" is not a time spent: write hours like 1.5, or minutes like 45 min.` };
	return { ok: true, hours };
}

export class TouchpointModal extends FormModal {
	private kind: string;
	private dateText: string;
	private summary = "";
	private hoursText = "";

	constructor(
		app: App,
		private readonly contactName: string,
		private readonly settings: TendSettings,
		private readonly today: Day,
		private readonly onSubmit: (values: TouchpointValues) => Promise<string | null>,
	) {
		super(app, `Log a touchpoint with ${contactName}`, "Log touchpoint");
		this.kind = defaultKind(settings);
		this.dateText = "";
	}

	protected build(el: HTMLElement): void {
		new Setting(el)
			.setName("Kind")
			.setDesc("Give, ask or neutral: Tend keeps the balance.")
			.addDropdown((d) => {
				for (const k of this.settings.kinds) d.addOption(k.name, `${k.name} (${k.direction})`);
				d.setValue(this.kind).onChange((v) => (this.kind = v));
			});
		const date = addDateField(el, "Date", "When it happened.", this.today, (v) => (this.dateText = v));
		this.dateText = date.getValue();
		new Setting(el).setName("Summary").addText((t) => {
			t.setPlaceholder("What you shared, asked or talked about").onChange((v) => (this.summary = v));
			t.inputEl.addClass("tend-summary-input");
			window.setTimeout(() => t.inputEl.focus(), 0);
		});
		new Setting(el)
			.setName("Time spent")
			.setDesc("Optional: hours (1.5) or minutes (45 min).")
			.addText((t) => t.setPlaceholder("1.5").onChange((v) => (this.hoursText = v)));
	}

	protected async submit(): Promise<string | null> {
		const date = readDateField(this.dateText);
		if (!date.ok) return date.error;
		const hours = readHours(this.hoursText);
		if (!hours.ok) return hours.error;
		if (this.kind === "") return "Pick a kind.";
		return this.onSubmit({ kind: this.kind, date: date.day, summary: this.summary, hours: hours.hours });
	}
}
