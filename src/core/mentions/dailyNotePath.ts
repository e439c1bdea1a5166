/**
 * The other way round from dailyNotes.ts: a day to its daily note's path, and a new daily
 * note's text from the user's template, as the core Daily notes plugin makes them.
 *
 * Only the moment.js tokens dailyNotes.ts reads are rendered (`YYYY`, `MM`, `DD`, `M`, `D`,
 * `[text]` and any character that is not a letter), so a note Tend makes is one Tend also
 * finds again. A format with any other token (`dddd`, `MMM`, `Do`, ...) cannot be rendered
 * without moment.js: the caller is told why and writes nothing, rather than guess a name the
 * core plugin would not give.
 *
 * Templates: the core plugin fills `{{date}}` (the day in the daily note format), `{{time}}`
 * (the time, `HH:mm`), `{{title}}` (the note's name) and `{{date:FORMAT}}` / `{{time:FORMAT}}`
 * with a moment format. Tend fills the same, a FORMAT only when it is one of the tokens above
 * (`{{date:YYYY}}`); any other is left as written, for the user to see, never half-rendered.
 * Pure: takes the day and the time.
 */
import { toYmd, type Day } from "../calendar";
import { compileDailyFormat } from "./dailyNotes";

/** The core plugin's settings as daily-notes.json holds them, with its defaults. */
export interface DailyNoteSettings {
	folder: string;
	format: string;
	/** The template note's path as written (the core plugin adds `.md` when it is missing); empty: none. */
	template: string;
}

/** daily-notes.json's contents (parsed JSON; null when the file is missing) with the core plugin's defaults. */
export function dailyNoteSettings(raw: unknown): DailyNoteSettings {
	const record = typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
	const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
	return { folder: text(record.folder).replace(/^\/+|\/+$/g, ""), format: text(record.format) || "YYYY-MM-DD", template: text(record.template) };
}

export type Rendered = { ok: true; text: string } | { ok: false; reason: string };

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** The day in a moment format, or why Tend cannot render it (a token it does not know, an open `[`). */
export function renderDayFormat(format: string, day: Day): Rendered {
	const { year, month, day: d } = toYmd(day);
	const values: Record<string, string> = { YYYY: pad(year, 4), MM: pad(month, 2), DD: pad(d, 2), M: String(month), D: String(d) };
	const cannot = (token: string): Rendered => ({ ok: false, reason: `the date format "${format}" uses ${token}, which Tend cannot write (it writes YYYY, MM, DD, M, D and [text])` });
	let out = "";
	for (let i = 0; i < format.length; ) {
		const c = format.charAt(i);
		if (c === "[") {
			const close = format.indexOf("]", i + 1);
			if (close === -1) return { ok: false, reason: `the date format "${format}" opens a [ that it does not close` };
			out += format.slice(i + 1, close);
			i = close + 1;
			continue;
		}
		if (/[A-Za-z]/.test(c)) {
			// A run of one letter is one moment token: `MMM` is a month's name, not `MM` and `M`.
			const run = format.slice(i).match(/^([A-Za-z])\1*/)?.[0] ?? c;
			const value = values[run];
			if (value === undefined || (run === "D" && format.charAt(i + 1) === "o")) return cannot(run === "D" ? "Do" : run);
			out += value;
			i += run.length;
			continue;
		}
		out += c;
		i++;
	}
	return { ok: true, text: out };
}

/** Today's daily note: `<folder>/<format>.md`, or why Tend cannot name it. */
export function dailyNotePath(settings: DailyNoteSettings, day: Day): Rendered {
	// The same reading as the matcher's (a year, a month and a day), so a note Tend makes is one it finds.
	const check = compileDailyFormat(settings.format, settings.folder);
	if (!check.ok) return { ok: false, reason: check.reason.replace(/; daily notes count by .*$/, "") };
	const name = renderDayFormat(settings.format, day);
	if (!name.ok) return name;
	return { ok: true, text: `${settings.folder === "" ? "" : `${settings.folder}/`}${name.text}.md` };
}

/** The template's path as the core plugin reads it: `.md` added when it has no extension. */
export function templatePath(template: string): string {
	return /\.md$/i.test(template) ? template : `${template}.md`;
}

/**
 * A new daily note's text from the template: `{{date}}`, `{{title}}`, `{{time}}` and
 * `{{date:FORMAT}}` filled as the core plugin fills them (names with spaces inside the braces
 * too, `{{ date }}`), anything else left as written.
 */
export function fillDailyTemplate(template: string, values: { day: Day; format: string; title: string; hour: number; minute: number }): string {
	const time = `${pad(values.hour, 2)}:${pad(values.minute, 2)}`;
	return template.replace(/\{\{\s*(date|time|title)\s*(?::([^}]*))?\}\}/gi, (whole: string, name: string, fmt: string | undefined) => {
		const key = name.toLowerCase();
		if (key === "title") return fmt === undefined ? values.title : whole;
		if (fmt === undefined) {
			if (key === "time") return time;
			const d = renderDayFormat(values.format, values.day);
			return d.ok ? d.text : whole;
		}
		if (key === "time") return fmt.trim() === "HH:mm" ? time : whole;
		const d = renderDayFormat(fmt.trim(), values.day);
		return d.ok ? d.text : whole;
	});
}
