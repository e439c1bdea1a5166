/**
 * A small fake of the Obsidian API, for the plugin's tests and the browser harness.
 *
 * The `obsidian` package holds only type declarations, so nothing can run against it outside
 * the app. jest maps `require("obsidian")` to this file (jest.config.cjs, moduleNameMapper),
 * which makes the built main.js load here exactly as it loads in Obsidian; the browser test
 * bundles this file and hands it to main.js the same way.
 *
 * Every class is checked against the real API: it `implements Faking<RealClass, members>`
 * (realApi.ts), so each member it has takes and returns what Obsidian's does, by the
 * declarations in node_modules/obsidian/obsidian.d.ts (`npm run typecheck`).
 *
 * What it fakes, and the real behaviour each part keeps (because a fake that is easier than
 * Obsidian proves nothing):
 *
 * - DOM helpers: `createEl`, `createDiv`, `createSpan`, `createSvg`, `empty`, `setText`,
 *   `addClass`, `toggleClass`, `setAttr`, `setCssProps`, ... installed on the prototypes of the
 *   DOM in use (jsdom or Chromium), like Obsidian installs them; `activeDocument`/`activeWindow`.
 * - The vault's adapter: `exists` and `read` over the config folder's files and the notes.
 * - Vault over in-memory files: `create` refuses an existing path, `process` reads, calls `fn`
 *   and writes with no await in between (atomic, as Obsidian's), every write fires `modify`,
 *   `rename` moves a file or a folder (one `rename` event for each file and folder moved),
 *   `delete`. `cachedRead` and `read` return the text as it is when they are called. Plugin
 *   data lives in the config folder (`.obsidian/plugins/<id>/data.json`) as JSON text, where
 *   the CLI reads it.
 * - MetadataCache: frontmatter parsed with the `yaml` package's core schema (dates stay
 *   strings, `tier: 1` is a number), no `frontmatter` when the YAML does not parse (but a
 *   `frontmatterPosition`), inline `tags` and `headings` of the body, and where links sit:
 *   `links` and `embeds` (wikilinks and markdown links to notes, with `link` without the display
 *   text, `original`, `displayText` and positions; none inside code blocks or inline code, as
 *   Obsidian does not parse code; links inside `%% %%` comments are listed, the harder of the
 *   two behaviours reported for Obsidian, so Tend must filter them itself), `frontmatterLinks`
 *   (a property value or list item that is one wikilink, keyed `attendees.0` for a list, as in
 *   Obsidian 1.4+), `listItems` (position covering nested items, `parent` the line of the item
 *   it is in or minus the list's first line, `task` the checkbox character) and `sections` (the
 *   top-level blocks: yaml, heading, paragraph, list, code, blockquote, callout, thematicBreak;
 *   tables, math and HTML are paragraphs here). It re-indexes a file
 *   after the vault's `modify`/`create`, asynchronously (a macrotask later), and then fires
 *   `changed(file, data, cache)` and `resolved`; a delete fires `deleted`; a rename moves the
 *   cache entry without `changed`, as in Obsidian. Notes given to `new App(files)` are indexed
 *   at once, as if the cache was loaded from disk before the layout became ready.
 *   `getFirstLinkpathDest` resolves a link's path over the vault's files as the app does (a
 *   vault path first, `.md` implied; then a file of that name in the source's folder; then the
 *   shortest path; names without case), current at once after a create, rename or delete.
 * - Workspace: main-area leaves and a right sidebar, `onLayoutReady` (call
 *   `workspace.setLayoutReady()` to fire it), `getLeavesOfType`, `ensureSideLeaf`,
 *   `getRightLeaf`, `revealLeaf`, `getLeaf(paneType)`, `getActiveFile`, `getActiveViewOfType`.
 *   A leaf's `openFile` shows a MarkdownView whose Editor holds the note's text; an editor
 *   change is saved to the vault 2 s later (Obsidian's save delay), and a vault change to an
 *   open note reloads the editor.
 * - Component/Plugin: `register*` cleanups run on unload; `addCommand` (ids and names get the
 *   plugin's prefix), `registerView`, `addRibbonIcon`, `addSettingTab`, `loadData`/`saveData`.
 * - ItemView, Modal, SuggestModal, FuzzySuggestModal (opening attaches them to the document;
 *   choosing a suggestion closes the modal and then calls `onChooseSuggestion`), Notice (shown
 *   in the document's notice container until it is clicked or hidden; every message's text is
 *   recorded in `notices`, without the labels of buttons in it), Setting and its components (a
 *   text input's `onChange` fires on `input`, a dropdown's on `change`, a disabled toggle
 *   ignores clicks), PluginSettingTab, setIcon, normalizePath, Platform, Keymap.isModEvent,
 *   Events.
 * - The API version: `requireApiVersion` answers for the version the fake plays, by default
 *   the one of the `obsidian` package the types come from (`setApiVersion` for a test of an
 *   older Obsidian). A member newer than the version played throws when it is used, as the
 *   missing function does in that Obsidian: `getLanguage` (1.8.7), `SettingTab.update` and
 *   `refreshDomState`, `Setting.setErrorMessage` (1.13.0). So a path meant for an older
 *   Obsidian is proved not to touch them.
 * - Settings tabs as Obsidian's settings window shows them (`openSettingTab`): from 1.13.0 a
 *   tab whose `getSettingDefinitions()` returns something is drawn from those definitions and
 *   `display()` is not called; before 1.13.0, or with no definitions, `display()` draws it.
 *   `addSettingTab` calls `update()` (from 1.13.0), as Obsidian does to index the tab for the
 *   settings search; `update()` re-reads the definitions and redraws an open tab;
 *   `refreshDomState()` re-evaluates `visible` and `disabled` in place. Drawn from
 *   definitions: groups (a `setting-group` with its heading as a heading row, `cls` on it),
 *   rows with no control, `render` rows (name and description set, then `render(setting,
 *   group)`; its cleanup runs before a redraw or `hide`), and `text`, `textarea`, `toggle` and
 *   `dropdown` controls: the value from `getControlValue(key)` (or `defaultValue`), `validate`
 *   run once on mount and on every change, a message shown with `setErrorMessage` and the
 *   value then not passed on, else `setControlValue(key, value)`. PluginSettingTab's default
 *   `getControlValue`/`setControlValue` read and write `plugin.settings[key]` and save it
 *   with `saveData`. `searchSettings` stands in for the settings search: it finds definitions
 *   whose name, description or aliases hold the query (Obsidian's own matching and ranking
 *   are not faked), skipping `searchable: false` and hidden ones.
 *
 * What the real app does that a test can ask for (FakeOptions, and test helpers):
 *
 * - Deferred views: `workspace.restoreLeaf(side, state)` makes a leaf as Obsidian restores it
 *   at start, holding a DeferredView that only knows its type, until `loadIfDeferred()`,
 *   `revealLeaf` or making it active loads the real view. So a note open in a background tab
 *   has no editor, and a view found by type may not be the plugin's view yet.
 * - A metadata cache not resolved at layout ready: `unindexed` notes have no cache
 *   (`getFileCache` gives null) until after layout ready, when they are indexed one task after
 *   another, each firing `changed`, and then `resolved`.
 * - `modify` after `process` returns: with `lateModify`, every write's `modify` event fires a
 *   task after the write's promise resolved, as when it comes from the file watcher.
 * - Folder renames in either order: `folderRenameOrder` "contents-first" (the default: the
 *   notes inside, then the folder) or "folder-first".
 * - A read that fails: a note in `vault.failingReads` makes `cachedRead`, `read` and
 *   `process` reject with its error (a disk error, a file a sync tool holds).
 * - A slow read: after `vault.holdReads()`, reads take the text as it is when they start and
 *   resolve only when the returned function is called, so a test can change the note while a
 *   read is on its way.
 *
 * Where it differs from Obsidian: no rendering of markdown, no CodeMirror (the Editor is a
 * string with positions), no hotkeys or command palette UI, no file system, notices do not
 * time out, the DOM of declarative settings is close to Obsidian's but not the same (the
 * error of a row is a `setting-item-error` in its info; lists, pages, actions and the other
 * control types are not drawn: they throw, so a test cannot pass on them by accident), and the YAML parser is `yaml` rather than Obsidian's own (both give strings for
 * dates; the fake treats a duplicate key as a parse error). Only what the plugin uses is
 * implemented.
 */
import { isMap, parseDocument } from "yaml";
import type { Faking, Real } from "./realApi";

// ---------------------------------------------------------------------------------------
// DOM helpers

interface DomElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

function applyInfo(el: Element, o: DomElementInfo | string | undefined): void {
	if (o === undefined) return;
	if (typeof o === "string") {
		el.addClass(...o.split(" ").filter((c) => c !== ""));
		return;
	}
	if (o.cls !== undefined) {
		const classes = Array.isArray(o.cls) ? o.cls : o.cls.split(" ");
		el.addClass(...classes.filter((c) => c !== ""));
	}
	if (o.text !== undefined) el.setText(o.text);
	if (o.attr) el.setAttrs(o.attr);
	if (o.title !== undefined) el.setAttribute("title", o.title);
	if (o.value !== undefined && "value" in el) (el as HTMLInputElement).value = o.value;
	if (o.type !== undefined) el.setAttribute("type", o.type);
	if (o.placeholder !== undefined) el.setAttribute("placeholder", o.placeholder);
	if (o.href !== undefined) el.setAttribute("href", o.href);
}

function insert(parent: Node, el: Node, o: DomElementInfo | string | undefined): void {
	const target = typeof o === "object" && o.parent ? o.parent : parent;
	if (typeof o === "object" && o.prepend) target.insertBefore(el, target.firstChild);
	else target.appendChild(el);
}

function docOf(node: Node): Document {
	return node.ownerDocument ?? (node as Document);
}

let installedOn: typeof globalThis | null = null;

/** Installs Obsidian's DOM helpers on the current DOM (jsdom or a browser). Idempotent. */
export function installDomHelpers(): void {
	if (typeof Node === "undefined" || installedOn === globalThis) return;
	installedOn = globalThis;
	const NodeProto = Node.prototype as unknown as Record<string, unknown>;
	const ElementProto = Element.prototype as unknown as Record<string, unknown>;
	const HTMLProto = HTMLElement.prototype as unknown as Record<string, unknown>;
	const define = (proto: Record<string, unknown>, name: string, value: unknown) =>
		Object.defineProperty(proto, name, { value, configurable: true, writable: true });

	define(NodeProto, "createEl", function (this: Node, tag: string, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
		const el = docOf(this).createElement(tag);
		applyInfo(el, o);
		insert(this, el, o);
		cb?.(el);
		return el;
	});
	define(NodeProto, "createDiv", function (this: Node, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
		return this.createEl("div", o, cb);
	});
	define(NodeProto, "createSpan", function (this: Node, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
		return this.createEl("span", o, cb);
	});
	define(NodeProto, "createSvg", function (this: Node, tag: string, o?: DomElementInfo | string, cb?: (el: Element) => void) {
		const el = docOf(this).createElementNS("http://www.w3.org/2000/svg", tag);
		applyInfo(el, o);
		insert(this, el, o);
		cb?.(el);
		return el;
	});
	define(NodeProto, "empty", function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	});
	define(NodeProto, "detach", function (this: Node) {
		this.parentNode?.removeChild(this);
	});
	define(NodeProto, "appendText", function (this: Node, text: string) {
		this.appendChild(docOf(this).createTextNode(text));
	});
	define(NodeProto, "instanceOf", function (this: Node, type: new () => unknown) {
		return this instanceof type;
	});
	Object.defineProperty(NodeProto, "doc", { get(this: Node) { return docOf(this); }, configurable: true });
	Object.defineProperty(NodeProto, "win", { get(this: Node) { return docOf(this).defaultView; }, configurable: true });

	define(ElementProto, "setText", function (this: Element, val: string | DocumentFragment) {
		if (typeof val === "string") this.textContent = val;
		else {
			(this as unknown as Node).empty();
			this.appendChild(val);
		}
	});
	define(ElementProto, "getText", function (this: Element) {
		return this.textContent ?? "";
	});
	define(ElementProto, "addClass", function (this: Element, ...classes: string[]) {
		this.classList.add(...classes);
	});
	define(ElementProto, "addClasses", function (this: Element, classes: string[]) {
		this.classList.add(...classes);
	});
	define(ElementProto, "removeClass", function (this: Element, ...classes: string[]) {
		this.classList.remove(...classes);
	});
	define(ElementProto, "removeClasses", function (this: Element, classes: string[]) {
		this.classList.remove(...classes);
	});
	define(ElementProto, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
		for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
	});
	define(ElementProto, "hasClass", function (this: Element, cls: string) {
		return this.classList.contains(cls);
	});
	define(ElementProto, "setAttr", function (this: Element, name: string, value: string | number | boolean | null) {
		if (value === null) this.removeAttribute(name);
		else this.setAttribute(name, String(value));
	});
	define(ElementProto, "setAttrs", function (this: Element, obj: Record<string, string | number | boolean | null>) {
		for (const [k, v] of Object.entries(obj)) this.setAttr(k, v);
	});
	define(ElementProto, "getAttr", function (this: Element, name: string) {
		return this.getAttribute(name);
	});
	define(ElementProto, "find", function (this: Element, selector: string) {
		return this.querySelector(selector);
	});
	define(ElementProto, "findAll", function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});
	define(ElementProto, "matchParent", function (this: Element, selector: string) {
		return this.closest(selector);
	});
	define(HTMLProto, "show", function (this: HTMLElement) {
		this.style.removeProperty("display");
	});
	define(HTMLProto, "hide", function (this: HTMLElement) {
		this.style.setProperty("display", "none");
	});
	define(HTMLProto, "toggle", function (this: HTMLElement, show: boolean) {
		if (show) this.show();
		else this.hide();
	});
	define(HTMLProto, "isShown", function (this: HTMLElement) {
		return this.style.display !== "none" && this.isConnected;
	});
	define(HTMLProto, "setCssStyles", function (this: HTMLElement, styles: Record<string, string>) {
		Object.assign(this.style, styles);
	});
	define(HTMLProto, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
		for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
	});
	define(HTMLProto, "onClickEvent", function (this: HTMLElement, listener: (ev: MouseEvent) => void) {
		this.addEventListener("click", listener);
		this.addEventListener("auxclick", listener);
	});
	const DocFragProto = DocumentFragment.prototype as unknown as Record<string, unknown>;
	define(DocFragProto, "find", function (this: DocumentFragment, selector: string) {
		return this.querySelector(selector);
	});

	const g = globalThis as unknown as Record<string, unknown>;
	g.createEl = (tag: string, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) => {
		const el = document.createElement(tag);
		applyInfo(el, o);
		if (typeof o === "object" && o.parent) insert(o.parent, el, o);
		cb?.(el);
		return el;
	};
	g.createDiv = (o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) => (g.createEl as typeof createEl)("div", o, cb);
	g.createSpan = (o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) => (g.createEl as typeof createEl)("span", o, cb);
	g.createFragment = (cb?: (el: DocumentFragment) => void) => {
		const frag = document.createDocumentFragment();
		cb?.(frag);
		return frag;
	};
	g.activeDocument = document;
	g.activeWindow = window;
}

installDomHelpers();

// ---------------------------------------------------------------------------------------
// Events

/** Opaque, as in Obsidian: a ref from `on`, only ever handed back to `offref`. */
export type EventRef = Real.EventRef;

/** What the fake keeps behind an EventRef. */
interface Handler {
	e: Events;
	name: string;
	fn: (...data: unknown[]) => unknown;
	ctx?: unknown;
}

export class Events implements Faking<Real.Events, "on" | "off" | "offref" | "trigger" | "tryTrigger"> {
	private handlers = new Map<string, Handler[]>();

	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		const ref: Handler = { e: this, name, fn: callback as (...data: unknown[]) => unknown, ctx };
		const list = this.handlers.get(name) ?? [];
		list.push(ref);
		this.handlers.set(name, list);
		return ref;
	}

	off(name: string, callback: (...data: never[]) => unknown): void {
		const list = this.handlers.get(name);
		if (list) this.handlers.set(name, list.filter((r) => r.fn !== callback));
	}

	offref(ref: EventRef): void {
		const handler = ref as Handler;
		const list = this.handlers.get(handler.name);
		if (list) this.handlers.set(handler.name, list.filter((r) => r !== handler));
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	tryTrigger(ref: EventRef, args: unknown[]): void {
		const handler = ref as Handler;
		try {
			handler.fn.apply(handler.ctx, args);
		} catch (e) {
			// Obsidian logs a throwing handler and goes on with the others.
			console.error(e);
		}
	}

	/** Test helper: how many handlers listen to an event. */
	listenerCount(name: string): number {
		return this.handlers.get(name)?.length ?? 0;
	}
}

// ---------------------------------------------------------------------------------------
// Files

export function normalizePath(path: string): string {
	let p = path.replace(/\\/g, "/").replace(/\u00a0|\u202f/g, " ");
	p = p.replace(/\/+/g, "/").replace(/^\/+|\/+$/g, "");
	if (p === "") p = "/";
	return p.normalize("NFC");
}

export abstract class TAbstractFile implements Faking<Real.TAbstractFile, "vault" | "path" | "name" | "parent"> {
	vault: Vault;
	path: string;
	name: string;
	parent: TFolder | null = null;
	constructor(vault: Vault, path: string) {
		this.vault = vault;
		this.path = path;
		this.name = path.slice(path.lastIndexOf("/") + 1);
	}
}

export class TFile extends TAbstractFile implements Faking<Real.TFile, keyof Real.TFile> {
	stat = { ctime: 0, mtime: 0, size: 0 };
	get basename(): string {
		const dot = this.name.lastIndexOf(".");
		return dot > 0 ? this.name.slice(0, dot) : this.name;
	}
	get extension(): string {
		const dot = this.name.lastIndexOf(".");
		return dot > 0 ? this.name.slice(dot + 1) : "";
	}
}

export class TFolder extends TAbstractFile implements Faking<Real.TFolder, keyof Real.TFolder> {
	children: TAbstractFile[] = [];
	isRoot(): boolean {
		return this.path === "/";
	}
}

/**
 * What the fake can make happen that the real app does, for the tests that need it. Each
 * is off by default, so the fake stays simple where a test does not ask.
 */
export interface FakeOptions {
	/**
	 * Notes the metadata cache has not indexed yet when the layout is ready (a vault opened
	 * for the first time, or notes changed while Obsidian was closed): `getFileCache` gives
	 * null for them until, once the layout is ready, they are indexed one task after
	 * another, each firing `changed`; then `resolved` fires.
	 */
	unindexed?: readonly string[];
	/** `modify` fires a task after the write's promise resolves, not during the write. */
	lateModify?: boolean;
	/** When a folder moves: `rename` for its contents first, then the folder (the default), or the folder first. */
	folderRenameOrder?: "contents-first" | "folder-first";
}

export interface DataWriteOptions {
	ctime?: number;
	mtime?: number;
}

/**
 * The vault's adapter, as far as Tend reads it: `exists` and `read` of a vault path, which
 * reach the config folder's files (`.obsidian/daily-notes.json`) that the Vault API does not
 * list. A missing file makes `read` reject, as the real adapter does.
 */
export class DataAdapter implements Faking<Real.DataAdapter, "exists" | "read"> {
	constructor(
		private readonly config: Map<string, string>,
		private readonly note: (path: string) => string | undefined,
	) {}

	async exists(normalizedPath: string): Promise<boolean> {
		return this.config.has(normalizedPath) || this.note(normalizedPath) !== undefined;
	}

	async read(normalizedPath: string): Promise<string> {
		const text = this.config.get(normalizedPath) ?? this.note(normalizedPath);
		if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${normalizedPath}'`);
		return text;
	}
}

export class Vault
	extends Events
	implements
		Faking<
			Real.Vault,
			| "configDir"
			| "getName"
			| "getFileByPath"
			| "getFolderByPath"
			| "getAbstractFileByPath"
			| "getRoot"
			| "create"
			| "createFolder"
			| "read"
			| "cachedRead"
			| "delete"
			| "trash"
			| "rename"
			| "modify"
			| "process"
			| "getAllLoadedFiles"
			| "getMarkdownFiles"
			| "getFiles"
			| "on"
		>
{
	configDir = ".obsidian";
	private contents = new Map<string, string>();
	private files = new Map<string, TFile>();
	private folders = new Map<string, TFolder>();
	/** Files in the config folder (plugin data), kept apart like Obsidian's adapter does. */
	readonly configFiles = new Map<string, string>();
	/** The file system under the vault: the config folder's files and the notes, by vault path. */
	readonly adapter: DataAdapter = new DataAdapter(this.configFiles, (path) => this.contents.get(path));
	/** Test helper: every write, in order, as [path, text]. */
	readonly writes: [string, string][] = [];
	/**
	 * Test helper: notes that cannot be read (a disk error, a file a sync tool holds, a
	 * placeholder not downloaded yet): `read`, `cachedRead` and `process` reject with the
	 * error until it is removed from the map.
	 */
	readonly failingReads = new Map<string, Error>();
	private held: (() => void)[] | null = null;
	private clock = 1_000;

	constructor(
		initial: Record<string, string> = {},
		private readonly options: FakeOptions = {},
	) {
		super();
		const root = new TFolder(this, "/");
		root.name = "";
		this.folders.set("/", root);
		for (const [path, text] of Object.entries(initial)) this.put(normalizePath(path), text);
	}

	getRoot(): TFolder {
		return this.folders.get("/") as TFolder;
	}

	private ensureFolder(path: string): TFolder {
		if (path === "" || path === "/") return this.getRoot();
		const existing = this.folders.get(path);
		if (existing) return existing;
		const folder = new TFolder(this, path);
		const parent = this.ensureFolder(path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "/");
		folder.parent = parent;
		parent.children.push(folder);
		this.folders.set(path, folder);
		return folder;
	}

	private put(path: string, text: string): TFile {
		const file = new TFile(this, path);
		const parent = this.ensureFolder(path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "/");
		file.parent = parent;
		parent.children.push(file);
		this.files.set(path, file);
		this.setText(file, text);
		return file;
	}

	private setText(file: TFile, text: string): void {
		this.contents.set(file.path, text);
		this.clock += 1;
		file.stat = { ctime: file.stat.ctime || this.clock, mtime: this.clock, size: text.length };
	}

	/** Test helper: the text of a note, or undefined. */
	text(path: string): string | undefined {
		return this.contents.get(path);
	}

	getName(): string {
		return "Test vault";
	}

	getFileByPath(path: string): TFile | null {
		return this.files.get(path) ?? null;
	}

	getFolderByPath(path: string): TFolder | null {
		return this.folders.get(path === "" ? "/" : path) ?? null;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.getFileByPath(path) ?? this.getFolderByPath(path);
	}

	getFiles(): TFile[] {
		return [...this.files.values()];
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.folders.values(), ...this.files.values()];
	}

	private live(file: TFile): string {
		const text = this.contents.get(file.path);
		if (text === undefined || this.files.get(file.path) !== file) throw new Error(`File not found: ${file.path}`);
		const failure = this.failingReads.get(file.path);
		if (failure) throw failure;
		return text;
	}

	/**
	 * Test helper: reads started from now on take the text as it is when they start, but
	 * resolve only when the returned function is called, like a slow disk. Writes are not held.
	 */
	holdReads(): () => void {
		const held: (() => void)[] = [];
		this.held = held;
		return () => {
			if (this.held === held) this.held = null;
			for (const resolve of held.splice(0)) resolve();
		};
	}

	private async readLater(file: TFile): Promise<string> {
		const text = this.live(file);
		const held = this.held;
		if (held) await new Promise<void>((resolve) => held.push(resolve));
		return text;
	}

	async read(file: TFile): Promise<string> {
		return this.readLater(file);
	}

	async cachedRead(file: TFile): Promise<string> {
		return this.readLater(file);
	}

	async create(path: string, data: string, _options?: DataWriteOptions): Promise<TFile> {
		const p = normalizePath(path);
		if (this.getAbstractFileByPath(p)) throw new Error("File already exists.");
		const file = this.put(p, data);
		this.writes.push([p, data]);
		this.trigger("create", file);
		return file;
	}

	async createFolder(path: string): Promise<TFolder> {
		const p = normalizePath(path);
		if (this.getAbstractFileByPath(p)) throw new Error("Folder already exists.");
		const folder = this.ensureFolder(p);
		this.trigger("create", folder);
		return folder;
	}

	async modify(file: TFile, data: string, _options?: DataWriteOptions): Promise<void> {
		this.live(file);
		this.write(file, data);
	}

	private write(file: TFile, data: string): void {
		this.setText(file, data);
		this.writes.push([file.path, data]);
		if (this.options.lateModify) setTimeout(() => this.trigger("modify", file), 0);
		else this.trigger("modify", file);
	}

	/** Atomic: the read, `fn` and the write happen with nothing in between. */
	async process(file: TFile, fn: (data: string) => string, _options?: DataWriteOptions): Promise<string> {
		const before = this.live(file);
		const after = fn(before);
		this.write(file, after);
		return after;
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		const to = normalizePath(newPath);
		if (this.getAbstractFileByPath(to)) throw new Error("Destination file already exists!");
		const oldParent = file.parent;
		if (oldParent) oldParent.children = oldParent.children.filter((c) => c !== file);
		const newParent = this.ensureFolder(to.includes("/") ? to.slice(0, to.lastIndexOf("/")) : "/");
		const moved: [TAbstractFile, string][] = [];
		const move = (f: TAbstractFile, path: string) => {
			const old = f.path;
			if (f instanceof TFile) {
				const text = this.contents.get(old) as string;
				this.contents.delete(old);
				this.files.delete(old);
				f.path = path;
				f.name = path.slice(path.lastIndexOf("/") + 1);
				this.files.set(path, f);
				this.contents.set(path, text);
			} else if (f instanceof TFolder) {
				this.folders.delete(old);
				f.path = path;
				f.name = path.slice(path.lastIndexOf("/") + 1);
				this.folders.set(path, f);
				for (const child of f.children) move(child, `${path}/${child.name}`);
			}
			moved.push([f, old]);
		};
		move(file, to);
		file.parent = newParent;
		newParent.children.push(file);
		// Obsidian renames the children along with a folder and reports each one; in which
		// order is not part of the API, so the fake can do either.
		if (this.options.folderRenameOrder === "folder-first") moved.reverse();
		for (const [f, old] of moved) this.trigger("rename", f, old);
	}

	async delete(file: TAbstractFile, _force?: boolean): Promise<void> {
		const removed: TAbstractFile[] = [];
		const drop = (f: TAbstractFile) => {
			if (f instanceof TFolder) {
				for (const child of [...f.children]) drop(child);
				this.folders.delete(f.path);
			} else {
				this.files.delete(f.path);
				this.contents.delete(f.path);
			}
			removed.push(f);
		};
		drop(file);
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
		for (const f of removed) this.trigger("delete", f);
	}

	async trash(file: TAbstractFile, _system: boolean): Promise<void> {
		await this.delete(file);
	}
}

// ---------------------------------------------------------------------------------------
// Metadata cache

export interface Loc {
	line: number;
	col: number;
	offset: number;
}

export interface Pos {
	start: Loc;
	end: Loc;
}

export interface TagCache {
	tag: string;
	position: Pos;
}

export interface HeadingCache {
	heading: string;
	level: number;
	position: Pos;
}

export interface Reference {
	link: string;
	original: string;
	displayText?: string;
}

export interface LinkCache extends Reference {
	position: Pos;
}

export type EmbedCache = LinkCache;

export interface FrontmatterLinkCache extends Reference {
	key: string;
}

export interface ListItemCache {
	task?: string | undefined;
	parent: number;
	position: Pos;
}

export interface SectionCache {
	type: string;
	position: Pos;
}

export interface CachedMetadata {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: Pos;
	frontmatterLinks?: FrontmatterLinkCache[];
	tags?: TagCache[];
	headings?: HeadingCache[];
	links?: LinkCache[];
	embeds?: EmbedCache[];
	listItems?: ListItemCache[];
	sections?: SectionCache[];
}

function locAt(text: string, offset: number): Loc {
	let line = 0;
	let lineStart = 0;
	for (let i = 0; i < offset; i++) {
		if (text.charCodeAt(i) === 10) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, col: offset - lineStart, offset };
}

/** What Obsidian's indexer finds in a note: frontmatter, inline tags, headings. */
export function indexNote(text: string): CachedMetadata {
	const cache: CachedMetadata = {};
	const lines: { start: number; end: number; text: string }[] = [];
	let start = 0;
	while (start <= text.length) {
		const nl = text.indexOf("\n", start);
		const end = nl === -1 ? text.length : nl;
		const lineText = text.slice(start, end).replace(/\r$/, "");
		lines.push({ start, end, text: lineText });
		if (nl === -1) break;
		start = nl + 1;
	}
	let bodyLine = 0;
	const first = lines[0]?.text.replace(/^\uFEFF/, "");
	// The block Obsidian shows as properties: a first line `---` and a closing `---` or `...`
	// line, with only spaces or tabs after them (the rule src/core/frontmatter.ts spells out).
	if (first !== undefined && /^---[ \t]*$/.test(first)) {
		const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(l.text));
		if (close > 0) {
			const closeLine = lines[close] as { start: number; end: number };
			cache.frontmatterPosition = { start: locAt(text, 0), end: locAt(text, closeLine.end) };
			bodyLine = close + 1;
			const source = text.slice((lines[1] as { start: number }).start, closeLine.start);
			const doc = parseDocument(source, { schema: "core", uniqueKeys: true, prettyErrors: false, logLevel: "silent" });
			if (doc.errors.length === 0 && (doc.contents === null || isMap(doc.contents))) {
				try {
					const data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null;
					cache.frontmatter = data ?? {};
				} catch {
					// An alias bomb or the like: no frontmatter, as for any YAML that does not load.
				}
			}
		}
	}
	const tags: TagCache[] = [];
	const headings: HeadingCache[] = [];
	let fence: string | null = null;
	for (let i = bodyLine; i < lines.length; i++) {
		const line = lines[i] as { start: number; end: number; text: string };
		const fm = /^ {0,3}(`{3,}|~{3,})/.exec(line.text);
		if (fence !== null) {
			if (fm && fm[1] && fm[1][0] === fence[0] && fm[1].length >= fence.length && line.text.trim() === fm[1]) fence = null;
			continue;
		}
		if (fm && fm[1]) {
			fence = fm[1];
			continue;
		}
		const h = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/.exec(line.text);
		if (h && h[1]) {
			headings.push({ heading: (h[2] ?? "").trim(), level: h[1].length, position: { start: locAt(text, line.start), end: locAt(text, line.end) } });
		}
		const withoutCode = line.text.replace(/`[^`]*`/g, (m) => " ".repeat(m.length));
		const re = /(^|\s)#([\p{L}\p{N}_\-/]+)/gu;
		let m: RegExpExecArray | null;
		while ((m = re.exec(withoutCode)) !== null) {
			const name = m[2] ?? "";
			if (/^[0-9/]+$/.test(name)) continue;
			const at = line.start + m.index + (m[1] ?? "").length;
			tags.push({ tag: `#${name}`, position: { start: locAt(text, at), end: locAt(text, at + name.length + 1) } });
		}
	}
	if (tags.length > 0) cache.tags = tags;
	if (headings.length > 0) cache.headings = headings;
	indexStructure(text, lines, bodyLine, cache);
	return cache;
}

// The parts of the cache that say where links sit: links and embeds with their positions,
// links in properties, list items with their task state and nesting, and the top-level
// blocks (sections). Written apart from Tend's own readers (src/core/mentions), so the
// parity test compares two readings of a note, not one reading twice.

type FakeLine = { start: number; end: number; text: string };

const WIKILINK = /(!?)\[\[([^[\]]+?)\]\]/g;
const MDLINK = /(!?)\[([^\]]*)\]\(([^)]+)\)/g;

/** Columns of leading white space, a tab to the next multiple of 4. */
function fakeIndent(text: string): number {
	let col = 0;
	for (const c of text) {
		if (c === " ") col++;
		else if (c === "\t") col += 4 - (col % 4);
		else break;
	}
	return col;
}

/** A wikilink's parts as Obsidian stores them: `link` without the display text, `displayText` after `|`. */
function wikiReference(original: string, inner: string): Reference {
	const bar = inner.indexOf("|");
	const link = (bar === -1 ? inner : inner.slice(0, bar).replace(/\\$/, "")).trim();
	const ref: Reference = { link, original };
	if (bar !== -1) ref.displayText = inner.slice(bar + 1);
	return ref;
}

function indexStructure(text: string, lines: FakeLine[], bodyLine: number, cache: CachedMetadata): void {
	// Properties: a value, or an item of a list value, that is one wikilink (`attendees.0`).
	const fmLinks: FrontmatterLinkCache[] = [];
	for (const [key, value] of Object.entries(cache.frontmatter ?? {})) {
		const items: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [`${key}.${i}`, v]) : [[key, value]];
		for (const [k, v] of items) {
			if (typeof v !== "string") continue;
			const m = /^\[\[([^[\]]+)\]\]$/.exec(v.trim());
			if (m && m[1]) fmLinks.push({ key: k, ...wikiReference(v.trim(), m[1]) });
		}
	}
	if (fmLinks.length > 0) cache.frontmatterLinks = fmLinks;

	// Links and embeds, everywhere outside code: code blocks (fenced, at any indent) and
	// inline code are not parsed for links. Links in comments and quotes are listed: the cache
	// does not mark comments (whether Obsidian lists links in `%% %%` is reported both ways;
	// the fake takes the case that makes Tend do the work), and quotes are ordinary markdown.
	const links: LinkCache[] = [];
	const embeds: EmbedCache[] = [];
	let fence: string | null = null;
	const codeLine = new Set<number>();
	for (let i = bodyLine; i < lines.length; i++) {
		const line = lines[i] as FakeLine;
		const f = /^\s*(`{3,}|~{3,})(.*)$/.exec(line.text);
		if (fence !== null) {
			codeLine.add(i);
			if (f && f[1] && f[1][0] === fence[0] && f[1].length >= fence.length && (f[2] ?? "").trim() === "") fence = null;
			continue;
		}
		if (f && f[1] && !(f[1][0] === "`" && (f[2] ?? "").includes("`"))) {
			fence = f[1];
			codeLine.add(i);
			continue;
		}
		const plain = line.text.replace(/(`+)(?:(?!\1).)+?\1/g, (m) => " ".repeat(m.length));
		const taken: [number, number][] = [];
		const add = (embed: boolean, at: number, length: number, ref: Reference) => {
			const pos = { start: locAt(text, line.start + at), end: locAt(text, line.start + at + length) };
			(embed ? embeds : links).push({ ...ref, position: pos });
			taken.push([at, at + length]);
		};
		for (const m of plain.matchAll(WIKILINK)) {
			const at = m.index ?? 0;
			const original = line.text.slice(at, at + m[0].length);
			add(m[1] === "!", at, m[0].length, wikiReference(original.slice(m[1] === "!" ? 1 : 0), m[2] ?? ""));
		}
		for (const m of plain.matchAll(MDLINK)) {
			const at = m.index ?? 0;
			if (taken.some(([a, b]) => at < b && at + m[0].length > a)) continue;
			let dest = (m[3] ?? "").trim();
			dest = dest.startsWith("<") ? dest.slice(1, dest.indexOf(">") === -1 ? undefined : dest.indexOf(">")) : (dest.split(/\s+/)[0] ?? "");
			if (dest === "" || dest.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(dest)) continue;
			let link = dest;
			try {
				link = decodeURIComponent(dest);
			} catch {
				// Left as written.
			}
			const original = line.text.slice(at, at + m[0].length);
			const ref: Reference = { link, original: m[1] === "!" ? original.slice(1) : original };
			if ((m[2] ?? "") !== "") ref.displayText = m[2];
			add(m[1] === "!", at, m[0].length, ref);
		}
	}
	links.sort((a, b) => a.position.start.offset - b.position.start.offset);
	if (links.length > 0) cache.links = links;
	if (embeds.length > 0) cache.embeds = embeds;

	// Sections (top-level blocks) and list items. A list runs over its items, the lines
	// indented under them and lazy continuation lines, across blank lines while what follows
	// is indented or another item. A list item's position covers its nested items (as in the
	// markdown syntax tree Obsidian's parser builds); `parent` is the line of the item it is
	// in, or minus the line of the list's first item for a top-level item.
	const sections: SectionCache[] = [];
	const items: ListItemCache[] = [];
	const span = (type: string, from: number, to: number) =>
		sections.push({ type, position: { start: locAt(text, (lines[from] as FakeLine).start), end: locAt(text, (lines[to] as FakeLine).end) } });
	if (cache.frontmatterPosition) sections.push({ type: "yaml", position: cache.frontmatterPosition });
	const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
	const isItem = (t: string) => /^\s*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(t) && !/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(t);
	const blank = (i: number) => (lines[i]?.text.trim() ?? "") === "";
	let i = bodyLine;
	while (i < lines.length) {
		const t = (lines[i] as FakeLine).text;
		if (blank(i)) {
			i++;
			continue;
		}
		if (codeLine.has(i)) {
			// The block ends at its closing fence (or the end of the note).
			let j = i;
			while (j + 1 < lines.length && codeLine.has(j + 1)) {
				j++;
				const closeText = (lines[j] as FakeLine).text;
				if (/^\s*(`{3,}|~{3,})\s*$/.test(closeText) && !codeLine.has(j + 1)) break;
			}
			span("code", i, j);
			i = j + 1;
			continue;
		}
		if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(t)) {
			span("heading", i, i);
			i++;
			continue;
		}
		if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(t)) {
			span("thematicBreak", i, i);
			i++;
			continue;
		}
		if (/^ {0,3}>/.test(t)) {
			let j = i;
			while (j + 1 < lines.length && !blank(j + 1) && !codeLine.has(j + 1) && (/^ {0,3}>/.test((lines[j + 1] as FakeLine).text) || !(/^ {0,3}(?:#|[-*+] |\d{1,9}[.)] )/.test((lines[j + 1] as FakeLine).text) || THEMATIC_BREAK.test((lines[j + 1] as FakeLine).text)))) j++;
			span(/^ {0,3}>\s*\[!/.test(t) ? "callout" : "blockquote", i, j);
			i = j + 1;
			continue;
		}
		if (isItem(t)) {
			// Items of this list, each with its indent and the column its text starts at.
			const open: { line: number; contentCol: number; index: number }[] = [];
			const first = i;
			let last = i;
			let j = i;
			let prevBlank = false;
			while (j < lines.length) {
				const lt = (lines[j] as FakeLine).text;
				if (blank(j)) {
					prevBlank = true;
					j++;
					continue;
				}
				const col = fakeIndent(lt);
				const inner = open.length > 0 && col >= (open[open.length - 1] as { contentCol: number }).contentCol;
				if (!codeLine.has(j) && isItem(lt)) {
					if (prevBlank && col === 0 && open.length === 0) break;
					while (open.length > 0 && (open[open.length - 1] as { contentCol: number }).contentCol > col) open.pop();
					const m = /^(\s*)((?:[-*+]|\d{1,9}[.)]))([ \t]*)(.*)$/.exec(lt) as RegExpExecArray;
					const gap = (m[3] ?? "").length;
					const contentCol = col + (m[2] ?? "").length + (gap >= 1 && gap <= 4 ? gap : 1);
					const box = /^\[(.)\](?:[ \t]|$)/.exec(m[4] ?? "");
					const parent = open.length > 0 ? (open[open.length - 1] as { line: number }).line : -first;
					const item: ListItemCache = { parent, position: { start: locAt(text, (lines[j] as FakeLine).start + col), end: locAt(text, (lines[j] as FakeLine).end) } };
					if (box) item.task = box[1];
					items.push(item);
					open.push({ line: j, contentCol, index: items.length - 1 });
				} else if (codeLine.has(j) ? inner : inner || (!prevBlank && !/^ {0,3}(?:#{1,6}(?:[ \t]|$)|>)/.test(lt) && !THEMATIC_BREAK.test(lt))) {
					// A line of the item above: indented to its text, or a lazy continuation line.
				} else break;
				// Every open item now reaches this line.
				for (const o of open) (items[o.index] as ListItemCache).position.end = locAt(text, (lines[j] as FakeLine).end);
				last = j;
				prevBlank = false;
				j++;
			}
			span("list", first, last);
			i = last + 1;
			continue;
		}
		// A paragraph, up to a blank line or a block that interrupts it.
		let j = i;
		while (j + 1 < lines.length && !blank(j + 1) && !codeLine.has(j + 1) && !/^ {0,3}(?:#{1,6}(?:[ \t]|$)|>|[-*+] |\d{1,9}[.)] )/.test((lines[j + 1] as FakeLine).text) && !THEMATIC_BREAK.test((lines[j + 1] as FakeLine).text)) j++;
		span("paragraph", i, j);
		i = j + 1;
	}
	if (sections.length > 0) cache.sections = sections;
	if (items.length > 0) cache.listItems = items;
}

export class MetadataCache extends Events implements Faking<Real.MetadataCache, "getFileCache" | "getCache" | "getFirstLinkpathDest" | "on"> {
	private caches = new Map<string, CachedMetadata>();
	/** Lower-cased file name (with its extension) -> the files of that name; made when first needed, dropped when files come or go. */
	private names: Map<string, TFile[]> | null = null;
	private pending = new Set<string>();
	resolved = true;
	/** Test helper: how often getFileCache was called, per path. */
	readonly lookups = new Map<string, number>();

	/** Notes not indexed yet (FakeOptions.unindexed), until `indexTheRest`. */
	private unindexed: Set<string>;

	constructor(
		private vault: Vault,
		unindexed: readonly string[] = [],
	) {
		super();
		this.unindexed = new Set(unindexed);
		this.resolved = this.unindexed.size === 0;
		for (const file of vault.getMarkdownFiles()) if (!this.unindexed.has(file.path)) this.caches.set(file.path, indexNote(vault.text(file.path) ?? ""));
		vault.on("create", (file: TAbstractFile) => {
			this.names = null;
			this.schedule(file);
		});
		vault.on("modify", (file: TAbstractFile) => this.schedule(file));
		vault.on("delete", (file: TAbstractFile) => {
			this.names = null;
			if (!(file instanceof TFile)) return;
			const prev = this.caches.get(file.path) ?? null;
			this.caches.delete(file.path);
			this.trigger("deleted", file, prev);
		});
		vault.on("rename", (file: TAbstractFile, oldPath: string) => {
			this.names = null;
			if (!(file instanceof TFile)) return;
			const cache = this.caches.get(oldPath);
			this.caches.delete(oldPath);
			if (cache) this.caches.set(file.path, cache);
		});
	}

	/** Indexes the notes left unindexed at start, one task after another (the app does it after layout ready). */
	indexTheRest(): void {
		for (const path of this.unindexed) {
			const file = this.vault.getFileByPath(path);
			if (file) this.schedule(file);
		}
		this.unindexed.clear();
	}

	private schedule(file: TAbstractFile): void {
		if (!(file instanceof TFile) || file.extension !== "md") return;
		this.pending.add(file.path);
		this.resolved = false;
		// Obsidian parses in a worker: the cache changes a task later, not during the write.
		setTimeout(() => this.reindex(file), 0);
	}

	private reindex(file: TFile): void {
		if (!this.pending.delete(file.path)) return;
		const text = this.vault.text(file.path);
		if (text === undefined) return;
		const cache = indexNote(text);
		this.caches.set(file.path, cache);
		this.trigger("changed", file, text, cache);
		if (this.pending.size === 0) {
			this.resolved = true;
			this.trigger("resolved");
		}
	}

	getFileCache(file: TFile): CachedMetadata | null {
		this.lookups.set(file.path, (this.lookups.get(file.path) ?? 0) + 1);
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	/**
	 * The file a link's path (no `#heading`, no display text) points to from `sourcePath`, in
	 * the order Obsidian uses: the vault path itself (`People/Ada`, `Ada` for a top-level
	 * note; the exact spelling before another case), then, among the files of that name (or
	 * whose path ends with the link, for a link with folders), one in the source's folder,
	 * else the shortest path, else the first in code-point order. `.md` is implied when the
	 * link names no such file. `./` and `../` start from the source's folder.
	 */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		let wanted = linkpath.trim().replace(/\\/g, "/");
		const folderOf = (p: string) => (p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "");
		if (wanted.startsWith("./") || wanted.startsWith("../")) {
			const parts: string[] = [];
			for (const part of `${folderOf(sourcePath)}/${wanted}`.split("/")) {
				if (part === "" || part === ".") continue;
				if (part !== "..") parts.push(part);
				else if (parts.pop() === undefined) return null;
			}
			wanted = parts.join("/");
		} else wanted = wanted.replace(/^\/+/, "");
		if (wanted === "") return this.vault.getFileByPath(sourcePath);
		if (!this.names) {
			this.names = new Map();
			for (const f of this.vault.getFiles()) {
				const key = f.name.toLowerCase();
				const list = this.names.get(key);
				if (list) list.push(f);
				else this.names.set(key, [f]);
			}
		}
		const folder = folderOf(sourcePath);
		const pick = (spelled: string): TFile | null => {
			const lower = spelled.toLowerCase();
			const named = this.names?.get(lower.slice(lower.lastIndexOf("/") + 1)) ?? [];
			const exact = named.filter((f) => f.path.toLowerCase() === lower);
			const same = exact.find((f) => f.path === spelled);
			if (same) return same;
			// Several paths that differ only in case (a case-sensitive disk) and none spelled as the link: the same order as below.
			const fits = exact.length > 0 ? exact : lower.includes("/") ? named.filter((f) => f.path.toLowerCase().endsWith(`/${lower}`)) : named;
			let best: TFile | null = null;
			for (const f of fits) {
				if (best === null) best = f;
				else if ((folderOf(f.path) === folder) !== (folderOf(best.path) === folder)) {
					if (folderOf(f.path) === folder) best = f;
				} else if (f.path.length !== best.path.length ? f.path.length < best.path.length : f.path < best.path) best = f;
			}
			return best;
		};
		return (wanted.toLowerCase().endsWith(".md") ? null : pick(`${wanted}.md`)) ?? pick(wanted);
	}
}

export class FileManager implements Faking<Real.FileManager, "trashFile"> {
	constructor(private app: App) {}
	async trashFile(file: TAbstractFile): Promise<void> {
		await this.app.vault.delete(file);
	}
}

// ---------------------------------------------------------------------------------------
// Components, views and the workspace

export class Component
	implements Faking<Real.Component, "load" | "onload" | "unload" | "onunload" | "addChild" | "removeChild" | "register" | "registerEvent" | "registerDomEvent" | "registerInterval">
{
	_loaded = false;
	private cleanups: (() => void)[] = [];
	private children: Component[] = [];

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		const result = this.onload() as unknown;
		for (const child of this.children) child.load();
		void result;
	}

	onload(): void | Promise<void> {}

	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		for (const child of this.children.splice(0)) child.unload();
		for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(child: T): T {
		this.children.push(child);
		if (this._loaded) child.load();
		return child;
	}

	removeChild<T extends Component>(child: T): T {
		this.children = this.children.filter((c) => c !== child);
		child.unload();
		return child;
	}

	register(cb: () => unknown): void {
		this.cleanups.push(() => void cb());
	}

	registerEvent(ref: EventRef): void {
		this.register(() => (ref as Handler).e.offref(ref));
	}

	registerDomEvent(el: EventTarget, type: string, callback: (ev: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback as EventListener, options);
		this.register(() => el.removeEventListener(type, callback as EventListener, options));
	}

	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}
}

export interface ViewState {
	type: string;
	state?: Record<string, unknown>;
	active?: boolean;
}

export interface OpenViewState {
	active?: boolean;
	eState?: Record<string, unknown>;
}

export abstract class View
	extends Component
	implements Faking<Real.View, "app" | "icon" | "navigation" | "leaf" | "containerEl" | "getViewType" | "getDisplayText" | "getIcon">
{
	app: App;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	icon = "";
	navigation = false;
	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = createDiv({ cls: "view-container" });
	}
	abstract getViewType(): string;
	abstract getDisplayText(): string;
	getIcon(): string {
		return this.icon;
	}
	protected async onOpen(): Promise<void> {}
	protected async onClose(): Promise<void> {}
	async open(parent: HTMLElement): Promise<void> {
		parent.appendChild(this.containerEl);
		this.load();
		await this.onOpen();
	}
	async close(): Promise<void> {
		await this.onClose();
		this.unload();
		this.containerEl.detach();
	}
}

export abstract class ItemView extends View implements Faking<Real.ItemView, "contentEl" | "addAction"> {
	contentEl: HTMLElement;
	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.containerEl.addClass("workspace-leaf-content");
		this.containerEl.createDiv({ cls: "view-header" });
		this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
	}
	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = (this.containerEl.firstChild as HTMLElement).createEl("a", { cls: "view-action", attr: { "aria-label": title } });
		setIcon(el, icon);
		el.addEventListener("click", callback as EventListener);
		return el;
	}
}

export interface EditorPosition {
	line: number;
	ch: number;
}

export interface EditorChange {
	from: EditorPosition;
	to?: EditorPosition;
	text: string;
}

export interface EditorTransaction {
	replaceSelection?: string;
	changes?: EditorChange[];
	selection?: { from: EditorPosition; to?: EditorPosition };
}

/** The editor of an open note: a string with CodeMirror-style positions. */
export class Editor
	implements
		Faking<
			Real.Editor,
			"getValue" | "setValue" | "lineCount" | "getLine" | "offsetToPos" | "posToOffset" | "getCursor" | "setCursor" | "transaction"
		>
{
	private text: string;
	private cursor: EditorPosition = { line: 0, ch: 0 };
	/** Test helper: every transaction applied, in order. */
	readonly transactions: EditorTransaction[] = [];
	onChange: (() => void) | null = null;

	constructor(text: string) {
		this.text = text;
	}
	getValue(): string {
		return this.text;
	}
	setValue(text: string): void {
		this.text = text;
	}
	lineCount(): number {
		return this.text.split("\n").length;
	}
	getLine(line: number): string {
		return (this.text.split("\n")[line] ?? "").replace(/\r$/, "");
	}
	offsetToPos(offset: number): EditorPosition {
		const clamped = Math.max(0, Math.min(offset, this.text.length));
		const before = this.text.slice(0, clamped);
		const line = before.split("\n").length - 1;
		return { line, ch: clamped - (before.lastIndexOf("\n") + 1) };
	}
	posToOffset(pos: EditorPosition): number {
		const lines = this.text.split("\n");
		let offset = 0;
		for (let i = 0; i < pos.line && i < lines.length; i++) offset += (lines[i] as string).length + 1;
		return Math.min(offset + pos.ch, this.text.length);
	}
	getCursor(): EditorPosition {
		return { ...this.cursor };
	}
	setCursor(pos: EditorPosition | number, ch?: number): void {
		this.cursor = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : { ...pos };
	}
	/** Applies all changes at once, each in the positions of the text before the transaction. */
	transaction(tx: EditorTransaction): void {
		this.transactions.push(tx);
		const changes = (tx.changes ?? []).map((c) => ({
			from: this.posToOffset(c.from),
			to: this.posToOffset(c.to ?? c.from),
			text: c.text,
		}));
		const sorted = [...changes].sort((a, b) => a.from - b.from);
		for (let i = 1; i < sorted.length; i++) {
			if ((sorted[i] as { from: number }).from < (sorted[i - 1] as { to: number }).to) throw new Error("Overlapping changes in one transaction");
		}
		const cursorOffset = this.posToOffset(this.cursor);
		let text = this.text;
		let shift = 0;
		for (const c of [...sorted].reverse()) text = text.slice(0, c.from) + c.text + text.slice(c.to);
		for (const c of sorted) if (c.to <= cursorOffset) shift += c.text.length - (c.to - c.from);
		this.text = text;
		this.cursor = this.offsetToPos(cursorOffset + shift);
		this.onChange?.();
	}
}

/** Obsidian saves an edited note this long after the last keystroke. */
export const EDITOR_SAVE_DELAY = 2000;

export class MarkdownView extends ItemView implements Faking<Real.MarkdownView, "file" | "editor" | "getViewType" | "getDisplayText" | "getMode"> {
	file: TFile | null = null;
	editor: Editor = new Editor("");
	/** Test helper: the ephemeral state the note was opened with (`{line}` to scroll to). */
	eState: Record<string, unknown> | undefined;
	private saveTimer: ReturnType<typeof setTimeout> | null = null;

	override getViewType(): string {
		return "markdown";
	}
	override getDisplayText(): string {
		return this.file?.basename ?? "";
	}
	getMode(): "source" | "preview" {
		return "source";
	}
	async setFile(file: TFile, eState?: Record<string, unknown>): Promise<void> {
		this.file = file;
		this.eState = eState;
		this.editor = new Editor(await this.app.vault.read(file));
		this.editor.onChange = () => this.requestSave();
	}
	override onload(): void {
		this.registerEvent(
			this.app.vault.on("modify", (f: TAbstractFile) => {
				// A change made outside the editor reloads it, unless the editor has unsaved edits.
				if (f === this.file && this.saveTimer === null) this.editor.setValue(this.app.vault.text(f.path) ?? "");
			}),
		);
	}
	requestSave(): void {
		if (this.saveTimer !== null) clearTimeout(this.saveTimer);
		this.saveTimer = setTimeout(() => {
			this.saveTimer = null;
			if (this.file && this.app.vault.text(this.file.path) !== this.editor.getValue()) void this.app.vault.modify(this.file, this.editor.getValue());
		}, EDITOR_SAVE_DELAY);
	}
	override onunload(): void {
		if (this.saveTimer !== null) clearTimeout(this.saveTimer);
	}
}

export type PaneType = "tab" | "split" | "window";
export type Side = "left" | "right";

export class WorkspaceLeaf
	extends Events
	implements Faking<Real.WorkspaceLeaf, "view" | "isDeferred" | "loadIfDeferred" | "getViewState" | "setViewState" | "openFile" | "getDisplayText" | "detach">
{
	view: View;
	containerEl: HTMLElement;
	/** Test helper: whether revealLeaf brought this leaf to the front. */
	revealed = false;
	constructor(readonly app: App, readonly side: "main" | Side) {
		super();
		this.containerEl = createDiv({ cls: "workspace-leaf" });
		this.view = new EmptyView(this);
	}
	get isDeferred(): boolean {
		return this.view instanceof DeferredView;
	}
	/** Loads the real view of a deferred leaf: a note's editor, or a registered view. */
	async loadIfDeferred(): Promise<void> {
		if (!(this.view instanceof DeferredView)) return;
		const { state } = this.view;
		const path = state.state?.file;
		const file = state.type === "markdown" && typeof path === "string" ? this.app.vault.getFileByPath(path) : null;
		if (file) {
			const editor = new MarkdownView(this);
			await this.replaceView(editor);
			await editor.setFile(file);
		} else await this.setViewState({ type: state.type });
	}
	getViewState(): ViewState {
		return { type: this.view.getViewType() };
	}
	async setViewState(state: ViewState): Promise<void> {
		const creator = this.app.viewRegistry.get(state.type);
		if (!creator) throw new Error(`No view registered for ${state.type}`);
		await this.replaceView(creator(this));
		if (state.active) this.app.workspace.setActiveLeaf(this, { focus: true });
	}
	private async replaceView(view: View): Promise<void> {
		await this.view.close();
		this.view = view;
		await view.open(this.containerEl);
	}
	async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
		if (!(this.view instanceof MarkdownView)) await this.replaceView(new MarkdownView(this));
		await (this.view as MarkdownView).setFile(file, openState?.eState);
		if (openState?.active !== false) this.app.workspace.setActiveLeaf(this, { focus: true });
		this.app.workspace.trigger("file-open", file);
	}
	getDisplayText(): string {
		return this.view.getDisplayText();
	}
	detach(): void {
		void this.view.close();
		this.app.workspace.removeLeaf(this);
	}
}

/**
 * The view of a leaf restored from the saved layout and not loaded yet (Obsidian 1.7.2
 * defers every view that is not visible): it says which type it will be, and is nothing
 * else. So `getLeavesOfType` finds the leaf, but `leaf.view instanceof SomeView` is false
 * until `loadIfDeferred()`, `revealLeaf` or making the leaf active loads it.
 */
export class DeferredView extends View {
	constructor(
		leaf: WorkspaceLeaf,
		readonly state: ViewState,
	) {
		super(leaf);
	}
	getViewType(): string {
		return this.state.type;
	}
	getDisplayText(): string {
		const file = this.state.state?.file;
		return typeof file === "string" ? file : this.state.type;
	}
}

class EmptyView extends View {
	getViewType(): string {
		return "empty";
	}
	getDisplayText(): string {
		return "New tab";
	}
}

export class Workspace
	extends Events
	implements
		Faking<
			Real.Workspace,
			| "containerEl"
			| "layoutReady"
			| "activeLeaf"
			| "onLayoutReady"
			| "getLeavesOfType"
			| "getRightLeaf"
			| "getLeftLeaf"
			| "ensureSideLeaf"
			| "revealLeaf"
			| "getLeaf"
			| "setActiveLeaf"
			| "getActiveViewOfType"
			| "getActiveFile"
			| "on"
		>
{
	containerEl: HTMLElement;
	layoutReady = false;
	activeLeaf: WorkspaceLeaf | null = null;
	readonly leaves: WorkspaceLeaf[] = [];
	readonly rightSplitEl: HTMLElement;
	readonly rootSplitEl: HTMLElement;
	private readyCallbacks: (() => unknown)[] = [];

	constructor(readonly app: App) {
		super();
		this.containerEl = createDiv({ cls: "workspace" });
		this.rootSplitEl = this.containerEl.createDiv({ cls: "workspace-split mod-root" });
		this.rightSplitEl = this.containerEl.createDiv({ cls: "workspace-split mod-right-split" });
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.readyCallbacks.push(callback);
	}

	/** Test helper: the layout is ready (Obsidian does this once the vault has loaded). */
	setLayoutReady(): void {
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) cb();
		this.trigger("layout-ready");
		this.app.metadataCache.indexTheRest();
	}

	/**
	 * Test helper: a leaf as Obsidian restores it from the saved layout when the app starts:
	 * deferred until it is shown. A note's tab: `{type: "markdown", state: {file: path}}`.
	 */
	restoreLeaf(side: "main" | Side, state: ViewState): WorkspaceLeaf {
		const leaf = this.addLeaf(side);
		leaf.view = new DeferredView(leaf, state);
		return leaf;
	}

	private addLeaf(side: "main" | Side): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, side);
		this.leaves.push(leaf);
		(side === "main" ? this.rootSplitEl : this.rightSplitEl).appendChild(leaf.containerEl);
		return leaf;
	}

	removeLeaf(leaf: WorkspaceLeaf): void {
		const i = this.leaves.indexOf(leaf);
		if (i >= 0) this.leaves.splice(i, 1);
		leaf.containerEl.detach();
		if (this.activeLeaf === leaf) this.activeLeaf = this.leaves.find((l) => l.side === "main") ?? null;
	}

	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.view.getViewType() === type);
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf | null {
		return this.addLeaf("right");
	}

	getLeftLeaf(_split: boolean): WorkspaceLeaf | null {
		return this.addLeaf("left");
	}

	ensureSideLeaf(type: string, side: Side, options: { active?: boolean; split?: boolean; reveal?: boolean; state?: unknown } = {}): Promise<WorkspaceLeaf> {
		const existing = this.getLeavesOfType(type).find((l) => l.side === side);
		const run = async () => {
			const leaf = existing ?? this.addLeaf(side);
			if (!existing) await leaf.setViewState({ type, active: options.active });
			else if (options.active) this.setActiveLeaf(leaf, { focus: true });
			if (options.reveal !== false) await this.revealLeaf(leaf);
			return leaf;
		};
		return run();
	}

	/** Brings the leaf to the front, which loads its view if it was deferred. */
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		leaf.revealed = true;
		await leaf.loadIfDeferred();
	}

	getLeaf(newLeaf?: PaneType | boolean): WorkspaceLeaf {
		if (!newLeaf) {
			// Reuses the most recent main-area leaf, never a sidebar one.
			const main = this.activeLeaf?.side === "main" ? this.activeLeaf : this.leaves.filter((l) => l.side === "main").pop();
			if (main) return main;
		}
		return this.addLeaf("main");
	}

	/** Both of Obsidian's forms: `(leaf, {focus})` and the older `(leaf, pushHistory, focus)`. */
	setActiveLeaf(leaf: WorkspaceLeaf, _params?: { focus?: boolean } | boolean, _focus?: boolean): void {
		this.activeLeaf = leaf;
		// A tab that comes to the front loads its view.
		void leaf.loadIfDeferred();
		this.trigger("active-leaf-change", leaf);
	}

	getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	getActiveFile(): TFile | null {
		const main = this.activeLeaf?.side === "main" ? this.activeLeaf : null;
		const view = main?.view ?? this.leaves.find((l) => l.side === "main")?.view;
		return view instanceof MarkdownView ? view.file : null;
	}
}

// ---------------------------------------------------------------------------------------
// App and plugins

export type PluginManifest = Real.PluginManifest;

/** A command as Obsidian's, with the fake's Editor and MarkdownView in its editor callbacks. */
export type Command = Omit<Real.Command, "editorCallback" | "editorCheckCallback"> & {
	editorCallback?: (editor: Editor, ctx: MarkdownView) => unknown;
	editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView) => boolean | void;
};

export class App implements Faking<Real.App, "vault" | "metadataCache" | "workspace" | "fileManager"> {
	vault: Vault;
	metadataCache: MetadataCache;
	workspace: Workspace;
	fileManager: FileManager;
	readonly viewRegistry = new Map<string, (leaf: WorkspaceLeaf) => View>();
	readonly commands = new Map<string, Command>();
	readonly settingTabs: PluginSettingTab[] = [];
	readonly ribbonEl: HTMLElement;
	/** The Bases views plugins registered, by view id (`registerBasesView`). */
	readonly basesViews = new Map<string, BasesViewRegistration>();
	/** Whether the core Bases plugin is on in this vault: when off, `registerBasesView` gives false. */
	basesEnabled = true;

	constructor(files: Record<string, string> = {}, options: FakeOptions = {}) {
		this.vault = new Vault(files, options);
		this.metadataCache = new MetadataCache(this.vault, options.unindexed);
		this.workspace = new Workspace(this);
		this.fileManager = new FileManager(this);
		this.ribbonEl = createDiv({ cls: "side-dock-ribbon" });
		document.body.appendChild(this.ribbonEl);
		document.body.appendChild(this.workspace.containerEl);
	}

	/** Test helper: runs a command the way the command palette does. */
	executeCommandById(id: string): boolean {
		const command = this.commands.get(id);
		if (!command) return false;
		if (command.checkCallback) {
			if (!command.checkCallback(true)) return false;
			command.checkCallback(false);
			return true;
		}
		if (command.callback) {
			void command.callback();
			return true;
		}
		const view = this.workspace.getActiveViewOfType(MarkdownView);
		if (view && command.editorCheckCallback) {
			if (!command.editorCheckCallback(true, view.editor, view)) return false;
			command.editorCheckCallback(false, view.editor, view);
			return true;
		}
		if (view && command.editorCallback) {
			void command.editorCallback(view.editor, view);
			return true;
		}
		return false;
	}

	/** Test helper: tears the fake down (removes its elements from the document). */
	destroy(): void {
		this.ribbonEl.detach();
		this.workspace.containerEl.detach();
		for (const modal of [...openModals]) modal.close();
	}
}

export abstract class Plugin
	extends Component
	implements
		Faking<
			Real.Plugin,
			"app" | "manifest" | "settings" | "addCommand" | "registerView" | "registerBasesView" | "addRibbonIcon" | "addSettingTab" | "loadData" | "saveData" | "onUserEnable" | "onExternalSettingsChange"
		>
{
	app: App;
	manifest: PluginManifest;
	/** Obsidian 1.13 reads and writes this in PluginSettingTab's default control values. */
	settings?: unknown;
	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	addCommand(command: Command): Command {
		const full = { ...command, id: `${this.manifest.id}:${command.id}`, name: `${this.manifest.name}: ${command.name}` };
		this.app.commands.set(full.id, full);
		this.register(() => this.app.commands.delete(full.id));
		return full;
	}

	registerView(type: string, viewCreator: (leaf: WorkspaceLeaf) => View): void {
		this.app.viewRegistry.set(type, viewCreator);
		// Disabling a plugin closes its views; Obsidian does it, so plugins must not.
		this.register(() => {
			for (const leaf of this.app.workspace.getLeavesOfType(type)) leaf.detach();
			this.app.viewRegistry.delete(type);
		});
	}

	/**
	 * Only on Obsidian 1.10 and later (`setApiVersion` below 1.10.0 takes it off the
	 * prototype, as on an older app). False when the Bases core plugin is off.
	 */
	registerBasesView(viewId: string, registration: BasesViewRegistration): boolean {
		if (!this.app.basesEnabled) return false;
		this.app.basesViews.set(viewId, registration);
		// Disabling the plugin takes its view type away, and the bases showing it close it.
		this.register(() => {
			this.app.basesViews.delete(viewId);
			for (const open of [...openBases]) if (open.viewId === viewId) open.close();
		});
		return true;
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.app.ribbonEl.createDiv({ cls: "side-dock-ribbon-action clickable-icon", attr: { "aria-label": title } });
		setIcon(el, icon);
		el.addEventListener("click", callback as EventListener);
		this.register(() => el.detach());
		return el;
	}

	addSettingTab(tab: PluginSettingTab): void {
		this.app.settingTabs.push(tab);
		// Obsidian 1.13 reads the tab's definitions now, for the settings search.
		if (requireApiVersion("1.13.0")) tab.update();
	}

	private dataPath(): string {
		return `${this.app.vault.configDir}/plugins/${this.manifest.id}/data.json`;
	}

	async loadData(): Promise<unknown> {
		const raw = this.app.vault.configFiles.get(this.dataPath());
		return raw === undefined ? null : (JSON.parse(raw) as unknown);
	}

	async saveData(data: unknown): Promise<void> {
		this.app.vault.configFiles.set(this.dataPath(), JSON.stringify(data, null, 2));
	}

	onUserEnable(): void {}
	onExternalSettingsChange?(): unknown;
}

// ---------------------------------------------------------------------------------------
// API version and Bases (Obsidian 1.10)

/** Kept so that playing an Obsidian before 1.10 (setApiVersion) can take it away and give it back. */
const registerBasesViewMethod = Plugin.prototype.registerBasesView;

/** Runs a base's query and feeds its views (Obsidian's holds the filters and formulas). */
export class QueryController extends Component {
	constructor(readonly app: App) {
		super();
	}
}

/** One row of a base: a file. (Property values, `getValue`, are not faked.) */
export class BasesEntry implements Faking<Real.BasesEntry, "file"> {
	constructor(readonly file: TFile) {}
}

/** A query's result; entries are made anew for every result, as in Obsidian. */
export class BasesQueryResult implements Faking<Real.BasesQueryResult, "data"> {
	data: BasesEntry[];
	constructor(files: readonly TFile[]) {
		this.data = files.map((f) => new BasesEntry(f));
	}
}

export abstract class BasesView extends Component implements Faking<Real.BasesView, "type" | "app" | "data" | "onDataUpdated"> {
	abstract type: string;
	app: App;
	data: BasesQueryResult;
	/** A Component in the declarations (QueryController adds no members); here it must be one. */
	protected constructor(controller: Component) {
		super();
		if (!(controller instanceof QueryController)) throw new Error("a BasesView is made by the Bases factory, with its query controller");
		this.app = controller.app;
		this.data = new BasesQueryResult([]);
	}
	abstract onDataUpdated(): void;
}

export interface BasesViewRegistration {
	name: string;
	icon: string;
	factory: (controller: QueryController, containerEl: HTMLElement) => BasesView;
	options?: (config: never) => unknown[];
}

export interface OpenBase {
	viewId: string;
	view: BasesView;
	/** The element below the base's toolbar that the view draws in. */
	containerEl: HTMLElement;
	/** New query results (the notes now in the base), as after a vault or filter change. */
	update(paths: readonly string[]): void;
	close(): void;
}

/** Test helper: the bases open right now. */
export const openBases: OpenBase[] = [];

/**
 * Test helper: opens a base on the registered view `viewId` over the notes at `paths`, as
 * Obsidian does: a controller, the view from the factory loaded as its child, then `data`
 * set and `onDataUpdated` called; `update` does the same with new entries.
 */
export function openBase(app: App, viewId: string, paths: readonly string[]): OpenBase {
	const registration = app.basesViews.get(viewId);
	if (!registration) throw new Error(`no Bases view "${viewId}" is registered`);
	const files = (ps: readonly string[]) =>
		ps.map((p) => {
			const f = app.vault.getAbstractFileByPath(p);
			if (!(f instanceof TFile)) throw new Error(`${p} is not a file in the vault`);
			return f;
		});
	const controller = new QueryController(app);
	controller.load();
	const containerEl = app.workspace.containerEl.createDiv({ cls: "bases-view" });
	const view = controller.addChild(registration.factory(controller, containerEl));
	const open: OpenBase = {
		viewId,
		view,
		containerEl,
		update(ps) {
			view.data = new BasesQueryResult(files(ps));
			view.onDataUpdated();
		},
		close() {
			const at = openBases.indexOf(open);
			if (at >= 0) openBases.splice(at, 1);
			controller.unload();
			containerEl.detach();
		},
	};
	openBases.push(open);
	open.update(paths);
	return open;
}

// ---------------------------------------------------------------------------------------
// Modals, notices, icons

/** Test helper: the modals open right now, oldest first. */
export const openModals: Modal[] = [];

export class Modal
	implements Faking<Real.Modal, "app" | "containerEl" | "modalEl" | "titleEl" | "contentEl" | "shouldRestoreSelection" | "open" | "close" | "onOpen" | "onClose" | "setTitle" | "setContent">
{
	app: App;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	constructor(app: App) {
		this.app = app;
		this.containerEl = createDiv({ cls: "modal-container" });
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });
		this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	}
	open(): void {
		document.body.appendChild(this.containerEl);
		openModals.push(this);
		void this.onOpen();
	}
	close(): void {
		const i = openModals.indexOf(this);
		if (i < 0) return;
		openModals.splice(i, 1);
		this.containerEl.detach();
		this.onClose();
	}
	onOpen(): Promise<void> | void {}
	onClose(): void {}
	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}
	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}
}

export interface Instruction {
	command: string;
	purpose: string;
}

export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	private shown: T[] = [];
	private selected = 0;
	constructor(app: App) {
		super(app);
		this.modalEl.addClass("prompt");
		this.inputEl = this.modalEl.createEl("input", { cls: "prompt-input", type: "text" });
		this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
		this.inputEl.addEventListener("input", () => void this.updateSuggestions());
		this.inputEl.addEventListener("keydown", (evt) => {
			if (evt.key === "ArrowDown") this.select(this.selected + 1);
			else if (evt.key === "ArrowUp") this.select(this.selected - 1);
			else if (evt.key === "Enter") {
				const item = this.shown[this.selected];
				if (item !== undefined) this.selectSuggestion(item, evt);
			} else if (evt.key === "Escape") this.close();
		});
	}
	setPlaceholder(placeholder: string): void {
		this.inputEl.setAttribute("placeholder", placeholder);
	}
	setInstructions(_instructions: Instruction[]): void {}
	override open(): void {
		super.open();
		void this.updateSuggestions();
	}
	private select(i: number): void {
		if (this.shown.length === 0) return;
		this.selected = (i + this.shown.length) % this.shown.length;
		const items = this.resultContainerEl.querySelectorAll(".suggestion-item");
		items.forEach((el, j) => el.classList.toggle("is-selected", j === this.selected));
	}
	async updateSuggestions(): Promise<void> {
		const items = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
		this.shown = items;
		this.selected = 0;
		this.resultContainerEl.empty();
		if (items.length === 0) this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
		items.forEach((item, i) => {
			const el = this.resultContainerEl.createDiv({ cls: i === 0 ? "suggestion-item is-selected" : "suggestion-item" });
			this.renderSuggestion(item, el);
			el.addEventListener("click", (evt) => this.selectSuggestion(item, evt));
		});
	}
	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}
	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export interface FuzzyMatch<T> {
	item: T;
	match: { score: number; matches: [number, number][] };
}

/** A fuzzy match as Obsidian's: every query character in order, case-insensitive. */
function fuzzyScore(query: string, text: string): { score: number; matches: [number, number][] } | null {
	const q = query.toLowerCase().replace(/\s+/g, "");
	const t = text.toLowerCase();
	const matches: [number, number][] = [];
	let at = 0;
	let score = 0;
	for (const ch of q) {
		const found = t.indexOf(ch, at);
		if (found < 0) return null;
		score -= found - at;
		matches.push([found, found + 1]);
		at = found + 1;
	}
	return { score, matches };
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	getSuggestions(query: string): FuzzyMatch<T>[] {
		const out: FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const match = fuzzyScore(query, this.getItemText(item));
			if (match) out.push({ item, match });
		}
		return query.trim() === "" ? out : out.sort((a, b) => b.match.score - a.match.score);
	}
	renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
		el.setText(this.getItemText(item.item));
	}
	onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

/** Test helper: every notice shown, oldest first. */
export const notices: string[] = [];

/** The text of a notice as a user reads it, without the labels of its buttons. */
function noticeText(el: HTMLElement): string {
	const copy = el.cloneNode(true) as HTMLElement;
	for (const button of Array.from(copy.querySelectorAll("button"))) button.remove();
	return copy.textContent ?? "";
}

export class Notice implements Faking<Real.Notice, "noticeEl" | "containerEl" | "messageEl" | "setMessage" | "hide"> {
	containerEl: HTMLElement;
	noticeEl: HTMLElement;
	messageEl: HTMLElement;
	/** Test helper: the duration asked for (0: until dismissed). The fake does not time notices out. */
	readonly duration: number | undefined;
	constructor(message: string | DocumentFragment, duration?: number) {
		this.duration = duration;
		const container = document.body.querySelector<HTMLElement>(".notice-container") ?? document.body.createDiv({ cls: "notice-container" });
		this.containerEl = container.createDiv({ cls: "notice" });
		this.noticeEl = this.containerEl;
		this.messageEl = this.containerEl.createDiv({ cls: "notice-message" });
		// As in Obsidian, a click anywhere on a notice dismisses it (after a button in it acted).
		this.containerEl.addEventListener("click", () => this.hide());
		this.setMessage(message);
	}
	setMessage(message: string | DocumentFragment): this {
		this.messageEl.setText(message);
		notices.push(noticeText(this.messageEl));
		return this;
	}
	hide(): void {
		this.containerEl.detach();
	}
}

/** Simple shapes for the few icons Tend uses, so screenshots show something recognisable. */
const ICON_PATHS: Record<string, string> = {
	"pencil-line": "M12 20h9 M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z",
	"alarm-clock": "M4 13a8 8 0 1 0 16 0a8 8 0 1 0-16 0 M12 9v4l2 2 M5 3 2 6 M22 6 19 3 M6.38 18.7 4 21 M17.64 18.67 20 21",
	sprout: "M7 20h10 M12 20v-8 M12 12c0-4 3-6 7-6c0 4-3 6-7 6Z M12 14c0-3-2-5-6-5c0 3 2 5 6 5Z",
};

/**
 * Obsidian's tooltips come from `aria-label` (shown on hover, read by screen readers);
 * `setTooltip` sets it. The fake also marks the element with `data-tooltip`, so tests can
 * tell a tooltip that was set from an aria-label alone.
 */
export function setTooltip(el: HTMLElement, tooltip: string, _options?: unknown): void {
	el.setAttribute("aria-label", tooltip);
	el.setAttribute("data-tooltip", tooltip);
}

export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.empty();
	const svg = parent.createSvg("svg", {
		cls: ["svg-icon", `lucide-${iconId}`],
		attr: { viewBox: "0 0 24 24", width: 24, height: 24, fill: "none", stroke: "currentColor", "stroke-width": 2, "data-icon": iconId },
	});
	svg.createSvg("path", { attr: { d: ICON_PATHS[iconId] ?? "M4 4h16v16H4Z" } });
}

// ---------------------------------------------------------------------------------------
// Settings

export abstract class BaseComponent implements Faking<Real.BaseComponent, "disabled" | "setDisabled"> {
	disabled = false;
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

export abstract class ValueComponent<T> extends BaseComponent {
	abstract getValue(): T;
	abstract setValue(value: T): this;
}

/** Obsidian's AbstractTextComponent: a text input that reports each keystroke. */
export abstract class AbstractTextComponent<E extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	private changeHandlers: ((value: string) => unknown)[] = [];
	constructor(readonly inputEl: E) {
		super();
		this.inputEl.addEventListener("input", () => {
			for (const h of this.changeHandlers) void h(this.inputEl.value);
		});
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(placeholder: string): this {
		this.inputEl.setAttribute("placeholder", placeholder);
		return this;
	}
	onChange(callback: (value: string) => unknown): this {
		this.changeHandlers.push(callback);
		return this;
	}
	override setDisabled(disabled: boolean): this {
		this.inputEl.disabled = disabled;
		return super.setDisabled(disabled);
	}
}

export class TextComponent
	extends AbstractTextComponent<HTMLInputElement>
	implements Faking<Real.TextComponent, "inputEl" | "getValue" | "setValue" | "setPlaceholder" | "onChange" | "setDisabled">
{
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("input", { type: "text" }));
	}
}

export class TextAreaComponent
	extends AbstractTextComponent<HTMLTextAreaElement>
	implements Faking<Real.TextAreaComponent, "inputEl" | "getValue" | "setValue" | "setPlaceholder" | "onChange" | "setDisabled">
{
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("textarea"));
	}
}

export class DropdownComponent
	extends ValueComponent<string>
	implements Faking<Real.DropdownComponent, "selectEl" | "addOption" | "addOptions" | "getValue" | "setValue" | "onChange" | "setDisabled">
{
	selectEl: HTMLSelectElement;
	private changeHandlers: ((value: string) => unknown)[] = [];
	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
		this.selectEl.addEventListener("change", () => {
			for (const h of this.changeHandlers) void h(this.selectEl.value);
		});
	}
	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { value, text: display });
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
	onChange(callback: (value: string) => unknown): this {
		this.changeHandlers.push(callback);
		return this;
	}
	override setDisabled(disabled: boolean): this {
		this.selectEl.disabled = disabled;
		return super.setDisabled(disabled);
	}
}

export class ToggleComponent extends ValueComponent<boolean> implements Faking<Real.ToggleComponent, "toggleEl" | "getValue" | "setValue" | "onChange" | "setDisabled"> {
	toggleEl: HTMLElement;
	private value = false;
	private changeHandlers: ((value: boolean) => unknown)[] = [];
	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv({ cls: "checkbox-container" });
		this.toggleEl.addEventListener("click", () => {
			if (this.disabled) return;
			this.setValue(!this.value);
			for (const h of this.changeHandlers) void h(this.value);
		});
	}
	getValue(): boolean {
		return this.value;
	}
	setValue(on: boolean): this {
		this.value = on;
		this.toggleEl.toggleClass("is-enabled", on);
		return this;
	}
	onChange(callback: (value: boolean) => unknown): this {
		this.changeHandlers.push(callback);
		return this;
	}
	override setDisabled(disabled: boolean): this {
		this.toggleEl.toggleClass("is-disabled", disabled);
		return super.setDisabled(disabled);
	}
}

export class ButtonComponent
	extends BaseComponent
	implements Faking<Real.ButtonComponent, "buttonEl" | "setButtonText" | "setIcon" | "setTooltip" | "setCta" | "setWarning" | "setClass" | "setDisabled" | "onClick">
{
	buttonEl: HTMLButtonElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl("button");
	}
	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}
	setIcon(icon: string): this {
		setIcon(this.buttonEl, icon);
		return this;
	}
	setTooltip(tooltip: string): this {
		setTooltip(this.buttonEl, tooltip);
		return this;
	}
	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}
	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}
	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}
	override setDisabled(disabled: boolean): this {
		this.buttonEl.disabled = disabled;
		return super.setDisabled(disabled);
	}
	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (evt) => {
			if (!this.buttonEl.disabled) void callback(evt);
		});
		return this;
	}
}

export class ExtraButtonComponent
	extends BaseComponent
	implements Faking<Real.ExtraButtonComponent, "extraSettingsEl" | "setIcon" | "setTooltip" | "setDisabled" | "onClick">
{
	extraSettingsEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = containerEl.createEl("button", { cls: "clickable-icon extra-setting-button" });
	}
	setIcon(icon: string): this {
		setIcon(this.extraSettingsEl, icon);
		this.extraSettingsEl.setAttribute("data-icon", icon);
		return this;
	}
	setTooltip(tooltip: string): this {
		setTooltip(this.extraSettingsEl, tooltip);
		return this;
	}
	override setDisabled(disabled: boolean): this {
		(this.extraSettingsEl as HTMLButtonElement).disabled = disabled;
		this.extraSettingsEl.toggleClass("is-disabled", disabled);
		return super.setDisabled(disabled);
	}
	onClick(callback: () => unknown): this {
		this.extraSettingsEl.addEventListener("click", () => {
			if (!this.disabled) void callback();
		});
		return this;
	}
}

export class Setting
	implements
		Faking<
			Real.Setting,
			| "settingEl"
			| "infoEl"
			| "nameEl"
			| "descEl"
			| "controlEl"
			| "errorEl"
			| "setErrorMessage"
			| "setName"
			| "setDesc"
			| "setClass"
			| "setHeading"
			| "setDisabled"
			| "addText"
			| "addTextArea"
			| "addDropdown"
			| "addToggle"
			| "addButton"
			| "addExtraButton"
			| "then"
		>
{
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	errorEl: HTMLElement | null = null;
	components: BaseComponent[] = [];
	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}
	/** Since 1.13.0: the message under the setting, and `is-invalid` on the row while there is one. */
	setErrorMessage(message: string | null): this {
		since("1.13.0", "Setting.setErrorMessage");
		const text = message ?? "";
		if (text !== "" && this.errorEl === null) this.errorEl = this.infoEl.createDiv({ cls: "setting-item-error" });
		this.errorEl?.setText(text);
		this.settingEl.toggleClass("is-invalid", text !== "");
		return this;
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass("is-disabled", disabled);
		for (const c of this.components) c.setDisabled(disabled);
		return this;
	}
	private add<C extends BaseComponent>(component: C, cb: (c: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}
	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}
	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}
	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		return this.add(new ExtraButtonComponent(this.controlEl), cb);
	}
	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}
}

/** A group of settings under one heading (Obsidian 1.11), as the declarative tab draws them. */
export class SettingGroup implements Faking<Real.SettingGroup, "listEl" | "setHeading" | "addClass" | "addSetting"> {
	readonly groupEl: HTMLElement;
	listEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		this.groupEl = containerEl.createDiv({ cls: "setting-group" });
		this.listEl = this.groupEl.createDiv({ cls: "setting-items" });
	}
	setHeading(text: string | DocumentFragment): this {
		const heading = new Setting(this.groupEl).setName(text).setHeading();
		this.groupEl.insertBefore(heading.settingEl, this.listEl);
		return this;
	}
	addClass(...classes: string[]): this {
		this.groupEl.addClass(...classes);
		return this;
	}
	addSetting(cb: (setting: Setting) => void): this {
		cb(new Setting(this.listEl));
		return this;
	}
}

type Definition = Real.SettingDefinition;
type Control = Real.SettingControl;

/** A row drawn from a definition, kept so `refreshDomState` can re-evaluate it in place. */
interface DrawnRow {
	visible?: boolean | (() => boolean);
	disabled?: boolean | (() => boolean);
	el: HTMLElement;
	setting?: Setting;
}

const evaluate = (flag: boolean | (() => boolean) | undefined, otherwise: boolean): boolean => (flag === undefined ? otherwise : typeof flag === "function" ? flag() : flag);

export abstract class SettingTab
	implements
		Faking<
			Real.SettingTab,
			"app" | "containerEl" | "icon" | "settingItems" | "getSettingDefinitions" | "update" | "getControlValue" | "setControlValue" | "refreshDomState" | "display" | "hide"
		>
{
	app: App;
	containerEl: HTMLElement;
	icon = "";
	settingItems: Real.SettingDefinitionItem[] = [];
	/** The rows drawn from the definitions while the tab is open that way; null otherwise. */
	private drawn: DrawnRow[] | null = null;
	private cleanups: (() => void)[] = [];
	constructor(app: App) {
		this.app = app;
		this.containerEl = createDiv({ cls: "vertical-tab-content" });
	}
	getSettingDefinitions(): Real.SettingDefinitionItem[] {
		return [];
	}
	/** Since 1.13.0: reads the definitions again, and redraws the tab when it is open. */
	update(): void {
		since("1.13.0", "SettingTab.update");
		this.settingItems = this.getSettingDefinitions();
		if (this.drawn !== null) this.drawDefinitions();
	}
	/** Obsidian's own tabs read the vault's config; PluginSettingTab reads the plugin's settings. */
	getControlValue(_key: string): unknown {
		return undefined;
	}
	setControlValue(_key: string, _value: unknown): void | Promise<void> {}
	/** Since 1.13.0: `visible` and `disabled` evaluated again, without a redraw. */
	refreshDomState(): void {
		since("1.13.0", "SettingTab.refreshDomState");
		for (const row of this.drawn ?? []) this.applyState(row);
	}
	display(): void {}
	hide(): void {
		this.runCleanups();
		this.drawn = null;
		this.containerEl.empty();
	}

	/** Fake only (Obsidian's settings window does this): draws `settingItems` into the tab. */
	drawDefinitions(): void {
		this.runCleanups();
		this.containerEl.empty();
		this.drawn = [];
		let loose: SettingGroup | null = null;
		for (const item of this.settingItems) {
			if ("type" in item) {
				if (item.type !== "group") throw new Error(`the fake does not draw a settings ${item.type}`);
				const group = new SettingGroup(this.containerEl);
				if (item.heading !== undefined) group.setHeading(item.heading);
				if (item.cls !== undefined) group.addClass(...item.cls.split(" ").filter((c) => c !== ""));
				this.drawn.push({ visible: item.visible, el: group.groupEl });
				(item.items ?? []).forEach((child, i) => {
					if ("type" in child) throw new Error("the fake does not draw a settings page");
					this.drawDefinition(group, child, i);
				});
				loose = null;
			} else {
				loose ??= new SettingGroup(this.containerEl);
				this.drawDefinition(loose, item, loose.listEl.childElementCount);
			}
		}
		for (const row of this.drawn) this.applyState(row);
	}

	private drawDefinition(group: SettingGroup, def: Definition, _index: number): void {
		group.addSetting((setting) => {
			setting.setName(def.name);
			if (def.desc !== undefined) setting.setDesc(def.desc);
			const row: DrawnRow = { visible: def.visible, el: setting.settingEl, setting };
			if (def.render) {
				const cleanup = def.render(setting as unknown as Real.Setting, group as unknown as Real.SettingGroup);
				if (typeof cleanup === "function") this.cleanups.push(cleanup);
			} else if (def.control) {
				row.disabled = def.control.disabled;
				this.drawControl(setting, def.control);
			} else if (def.action) {
				throw new Error("the fake does not draw action rows");
			}
			this.drawn?.push(row);
		});
	}

	private drawControl(setting: Setting, control: Control): void {
		const stored = this.getControlValue(control.key);
		const value = stored === undefined || stored === null ? control.defaultValue : stored;
		const commit = async (v: unknown) => {
			const message = control.validate ? await control.validate(v as never) : undefined;
			if (message) {
				setting.setErrorMessage(message);
				return;
			}
			setting.setErrorMessage(null);
			await this.setControlValue(control.key, v);
		};
		switch (control.type) {
			case "text":
				setting.addText((t) => {
					t.setValue(typeof value === "string" ? value : "");
					if (control.placeholder !== undefined) t.setPlaceholder(control.placeholder);
					t.onChange(commit);
				});
				break;
			case "textarea":
				setting.addTextArea((t) => {
					t.setValue(typeof value === "string" ? value : "");
					if (control.placeholder !== undefined) t.setPlaceholder(control.placeholder);
					if (control.rows !== undefined) t.inputEl.rows = control.rows;
					t.onChange(commit);
				});
				break;
			case "toggle":
				setting.addToggle((t) => t.setValue(value === true).onChange(commit));
				break;
			case "dropdown":
				setting.addDropdown((d) =>
					d
						.addOptions(control.options)
						.setValue(typeof value === "string" ? value : "")
						.onChange(commit),
				);
				break;
			default:
				throw new Error(`the fake does not draw ${control.type} controls`);
		}
		// The stored value is checked once when the row is drawn; it is shown, not replaced.
		if (control.validate) {
			void Promise.resolve(control.validate(value as never)).then((message) => {
				if (message) setting.setErrorMessage(message);
			});
		}
	}

	private applyState(row: DrawnRow): void {
		row.el.toggle(evaluate(row.visible, true));
		if (row.setting && row.disabled !== undefined) row.setting.setDisabled(evaluate(row.disabled, false));
	}

	private runCleanups(): void {
		for (const cleanup of this.cleanups.splice(0)) cleanup();
	}
}

export abstract class PluginSettingTab extends SettingTab implements Faking<Real.PluginSettingTab, "getControlValue" | "setControlValue"> {
	plugin: Plugin;
	constructor(app: App, plugin: Plugin) {
		super(app);
		this.plugin = plugin;
	}
	override getControlValue(key: string): unknown {
		const settings = this.plugin.settings;
		return typeof settings === "object" && settings !== null ? (settings as Record<string, unknown>)[key] : undefined;
	}
	override async setControlValue(key: string, value: unknown): Promise<void> {
		if (typeof this.plugin.settings !== "object" || this.plugin.settings === null) this.plugin.settings = {};
		(this.plugin.settings as Record<string, unknown>)[key] = value;
		await this.plugin.saveData(this.plugin.settings);
	}
}

/**
 * Test helper: opens a settings tab as Obsidian's settings window does. From 1.13.0 a tab
 * with definitions is drawn from them (its `display()` is not called); otherwise `display()`.
 */
export function openSettingTab(tab: SettingTab): void {
	tab.hide();
	if (requireApiVersion("1.13.0")) {
		tab.update();
		if (tab.settingItems.length > 0) {
			tab.drawDefinitions();
			return;
		}
	}
	tab.display();
}

/** A found setting: its name and the headings of the groups it is in. */
export interface FoundSetting {
	name: string;
	group: string | null;
}

/**
 * Test helper standing in for the settings search of Obsidian 1.13: the definitions (as
 * `update()` last read them) whose name, description or aliases hold `query`, ignoring case.
 * Obsidian's own matching and ranking are not faked; before 1.13 nothing is searchable.
 */
export function searchSettings(app: App, query: string): FoundSetting[] {
	if (!requireApiVersion("1.13.0")) return [];
	const q = query.toLowerCase();
	const found: FoundSetting[] = [];
	const textOf = (d: string | DocumentFragment | undefined) => (d === undefined ? "" : typeof d === "string" ? d : (d.textContent ?? ""));
	const visit = (def: Definition, group: string | null) => {
		if (!evaluate(def.searchable, true) || !evaluate(def.visible, true)) return;
		const haystack = [def.name, textOf(def.desc), ...(def.aliases ?? [])].join("\n").toLowerCase();
		if (haystack.includes(q)) found.push({ name: def.name, group });
	};
	for (const tab of app.settingTabs) {
		for (const item of tab.settingItems) {
			if (!("type" in item)) visit(item, null);
			else if (item.type !== "page" && evaluate(item.visible, true)) for (const child of item.items ?? []) if (!("type" in child)) visit(child, item.heading ?? null);
		}
	}
	return found;
}

// ---------------------------------------------------------------------------------------
// API versions

/** The Obsidian version the fake plays: by default the one of the `obsidian` package in use. */
const PACKAGE_API_VERSION = "1.13.1";
let apiVersion = PACKAGE_API_VERSION;
let language = "en";

function versionParts(v: string): number[] {
	return v.split(".").map((p) => Number.parseInt(p, 10) || 0);
}

function atLeast(have: string, want: string): boolean {
	const a = versionParts(have);
	const b = versionParts(want);
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		const d = (a[i] ?? 0) - (b[i] ?? 0);
		if (d !== 0) return d > 0;
	}
	return true;
}

export function requireApiVersion(version: string): boolean {
	return atLeast(apiVersion, version);
}

/** A member added in `version` does not exist in an older Obsidian: calling it fails there. */
function since(version: string, member: string): void {
	if (!atLeast(apiVersion, version)) throw new TypeError(`${member} is not a function (it came in Obsidian ${version}; the fake plays ${apiVersion})`);
}

/** Since 1.8.7: the app's language, `en` unless a test sets another (`setLanguage`). */
export function getLanguage(): string {
	since("1.8.7", "getLanguage");
	return language;
}

/** Test helper: plays another Obsidian version; no argument goes back to the default. */
export function setApiVersion(version: string = PACKAGE_API_VERSION): void {
	apiVersion = version;
	// Below 1.10.0 the app has no Bases: `registerBasesView` is not on Plugin's prototype
	// (calling it would throw, as `undefined` is not a function). The BasesView class stays
	// exported; code that checks the version never reaches it.
	const proto = Plugin.prototype as { registerBasesView?: typeof registerBasesViewMethod };
	if (atLeast(apiVersion, "1.10.0")) proto.registerBasesView = registerBasesViewMethod;
	else delete proto.registerBasesView;
}

/** Test helper: the language `getLanguage` answers. */
export function setLanguage(code = "en"): void {
	language = code;
}

// ---------------------------------------------------------------------------------------
// Platform and keys

export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
};

export class Keymap {
	/** Mod (Ctrl, or Cmd on macOS) opens a new tab; with Alt a split; a middle click a tab. */
	static isModEvent(evt?: MouseEvent | KeyboardEvent | TouchEvent | PointerEvent | null): PaneType | boolean {
		if (!evt) return false;
		const mod = Platform.isMacOS ? evt.metaKey : evt.ctrlKey;
		if (mod && evt.altKey && evt.shiftKey) return "window";
		if (mod && evt.altKey) return "split";
		if (mod) return "tab";
		if ("button" in evt && evt.button === 1) return "tab";
		return false;
	}
}
