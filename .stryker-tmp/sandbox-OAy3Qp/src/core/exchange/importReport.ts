/**
 * The import's report in words, shared by `tend import` and the plugin's preview: one line
 * per person, saying what was (or would be) created or added where, and what was kept.
 */
// @ts-nocheck

import { plural } from "../words";
import type { Addition, PlannedChange } from "./importPlan";

export function additionWords(additions: readonly Addition[]): string {
	return additions.map((a) => (a.values.length > 1 ? `${a.key} (${a.values.length})` : a.key)).join(", ");
}

export function linesWord(file: string, lines: readonly number[]): string {
	return `${file}:${lines.join(",")}`;
}

export interface Tally {
	created: number;
	updated: number;
	unchanged: number;
	skipped: number;
	failed: number;
}

export function emptyTally(): Tally {
	return { created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 };
}

/** "2 notes to create, 1 to update, 1 unchanged, 1 skipped" (or, once written, "created"). */
export function tallyWords(t: Tally, dryRun: boolean): string {
	const parts = dryRun
		? [`${plural(t.created, "new note")}`, `${plural(t.updated, "note")} to update`]
		: [`${plural(t.created, "note")} created`, `${t.updated} updated`];
	parts.push(`${t.unchanged} unchanged`, `${t.skipped} skipped`);
	if (t.failed > 0) parts.push(`${t.failed} not written`);
	return parts.join(", ");
}

/** The plan's own line for a change, before it is written (the dry run and the preview). */
export function planLine(change: PlannedChange, file: string): string {
	const from = linesWord(file, change.lines);
	switch (change.kind) {
		case "create":
			return `Would create ${change.path} for ${change.person.name} (${from})${change.additions.length > 0 ? `: ${additionWords(change.additions)}` : ""}`;
		case "update": {
			const how = `matched by ${change.by}`;
			const kept = change.kept.length > 0 ? `; would keep ${change.kept.join("; ")}` : "";
			if (change.additions.length === 0) return `Unchanged ${change.path} (${how}, ${from}): nothing to add${kept}`;
			return `Would add ${additionWords(change.additions)} to ${change.path} (${how}, ${from})${kept}`;
		}
		case "skip":
			return `Skipped ${change.person.name} (${from}): ${change.reason}`;
	}
}
