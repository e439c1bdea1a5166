/**
 * Runs the built plugin (main.js, the file users install) against the fake Obsidian, and
 * reads and drives its interface the way a user would: through the DOM of the view, the
 * modals and the settings tab. Tests use jest's fake timers with a local wall clock, so the
 * day, the background reads and the redraws happen exactly when a test says.
 */
// @ts-nocheck

import * as fs from "fs";
import * as path from "path";
import {
	App,
	MarkdownView,
	Modal,
	notices,
	openModals,
	type FakeOptions,
	type Plugin,
	type PluginManifest,
	type PluginSettingTab,
	type WorkspaceLeaf,
} from "./fakeObsidian";

export const ROOT = path.resolve(__dirname, "..", "..");
export const MANIFEST = JSON.parse(fs.readFileSync(path.join(ROOT, "manifest.json"), "utf8")) as PluginManifest;
export const VIEW_TYPE = "tend-due-list";
export const DATA_PATH = ".obsidian/plugins/tend/data.json";

export interface TendPlugin extends Plugin {
	settings: Record<string, unknown>;
	onExternalSettingsChange(): Promise<void>;
}

type PluginClass = new (app: App, manifest: PluginManifest) => TendPlugin;

/** The plugin class from main.js; `require("obsidian")` inside it resolves to the fake. */
export function builtPlugin(): PluginClass {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const mod = require(path.join(ROOT, "main.js")) as { default?: PluginClass };
	if (typeof mod.default !== "function") throw new Error("main.js does not export a plugin class as default");
	return mod.default;
}

/** Every note of a folder on disk, by vault path. */
export function readVault(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (abs: string, rel: string) => {
		for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
			if (entry.name.startsWith(".")) continue;
			const p = rel === "" ? entry.name : `${rel}/${entry.name}`;
			if (entry.isDirectory()) walk(path.join(abs, entry.name), p);
			else if (entry.name.endsWith(".md")) out[p] = fs.readFileSync(path.join(abs, entry.name), "utf8");
		}
	};
	walk(dir, "");
	return out;
}

export const EXAMPLE_VAULT = path.join(ROOT, "examples", "vault");

/** Fake timers with the local wall clock at the given time (month is 1-based). */
export function useClock(year: number, month: number, day: number, hour = 9, minute = 0): void {
	jest.useFakeTimers({ now: new Date(year, month - 1, day, hour, minute, 0), doNotFake: ["nextTick", "queueMicrotask"] });
}

/** Lets pending promises and timers up to `ms` from now run. */
export async function flush(ms = 0): Promise<void> {
	await jest.advanceTimersByTimeAsync(ms);
	await jest.advanceTimersByTimeAsync(0);
}

/** Runs every timer until none is left (background reads, redraws, the metadata cache). */
export async function settle(): Promise<void> {
	for (let i = 0; i < 200; i++) {
		await jest.advanceTimersByTimeAsync(100);
		if (jest.getTimerCount() <= 1) break; // the clock's interval always remains
	}
}

export interface Running {
	app: App;
	plugin: TendPlugin;
}

/** Every plugin started and not yet stopped, so a test cannot leave one running. */
const started: Running[] = [];

/** Stops every plugin the test started; for afterEach. */
export function stopPlugins(): void {
	for (const running of started.splice(0)) stopPlugin(running);
}

export interface StartOptions {
	data?: unknown;
	layoutReady?: boolean;
	/** What the fake should do as the real app does (a cache still indexing, late events, ...). */
	fake?: FakeOptions;
	/** Runs on the app before the plugin loads (to restore leaves, break reads, ...). */
	before?: (app: App) => void;
}

export async function startPlugin(files: Record<string, string>, options: StartOptions = {}): Promise<Running> {
	notices.length = 0;
	for (const m of [...openModals]) m.close();
	const app = new App(files, options.fake);
	if (options.data !== undefined) app.vault.configFiles.set(DATA_PATH, JSON.stringify(options.data));
	options.before?.(app);
	const Plugin = builtPlugin();
	const plugin = new Plugin(app, { ...MANIFEST });
	plugin.load();
	await flush();
	if (options.layoutReady !== false) app.workspace.setLayoutReady();
	await flush();
	const running = { app, plugin };
	started.push(running);
	return running;
}

export function stopPlugin(running: Running): void {
	running.plugin.unload();
	running.app.destroy();
	document.body.empty();
}

export async function openDueList(app: App): Promise<HTMLElement> {
	expect(app.executeCommandById("tend:open-due-list")).toBe(true);
	await flush();
	return dueListEl(app);
}

export function dueListLeaf(app: App): WorkspaceLeaf {
	const leaf = app.workspace.getLeavesOfType(VIEW_TYPE)[0];
	if (!leaf) throw new Error("the due list is not open");
	return leaf;
}

export function dueListEl(app: App): HTMLElement {
	return (dueListLeaf(app).view as unknown as { contentEl: HTMLElement }).contentEl;
}

export interface RowText {
	section: string;
	name: string;
	tier: string;
	days: string;
	reasons: string[];
}

/** The drawn rows, top to bottom, each with the section heading above it. */
export function rows(view: HTMLElement): RowText[] {
	const out: RowText[] = [];
	let section = "";
	for (const el of Array.from(view.querySelectorAll<HTMLElement>(".tend-section, .tend-row"))) {
		if (el.classList.contains("tend-section")) {
			section = el.querySelector(".tend-section-title")?.textContent ?? "";
			continue;
		}
		out.push({
			section,
			name: el.querySelector(".tend-row-name")?.textContent ?? "",
			tier: el.querySelector(".tend-row-tier")?.textContent ?? "",
			days: el.querySelector(".tend-row-days")?.textContent ?? "",
			reasons: Array.from(el.querySelectorAll(".tend-reason")).map((r) => r.textContent ?? ""),
		});
	}
	return out;
}

export function sections(view: HTMLElement): string[] {
	return Array.from(view.querySelectorAll(".tend-section")).map((s) => `${s.querySelector(".tend-section-title")?.textContent} (${s.querySelector(".tend-section-count")?.textContent})`);
}

export function rowEl(view: HTMLElement, name: string): HTMLElement {
	const el = Array.from(view.querySelectorAll<HTMLElement>(".tend-row")).find((r) => r.querySelector(".tend-row-name")?.textContent === name);
	if (!el) throw new Error(`no row for ${name}; rows: ${rows(view).map((r) => r.name).join(", ")}`);
	return el;
}

export function scroller(view: HTMLElement): HTMLElement {
	return view.querySelector(".tend-due-scroller") as HTMLElement;
}

export function key(el: HTMLElement, keyName: string, init: KeyboardEventInit = {}): void {
	el.dispatchEvent(new KeyboardEvent("keydown", { key: keyName, bubbles: true, cancelable: true, ...init }));
}

export function click(el: Element, init: MouseEventInit = {}): void {
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0, ...init }));
}

export function topModal<T extends Modal = Modal>(): T {
	const m = openModals[openModals.length - 1];
	if (!m) throw new Error("no modal is open");
	return m as T;
}

/** The control of a form field, found by the field's name. */
export function field(container: HTMLElement, name: string): HTMLInputElement | HTMLSelectElement {
	const setting = Array.from(container.querySelectorAll(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === name);
	const control = setting?.querySelector<HTMLInputElement | HTMLSelectElement>("input, select");
	if (!control) throw new Error(`no field "${name}"`);
	return control;
}

export function setField(container: HTMLElement, name: string, value: string): void {
	setValue(field(container, name), value);
}

export function setValue(control: HTMLInputElement | HTMLSelectElement, value: string): void {
	control.value = value;
	control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
}

export function button(container: HTMLElement, text: string): HTMLButtonElement {
	const b = Array.from(container.querySelectorAll("button")).find((x) => x.textContent === text);
	if (!b) throw new Error(`no button "${text}"; buttons: ${Array.from(container.querySelectorAll("button")).map((x) => x.textContent).join(", ")}`);
	return b;
}

/** Types into a suggester and picks the suggestion whose text starts with `text`. */
export async function choose(query: string, text: string): Promise<void> {
	const modal = topModal() as unknown as { inputEl: HTMLInputElement; resultContainerEl: HTMLElement };
	setValue(modal.inputEl, query);
	await flush();
	const item = Array.from(modal.resultContainerEl.querySelectorAll(".suggestion-item")).find((el) => (el.textContent ?? "").startsWith(text));
	if (!item) throw new Error(`no suggestion "${text}" for "${query}"`);
	click(item);
	await flush();
}

export function settingTab(app: App): PluginSettingTab {
	const tab = app.settingTabs[0];
	if (!tab) throw new Error("no settings tab");
	return tab;
}

export function activeMarkdownView(app: App): MarkdownView | null {
	return app.workspace.getActiveViewOfType(MarkdownView);
}

/** A contact note's text from its frontmatter lines and body. */
export function note(frontmatter: string[], body = ""): string {
	return `---\n${frontmatter.join("\n")}\n---\n${body}`;
}
