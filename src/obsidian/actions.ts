/**
 * What a user can do to a contact, shared by the commands and the due list's buttons and
 * keys: open the note, log a touchpoint, snooze, add / keep / move a promise, create a
 * contact, check the notes. Each asks what it needs in a modal, then writes through the
 * core's edit functions (NoteWriter). Every write is one step of undo (UndoHistory): its
 * notice has an Undo button, and the "Undo last change" command undoes the latest.
 */
import { Keymap, Notice, normalizePath, type App, type PaneType } from "obsidian";
import { formatDay, formatLongDay, type Day } from "../core/calendar";
import type { Commitment, Contact } from "../core/contact";
import type { Diagnostic } from "../core/diagnostics";
import { addPromise, clearSnooze, keepPromise, logTouchpoint, movePromise, snooze } from "../core/edits/requests";
import { refuse } from "../core/edits/result";
import { askNote, askNoteDue, giveTake } from "../core/insights/giveTake";
import { checkOffTask } from "../core/edits/taskEdit";
import { notePromises } from "../core/mentions/withMentions";
import type { TendSettings } from "../core/settings";
import { CheckReportModal } from "./checkReportModal";
import type { Clock } from "./clock";
import type { ContactIndex } from "./contactIndex";
import { ContactPicker } from "./contactPicker";
import { NewContactModal } from "./newContactModal";
import { newContactFolder, newContactPath, newContactText, safeFileName } from "./newContactNote";
import { NoteWriter, refusalMessage, type NoteChange, type NoteEdit, type WriteOutcome } from "./noteWriter";
import { readProfiles } from "./profiles";
import { AddPromiseModal, MovePromiseModal, PromisePicker, promiseLabel } from "./promiseModals";
import { SnoozeModal } from "./snoozeModal";
import { TouchpointModal } from "./touchpointModal";
import { UndoHistory, type TendChange } from "./undo";

export type OpenTarget = PaneType | boolean;

/** One write of a group: an edit of an existing note, or a new note. */
export type GroupWrite = { kind: "edit"; path: string; edit: NoteEdit } | { kind: "create"; path: string; text: string };

/** What a group of writes did: each write's outcome, in order, and the one undo step for them all. */
export interface GroupOutcome {
	outcomes: ({ ok: true } | { ok: false; reason: string })[];
	step: TendChange | null;
}

/** Where a click or key asks to open a note: Mod (Ctrl/Cmd) or a middle click, a new tab. */
export function openTarget(evt: MouseEvent | KeyboardEvent | null | undefined): OpenTarget {
	return Keymap.isModEvent(evt ?? null);
}

/** Finds the promise a picker chose in the note as it is now. */
function samePromise(promises: readonly Commitment[], chosen: Commitment): Commitment | undefined {
	return promises.find((p) => p.index === chosen.index && p.raw === chosen.raw) ?? promises.find((p) => p.raw === chosen.raw);
}

export class TendActions {
	private readonly writer: NoteWriter;
	private readonly history: UndoHistory;

	constructor(
		private readonly app: App,
		readonly index: ContactIndex,
		readonly clock: Clock,
		readonly settings: () => TendSettings,
		private readonly settingsProblems: () => Diagnostic[],
	) {
		this.writer = new NoteWriter(app, settings, clock);
		this.history = new UndoHistory(this.writer);
	}

	/** The "Undo last change" command. */
	undoLast(): Promise<boolean> {
		return this.history.undoLast();
	}

	/** The plugin unloads: nothing it wrote can be undone after that (undo.ts). */
	forgetHistory(): void {
		this.history.close();
	}

	/** The contact whose note is open in the active tab, if any. */
	activeContact(): Contact | null {
		const file = this.app.workspace.getActiveFile();
		return file ? (this.index.get(file.path) ?? null) : null;
	}

	/** Runs `then` on the active note's contact, or on one picked from a list. */
	withContact(placeholder: string, then: (contact: Contact) => void): void {
		const active = this.activeContact();
		if (active) {
			then(active);
			return;
		}
		const contacts = this.index.all();
		if (contacts.length === 0) {
			new Notice("Tend: no contacts yet. Create a contact note first.");
			return;
		}
		new ContactPicker(this.app, contacts, placeholder, then).open();
	}

	async openNote(path: string, target: OpenTarget = false, line?: number): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (!file) {
			new Notice(`Tend: ${path} is not a note in this vault.`);
			return;
		}
		const leaf = this.app.workspace.getLeaf(target);
		await leaf.openFile(file, line !== undefined ? { active: true, eState: { line: Math.max(0, line - 1) } } : { active: true });
	}

	private async write(contact: Contact, edit: NoteEdit, success: string): Promise<string | null> {
		const outcome = await this.writer.apply(contact.path, edit);
		if (!outcome.ok) return `Not changed: ${outcome.reason}`;
		this.history.announce(success, this.history.record(success, outcome.change ? [outcome.change] : []));
		return null;
	}

	/**
	 * Writes to several notes as one action (for the bulk actions: an import, a snooze of
	 * many): the writes run in order, each as a single write would (a refused one shows its
	 * notice and the others still happen), and all that were done undo as ONE step, announced
	 * by one notice with `label` and an Undo button.
	 */
	async writeGroup(label: string, writes: readonly GroupWrite[], options: { quietWhenUnchanged?: boolean } = {}): Promise<GroupOutcome> {
		const changes: NoteChange[] = [];
		const outcomes: GroupOutcome["outcomes"] = [];
		for (const w of writes) {
			const outcome: WriteOutcome | Awaited<ReturnType<NoteWriter["create"]>> = w.kind === "edit" ? await this.writer.apply(w.path, w.edit) : await this.writer.create(w.path, w.text);
			if (!outcome.ok) {
				if (w.kind === "create") new Notice(`Tend did not create ${w.path}: ${outcome.reason}.`);
				outcomes.push({ ok: false, reason: outcome.reason });
				continue;
			}
			if (outcome.change) changes.push(outcome.change);
			outcomes.push({ ok: true });
		}
		const step = this.history.record(label, changes);
		// A run by itself that changed nothing (the daily note's checklist already up to date) says nothing.
		if (step || !options.quietWhenUnchanged) this.history.announce(label, step);
		return { outcomes, step };
	}

	logTouchpoint(contact: Contact): void {
		const settings = this.settings();
		new TouchpointModal(
			this.app,
			contact.name,
			settings,
			this.clock.today(),
			(v) => {
				if (v.date > this.clock.today()) new Notice(`Tend: ${formatDay(v.date)} is in the future.`);
				return this.write(
					contact,
					(text, current) => logTouchpoint(text, { ...v, name: current?.name ?? contact.name }, this.settings()),
					`Logged ${v.kind} with ${contact.name} on ${formatDay(v.date)}.`,
				);
			},
			this.askNotes([contact]),
		).open();
	}

	/**
	 * The log form's gentle note for an ask (src/core/insights/giveTake.ts): one sentence for
	 * each contact whose balance is negative with asks waiting for a give. Each log is read once
	 * per form, when an ask kind is first picked, from the notes as they are (cachedRead).
	 */
	askNotes(contacts: readonly Contact[]): (kind: string) => Promise<string | null> {
		let notes: Promise<string[]> | null = null;
		return async (kind) => {
			if (this.settings().kinds.find((k) => k.name === kind)?.direction !== "ask") return null;
			notes ??= (async () => {
				const today = this.clock.today();
				const profiles = await readProfiles(this.app, contacts, this.settings(), today);
				return profiles.flatMap((p) => {
					const g = giveTake(p.entries, today);
					return askNoteDue(g) ? [askNote(g, p.contact.name)] : [];
				});
			})();
			const all = await notes;
			return all.length === 0 ? null : all.join(" ");
		};
	}

	snooze(contact: Contact): void {
		new SnoozeModal(
			this.app,
			contact.name,
			this.clock.today(),
			contact.snoozeUntil,
			(until) => this.write(contact, (text) => snooze(text, until, this.settings()), `Snoozed ${contact.name} until ${formatLongDay(until)}.`),
			() => this.write(contact, (text) => clearSnooze(text, this.settings()), `${contact.name} is no longer snoozed.`),
		).open();
	}

	addPromise(contact: Contact): void {
		new AddPromiseModal(this.app, contact.name, this.clock.today(), (due, what) =>
			this.write(contact, (text) => addPromise(text, due, what, this.settings()), `Promised ${contact.name} "${what.trim()}" by ${formatLongDay(due)}.`),
		).open();
	}

	/** Picks a promise (no question when there is only one), then runs `then`; `own`: the note's own promises only. */
	private withPromise(contact: Contact, then: (promise: Commitment) => void, own = false): void {
		const promises = own ? notePromises(contact) : contact.promises;
		if (promises.length === 0) {
			new Notice(`Tend: ${contact.name} has no promises.`);
			return;
		}
		if (promises.length === 1 && promises[0]) then(promises[0]);
		else new PromisePicker(this.app, promises, then).open();
	}

	keepPromise(contact: Contact): void {
		this.withPromise(contact, (chosen) => {
			const date = this.clock.today();
			if (chosen.source) {
				void this.keepTask(contact, chosen, chosen.source, date);
				return;
			}
			void this.write(
				contact,
				(text, current) => {
					const promise = current ? samePromise(current.promises, chosen) : undefined;
					if (!promise) return refuse(`the promise "${chosen.raw}" is no longer in the note`);
					return keepPromise(text, promise, date, this.settings(), current?.name ?? contact.name);
				},
				`Kept "${promiseLabel(chosen)}" for ${contact.name}.`,
			);
		});
	}

	/**
	 * A task promise (issue 10) is kept by checking the task off in its own note, with the done
	 * date as the Tasks plugin (or Dataview) writes it; the contact note is not touched. Through
	 * the same safe writer and one step of undo as every other write.
	 */
	async keepTask(contact: Contact, chosen: Commitment, task: { path: string; line: number; text: string }, date: Day): Promise<string | null> {
		const success = `Kept "${promiseLabel(chosen)}" for ${contact.name}: checked off in ${task.path}.`;
		const outcome = await this.writer.apply(task.path, (text) => checkOffTask(text, { line: task.line, text: task.text }, date));
		if (!outcome.ok) return `Not changed: ${outcome.reason}`;
		this.history.announce(success, this.history.record(success, outcome.change ? [outcome.change] : []));
		return null;
	}

	movePromise(contact: Contact): void {
		this.withPromise(contact, (chosen) => {
			new MovePromiseModal(this.app, chosen, this.clock.today(), (to) =>
				this.write(
					contact,
					(text, current) => {
						const promise = current ? samePromise(current.promises, chosen) : undefined;
						if (!promise) return refuse(`the promise "${chosen.raw}" is no longer in the note`);
						return movePromise(text, promise, to, this.clock.today(), this.settings(), current?.name ?? contact.name);
					},
					`Moved "${promiseLabel(chosen)}" for ${contact.name} to ${formatLongDay(to)}.`,
				),
			).open();
		}, true);
	}

	newContact(): void {
		const settings = this.settings();
		const folder = newContactFolder(settings);
		new NewContactModal(this.app, settings, folder, (name, tier) => this.createContact(name, tier)).open();
	}

	/** Creates the note; never overwrites one. Returns what to tell the user, or null. */
	async createContact(name: string, tier: string): Promise<string | null> {
		const settings = this.settings();
		const fileName = safeFileName(name);
		if (fileName === "") return "That name has no letters Tend can use in a file name.";
		const folder = normalizePath(newContactFolder(settings));
		const path = newContactPath(folder === "/" ? "" : folder, fileName);
		if (this.app.vault.getAbstractFileByPath(path)) {
			new Notice(`Tend: ${path} already exists; it was not overwritten.`);
			return `${path} already exists. Pick another name, or open the note.`;
		}
		let template: string | null = null;
		const templatePath = settings.newContactTemplate.trim();
		if (templatePath !== "") {
			const normal = normalizePath(templatePath);
			const file = this.app.vault.getFileByPath(normal) ?? this.app.vault.getFileByPath(`${normal}.md`);
			if (!file) return `The template note ${normal} does not exist (see Tend's settings).`;
			template = await this.app.vault.read(file);
		}
		const text = newContactText(path, name.trim(), tier, template, settings, this.clock.today());
		if (!text.ok) {
			new Notice(refusalMessage(templatePath, text.reason, text.line));
			return `Not created: ${text.reason}`;
		}
		const created = await this.writer.create(path, text.text);
		if (!created.ok) return `Not created: ${created.reason}.`;
		for (const w of text.warnings) new Notice(`Tend: ${path}: ${w}`);
		const success = `Created ${path}.`;
		this.history.announce(success, this.history.record(success, [created.change]));
		await this.app.workspace.getLeaf(false).openFile(created.file, { active: true });
		return null;
	}

	async checkNotes(): Promise<void> {
		await this.index.readAll();
		const contacts = this.index.all();
		const diagnostics = [...this.settingsProblems(), ...contacts.flatMap((c) => c.diagnostics)];
		new CheckReportModal(this.app, diagnostics, contacts.length, (path, line, evt) => void this.openNote(path, openTarget(evt), line)).open();
	}
}
