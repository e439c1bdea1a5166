/**
 * Tend's plugin entry: wiring only, so the logic stays testable outside it. It loads the settings, builds the
 * contact index once the layout is ready, and registers the due list view, the commands,
 * the ribbon icon and the settings tab, handing each what it needs.
 */
import { Notice, Plugin } from "obsidian";
import type { Diagnostic } from "../core/diagnostics";
import { loadSettings, settingsDiagnostics, type TendSettings } from "../core/settings";
import { TendActions } from "./actions";
import { registerTendBasesView } from "./basesView";
import { Clock, CLOCK_TICK_MS } from "./clock";
import { registerCommands, registerDailyNoteCommand } from "./commands";
import { ContactIndex } from "./contactIndex";
import { ContactPanelView, VIEW_TYPE_CONTACT_PANEL } from "./contactPanel";
import { DailyChecklist } from "./dailyChecklist";
import { DueListView, VIEW_TYPE_DUE_LIST } from "./dueListView";
import { Practices } from "./practices";
import { LogOffers } from "./logOfferNotice";
import { TendSettingTab } from "./settingsTab";

/** A burst of keystrokes in the settings re-reads the vault once, after the last one. */
const SETTINGS_SETTLE_MS = 400;

export default class TendPlugin extends Plugin {
	override settings: TendSettings = loadSettings(null).settings;
	private settingsProblems: Diagnostic[] = [];
	private reindexTimer: number | null = null;

	override async onload(): Promise<void> {
		await this.readSettings();

		const clock = new Clock();
		const index = this.addChild(new ContactIndex(this.app, () => this.settings, clock));
		const actions = new TendActions(this.app, index, clock, () => this.settings, () => this.settingsProblems);
		const offers = new LogOffers(index, actions, () => this.settings, clock);
		index.mentions.onSaved = (source, mentions) => offers.consider(source, mentions);
		const services = { index, clock, actions, settings: () => this.settings };

		this.registerView(VIEW_TYPE_DUE_LIST, (leaf) => new DueListView(leaf, services));
		// Only where the app has Bases (1.10+); elsewhere this does nothing.
		registerTendBasesView(this, services);
		this.addRibbonIcon("sprout", "Open due list", () => void this.openDueList());
		this.registerView(VIEW_TYPE_CONTACT_PANEL, (leaf) => new ContactPanelView(leaf, services));
		const practices = new Practices(this.app, actions, (path) => this.openContactPanel(path));
		registerCommands(this, actions, () => this.openDueList(), { practices, openPanel: () => this.openContactPanel() });
		const daily = this.addChild(new DailyChecklist(this.app, actions));
		registerDailyNoteCommand(this, daily);
		this.register(() => actions.forgetHistory());
		this.addSettingTab(new TendSettingTab(this.app, this, () => (index.ready ? index.all() : null)));
		this.registerInterval(window.setInterval(() => clock.tick(), CLOCK_TICK_MS));
		this.register(() => {
			if (this.reindexTimer !== null) window.clearTimeout(this.reindexTimer);
		});
		this.app.workspace.onLayoutReady(() => index.start());
		this.reindex = () => index.refreshAll();
	}

	private reindex: () => void = () => {};

	/** Settings from data.json, as the CLI reads them; what cannot be used is reported. */
	private async readSettings(): Promise<void> {
		const loaded = loadSettings(await this.loadData());
		this.settings = loaded.settings;
		const dataPath = `${this.app.vault.configDir}/plugins/${this.manifest.id}/data.json`;
		this.settingsProblems = settingsDiagnostics(loaded.problems, dataPath);
		if (this.settingsProblems.length > 0) new Notice("Tend: some settings could not be used; the check contact notes command lists them.");
	}

	/** data.json changed on disk (Sync, or another device): use the new settings. */
	override async onExternalSettingsChange(): Promise<void> {
		await this.readSettings();
		this.reindex();
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
		if (this.reindexTimer !== null) window.clearTimeout(this.reindexTimer);
		this.reindexTimer = window.setTimeout(() => {
			this.reindexTimer = null;
			this.reindex();
		}, SETTINGS_SETTLE_MS);
	}

	/** The contact panel in the right sidebar, following the active note, or on `path`. */
	async openContactPanel(path?: string): Promise<void> {
		const leaf = await this.app.workspace.ensureSideLeaf(VIEW_TYPE_CONTACT_PANEL, "right", { active: false, reveal: true });
		await leaf.loadIfDeferred();
		if (leaf.view instanceof ContactPanelView && path !== undefined) await leaf.view.show(path);
	}

	async openDueList(): Promise<void> {
		const leaf = await this.app.workspace.ensureSideLeaf(VIEW_TYPE_DUE_LIST, "right", { active: true, reveal: true });
		await leaf.loadIfDeferred();
		if (leaf.view instanceof DueListView) leaf.view.focusList();
	}
}
