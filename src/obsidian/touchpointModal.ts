/**
 * The form for logging a touchpoint: kind (from settings, with its direction), date
 * (today unless changed), summary and the optional time spent. When the kind picked is an
 * ask and the balance of gives and asks is negative, a gentle note under the kind says how
 * many asks are waiting for a give (src/core/insights/giveTake.ts `askNote`); it never stops
 * the ask from being logged.
 */
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
	private noteEl: HTMLElement | null = null;
	/** Resolves once the gentle note for the kind shown is on screen (for the tests). */
	askNoteShown: Promise<void> = Promise.resolve();

	constructor(
		app: App,
		private readonly contactName: string,
		private readonly settings: TendSettings,
		private readonly today: Day,
		private readonly onSubmit: (values: TouchpointValues) => Promise<string | null>,
		/** The gentle note for a kind, or null; read from the notes' logs, so it may come late. */
		private readonly askNoteFor: ((kind: string) => Promise<string | null>) | null = null,
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
				d.setValue(this.kind).onChange((v) => {
					this.kind = v;
					this.showAskNote();
				});
			});
		this.noteEl = el.createDiv({ cls: "tend-ask-note", attr: { role: "status" } });
		this.showAskNote();
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

	private showAskNote(): void {
		const el = this.noteEl;
		const kind = this.kind;
		el?.empty();
		el?.hide();
		if (!el || !this.askNoteFor) return;
		this.askNoteShown = this.askNoteFor(kind).then(
			(note) => {
				if (this.kind !== kind || note === null) return;
				el.setText(note);
				el.show();
			},
			() => {},
		);
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
