/**
 * The writes users ask for, each a pure function from a note's text to its new text and its
 * splices (or a refusal): log a touchpoint, snooze, add / keep / move a promise. The CLI and
 * the plugin call these and only apply the result. Each takes the note's text, or its text
 * already parsed (the CLI hands over the parse it read the contact from), and parses it at
 * most once, plus once more to check the result.
 */
import { formatDay, parseIsoDay, type Day } from "../calendar";
import { hasSerializedObject, readContact, type Commitment } from "../contact";
import { asParsedNote, resolveKey, type NoteSource, type ParsedNote } from "../frontmatter";
import type { TendSettings } from "../settings";
import { cleanSummary, readEntryLine, renderEntry, sameEntry } from "../template";
import { plural } from "../words";
import { addListItem, clearFrontmatterValue, locateProperties, planRemoveListItem, planReplaceListItem, planSetScalar, setFrontmatterScalar } from "./frontmatterEdit";
import { planEntry } from "./logEdit";
import { finishEdit, type Plan } from "./plan";
import { refuse, type EditResult } from "./result";

export interface TouchpointRequest {
	date: Day;
	kind: string;
	summary: string;
	/** Time spent in hours, or null. */
	hours: number | null;
	/** The contact's name, for `{{name}}` in the template. */
	name: string;
}

const DATE_VALUE = /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/;

/** The entry line a request writes, or a refusal when it would not read back the same. */
export function renderTouchpoint(request: TouchpointRequest, settings: TendSettings): { ok: true; line: string } | { ok: false; reason: string } {
	const kind = request.kind.trim();
	if (kind === "" || /\s/.test(kind)) return { ok: false, reason: `the kind "${request.kind}" must be one word` };
	const summary = cleanSummary(request.summary);
	if (hasSerializedObject(summary)) return { ok: false, reason: `the entry's text "${summary}" holds a serialized object, not words; nothing was written` };
	const values = { date: formatDay(request.date), kind, summary, hours: request.hours, name: request.name };
	const line = renderEntry(settings.entryTemplate, values);
	const back = readEntryLine(settings.entryTemplate, line);
	if (!back || !sameEntry(back, values)) {
		return { ok: false, reason: `the entry "${line}" would not read back as written (a summary that ends in "(2h)" or starts with a dash reads differently); reword the summary` };
	}
	return { ok: true, line };
}

/**
 * Adds a touchpoint: one entry in the log and `last_contact` moved forward to its date, never
 * backward. A `last_contact` that is not a date is left as it is, with a warning; an empty
 * one is filled in; quotes around the old date are kept.
 */
export function logTouchpoint(note: NoteSource, request: TouchpointRequest, settings: TendSettings): EditResult {
	return logAfter(asParsedNote(note), [], request, settings);
}

/**
 * Logs a touchpoint after the frontmatter changes `earlier` (planned on the same note): one
 * plan for the whole chain, so the note is parsed once, checked once, and the splices are
 * exact in the old text's offsets.
 */
function logAfter(note: ParsedNote, earlier: Plan[], request: TouchpointRequest, settings: TendSettings): EditResult {
	const found = locateProperties(note);
	if (!found.ok) return found;
	const rendered = renderTouchpoint(request, settings);
	if (!rendered.ok) return refuse(rendered.reason);

	const warnings: string[] = [];
	const data = found.located?.data ?? {};
	const key = resolveKey(Object.keys(data), settings.keys.lastContact);
	const value = data[key];
	const newDate = formatDay(request.date);
	let write: string | null = null;
	if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) {
		write = newDate;
	} else if (typeof value === "string" && DATE_VALUE.test(value.trim())) {
		const m = DATE_VALUE.exec(value.trim());
		const old = parseIsoDay(m?.[2] ?? "");
		if (old === null) warnings.push(`${key} "${value}" is not a date that exists; it was left as it is`);
		else if (old < request.date) write = m?.[1] && m[3] ? `[[${newDate}]]` : newDate;
	} else {
		warnings.push(`${key} ${JSON.stringify(value)} is not a date; it was left as it is`);
	}
	const plans = [...earlier];
	if (write !== null) {
		const set = planSetScalar(found.located, note.text, key, write);
		if (!set.ok) return set;
		plans.push(set);
	}
	return finishEdit(note, plans, { warnings, body: (text) => planEntry(text, rendered.line, request.date, settings) });
}

export function snooze(note: NoteSource, until: Day, settings: TendSettings): EditResult {
	return setFrontmatterScalar(note, settings.keys.snoozeUntil, formatDay(until));
}

export function clearSnooze(note: NoteSource, settings: TendSettings): EditResult {
	return clearFrontmatterValue(note, settings.keys.snoozeUntil);
}

/** A promise as `addPromise` compares it. */
export type PromiseItem = Pick<Commitment, "index" | "raw" | "due" | "what">;

/** The text two promises are compared by: white space cleaned, Unicode composed, any case. */
function promiseText(what: string): string {
	return cleanSummary(what).normalize("NFC").toLowerCase();
}

/**
 * Adds `YYYY-MM-DD what` to the promises list. The same promise twice (the same day and the
 * same text once white space is cleaned, in any case) is refused with a message that names the
 * one already there: a second copy would only make `keep` and `move` ask which one is meant.
 * `existing` is the note's promises as the caller read them from this same text (the CLI has
 * them); without it they are read from the note's parsed frontmatter.
 */
export function addPromise(note: NoteSource, due: Day, what: string, settings: TendSettings, existing?: readonly PromiseItem[]): EditResult {
	const clean = cleanSummary(what);
	if (clean === "") return refuse("a promise needs a description (--what)");
	const parsed = asParsedNote(note);
	const items = existing ?? promisesOf(parsed, settings);
	const wanted = promiseText(clean);
	const twin = items.find((p) => p.due === due && promiseText(p.what) === wanted);
	if (twin) {
		return refuse(`it already has this promise: "${twin.raw}" (item ${twin.index + 1} of ${settings.keys.promises}); the same promise is not added twice`);
	}
	return addListItem(parsed, settings.keys.promises, `${formatDay(due)} ${clean}`);
}

/** The promises of a parsed note, read as a contact's are (none when the frontmatter does not parse). */
function promisesOf(note: ParsedNote, settings: TendSettings): Commitment[] {
	const fm = note.frontmatter;
	if (fm.kind !== "ok") return [];
	return [...readContact({ path: "", frontmatter: fm.data, text: null, bodyStart: 0 }, settings, null).promises];
}

/** Removes the promise and logs `promise-kept`, saying whether it was kept on time. */
export function keepPromise(note: NoteSource, promise: Commitment, date: Day, settings: TendSettings, name: string): EditResult {
	const parsed = asParsedNote(note);
	const found = locateProperties(parsed);
	if (!found.ok) return found;
	const removed = planRemoveListItem(found.located, parsed.text, settings.keys.promises, promise.index);
	if (!removed.ok) return removed;
	const what = promise.what === "" ? promise.raw : promise.what;
	let timing = "";
	if (promise.due !== null) {
		const late = date - promise.due;
		timing = late <= 0 ? `, due ${formatDay(promise.due)}: on time` : `, due ${formatDay(promise.due)}: ${plural(late, "day")} late`;
	}
	return logAfter(parsed, [removed], { date, kind: "promise-kept", summary: `Kept "${what}"${timing}`, hours: null, name }, settings);
}

/**
 * Moves a promise to a new date in place (only the date changes; a promise without a date
 * gets one in front) and logs `promise-moved` with the old and new dates and whether it was
 * renegotiated before the deadline.
 */
export function movePromise(note: NoteSource, promise: Commitment, to: Day, date: Day, settings: TendSettings, name: string): EditResult {
	const parsed = asParsedNote(note);
	const found = locateProperties(parsed);
	if (!found.ok) return found;
	const what = promise.what === "" ? promise.raw : promise.what;
	const item = /^\d{4}-\d{2}-\d{2}/.test(promise.raw) ? formatDay(to) + promise.raw.slice(10) : `${formatDay(to)} ${promise.raw}`;
	if (hasSerializedObject(item)) return refuse(`the promise "${promise.raw}" is not text Tend can write back; move it by hand`);
	const replaced = planReplaceListItem(found.located, parsed.text, settings.keys.promises, promise.index, item);
	if (!replaced.ok) return replaced;
	let timing = "";
	if (promise.due !== null) {
		const after = date - promise.due;
		timing = after <= 0 ? ", before the deadline" : `, ${plural(after, "day")} after the deadline`;
	}
	const from = promise.due !== null ? formatDay(promise.due) : "no date";
	const summary = `Moved "${what}" from ${from} to ${formatDay(to)}${timing}`;
	return logAfter(parsed, [replaced], { date, kind: "promise-moved", summary, hours: null, name }, settings);
}

export type PromiseChoice = { ok: true; promise: Commitment } | { ok: false; reason: string };

/** How a command names one promise; every part given must hold. */
export interface PromisePick {
	/** Text the promise contains (any case); an exact match wins over partial ones. */
	what?: string;
	/** The day it is due. */
	due?: Day;
	/** Its position in the note's promises list, 1 for the first (as the messages number them). */
	index?: number;
}

/** `  2. 2026-12-10 Send the deck`: numbered by position in the note's list, 1-based. */
function numbered(ps: readonly Commitment[]): string {
	return ps.map((p) => `  ${p.index + 1}. ${p.raw}`).join("\n");
}

/** The flags that would tell these promises apart. */
function howToPick(ps: readonly Commitment[], pick: PromisePick): string {
	const flags: string[] = [];
	const distinct = (values: (string | number | null)[]) => new Set(values).size === values.length;
	if (pick.what === undefined && new Set(ps.map((p) => promiseText(p.what))).size > 1) flags.push("--what TEXT");
	if (pick.due === undefined && distinct(ps.map((p) => p.due))) flags.push("--due YYYY-MM-DD");
	flags.push("--index N");
	return flags.length === 1 ? `say which with ${flags[0] ?? ""}` : `say which with ${flags.slice(0, -1).join(", ")} or ${flags[flags.length - 1] ?? ""}`;
}

/**
 * Picks the promise a command means: the only one, or the one that `pick` names by text,
 * due date or position (a string is `{ what }`). Anything else is a refusal that lists the
 * candidates, numbered as `--index` counts them, with the flags that tell them apart.
 */
export function choosePromise(promises: readonly Commitment[], pickOrWhat?: string | PromisePick): PromiseChoice {
	const pick: PromisePick = typeof pickOrWhat === "string" ? { what: pickOrWhat } : (pickOrWhat ?? {});
	if (promises.length === 0) return { ok: false, reason: "has no promises" };
	const all = `its promises are:\n${numbered(promises)}`;
	let candidates: readonly Commitment[] = promises;
	const named: string[] = [];
	if (pick.index !== undefined) {
		candidates = candidates.filter((p) => p.index + 1 === pick.index);
		named.push(`number ${pick.index}`);
		if (candidates.length === 0) return { ok: false, reason: `has no promise number ${pick.index}; ${all}` };
	}
	if (pick.due !== undefined) {
		candidates = candidates.filter((p) => p.due === pick.due);
		named.push(`due ${formatDay(pick.due)}`);
		if (candidates.length === 0) return { ok: false, reason: `has no promise ${named.join(" and ")}; ${all}` };
	}
	const what = pick.what?.trim() ?? "";
	if (what !== "") {
		const needle = what.toLowerCase();
		const exact = candidates.filter((p) => p.what.toLowerCase() === needle || p.raw.toLowerCase() === needle);
		const partial = candidates.filter((p) => p.raw.toLowerCase().includes(needle));
		candidates = exact.length === 1 ? exact : partial;
		named.push(`matching "${what}"`);
		if (candidates.length === 0) return { ok: false, reason: `has no promise ${named.join(" and ")}; ${all}` };
	}
	if (candidates.length === 1 && candidates[0]) return { ok: true, promise: candidates[0] };
	const which = named.length === 0 ? `${candidates.length} promises` : `${candidates.length} promises ${named.join(" and ")}`;
	return { ok: false, reason: `has ${which}; ${howToPick(candidates, pick)}:\n${numbered(candidates)}` };
}
