/**
 * The plugin's rows, run in a worker process per vault size (the orchestrator in
 * scripts/bench.ts starts it with --expose-gc). Everything here drives the code the plugin
 * runs: the real ContactIndex, due list model and DueListView from src/obsidian over the
 * fake Obsidian (tests/obsidian/fakeObsidian.ts) in jsdom, and the built main.js loaded into
 * the fake as tests/obsidian/harness.ts loads it.
 *
 * The fake is used as it is, with two things done from the bench's side:
 * - its metadata cache is filled once per size (indexing 4 x N notes takes the fake far
 *   longer than anything measured here), and each built-plugin run gets a fresh App (a fresh
 *   workspace) whose vault and metadata cache are that one filled pair; every plugin and index
 *   is unloaded after its run, which removes its listeners;
 * - `require("obsidian")` inside main.js is answered with the fake (jest's moduleNameMapper
 *   does the same for the tests).
 */
import "./dom";
import * as fs from "fs";
import Module, { createRequire } from "module";
import type { App as ObsidianApp, WorkspaceLeaf as ObsidianLeaf } from "obsidian";
import * as path from "path";
import { writeHeapSnapshot } from "v8";
import { formatDay } from "../../src/core/calendar";
import { dueList } from "../../src/core/schedule";
import { loadSettings } from "../../src/core/settings";
import { TendActions } from "../../src/obsidian/actions";
import { Clock, localToday } from "../../src/obsidian/clock";
import { ContactIndex } from "../../src/obsidian/contactIndex";
import { DueList } from "../../src/core/dueList/model";
import { DueListView, VIEW_TYPE_DUE_LIST } from "../../src/obsidian/dueListView";
import * as obsidian from "../../tests/obsidian/fakeObsidian";
import { App, TFile, type EventRef, type Plugin, type PluginManifest, type WorkspaceLeaf } from "../../tests/obsidian/fakeObsidian";
import { CpuProfiler, summarizeHeapDiff, writeCpuProfiles } from "./profile";
import { measure, Stopwatch, type Row, type RunOptions, type Value } from "./stats";
import { generateVault, vaultFiles } from "./vault";

export interface WorkerOptions {
	n: number;
	runs: number;
	warmup: number;
	selected(name: string): boolean;
	/** The plugin bundle to load (main.js, or an unminified copy when profiling). */
	mainJs: string;
	manifest: PluginManifest;
	profileDir: string | null;
	/** The repository, to name source files in profiles. */
	root: string;
	log(line: string): void;
}

function check(ok: boolean, what: string): void {
	if (!ok) throw new Error(`bench check failed: ${what}`);
}

function gc(): void {
	const run = (globalThis as { gc?: () => void }).gc;
	if (!run) throw new Error("heap figures need node --expose-gc (npm run bench starts the worker with it)");
	run();
	run();
}

/**
 * Resolves when `test` holds, looking again after every change under `root` (no polling).
 * Tests use getElementsByClassName, not querySelector: jsdom's selector engine keeps the
 * last results of a query, which would keep a stopped plugin's view (and its contacts) alive
 * and spoil the heap figures.
 */
function waitFor(root: Node, test: () => boolean): Promise<void> {
	if (test()) return Promise.resolve();
	return new Promise((resolve) => {
		const observer = new MutationObserver(() => {
			if (!test()) return;
			observer.disconnect();
			resolve();
		});
		observer.observe(root, { childList: true, subtree: true, characterData: true });
	});
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Rows a view draws at first: its sections and the reasons of the first screenful (30 rows). */
function screenful(model: DueList): number {
	let left = 30;
	for (const section of model.sections()) {
		if (left <= 0) break;
		left -= model.rows(section.id, 0, left).length;
	}
	return 30 - left;
}

/** Collects until the heap stops shrinking: weak references and finalizers free more after a turn of the event loop. */
async function settle(): Promise<void> {
	let last = Infinity;
	for (let i = 0; i < 10; i++) {
		gc();
		await tick();
		const used = process.memoryUsage().heapUsed;
		if (used >= last) return;
		last = used;
	}
}

type PluginClass = new (app: App, manifest: PluginManifest) => Plugin;

/** The plugin class of a built bundle, with `require("obsidian")` answered by the fake. */
function loadBuiltPlugin(file: string): PluginClass {
	const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
	const original = loader._load;
	loader._load = function (request: string, parent: unknown, isMain: boolean) {
		return request === "obsidian" ? obsidian : original.call(this, request, parent, isMain);
	};
	const mod = createRequire(file)(file) as { default?: PluginClass };
	if (typeof mod.default !== "function") throw new Error(`${file} does not export a plugin class as default`);
	return mod.default;
}

export async function runPluginRows(options: WorkerOptions): Promise<{ results: Row[]; values: Value[] }> {
	const { n, log } = options;
	const results: Row[] = [];
	const values: Value[] = [];
	const clock = new Clock();
	const today = localToday(Date.now());
	const settings = loadSettings(null).settings;

	const started = performance.now();
	const generated = generateVault({ contacts: n, dailyPerContact: 2, today });
	const files = vaultFiles(generated);
	const shared = new App(files);
	const noteCount = Object.keys(files).length;
	log(`[${n}] vault: ${n} contacts, ${generated.others.length} other notes, ${generated.daily.length} daily notes (${noteCount} notes, ${(Object.values(files).reduce((s, t) => s + t.length, 0) / 1e6).toFixed(1)} M chars), today ${formatDay(today)}; generated and indexed by the fake in ${((performance.now() - started) / 1000).toFixed(1)} s`);

	const app = shared as unknown as ObsidianApp;
	const newIndex = () => {
		const index = new ContactIndex(app, () => settings, clock);
		index.load();
		return index;
	};
	const runOptions = (): RunOptions => ({
		runs: options.runs,
		warmup: options.warmup,
		log,
		profiler: options.profileDir ? new CpuProfiler() : null,
	});
	const saveProfile = (name: string, o: RunOptions) => {
		if (!options.profileDir || !o.profiler) return;
		const file = writeCpuProfiles(options.profileDir, `${name}-${n}`, o.profiler.profiles, options.root);
		o.profiler.close();
		log(`  profile: ${file}`);
	};
	/** Times one row (or several from the same runs) when any of them is selected. */
	const row = async (names: string[], run: Parameters<typeof measure>[3]) => {
		if (!names.some((name) => options.selected(name))) return;
		const o = runOptions();
		results.push(...(await measure(names, n, o, run)));
		saveProfile(names[names.length - 1] as string, o);
	};
	const allRead = (index: ContactIndex) => index.all().every((c) => c.logRead);

	// Retained heap per contact: the index built and every log read, by difference.
	if (options.selected("heap.per-contact")) {
		const warm = newIndex();
		warm.start();
		await warm.settled();
		warm.unload();
		gc();
		const snapshots: [string, string] | null = options.profileDir && n <= 5000 ? [path.join(options.profileDir, `heap-before-${n}.heapsnapshot`), path.join(options.profileDir, `heap-after-${n}.heapsnapshot`)] : null;
		if (snapshots) writeHeapSnapshot(snapshots[0]);
		await settle();
		const before = process.memoryUsage().heapUsed;
		// A small vault's figure would drown in the heap's own noise (a few hundred KB either
		// way): below 2,000 contacts several indexes are kept at once, and the figure divided.
		const copies = Math.max(1, Math.ceil(2000 / n));
		const indexes: ContactIndex[] = [];
		for (let i = 0; i < copies; i++) {
			const index = newIndex();
			index.start();
			await index.settled();
			check(allRead(index), "every log read");
			indexes.push(index);
		}
		await settle();
		const after = process.memoryUsage().heapUsed;
		if (snapshots) {
			writeHeapSnapshot(snapshots[1]);
			const file = path.join(options.profileDir as string, `heap.per-contact-${n}.md`);
			fs.writeFileSync(file, `${summarizeHeapDiff(`heap.per-contact, n=${n}`, snapshots[0], snapshots[1], n * copies)}\n`);
			log(`  heap profile: ${file}`);
		}
		for (const index of indexes) index.unload();
		const perContact = Math.round((after - before) / (n * copies));
		values.push({ name: "heap.per-contact", n, value: perContact, unit: "B" });
		log(`  heap.per-contact n=${n}: ${perContact} B${copies > 1 ? ` (${copies} indexes kept)` : ""}`);
	}

	await row(["plugin.contacts-from-cache"], (sw) => {
		const index = newIndex();
		sw.start();
		index.start();
		const ms = sw.stop();
		const all = index.all();
		check(all.length === n && all.every((c) => !c.logRead), `${n} contacts known from the cache, no log read (got ${all.length})`);
		index.unload();
		return { "plugin.contacts-from-cache": ms };
	});

	await row(["plugin.read-all-logs"], async (sw) => {
		const index = newIndex();
		index.start();
		sw.start();
		await index.readAll();
		const ms = sw.stop();
		check(index.all().length === n && allRead(index), "every log read");
		index.unload();
		return { "plugin.read-all-logs": ms };
	});

	// One index for the rest, with every log read. A cache listener registered before it
	// starts the clock for the update rows the moment the cache announces a change.
	let current: Stopwatch | null = null;
	let mode: "contact" | "other" | null = null;
	let elapsed = 0;
	let updated: DueList | null = null;
	let announced: (() => void) | null = null;
	const refs: EventRef[] = [];
	refs.push(shared.metadataCache.on("changed", () => current?.start()));
	const live = newIndex();
	live.start();
	await live.settled();
	check(allRead(live), "every log read");
	// What the view does on the index's `changed` (less its 50 ms coalescing delay): the model.
	live.on("changed", () => {
		if (mode !== "contact" || !current) return;
		updated = live.list;
		if (updated) screenful(updated);
		elapsed = current.stop();
	});
	refs.push(
		shared.metadataCache.on("changed", () => {
			if (mode === "other" && current) elapsed = current.stop();
			announced?.();
		}),
	);
	const change = async (sw: Stopwatch, file: TFile, text: string, kind: "contact" | "other"): Promise<number> => {
		current = sw;
		mode = kind;
		elapsed = Number.NaN;
		const seen = new Promise<void>((resolve) => (announced = resolve));
		await shared.vault.modify(file, text);
		await seen;
		current = null;
		mode = null;
		announced = null;
		return elapsed;
	};

	await row(["plugin.due-list-from-scratch"], (sw) => {
		const contacts = live.all();
		sw.start();
		const model = new DueList(contacts, clock.today(), settings);
		const drawn = screenful(model);
		const ms = sw.stop();
		check(model.size === n && model.listed > 0 && drawn > 0, "a due list of every contact");
		return { "plugin.due-list-from-scratch": ms };
	});

	await row(["core.due-list"], (sw) => {
		sw.start();
		const listed = dueList(live.all(), clock.today(), settings);
		const ms = sw.stop();
		check(listed.length > 0, "someone due");
		return { "core.due-list": ms };
	});

	if (options.selected("plugin.update-one-note")) {
		// An overdue contact whose last_contact moves to today (so it leaves Overdue) and back.
		const start = live.list as DueList;
		const overdue = (m: DueList | null, p: string) => (m ? m.indexOf("overdue", p) >= 0 : false);
		const target = start.rows("overdue").find((r) => /^last_contact: \d{4}-\d{2}-\d{2}$/m.test(shared.vault.text(r.contact.path) ?? ""));
		check(target !== undefined, "an overdue contact with a last_contact line");
		const targetPath = (target as { contact: { path: string } }).contact.path;
		const file = shared.vault.getFileByPath(targetPath) as TFile;
		const original = shared.vault.text(targetPath) as string;
		const contacted = original.replace(/^last_contact: \d{4}-\d{2}-\d{2}$/m, `last_contact: ${formatDay(today)}`);
		await row(["plugin.update-one-note"], async (sw, i) => {
			const leaving = i % 2 === 0;
			const ms = await change(sw, file, leaving ? contacted : original, "contact");
			check(overdue(updated, targetPath) === !leaving, `${targetPath} ${leaving ? "left" : "is back in"} Overdue`);
			return { "plugin.update-one-note": ms };
		});
		if (shared.vault.text(targetPath) !== original) await change(new Stopwatch(null), file, original, "contact");
	}

	if (options.selected("plugin.update-other-note")) {
		// A project note gains a task and loses it again: the index only has to see it is not a contact.
		const otherPath = generated.others[0]?.path as string;
		const file = shared.vault.getFileByPath(otherPath) as TFile;
		const original = shared.vault.text(otherPath) as string;
		const revision = live.revision;
		await row(["plugin.update-other-note"], async (sw, i) => {
			const ms = await change(sw, file, i % 2 === 0 ? `${original}- [ ] One more task\n` : original, "other");
			return { "plugin.update-other-note": ms };
		});
		if (shared.vault.text(otherPath) !== original) await change(new Stopwatch(null), file, original, "other");
		log(`  the index announced ${live.revision - revision} change(s) for the edits of a note that is not a contact`);
	}
	for (const ref of refs) shared.metadataCache.offref(ref);

	// The view opened over the full index: from the leaf asking for it to its rows in the DOM.
	const services = { index: live, clock, settings: () => settings, actions: new TendActions(app, live, clock, () => settings, () => []) };
	shared.viewRegistry.set(VIEW_TYPE_DUE_LIST, (leaf) => new DueListView(leaf as unknown as ObsidianLeaf, services) as unknown as obsidian.View);
	await row(["plugin.first-paint"], async (sw, i) => {
		const leaf = shared.workspace.getRightLeaf(false) as WorkspaceLeaf;
		sw.start();
		await leaf.setViewState({ type: VIEW_TYPE_DUE_LIST });
		const ms = sw.stop();
		const drawn = leaf.containerEl.getElementsByClassName("tend-row").length;
		check(drawn > 0 && drawn < 200, `a window of rows drawn (got ${drawn})`);
		if (i === 0) log(`  the view drew ${drawn} rows`);
		leaf.detach();
		return { "plugin.first-paint": ms };
	});
	shared.viewRegistry.delete(VIEW_TYPE_DUE_LIST);
	live.unload();

	// The built main.js: from onload to the due list on screen, and until every read is done.
	const wantPlugin = options.selected("plugin.onload-to-list") || options.selected("plugin.all-reads-done") || options.selected("heap.per-contact.plugin");
	if (wantPlugin) {
		const PluginClass = loadBuiltPlugin(options.mainJs);
		const runPlugin = async (sw: Stopwatch, stopAtList = false) => {
			const fresh = new App({});
			Object.assign(fresh, { vault: shared.vault, metadataCache: shared.metadataCache });
			const container = fresh.workspace.containerEl;
			sw.start();
			const plugin = new PluginClass(fresh, { ...options.manifest });
			plugin.load();
			await tick();
			fresh.workspace.setLayoutReady();
			check(fresh.executeCommandById("tend:open-due-list"), "the open due list command runs");
			await waitFor(container, () => container.getElementsByClassName("tend-row").length > 0);
			const list = stopAtList ? sw.stop() : sw.lap();
			let all = list;
			if (!stopAtList) {
				const note = () => container.getElementsByClassName("tend-due-note")[0]?.textContent ?? "";
				await waitFor(container, () => note() !== "" && !note().includes("reading notes"));
				all = sw.stop();
			}
			return {
				figures: { "plugin.onload-to-list": list, "plugin.all-reads-done": all },
				stop: () => {
					plugin.unload();
					fresh.destroy();
				},
			};
		};
		if (options.profileDir && options.selected("plugin.onload-to-list")) {
			// A profile of the first part alone (the timed runs below profile both parts).
			const o = runOptions();
			await measure(["plugin.onload-to-list"], n, { ...o, log: () => {} }, async (sw) => {
				const r = await runPlugin(sw, true);
				r.stop();
				return r.figures;
			});
			saveProfile("plugin.onload-to-list", o);
		}
		const names = ["plugin.onload-to-list", "plugin.all-reads-done"].filter((x) => options.selected(x));
		if (names.length > 0) {
			await row(names, async (sw) => {
				const r = await runPlugin(sw);
				r.stop();
				return r.figures;
			});
		}
		if (options.selected("heap.per-contact.plugin")) {
			// One untimed run first, so main.js's compiled code and jsdom's first-use caches
			// are in the heap before the figure is taken (the timed rows may not have run).
			// Each step is its own function: a value an async function awaited stays in its
			// saved registers, and a stopped plugin kept there would count against the next.
			const warm = async () => (await runPlugin(new Stopwatch(null))).stop();
			// With --profile (n <= 5000, as for the index), a heap snapshot on each side says what the plugin holds.
			const snapshots: [string, string] | null = options.profileDir && n <= 5000 ? [path.join(options.profileDir, `plugin-heap-before-${n}.heapsnapshot`), path.join(options.profileDir, `plugin-heap-after-${n}.heapsnapshot`)] : null;
			const retained = async () => {
				gc();
				if (snapshots) writeHeapSnapshot(snapshots[0]);
				gc();
				const before = process.memoryUsage().heapUsed;
				const r = await runPlugin(new Stopwatch(null));
				gc();
				const after = process.memoryUsage().heapUsed;
				if (snapshots) writeHeapSnapshot(snapshots[1]);
				r.stop();
				return after - before;
			};
			await warm();
			const bytes = await retained();
			values.push({ name: "heap.per-contact.plugin", n, value: Math.round(bytes / n), unit: "B" });
			if (snapshots && options.profileDir) {
				const file = path.join(options.profileDir, `heap.per-contact.plugin-${n}.md`);
				fs.writeFileSync(file, `${summarizeHeapDiff(`heap.per-contact.plugin, n=${n}`, snapshots[0], snapshots[1], n)}\n`);
				log(`  heap profile: ${file}`);
			}
			log(`  heap.per-contact.plugin n=${n}: ${Math.round(bytes / n)} B`);
		}
	}
	return { results, values };
}
