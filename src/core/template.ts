/**
 * Touchpoint entry templates. The default is `- {{date}} {{kind}} — {{summary}}`, with the
 * time spent appended as ` (1.5h)` when there is any. A template is accepted only when the
 * entries it writes read back to the same date, kind, summary and hours, so that what Tend
 * writes always counts as a touchpoint when it is read back.
 */
import { cleanKind, cleanSummaryStart, parseEntryText, type EntryFields } from "./log";

export const PLACEHOLDERS = ["date", "kind", "summary", "hours", "name"] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];

export interface EntryValues {
	date: string;
	kind: string;
	summary: string;
	hours: number | null;
	name: string;
}

/** Minutes, which is the precision Tend keeps time in. */
export function hoursToMinutes(hours: number): number {
	return Math.round(hours * 60);
}

/** `1.5h`, `2h`, `45 min`. */
export function formatHours(hours: number): string {
	const minutes = hoursToMinutes(hours);
	if (minutes < 60) return `${minutes} min`;
	const h = Math.round((minutes / 60) * 100) / 100;
	return `${h}h`;
}

/** One line of text: runs of white space (new lines included) become one space. */
export function cleanSummary(summary: string): string {
	return summary.replace(/\s+/g, " ").trim();
}

const TOKEN = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;
// `{{hours}}` with what wraps it: removed whole when no time was spent.
const HOURS_SLOT = /[ \t]*([([]?)\{\{\s*hours\s*\}\}([)\]]?)/;

export function renderEntry(template: string, values: EntryValues): string {
	let text = template;
	const hours = values.hours !== null && hoursToMinutes(values.hours) > 0 ? formatHours(values.hours) : null;
	if (HOURS_SLOT.test(text)) {
		text = text.replace(HOURS_SLOT, (whole, open: string, close: string) => {
			if (hours === null) return "";
			const lead = whole.slice(0, whole.length - whole.trimStart().length);
			return `${lead}${open}${hours}${close}`;
		});
	} else if (hours !== null) {
		text = `${text.trimEnd()} (${hours})`;
	}
	text = text.replace(TOKEN, (whole, name: string) => {
		switch (name.toLowerCase()) {
			case "date":
				return values.date;
			case "kind":
				return values.kind;
			case "summary":
				return values.summary;
			case "name":
				return values.name;
			default:
				return whole;
		}
	});
	return text.trimEnd();
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const HOURS_PATTERN = "\\d+(?:[.,]\\d+)?[ \\t]*(?:h|hrs?|hours?|m|mins?|minutes?)";

/**
 * A regular expression that reads entries written by this template back into their parts,
 * for templates that put words around the placeholders (`with {{name}}`). Groups are named
 * by placeholder. Null when the template has no `{{date}}`, `{{kind}}` or `{{summary}}`.
 */
export function compileTemplate(template: string): RegExp | null {
	let text = template.trimEnd();
	// The hours slot with its spacing and brackets is optional as a whole, as in renderEntry.
	let hoursPattern = `(?:[ \\t]*\\((?<hours>${HOURS_PATTERN})\\))?`;
	const slot = HOURS_SLOT.exec(text);
	if (slot) {
		hoursPattern = `(?:[ \\t]*${escapeRegExp(slot[1] ?? "")}(?<hours>${HOURS_PATTERN})${escapeRegExp(slot[2] ?? "")})?`;
		text = `${text.slice(0, slot.index)}{{hours}}${text.slice(slot.index + slot[0].length)}`;
	}
	const marker = /^[-*+][ \t]+/.exec(text);
	if (!marker) return null;
	let source = "^[ \\t]?[-*+][ \\t]+";
	const seen = new Set<string>();
	for (const part of text.slice(marker[0].length).split(/(\{\{\s*[a-zA-Z]+\s*\}\})/)) {
		const m = /^\{\{\s*([a-zA-Z]+)\s*\}\}$/.exec(part);
		if (!m) {
			source += escapeRegExp(part).replace(/[ \t]+/g, "[ \\t]+");
			continue;
		}
		const name = (m[1] ?? "").toLowerCase();
		if (seen.has(name)) return null;
		seen.add(name);
		switch (name) {
			case "date":
				source += "(?<date>\\d{4}-\\d{2}-\\d{2})";
				break;
			case "kind":
				source += "(?<kind>\\S+?)";
				break;
			case "summary":
				source += "(?<summary>.*?)";
				break;
			case "name":
				source += "(?<name>.*?)";
				break;
			case "hours":
				source += hoursPattern;
				break;
			default:
				return null;
		}
	}
	if (!seen.has("date") || !seen.has("kind") || !seen.has("summary")) return null;
	if (!seen.has("hours")) source += hoursPattern;
	return new RegExp(`${source}[ \\t]*$`);
}

export function parseHoursText(text: string): number | null {
	const m = /^(\d+(?:[.,]\d+)?)[ \t]*(h|hrs?|hours?|m|mins?|minutes?)$/i.exec(text.trim());
	if (!m) return null;
	const n = Number((m[1] ?? "").replace(",", "."));
	const unit = (m[2] ?? "").toLowerCase();
	return unit.startsWith("h") ? n : n / 60;
}

const compiled = new Map<string, RegExp | null>();

/** Reads an entry line with the template's own pattern; null when it does not fit. */
export function parseWithTemplate(template: string, line: string): EntryFields | null {
	let re = compiled.get(template);
	if (re === undefined) {
		re = compileTemplate(template);
		compiled.set(template, re);
	}
	if (!re) return null;
	const m = re.exec(line);
	if (!m || !m.groups) return null;
	const g = m.groups;
	// Tidy the parts as the generic reader does, so a hand-written `call: Caught up` or
	// `share — Sent it` means the same under a template without a separator.
	return {
		date: g.date ?? "",
		kind: cleanKind(g.kind ?? ""),
		summary: cleanSummaryStart(g.summary ?? ""),
		hours: g.hours ? parseHoursText(g.hours) : null,
	};
}

/** Reads an entry line, trying the template's own shape first, then the generic one. */
export function readEntryLine(template: string, line: string): EntryFields | null {
	const m = /^ {0,1}[-*+][ \t]+(.*)$/.exec(line);
	if (!m) return null;
	return parseWithTemplate(template, line) ?? parseEntryText(m[1] ?? "");
}

export type TemplateCheck = { ok: true } | { ok: false; error: string };

const SAMPLES: EntryValues[] = [
	{ date: "2026-11-20", kind: "share", summary: "Sent the EU AI Act summary", hours: null, name: "Ada Lovelace" },
	{ date: "2026-01-02", kind: "check-in", summary: "Coffee — their team: hiring (two) designers", hours: 1.5, name: "Bo" },
	{ date: "2027-02-28", kind: "promise-kept", summary: "x", hours: 0.25, name: "Jean-Luc O'Neil" },
	{ date: "2026-12-31", kind: "ask", summary: "Asked for an intro - to their CFO: Dana", hours: 2, name: "李 伟" },
	{ date: "2026-06-01", kind: "meeting", summary: "Booked for 2h", hours: null, name: "Ada" },
];

/**
 * Entries in the usual hand-written shapes. Whatever the template, they must read the same as
 * without it: entries written by hand count the same as the ones Tend writes.
 */
const HAND_WRITTEN = [
	"- 2026-11-20 share — Sent it",
	"- 2026-11-20 share — Sent it — really",
	"- 2026-11-20 call: Caught up",
	"- 2026-11-20 ask - Asked for an intro (1h)",
	"* 2026-11-20 check-in — Coffee; their team: hiring",
	"- 2026-11-20 meeting — Lunch with Ada at Nola (90 min)",
];

/**
 * Accepts a template only when every sample entry it renders reads back to the same date,
 * kind, summary and hours; otherwise says what went wrong, in words for the settings tab.
 */
export function validateTemplate(template: string): TemplateCheck {
	if (/[\r\n]/.test(template)) return { ok: false, error: "the entry template must be one line" };
	if (!/^[-*+][ \t]/.test(template)) {
		return { ok: false, error: 'the entry template must start with a list marker, like "- {{date}} {{kind}} — {{summary}}"' };
	}
	const names = [...template.matchAll(TOKEN)].map((m) => (m[1] ?? "").toLowerCase());
	for (const name of names) {
		if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
			return { ok: false, error: `the entry template has an unknown placeholder {{${name}}}` };
		}
	}
	for (const required of ["date", "kind", "summary"] as Placeholder[]) {
		const count = names.filter((n) => n === required).length;
		if (count !== 1) return { ok: false, error: `the entry template needs {{${required}}} exactly once` };
	}
	for (const optional of ["hours", "name"] as Placeholder[]) {
		if (names.filter((n) => n === optional).length > 1) {
			return { ok: false, error: `the entry template may hold {{${optional}}} only once` };
		}
	}
	for (const sample of SAMPLES) {
		const line = renderEntry(template, sample);
		const back = readEntryLine(template, line);
		if (!back || !sameEntry(back, sample)) {
			return {
				ok: false,
				error: `an entry written with this template ("${line}") does not read back as date, kind and summary`,
			};
		}
	}
	for (const line of HAND_WRITTEN) {
		const generic = parseEntryText(line.replace(/^[-*+][ \t]+/, ""));
		const read = readEntryLine(template, line);
		if (!generic || !read || !sameEntry(read, generic)) {
			return { ok: false, error: `with this template, an entry written by hand ("${line}") would be misread` };
		}
	}
	return { ok: true };
}

export function sameEntry(a: EntryFields, b: Pick<EntryValues, "date" | "kind" | "summary" | "hours">): boolean {
	const minutes = (h: number | null) => (h === null ? 0 : hoursToMinutes(h));
	return a.date === b.date && a.kind === b.kind && a.summary === b.summary && minutes(a.hours) === minutes(b.hours);
}
