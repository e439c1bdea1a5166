/**
 * Profiles (src/core/insights/profile.ts) in the plugin: a contact from the index with its whole
 * log, read on demand with the vault's `cachedRead` and `readLog` over that text. The index
 * keeps only what the due list needs; the practices (the contact panel, who would value a note,
 * introductions, the stats) read the log when they are asked for, and forget it after.
 *
 * The frontmatter for the tags, company and location comes from the same text (the core's
 * parser), as `tend` reads it, so the plugin and the CLI match the same words.
 */
import type { App } from "obsidian";
import type { Day } from "../core/calendar";
import type { Contact } from "../core/contact";
import { parseFrontmatter } from "../core/frontmatter";
import { buildProfile, type Profile } from "../core/insights/profile";
import type { TendSettings } from "../core/settings";

/** A profile from a note's text: the index's contact, and the log and properties of `text`. */
export function profileFromText(contact: Contact, text: string, settings: TendSettings, today: Day): Profile {
	const parsed = parseFrontmatter(text);
	return buildProfile({ contact, frontmatter: parsed.kind === "ok" ? parsed.data : null, text, bodyStart: parsed.bodyStart }, settings, today);
}

/** The contact's profile, or null when its note is gone or cannot be read. */
export async function readProfile(app: App, contact: Contact, settings: TendSettings, today: Day): Promise<Profile | null> {
	const file = app.vault.getFileByPath(contact.path);
	if (!file) return null;
	try {
		return profileFromText(contact, await app.vault.cachedRead(file), settings, today);
	} catch {
		// A read that failed (a disk error, a file a sync tool holds): the note is left out, as
		// the CLI leaves out a note it cannot read; the index reports it in "Check contact notes".
		return null;
	}
}

/** Every contact's profile, in the order given; the notes that cannot be read are left out. */
export async function readProfiles(app: App, contacts: readonly Contact[], settings: TendSettings, today: Day): Promise<Profile[]> {
	const out: Profile[] = [];
	for (const c of contacts) {
		const p = await readProfile(app, c, settings, today);
		if (p) out.push(p);
	}
	return out;
}

/**
 * A wikilink to a note: `[[Basename]]` when no other note has that name, else the path without
 * `.md`; with `|display` when the text shown would differ from it (so an `intro` entry names
 * the contact, which is how Tend knows a pair was introduced).
 */
export function wikiLink(app: App, path: string, display?: string): string {
	const base = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
	const same = app.vault.getMarkdownFiles().filter((f) => f.basename.toLowerCase() === base.toLowerCase()).length;
	const target = same > 1 ? path.replace(/\.md$/i, "") : base;
	return display === undefined || display === target ? `[[${target}]]` : `[[${target}|${display}]]`;
}
