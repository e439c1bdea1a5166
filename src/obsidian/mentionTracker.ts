/**
 * The plugin's side of "contact recorded where it happens" (issue 10, item 5): a MentionIndex
 * (src/core/mentions/mentionIndex.ts) kept current one note at a time from the metadata cache
 * (mentionsFromCache.ts), with renames and deletes, and contacts decorated with what it holds
 * (their newest mention as `lastMention`, their task promises after their own:
 * src/core/mentions/withMentions.ts). The contact index (contactIndex.ts) calls it from its
 * own events; it is apart so that file stays about contacts.
 *
 * Cost: a changed note that cannot give a mention or a task (no link, or neither a date nor a
 * task: mayMention) and that held none before costs one look at its cache (no link is
 * resolved, no text is scanned). Any other change scans that one note's cache
 * and text (the `changed` event hands both over) and updates the index in O(m log k).
 */
import type { App, TFile } from "obsidian";
import type { Day } from "../core/calendar";
import type { Contact } from "../core/contact";
import type { Mention } from "../core/mentions/interpret";
import { readDailyNotes, type DailyNotesFormat } from "../core/mentions/dailyNotes";
import { MentionIndex } from "../core/mentions/mentionIndex";
import { AliasTable, aliasesOf, VaultResolver, type LinkResolver } from "../core/mentions/resolve";
import { withMentions } from "../core/mentions/withMentions";
import type { TendSettings } from "../core/settings";
import { now, SLICE_MS } from "./background";
import { mayMention, mentionsFromCache, type MentionCacheView } from "./mentionsFromCache";

/** Notes read at once during the first scan. */
const SCAN_BATCH = 100;
/** Notes looked at per background task while the notes with links are found. */
const STEP_FILES = 4000;

/** The cache of a note, or null when the cache has none or cannot give it. */
function cacheOf(app: App, file: TFile): MentionCacheView | null {
	try {
		return app.metadataCache.getFileCache(file);
	} catch {
		return null;
	}
}

/**
 * The Daily notes core plugin's format, when it is on. Obsidian has no public API for it:
 * `internalPlugins` is looked up defensively, and without it daily notes count by an ISO date
 * name or a date property only (as when the plugin is off).
 */
export function dailyNotesOf(app: App): DailyNotesFormat | null {
	try {
		const internal = (app as unknown as { internalPlugins?: { getPluginById?: (id: string) => { enabled?: boolean; instance?: { options?: unknown } } | null } }).internalPlugins;
		const plugin = internal?.getPluginById?.("daily-notes");
		if (!plugin) return null;
		const read = readDailyNotes(plugin.instance?.options ?? null, plugin.enabled ?? null);
		return read && read.ok ? read.daily : null;
	} catch {
		return null;
	}
}

/**
 * Links resolved as Obsidian resolves them, by `getFirstLinkpathDest` over the app's own
 * index of file names, then by the contacts' aliases for a link it leaves unresolved (see
 * src/core/mentions/resolve.ts for why aliases count). Tend keeps no map of the vault's names
 * of its own: the app holds one already, it is current the moment a note is created, moved or
 * deleted, and Tend's copy of it was the largest thing the plugin held after its contacts (a
 * sixth of its memory in a vault of four notes per contact).
 */
export class ObsidianLinkResolver implements LinkResolver {
	readonly aliases = new AliasTable();
	/**
	 * Tend's own map of names, only in a host whose metadata cache has no getFirstLinkpathDest
	 * (Obsidian always has it; a stripped-down host that loads main.js may not): made at the
	 * first lookup, kept current by noteAdded and noteRemoved.
	 */
	private own: VaultResolver | null = null;

	constructor(private readonly app: App) {}

	resolve(linkpath: string, sourcePath: string): string | null {
		const cache = this.app.metadataCache;
		if (typeof cache.getFirstLinkpathDest === "function") {
			const file = cache.getFirstLinkpathDest(linkpath, sourcePath);
			return file ? file.path : this.aliases.resolve(linkpath, sourcePath);
		}
		// It shares the aliases, and looks them up itself after the names.
		this.own ??= new VaultResolver(this.app.vault.getMarkdownFiles().map((f) => f.path), undefined, this.aliases);
		return this.own.resolve(linkpath, sourcePath);
	}

	/** A note now exists at `path` (the app's own index knows already). */
	noteAdded(path: string): void {
		this.own?.add(path);
	}

	/** The note at `path` is gone (or moved): its aliases go with it. */
	noteRemoved(path: string): void {
		this.own?.remove(path);
		this.aliases.set(path, []);
	}
}

export class MentionTracker {
	index = new MentionIndex();
	private resolver: ObsidianLinkResolver;
	private daily: DailyNotesFormat | null = null;
	/** Bumped by every rebuild: a scan of an older one stops. */
	private generation = 0;

	constructor(
		private readonly app: App,
		private readonly settings: () => TendSettings,
		private readonly today: () => Day,
		private readonly isContact: (path: string) => boolean,
	) {
		this.resolver = new ObsidianLinkResolver(app);
	}

	/** The contact with its mentions and task promises. */
	decorate(contact: Contact): Contact {
		return withMentions(contact, this.index);
	}

	/**
	 * Everything again (start, new settings): the notes whose cache says they may mention a
	 * contact (a link, and a date or a task: mayMention) and the contacts' aliases, then those
	 * notes read in batches. `changed` gets the contacts whose mentions changed, slice by slice.
	 *
	 * All of it runs in the background, in steps of STEP_FILES notes each its own task: at
	 * 80,000 notes the look at every cache takes a hundred milliseconds or more, which must
	 * not stand between start-up and the first due list. A note that changes meanwhile is read
	 * by `changed` (with the aliases known so far), and again by the scan below when it was
	 * found to be read, so nothing is missed.
	 */
	rebuild(contacts: () => readonly string[], changed: (contacts: string[]) => void): Promise<void> {
		const scan = this.scan(contacts, changed).finally(() => {
			this.scans.delete(scan);
			if (this.scans.size === 0) this.onScanned?.();
		});
		this.scans.add(scan);
		return scan;
	}

	/** Called when the last scan going has ended. */
	onScanned: (() => void) | null = null;

	/** The scans going (an older one stops at its next step once a newer one starts). */
	private readonly scans = new Set<Promise<void>>();

	/** Resolves when no scan is going any more. */
	async whenIdle(): Promise<void> {
		while (this.scans.size > 0) await Promise.all([...this.scans]);
	}
	private taskTimer: number | null = null;

	/** A task of its own: what is waiting (input, a paint) goes first. */
	private nextTask(): Promise<void> {
		return new Promise((resolve) => {
			this.taskTimer = window.setTimeout(() => {
				this.taskTimer = null;
				resolve();
			}, 0);
		});
	}

	/** The plugin is unloading: a scan in progress stops and leaves no timer behind. */
	stop(): void {
		this.generation++;
		if (this.taskTimer !== null) window.clearTimeout(this.taskTimer);
		this.taskTimer = null;
	}

	private async scan(contactsNow: () => readonly string[], changed: (contacts: string[]) => void): Promise<void> {
		const generation = ++this.generation;
		const old = this.index.contactPaths();
		this.index = new MentionIndex();
		this.daily = dailyNotesOf(this.app);
		this.resolver = new ObsidianLinkResolver(this.app);
		if (old.length > 0) changed(old);
		await this.nextTask();
		if (generation !== this.generation) return;
		const { vault } = this.app;
		const mentions = this.settings().mentions;
		// With mentions off, no note is looked at (the aliases below are still kept).
		const files = mentions.enabled ? vault.getMarkdownFiles() : [];
		const contacts = contactsNow();
		const toRead: TFile[] = [];
		for (let i = 0; i < files.length; i += STEP_FILES) {
			for (const file of files.slice(i, i + STEP_FILES)) {
				const cache = cacheOf(this.app, file);
				if (cache && mayMention(file.path, cache, mentions, this.daily)) toRead.push(file);
			}
			await this.nextTask();
			if (generation !== this.generation) return;
		}
		for (let i = 0; i < contacts.length; i += STEP_FILES) {
			for (const path of contacts.slice(i, i + STEP_FILES)) {
				const file = vault.getFileByPath(path);
				this.resolver.aliases.set(path, aliasesOf(file ? (cacheOf(this.app, file)?.frontmatter ?? null) : null));
			}
			await this.nextTask();
			if (generation !== this.generation) return;
		}
		// Reads that come back at once (notes Obsidian holds in memory) resolve as microtasks, which
		// no input can come between: past SLICE_MS the scan waits for a task of its own. The
		// contacts touched meanwhile are reported once per slice, not once per batch (a contact
		// mentioned in many notes would be decorated again for each).
		const touched = new Set<string>();
		const report = () => {
			if (touched.size === 0) return;
			const paths = [...touched];
			touched.clear();
			changed(paths);
		};
		let sliceStart = now();
		for (let i = 0; i < toRead.length; i += SCAN_BATCH) {
			const batch = toRead.slice(i, i + SCAN_BATCH);
			const texts = await Promise.all(batch.map((f) => vault.cachedRead(f).catch(() => null)));
			if (generation !== this.generation) return;
			batch.forEach((file, k) => {
				const text = texts[k];
				const cache = cacheOf(this.app, file);
				if (text === null || text === undefined || !cache) return;
				for (const contact of this.read(file.path, cache, text)) touched.add(contact);
			});
			if (now() - sliceStart >= SLICE_MS) {
				report();
				await this.nextTask();
				if (generation !== this.generation) return;
				sliceStart = now();
			}
		}
		report();
	}

	/** Whether a rebuild is still going (it stops early when a newer one starts). */
	get scanning(): boolean {
		return this.scans.size > 0;
	}

	private read(path: string, cache: MentionCacheView, text: string): string[] {
		const found = mentionsFromCache(path, cache, text, {
			settings: this.settings().mentions,
			daily: this.daily,
			today: this.today(),
			resolver: this.resolver,
			isContact: this.isContact,
		});
		this.lastRead = { path, mentions: found.mentions };
		return this.index.update(path, found);
	}

	/** The mentions of the note read last (the log offer asks right after a change). */
	lastRead: { path: string; mentions: Mention[] } | null = null;

	/** A note changed (the metadata cache's `changed` event): the contacts whose mentions changed. */
	changed(file: TFile, text: string, metadata: object): string[] {
		// The `changed` event's cache is Obsidian's CachedMetadata, of which MentionCacheView is a part.
		const cache = metadata as MentionCacheView;
		const path = file.path;
		this.lastRead = null;
		this.resolver.noteAdded(path);
		if (this.isContact(path)) this.resolver.aliases.set(path, aliasesOf(cache.frontmatter ?? null));
		const mentions = this.settings().mentions;
		if (!mentions.enabled) return [];
		// The cheap case: nothing it could give now (mayMention: no link, or neither a date nor
		// a task, as in a contact note being written in), and no mention or task from it before.
		if (!mayMention(path, cache, mentions, this.daily) && !this.index.hasSource(path)) return [];
		const out = this.read(path, cache, text);
		// read() just set lastRead (TypeScript keeps the null from above).
		const seen = this.lastRead as { path: string; mentions: Mention[] } | null;
		if (seen && seen.mentions.length > 0) this.onSaved?.(path, seen.mentions);
		return out;
	}

	/** Called when a saved note mentions contacts (the log offer listens: logOfferNotice.ts). */
	onSaved: ((source: string, mentions: readonly Mention[]) => void) | null = null;

	/**
	 * A note moved: what it said moves with it (read again under its new path). A contact that
	 * moved is linked under another path now, so every note is read again (rare, and in the
	 * background). `changed` gets the contacts whose mentions changed.
	 */
	renamed(file: TFile, oldPath: string, contacts: () => string[], changed: (contacts: string[]) => void): void {
		if (this.index.contactPaths().includes(oldPath) || this.isContact(file.path)) {
			void this.rebuild(contacts, changed);
			return;
		}
		this.resolver.noteRemoved(oldPath);
		this.resolver.noteAdded(file.path);
		const out = this.index.remove(oldPath);
		if (out.length > 0) changed(out);
		const cache = this.app.metadataCache.getFileCache(file) as MentionCacheView | null;
		if (!cache || !mayMention(file.path, cache, this.settings().mentions, this.daily)) return;
		const generation = this.generation;
		void this.app.vault.cachedRead(file).then(
			(text) => {
				if (generation !== this.generation || this.app.vault.getFileByPath(file.path) !== file) return;
				const now = this.read(file.path, this.app.metadataCache.getFileCache(file) as MentionCacheView, text);
				if (now.length > 0) changed(now);
			},
			() => undefined,
		);
	}

	/** A note is gone: the contacts whose mentions changed. */
	deleted(path: string): string[] {
		this.resolver.noteRemoved(path);
		return this.index.remove(path);
	}
}
