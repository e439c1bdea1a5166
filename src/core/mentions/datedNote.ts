/**
 * Which notes are dated notes, and their day (issue 10, item 1).
 *
 * A note is dated when, in this order:
 * 1. its frontmatter has the date property (`date` by default, a setting) holding an ISO date
 *    (`2026-11-20`), an ISO date and time (`2026-11-20T10:30`, `2026-11-20 10:30:00`, with or
 *    without a zone), or a link to a daily note (`"[[2026-11-20]]"`). The day is the date as
 *    written: a meeting note dated `2026-11-20T23:30-08:00` happened on the 20th where it was
 *    written, whatever the zone of the machine that reads it. The property wins over the name
 *    because it is what the user stated for this note (a note named `2026-11-20 Plan` may
 *    record a meeting held on the 21st);
 * 2. its base name is an ISO date, alone or followed by a space or `_` and more words
 *    (`2026-11-20`, `2026-11-20 Standup`, `2026-11-20_ada`);
 * 3. it is a daily note of the Daily notes core plugin when that plugin is on: it lies in the
 *    plugin's folder and its path there matches the plugin's format (`20.11.2026`,
 *    `2026/11/2026-11-20`; see dailyNotes.ts).
 *
 * Never a dated note: a contact note (its links are the contact's own notes, not meetings), a
 * note outside the included folders (when any are set) or inside an excluded one, or any note
 * when the feature is off. Folders compare case-sensitively, subfolders included, as the
 * contacts folder does.
 */
import { isValidYmd, fromYmd, type Day } from "../calendar";
import { baseName, folderPrefix } from "../contact";
import { resolveKey, yamlMayHold } from "../frontmatter";
import type { MentionSettings } from "../settings";
import type { DailyNotesFormat } from "./dailyNotes";

export type DatedBy = "property" | "name" | "daily-notes";

export interface NoteDate {
	day: Day;
	by: DatedBy;
}

const DATE_VALUE = /^(?:\[\[)?(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?(?:(?:\|[^\]]*)?\]\])?$/;
const NAME_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[ _])/;

function day(y: string | undefined, m: string | undefined, d: string | undefined): Day | null {
	const year = Number(y);
	const month = Number(m);
	const date = Number(d);
	return isValidYmd(year, month, date) ? fromYmd(year, month, date) : null;
}

/** The day a date property's value names, or null (a value of another shape, or a day that does not exist). */
export function dateValueDay(value: unknown): Day | null {
	if (typeof value !== "string") return null;
	const m = DATE_VALUE.exec(value.trim());
	if (!m) return null;
	// A link must be closed and a closing must have an opening: `[[2026-11-20` is not a date.
	const text = value.trim();
	if (text.startsWith("[[") !== text.endsWith("]]")) return null;
	return day(m[1], m[2], m[3]);
}

/**
 * Whether a note's frontmatter could give it a date property, from the YAML source alone:
 * false means noteDate says the same with these properties as with none. A date property's
 * value is a string holding an ISO date, its key the date key in any case; a key written as a
 * number or null (`2026:`, `.inf:`, `~:`) becomes a string the source does not hold, so a date
 * key that could be one of those is looked for by the value alone.
 */
export function frontmatterMayDate(source: string, settings: MentionSettings): boolean {
	if (!settings.enabled || !/\d{4}-\d{2}-\d{2}/.test(source)) return false;
	const key = settings.dateKey.toLowerCase();
	if (/\d/.test(key) || ["infinity", "-infinity", "nan", "null", "true", "false"].includes(key.trim())) return true;
	return yamlMayHold(source, [settings.dateKey]);
}

/** Whether a note lies where dated notes are read (the included and excluded folders). */
export function inDatedFolders(path: string, settings: MentionSettings): boolean {
	const under = (folder: string) => {
		const prefix = folderPrefix(folder);
		return prefix === "" || path.startsWith(prefix);
	};
	if (settings.includeFolders.length > 0 && !settings.includeFolders.some(under)) return false;
	return !settings.excludeFolders.some((f) => folderPrefix(f) !== "" && path.startsWith(folderPrefix(f)));
}

/**
 * The note's day when it is a dated note, else null. `isContact` says whether the note is a
 * contact note (the caller knows: the contact index or the vault reader decided it).
 */
export function noteDate(
	path: string,
	frontmatter: Record<string, unknown> | null,
	settings: MentionSettings,
	daily: DailyNotesFormat | null,
	isContact: boolean,
): NoteDate | null {
	if (!settings.enabled || isContact || !inDatedFolders(path, settings)) return null;
	if (frontmatter) {
		const key = resolveKey(Object.keys(frontmatter), settings.dateKey);
		const fromProperty = dateValueDay(frontmatter[key]);
		if (fromProperty !== null) return { day: fromProperty, by: "property" };
	}
	const name = baseName(path);
	const m = NAME_DATE.exec(name);
	if (m) {
		const fromName = day(m[1], m[2], m[3]);
		if (fromName !== null) return { day: fromName, by: "name" };
	}
	if (daily && path.toLowerCase().endsWith(".md")) {
		const prefix = folderPrefix(daily.folder);
		if (prefix === "" || path.startsWith(prefix)) {
			const fromDaily = daily.match(path.slice(prefix.length, -3));
			if (fromDaily !== null) return { day: fromDaily, by: "daily-notes" };
		}
	}
	return null;
}
