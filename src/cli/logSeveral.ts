/**
 * `tend log A B C --kind meeting --summary "Panel"`: one touchpoint (a group lunch, a panel)
 * logged into several contacts' notes. All or nothing up to the writes themselves:
 *
 * - every name is resolved before anything is written: one that matches no contact, or
 *   several, refuses the whole command; naming the same note twice is refused too;
 * - the edit is then tried on every note as it is: a note Tend would refuse (frontmatter that
 *   does not parse, text that is not UTF-8) refuses the command before any note is written;
 * - each note is then written atomically, as a single `tend log` writes it. Should a note
 *   change underneath and be refused after all, the message says which notes were logged.
 *
 * Also the gentle note after an ask: when the note's balance of gives and asks over the last
 * 12 months is negative, `tend log --kind ask` says how many asks are waiting for a give.
 */
import * as fs from "fs";
import * as path from "path";
import type { Day } from "../core/calendar";
import type { Contact } from "../core/contact";
import type { EditResult } from "../core/edits/result";
import type { ParsedNote } from "../core/frontmatter";
import { askNote, askNoteDue, giveTake } from "../core/insights/giveTake";
import { readLog } from "../core/log";
import type { TendSettings } from "../core/settings";
import { UsageError } from "./args";
import { readNoteText } from "./noteReader";
import { readContactNote } from "./vault";

/** Refuses a command that names one note twice ("Ada" and "ada lovelace"). */
export function checkDistinct(names: readonly string[], contacts: readonly Contact[]): void {
	const seen = new Map<string, number>();
	contacts.forEach((c, i) => {
		const before = seen.get(c.path);
		if (before !== undefined) {
			const same = names[before] === names[i] ? `"${names[i] ?? ""}" is named twice` : `"${names[before] ?? ""}" and "${names[i] ?? ""}" are the same contact`;
			throw new UsageError(`${same} (${c.path}); name each contact once`);
		}
		seen.set(c.path, i);
	});
}

export interface PlannedRefusal {
	path: string;
	line?: number;
	reason: string;
}

/** The first note the edit would be refused on, as the notes are now; null when none would. */
export function firstRefusal(
	root: string,
	contacts: readonly Contact[],
	edit: (note: ParsedNote, current: Contact) => EditResult,
	settings: TendSettings,
	today: Day,
): PlannedRefusal | null {
	for (const c of contacts) {
		let bytes: Buffer;
		try {
			bytes = fs.readFileSync(path.join(root, ...c.path.split("/")));
		} catch (e) {
			return { path: c.path, reason: `it cannot be read (${e instanceof Error ? e.message : String(e)})` };
		}
		const text = bytes.toString("utf8");
		if (!Buffer.from(text, "utf8").equals(bytes)) return { path: c.path, reason: "it is not valid UTF-8 text, and Tend will not re-encode it" };
		const read = readContactNote(c.path, text, settings, today);
		const result = edit(read.read.note, read.contact ?? c);
		if (!result.ok) return result.line === undefined ? { path: c.path, reason: result.reason } : { path: c.path, line: result.line, reason: result.reason };
	}
	return null;
}

/** The gentle note after an ask, from the note as written; null when the balance is not negative. */
export function askNoteAfter(relPath: string, text: string, settings: TendSettings, today: Day, name: string): string | null {
	const read = readNoteText(text);
	const entries = readLog(relPath, text, read.bodyStart, settings, today).touchpoints;
	const g = giveTake(entries, today);
	return askNoteDue(g) ? askNote(g, name) : null;
}
