/**
 * Every contact in the vault, kept current one note at a time (STYLE.md, practice 6).
 *
 * `start()` runs once the workspace layout is ready: it reads every note's frontmatter and
 * tags from the metadata cache, which Obsidian already holds, so the first due list appears
 * at once. The touchpoint logs need the notes' text; they are read with `cachedRead` in small
 * batches in the background, one batch per task, so a vault of thousands of notes never
 * blocks the interface. After that, a `changed` event of the metadata cache (which carries
 * the note's new text) updates that one contact, a vault `rename` re-keys it and a `delete`
 * drops it. Only a change of settings or of the day re-reads everything.
 */
import { Component, Events, TFile, TFolder, type App, type EventRef, type TAbstractFile } from "obsidian";
import type { Contact } from "../core/contact";
import type { TendSettings } from "../core/settings";
import type { Clock } from "./clock";
import { contactFromCache, looksBroken } from "./contactNote";

/** Notes read per background task: small enough to keep each task well under a frame. */
export const READ_BATCH = 25;

export class ContactIndex extends Component {
	private readonly contacts = new Map<string, Contact>();
	/** Bumped on every change to a path, so a slow background read cannot undo a newer change. */
	private readonly versions = new Map<string, number>();
	private readonly queue = new Set<string>();
	private readonly events = new Events();
	private pumpTimer: number | null = null;
	private started = false;
	/** Loaded and not yet unloaded: background reads stop when the plugin is disabled. */
	private alive = false;
	/** Changes since the due list was last computed (the view caches its model on it). */
	revision = 0;

	constructor(
		private readonly app: App,
		private readonly settings: () => TendSettings,
		private readonly clock: Clock,
	) {
		super();
	}

	override onload(): void {
		this.alive = true;
		this.register(() => {
			this.alive = false;
			if (this.pumpTimer !== null) window.clearTimeout(this.pumpTimer);
			this.pumpTimer = null;
		});
	}

	/** Whether the index has been built (the view says "Loading" until then). */
	get ready(): boolean {
		return this.started;
	}

	/** Notes whose log has not been read yet. */
	get pending(): number {
		return this.queue.size;
	}

	all(): Contact[] {
		return [...this.contacts.values()];
	}

	get(path: string): Contact | undefined {
		return this.contacts.get(path);
	}

	on(name: "changed", callback: () => void): EventRef {
		return this.events.on(name, callback);
	}

	/** Builds the index from the metadata cache and starts following the vault. */
	start(): void {
		if (this.started) return;
		this.started = true;
		const { vault, metadataCache } = this.app;
		this.registerEvent(metadataCache.on("changed", (file, data, cache) => this.changed(file, data, cache)));
		this.registerEvent(vault.on("rename", (file, oldPath) => this.renamed(file, oldPath)));
		this.registerEvent(vault.on("delete", (file) => this.deleted(file)));
		this.registerEvent(this.clock.onDayChanged(() => this.refreshAll()));
		this.refreshAll();
	}

	/**
	 * Re-reads every note: contacts from the cache at once (keeping the logs already read so
	 * the list does not flicker), then the logs in the background. For a change of settings
	 * (another folder, tag, key or log heading changes who is a contact and what they hold)
	 * and of the day (diagnostics about future dates depend on it).
	 */
	refreshAll(): void {
		if (!this.started) return;
		const settings = this.settings();
		const today = this.clock.today();
		const seen = new Set<string>();
		const broken: string[] = [];
		const rest: string[] = [];
		for (const file of this.app.vault.getMarkdownFiles()) {
			seen.add(file.path);
			this.bump(file.path);
			const cache = this.app.metadataCache.getFileCache(file);
			const fresh = cache ? contactFromCache(file.path, cache, null, settings, today) : null;
			this.store(file.path, withLog(fresh, this.contacts.get(file.path)));
			// A note the cache does not know yet may still be a contact: read it to find out.
			if (fresh || !cache) (looksBroken(cache) ? broken : rest).push(file.path);
		}
		for (const path of [...this.contacts.keys()]) if (!seen.has(path)) this.contacts.delete(path);
		this.queue.clear();
		for (const path of [...broken, ...rest]) this.queue.add(path);
		this.notify();
		this.schedulePump();
	}

	private bump(path: string): number {
		const v = (this.versions.get(path) ?? 0) + 1;
		this.versions.set(path, v);
		return v;
	}

	private store(path: string, contact: Contact | null): void {
		if (contact) this.contacts.set(path, contact);
		else this.contacts.delete(path);
	}

	private changed(file: TFile, data: string, cache: { frontmatter?: Record<string, unknown>; tags?: { tag: string }[] }): void {
		if (file.extension !== "md") return;
		this.bump(file.path);
		this.queue.delete(file.path);
		const contact = contactFromCache(file.path, cache, data, this.settings(), this.clock.today());
		// Writing in a note that is not a contact (and was not one) changes nothing here.
		if (contact === null && !this.contacts.has(file.path)) return;
		this.store(file.path, contact);
		this.notify();
	}

	private renamed(file: TAbstractFile, oldPath: string): void {
		if (file instanceof TFolder) {
			// Whether or not each note inside gets its own event, re-key them all now.
			const prefix = `${oldPath}/`;
			for (const path of [...this.contacts.keys()]) {
				if (!path.startsWith(prefix)) continue;
				const moved = this.app.vault.getFileByPath(`${file.path}/${path.slice(prefix.length)}`);
				if (moved) this.renamed(moved, path);
			}
			return;
		}
		if (!(file instanceof TFile) || file.extension !== "md") return;
		const old = this.contacts.get(oldPath);
		this.bump(oldPath);
		this.contacts.delete(oldPath);
		this.queue.delete(oldPath);
		this.bump(file.path);
		const cache = this.app.metadataCache.getFileCache(file);
		const fresh = cache ? contactFromCache(file.path, cache, null, this.settings(), this.clock.today()) : null;
		this.store(file.path, withLog(fresh, old));
		// The name and folder changed, so who is a contact may too; the log is read again.
		if (fresh || !cache) this.queue.add(file.path);
		this.notify();
		this.schedulePump();
	}

	private deleted(file: TAbstractFile): void {
		const gone = file instanceof TFolder ? [...this.contacts.keys()].filter((p) => p.startsWith(`${file.path}/`)) : [file.path];
		for (const path of gone) {
			this.bump(path);
			this.contacts.delete(path);
			this.queue.delete(path);
		}
		this.notify();
	}

	private schedulePump(): void {
		if (this.pumpTimer !== null || this.queue.size === 0 || !this.alive) return;
		this.pumpTimer = window.setTimeout(() => {
			this.pumpTimer = null;
			void this.pump();
		}, 0);
	}

	private async pump(): Promise<void> {
		await this.readBatch();
		if (this.alive) this.schedulePump();
	}

	/** Reads every log not read yet, now (for the check report, which must be complete). */
	async readAll(): Promise<void> {
		while (this.queue.size > 0 && this.alive) await this.readBatch();
	}

	private async readBatch(): Promise<void> {
		// The first few of the queue, without copying it: it may hold every note of the vault.
		const batch: string[] = [];
		for (const path of this.queue) {
			batch.push(path);
			if (batch.length === READ_BATCH) break;
		}
		for (const path of batch) this.queue.delete(path);
		const settings = this.settings();
		const today = this.clock.today();
		let changed = false;
		await Promise.all(
			batch.map(async (path) => {
				const file = this.app.vault.getFileByPath(path);
				if (!file) return;
				const version = this.versions.get(path);
				let text: string;
				try {
					text = await this.app.vault.cachedRead(file);
				} catch {
					return;
				}
				if (this.versions.get(path) !== version || !this.alive) return;
				this.store(path, contactFromCache(path, this.app.metadataCache.getFileCache(file), text, settings, today));
				changed = true;
			}),
		);
		if (changed && this.alive) this.notify();
	}

	private notify(): void {
		this.revision++;
		this.events.trigger("changed");
	}
}

/** A contact from the cache alone, with the log of its previous reading until it is re-read. */
function withLog(fresh: Contact | null, old: Contact | undefined): Contact | null {
	if (!fresh || !old || !old.logRead) return fresh;
	return { ...fresh, touchpoints: old.touchpoints };
}
