/**
 * Tend's settings tab. Every field checks what is typed (settingsRules.ts): a value the
 * core would not take is shown with the reason and not saved, so data.json (which the CLI
 * reads too) always holds settings in force.
 *
 * `display()` builds the tab, as Obsidian before 1.13 needs; the tab redraws itself through
 * `draw()` when a list changes (a tier added, removed or moved).
 */
// @ts-nocheck

import { PluginSettingTab, Setting, type App, type Plugin, type TextComponent } from "obsidian";
import { DEFAULT_SETTINGS, type Direction, type KeyNames, type LogOrder, type TendSettings } from "../core/settings";
import { checkCadence, checkHeading, checkKeyName, checkKindName, checkPositiveRule, checkTemplate, checkTierName, readCount } from "./settingsRules";

export interface SettingsHost extends Plugin {
	settings: TendSettings;
	saveSettings(): Promise<void>;
}

const KEY_LABELS: Record<keyof KeyNames, [string, string]> = {
	tier: ["Tier", "Which tier (and so which cadence) the contact is in."],
	cadence: ["Cadence", "A cadence of the contact's own, instead of the tier's."],
	lastContact: ["Last contact", "The date of the last contact; Tend moves it forward when it logs a touchpoint."],
	promises: ["Promises", "A list of YYYY-MM-DD what was promised."],
	snoozeUntil: ["Snooze until", "Not listed as due before this date."],
	birthday: ["Birthday", "YYYY-MM-DD, or --MM-DD when the year is unknown."],
	dates: ["Yearly dates", "A list of MM-DD label (a company anniversary)."],
	busy: ["Busy periods", "A list of MM-DD..MM-DD label."],
	interests: ["Interests", "Topics they care about."],
	goals: ["Goals", "What they are working toward."],
	offers: ["Offers", "What they can help others with."],
	difficult: ["Difficult", "A checkbox for a strained relationship."],
	type: ["Type", "The property that marks a note as a contact (see above)."],
};

const DIRECTIONS: Record<Direction, string> = { give: "Give", ask: "Ask", neutral: "Neutral" };
const ORDERS: Record<LogOrder, string> = { "newest-first": "Newest first", "oldest-first": "Oldest first" };

export class TendSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		private readonly host: SettingsHost,
	) {
		super(app, host);
	}

	override display(): void {
		this.draw();
	}

	private get settings(): TendSettings {
		return this.host.settings;
	}

	private persist(): Promise<void> {
		return this.host.saveSettings();
	}

	/** A text field that saves only what `check` accepts, and says why otherwise. */
	private textField(
		el: HTMLElement,
		name: string,
		desc: string,
		value: string,
		placeholder: string,
		check: (v: string) => string | null,
		apply: (v: string) => void,
	): Setting {
		const setting = new Setting(el).setName(name).setDesc(desc);
		const errorEl = setting.infoEl.createDiv({ cls: "tend-setting-error", attr: { role: "alert" } });
		setting.addText((t) => {
			t.setPlaceholder(placeholder).setValue(value);
			this.validate(t, errorEl, check, apply);
		});
		return setting;
	}

	private validate(t: TextComponent, errorEl: HTMLElement, check: (v: string) => string | null, apply: (v: string) => void): void {
		t.onChange(async (v) => {
			const error = check(v);
			errorEl.setText(error ?? "");
			t.inputEl.toggleClass("tend-invalid", error !== null);
			t.inputEl.setAttr("aria-invalid", error !== null ? "true" : null);
			if (error !== null) return;
			apply(v);
			await this.persist();
		});
	}

	/** One text field of a tier or kind row: labelled for screen readers, validated as typed. */
	private rowField(setting: Setting, errorEl: HTMLElement, row: string, field: string, cls: string, value: string, check: (v: string) => string | null, apply: (v: string) => void): void {
		setting.addText((t) => {
			t.setPlaceholder(field).setValue(value);
			t.inputEl.setAttr("aria-label", `${row} ${field.toLowerCase()}`);
			t.inputEl.addClass(cls);
			this.validate(t, errorEl, check, apply);
		});
	}

	private draw(): void {
		const el = this.containerEl;
		el.empty();
		el.addClass("tend-settings");
		const s = this.settings;

		new Setting(el).setName("Finding contacts").setDesc("A note is a contact when any of these holds. Leave a field empty to turn that rule off.").setHeading();
		this.textField(el, "Contacts folder", "Notes in this folder and its subfolders.", s.contactsFolder, DEFAULT_SETTINGS.contactsFolder, () => null, (v) => (s.contactsFolder = v.trim()));
		this.textField(el, "Contact tag", "Notes with this tag, nested tags included (contact/work).", s.contactTag, DEFAULT_SETTINGS.contactTag, () => null, (v) => (s.contactTag = v.trim().replace(/^#/, "")));
		this.textField(el, "Contact type", `Notes whose ${s.keys.type} property has this value.`, s.contactType, DEFAULT_SETTINGS.contactType, () => null, (v) => (s.contactType = v.trim()));

		new Setting(el).setName("Property names").setDesc("The frontmatter keys for each value, if your notes already use other names.").setHeading();
		for (const key of Object.keys(KEY_LABELS) as (keyof KeyNames)[]) {
			const [label, desc] = KEY_LABELS[key];
			this.textField(el, label, desc, s.keys[key], DEFAULT_SETTINGS.keys[key], checkKeyName, (v) => (s.keys[key] = v.trim()));
		}

		this.drawTiers(el);
		this.drawKinds(el);

		new Setting(el).setName("Touchpoint log").setHeading();
		this.textField(el, "Log heading", "The heading the touchpoints are listed under, with its level.", s.logHeading, DEFAULT_SETTINGS.logHeading, checkHeading, (v) => (s.logHeading = v.trim()));
		new Setting(el)
			.setName("Entry order")
			.setDesc("Where a new entry goes in the log.")
			.addDropdown((d) =>
				d
					.addOptions(ORDERS)
					.setValue(s.logOrder)
					.onChange(async (v) => {
						s.logOrder = v as LogOrder;
						await this.persist();
					}),
			);
		this.textField(
			el,
			"Entry template",
			"How a new entry is written: {{date}}, {{kind}} and {{summary}} once each; {{hours}} and {{name}} are optional.",
			s.entryTemplate,
			DEFAULT_SETTINGS.entryTemplate,
			checkTemplate,
			(v) => (s.entryTemplate = v),
		).setClass("tend-setting-wide");

		new Setting(el).setName("Reminders").setDesc("How far ahead (or back) a date makes a contact worth a note today.").setHeading();
		const count = (name: string, desc: string, key: "promiseSoonDays" | "dateSoonDays" | "busyEndedDays" | "askStreak") => {
			let parsed = s[key];
			this.textField(
				el,
				name,
				desc,
				String(s[key]),
				String(DEFAULT_SETTINGS[key]),
				(v) => {
					const r = readCount(v);
					if (!r.ok) return r.error;
					parsed = r.value;
					return null;
				},
				() => (s[key] = parsed),
			);
		};
		count("Promise due soon", "Days before a promise's date that it shows as due soon.", "promiseSoonDays");
		count("Birthdays and yearly dates", "Days ahead that a birthday or yearly date shows.", "dateSoonDays");
		count("Back from a busy period", "Days after a busy period ends that it shows.", "busyEndedDays");
		count("Ask streak", "Asks in a row, with no give or neutral touchpoint between, before Tend says give first. 0 turns it off.", "askStreak");

		new Setting(el).setName("New contacts").setHeading();
		this.textField(el, "Folder", "Where new contact notes go. Empty: the contacts folder.", s.newContactFolder, "", () => null, (v) => (s.newContactFolder = v.trim()));
		this.textField(el, "Template note", "A note to copy for new contacts; {{name}} and {{date}} are filled in. Empty: a plain note.", s.newContactTemplate, "Templates/Contact.md", () => null, (v) => (s.newContactTemplate = v.trim()));
	}

	private drawTiers(el: HTMLElement): void {
		const s = this.settings;
		new Setting(el)
			.setName("Tiers")
			.setDesc("In order of importance. Cadence: 6w, 90d, 3m, 1y, or a window such as 4-6w (due after 4 weeks, overdue after 6). Positive rule: at least one give or neutral touchpoint this often (empty: none).")
			.setHeading();
		s.tiers.forEach((tier, i) => {
			const setting = new Setting(el).setName(`Tier ${i + 1}`).setClass("tend-setting-row");
			const errorEl = setting.infoEl.createDiv({ cls: "tend-setting-error", attr: { role: "alert" } });
			this.rowField(setting, errorEl, `Tier ${i + 1}`, "Name", "tend-tier-name", tier.name, (v) => checkTierName(v, s.tiers, i), (v) => (tier.name = v.trim()));
			this.rowField(setting, errorEl, `Tier ${i + 1}`, "Cadence", "tend-tier-cadence", tier.cadence, checkCadence, (v) => (tier.cadence = v.trim()));
			this.rowField(setting, errorEl, `Tier ${i + 1}`, "Positive rule", "tend-tier-positive", tier.positiveEvery, checkPositiveRule, (v) => (tier.positiveEvery = v.trim()));
			this.listButtons(setting, s.tiers, i, "tier");
		});
		new Setting(el).addButton((b) =>
			b.setButtonText("Add tier").onClick(async () => {
				let n = s.tiers.length + 1;
				while (s.tiers.some((t) => t.name === `T${n}`)) n++;
				s.tiers.push({ name: `T${n}`, cadence: "6m", positiveEvery: "" });
				await this.persist();
				this.draw();
			}),
		);
	}

	private drawKinds(el: HTMLElement): void {
		const s = this.settings;
		new Setting(el)
			.setName("Touchpoint kinds")
			.setDesc("What a touchpoint was, and whether it gave, asked or neither. Give before you ask: Tend warns after a streak of asks.")
			.setHeading();
		s.kinds.forEach((kind, i) => {
			const setting = new Setting(el).setName(`Kind ${i + 1}`).setClass("tend-setting-row");
			const errorEl = setting.infoEl.createDiv({ cls: "tend-setting-error", attr: { role: "alert" } });
			this.rowField(setting, errorEl, `Kind ${i + 1}`, "Name", "tend-kind-name", kind.name, (v) => checkKindName(v, s.kinds, i), (v) => (kind.name = v.trim()));
			setting.addDropdown((d) =>
				d
					.addOptions(DIRECTIONS)
					.setValue(kind.direction)
					.onChange(async (v) => {
						kind.direction = v as Direction;
						await this.persist();
					}),
			);
			this.listButtons(setting, s.kinds, i, "kind");
		});
		new Setting(el).addButton((b) =>
			b.setButtonText("Add kind").onClick(async () => {
				let n = 1;
				while (s.kinds.some((k) => k.name === `kind-${n}`)) n++;
				s.kinds.push({ name: `kind-${n}`, direction: "neutral" });
				await this.persist();
				this.draw();
			}),
		);
	}

	/** Up, down and remove for one item of a list setting (a list keeps at least one item). */
	private listButtons<T>(setting: Setting, list: T[], i: number, what: string): void {
		const move = async (to: number) => {
			const [item] = list.splice(i, 1);
			if (item === undefined) return;
			list.splice(to, 0, item);
			await this.persist();
			this.draw();
		};
		setting.addExtraButton((b) =>
			b
				.setIcon("arrow-up")
				.setTooltip(`Move this ${what} up`)
				.setDisabled(i === 0)
				.onClick(() => void move(i - 1)),
		);
		setting.addExtraButton((b) =>
			b
				.setIcon("arrow-down")
				.setTooltip(`Move this ${what} down`)
				.setDisabled(i === list.length - 1)
				.onClick(() => void move(i + 1)),
		);
		setting.addExtraButton((b) =>
			b
				.setIcon("trash-2")
				.setTooltip(`Remove this ${what}`)
				.setDisabled(list.length <= 1)
				.onClick(async () => {
					list.splice(i, 1);
					await this.persist();
					this.draw();
				}),
		);
	}
}
