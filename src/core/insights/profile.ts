/**
 * What the practices read about one contact: its frontmatter fields (the Contact), its whole
 * touchpoint log, and the few properties that only matching needs (tags, company, location).
 *
 * The log comes from `readLog` on the note's text, never from `contact.touchpoints`: the due
 * list may keep only a summary of the log on the contact, while a brief, the stats, give and
 * take or follow-through need every entry. The CLI builds profiles with one read of each note
 * (src/cli/profiles.ts); the plugin builds them the same way from the metadata cache's
 * frontmatter and the note's text.
 */
import type { Day } from "../calendar";
import type { Contact } from "../contact";
import { resolveKey } from "../frontmatter";
import { readLog, type Touchpoint } from "../log";
import { inlineTags } from "../markdown";
import type { LogOrder, TendSettings } from "../settings";

export interface Profile {
	contact: Contact;
	/** Every entry of the log, in note order. */
	entries: Touchpoint[];
	/** Tags without `#`, from the frontmatter's `tags`/`tag` and the body, each once. */
	tags: string[];
	/** The `company` property (or `organization`), when it is text. */
	company: string | null;
	/** The `location` property (or `city`), when it is text. */
	location: string | null;
}

export interface ProfileSource {
	contact: Contact;
	/** Parsed frontmatter, or null. */
	frontmatter: Record<string, unknown> | null;
	/** The note's whole text. */
	text: string;
	/** Offset of the body in `text`. */
	bodyStart: number;
}

function textProperty(fm: Record<string, unknown> | null, names: readonly string[]): string | null {
	if (!fm) return null;
	const keys = Object.keys(fm);
	for (const name of names) {
		const value = fm[resolveKey(keys, name)];
		if (typeof value === "string" && value.trim() !== "") return value.trim();
		if (typeof value === "number") return String(value);
	}
	return null;
}

function frontmatterTags(fm: Record<string, unknown> | null): string[] {
	if (!fm) return [];
	const out: string[] = [];
	for (const key of Object.keys(fm)) {
		const lower = key.toLowerCase();
		if (lower !== "tags" && lower !== "tag") continue;
		const value = fm[key];
		for (const item of Array.isArray(value) ? value : [value]) {
			if (typeof item === "string") out.push(...item.split(/[\s,]+/).filter((s) => s !== ""));
		}
	}
	return out;
}

/** Tags as Obsidian lists them: without `#`, each once (compared in any case). */
export function tagsOf(frontmatter: Record<string, unknown> | null, body: string): string[] {
	const all = [...frontmatterTags(frontmatter), ...(body.includes("#") ? inlineTags(body) : [])];
	const seen = new Set<string>();
	const out: string[] = [];
	for (const raw of all) {
		const tag = raw.replace(/^#/, "");
		if (tag === "" || seen.has(tag.toLowerCase())) continue;
		seen.add(tag.toLowerCase());
		out.push(tag);
	}
	return out;
}

export function buildProfile(source: ProfileSource, settings: TendSettings, today: Day | null): Profile {
	const { contact, frontmatter, text, bodyStart } = source;
	return {
		contact,
		entries: readLog(contact.path, text, bodyStart, settings, today).touchpoints,
		tags: tagsOf(frontmatter, text.slice(bodyStart)),
		company: textProperty(frontmatter, ["company", "organization"]),
		location: textProperty(frontmatter, ["location", "city"]),
	};
}

/**
 * Entries newest first, whatever the log's order. Entries of one day keep the order Tend
 * wrote them in: a newest-first log has the latest of a day on top, an oldest-first one at
 * the bottom.
 */
export function newestFirst(entries: readonly Touchpoint[], order: LogOrder = "newest-first"): Touchpoint[] {
	const sameDay = order === "newest-first" ? 1 : -1;
	return entries
		.map((t, i) => ({ t, i }))
		.sort((a, b) => b.t.day - a.t.day || sameDay * (a.i - b.i))
		.map((x) => x.t);
}

/** The latest of `last_contact`, the newest entry and the newest mention. */
export function lastContactFrom(contact: Pick<Contact, "lastContactField"> & Partial<Pick<Contact, "lastMention">>, entries: readonly Touchpoint[]): Day | null {
	// A dated note that links the contact is a last contact too, as in the due list.
	let last = contact.lastContactField;
	const mention = contact.lastMention?.day ?? null;
	if (mention !== null && (last === null || mention > last)) last = mention;
	for (const t of entries) if (last === null || t.day > last) last = t.day;
	return last;
}
