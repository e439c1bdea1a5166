/**
 * A contact: one note's frontmatter and log read into plain data, with a diagnostic for
 * every value Tend could not use. Nothing here throws on bad input: a bad value is left out
 * and reported, and the rest of the contact still works (docs/note-format.md, "Errors and warnings").
 */
import { fromYmd, isValidYmd, parseIsoDay, type Day } from "./calendar";
import { parseCadence, type Cadence, type CadenceResult, type Span } from "./cadence";
import type { Diagnostic, Severity } from "./diagnostics";
import { resolveKey, yamlMayHold, type YamlProblem } from "./frontmatter";
import { frontmatterLines, type FrontmatterLines } from "./frontmatterLines";
import { digestOf, EMPTY_LOG, readLog, readLogDigest, type LogDigest, type Touchpoint } from "./log";
import type { KeyNames, TendSettings } from "./settings";
import { editDistance, foldName, letterMask, nearLimit, surelyFar } from "./similar";

export interface Commitment {
	/** Position in the promises list (zero-based), so a write can find the item again. */
	index: number;
	/**
	 * The item as the user typed it, always text: `- 2026-12-10 Intro re: data` is a YAML map,
	 * and is read back as the text `2026-12-10 Intro re: data`, never as a serialized object.
	 */
	raw: string;
	due: Day | null;
	what: string;
	/**
	 * Set for a task promise (an open task elsewhere in the vault that links the contact and
	 * has a due date, issue 10): the note and one-based line of the task, and the line's text
	 * so that "Mark kept" can check it still holds this task. Unset for the contact note's own
	 * promises; `index` then counts only those.
	 */
	source?: { path: string; line: number; text: string };
}

export interface MonthDay {
	month: number;
	day: number;
	/** The year, when known (`1985-03-14`); null for `--03-14` or `03-14`. */
	year: number | null;
}

export interface YearlyDate extends MonthDay {
	label: string;
}

export interface BusyPeriod {
	start: MonthDay;
	end: MonthDay;
	/** Recurs every year (`12-20..01-05`), or a one-off period with full dates. */
	yearly: boolean;
	label: string;
}

/**
 * Why a contact is not scheduled: no tier; a tier that is not in the settings; a tier value
 * that is not one name (a list); a tier whose cadence in the settings does not parse; or
 * frontmatter that does not parse (so no tier could be read).
 */
export type UntrackedReason = "no-tier" | "unknown-tier" | "bad-tier" | "tier-cadence" | "broken-frontmatter";

/** A dated note that names the contact (a daily note's `[[Ada Lovelace]]`): a contact too. */
export interface Mention {
	day: Day;
	/** The mentioning note, vault-relative. */
	path: string;
}

/**
 * One contact, compact: days are numbers, the tier's name and the cadence are the settings'
 * own (shared) values, lists are the frontmatter's own arrays when they need no cleaning, and
 * the log is a digest (src/core/log.ts), not its entries. At 20,000 contacts that is what keeps
 * the plugin's memory small; the few features that need every entry (a brief, the stats)
 * read the note's log on demand with `readContactLog`.
 */
export interface Contact {
	path: string;
	/** The note's base name: `People/Ada Lovelace.md` -> `Ada Lovelace`. */
	name: string;
	/** The tier's name as in settings, or null (no tier, or a tier not in settings). */
	tier: string | null;
	/** Position of the tier in settings (0 ranks first), or -1. */
	tierIndex: number;
	/** The cadence in force: the note's own `cadence`, else its tier's. */
	cadence: Cadence | null;
	/** The tier's positive rule, if any. */
	positiveEvery: Span | null;
	/** The `last_contact` property, when it is a valid date. */
	lastContactField: Day | null;
	/** What the due list needs of the touchpoint log; EMPTY_LOG until the note's text has been read. */
	log: LogDigest;
	/** Whether the log was read (the plugin shows a contact from its frontmatter first). */
	logRead: boolean;
	/**
	 * The newest dated note that mentions the contact, which counts as a last contact too.
	 * Null until mentions are read (a later change reads them).
	 */
	lastMention: Mention | null;
	promises: readonly Commitment[];
	snoozeUntil: Day | null;
	birthday: MonthDay | null;
	dates: readonly YearlyDate[];
	busy: readonly BusyPeriod[];
	interests: readonly string[];
	goals: readonly string[];
	offers: readonly string[];
	difficult: boolean;
	diagnostics: readonly Diagnostic[];
	/** Why the contact is not scheduled, or null when it is (optional for contacts built by hand). */
	untracked?: UntrackedReason | null;
	/**
	 * The first day on which one of the contact's warnings about a date in the future stops
	 * holding (the earliest such date), so the plugin reads the note again then; null when none.
	 */
	recheckOn?: Day | null;
}

export interface NoteInput {
	/** Vault-relative path with `/` separators. */
	path: string;
	/** Parsed frontmatter; null when the note has none or it does not parse. */
	frontmatter: Record<string, unknown> | null;
	/** Set when the frontmatter block exists but does not parse. */
	frontmatterProblem?: YamlProblem | null;
	/** The whole note, when read; null while only the metadata cache is known. */
	text: string | null;
	/** Offset of the body in `text` (after the frontmatter). */
	bodyStart: number;
}

export function baseName(path: string): string {
	const file = path.slice(path.lastIndexOf("/") + 1);
	return file.toLowerCase().endsWith(".md") ? file.slice(0, -3) : file;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
	if (typeof value === "string") return `"${value}"`;
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return String(value);
	}
}

/** Text of a scalar property (`tier: 1` is "1"); undefined when absent or empty. */
function scalarText(value: unknown): string | undefined | null {
	if (value === null || value === undefined) return undefined;
	if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	return null;
}

// A date, or an Obsidian date-time property whose day is taken as written.
const DATE_VALUE = /^(?:\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?:\]\])?$/;

/** Records a diagnostic; `line` is the note's one-based line, when known. */
type Report = (severity: Severity, message: string, line?: number) => void;

/**
 * Where a property's problems are: the reader of one property reports through this, so every
 * diagnostic carries the line of its key, or of the list item it is about.
 */
interface At {
	/** The property's key line. */
	key(severity: Severity, message: string): void;
	/** A list item's line (zero-based position in the list as written). */
	item(index: number, severity: Severity, message: string): void;
}

/** What a property's diagnostics need from the note: where to report, and its frontmatter's lines (scanned on the first diagnostic). */
interface NoteReport {
	report: Report;
	lines: () => FrontmatterLines | null;
}

/** The At of one property of a note. */
class PropertyAt implements At {
	constructor(
		private readonly name: string,
		private readonly note: NoteReport,
	) {}

	key(severity: Severity, message: string): void {
		this.note.report(severity, message, this.note.lines()?.keyLine(this.name));
	}

	item(index: number, severity: Severity, message: string): void {
		this.note.report(severity, message, this.note.lines()?.itemLine(this.name, index));
	}
}

/** A `YYYY-MM-DD` property value as a day; null (with a diagnostic) when it is not one. */
function readDay(value: unknown, key: string, at: At): Day | null {
	if (value === null || value === undefined) return null;
	if (typeof value !== "string") {
		at.key("warning", `${key} should be a date (YYYY-MM-DD), not ${show(value)}; it is ignored`);
		return null;
	}
	const text = value.trim();
	if (text === "") return null;
	return parseDateText(text, key, (severity, message) => at.key(severity, message));
}

/** A plain `YYYY-MM-DD` (the usual value) read from its characters; undefined for any other text. */
function plainDay(text: string): Day | null | undefined {
	if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
	let year = 0;
	let month = 0;
	let day = 0;
	for (let i = 0; i < 10; i++) {
		if (i === 4 || i === 7) continue;
		const d = text.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return undefined;
		if (i < 4) year = year * 10 + d;
		else if (i < 7) month = month * 10 + d;
		else day = day * 10 + d;
	}
	return isValidYmd(year, month, day) ? fromYmd(year, month, day) : null;
}

function parseDateText(text: string, what: string, report: Report): Day | null {
	const plain = plainDay(text);
	if (plain !== undefined) {
		if (plain === null) report("error", `${what} "${text}" is not a date that exists; it is ignored`);
		return plain;
	}
	const m = DATE_VALUE.exec(text);
	if (!m) {
		// Text of another shape is a warning; a date that does not exist (2026-02-30) is an error.
		report("warning", `${what} "${text}" is not a date (YYYY-MM-DD); it is ignored`);
		return null;
	}
	const day = parseIsoDay(m[1] ?? "");
	if (day === null) report("error", `${what} "${text}" is not a date that exists; it is ignored`);
	return day;
}

/**
 * A list item as the text the user typed. YAML reads `- Intro to Priya re: data platform`
 * as a one-key map (`{"Intro to Priya re": "data platform"}`), because of the ": "; nobody
 * means a map there, so the key and the value are joined back into the line as typed. Null
 * for anything else that is not text (a nested list, a map of several keys).
 */
export function itemText(item: unknown): string | null {
	if (typeof item === "string") return item.trim();
	if (typeof item === "number" || typeof item === "boolean") return String(item);
	if (!isRecord(item)) return null;
	const keys = Object.keys(item);
	if (keys.length !== 1) return null;
	const key = keys[0] as string;
	const value = item[key];
	if (value === null || value === undefined) return `${key.trim()}:`;
	if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
		const rest = String(value).trim();
		return rest === "" ? `${key.trim()}:` : `${key.trim()}: ${rest}`;
	}
	return null;
}

/**
 * Whether text carries a serialized object (`[object Object]`, or JSON such as
 * `{"a":"b"}`) rather than words a person wrote. The writers refuse such text, so a value
 * Tend misread is never written into a note.
 */
export function hasSerializedObject(text: string): boolean {
	return text.includes("[object Object]") || /\{\s*"[^"]*"\s*:/.test(text);
}

interface ListItem {
	value: unknown;
	/** Position in the list as written (empty items count), for the item's line and for writes. */
	index: number;
}

/** A list property; a single text value counts as a list of one. */
function readList(value: unknown, key: string, at: At): ListItem[] {
	if (value === null || value === undefined) return [];
	if (Array.isArray(value)) {
		const out: ListItem[] = [];
		value.forEach((v: unknown, index) => {
			if (v !== null && v !== undefined && v !== "") out.push({ value: v, index });
		});
		return out;
	}
	if (typeof value === "string") return value.trim() === "" ? [] : [{ value, index: 0 }];
	at.key("warning", `${key} should be a list, not ${show(value)}; it is ignored`);
	return [];
}

interface TextItem {
	text: string;
	index: number;
}

function readTextItems(value: unknown, key: string, at: At): TextItem[] {
	const out: TextItem[] = [];
	for (const item of readList(value, key, at)) {
		const text = itemText(item.value);
		if (text === null) at.item(item.index, "warning", `${key} has an item that is not text (${show(item.value)}); it is ignored`);
		else if (text !== "") out.push({ text, index: item.index });
	}
	return out;
}

const NO_TEXT: readonly string[] = Object.freeze([]);

/**
 * A list of text. A list of clean text items (non-empty, no white space around them), the
 * usual case, is the frontmatter's own array: the cache already holds it, so a contact costs
 * no copy of it. Tend never changes it.
 */
function readTextList(value: unknown, key: string, at: At): readonly string[] {
	if (value === null || value === undefined) return NO_TEXT;
	if (Array.isArray(value)) {
		let clean = true;
		for (let i = 0; i < value.length && clean; i++) {
			const item: unknown = value[i];
			clean = typeof item === "string" && item !== "" && item.trim() === item;
		}
		if (clean) return value.length === 0 ? NO_TEXT : (value as string[]);
	}
	const items = readTextItems(value, key, at);
	return items.length === 0 ? NO_TEXT : items.map((i) => i.text);
}

/** `{due: 2026-12-01, what: Send the deck}`, as opposed to a one-key map that is really a line of text. */
function isStructuredPromise(item: Record<string, unknown>): boolean {
	const keys = Object.keys(item);
	return keys.length > 1 || (keys.length === 1 && /^(?:due|date|what)$/.test(keys[0] as string));
}

const LEADING_DATE = /^(\d{4}-\d{2}-\d{2})(?:[ \t]*(?:—|–|-|:)?[ \t]+|$)(.*)$/;

function readPromises(value: unknown, key: string, at: At): Commitment[] {
	const out: Commitment[] = [];
	if (value === null || value === undefined) return out;
	const items = Array.isArray(value) ? (value as unknown[]) : typeof value === "string" ? [value] : null;
	if (items === null) {
		at.key("warning", `${key} should be a list of "YYYY-MM-DD what was promised", not ${show(value)}; it is ignored`);
		return out;
	}
	if (!Array.isArray(value)) at.key("warning", `${key} should be a list; the single value is read as one promise`);
	items.forEach((item, index) => {
		if (item === null || item === undefined || item === "") return;
		const report: Report = (severity, message) => at.item(index, severity, message);
		if (isRecord(item) && isStructuredPromise(item)) {
			// Also accept `- due: 2026-12-01` / `  what: Send the deck`. Its text is written as
			// the one-line form of the same promise, never as a serialized object.
			const dueValue = item.due ?? item.date;
			const what = typeof item.what === "string" ? item.what.trim() : "";
			if (typeof dueValue !== "string" && dueValue !== undefined && dueValue !== null) {
				report("warning", `${key} item ${index + 1} is not text (${show(item)}); it is ignored`);
				return;
			}
			if (dueValue === undefined || dueValue === null) {
				if (what === "") {
					report("warning", `${key} item ${index + 1} is not text (${show(item)}); it is ignored`);
					return;
				}
				report("warning", `${key} item ${index + 1} has no date: "${what}"`);
				out.push({ index, raw: what, due: null, what });
				return;
			}
			const due = parseDateText(dueValue.trim(), `${key} item ${index + 1}: date`, report);
			out.push({ index, raw: what === "" ? dueValue.trim() : `${dueValue.trim()} ${what}`, due, what });
			return;
		}
		// `- 2026-12-02: Send the deck` and `- 2026-12-10 Intro re: data` are one-key maps in
		// YAML; itemText gives back the line as typed.
		const text = typeof item === "number" || typeof item === "boolean" ? null : itemText(item);
		if (text === null) {
			report("warning", `${key} item ${index + 1} is not text (${show(item)}); it is ignored`);
			return;
		}
		const raw = text;
		const m = LEADING_DATE.exec(raw);
		if (!m) {
			report("warning", `promise without a date: "${raw}" (write it as "YYYY-MM-DD ${raw}")`);
			out.push({ index, raw, due: null, what: raw });
			return;
		}
		const due = parseIsoDay(m[1] ?? "");
		if (due === null) report("error", `promise "${raw}": ${m[1] ?? ""} is not a date that exists`);
		out.push({ index, raw, due, what: (m[2] ?? "").trim() });
	});
	return out;
}

// `1985-03-14`, `--03-14`, `03-14`.
const MONTH_DAY = /^(?:(\d{4})-|--)?(\d{2})-(\d{2})$/;

function readMonthDay(text: string, what: string, report: Report): MonthDay | null {
	const m = MONTH_DAY.exec(text.trim());
	if (!m) {
		report("warning", `${what} "${text}" is not a date (YYYY-MM-DD, --MM-DD or MM-DD); it is ignored`);
		return null;
	}
	const year = m[1] ? Number(m[1]) : null;
	const month = Number(m[2]);
	const day = Number(m[3]);
	// Without a year, February 29 exists (a leap-day birthday).
	if (!isValidYmd(year ?? 2000, month, day)) {
		report("error", `${what} "${text}" is not a date that exists; it is ignored`);
		return null;
	}
	return { year, month, day };
}

function readBirthday(value: unknown, key: string, at: At, today: Day | null): MonthDay | null {
	const text = scalarText(value);
	if (text === undefined) return null;
	if (text === null) {
		at.key("warning", `${key} should be a date, not ${show(value)}; it is ignored`);
		return null;
	}
	const md = readMonthDay(text, key, (severity, message) => at.key(severity, message));
	// A birth date after today is a typo (2030 for 1980?): the day still reminds, but no age
	// is given (the schedule gives one only for a positive number of years).
	if (md && md.year !== null && today !== null && fromYmd(md.year, md.month, md.day) > today) {
		at.key("warning", `${key} ${text} is in the future; its day still reminds you, but no age is given`);
	}
	return md;
}

const DATED_LABEL = /^((?:\d{4}-)?\d{2}-\d{2})(?:[ \t]*(?:—|–|-|:)?[ \t]+(.*))?$/;

function readYearlyDates(value: unknown, key: string, at: At): YearlyDate[] {
	const out: YearlyDate[] = [];
	for (const { text: item, index } of readTextItems(value, key, at)) {
		const report: Report = (severity, message) => at.item(index, severity, message);
		const m = DATED_LABEL.exec(item);
		if (!m) {
			report("warning", `${key} item "${item}" should look like "MM-DD label" or "YYYY-MM-DD label"; it is ignored`);
			continue;
		}
		const md = readMonthDay(m[1] ?? "", `${key} item`, report);
		// Written out, not spread: V8 gives a spread copy of a MonthDay whose year is null in one
		// note and a number in the next a hidden class of its own (about 45 bytes each).
		if (md) out.push({ year: md.year, month: md.month, day: md.day, label: (m[2] ?? "").trim() });
	}
	return out;
}

const BUSY = /^((?:\d{4}-)?\d{2}-\d{2})[ \t]*(?:\.\.|–|—)[ \t]*((?:\d{4}-)?\d{2}-\d{2})(?:[ \t]+(.*))?$/;

function readBusy(value: unknown, key: string, at: At): BusyPeriod[] {
	const out: BusyPeriod[] = [];
	for (const { text: item, index } of readTextItems(value, key, at)) {
		const report: Report = (severity, message) => at.item(index, severity, message);
		const m = BUSY.exec(item);
		if (!m) {
			report("warning", `${key} item "${item}" should look like "MM-DD..MM-DD label"; it is ignored`);
			continue;
		}
		const start = readMonthDay(m[1] ?? "", `${key} start`, report);
		const end = readMonthDay(m[2] ?? "", `${key} end`, report);
		if (!start || !end) continue;
		const yearly = start.year === null && end.year === null;
		if (!yearly && (start.year === null || end.year === null)) {
			report("warning", `${key} item "${item}" mixes a full date with a month-day; write both as MM-DD or both as YYYY-MM-DD`);
			continue;
		}
		if (!yearly && parseIsoDay(m[1] ?? "")! > parseIsoDay(m[2] ?? "")!) {
			report("warning", `${key} item "${item}" ends before it starts; it is ignored`);
			continue;
		}
		out.push({ start, end, yearly, label: (m[3] ?? "").trim() });
	}
	return out;
}

function readFlag(value: unknown, key: string, at: At): boolean {
	if (value === null || value === undefined || value === "") return false;
	if (typeof value === "boolean") return value;
	if (typeof value === "string") {
		const t = value.trim().toLowerCase();
		if (t === "true" || t === "yes") return true;
		if (t === "false" || t === "no") return false;
	}
	at.key("warning", `${key} should be a checkbox (true or false), not ${show(value)}; it is ignored`);
	return false;
}

/**
 * Properties many vaults use for their own purposes, which are never a near miss of one of
 * Tend's (`date` is one letter from `dates`, and is usually the note's creation date).
 */
const COMMON_PROPERTIES: ReadonlySet<string> = new Set(["date", "tags", "tag", "aliases", "alias", "cssclasses", "cssclass", "title", "created", "updated", "modified", "publish", "permalink", "status"]);

/** A key folded for comparison: case, accents, spaces, `_`, `-` and `.` do not count. */
function foldKey(key: string): string {
	return foldName(key).replace(/[\s_.-]+/g, "");
}

interface NearNames {
	names: { name: string; folded: string; limit: number; mask: number }[];
	known: Set<string>;
	/** For each frontmatter key seen: the property names it is a near miss of, closest first. */
	byKey: Map<string, readonly string[]>;
}

// Vaults repeat the same few keys in every note, so each key is compared with Tend's names
// once per set of names, not once per note (this runs on every contact the plugin reads from
// the cache). Bounded, so a vault of unique keys cannot grow it without end.
const nearCache = new Map<string, NearNames>();
const NEAR_KEYS_KEPT = 5000;
const NONE: readonly string[] = [];

function nearNamesFor(names: KeyNames): NearNames {
	const all = Object.values(names) as string[];
	const signature = all.join("\u0000");
	let entry = nearCache.get(signature);
	if (!entry) {
		if (nearCache.size >= 8) nearCache.clear();
		const unique = [...new Set(all)];
		entry = {
			names: unique.map((name) => {
				const folded = foldKey(name);
				return { name, folded, limit: nearLimit(folded), mask: letterMask(folded) };
			}),
			known: new Set(all.map((n) => n.toLowerCase())),
			byKey: new Map(),
		};
		nearCache.set(signature, entry);
	}
	return entry;
}

function nearNames(entry: NearNames, key: string): readonly string[] {
	let hit = entry.byKey.get(key);
	if (hit !== undefined) return hit;
	hit = NONE;
	const lower = key.toLowerCase();
	const fk = entry.known.has(lower) || COMMON_PROPERTIES.has(lower) ? "" : foldKey(key);
	if (fk !== "") {
		const found: { name: string; d: number }[] = [];
		const mask = letterMask(fk);
		for (const w of entry.names) {
			if (fk !== w.folded && (w.limit === 0 || Math.abs(fk.length - w.folded.length) > w.limit || surelyFar(mask, w.mask, w.limit))) continue;
			const d = fk === w.folded ? 0 : editDistance(fk, w.folded, w.limit);
			if (d <= w.limit) found.push({ name: w.name, d });
		}
		if (found.length > 0) hit = found.sort((a, b) => a.d - b.d).map((f) => f.name);
	}
	if (entry.byKey.size >= NEAR_KEYS_KEPT) entry.byKey.clear();
	entry.byKey.set(key, hit);
	return hit;
}

/**
 * Keys that look like one of Tend's property names but are not it (`teir`, `last-contacted`
 * when the setting says `last_contact`, `"Tier "` with a space): Tend does not read them, so
 * the user's value is silently unused unless Tend says so. A key is checked only when the
 * property it resembles is missing from the note.
 */
function nearMissKeys(keys: readonly string[], entry: NearNames, present: (name: string) => boolean): { key: string; wanted: string }[] {
	let out: { key: string; wanted: string }[] | null = null;
	for (const key of keys) {
		const near = nearNames(entry, key);
		if (near.length === 0) continue;
		const wanted = near.find((name) => !present(name));
		if (wanted !== undefined) (out ??= []).push({ key, wanted });
	}
	return out ?? [];
}

/** The settings' key names in the order of KEY_FIELDS. */
const KEY_FIELDS = ["tier", "cadence", "lastContact", "promises", "snoozeUntil", "birthday", "dates", "busy", "interests", "goals", "offers", "difficult", "type"] as const;
const F_TIER = 0;
const F_CADENCE = 1;
const F_LAST = 2;
const F_PROMISES = 3;
const F_SNOOZE = 4;
const F_BIRTHDAY = 5;
const F_DATES = 6;
const F_BUSY = 7;
const F_INTERESTS = 8;
const F_GOALS = 9;
const F_OFFERS = 10;
const F_DIFFICULT = 11;

/**
 * The settings' key names ready for one pass over a note's keys: which fields each exact name
 * and each lower-cased name stands for. Built once per set of names (the settings tab edits
 * the names in place, so a table is checked against the names it was made from).
 */
interface KeyTable {
	names: string[];
	exact: Map<string, number[]>;
	lower: Map<string, number[]>;
	near: NearNames;
}

const keyTables = new WeakMap<KeyNames, KeyTable>();

function keyTable(keys: KeyNames): KeyTable {
	const cached = keyTables.get(keys);
	if (cached && KEY_FIELDS.every((f, i) => keys[f] === cached.names[i])) return cached;
	const names = KEY_FIELDS.map((f) => keys[f]);
	const exact = new Map<string, number[]>();
	const lower = new Map<string, number[]>();
	names.forEach((name, f) => {
		exact.set(name, [...(exact.get(name) ?? []), f]);
		const l = name.toLowerCase();
		lower.set(l, [...(lower.get(l) ?? []), f]);
	});
	const table = { names, exact, lower, near: nearNamesFor(keys) };
	keyTables.set(keys, table);
	return table;
}

/**
 * For each of Tend's properties, the note's key that holds it, by `resolveKey`'s rule (the
 * exact name, else the one key that matches it in another case, else the name itself), in
 * one pass over the note's keys instead of one pass per property. `held[f]` says whether the
 * note has that key at all: a property the note lacks is then never looked up on its
 * frontmatter object. (Most contacts hold a few of Tend's properties, and the lookup of a key
 * an object lacks searches its prototype too: it was a third of reading a contact at
 * start-up. It would also find `constructor` on any object.)
 */
function resolveKeys(keys: readonly string[], table: KeyTable): { resolved: string[]; held: boolean[] } {
	const resolved = table.names.slice();
	// 0: nothing yet, 1: the exact name, 2: one key in another case, 3: several.
	const state = new Array<number>(resolved.length).fill(0);
	for (const key of keys) {
		const exact = table.exact.get(key);
		if (exact) for (const f of exact) state[f] = 1;
		const others = table.lower.get(key.toLowerCase());
		if (!others) continue;
		for (const f of others) {
			if (key === table.names[f]) continue;
			const st = state[f] as number;
			if (st === 0) {
				state[f] = 2;
				resolved[f] = key;
			} else if (st === 2) state[f] = 3;
		}
	}
	const held = new Array<boolean>(resolved.length);
	for (let f = 0; f < resolved.length; f++) {
		const st = state[f] as number;
		if (st === 3 || st === 1) resolved[f] = table.names[f] as string;
		held[f] = st === 1 || st === 2;
	}
	return { resolved, held };
}

// A vault has a handful of cadence texts (the tiers', a few overrides) and thousands of
// contacts: each text is parsed once, and contacts share the parsed cadence.
const cadences = new Map<string, CadenceResult>();

function cadenceOf(text: string): CadenceResult {
	let result = cadences.get(text);
	if (result === undefined) {
		if (cadences.size >= 1000) cadences.clear();
		result = parseCadence(text);
		cadences.set(text, result);
	}
	return result;
}

const NO_DIAGNOSTICS: readonly Diagnostic[] = Object.freeze([]);
const NO_PROMISES: readonly Commitment[] = Object.freeze([]);
const NO_DATES: readonly YearlyDate[] = Object.freeze([]);
const NO_BUSY: readonly BusyPeriod[] = Object.freeze([]);

/**
 * Reads one contact note. `today` is used only to warn about dates in the future; pass null
 * to skip that check.
 *
 * Every diagnostic about a property carries the note line of its key (or of the list item it
 * is about) when the note's text is known; from the metadata cache alone the line is unknown
 * until the text has been read. The lines come from a line scan of the frontmatter, done only
 * when a diagnostic needs one.
 *
 * With the text, the log is read into a digest (`readLogDigest`); `readContactLog` gives the
 * full entries of the same note.
 */
export function readContact(input: NoteInput, settings: TendSettings, today: Day | null): Contact {
	let diagnostics: Diagnostic[] | null = null;
	const report: Report = (severity, message, line) =>
		(diagnostics ??= []).push(line === undefined ? { path: input.path, severity, message } : { path: input.path, severity, line, message });
	if (input.frontmatterProblem) {
		(diagnostics ??= []).push({
			path: input.path,
			severity: "error",
			line: input.frontmatterProblem.line,
			message: `frontmatter does not parse (line ${input.frontmatterProblem.line}): ${input.frontmatterProblem.message}`,
		});
	}
	const fm = input.frontmatter ?? {};
	const keys = Object.keys(fm);
	const table = keyTable(settings.keys);
	const { resolved, held } = resolveKeys(keys, table);
	let scanned: FrontmatterLines | null = null;
	const lines = (): FrontmatterLines | null => {
		if (input.text === null || input.frontmatter === null) return null;
		scanned ??= frontmatterLines(input.text, input.bodyStart);
		return scanned;
	};
	const note: NoteReport = { report, lines };
	// One small object per property read (this runs for every contact at start-up).
	const at = (key: string): At => new PropertyAt(key, note);
	const keyOf = (f: number) => resolved[f] as string;
	const valueOf = (f: number): unknown => (held[f] ? fm[resolved[f] as string] : undefined);
	let recheckOn: Day | null = null;
	const recheck = (d: Day) => {
		if (recheckOn === null || d < recheckOn) recheckOn = d;
	};

	// Tier and cadence.
	let tier: string | null = null;
	let tierIndex = -1;
	const tierKey = keyOf(F_TIER);
	const tierValue = valueOf(F_TIER);
	const tierText = scalarText(tierValue);
	if (tierText === null) {
		at(tierKey).key("warning", `${tierKey} should be one tier name, not ${show(tierValue)}; the contact is not tracked`);
	} else if (tierText !== undefined) {
		// Values compare as text (`tier: 1` is the tier "1"). YAML has already turned `01` or
		// `1.0` into the number 1, as Obsidian does, so a number also matches a tier whose name
		// is that number.
		let index = settings.tiers.findIndex((t) => t.name === tierText);
		if (index === -1 && typeof tierValue === "number") {
			index = settings.tiers.findIndex((t) => t.name.trim() !== "" && Number(t.name) === tierValue);
		}
		if (index === -1) {
			const names = settings.tiers.map((t) => t.name).join(", ");
			at(tierKey).key("error", `${tierKey} "${tierText}" is not a tier in settings (${names}); the contact is not tracked`);
		} else {
			tierIndex = index;
			tier = settings.tiers[index]?.name ?? null;
		}
	}
	const tierSetting = tierIndex >= 0 ? settings.tiers[tierIndex] : undefined;
	let cadence: Cadence | null = null;
	if (tierSetting) {
		const parsed = cadenceOf(tierSetting.cadence);
		if (parsed.ok) cadence = parsed.cadence;
		else at(tierKey).key("error", `the settings' tier "${tierSetting.name}" has no usable cadence (${parsed.error}); fix it in Tend's settings`);
	}
	const cadenceKey = keyOf(F_CADENCE);
	const cadenceValue = valueOf(F_CADENCE);
	const cadenceText = scalarText(cadenceValue);
	if (cadenceText === null) {
		at(cadenceKey).key("warning", `${cadenceKey} should be text like 6w, not ${show(cadenceValue)}; the tier's cadence is used`);
	} else if (cadenceText !== undefined) {
		const parsed = cadenceOf(cadenceText);
		if (parsed.ok) cadence = tierSetting ? parsed.cadence : cadence;
		else at(cadenceKey).key("error", `${cadenceKey}: ${parsed.error}${tierSetting && cadence ? "; the tier's cadence is used" : ""}`);
	}
	let positiveEvery: Span | null = null;
	if (tierSetting && tierSetting.positiveEvery.trim() !== "") {
		const rule = cadenceOf(tierSetting.positiveEvery);
		if (rule.ok) positiveEvery = rule.cadence.max;
		else {
			// loadSettings drops such a rule (and reports it); settings built another way must
			// not lose the rule in silence either.
			at(tierKey).key("error", `the settings' tier "${tierSetting.name}" has a positive rule that does not parse (${rule.error}); no rule is used until it is fixed in Tend's settings`);
		}
	}

	const lastKey = keyOf(F_LAST);
	const lastValue = valueOf(F_LAST);
	const lastContactField = readDay(lastValue, lastKey, at(lastKey));
	if (lastContactField !== null && today !== null && lastContactField > today) {
		at(lastKey).key("warning", `${lastKey} ${String(lastValue).trim()} is in the future`);
		recheck(lastContactField);
	}
	const snoozeKey = keyOf(F_SNOOZE);
	const snoozeUntil = readDay(valueOf(F_SNOOZE), snoozeKey, at(snoozeKey));

	const promisesValue = valueOf(F_PROMISES);
	const promises = promisesValue === undefined || promisesValue === null ? NO_PROMISES : readPromises(promisesValue, keyOf(F_PROMISES), at(keyOf(F_PROMISES)));
	const birthdayValue = valueOf(F_BIRTHDAY);
	const birthday = birthdayValue === undefined || birthdayValue === null ? null : readBirthday(birthdayValue, keyOf(F_BIRTHDAY), at(keyOf(F_BIRTHDAY)), today);
	if (birthday && birthday.year !== null && today !== null) {
		const born = fromYmd(birthday.year, birthday.month, birthday.day);
		if (born > today) recheck(born);
	}
	const datesValue = valueOf(F_DATES);
	const dates = datesValue === undefined || datesValue === null ? NO_DATES : readYearlyDates(datesValue, keyOf(F_DATES), at(keyOf(F_DATES)));
	const busyValue = valueOf(F_BUSY);
	const busy = busyValue === undefined || busyValue === null ? NO_BUSY : readBusy(busyValue, keyOf(F_BUSY), at(keyOf(F_BUSY)));
	const list = (f: number) => {
		const value = valueOf(f);
		return value === undefined || value === null ? NO_TEXT : readTextList(value, keyOf(f), at(keyOf(f)));
	};
	const interests = list(F_INTERESTS);
	const goals = list(F_GOALS);
	const offers = list(F_OFFERS);
	const difficultValue = valueOf(F_DIFFICULT);
	const difficult = difficultValue === undefined ? false : readFlag(difficultValue, keyOf(F_DIFFICULT), at(keyOf(F_DIFFICULT)));

	if (keys.length > 0) {
		const present = (name: string) => {
			const fields = table.exact.get(name);
			return fields !== undefined && valueOf(fields[0] as number) !== undefined;
		};
		for (const miss of nearMissKeys(keys, table.near, present)) {
			at(miss.key).key("warning", `\`${miss.key}\` is not a property Tend reads; did you mean \`${miss.wanted}\`?`);
		}
	}

	let untracked: UntrackedReason | null = null;
	if (input.frontmatterProblem) untracked = "broken-frontmatter";
	else if (tierText === undefined) untracked = "no-tier";
	else if (tierText === null) untracked = "bad-tier";
	else if (!tierSetting) untracked = "unknown-tier";
	else if (cadence === null) untracked = "tier-cadence";

	let log = EMPTY_LOG;
	if (input.text !== null) {
		const read = readLogDigest(input.path, input.text, input.bodyStart, settings, today);
		log = read.log;
		if (read.diagnostics.length > 0) (diagnostics ??= []).push(...read.diagnostics);
		if (read.recheckOn !== null) recheck(read.recheckOn);
	}

	return {
		path: input.path,
		name: baseName(input.path),
		tier,
		tierIndex,
		// A tier whose settings cadence is broken leaves the contact untracked (reported above)
		// unless the note has its own cadence.
		cadence: tierSetting ? cadence : null,
		positiveEvery,
		lastContactField,
		log,
		logRead: input.text !== null,
		lastMention: null,
		promises: fitted(promises),
		snoozeUntil,
		birthday,
		dates: fitted(dates),
		busy: fitted(busy),
		interests,
		goals,
		offers,
		difficult,
		diagnostics: diagnostics ? fitted(diagnostics) : NO_DIAGNOSTICS,
		untracked,
		recheckOn,
	};
}

/**
 * A list at its own length, to keep. An array filled by `push` keeps room for 17 elements
 * (152 bytes) however few it holds, and a contact's lists live as long as the plugin runs:
 * at 5,000 contacts their spare room was a tenth of the index's memory.
 */
export function fitted<T>(list: readonly T[]): readonly T[] {
	return list.length === 0 ? list : list.slice();
}

/**
 * `earlier` (what `readContact` gave for this note without its text) with the note's log
 * read from `text`: the same Contact `readContact` gives with the text, for the same
 * frontmatter, settings and day, without reading the properties again. Null when the
 * properties had diagnostics: with the text they get their lines, so the caller reads it all.
 */
export function withLogOf(earlier: Contact, text: string, bodyStart: number, settings: TendSettings, today: Day | null): Contact | null {
	if (earlier.logRead || earlier.diagnostics.length > 0) return null;
	const read = readLogDigest(earlier.path, text, bodyStart, settings, today);
	const before = earlier.recheckOn ?? null;
	const recheckOn = read.recheckOn === null || (before !== null && before <= read.recheckOn) ? before : read.recheckOn;
	return { ...earlier, log: read.log, logRead: true, diagnostics: read.diagnostics.length > 0 ? fitted(read.diagnostics) : NO_DIAGNOSTICS, recheckOn };
}

/**
 * A contact note with every entry of its log, for what needs them all (a brief, the stats):
 * the same contact `readContact` gives, and the entries `readLog` reads from the same text.
 */
export function readContactLog(input: NoteInput & { text: string }, settings: TendSettings, today: Day | null): { contact: Contact; touchpoints: Touchpoint[] } {
	const contact = readContact(input, settings, today);
	const touchpoints = readLog(input.path, input.text, input.bodyStart, settings, today).touchpoints;
	return { contact, touchpoints };
}

/** A contact with the digest of entries known some other way (tests, a contact built by hand). */
export function withEntries(contact: Contact, touchpoints: readonly Touchpoint[], settings: Pick<TendSettings, "logOrder">): Contact {
	return { ...contact, log: digestOf(touchpoints, settings), logRead: true };
}

function tagMatches(tag: string, wanted: string): boolean {
	const t = tag.replace(/^#/, "").toLowerCase();
	return t === wanted || t.startsWith(`${wanted}/`);
}

/** One `tags` value: a tag, or several separated by spaces or commas. */
function textHasTag(text: string, wanted: string): boolean {
	if (!SEPARATOR.test(text)) return text !== "" && tagMatches(text, wanted);
	return text.split(SEPARATORS).some((s) => s !== "" && tagMatches(s, wanted));
}

const SEPARATOR = /[\s,]/;
const SEPARATORS = /[\s,]+/;

/** Whether the frontmatter's `tags` (or `tag`, in any case) holds the tag; most notes' do not, and this allocates nothing for them. */
function frontmatterHasTag(fm: Record<string, unknown>, wanted: string): boolean {
	for (const key in fm) {
		if ((key.length !== 3 && key.length !== 4) || !Object.prototype.hasOwnProperty.call(fm, key)) continue;
		const lower = key.toLowerCase();
		if (lower !== "tags" && lower !== "tag") continue;
		const value = fm[key];
		if (Array.isArray(value)) {
			for (const item of value) if (typeof item === "string" && textHasTag(item, wanted)) return true;
		} else if (typeof value === "string" && textHasTag(value, wanted)) return true;
	}
	return false;
}

function typeMatches(value: unknown, wanted: string): boolean {
	const items = Array.isArray(value) ? value : [value];
	return items.some((item) => typeof item === "string" && item.trim().replace(/^\[\[(.*)\]\]$/, "$1").toLowerCase() === wanted);
}

/** The folder setting as a path prefix: `People` -> `People/`; empty stays empty. */
export function folderPrefix(folder: string): string {
	const trimmed = folder.trim().replace(/^\/+|\/+$/g, "");
	return trimmed === "" ? "" : `${trimmed}/`;
}

/** A note's inline tags: the tag names, or the metadata cache's tag entries (`{tag: "#contact"}`). */
export type InlineTags = readonly string[] | readonly { tag: string }[];

interface ContactRule {
	contactsFolder: string;
	contactTag: string;
	contactType: string;
	typeKey: string;
	prefix: string;
	tag: string;
	type: string;
}

let lastRule: ContactRule | null = null;

/** The settings' three rules, trimmed once (checked against the settings they came from). */
function ruleOf(settings: TendSettings): ContactRule {
	const r = lastRule;
	if (r && r.contactsFolder === settings.contactsFolder && r.contactTag === settings.contactTag && r.contactType === settings.contactType && r.typeKey === settings.keys.type) return r;
	lastRule = {
		contactsFolder: settings.contactsFolder,
		contactTag: settings.contactTag,
		contactType: settings.contactType,
		typeKey: settings.keys.type,
		prefix: folderPrefix(settings.contactsFolder),
		tag: settings.contactTag.trim().replace(/^#/, "").toLowerCase(),
		type: settings.contactType.trim().toLowerCase(),
	};
	return lastRule;
}

/**
 * Whether a note's frontmatter could make it a contact (its tags or its type), from the YAML
 * source alone: false means that whatever it parses to, isContactNote with it says the same as
 * with no frontmatter, so a reader that needs nothing else from the properties can skip the
 * parse (yamlMayHold says when that is exact).
 */
export function frontmatterMayMakeContact(source: string, settings: TendSettings): boolean {
	const rule = ruleOf(settings);
	return yamlMayHold(source, [rule.tag, rule.type]);
}

/**
 * Whether a note is a contact: under the contacts folder (case-sensitive, subfolders
 * included), tagged with the contact tag (frontmatter or inline, any case, nested tags
 * count), or with `type: contact`. Each rule is off when its setting is empty. It runs for
 * every note of the vault when the plugin starts and on every change, so it allocates nothing
 * for a note that is not a contact.
 */
export function isContactNote(path: string, frontmatter: Record<string, unknown> | null, inlineTags: InlineTags, settings: TendSettings): boolean {
	const rule = ruleOf(settings);
	if (rule.prefix !== "" && path.startsWith(rule.prefix)) return true;
	if (rule.tag !== "") {
		for (const t of inlineTags) if (tagMatches(typeof t === "string" ? t : t.tag, rule.tag)) return true;
		if (frontmatter && frontmatterHasTag(frontmatter, rule.tag)) return true;
	}
	if (rule.type !== "" && frontmatter) {
		const key = resolveKey(Object.keys(frontmatter), rule.typeKey);
		if (typeMatches(frontmatter[key], rule.type)) return true;
	}
	return false;
}
