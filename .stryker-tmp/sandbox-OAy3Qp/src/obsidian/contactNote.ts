/**
 * A note read into a Contact the way the CLI reads it (src/cli/vault.ts `contactFromText`),
 * but from what Obsidian already parsed: frontmatter and inline tags from the metadata cache,
 * the log from the note's text once it has been read. Same note, same Contact, same
 * diagnostics: the plugin and `tend` must never disagree about who is due.
 *
 * No `obsidian` import here, so the parity tests can run it next to the CLI's reader.
 */
// @ts-nocheck

import type { Day } from "../core/calendar";
import { isContactNote, readContact, type Contact } from "../core/contact";
import { parseFrontmatter } from "../core/frontmatter";
import { inlineTags } from "../core/markdown";
import type { TendSettings } from "../core/settings";

/** The parts of Obsidian's CachedMetadata that Tend reads. */
export interface CacheView {
	frontmatter?: Record<string, unknown>;
	tags?: readonly { tag: string }[];
}

/**
 * A contact from the cache alone (`text` null: no log yet) or with the note's text. Null
 * when the note is not a contact.
 *
 * When the text is known, the core's frontmatter parser has the last word: Obsidian shows a
 * note whose YAML does not parse without properties, and only the text can say on which line
 * it fails, which the user needs to fix it (and which `tend check` reports too).
 */
export function contactFromCache(
	path: string,
	cache: CacheView | null,
	text: string | null,
	settings: TendSettings,
	today: Day | null,
): Contact | null {
	if (cache === null) return text === null ? null : contactFromText(path, text, settings, today);
	let frontmatter: Record<string, unknown> | null = cache.frontmatter ?? null;
	const tags = (cache.tags ?? []).map((t) => t.tag);
	if (text === null) {
		if (!isContactNote(path, frontmatter, tags, settings)) return null;
		return readContact({ path, frontmatter, text: null, bodyStart: 0 }, settings, today);
	}
	const parsed = parseFrontmatter(text);
	const problem = parsed.kind === "error" ? parsed.problem : null;
	if (problem) frontmatter = null;
	if (!isContactNote(path, frontmatter, tags, settings)) return null;
	return readContact({ path, frontmatter, frontmatterProblem: problem, text, bodyStart: parsed.bodyStart }, settings, today);
}

/**
 * A contact from the text alone, for a note the cache does not know yet and for a write,
 * which must see the text it changes rather than a cache that may lag behind it.
 */
export function contactFromText(path: string, text: string, settings: TendSettings, today: Day | null): Contact | null {
	const parsed = parseFrontmatter(text);
	const frontmatter = parsed.kind === "ok" ? parsed.data : null;
	const body = text.slice(parsed.bodyStart);
	const tags = body.includes("#") ? inlineTags(body) : [];
	if (!isContactNote(path, frontmatter, tags, settings)) return null;
	const problem = parsed.kind === "error" ? parsed.problem : null;
	return readContact({ path, frontmatter, frontmatterProblem: problem, text, bodyStart: parsed.bodyStart }, settings, today);
}

/** Whether the cache suggests a frontmatter block that did not parse (read such notes first). */
export function looksBroken(cache: { frontmatter?: unknown; frontmatterPosition?: unknown } | null): boolean {
	return cache !== null && cache.frontmatterPosition !== undefined && cache.frontmatter === undefined;
}
