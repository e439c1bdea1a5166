/**
 * Undo for Tend's writes. Every change the plugin makes to the vault (log a touchpoint,
 * snooze or stop a snooze, add / keep / move a promise, create a contact) is one step, and
 * so is a group of writes to several notes (`record` takes all the notes one action changed:
 * a bulk action undoes as a whole). A step is undone from the Undo button on its notice or
 * with the "Undo last change" command (the palette shows "Tend: Undo last change").
 *
 * The rules (docs/plugin.md, "Undo"):
 * - Only while every note of the step is exactly as Tend left it. If anything else changed
 *   one since (an edit by hand, a sync, another plugin), undo changes nothing and says which
 *   notes changed: it never overwrites what someone else wrote. For a group it is all or
 *   nothing: one changed note and none of the group is undone.
 * - A refused step stays the latest one: once its notes are back as Tend left them (say,
 *   after undoing one's own edit in the editor), it can be undone.
 * - Undoing goes through the open editor's transaction or `Vault.process`, like every write
 *   (NoteWriter.revert); a note Tend created goes to the trash.
 * - The history keeps the last HISTORY_SIZE steps in memory only: it does not survive a
 *   reload of the plugin or a restart of Obsidian (the notes may have changed in between,
 *   and an undo days later would surprise). There is no redo.
 */
// @ts-nocheck

import { Notice } from "obsidian";
import type { NoteChange, NoteWriter } from "./noteWriter";

/** How many steps can be undone. */
export const HISTORY_SIZE = 20;

/** A notice with an Undo button stays long enough to reach the button. */
const UNDO_NOTICE_MS = 10_000;

/** One step of undo: what the user did, and every note it changed. */
export interface TendChange {
	/** What was done, as the notice said it: `Logged call with Ada on 2026-11-27.` */
	readonly label: string;
	/** One entry per note, in the order they were first written. */
	readonly notes: readonly NoteChange[];
}

/** `Logged call with Ada on 2026-11-27.` quoted inside a sentence. */
function quoted(label: string): string {
	return `“${label.replace(/\.$/, "")}”`;
}

function listed(items: readonly string[]): string {
	if (items.length <= 1) return items.join("");
	return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

/** One entry per note: two writes to the same note in one step undo as one. */
function perNote(notes: readonly NoteChange[]): NoteChange[] {
	const merged = new Map<string, NoteChange>();
	for (const note of notes) {
		const first = merged.get(note.path);
		// Two writes merged: their splices no longer describe the whole change.
		merged.set(note.path, first ? { path: note.path, before: first.before, after: note.after } : note);
	}
	return [...merged.values()].filter((n) => n.before !== n.after);
}

export class UndoHistory {
	private readonly steps: TendChange[] = [];
	private readonly undone = new WeakSet<TendChange>();
	private closed = false;

	constructor(private readonly writer: NoteWriter) {}

	/** How many steps can be undone now. */
	get size(): number {
		return this.steps.length;
	}

	/** Remembers a step; null when it changed nothing (then there is nothing to undo). */
	record(label: string, notes: readonly NoteChange[]): TendChange | null {
		const kept = perNote(notes);
		if (this.closed || kept.length === 0) return null;
		const step: TendChange = { label, notes: kept };
		this.steps.push(step);
		if (this.steps.length > HISTORY_SIZE) this.steps.shift();
		return step;
	}

	/** Says what was done, with an Undo button when there is something to undo. */
	announce(message: string, step: TendChange | null): void {
		if (!step) {
			new Notice(message);
			return;
		}
		const fragment = createFragment((f) => {
			f.createSpan({ cls: "tend-notice-message", text: message });
			const button = f.createEl("button", { cls: "tend-notice-undo", text: "Undo", attr: { "aria-label": `Undo: ${message}` } });
			button.addEventListener("click", () => void this.undo(step));
		});
		new Notice(fragment, UNDO_NOTICE_MS);
	}

	/** Undoes the latest step (the command). */
	async undoLast(): Promise<boolean> {
		const step = this.steps[this.steps.length - 1];
		if (!step) {
			new Notice("Tend: nothing to undo.");
			return false;
		}
		return this.undo(step);
	}

	/** Undoes one step, if every note of it is as Tend left it. Returns whether it did. */
	async undo(step: TendChange): Promise<boolean> {
		const at = this.steps.indexOf(step);
		if (at < 0) {
			new Notice(
				this.undone.has(step)
					? `Tend: ${quoted(step.label)} was already undone.`
					: `Tend: ${quoted(step.label)} can no longer be undone: Tend keeps its last ${HISTORY_SIZE} changes, and none from before it was reloaded.`,
			);
			return false;
		}
		// Out of the history while it is being undone, so a second click cannot undo it twice.
		this.steps.splice(at, 1);
		const putBack = () => this.steps.splice(Math.min(at, this.steps.length), 0, step);

		const problems: string[] = [];
		try {
			for (const note of step.notes) {
				const now = await this.writer.current(note.path);
				if (now === null) problems.push(`${note.path} is gone (renamed or deleted)`);
				else if (now !== note.after) problems.push(`${note.path} has changed since Tend wrote it`);
			}
		} catch (e) {
			putBack();
			new Notice(`Tend could not undo ${quoted(step.label)}: ${e instanceof Error ? e.message : String(e)}. Nothing was changed.`, UNDO_NOTICE_MS);
			return false;
		}
		if (problems.length > 0) {
			putBack();
			new Notice(`Tend did not undo ${quoted(step.label)}: ${problems.join("; ")}. Nothing was changed.`, UNDO_NOTICE_MS);
			return false;
		}

		// Each note is checked again as it is written; one that changed in between is left alone.
		const left: string[] = [];
		for (const note of step.notes) {
			try {
				if ((await this.writer.revert(note)) !== "reverted") left.push(note.path);
			} catch {
				left.push(note.path);
			}
		}
		this.undone.add(step);
		if (left.length === 0) new Notice(`Undone: ${step.label}`);
		else new Notice(`Tend undid ${quoted(step.label)} except in ${listed(left)}, which changed meanwhile and ${left.length === 1 ? "was" : "were"} left as ${left.length === 1 ? "it is" : "they are"}.`, UNDO_NOTICE_MS);
		return left.length === 0;
	}

	/** Forgets every step: the plugin is unloading, and its history must not outlive it. */
	close(): void {
		this.steps.length = 0;
		this.closed = true;
	}
}
