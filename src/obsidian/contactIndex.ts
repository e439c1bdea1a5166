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
 *
 * A note that cannot be read (a disk error, a file a sync tool holds) keeps what the cache
 * says and gets an error diagnostic that says why, so it shows under "Needs attention"
 * instead of silently missing its log; its next change (which carries the text) reads it
 * again. A batch that throws is logged and the reading goes on with the next one: one bad
 * note must never leave the rest of the vault unread.
 */
import { Component, Events, TFile, TFolder, type App, type EventRef, type TAbstractFile } from "obsidian";
import type { Day } from "../core/calendar";
import { baseName, type Contact } from "../core/contact";
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
		// When the folder's event came first, the contact is already under its new path.
		const old = this.contacts.get(oldPath) ?? this.contacts.get(file.path);
		this.bump(oldPath);
		this.contacts.delete(oldPath);
		this.queue.delete(oldPath);
		this.bump(file.path);
		const cache = this.app.metadataCache.getFileCache(file);
		if (cache) this.store(file.path, withLog(contactFromCache(file.path, cache, null, this.settings(), this.clock.today()), old));
		// No cache under the new path yet (the folder's event came before the note's own, which
		// moves it): what was known, under the new path, until the note is read again.
		else this.store(file.path, old ? relocated(old, file.path) : null);
		const fresh = this.contacts.get(file.path);
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
		await this.readBatchSafely();
		if (this.alive) this.schedulePump();
	}

	/** Reads every log not read yet, now (for the check report, which must be complete). */
	async readAll(): Promise<void> {
		while (this.queue.size > 0 && this.alive) await this.readBatchSafely();
	}

	/** A batch that throws is reported in the console; the notes after it are still read. */
	private async readBatchSafely(): Promise<void> {
		try {
			await this.readBatch();
		} catch (e) {
			console.error("Tend: reading a batch of notes failed; going on with the next", e);
		}
	}

	private async readBatch(): Promise<void> {
		// The first few of the queue, without copying it: it may hold every note of the vault.
		const batch: string[] = [];
		for (const path of this.queue) {
			batch.push(path);
			if (batch.length === READ_BATCH) break;
		}
		for (const path of batch) this.queue.delete(path);
		let settings: TendSettings;
		let today: Day;
		try {
			settings = this.settings();
			today = this.clock.today();
		} catch (e) {
			// Nothing of this batch can be read: say so on each note, and go on with the next.
			let changed = false;
			for (const path of batch) changed = this.unreadable(path, e) || changed;
			if (changed && this.alive) this.notify();
			return;
		}
		let changed = false;
		await Promise.all(
			batch.map(async (path) => {
				const version = this.versions.get(path);
				try {
					const file = this.app.vault.getFileByPath(path);
					if (!file) return;
					const text = await this.app.vault.cachedRead(file);
					if (this.versions.get(path) !== version || !this.alive) return;
					this.store(path, contactFromCache(path, this.app.metadataCache.getFileCache(file), text, settings, today));
					changed = true;
				} catch (e) {
					if (this.versions.get(path) !== version || !this.alive) return;
					changed = this.unreadable(path, e) || changed;
				}
			}),
		);
		if (changed && this.alive) this.notify();
	}

	/**
	 * A note whose text could not be read keeps what Tend knew of it (from the cache, and the
	 * log of an earlier reading, if any) with an error that says why. Returns whether the
	 * index changed (a note that is not a contact, as far as Tend knows, stays out).
	 */
	private unreadable(path: string, error: unknown): boolean {
		const known = this.contacts.get(path);
		if (!known) return false;
		const reason = error instanceof Error ? error.message : String(error);
		const message = `Tend could not read this note (${reason}); its touchpoint log may be missing or out of date until the note changes`;
		this.store(path, { ...known, diagnostics: [...known.diagnostics, { path, severity: "error", message }] });
		return true;
	}

	private notify(): void {
		this.revision++;
		this.events.trigger("changed");
	}
}

/** A contact as it was, under the path its note moved to. */
function relocated(contact: Contact, path: string): Contact {
	return { ...contact, path, name: baseName(path), diagnostics: contact.diagnostics.map((d) => ({ ...d, path })) };
}

/**
 * A contact from the cache alone, with the log of its previous reading until it is re-read
 * (also a log carried over already, when a note gets two events in a row, as in a folder
 * rename reported folder first).
 */
function withLog(fresh: Contact | null, old: Contact | undefined): Contact | null {
	if (!fresh || !old || (!old.logRead && old.log.count === 0)) return fresh;
	return { ...fresh, log: old.log };
}
