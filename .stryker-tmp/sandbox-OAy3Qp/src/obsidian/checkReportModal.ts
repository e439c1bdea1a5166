/**
 * The report of the "Check contact notes" command: every diagnostic with its file and line,
 * errors first; choosing one opens the note at that line.
 */
// @ts-nocheck

import { Modal, type App } from "obsidian";
import type { Diagnostic } from "../core/diagnostics";

export function checkSummary(diagnostics: readonly Diagnostic[], contactCount: number): string {
	if (diagnostics.length === 0) return `All ${contactCount} contact ${contactCount === 1 ? "note is" : "notes are"} fine.`;
	const errors = diagnostics.filter((d) => d.severity === "error").length;
	const warnings = diagnostics.length - errors;
	const notes = new Set(diagnostics.map((d) => d.path)).size;
	const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
	return `${count(errors, "error")} and ${count(warnings, "warning")} in ${count(notes, "note")} (${count(contactCount, "contact note")} checked).`;
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
	return [...list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}

export class CheckReportModal extends Modal {
	constructor(
		app: App,
		private readonly diagnostics: readonly Diagnostic[],
		private readonly contactCount: number,
		private readonly onOpenNote: (path: string, line: number | undefined, evt: MouseEvent | KeyboardEvent) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Contact notes");
		const el = this.contentEl;
		el.empty();
		el.addClass("tend-check");
		el.createEl("p", { cls: "tend-check-summary", text: checkSummary(this.diagnostics, this.contactCount) });
		const list = el.createDiv({ cls: "tend-check-list", attr: { role: "list" } });
		for (const d of sortDiagnostics(this.diagnostics)) {
			const item = list.createDiv({ cls: `tend-check-item mod-${d.severity}`, attr: { role: "listitem", tabindex: 0 } });
			item.createSpan({ cls: "tend-check-where", text: d.line !== undefined ? `${d.path}:${d.line}` : d.path });
			item.createSpan({ cls: "tend-check-severity", text: d.severity });
			item.createDiv({ cls: "tend-check-message", text: d.message });
			const open = (evt: MouseEvent | KeyboardEvent) => {
				this.close();
				this.onOpenNote(d.path, d.line, evt);
			};
			item.addEventListener("click", open);
			item.addEventListener("keydown", (evt) => {
				if (evt.key === "Enter" || evt.key === " ") {
					evt.preventDefault();
					open(evt);
				}
			});
		}
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
