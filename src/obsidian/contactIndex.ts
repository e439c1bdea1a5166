/**
 * Every contact in the vault, kept current one note at a time (a change costs what that note costs), in the
 * core's due-list model (src/core/dueList/model.ts), which the view renders.
 *
 * `start()` runs once the workspace layout is ready: it reads every note's frontmatter and
 * tags from the metadata cache, which Obsidian already holds, so the first due list appears
 * at once. The touchpoint logs need the notes' text; they are read with `cachedRead` in the
 * background: up to READ_BATCH reads in flight, and the notes that arrived parsed in slices
 * of at most SLICE_MS of work, each slice its own task, so input is never held up for longer
 * than that. After that, a `changed` event of the metadata cache (which carries the note's
 * new text) updates that one contact and its one place in the list; a note that is not a
 * contact and was not one costs a look at its path, tags and type, nothing more. A vault
 * `rename` re-keys a contact and a `delete` drops it. A change of settings reads every note
 * again; a new day places every contact again from what it holds, and re-reads only the
 * notes whose diagnostics depend on the day (a date that was in the future) or whose last
 * read failed.
 *
 * A read that started before its note changed is dropped when it comes back: the change
 * carried newer text (the version guard). Only reads in flight carry a token, so the guard
 * costs nothing for the rest of the vault.
 *
 * A note that cannot be read (a disk error, a file a sync tool holds) keeps what the cache
 * says and gets an error diagnostic that says why, so it shows under "Needs attention"
 * instead of silently missing its log; its next change (which carries the text) or the next
 * day reads it again. A note whose reading throws gets that error and the others are read;
 * a slice that cannot start (the settings or the clock fail) marks its notes so and the
 * reading goes on with the next.
 */
import { Component, Events, TFile, TFolder, type App, type CachedMetadata, type EventRef, type TAbstractFile } from "obsidian";
import type { Day } from "../core/calendar";
import { baseName, readContact, type Contact } from "../core/contact";
import { DueList } from "../core/dueList/model";
import type { Touchpoint } from "../core/log";
import type { TendSettings } from "../core/settings";
import type { Clock } from "./clock";
import { contactFromCache, contactLogFromCache, isContactInCache, looksBroken, withLogFromCache } from "./contactNote";
import { now, SLICE_MS } from "./background";
import { MentionTracker } from "./mentionTracker";

/** Notes read at once: enough to keep a disk busy, few enough to keep memory flat. */
export const READ_BATCH = 100;
/**
 * While the notes are read in bulk (start-up, new settings, the mentions' scan), `changed`
 * fires at most this often: each one makes the view redraw, and a redraw after every slice
 * cost more than the reading itself at 20,000 contacts. A single note's change (an edit, a
 * write) still fires at once.
 */
export const BULK_NOTIFY_MS = 250;

interface Arrival {
	path: string;
	token: number;
	text: string | null;
	error: unknown;
}

export class ContactIndex extends Component {
	private model: DueList | null = null;
	/** Notes whose text is still to be read, in order (notes whose YAML looks broken first). */
	private readonly queue = new Set<string>();
	/** The token of each read in flight; a change to its note takes the token away. */
	private readonly reading = new Map<string, number>();
	private readonly arrived: Arrival[] = [];
	private arrivedFrom = 0;
	private tokens = 0;
	/** Notes whose last read failed: the next day tries them again. */
	private readonly failed = new Set<string>();
	/**
	 * The contacts `refreshAll` read from the cache, with the frontmatter object they were read
	 * from, the settings and the day: a log read for a note whose cache still holds that same
	 * object reads only the log (`withLogFromCache`), not the properties again. Each goes
	 * once its log is read; a change to the note gives it a new frontmatter object.
	 */
	private fromCache: { settings: TendSettings; today: Day; byPath: Map<string, { frontmatter: object | undefined; contact: Contact }> } | null = null;
	private readonly events = new Events();
	private sliceTimer: number | null = null;
	private notifyTimer: number | null = null;
	private waiting: (() => void)[] = [];
	private started = false;
	/** Loaded and not yet unloaded: background reads stop when the plugin is disabled. */
	private alive = false;
	/** Changes since the due list was last computed (the view caches its drawing on it). */
	revision = 0;
	/** Mentions in dated notes and task promises (issue 10): mentionTracker.ts. */
	readonly mentions: MentionTracker;

	constructor(
		private readonly app: App,
		private readonly settings: () => TendSettings,
		private readonly clock: Clock,
	) {
		super();
		this.mentions = new MentionTracker(app, settings, () => clock.today(), (path) => this.model?.has(path) ?? false);
		// A scan done with the logs all read: at once, so the view stops saying "reading notes…".
		this.mentions.onScanned = () => {
			if (this.alive && !this.busy) this.notify();
		};
	}

	override onload(): void {
		this.alive = true;
		this.register(() => {
			this.alive = false;
			if (this.sliceTimer !== null) window.clearTimeout(this.sliceTimer);
			this.sliceTimer = null;
			if (this.notifyTimer !== null) window.clearTimeout(this.notifyTimer);
			this.notifyTimer = null;
			this.mentions.stop();
			this.wake();
		});
	}

	/** Whether the index has been built (the view says "Loading" until then). */
	get ready(): boolean {
		return this.started;
	}

	/** Notes whose log has not been read yet. */
	get pending(): number {
		return this.queue.size + this.reading.size;
	}

	/** Whether background work is still going: logs to read, or the mentions' scan. */
	get busy(): boolean {
		return this.pending > 0 || this.mentions.scanning;
	}

	/** Every log read and the mentions' scan done (what a complete report needs). */
	async settled(): Promise<void> {
		while (this.alive && this.started && this.busy) {
			await this.readAll();
			await this.mentions.whenIdle();
		}
	}

	/** The due list over every contact (null before `start`). */
	get list(): DueList | null {
		return this.model;
	}

	all(): Contact[] {
		return this.model ? this.model.contacts() : [];
	}

	get(path: string): Contact | undefined {
		return this.model?.get(path);
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
		this.registerEvent(this.clock.onDayChanged((day) => this.newDay(day)));
		this.refreshAll();
	}

	/**
	 * Re-reads every note: contacts from the cache at once (keeping the logs already read so
	 * the list does not flicker), then the logs in the background. For a change of settings
	 * (another folder, tag, key or log heading changes who is a contact and what they hold).
	 */
	refreshAll(): void {
		if (!this.started) return;
		const settings = this.settings();
		const today = this.clock.today();
		const old = this.model;
		// Every contact first, then the list made from them at once (sized once, sorted once).
		const contacts: Contact[] = [];
		const broken: string[] = [];
		const rest: string[] = [];
		const byPath = new Map<string, { frontmatter: object | undefined; contact: Contact }>();
		this.fromCache = { settings, today, byPath };
		const { vault, metadataCache } = this.app;
		for (const file of vault.getMarkdownFiles()) {
			const path = file.path;
			const cache = metadataCache.getFileCache(file);
			// A note the cache does not know yet may still be a contact: read it to find out.
			if (!cache) {
				rest.push(path);
				continue;
			}
			if (!isContactInCache(path, cache, settings)) continue;
			const fresh = readContact({ path, frontmatter: cache.frontmatter ?? null, text: null, bodyStart: 0 }, settings, today);
			if (fresh.diagnostics.length === 0) byPath.set(path, { frontmatter: cache.frontmatter, contact: fresh });
			contacts.push(this.mentions.decorate(withLog(fresh, old?.get(path)) ?? fresh));
			(looksBroken(cache) ? broken : rest).push(path);
		}
		this.model = new DueList(contacts, today, settings);
		this.queue.clear();
		this.reading.clear();
		this.arrived.length = 0;
		this.arrivedFrom = 0;
		this.failed.clear();
		for (const path of broken) this.queue.add(path);
		for (const path of rest) this.queue.add(path);
		this.notify();
		// The reads start in a task of their own: the first list is drawn before any of them.
		this.scheduleSlice();
		this.rescanMentions();
	}

	/** Another day: every contact placed again, and the notes whose diagnostics depend on the day read again. */
	private newDay(day: Day): void {
		const model = this.model;
		if (!model) return;
		model.setToday(day);
		// A dated note of a day that was in the future may count now.
		this.rescanMentions();
		for (const c of model.contacts()) {
			if ((c.recheckOn !== undefined && c.recheckOn !== null && c.recheckOn <= day) || this.failed.has(c.path)) this.queue.add(c.path);
		}
		this.notify();
		this.pump();
	}

	/** A change to a note makes any read of it in flight stale, and any wait for one needless. */
	private forget(path: string): void {
		this.reading.delete(path);
		this.queue.delete(path);
		this.failed.delete(path);
		this.fromCache?.byPath.delete(path);
	}

	private changed(file: TFile, data: string, cache: { frontmatter?: Record<string, unknown>; frontmatterPosition?: { end: { offset: number } }; tags?: { tag: string }[] }): void {
		const model = this.model;
		if (file.extension !== "md" || !model) return;
		const path = file.path;
		this.mentionsChanged(this.mentions.changed(file, data, cache));
		// Writing in a note that is not a contact (and was not one) changes nothing here.
		if (!model.has(path) && !this.reading.has(path) && !this.queue.has(path) && !isContactInCache(path, cache, this.settings())) return;
		this.forget(path);
		const contact = contactFromCache(path, cache, data, this.settings(), this.clock.today());
		if (contact) model.set(this.mentions.decorate(contact));
		else if (!model.delete(path)) return;
		this.notify();
		this.wake();
	}

	private renamed(file: TAbstractFile, oldPath: string): void {
		const model = this.model;
		if (!model) return;
		if (file instanceof TFolder) {
			// Whether or not each note inside gets its own event, re-key them all now.
			const prefix = `${oldPath}/`;
			for (const c of model.contacts()) {
				if (!c.path.startsWith(prefix)) continue;
				const moved = this.app.vault.getFileByPath(`${file.path}/${c.path.slice(prefix.length)}`);
				if (moved) this.renamed(moved, c.path);
			}
			return;
		}
		if (!(file instanceof TFile) || file.extension !== "md") return;
		// When the folder's event came first, the contact is already under its new path.
		const old = model.get(oldPath) ?? model.get(file.path);
		this.forget(oldPath);
		model.delete(oldPath);
		this.forget(file.path);
		const cache = this.app.metadataCache.getFileCache(file);
		// No cache under the new path yet (the folder's event came before the note's own, which
		// moves it): what was known, under the new path, until the note is read again.
		const contact = cache ? withLog(contactFromCache(file.path, cache, null, this.settings(), this.clock.today()), old) : old ? relocated(old, file.path) : null;
		if (contact) model.set(this.mentions.decorate(contact));
		else model.delete(file.path);
		this.mentions.renamed(file, oldPath, () => model.contacts().map((c) => c.path), (paths) => this.mentionsChanged(paths));
		// The name and folder changed, so who is a contact may too; the log is read again.
		if (contact || !cache) this.queue.add(file.path);
		this.notify();
		this.pump();
	}

	private deleted(file: TAbstractFile): void {
		const model = this.model;
		if (!model) return;
		const gone = file instanceof TFolder ? model.contacts().map((c) => c.path).filter((p) => p.startsWith(`${file.path}/`)) : [file.path];
		let changed = false;
		for (const path of gone) {
			this.forget(path);
			changed = model.delete(path) || changed;
		}
		if (!(file instanceof TFolder)) this.mentionsChanged(this.mentions.deleted(file.path));
		if (changed) this.notify();
		this.wake();
	}

	/** Starts reads until READ_BATCH are in flight. */
	private pump(): void {
		if (!this.alive) return;
		for (const path of this.queue) {
			if (this.reading.size >= READ_BATCH) break;
			this.queue.delete(path);
			this.launch(path);
		}
		this.wake();
	}

	private launch(path: string): void {
		const token = ++this.tokens;
		this.reading.set(path, token);
		const land = (text: string | null, error: unknown) => {
			this.arrived.push({ path, token, text, error });
			this.scheduleSlice();
			this.wake();
		};
		let file: TFile | null;
		try {
			file = this.app.vault.getFileByPath(path);
		} catch (e) {
			land(null, e);
			return;
		}
		if (!file) {
			this.reading.delete(path);
			return;
		}
		this.app.vault.cachedRead(file).then(
			(text) => land(text, null),
			(error: unknown) => land(null, error ?? new Error("the read failed")),
		);
	}

	private scheduleSlice(): void {
		if (this.sliceTimer !== null || !this.alive || !this.started) return;
		this.sliceTimer = window.setTimeout(() => {
			this.sliceTimer = null;
			this.slice(SLICE_MS);
		}, 0);
	}

	/**
	 * Parses what arrived, for at most `budget` ms (then the next task goes on), and starts
	 * the next reads. One look at the settings and the clock per slice.
	 */
	private slice(budget: number): void {
		const model = this.model;
		if (!this.alive || !model) return;
		if (this.arrivedFrom >= this.arrived.length) {
			this.pump();
			return;
		}
		const started = now();
		let changed = false;
		let settings: TendSettings;
		let today: Day;
		try {
			settings = this.settings();
			today = this.clock.today();
		} catch (e) {
			// Nothing that arrived can be read now: say so on each note, and go on with the next.
			while (this.arrivedFrom < this.arrived.length) {
				const a = this.arrived[this.arrivedFrom++] as Arrival;
				if (this.reading.get(a.path) !== a.token) continue;
				this.reading.delete(a.path);
				changed = this.unreadable(a.path, e) || changed;
			}
			this.compact();
			if (changed) this.notify();
			this.pump();
			return;
		}
		while (this.arrivedFrom < this.arrived.length) {
			const a = this.arrived[this.arrivedFrom++] as Arrival;
			if (this.reading.get(a.path) !== a.token) continue;
			this.reading.delete(a.path);
			try {
				if (a.text === null) throw a.error;
				const file = this.app.vault.getFileByPath(a.path);
				const cache = file ? this.app.metadataCache.getFileCache(file) : null;
				const contact = file ? (this.logOnto(a.path, cache, a.text, settings, today) ?? contactFromCache(a.path, cache, a.text, settings, today)) : null;
				if (contact) {
					model.set(this.mentions.decorate(contact));
					changed = true;
				} else changed = model.delete(a.path) || changed;
				this.failed.delete(a.path);
			} catch (e) {
				changed = this.unreadable(a.path, e) || changed;
			}
			if (now() - started >= budget) break;
		}
		this.compact();
		this.pump();
		// Every log read: what start-up read from the cache is not needed any more.
		if (this.pending === 0) this.fromCache = null;
		// The last read in: at once, so the view stops saying "reading notes…".
		if (!this.busy) this.notify();
		else if (changed) this.notifySoon();
		if (this.arrivedFrom < this.arrived.length) this.scheduleSlice();
	}

	/** The contact read from the cache at start, with this text's log, when the note's cache is still the one it was read from. */
	private logOnto(path: string, cache: CachedMetadata | null, text: string, settings: TendSettings, today: Day): Contact | null {
		const from = this.fromCache;
		const earlier = from?.byPath.get(path);
		if (!from || !earlier) return null;
		from.byPath.delete(path);
		if (!cache || cache.frontmatter !== earlier.frontmatter || from.settings !== settings || from.today !== today) return null;
		return withLogFromCache(earlier.contact, cache, text, settings, today);
	}

	private compact(): void {
		if (this.arrivedFrom < this.arrived.length) return;
		this.arrived.length = 0;
		this.arrivedFrom = 0;
	}

	/** Lets `readAll` look again. */
	private wake(): void {
		const waiting = this.waiting;
		this.waiting = [];
		for (const resolve of waiting) resolve();
	}

	/**
	 * Reads every log not read yet, now (for the check report, which must be complete): the
	 * notes are parsed as they arrive, without waiting for the background's next slice.
	 */
	async readAll(): Promise<void> {
		while (this.alive && this.started && this.pending > 0) {
			this.pump();
			if (this.arrivedFrom < this.arrived.length) this.slice(Infinity);
			else if (this.reading.size > 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
		}
	}

	/**
	 * A contact's note with every entry of its log, read now (a contact keeps only a digest of
	 * its log): for what needs every entry, such as a brief or the stats. Null when the note
	 * is not a contact or cannot be read.
	 */
	async readContactLog(path: string): Promise<{ contact: Contact; touchpoints: Touchpoint[] } | null> {
		const file = this.app.vault.getFileByPath(path);
		if (!file) return null;
		const text = await this.app.vault.cachedRead(file);
		return contactLogFromCache(path, this.app.metadataCache.getFileCache(file), text, this.settings(), this.clock.today());
	}

	/**
	 * A note whose text could not be read keeps what Tend knew of it (from the cache, and the
	 * log of an earlier reading, if any) with an error that says why. Returns whether the
	 * index changed (a note that is not a contact, as far as Tend knows, stays out).
	 */
	private unreadable(path: string, error: unknown): boolean {
		const known = this.model?.get(path);
		if (!known || !this.model) return false;
		this.failed.add(path);
		const reason = error instanceof Error ? error.message : String(error);
		const message = `Tend could not read this note (${reason}); its touchpoint log may be missing or out of date until the note changes`;
		this.model.set({ ...known, diagnostics: [...known.diagnostics, { path, severity: "error", message }] });
		return true;
	}

	/** Reads every note's mentions again, in the background. */
	private rescanMentions(): void {
		const model = this.model;
		if (!model) return;
		void this.mentions.rebuild(
			() => model.contacts().map((c) => c.path),
			(paths) => this.mentionsChanged(paths, true),
		);
	}

	/** Contacts whose mentions or task promises changed take them up. */
	private mentionsChanged(paths: readonly string[], bulk = false): void {
		const model = this.model;
		if (!model || paths.length === 0 || !this.alive) return;
		let changed = false;
		for (const path of paths) {
			const c = model.get(path);
			if (!c) continue;
			model.set(this.mentions.decorate(c));
			changed = true;
		}
		if (changed) {
			if (bulk) this.notifySoon();
			else this.notify();
		}
	}

	/** Tells the listeners now (and drops a `notifySoon` still waiting). */
	private notify(): void {
		this.revision++;
		if (this.notifyTimer !== null) window.clearTimeout(this.notifyTimer);
		this.notifyTimer = null;
		this.events.trigger("changed");
	}

	/** Tells the listeners within BULK_NOTIFY_MS: many changes of a bulk read, one redraw. */
	private notifySoon(): void {
		this.revision++;
		if (this.notifyTimer !== null || !this.alive) return;
		this.notifyTimer = window.setTimeout(() => {
			this.notifyTimer = null;
			this.events.trigger("changed");
		}, BULK_NOTIFY_MS);
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
