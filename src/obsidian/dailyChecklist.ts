/**
 * Today's reach-outs in the daily note (the digest's checklist, src/core/digest.ts), and a
 * touchpoint logged when one is checked off there.
 *
 * - The command "Add today's reach-outs to the daily note" finds today's daily note as the core
 *   Daily notes plugin names it (its folder and date format), or creates it, from the plugin's
 *   template when one is set; then it writes the `## Reach out today` section, or brings it up
 *   to date in place (a second run never adds a second section). One undo step.
 * - With the setting `digest.dailyNote` on, the same runs by itself once a day: when the index
 *   has read every log, at the day change, and when today's daily note is created. By itself it
 *   only writes into a daily note that exists (made by the Daily notes plugin, by the command,
 *   or by hand): creating notes unasked would race the Daily notes plugin's own "open daily note
 *   on startup" and skip template plugins such as Templater, which only run on notes that
 *   plugin creates. So the note the user opens in the morning gets the section.
 * - Checking an item off (`- [x] [[Ada]]`) in today's daily note logs a touchpoint in that
 *   contact's note: the first neutral kind of the settings (as the log form starts with),
 *   summary "Reached out, checked off in the daily note [[2026-12-02]]" with the day's note linked.
 *   Once: a contact whose log already has an entry of today from this daily note is not logged
 *   again, so unchecking and checking again, or a restart of Obsidian (which sees every checked
 *   item anew), logs nothing more. Unchecking logs nothing and takes nothing out (undo does).
 *
 * The Daily notes settings are read from `<config folder>/daily-notes.json` (and whether the
 * plugin is on from `core-plugins.json`) through `app.vault.adapter`: the internal plugin's
 * options are not in Obsidian's typed API, and the files are what the CLI reads too.
 */
import { Component, Notice, normalizePath, type App, type TFile } from "obsidian";
import { formatDay, type Day } from "../core/calendar";
import type { Contact } from "../core/contact";
import { checklistLines, digest, reachOutItems, withReachOutSection, type ReachOutItem } from "../core/digest";
import { done, type EditResult } from "../core/edits/result";
import { spliceBetween } from "../core/edits/splices";
import { parseFrontmatter } from "../core/frontmatter";
import { logTouchpoint } from "../core/edits/requests";
import { dailyNotesEnabled } from "../core/mentions/dailyNotes";
import { dailyNotePath, dailyNoteSettings, fillDailyTemplate, templatePath, type DailyNoteSettings } from "../core/mentions/dailyNotePath";
import type { TendActions } from "./actions";
import { readProfile, readProfiles, wikiLink } from "./profiles";
import { defaultKind } from "./touchpointModal";

/** What marks an entry as logged from a daily note's checklist. */
export const FROM_DAILY_NOTE = "checked off in the daily note";

/** The section written into a note's text, as the edit of only the lines it changed (the cursor stays). */
function sectionEdit(before: string, items: readonly ReachOutItem[]): EditResult {
	const text = withReachOutSection(before, items);
	const parsed = parseFrontmatter(text);
	return done(text, text === before ? [] : spliceBetween(before, text), parsed.kind === "ok" ? parsed.data : null);
}

type Found = { ok: true; settings: DailyNoteSettings; path: string } | { ok: false; reason: string };

export class DailyChecklist extends Component {
	/** The day the setting last ran the checklist for (in memory: a restart runs it again, which only updates). */
	private autoDay: Day | null = null;
	/** Per daily note, the links last seen checked. */
	private seen = new Map<string, Set<string>>();
	/** Check-offs are logged one change after another, so two quick edits cannot log twice. */
	private queue: Promise<void> = Promise.resolve();

	constructor(
		private readonly app: App,
		private readonly actions: TendActions,
	) {
		super();
	}

	override onload(): void {
		const { index, clock } = this.actions;
		this.registerEvent(index.on("changed", () => this.maybeAuto()));
		this.registerEvent(clock.onDayChanged(() => this.maybeAuto()));
		this.registerEvent(
			this.app.vault.on("create", (file) => {
				if (this.actions.settings().digest.dailyNote && file.path.endsWith(".md")) void this.todayPath().then((p) => p === file.path && this.maybeAuto(true));
			}),
		);
		this.registerEvent(this.app.metadataCache.on("changed", (file, data) => this.noteChanged(file, data)));
	}

	/** Today's daily note's path, or null when it cannot be named (no notice: for the events). */
	private async todayPath(): Promise<string | null> {
		const found = await this.find();
		return found.ok ? found.path : null;
	}

	/** The Daily notes settings and today's note's path, or why there is none. */
	private async find(): Promise<Found> {
		const adapter = this.app.vault.adapter;
		const dir = this.app.vault.configDir;
		const json = async (name: string): Promise<{ data: unknown } | { error: string } | null> => {
			const path = normalizePath(`${dir}/${name}`);
			try {
				if (!(await adapter.exists(path))) return null;
				return { data: JSON.parse(await adapter.read(path)) as unknown };
			} catch (e) {
				return { error: `${path} could not be read (${e instanceof Error ? e.message : String(e)})` };
			}
		};
		const plugins = await json("core-plugins.json");
		if (plugins && "data" in plugins && dailyNotesEnabled(plugins.data) === false) {
			return { ok: false, reason: "the Daily notes core plugin is off (Settings → Core plugins), so there is no daily note to add to" };
		}
		const raw = await json("daily-notes.json");
		if (raw && "error" in raw) return { ok: false, reason: raw.error };
		const settings = dailyNoteSettings(raw ? raw.data : null);
		const path = dailyNotePath(settings, this.actions.clock.today());
		if (!path.ok) return { ok: false, reason: `${path.reason} (${normalizePath(`${dir}/daily-notes.json`)})` };
		return { ok: true, settings, path: normalizePath(path.text) };
	}

	/** The setting's run: once a day, when every log is read and today's note exists. */
	private maybeAuto(created = false): void {
		const { index, clock } = this.actions;
		if (!this.actions.settings().digest.dailyNote || !index.ready || index.busy) return;
		const today = clock.today();
		if (this.autoDay === today && !created) return;
		this.autoDay = today;
		void this.addToDailyNote(false);
	}

	/**
	 * Writes the section into today's daily note; `create` (the command) makes the note when
	 * it is missing. Returns what happened, for the tests and the notice.
	 */
	async addToDailyNote(create: boolean): Promise<"written" | "unchanged" | "no-note" | "refused"> {
		const found = await this.find();
		if (!found.ok) {
			if (create) new Notice(`Tend did not add today's reach-outs: ${found.reason}.`, 10_000);
			return "refused";
		}
		const { index, clock } = this.actions;
		if (!index.ready) {
			if (create) new Notice("Tend is still reading the contact notes; try again in a moment.");
			return "refused";
		}
		const settings = this.actions.settings();
		const today = clock.today();
		const profiles = await readProfiles(this.app, index.all(), settings, today);
		const items = reachOutItems(digest(profiles, today, settings));
		const label = `Added today's reach-outs (${items.length === 1 ? "1 contact" : `${items.length} contacts`}) to ${found.path}.`;
		const file = this.app.vault.getFileByPath(found.path);
		if (!file) {
			if (!create) return "no-note";
			const base = await this.newNoteText(found.settings, found.path, today);
			if (base === null) return "refused";
			const outcome = await this.actions.writeGroup(label, [{ kind: "create", path: found.path, text: withReachOutSection(base, items) }]);
			return outcome.outcomes[0]?.ok === true ? "written" : "refused";
		}
		const outcome = await this.actions.writeGroup(label, [{ kind: "edit", path: found.path, edit: (text) => sectionEdit(text, items) }], { quietWhenUnchanged: !create });
		if (outcome.outcomes[0]?.ok !== true) return "refused";
		return outcome.step ? "written" : "unchanged";
	}

	/** A new daily note's text: the template filled in, or empty; null (with a notice) when the template is missing. */
	private async newNoteText(settings: DailyNoteSettings, path: string, today: Day): Promise<string | null> {
		if (settings.template === "") return "";
		const tpl = normalizePath(templatePath(settings.template));
		const file = this.app.vault.getFileByPath(tpl);
		if (!file) {
			new Notice(`Tend did not create ${path}: the Daily notes template ${tpl} does not exist (Settings → Daily notes → Template file location).`, 10_000);
			return null;
		}
		const now = new Date();
		const title = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
		return fillDailyTemplate(await this.app.vault.read(file), { day: today, format: settings.format, title, hour: now.getHours(), minute: now.getMinutes() });
	}

	/** The metadata cache read a note again: in today's daily note, log what was just checked. */
	private noteChanged(file: TFile, data: string): void {
		const lines = checklistLines(data);
		if (lines.length === 0 && !this.seen.has(file.path)) return;
		this.queue = this.queue.then(async () => {
			const path = await this.todayPath();
			if (path !== file.path) return;
			const checked = new Set(lines.filter((l) => l.checked).map((l) => l.link));
			const before = this.seen.get(path) ?? new Set<string>();
			this.seen.set(path, checked);
			const fresh = [...checked].filter((link) => !before.has(link));
			if (fresh.length > 0) await this.logCheckedOff(path, fresh);
		});
	}

	/** The contact a checklist link names: a path without `.md`, or a note's name (one contact only). */
	private contactFor(link: string): Contact | null {
		const all = this.actions.index.all();
		const lower = link.toLowerCase();
		const byPath = all.find((c) => c.path.replace(/\.md$/i, "").toLowerCase() === lower);
		if (byPath) return byPath;
		const byName = all.filter((c) => (c.path.slice(c.path.lastIndexOf("/") + 1).replace(/\.md$/i, "")).toLowerCase() === lower);
		return byName.length === 1 ? (byName[0] ?? null) : null;
	}

	private async logCheckedOff(dailyPath: string, links: readonly string[]): Promise<void> {
		const settings = this.actions.settings();
		const today = this.actions.clock.today();
		const kind = defaultKind(settings);
		const summary = `Reached out, ${FROM_DAILY_NOTE} ${wikiLink(this.app, dailyPath)}`;
		const contacts: Contact[] = [];
		for (const link of links) {
			const contact = this.contactFor(link);
			if (!contact || contacts.some((c) => c.path === contact.path)) continue;
			// Logged already today from this daily note (before a restart, or checked, unchecked and checked again).
			const profile = await readProfile(this.app, contact, settings, today);
			if (!profile || profile.entries.some((e) => e.day === today && e.summary.includes(FROM_DAILY_NOTE))) continue;
			contacts.push(contact);
		}
		if (contacts.length === 0) return;
		const names = contacts.map((c) => c.name);
		const label = `Logged ${kind} with ${names.length > 3 ? `${names.length} contacts` : names.join(", ")} on ${formatDay(today)} (checked off in ${dailyPath}).`;
		await this.actions.writeGroup(
			label,
			contacts.map((c) => ({ kind: "edit" as const, path: c.path, edit: (text: string, current: Contact | null) => logTouchpoint(text, { date: today, kind, summary, hours: null, name: current?.name ?? c.name }, settings) })),
		);
	}
}
