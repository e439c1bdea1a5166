/**
 * A contact: one note's frontmatter and log read into plain data, with a diagnostic for
 * every value Tend could not use. Nothing here throws on bad input: a bad value is left out
 * and reported, and the rest of the contact still works (DESIGN.md, "Contact notes").
 */
// @ts-nocheck

import { fromYmd, isValidYmd, parseIsoDay, type Day } from "./calendar";
import { parseCadence, type Cadence, type Span } from "./cadence";
import type { Diagnostic, Severity } from "./diagnostics";
import { resolveKey, type YamlProblem } from "./frontmatter";
import { frontmatterLines, type FrontmatterLines } from "./frontmatterLines";
import { readLog, type Touchpoint } from "./log";
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
	/** Log entries in note order. Empty until the note's text has been read. */
	touchpoints: Touchpoint[];
	/** Whether the log was read (the plugin shows a contact from its frontmatter first). */
	logRead: boolean;
	promises: Commitment[];
	snoozeUntil: Day | null;
	birthday: MonthDay | null;
	dates: YearlyDate[];
	busy: BusyPeriod[];
	interests: string[];
	goals: string[];
	offers: string[];
	difficult: boolean;
	diagnostics: Diagnostic[];
	/** Why the contact is not scheduled, or null when it is (optional for contacts built by hand). */
	untracked?: UntrackedReason | null;
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

function parseDateText(text: string, what: string, report: Report): Day | null {
	const m = DATE_VALUE.exec(text);
	if (!m) {
		// Text of another shape is a warning; a date that does not exist is an error (DESIGN.md).
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

function readTextList(value: unknown, key: string, at: At): string[] {
	return readTextItems(value, key, at).map((i) => i.text);
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
		if (md) out.push({ ...md, label: (m[2] ?? "").trim() });
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
function nearMissKeys(keys: readonly string[], names: KeyNames, present: (name: string) => boolean): { key: string; wanted: string }[] {
	const entry = nearNamesFor(names);
	let out: { key: string; wanted: string }[] | null = null;
	for (const key of keys) {
		const near = nearNames(entry, key);
		if (near.length === 0) continue;
		const wanted = near.find((name) => !present(name));
		if (wanted !== undefined) (out ??= []).push({ key, wanted });
	}
	return out ?? [];
}

/**
 * Reads one contact note. `today` is used only to warn about dates in the future; pass null
 * to skip that check.
 *
 * Every diagnostic about a property carries the note line of its key (or of the list item it
 * is about) when the note's text is known; from the metadata cache alone the line is unknown
 * until the text has been read. The lines come from a line scan of the frontmatter, done only
 * when a diagnostic needs one.
 */
export function readContact(input: NoteInput, settings: TendSettings, today: Day | null): Contact {
	const diagnostics: Diagnostic[] = [];
	const report: Report = (severity, message, line) =>
		diagnostics.push(line === undefined ? { path: input.path, severity, message } : { path: input.path, severity, line, message });
	if (input.frontmatterProblem) {
		diagnostics.push({
			path: input.path,
			severity: "error",
			line: input.frontmatterProblem.line,
			message: `frontmatter does not parse (line ${input.frontmatterProblem.line}): ${input.frontmatterProblem.message}`,
		});
	}
	const fm = input.frontmatter ?? {};
	const keys = Object.keys(fm);
	const k = settings.keys;
	let scanned: FrontmatterLines | null = null;
	const lines = (): FrontmatterLines | null => {
		if (input.text === null || input.frontmatter === null) return null;
		scanned ??= frontmatterLines(input.text, input.bodyStart);
		return scanned;
	};
	const at = (key: string): At => ({
		key: (severity, message) => report(severity, message, lines()?.keyLine(key)),
		item: (index, severity, message) => report(severity, message, lines()?.itemLine(key, index)),
	});
	const get = (name: string): { key: string; value: unknown; at: At } => {
		const key = resolveKey(keys, name);
		return { key, value: fm[key], at: at(key) };
	};

	// Tier and cadence.
	let tier: string | null = null;
	let tierIndex = -1;
	const tierProp = get(k.tier);
	const tierText = scalarText(tierProp.value);
	if (tierText === null) {
		tierProp.at.key("warning", `${tierProp.key} should be one tier name, not ${show(tierProp.value)}; the contact is not tracked`);
	} else if (tierText !== undefined) {
		// Values compare as text (`tier: 1` is the tier "1"). YAML has already turned `01` or
		// `1.0` into the number 1, as Obsidian does, so a number also matches a tier whose name
		// is that number.
		let index = settings.tiers.findIndex((t) => t.name === tierText);
		if (index === -1 && typeof tierProp.value === "number") {
			index = settings.tiers.findIndex((t) => t.name.trim() !== "" && Number(t.name) === tierProp.value);
		}
		if (index === -1) {
			const names = settings.tiers.map((t) => t.name).join(", ");
			tierProp.at.key("error", `${tierProp.key} "${tierText}" is not a tier in settings (${names}); the contact is not tracked`);
		} else {
			tierIndex = index;
			tier = settings.tiers[index]?.name ?? null;
		}
	}
	const tierSetting = tierIndex >= 0 ? settings.tiers[tierIndex] : undefined;
	let cadence: Cadence | null = null;
	if (tierSetting) {
		const parsed = parseCadence(tierSetting.cadence);
		if (parsed.ok) cadence = parsed.cadence;
		else tierProp.at.key("error", `the settings' tier "${tierSetting.name}" has no usable cadence (${parsed.error}); fix it in Tend's settings`);
	}
	const cadenceProp = get(k.cadence);
	const cadenceText = scalarText(cadenceProp.value);
	if (cadenceText === null) {
		cadenceProp.at.key("warning", `${cadenceProp.key} should be text like 6w, not ${show(cadenceProp.value)}; the tier's cadence is used`);
	} else if (cadenceText !== undefined) {
		const parsed = parseCadence(cadenceText);
		if (parsed.ok) cadence = tierSetting ? parsed.cadence : cadence;
		else cadenceProp.at.key("error", `${cadenceProp.key}: ${parsed.error}${tierSetting && cadence ? "; the tier's cadence is used" : ""}`);
	}
	let positiveEvery: Span | null = null;
	if (tierSetting && tierSetting.positiveEvery.trim() !== "") {
		const rule = parseCadence(tierSetting.positiveEvery);
		if (rule.ok) positiveEvery = rule.cadence.max;
		else {
			// loadSettings drops such a rule (and reports it); settings built another way must
			// not lose the rule in silence either.
			tierProp.at.key("error", `the settings' tier "${tierSetting.name}" has a positive rule that does not parse (${rule.error}); no rule is used until it is fixed in Tend's settings`);
		}
	}

	const lastContactProp = get(k.lastContact);
	const lastContactField = readDay(lastContactProp.value, lastContactProp.key, lastContactProp.at);
	if (lastContactField !== null && today !== null && lastContactField > today) {
		lastContactProp.at.key("warning", `${lastContactProp.key} ${String(lastContactProp.value).trim()} is in the future`);
	}
	const snoozeProp = get(k.snoozeUntil);
	const snoozeUntil = readDay(snoozeProp.value, snoozeProp.key, snoozeProp.at);

	const promisesProp = get(k.promises);
	const promises = readPromises(promisesProp.value, promisesProp.key, promisesProp.at);
	const birthdayProp = get(k.birthday);
	const datesProp = get(k.dates);
	const busyProp = get(k.busy);
	const interestsProp = get(k.interests);
	const goalsProp = get(k.goals);
	const offersProp = get(k.offers);
	const difficultProp = get(k.difficult);
	const birthday = readBirthday(birthdayProp.value, birthdayProp.key, birthdayProp.at, today);
	const dates = readYearlyDates(datesProp.value, datesProp.key, datesProp.at);
	const busy = readBusy(busyProp.value, busyProp.key, busyProp.at);
	const interests = readTextList(interestsProp.value, interestsProp.key, interestsProp.at);
	const goals = readTextList(goalsProp.value, goalsProp.key, goalsProp.at);
	const offers = readTextList(offersProp.value, offersProp.key, offersProp.at);
	const difficult = readFlag(difficultProp.value, difficultProp.key, difficultProp.at);

	for (const miss of nearMissKeys(keys, k, (name) => fm[resolveKey(keys, name)] !== undefined)) {
		at(miss.key).key("warning", `\`${miss.key}\` is not a property Tend reads; did you mean \`${miss.wanted}\`?`);
	}

	let untracked: UntrackedReason | null = null;
	if (input.frontmatterProblem) untracked = "broken-frontmatter";
	else if (tierText === undefined) untracked = "no-tier";
	else if (tierText === null) untracked = "bad-tier";
	else if (!tierSetting) untracked = "unknown-tier";
	else if (cadence === null) untracked = "tier-cadence";

	let touchpoints: Touchpoint[] = [];
	if (input.text !== null) {
		const log = readLog(input.path, input.text, input.bodyStart, settings, today);
		touchpoints = log.touchpoints;
		diagnostics.push(...log.diagnostics);
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
		touchpoints,
		logRead: input.text !== null,
		promises,
		snoozeUntil,
		birthday,
		dates,
		busy,
		interests,
		goals,
		offers,
		difficult,
		diagnostics,
		untracked,
	};
}

function tagMatches(tag: string, wanted: string): boolean {
	const t = tag.replace(/^#/, "").toLowerCase();
	return t === wanted || t.startsWith(`${wanted}/`);
}

function frontmatterTags(fm: Record<string, unknown>): string[] {
	const out: string[] = [];
	for (const key of Object.keys(fm)) {
		const lower = key.toLowerCase();
		if (lower !== "tags" && lower !== "tag") continue;
		const value = fm[key];
		const items = Array.isArray(value) ? value : [value];
		for (const item of items) {
			if (typeof item === "string") out.push(...item.split(/[\s,]+/).filter((s) => s !== ""));
		}
	}
	return out;
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

/**
 * Whether a note is a contact: under the contacts folder (case-sensitive, subfolders
 * included), tagged with the contact tag (frontmatter or inline, any case, nested tags
 * count), or with `type: contact`. Each rule is off when its setting is empty.
 */
export function isContactNote(
	path: string,
	frontmatter: Record<string, unknown> | null,
	inlineTags: readonly string[],
	settings: TendSettings,
): boolean {
	const prefix = folderPrefix(settings.contactsFolder);
	if (prefix !== "" && path.startsWith(prefix)) return true;
	const tag = settings.contactTag.trim().replace(/^#/, "").toLowerCase();
	if (tag !== "") {
		if (inlineTags.some((t) => tagMatches(t, tag))) return true;
		if (frontmatter && frontmatterTags(frontmatter).some((t) => tagMatches(t, tag))) return true;
	}
	const type = settings.contactType.trim().toLowerCase();
	if (type !== "" && frontmatter) {
		const key = resolveKey(Object.keys(frontmatter), settings.keys.type);
		if (typeMatches(frontmatter[key], type)) return true;
	}
	return false;
}
