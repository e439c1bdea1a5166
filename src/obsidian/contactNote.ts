/**
 * A note read into a Contact the way the CLI reads it (src/cli/vault.ts `contactFromText`),
 * but from what Obsidian already parsed: frontmatter and inline tags from the metadata cache,
 * the log from the note's text once it has been read. Same note, same Contact, same
 * diagnostics: the plugin and `tend` must never disagree about who is due.
 *
 * The frontmatter is never parsed here when the cache holds it: the log starts after the
 * block whose end the cache gives (`frontmatterPosition`), checked against the one
 * frontmatter rule with a line scan (src/core/frontmatter.ts `locateFrontmatter`, which reads
 * no YAML). Only a note whose cache shows a block without properties (its YAML does not
 * parse) is parsed, to say on which line it fails; and a note the cache does not know yet,
 * or whose block the cache places elsewhere than the rule does, is read from its text alone.
 *
 * No `obsidian` import here, so the parity tests can run it next to the CLI's reader.
 */
import type { Day } from "../core/calendar";
import { isContactNote, readContact, readContactLog, withLogOf, type Contact } from "../core/contact";
import { hasBom, locateFrontmatter, parseFrontmatter } from "../core/frontmatter";
import type { Touchpoint } from "../core/log";
import { inlineTags } from "../core/markdown";
import type { TendSettings } from "../core/settings";

/** The parts of Obsidian's CachedMetadata that Tend reads. */
export interface CacheView {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: { end: { offset: number } };
	tags?: readonly { tag: string }[];
}

const NO_TAGS: readonly { tag: string }[] = [];

/** Whether the cache says the note is a contact (path, tags, type): all a change to any other note costs. */
export function isContactInCache(path: string, cache: CacheView, settings: TendSettings): boolean {
	return isContactNote(path, cache.frontmatter ?? null, cache.tags ?? NO_TAGS, settings);
}

/**
 * Where the note's body starts, when the cache and the frontmatter rule agree on the block;
 * null when they do not (the caller then reads the text alone).
 */
function bodyStartFromCache(cache: CacheView, text: string): number | null {
	const block = locateFrontmatter(text);
	const position = cache.frontmatterPosition;
	if (!block || !position) return !block && !position ? (hasBom(text) ? 1 : 0) : null;
	const nl = text.indexOf("\n", position.end.offset);
	const next = nl === -1 ? text.length : nl + 1;
	return next === block.bodyStart ? next : null;
}

/**
 * A contact from the cache alone (`text` null: no log yet) or with the note's text. Null
 * when the note is not a contact.
 */
export function contactFromCache(path: string, cache: CacheView | null, text: string | null, settings: TendSettings, today: Day | null): Contact | null {
	if (cache === null) return text === null ? null : contactFromText(path, text, settings, today);
	const frontmatter = cache.frontmatter ?? null;
	if (text === null) {
		if (!isContactInCache(path, cache, settings)) return null;
		return readContact({ path, frontmatter, text: null, bodyStart: 0 }, settings, today);
	}
	if (looksBroken(cache)) {
		// The YAML does not parse: only the text can say on which line, which the user needs
		// to fix it (and which `tend check` reports too).
		const parsed = parseFrontmatter(text);
		const problem = parsed.kind === "error" ? parsed.problem : null;
		const fm = parsed.kind === "ok" ? parsed.data : null;
		if (!isContactNote(path, fm, cache.tags ?? NO_TAGS, settings)) return null;
		return readContact({ path, frontmatter: fm, frontmatterProblem: problem, text, bodyStart: parsed.bodyStart }, settings, today);
	}
	const bodyStart = bodyStartFromCache(cache, text);
	if (bodyStart === null) return contactFromText(path, text, settings, today);
	if (!isContactInCache(path, cache, settings)) return null;
	return readContact({ path, frontmatter, text, bodyStart }, settings, today);
}

/**
 * What `contactFromCache(path, cache, text, …)` gives, made from `earlier`, the contact
 * `contactFromCache(path, cache, null, …)` gave for this same cache (the same frontmatter
 * object), settings and day: only the log is read, as the properties are what they were.
 * Null when the caller must read it all: the properties had diagnostics (the text gives them
 * their lines), the YAML did not parse, or the cache and the frontmatter rule disagree on the block.
 */
export function withLogFromCache(earlier: Contact, cache: CacheView, text: string, settings: TendSettings, today: Day | null): Contact | null {
	if (looksBroken(cache)) return null;
	const bodyStart = bodyStartFromCache(cache, text);
	return bodyStart === null ? null : withLogOf(earlier, text, bodyStart, settings, today);
}

/**
 * A contact note with every entry of its log (for a brief, the stats), from the cache and
 * the text as `contactFromCache` reads them; null when the note is not a contact.
 */
export function contactLogFromCache(path: string, cache: CacheView | null, text: string, settings: TendSettings, today: Day | null): { contact: Contact; touchpoints: Touchpoint[] } | null {
	const contact = contactFromCache(path, cache, text, settings, today);
	if (!contact) return null;
	const bodyStart = cache && !looksBroken(cache) ? bodyStartFromCache(cache, text) : null;
	const read = bodyStart !== null && cache ? { frontmatter: cache.frontmatter ?? null, bodyStart, problem: null } : textParts(text);
	return { contact, touchpoints: readContactLog({ path, frontmatter: read.frontmatter, frontmatterProblem: read.problem, text, bodyStart: read.bodyStart }, settings, today).touchpoints };
}

function textParts(text: string) {
	const parsed = parseFrontmatter(text);
	return { frontmatter: parsed.kind === "ok" ? parsed.data : null, bodyStart: parsed.bodyStart, problem: parsed.kind === "error" ? parsed.problem : null };
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
