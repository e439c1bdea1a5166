/**
 * Applies an edit to a contact note. Deciding and doing are kept apart: the core's edit
 * functions decide the new text (pure, tested on their own); this only applies it:
 * - when the note is open in an editor, as one editor transaction made of the splices the
 *   edit returns (the regions it changed), so the cursor stays put and the change is one undo
 *   step;
 * - otherwise with `Vault.process`, which reads, edits and writes atomically. The edit runs
 *   again inside it on the text as it is then, in case the note changed since it was read.
 * A refusal writes nothing and shows a Notice that names the file and the line; warnings
 * are shown as a Notice too.
 *
 * Every write says what it changed (a NoteChange: the text before and after), so it can be
 * undone (undo.ts). Undoing goes through the same two ways: the open editor's transaction,
 * or `Vault.process`, and only while the note is exactly as Tend left it.
 */
import { MarkdownView, Notice, TFile, normalizePath, type App } from "obsidian";
import type { Contact } from "../core/contact";
import type { EditResult } from "../core/edits/result";
import { invertSplices, spliceBetween, type Splice } from "../core/edits/splices";
import type { TendSettings } from "../core/settings";
import type { Clock } from "./clock";
import { contactFromText } from "./contactNote";

/** An edit of a note's text; `contact` is the note read from that very text. */
export type NoteEdit = (text: string, contact: Contact | null) => EditResult;

/** One note as one Tend write left it. */
export interface NoteChange {
	readonly path: string;
	/** The text the write started from; null when Tend created the note. */
	readonly before: string | null;
	/** The text Tend left. */
	readonly after: string;
	/** The edit's own splices from `before` to `after`, when known (undo then changes only those ranges). */
	readonly splices?: readonly Splice[];
}

/** A write done (`change` null when the edit left the text as it was), or refused. */
export type WriteOutcome = { ok: true; text: string; change: NoteChange | null } | { ok: false; reason: string };

/** A note created, or refused (it exists already, or the vault would not create it). */
export type CreateOutcome = { ok: true; file: TFile; change: NoteChange } | { ok: false; reason: string };

/** What undoing one note did. */
export type RevertOutcome = "reverted" | "changed" | "gone";

/** A failure of the vault (a disk error, a file a sync tool holds), as a reason for the user. */
function failure(e: unknown): string {
	return `Obsidian could not read or write it (${e instanceof Error ? e.message : String(e)})`;
}

export function refusalMessage(path: string, reason: string, line?: number): string {
	const where = line !== undefined ? `${path}, line ${line}` : path;
	return `Tend did not change ${where}: ${reason}`;
}

export class NoteWriter {
	constructor(
		private readonly app: App,
		private readonly settings: () => TendSettings,
		private readonly clock: Clock,
	) {}

	/** The editor a note is open in, if any (a tab not loaded yet has none: Obsidian 1.7.2 defers it). */
	private openEditorView(file: TFile): MarkdownView | null {
		for (const leaf of this.app.workspace.getLeavesOfType("markdown")) {
			if (leaf.view instanceof MarkdownView && leaf.view.file?.path === file.path) return leaf.view;
		}
		return null;
	}

	private read(path: string, text: string): Contact | null {
		return contactFromText(path, text, this.settings(), this.clock.today());
	}

	private refused(path: string, result: { reason: string; line?: number }): WriteOutcome {
		new Notice(refusalMessage(path, result.reason, result.line), 10_000);
		return { ok: false, reason: result.line !== undefined ? `Line ${result.line}: ${result.reason}` : result.reason };
	}

	private warn(path: string, warnings: readonly string[]): void {
		for (const w of warnings) new Notice(`Tend: ${path}: ${w}`, 8_000);
	}

	async apply(path: string, edit: NoteEdit): Promise<WriteOutcome> {
		const file = this.app.vault.getFileByPath(path);
		if (!file) return this.refused(path, { reason: "the note no longer exists" });

		const view = this.openEditorView(file);
		if (view) {
			const editor = view.editor;
			const before = editor.getValue();
			const result = edit(before, this.read(path, before));
			if (!result.ok) return this.refused(path, result);
			// Exactly the ranges the edit changed, in the text it was computed from: in a note of any
			// size nothing else is replaced, so the cursor stays and the change is one undo step.
			const changes = result.splices.map((s) => ({
				from: editor.offsetToPos(s.from),
				to: editor.offsetToPos(s.to),
				text: s.insert,
			}));
			if (changes.length > 0) editor.transaction({ changes });
			this.warn(path, result.warnings);
			const after = editor.getValue();
			const splices = after === result.text ? result.splices : undefined;
			return { ok: true, text: result.text, change: after === before ? null : { path, before, after, splices } };
		}

		try {
			const before = await this.app.vault.read(file);
			const first = edit(before, this.read(path, before));
			if (!first.ok) return this.refused(path, first);
			let late: EditResult | null = null;
			let basis = before;
			const written = await this.app.vault.process(file, (current) => {
				basis = current;
				if (current === before) return first.text;
				const again = edit(current, this.read(path, current));
				if (!again.ok) {
					late = again;
					return current;
				}
				late = again;
				return again.text;
			});
			const outcome: EditResult = late ?? first;
			if (!outcome.ok) return this.refused(path, outcome);
			this.warn(path, outcome.warnings);
			const splices = written === outcome.text ? outcome.splices : undefined;
			return { ok: true, text: written, change: written === basis ? null : { path, before: basis, after: written, splices } };
		} catch (e) {
			return this.refused(path, { reason: failure(e) });
		}
	}

	/** Creates a note (and its folder), never over an existing one. */
	async create(path: string, text: string): Promise<CreateOutcome> {
		const normal = normalizePath(path);
		if (this.app.vault.getAbstractFileByPath(normal)) return { ok: false, reason: `${normal} already exists` };
		try {
			const folder = normal.includes("/") ? normal.slice(0, normal.lastIndexOf("/")) : "";
			if (folder !== "" && !this.app.vault.getFolderByPath(folder)) await this.app.vault.createFolder(folder);
			const file = await this.app.vault.create(normal, text);
			return { ok: true, file, change: { path: normal, before: null, after: text } };
		} catch (e) {
			return { ok: false, reason: failure(e) };
		}
	}

	/** The note's text now: the open editor's (which may not be saved yet), or the file's; null when it is gone. */
	async current(path: string): Promise<string | null> {
		const file = this.app.vault.getFileByPath(path);
		if (!file) return null;
		const view = this.openEditorView(file);
		return view ? view.editor.getValue() : await this.app.vault.read(file);
	}

	/**
	 * Puts a note back as it was before `change`, only if it is exactly as Tend left it:
	 * in the open editor as one transaction (one step of the editor's own undo), otherwise
	 * with `Vault.process`, which checks again at the moment it writes. A note Tend created
	 * goes to the trash, as the user's "Deleted files" setting says.
	 */
	async revert(change: NoteChange): Promise<RevertOutcome> {
		const file = this.app.vault.getFileByPath(change.path);
		if (!file) return "gone";
		const view = this.openEditorView(file);
		if (view) {
			const editor = view.editor;
			const now = editor.getValue();
			if (now !== change.after) return "changed";
			if (change.before === null) {
				await this.app.fileManager.trashFile(file);
				return "reverted";
			}
			// The inverse of the write's own splices, or the one region where the texts differ.
			const back = change.splices ? invertSplices(change.before, change.splices) : spliceBetween(now, change.before);
			const changes = back.map((s) => ({ from: editor.offsetToPos(s.from), to: editor.offsetToPos(s.to), text: s.insert }));
			if (changes.length > 0) editor.transaction({ changes });
			return "reverted";
		}
		if (change.before === null) {
			if ((await this.app.vault.read(file)) !== change.after) return "changed";
			await this.app.fileManager.trashFile(file);
			return "reverted";
		}
		// Most refusals are seen here, without writing anything; `process` checks again as it writes.
		if ((await this.app.vault.read(file)) !== change.after) return "changed";
		const before = change.before;
		let unchanged = false;
		await this.app.vault.process(file, (current) => {
			unchanged = current === change.after;
			return unchanged ? before : current;
		});
		return unchanged ? "reverted" : "changed";
	}
}
