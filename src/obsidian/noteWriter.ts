/**
 * Applies an edit to a contact note (STYLE.md, practice 2: decide, then do). The core's edit
 * functions decide the new text; this only applies it:
 * - when the note is open in an editor, as one editor transaction made of the splices the
 *   edit returns (the regions it changed), so the cursor stays put and the change is one undo
 *   step;
 * - otherwise with `Vault.process`, which reads, edits and writes atomically. The edit runs
 *   again inside it on the text as it is then, in case the note changed since it was read.
 * A refusal writes nothing and shows a Notice that names the file and the line; warnings
 * are shown as a Notice too.
 */
import { MarkdownView, Notice, TFile, type App } from "obsidian";
import type { Contact } from "../core/contact";
import type { EditResult } from "../core/edits/result";
import type { TendSettings } from "../core/settings";
import type { Clock } from "./clock";
import { contactFromText } from "./contactNote";

/** An edit of a note's text; `contact` is the note read from that very text. */
export type NoteEdit = (text: string, contact: Contact | null) => EditResult;

export type WriteOutcome = { ok: true; text: string } | { ok: false; reason: string };

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
			return { ok: true, text: result.text };
		}

		const before = await this.app.vault.read(file);
		const first = edit(before, this.read(path, before));
		if (!first.ok) return this.refused(path, first);
		let late: EditResult | null = null;
		const written = await this.app.vault.process(file, (current) => {
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
		return { ok: true, text: written };
	}
}
