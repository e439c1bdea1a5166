/**
 * Tend's settings tab. Every field checks what is typed (settingsRules.ts): a value the
 * core would not take is shown with the reason and not saved, so data.json (which the CLI
 * reads too) always holds settings in force.
 *
 * The rows are described once, in settingsSpec.ts, and drawn two ways:
 *
 * - Obsidian 1.13 and later call `getSettingDefinitions()` and draw the tab themselves, which
 *   puts every setting in Obsidian's settings search. They then never call `display()`.
 * - Older versions do not know that method (nothing calls it) and call `display()`, which
 *   draws the same rows with `Setting`.
 *
 * Which one runs is Obsidian's choice, not a guess of ours; `requireApiVersion("1.13.0")`
 * guards the few calls that exist only from 1.13 (`update`, `refreshDomState`), so the old
 * path never touches them, and makes `getSettingDefinitions()` return nothing on an older
 * version should anything call it. The minimum app version stays 1.7.2.
 */
import { PluginSettingTab, requireApiVersion, Setting, type App, type Plugin, type SettingDefinition, type SettingDefinitionItem, type TextAreaComponent, type TextComponent } from "obsidian";
import type { Contact } from "../core/contact";
import type { TendSettings } from "../core/settings";
import { acceptValue, isValueRow, settingSections, validatedInput, type Row, type Section, type SettingsContext, type ValueRow } from "./settingsSpec";

export interface SettingsHost extends Plugin {
	settings: TendSettings;
	saveSettings(): Promise<void>;
}

/** The tracked contacts for the capacity figures, or null while the vault is being read. */
export type ContactsSource = () => readonly Pick<Contact, "tierIndex" | "cadence">[] | null;

export class TendSettingTab extends PluginSettingTab {
	/** The value rows of the last build, by key: what `getControlValue`/`setControlValue` serve. */
	private valueRows = new Map<string, ValueRow>();
	/** Rows `display()` drew, to re-evaluate their `visible` and `disabled`; empty otherwise. */
	private displayRows: { row: Row; setting: Setting }[] = [];
	/** Whether the tab on screen was drawn by `display()` (always, before Obsidian 1.13). */
	private drawnByDisplay = false;

	constructor(
		app: App,
		private readonly host: SettingsHost,
		private readonly contacts: ContactsSource = () => null,
	) {
		super(app, host);
		if (requireApiVersion("1.11.0")) this.icon = "sprout";
	}

	/** What the rows see: read through, since the settings object is replaced when data.json changes. */
	private readonly context: SettingsContext = ((tab: TendSettingTab): SettingsContext => ({
		get settings() {
			return tab.host.settings;
		},
		get contacts() {
			return tab.contacts();
		},
		save: () => tab.host.saveSettings(),
		restructure: () => tab.restructure(),
		refresh: () => tab.refresh(),
	}))(this);

	/** The sections for the settings as they are now, remembering the value rows by key. */
	private sections(): Section[] {
		const sections = settingSections(this.context);
		this.valueRows = new Map();
		for (const section of sections) for (const row of section.rows) if (isValueRow(row)) this.valueRows.set(row.key, row);
		return sections;
	}

	// -------------------------------------------------------------------------------------
	// Obsidian 1.13 and later

	override getSettingDefinitions(): SettingDefinitionItem[] {
		if (!requireApiVersion("1.13.0")) return [];
		return this.sections().map((section) => ({
			type: "group",
			heading: section.heading,
			cls: "tend-settings",
			items: section.rows.map((row) => definition(row)),
		}));
	}

	override getControlValue(key: string): unknown {
		return this.valueRows.get(key)?.get();
	}

	/**
	 * Obsidian calls this once `validate` passed; the value is checked again all the same
	 * (and its type with it), so data.json only ever gets what the core reads as it is.
	 */
	override async setControlValue(key: string, value: unknown): Promise<void> {
		const row = this.valueRows.get(key);
		if (!row || !acceptValue(row, value)) return;
		await this.host.saveSettings();
		this.refresh();
	}

	// -------------------------------------------------------------------------------------
	// Before Obsidian 1.13: the same rows, drawn here

	override display(): void {
		this.draw();
	}

	override hide(): void {
		this.drawnByDisplay = false;
		this.displayRows = [];
		super.hide();
	}

	private draw(): void {
		const el = this.containerEl;
		el.empty();
		el.addClass("tend-settings");
		this.drawnByDisplay = true;
		this.displayRows = [];
		for (const section of this.sections()) {
			new Setting(el).setName(section.heading).setHeading();
			for (const row of section.rows) this.displayRows.push({ row, setting: this.drawRow(el, row) });
		}
		this.refresh();
	}

	private drawRow(el: HTMLElement, row: Row): Setting {
		const setting = new Setting(el).setName(row.name);
		if (row.desc !== "") setting.setDesc(row.desc);
		const save = async (value: unknown) => {
			if (!isValueRow(row) || !acceptValue(row, value)) return;
			await this.host.saveSettings();
			this.refresh();
		};
		switch (row.type) {
			case "text":
			case "textarea": {
				const errorEl = setting.infoEl.createDiv({ cls: "tend-setting-error", attr: { role: "alert" } });
				const field = (t: TextComponent | TextAreaComponent) => {
					t.setPlaceholder(row.placeholder).setValue(row.get());
					validatedInput(t, errorEl, (v) => row.check(v), (v) => row.set(v), async () => {
						await this.host.saveSettings();
						this.refresh();
					});
				};
				if (row.type === "text") setting.addText(field);
				else
					setting.addTextArea((t) => {
						if (row.rows !== undefined) t.inputEl.rows = row.rows;
						field(t);
					});
				if (row.wide) setting.setClass("tend-setting-wide");
				break;
			}
			case "toggle":
				setting.addToggle((t) => t.setValue(row.get()).onChange(save));
				break;
			case "dropdown":
				setting.addDropdown((d) => d.addOptions(row.options).setValue(row.get()).onChange(save));
				break;
			case "note":
				break;
			case "custom":
				row.draw(setting);
				break;
		}
		return setting;
	}

	// -------------------------------------------------------------------------------------
	// Both

	/** Rows were added, removed or moved: the tab is drawn again, by whichever path drew it. */
	private restructure(): void {
		if (this.drawnByDisplay) this.draw();
		else if (requireApiVersion("1.13.0")) this.update();
	}

	/** `visible` and `disabled` of every row evaluated again, in place (no redraw). */
	private refresh(): void {
		for (const { row, setting } of this.displayRows) {
			settingShown(setting, row.visible ? row.visible() : true);
			if (row.disabled) setting.setDisabled(row.disabled());
		}
		if (requireApiVersion("1.13.0") && !this.drawnByDisplay) this.refreshDomState();
	}
}

function settingShown(setting: Setting, shown: boolean): void {
	setting.settingEl.toggle(shown);
}

/** The declarative definition of a row: the same name, words, check and key as `display()` uses. */
function definition(row: Row): SettingDefinition {
	const base = {
		name: row.name,
		...(row.desc !== "" ? { desc: row.desc } : {}),
		...(row.aliases ? { aliases: row.aliases } : {}),
		...(row.visible ? { visible: row.visible } : {}),
	};
	const disabled = row.disabled ? { disabled: row.disabled } : {};
	switch (row.type) {
		case "text":
			return { ...base, control: { type: "text", key: row.key, placeholder: row.placeholder, validate: (v: string) => row.check(v) ?? undefined, ...disabled } };
		case "textarea":
			return {
				...base,
				control: { type: "textarea", key: row.key, placeholder: row.placeholder, ...(row.rows !== undefined ? { rows: row.rows } : {}), validate: (v: string) => row.check(v) ?? undefined, ...disabled },
			};
		case "toggle":
			return { ...base, control: { type: "toggle", key: row.key, ...disabled } };
		case "dropdown":
			return { ...base, control: { type: "dropdown", key: row.key, options: row.options, ...disabled } };
		case "note":
			return base;
		case "custom":
			return {
				...base,
				render: (setting: Setting) => {
					// The framework may or may not have set these; either way they are the row's.
					setting.setName(row.name);
					if (row.desc !== "") setting.setDesc(row.desc);
					row.draw(setting);
				},
			};
	}
}
