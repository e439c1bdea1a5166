/**
 * The browser test's page: the fake Obsidian (tests/obsidian/fakeObsidian.ts) bundled for
 * the browser, handed to the built main.js as `require("obsidian")` exactly as Obsidian
 * hands it the real API. scripts/browser-test.mjs loads this page in Chromium, starts the
 * plugin on a vault, and measures the due list.
 */
import * as obsidian from "../fakeObsidian";
import { App } from "../fakeObsidian";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { localToday } from "../../../src/obsidian/clock";
import { contactFromText } from "../../../src/obsidian/contactNote";
import { DueList } from "../../../src/core/dueList/model";
import type { Contact } from "../../../src/core/contact";
import { parseFrontmatter } from "../../../src/core/frontmatter";
import { MentionIndex } from "../../../src/core/mentions/mentionIndex";
import { aliasesOf, VaultResolver } from "../../../src/core/mentions/resolve";
import { mentionsFromText } from "../../../src/core/mentions/textScan";
import { withMentions } from "../../../src/core/mentions/withMentions";

interface PageGlobals {
	module: { exports: { default?: new (app: App, manifest: obsidian.PluginManifest) => obsidian.Plugin } };
	exports: unknown;
	require: (name: string) => unknown;
	TendHarness: typeof harness;
	TendApp?: App;
}

const page = window as unknown as PageGlobals;
page.module = { exports: {} };
page.exports = page.module.exports;
page.require = (name: string) => {
	if (name === "obsidian") return obsidian;
	throw new Error(`main.js asked for "${name}": only "obsidian" exists in Obsidian`);
};

const manifest: obsidian.PluginManifest = { id: "tend", name: "Tend", version: "0.1.0", minAppVersion: "1.7.2", author: "Tend", description: "Tend in the browser test." };

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, ms));
}

/** A new app over the notes with the built plugin loaded into it, the layout ready. */
async function boot(files: Record<string, string>): Promise<App> {
	const app = new App(files);
	const Plugin = page.module.exports.default;
	if (!Plugin) throw new Error("main.js did not export the plugin");
	const plugin = new Plugin(app, manifest);
	plugin.load();
	await sleep(0);
	app.workspace.setLayoutReady();
	return app;
}

const harness = {
	/** Starts the plugin on the notes and opens the due list; resolves once every log is read. */
	async start(files: Record<string, string>, options: { theme: "light" | "dark"; phone: boolean }): Promise<void> {
		document.body.className = `theme-${options.theme}${options.phone ? " is-mobile is-phone" : ""}`;
		const app = await boot(files);
		if (!app.executeCommandById("tend:open-due-list")) throw new Error("the open-due-list command is missing");
		for (let i = 0; i < 200; i++) {
			await sleep(20);
			const note = document.querySelector(".tend-due-note")?.textContent ?? "";
			if (note !== "" && !note.includes("reading")) break;
		}
		await sleep(120);
	},

	/**
	 * Starts the plugin on the notes, opens `path` and the contact panel beside it; resolves
	 * once the panel has drawn the brief (scripts/browser-practices.mjs).
	 */
	async startPanel(files: Record<string, string>, path: string, options: { theme: "light" | "dark" }): Promise<void> {
		document.body.className = `theme-${options.theme}`;
		const app = await boot(files);
		await sleep(200);
		const file = app.vault.getFileByPath(path);
		if (!file) throw new Error(`no note ${path}`);
		await app.workspace.getLeaf(false).openFile(file);
		if (!app.executeCommandById("tend:open-contact-panel")) throw new Error("the open-contact-panel command is missing");
		for (let i = 0; i < 200; i++) {
			await sleep(20);
			if (document.querySelector(".tend-contact-panel .tend-contact-panel-name")) break;
		}
		await sleep(120);
		page.TendApp = app;
	},

	/** Runs "Show network stats"; resolves once the modal is drawn. */
	async showStats(): Promise<void> {
		const app = page.TendApp;
		if (!app || !app.executeCommandById("tend:show-network-stats")) throw new Error("the show-network-stats command is missing");
		for (let i = 0; i < 200; i++) {
			await sleep(20);
			if (document.querySelector(".tend-stats .tend-stats-chart")) break;
		}
		await sleep(120);
	},

	/** The rows the list must show, in order, from the same pure code the view draws from. */
	expectedRows(files: Record<string, string>): string[] {
		const today = localToday(Date.now());
		const contacts = Object.entries(files)
			.map(([path, text]) => contactFromText(path, text, DEFAULT_SETTINGS, today))
			.filter((c): c is Contact => c !== null);
		// Dated notes that link a contact count as its last contact (the core's mention rules,
		// applied as the CLI applies them to the notes it reads).
		const paths = new Set(contacts.map((c) => c.path));
		const parsed = Object.entries(files).map(([path, text]) => ({ path, text, fm: parseFrontmatter(text) }));
		const aliases = new Map(parsed.filter((n) => paths.has(n.path)).map((n) => [n.path, aliasesOf(n.fm.kind === "ok" ? n.fm.data : null)] as [string, string[]]));
		const ctx = { settings: DEFAULT_SETTINGS.mentions, daily: null, today, resolver: new VaultResolver(Object.keys(files), aliases), isContact: (p: string) => paths.has(p) };
		const index = new MentionIndex();
		for (const n of parsed) {
			const found = mentionsFromText(n.path, n.text, n.fm.kind === "ok" ? n.fm.data : null, n.fm.bodyStart, ctx);
			if (found.mentions.length + found.promises.length + found.kept.length > 0) index.update(n.path, found);
		}
		const model = new DueList(
			contacts.map((c) => withMentions(c, index)),
			today,
			DEFAULT_SETTINGS,
		);
		return model.sections().flatMap((s) => model.rows(s.id).map((r) => `${s.title}: ${r.name}`));
	},
};

page.TendHarness = harness;
