/**
 * The note the "Create a contact" command writes: a safe file name, and the text made from
 * the optional template note with the tier set, checked to be a contact under the current
 * settings. Pure (no `obsidian` import); the command only creates the file.
 */
// @ts-nocheck

import { formatDay, type Day } from "../core/calendar";
import { folderPrefix } from "../core/contact";
import { addListItem, setFrontmatterScalar } from "../core/edits/frontmatterEdit";
import { headingLine } from "../core/edits/logEdit";
import { refuse, rewritten, type EditResult } from "../core/edits/result";
import type { TendSettings } from "../core/settings";
import { contactFromText } from "./contactNote";

/** Characters Obsidian does not allow in file names (or that break links), and controls. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g;
const MAX_NAME = 120;

/**
 * A file name (without `.md`) for a person's name: characters that cannot be in a file name
 * or a link become spaces, runs of spaces one, no leading dot (a hidden file) and no
 * trailing dot or space (Windows drops them). "" when nothing usable is left.
 */
export function safeFileName(name: string): string {
	let s = name.normalize("NFC").replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
	s = s.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
	if ([...s].length > MAX_NAME) s = [...s].slice(0, MAX_NAME).join("").trim();
	return s;
}

/** Where new contacts go: the new-contact folder, else the contacts folder, else the root. */
export function newContactFolder(settings: TendSettings): string {
	const folder = settings.newContactFolder.trim() !== "" ? settings.newContactFolder : settings.contactsFolder;
	return folderPrefix(folder).replace(/\/$/, "");
}

export function newContactPath(folder: string, fileName: string): string {
	return folder === "" ? `${fileName}.md` : `${folder}/${fileName}.md`;
}

/** The text of a new contact note without a template: the tier, then the empty log. */
export function defaultContactText(settings: TendSettings): string {
	return `---\n---\n\n${headingLine(settings.logHeading)}\n`;
}

/**
 * The new note's text: the template (or the default) with `{{name}}`, `{{title}}` and
 * `{{date}}` filled in and the tier set. When the settings would not see the note as a
 * contact (its folder is outside the contacts folder), `type: contact` is added, or the
 * contact tag. Refuses when the template's frontmatter cannot take the tier.
 */
export function newContactText(
	path: string,
	name: string,
	tier: string,
	template: string | null,
	settings: TendSettings,
	today: Day,
): EditResult {
	const source = template ?? defaultContactText(settings);
	let text = source.replace(/\{\{\s*(name|title|date)\s*\}\}/gi, (_m, key: string) => (key.toLowerCase() === "date" ? formatDay(today) : name));
	const warnings: string[] = [];
	if (tier !== "") {
		const set = setFrontmatterScalar(text, settings.keys.tier, tier);
		if (!set.ok) return refuse(`the template note cannot take the tier: ${set.reason}`, set.line);
		text = set.text;
	}
	if (!contactFromText(path, text, settings, today)) {
		if (settings.contactType.trim() !== "") {
			const set = setFrontmatterScalar(text, settings.keys.type, settings.contactType.trim());
			if (!set.ok) return refuse(`the template note cannot take ${settings.keys.type}: ${set.reason}`, set.line);
			text = set.text;
		} else if (settings.contactTag.trim() !== "") {
			const added = addListItem(text, "tags", settings.contactTag.trim().replace(/^#/, ""));
			if (!added.ok) return refuse(`the template note cannot take the tag: ${added.reason}`, added.line);
			text = added.text;
		} else {
			warnings.push("with the current settings (no contacts folder, tag or type) Tend will not see this note as a contact");
		}
	}
	return rewritten(source, text.replace(/^---\r?\n---\r?\n\r?\n?/, ""), warnings);
}
