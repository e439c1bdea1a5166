/**
 * Runs both mention readers on a small vault given as `{path: text}`: the text reader (the
 * CLI's, src/core/mentions/textScan.ts) and the cache reader (the plugin's,
 * src/obsidian/mentionsFromCache.ts) on what the fake metadata cache indexes from the same
 * text. Every rule test goes through both, and `readBoth` fails when they disagree, so each
 * table row is also a parity check.
 */
import type { Day } from "../../src/core/calendar";
import { isContactNote } from "../../src/core/contact";
import { parseFrontmatter } from "../../src/core/frontmatter";
import { inlineTags } from "../../src/core/markdown";
import type { DailyNotesFormat } from "../../src/core/mentions/dailyNotes";
import type { NoteFindings } from "../../src/core/mentions/interpret";
import { MentionIndex } from "../../src/core/mentions/mentionIndex";
import { aliasesOf, VaultResolver } from "../../src/core/mentions/resolve";
import { mentionsFromText } from "../../src/core/mentions/textScan";
import { DEFAULT_SETTINGS, type MentionSettings, type TendSettings } from "../../src/core/settings";
import { mentionsFromCache } from "../../src/obsidian/mentionsFromCache";
import { indexNote } from "../obsidian/fakeObsidian";

export interface ReadOptions {
	today: Day;
	settings?: TendSettings;
	mentions?: Partial<MentionSettings>;
	daily?: DailyNotesFormat | null;
}

export interface BothReads {
	text: Map<string, NoteFindings>;
	cache: Map<string, NoteFindings>;
}

/** The contacts of a vault by the usual rule (folder, tag, type). */
export function contactPaths(files: Record<string, string>, settings: TendSettings): Set<string> {
	const out = new Set<string>();
	for (const [path, text] of Object.entries(files)) {
		const fm = parseFrontmatter(text);
		const data = fm.kind === "ok" ? fm.data : null;
		if (isContactNote(path, data, inlineTags(text.slice(fm.bodyStart)), settings)) out.add(path);
	}
	return out;
}

export function readBoth(files: Record<string, string>, options: ReadOptions): BothReads {
	const base = options.settings ?? DEFAULT_SETTINGS;
	const settings: TendSettings = { ...base, mentions: { ...base.mentions, ...options.mentions } };
	const contacts = contactPaths(files, settings);
	const aliases = new Map<string, string[]>();
	for (const p of contacts) {
		const fm = parseFrontmatter(files[p] ?? "");
		aliases.set(p, aliasesOf(fm.kind === "ok" ? fm.data : null));
	}
	const resolver = new VaultResolver(Object.keys(files), aliases);
	const ctx = { settings: settings.mentions, daily: options.daily ?? null, today: options.today, resolver, isContact: (p: string) => contacts.has(p) };
	const text = new Map<string, NoteFindings>();
	const cache = new Map<string, NoteFindings>();
	for (const [path, body] of Object.entries(files)) {
		const fm = parseFrontmatter(body);
		text.set(path, mentionsFromText(path, body, fm.kind === "ok" ? fm.data : null, fm.bodyStart, ctx));
		cache.set(path, mentionsFromCache(path, indexNote(body), body, ctx));
	}
	return { text, cache };
}

/** Both readings, checked to agree, as one. */
export function read(files: Record<string, string>, options: ReadOptions): Map<string, NoteFindings> {
	const both = readBoth(files, options);
	expect(Object.fromEntries(both.cache)).toEqual(Object.fromEntries(both.text));
	return both.text;
}

/** The contacts a note mentions, as base names, sorted. */
export function mentioned(findings: NoteFindings | undefined): string[] {
	return (findings?.mentions ?? []).map((m) => m.contact.replace(/^.*\//, "").replace(/\.md$/, "")).sort();
}

/** An index of a whole vault's findings. */
export function indexOf(findings: Map<string, NoteFindings>): MentionIndex {
	const index = new MentionIndex();
	for (const [path, f] of findings) index.update(path, f);
	return index;
}
