/**
 * Small builders for core tests: a note's text from frontmatter lines and a body, a Contact
 * read from that text by the core's own reader, a Day from `YYYY-MM-DD`, and settings with a
 * few fields changed. (Time is an input, so every helper takes `today` explicitly.)
 *
 * Core tests never go through the CLI's reader (src/cli): the tests that compare the CLI and
 * the plugin readers live in tests/obsidian/readerParity.test.ts. A test about the schedule
 * builds its contacts with ContactBuilder (contactBuilder.ts) instead of writing notes.
 */
import { formatDay, parseIsoDay, type Day } from "../../src/core/calendar";
import { isContactNote, readContactLog, type Contact } from "../../src/core/contact";
import type { Touchpoint } from "../../src/core/log";
import { parseFrontmatter } from "../../src/core/frontmatter";
import { inlineTags } from "../../src/core/markdown";
import { DEFAULT_SETTINGS, type TendSettings } from "../../src/core/settings";

/** `day("2026-11-27")` -> Day; throws on a string that is not a real date (a test typo). */
export function day(iso: string): Day {
	const d = parseIsoDay(iso);
	if (d === null) throw new Error(`test date ${iso} is not a date`);
	return d;
}

export function iso(d: Day | null): string | null {
	return d === null ? null : formatDay(d);
}

export interface NoteParts {
	/** Frontmatter lines, without fences; a record is rendered as `key: value` lines. */
	fm?: string | string[] | Record<string, string | string[]>;
	/** Body text after the frontmatter. */
	body?: string | string[];
	/** Touchpoint lines placed under `## Touchpoints` at the end of the body. */
	log?: string[];
}

/** Renders a note: `---`, frontmatter lines, `---`, body, then an optional log section. */
export function note(parts: NoteParts = {}): string {
	const out: string[] = [];
	if (parts.fm !== undefined) {
		out.push("---");
		if (typeof parts.fm === "string") out.push(parts.fm);
		else if (Array.isArray(parts.fm)) out.push(...parts.fm);
		else {
			for (const [key, value] of Object.entries(parts.fm)) {
				if (Array.isArray(value)) {
					out.push(`${key}:`);
					for (const item of value) out.push(`  - ${item}`);
				} else out.push(`${key}: ${value}`);
			}
		}
		out.push("---");
	}
	if (parts.body !== undefined) out.push(...(Array.isArray(parts.body) ? parts.body : [parts.body]));
	if (parts.log !== undefined) out.push("", "## Touchpoints", ...parts.log);
	return `${out.join("\n")}\n`;
}

export function settingsWith(partial: Partial<TendSettings> = {}): TendSettings {
	return {
		...DEFAULT_SETTINGS,
		keys: { ...DEFAULT_SETTINGS.keys, ...(partial.keys ?? {}) },
		tiers: (partial.tiers ?? DEFAULT_SETTINGS.tiers).map((t) => ({ ...t })),
		kinds: (partial.kinds ?? DEFAULT_SETTINGS.kinds).map((k) => ({ ...k })),
		...Object.fromEntries(Object.entries(partial).filter(([k]) => k !== "keys" && k !== "tiers" && k !== "kinds")),
	};
}

/**
 * A contact with every entry of its log beside it (a contact keeps only a digest of its log;
 * `readContactLog` reads the entries too): tests look at both.
 */
export type ContactWithLog = Contact & { touchpoints: Touchpoint[] };

/**
 * A note's text read by the core alone (its frontmatter parser, `isContactNote` and
 * `readContact` with a NoteInput): the contact it is, with its log's entries, or null when it
 * is not one.
 */
export function readNote(path: string, text: string, settings: TendSettings = DEFAULT_SETTINGS, today: Day | null = null): ContactWithLog | null {
	const parsed = parseFrontmatter(text);
	const frontmatter = parsed.kind === "ok" ? parsed.data : null;
	const body = text.slice(parsed.bodyStart);
	if (!isContactNote(path, frontmatter, inlineTags(body), settings)) return null;
	const problem = parsed.kind === "error" ? parsed.problem : null;
	const read = readContactLog({ path, frontmatter, frontmatterProblem: problem, text, bodyStart: parsed.bodyStart }, settings, today);
	return { ...read.contact, touchpoints: read.touchpoints };
}

/**
 * A Contact from note text, read by the core. Throws when the note is not a contact (the
 * default path lies under `People/`, so it always is unless a test says so).
 */
export function contact(
	text: string,
	path = "People/Ada Lovelace.md",
	settings: TendSettings = DEFAULT_SETTINGS,
	today: Day | null = null,
): ContactWithLog {
	const c = readNote(path, text, settings, today);
	if (!c) throw new Error(`${path} is not a contact note`);
	return c;
}

/** Shorthand: a contact from frontmatter lines (and log entries), read on `today`. */
export function contactOf(fm: NoteParts["fm"], opts: { log?: string[]; body?: string | string[]; path?: string; settings?: TendSettings; today?: string } = {}): ContactWithLog {
	return contact(
		note({ fm, log: opts.log, body: opts.body }),
		opts.path ?? "People/Ada Lovelace.md",
		opts.settings ?? DEFAULT_SETTINGS,
		opts.today === undefined ? null : day(opts.today),
	);
}
