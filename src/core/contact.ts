/**
 * A contact: one note's frontmatter and log read into plain data, with a diagnostic for
 * every value Tend could not use. Nothing here throws on bad input: a bad value is left out
 * and reported, and the rest of the contact still works (DESIGN.md, "Contact notes").
 */
import { isValidYmd, parseIsoDay, type Day } from "./calendar";
import { parseCadence, type Cadence, type Span } from "./cadence";
import type { Diagnostic, Severity } from "./diagnostics";
import { resolveKey, type YamlProblem } from "./frontmatter";
import { readLog, type Touchpoint } from "./log";
import type { TendSettings } from "./settings";

export interface Commitment {
	/** Position in the promises list (zero-based), so a write can find the item again. */
	index: number;
	/** The item as written. */
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

type Report = (severity: Severity, message: string) => void;

/** A `YYYY-MM-DD` property value as a day; null (with a diagnostic) when it is not one. */
function readDay(value: unknown, key: string, report: Report): Day | null {
	if (value === null || value === undefined) return null;
	if (typeof value !== "string") {
		report("warning", `${key} should be a date (YYYY-MM-DD), not ${show(value)}; it is ignored`);
		return null;
	}
	const text = value.trim();
	if (text === "") return null;
	return parseDateText(text, key, report);
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

/** A list property; a single text value counts as a list of one. */
function readList(value: unknown, key: string, report: Report): unknown[] {
	if (value === null || value === undefined) return [];
	if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined && v !== "");
	if (typeof value === "string") return value.trim() === "" ? [] : [value];
	report("warning", `${key} should be a list, not ${show(value)}; it is ignored`);
	return [];
}

function readTextList(value: unknown, key: string, report: Report): string[] {
	const out: string[] = [];
	for (const item of readList(value, key, report)) {
		if (typeof item === "string" || typeof item === "number" || typeof item === "boolean") out.push(String(item).trim());
		else report("warning", `${key} has an item that is not text (${show(item)}); it is ignored`);
	}
	return out.filter((s) => s !== "");
}

const LEADING_DATE = /^(\d{4}-\d{2}-\d{2})(?:[ \t]*(?:—|–|-|:)?[ \t]+|$)(.*)$/;

function readPromises(value: unknown, key: string, report: Report): Commitment[] {
	const out: Commitment[] = [];
	if (value === null || value === undefined) return out;
	const items = Array.isArray(value) ? value : typeof value === "string" ? [value] : null;
	if (items === null) {
		report("warning", `${key} should be a list of "YYYY-MM-DD what was promised", not ${show(value)}; it is ignored`);
		return out;
	}
	if (!Array.isArray(value)) report("warning", `${key} should be a list; the single value is read as one promise`);
	items.forEach((item, index) => {
		if (item === null || item === undefined || item === "") return;
		if (isRecord(item)) {
			// `- 2026-12-02: Send the deck` is YAML for a one-key map; read it as meant.
			const keys = Object.keys(item);
			const only = keys.length === 1 ? (keys[0] as string) : null;
			if (only !== null && /^\d{4}-\d{2}-\d{2}$/.test(only)) {
				const due = parseIsoDay(only);
				if (due === null) report("error", `promise "${only}: ${String(item[only])}": ${only} is not a date that exists`);
				const what = item[only];
				out.push({ index, raw: `${only}: ${typeof what === "string" ? what : show(what)}`, due, what: typeof what === "string" ? what.trim() : show(what) });
				return;
			}
			// Also accept `- due: 2026-12-01` / `  what: Send the deck`.
			const dueValue = item.due ?? item.date;
			const what = typeof item.what === "string" ? item.what.trim() : "";
			const due = typeof dueValue === "string" ? parseDateText(dueValue.trim(), `${key} item ${index + 1}: date`, report) : null;
			if (dueValue === undefined || dueValue === null) report("warning", `${key} item ${index + 1} has no date: ${show(item)}`);
			out.push({ index, raw: show(item), due, what });
			return;
		}
		if (typeof item !== "string") {
			report("warning", `${key} item ${index + 1} is not text (${show(item)}); it is ignored`);
			return;
		}
		const raw = item.trim();
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

function readBirthday(value: unknown, key: string, report: Report): MonthDay | null {
	const text = scalarText(value);
	if (text === undefined) return null;
	if (text === null) {
		report("warning", `${key} should be a date, not ${show(value)}; it is ignored`);
		return null;
	}
	return readMonthDay(text, key, report);
}

const DATED_LABEL = /^((?:\d{4}-)?\d{2}-\d{2})(?:[ \t]*(?:—|–|-|:)?[ \t]+(.*))?$/;

function readYearlyDates(value: unknown, key: string, report: Report): YearlyDate[] {
	const out: YearlyDate[] = [];
	for (const item of readTextList(value, key, report)) {
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

function readBusy(value: unknown, key: string, report: Report): BusyPeriod[] {
	const out: BusyPeriod[] = [];
	for (const item of readTextList(value, key, report)) {
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

function readFlag(value: unknown, key: string, report: Report): boolean {
	if (value === null || value === undefined || value === "") return false;
	if (typeof value === "boolean") return value;
	if (typeof value === "string") {
		const t = value.trim().toLowerCase();
		if (t === "true" || t === "yes") return true;
		if (t === "false" || t === "no") return false;
	}
	report("warning", `${key} should be a checkbox (true or false), not ${show(value)}; it is ignored`);
	return false;
}

/**
 * Reads one contact note. `today` is used only to warn about dates in the future; pass null
 * to skip that check.
 */
export function readContact(input: NoteInput, settings: TendSettings, today: Day | null): Contact {
	const diagnostics: Diagnostic[] = [];
	const report: Report = (severity, message) => diagnostics.push({ path: input.path, severity, message });
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
	const get = (name: string): { key: string; value: unknown } => {
		const key = resolveKey(keys, name);
		return { key, value: fm[key] };
	};

	// Tier and cadence.
	let tier: string | null = null;
	let tierIndex = -1;
	const tierProp = get(k.tier);
	const tierText = scalarText(tierProp.value);
	if (tierText === null) {
		report("warning", `${tierProp.key} should be one tier name, not ${show(tierProp.value)}; the contact is not tracked`);
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
			report("error", `${tierProp.key} "${tierText}" is not a tier in settings (${names}); the contact is not tracked`);
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
		else report("error", `the settings' tier "${tierSetting.name}" has no usable cadence (${parsed.error}); fix it in Tend's settings`);
	}
	const cadenceProp = get(k.cadence);
	const cadenceText = scalarText(cadenceProp.value);
	if (cadenceText === null) {
		report("warning", `${cadenceProp.key} should be text like 6w, not ${show(cadenceProp.value)}; the tier's cadence is used`);
	} else if (cadenceText !== undefined) {
		const parsed = parseCadence(cadenceText);
		if (parsed.ok) cadence = tierSetting ? parsed.cadence : cadence;
		else report("error", `${cadenceProp.key}: ${parsed.error}${tierSetting && cadence ? "; the tier's cadence is used" : ""}`);
	}
	let positiveEvery: Span | null = null;
	if (tierSetting && tierSetting.positiveEvery !== "") {
		const rule = parseCadence(tierSetting.positiveEvery);
		if (rule.ok) positiveEvery = rule.cadence.max;
	}

	const lastContactProp = get(k.lastContact);
	const lastContactField = readDay(lastContactProp.value, lastContactProp.key, report);
	if (lastContactField !== null && today !== null && lastContactField > today) {
		report("warning", `${lastContactProp.key} ${String(lastContactProp.value).trim()} is in the future`);
	}
	const snoozeProp = get(k.snoozeUntil);
	const snoozeUntil = readDay(snoozeProp.value, snoozeProp.key, report);

	const promisesProp = get(k.promises);
	const promises = readPromises(promisesProp.value, promisesProp.key, report);
	const birthdayProp = get(k.birthday);
	const datesProp = get(k.dates);
	const busyProp = get(k.busy);
	const interestsProp = get(k.interests);
	const goalsProp = get(k.goals);
	const offersProp = get(k.offers);
	const difficultProp = get(k.difficult);

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
		birthday: readBirthday(birthdayProp.value, birthdayProp.key, report),
		dates: readYearlyDates(datesProp.value, datesProp.key, report),
		busy: readBusy(busyProp.value, busyProp.key, report),
		interests: readTextList(interestsProp.value, interestsProp.key, report),
		goals: readTextList(goalsProp.value, goalsProp.key, report),
		offers: readTextList(offersProp.value, offersProp.key, report),
		difficult: readFlag(difficultProp.value, difficultProp.key, report),
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
