/**
 * The practices' commands (issue: give before asking, share what helps, keep your word):
 *
 * - "Prepare for a conversation": picks a contact and opens the contact panel on it.
 * - "Who would value this note?": the active note's title, tags and `topics` property are
 *   matched against every contact's interests, goals, offers, tags, company and location
 *   (src/core/insights/match.ts); the user checks the contacts to share it with, and each gets a
 *   `share` entry linking the note.
 * - "Suggest introductions": pairs where one's goal meets the other's offer
 *   (src/core/insights/intros.ts); choosing one logs an `intro` entry in both notes, each
 *   linking the other, which is also what keeps the pair from being suggested again.
 * - "Log a touchpoint with several contacts": one form, one entry in each note.
 * - "Show network stats": a modal (statsModal.ts).
 *
 * Every command that writes to several notes writes them as ONE undo step (TendActions'
 * `writeGroup`). Like `tend log A B C`, a group log is all or nothing up to the writes: the
 * edit is tried on every note as it is now, and when one note would refuse it (frontmatter that
 * does not parse, a log Tend cannot place an entry in), nothing is written and the form says
 * which note and why.
 */
import { FuzzySuggestModal, Notice, type App, type FuzzyMatch } from "obsidian";
import { formatDay, type Day } from "../core/calendar";
import type { Contact } from "../core/contact";
import { logTouchpoint } from "../core/edits/requests";
import { introductions, INTRO_KIND, type Introduction } from "../core/insights/intros";
import { matchContacts, queryKeywords } from "../core/insights/match";
import { tagsOf } from "../core/insights/profile";
import type { TendSettings } from "../core/settings";
import type { GroupWrite, TendActions } from "./actions";
import { contactFromText } from "./contactNote";
import { PickManyModal, type PickItem } from "./pickManyModal";
import { readProfiles, wikiLink } from "./profiles";
import { StatsModal } from "./statsModal";
import { TouchpointModal, type TouchpointValues } from "./touchpointModal";

export const SHARE_KIND = "share";

const NAME_ORDER = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** "Ada", "Ada and Ben", "Ada, Ben and Chen", "4 contacts". */
export function namesText(names: readonly string[]): string {
	if (names.length > 3) return `${names.length} contacts`;
	if (names.length <= 1) return names.join("");
	return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}

/** The words of a note that say what it is about: its title, its tags and its `topics` property. */
export function noteQuery(title: string, frontmatter: Record<string, unknown> | null | undefined, tags: readonly string[]): string[] {
	const out = [title];
	for (const t of tags) out.push(t.replace(/^#/, "").replace(/[/_-]+/g, " "));
	if (frontmatter) {
		for (const key of Object.keys(frontmatter)) {
			if (key.toLowerCase() !== "topics" && key.toLowerCase() !== "topic") continue;
			const value = frontmatter[key];
			for (const item of Array.isArray(value) ? value : [value]) if (typeof item === "string" || typeof item === "number") out.push(String(item));
		}
	}
	return out;
}

function hasKind(settings: TendSettings, kind: string): boolean {
	return settings.kinds.some((k) => k.name === kind);
}

export class Practices {
	constructor(
		private readonly app: App,
		private readonly actions: TendActions,
		private readonly openPanel: (path?: string) => Promise<void>,
	) {}

	private get today(): Day {
		return this.actions.clock.today();
	}

	private contacts(): Contact[] | null {
		const contacts = this.actions.index.all();
		if (contacts.length === 0) {
			new Notice("Tend: no contacts yet. Create a contact note first.");
			return null;
		}
		return contacts;
	}

	/** "Prepare for a conversation": the panel on the active contact, or on one picked. */
	prepare(): void {
		this.actions.withContact("Prepare for a conversation with…", (c) => void this.openPanel(c.path));
	}

	/** "Who would value this note?". */
	async whoWouldValue(): Promise<void> {
		const file = this.app.workspace.getActiveFile();
		if (!file) {
			new Notice("Tend: open the note you want to share first.");
			return;
		}
		const settings = this.actions.settings();
		if (!hasKind(settings, SHARE_KIND)) {
			new Notice(`Tend: there is no "${SHARE_KIND}" kind in Tend's settings to log the share with.`);
			return;
		}
		const cache = this.app.metadataCache.getFileCache(file);
		const query = noteQuery(file.basename, cache?.frontmatter, [...tagsOf(cache?.frontmatter ?? null, ""), ...(cache?.tags ?? []).map((t) => t.tag)]);
		if (queryKeywords(query).length === 0) {
			new Notice(`Tend: "${file.basename}" has no word to match (common words are left out); add tags or a topics property.`);
			return;
		}
		const all = this.contacts();
		if (!all) return;
		const today = this.today;
		const profiles = await readProfiles(
			this.app,
			all.filter((c) => c.path !== file.path),
			settings,
			today,
		);
		const matches = matchContacts(profiles, query);
		if (matches.length === 0) {
			new Notice(`Tend: nobody's interests, goals, offers, tags, company or location mention ${queryKeywords(query).map((k) => k.word).join(", ")}.`);
			return;
		}
		const items: PickItem<Contact>[] = matches.flatMap((m) => {
			const c = this.actions.index.get(m.contact.path);
			return c ? [{ value: c, label: m.contact.name, detail: `${m.words.join(", ")}${m.contact.tier === null ? "" : ` · tier ${m.contact.tier}`}` }] : [];
		});
		new PickManyModal(
			this.app,
			`Who would value "${file.basename}"?`,
			"Best first, with the words they share with the note. Check who to send it to: each gets a share entry that links the note.",
			items,
			(n) => (n === 0 ? "Log share" : `Log share with ${n === 1 ? "1 contact" : `${n} contacts`}`),
			(picked) => {
				const summary = `Shared ${wikiLink(this.app, file.path)}`;
				const day = this.today;
				void this.actions.writeGroup(
					`Logged ${SHARE_KIND} of ${file.basename} with ${namesText(picked.map((c) => c.name))}.`,
					picked.map((c) => this.logWrite(c, { kind: SHARE_KIND, date: day, summary, hours: null })),
				);
			},
		).open();
	}

	/** "Suggest introductions". */
	async suggestIntros(): Promise<void> {
		const settings = this.actions.settings();
		if (!hasKind(settings, INTRO_KIND)) {
			new Notice(`Tend: there is no "${INTRO_KIND}" kind in Tend's settings to log an introduction with.`);
			return;
		}
		const all = this.contacts();
		if (!all) return;
		const intros = introductions(await readProfiles(this.app, all, settings, this.today));
		if (intros.length === 0) {
			new Notice("Tend: no introductions to suggest: no contact's goal shares a word with another contact's offer (add goals and offers to contact notes).");
			return;
		}
		new IntroPicker(this.app, intros, (i) => void this.introduce(i)).open();
	}

	/** Logs an introduction in both notes, each linking the other, as one undo step. */
	async introduce(i: Introduction): Promise<void> {
		const a = this.actions.index.get(i.a.path);
		const b = this.actions.index.get(i.b.path);
		if (!a || !b) {
			new Notice("Tend: one of the two notes is no longer a contact; nothing was logged.");
			return;
		}
		const day = this.today;
		const about = i.words.length > 0 ? `: ${i.words.join(", ")}` : "";
		await this.actions.writeGroup(`Logged the introduction of ${a.name} and ${b.name}.`, [
			this.logWrite(a, { kind: INTRO_KIND, date: day, summary: `Introduced to ${wikiLink(this.app, b.path, b.name)}${about}`, hours: null }),
			this.logWrite(b, { kind: INTRO_KIND, date: day, summary: `Introduced to ${wikiLink(this.app, a.path, a.name)}${about}`, hours: null }),
		]);
	}

	/** "Log a touchpoint with several contacts": pick, then one form. */
	logSeveral(): void {
		const all = this.contacts();
		if (!all) return;
		const active = this.actions.activeContact();
		const items = [...all]
			.sort((x, y) => NAME_ORDER.compare(x.name, y.name) || (x.path < y.path ? -1 : 1))
			.map((c) => ({ value: c, label: c.name, detail: c.path, checked: c.path === active?.path }));
		new PickManyModal(this.app, "Log a touchpoint with several contacts", "Check everyone who was there: one entry is logged in each note.", items, (n) => (n === 0 ? "Next" : `Next: ${n === 1 ? "1 contact" : `${n} contacts`}`), (picked) =>
			this.logWith(picked),
		).open();
	}

	/** The log form for several contacts; its submit writes them all as one undo step. */
	logWith(contacts: readonly Contact[]): void {
		const names = namesText(contacts.map((c) => c.name));
		new TouchpointModal(
			this.app,
			names,
			this.actions.settings(),
			this.today,
			async (v) => {
				const refused = await this.firstRefusal(contacts, v);
				if (refused) return `${refused}; no note was written.`;
				if (v.date > this.today) new Notice(`Tend: ${formatDay(v.date)} is in the future.`);
				await this.actions.writeGroup(
					`Logged ${v.kind} with ${names} on ${formatDay(v.date)}.`,
					contacts.map((c) => this.logWrite(c, v)),
				);
				return null;
			},
			this.actions.askNotes(contacts),
		).open();
	}

	/** "Show network stats". */
	async showStats(): Promise<void> {
		const all = this.contacts();
		if (!all) return;
		const settings = this.actions.settings();
		const profiles = await readProfiles(this.app, all, settings, this.today);
		new StatsModal(this.app, profiles, this.today, settings).open();
	}

	private logWrite(contact: Contact, v: TouchpointValues): GroupWrite {
		return { kind: "edit", path: contact.path, edit: (text, current) => logTouchpoint(text, { ...v, name: current?.name ?? contact.name }, this.actions.settings()) };
	}

	/** The first note the entry would be refused in, as the notes are now: "People/Ada.md, line 3: why". */
	private async firstRefusal(contacts: readonly Contact[], v: TouchpointValues): Promise<string | null> {
		const settings = this.actions.settings();
		for (const c of contacts) {
			const file = this.app.vault.getFileByPath(c.path);
			if (!file) return `${c.path} is gone (renamed or deleted)`;
			let text: string;
			try {
				text = await this.app.vault.read(file);
			} catch (e) {
				return `${c.path} cannot be read (${e instanceof Error ? e.message : String(e)})`;
			}
			const current = contactFromText(c.path, text, settings, this.today);
			const result = logTouchpoint(text, { ...v, name: current?.name ?? c.name }, settings);
			if (!result.ok) return `${c.path}${result.line === undefined ? "" : `, line ${result.line}`}: ${result.reason}`;
		}
		return null;
	}
}

/** Picks one of the suggested introductions; each shows both names and the words they share. */
class IntroPicker extends FuzzySuggestModal<Introduction> {
	constructor(
		app: App,
		private readonly intros: readonly Introduction[],
		private readonly onPick: (i: Introduction) => void,
	) {
		super(app);
		this.setPlaceholder("Introduce…");
	}

	getItems(): Introduction[] {
		return [...this.intros];
	}

	getItemText(i: Introduction): string {
		return `${i.a.name} and ${i.b.name} (${i.words.join(", ")})`;
	}

	override renderSuggestion(match: FuzzyMatch<Introduction>, el: HTMLElement): void {
		const i = match.item;
		el.createDiv({ text: `${i.a.name} and ${i.b.name}` });
		for (const d of i.directions) el.createEl("small", { cls: "tend-suggestion-note", text: `${d.seeker.name}'s goal "${d.goal}" meets ${d.helper.name}'s offer "${d.offer}"` });
	}

	onChooseItem(i: Introduction): void {
		this.onPick(i);
	}
}
