/**
 * The writes users ask for, each a pure function from a note's text to its new text and its
 * splices (or a refusal): log a touchpoint, snooze, add / keep / move a promise. The CLI and
 * the plugin call these and only apply the result. Each takes the note's text, or its text
 * already parsed (the CLI hands over the parse it read the contact from), and parses it at
 * most once, plus once more to check the result.
 */
import { formatDay, parseIsoDay, type Day } from "../calendar";
import type { Commitment } from "../contact";
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

export function addPromise(note: NoteSource, due: Day, what: string, settings: TendSettings): EditResult {
	const clean = cleanSummary(what);
	if (clean === "") return refuse("a promise needs a description (--what)");
	return addListItem(note, settings.keys.promises, `${formatDay(due)} ${clean}`);
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

/**
 * Picks the promise a command means: the only one, or the one whose text contains `what`
 * (case-insensitive; an exact match wins over partial ones). Anything else is a refusal that
 * lists the candidates.
 */
export function choosePromise(promises: readonly Commitment[], what?: string): PromiseChoice {
	const list = (ps: readonly Commitment[]) => ps.map((p) => `  - ${p.raw}`).join("\n");
	if (promises.length === 0) return { ok: false, reason: "has no promises" };
	if (what === undefined || what.trim() === "") {
		if (promises.length === 1 && promises[0]) return { ok: true, promise: promises[0] };
		return { ok: false, reason: `has ${promises.length} promises; say which with --what:\n${list(promises)}` };
	}
	const needle = what.trim().toLowerCase();
	const exact = promises.filter((p) => p.what.toLowerCase() === needle || p.raw.toLowerCase() === needle);
	if (exact.length === 1 && exact[0]) return { ok: true, promise: exact[0] };
	const partial = promises.filter((p) => p.raw.toLowerCase().includes(needle));
	if (partial.length === 1 && partial[0]) return { ok: true, promise: partial[0] };
	if (partial.length === 0) return { ok: false, reason: `has no promise matching "${what}"; its promises are:\n${list(promises)}` };
	return { ok: false, reason: `has ${partial.length} promises matching "${what}"; be more specific:\n${list(partial)}` };
}
