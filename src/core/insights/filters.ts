/**
 * Filters where people look: the due list of one tier, one tag, one folder.
 *
 * - Each filter takes a comma list (`--tier A,B`); a contact passes a filter when it matches any
 *   value of the list, and it must pass every filter given (`--tier A --tag work`: tier A and
 *   tagged work).
 * - Tier: the tier's name, compared as text, as the `tier` property is.
 * - Tag: with or without `#`, in any case; nested tags count, as in Obsidian's tag search
 *   (`work` matches `#work` and `#work/clients`; `work/clients` matches only the latter).
 * - Folder: a vault path, subfolders included, case-sensitive (as the contacts folder):
 *   `People/Work` matches `People/Work/Sam.md`, not `People/Workshop/Al.md`.
 *
 * Tags are not on the Contact (the plugin has them from the metadata cache, the CLI from the
 * note's text), so the caller hands them over.
 */
import type { Contact } from "../contact";
import { folderPrefix } from "../contact";

export interface ContactFilter {
	tiers: readonly string[];
	tags: readonly string[];
	folders: readonly string[];
}

export const NO_FILTER: ContactFilter = { tiers: [], tags: [], folders: [] };

/** `"A, B"` -> `["A", "B"]`; undefined -> `[]`. */
export function filterList(value: string | undefined): string[] {
	if (value === undefined) return [];
	return value
		.split(",")
		.map((v) => v.trim())
		.filter((v) => v !== "");
}

export function isFiltering(f: ContactFilter): boolean {
	return f.tiers.length > 0 || f.tags.length > 0 || f.folders.length > 0;
}

function cleanTag(tag: string): string {
	return tag.trim().replace(/^#/, "").toLowerCase();
}

/** Whether a tag is the wanted one or nested under it. */
export function tagIsUnder(tag: string, wanted: string): boolean {
	const t = cleanTag(tag);
	const w = cleanTag(wanted);
	return w !== "" && (t === w || t.startsWith(`${w}/`));
}

function cleanFolder(folder: string): string {
	return folderPrefix(folder.trim().replace(/^\.\//, ""));
}

export function matchesFilter(contact: Pick<Contact, "path" | "tier">, tags: readonly string[], f: ContactFilter): boolean {
	if (f.tiers.length > 0 && (contact.tier === null || !f.tiers.includes(contact.tier))) return false;
	if (f.tags.length > 0 && !f.tags.some((w) => tags.some((t) => tagIsUnder(t, w)))) return false;
	if (f.folders.length > 0 && !f.folders.some((folder) => contact.path.startsWith(cleanFolder(folder)))) return false;
	return true;
}

/** The contacts that pass; `tagsOf` is asked only when a tag filter is given. */
export function filterContacts<C extends Pick<Contact, "path" | "tier">>(contacts: readonly C[], f: ContactFilter, tagsOf: (c: C) => readonly string[]): C[] {
	if (!isFiltering(f)) return [...contacts];
	return contacts.filter((c) => matchesFilter(c, f.tags.length > 0 ? tagsOf(c) : [], f));
}

/** "tier A or B, tag #work, folder People/Work". */
export function describeFilter(f: ContactFilter): string {
	const part = (label: string, values: readonly string[], show: (v: string) => string) => (values.length === 0 ? "" : `${label} ${values.map(show).join(" or ")}`);
	return [
		part("tier", f.tiers, (v) => v),
		part("tag", f.tags, (v) => `#${v.replace(/^#/, "")}`),
		part("folder", f.folders, (v) => v.replace(/\/+$/, "")),
	]
		.filter((p) => p !== "")
		.join(", ");
}
