/**
 * The core Daily notes plugin's settings, read the way the plugin uses them: a daily note is
 * the file `<folder>/<format>.md`, where `format` is a moment.js date format (default
 * `YYYY-MM-DD`; a `/` in it makes subfolders, as `YYYY/MM/YYYY-MM-DD`). The settings live in
 * `<config folder>/daily-notes.json` (`{"folder", "format", "template"}`); whether the plugin is
 * on is in `<config folder>/core-plugins.json`, an object `{"daily-notes": true, ...}` in
 * current Obsidian and a list of the enabled ids in older versions. The plugin reads both
 * files through the vault adapter, the CLI from disk; this module only reads their contents.
 *
 * Tend matches a note's path against the format without moment.js (which is not in the core):
 * the tokens `YYYY`, `MM`, `DD`, `M` and `D`, text in `[brackets]`, and any character that is
 * not a letter. Other tokens (`ddd`, `dddd`, `MMM`, `MMMM`, `Do`, `YY`, `ww`, `gggg`, `Q`, times)
 * are not read: with such a format, daily notes still count by their ISO date name or their
 * date property, and Tend says so once (a diagnostic on daily-notes.json).
 */
import { fromYmd, isValidYmd, type Day } from "../calendar";

export interface DailyNotesFormat {
	/** The folder daily notes are made in, without slashes around it; empty for the vault's top. */
	folder: string;
	/** The format as written. */
	format: string;
	/** The day a path below `folder` (without `.md`) names, or null. */
	match(relative: string): Day | null;
}

export type DailyFormatResult = { ok: true; daily: DailyNotesFormat } | { ok: false; reason: string };

const TOKENS = ["YYYY", "MM", "DD", "M", "D"] as const;
type Token = (typeof TOKENS)[number];

const PATTERN: Record<Token, string> = { YYYY: "(\\d{4})", MM: "(\\d{2})", DD: "(\\d{2})", M: "(\\d{1,2})", D: "(\\d{1,2})" };

function escapeRegex(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * The format as a matcher, or why Tend cannot read it. A format must name a year, a month and
 * a day; a token given twice (`YYYY/YYYY-MM-DD`) must read the same number both times.
 */
export function compileDailyFormat(format: string, folder: string): DailyFormatResult {
	const parts: string[] = [];
	const order: Token[] = [];
	for (let i = 0; i < format.length; ) {
		const c = format.charAt(i);
		if (c === "[") {
			const close = format.indexOf("]", i + 1);
			if (close === -1) return { ok: false, reason: `the daily note format "${format}" opens a [ that it does not close` };
			parts.push(escapeRegex(format.slice(i + 1, close)));
			i = close + 1;
			continue;
		}
		const token = TOKENS.find((t) => format.startsWith(t, i));
		if (token) {
			// `MMM`, `DDD`, `YYYYY`: longer runs are other moment tokens (month names, day of year).
			const run = format.slice(i).match(/^([A-Za-z])\1*/)?.[0] ?? token;
			if (run.length !== token.length) return { ok: false, reason: unsupported(format, run) };
			if (token === "D" && format.charAt(i + 1) === "o") return { ok: false, reason: unsupported(format, "Do") };
			parts.push(PATTERN[token]);
			order.push(token);
			i += token.length;
			continue;
		}
		if (/[A-Za-z]/.test(c)) {
			const run = format.slice(i).match(/^([A-Za-z])\1*/)?.[0] ?? c;
			return { ok: false, reason: unsupported(format, run) };
		}
		parts.push(escapeRegex(c));
		i++;
	}
	const has = (...ts: Token[]) => ts.some((t) => order.includes(t));
	if (!has("YYYY") || !has("MM", "M") || !has("DD", "D")) {
		return { ok: false, reason: `the daily note format "${format}" does not name a year (YYYY), a month (MM) and a day (DD)` };
	}
	const pattern = new RegExp(`^${parts.join("")}$`);
	const cleanFolder = folder.trim().replace(/^\/+|\/+$/g, "");
	return {
		ok: true,
		daily: {
			folder: cleanFolder,
			format,
			match(relative: string): Day | null {
				const m = pattern.exec(relative);
				if (!m) return null;
				const seen: Partial<Record<"year" | "month" | "day", number>> = {};
				for (let k = 0; k < order.length; k++) {
					const token = order[k] as Token;
					const value = Number(m[k + 1]);
					const field = token === "YYYY" ? "year" : token === "MM" || token === "M" ? "month" : "day";
					if (seen[field] !== undefined && seen[field] !== value) return null;
					seen[field] = value;
				}
				const { year, month, day } = seen as { year: number; month: number; day: number };
				return isValidYmd(year, month, day) ? fromYmd(year, month, day) : null;
			},
		},
	};
}

function unsupported(format: string, token: string): string {
	return `the daily note format "${format}" uses ${token}, which Tend does not read (it reads YYYY, MM, DD, M, D and [text]); daily notes count by an ISO date name or a date property instead`;
}

/** Whether the Daily notes core plugin is on, from the contents of core-plugins.json (null when unknown). */
export function dailyNotesEnabled(corePlugins: unknown): boolean | null {
	if (Array.isArray(corePlugins)) return corePlugins.includes("daily-notes");
	if (typeof corePlugins === "object" && corePlugins !== null) {
		const value = (corePlugins as Record<string, unknown>)["daily-notes"];
		return value === undefined ? false : value === true;
	}
	return null;
}

/**
 * The daily notes matcher from the contents of daily-notes.json (parsed JSON; null when the file
 * is missing, which means the defaults: the top of the vault, `YYYY-MM-DD`). `enabled` is what
 * `dailyNotesEnabled` said: null (unknown) counts as on, since the plugin is on by default.
 */
export function readDailyNotes(settings: unknown, enabled: boolean | null): DailyFormatResult | null {
	if (enabled === false) return null;
	const record = typeof settings === "object" && settings !== null && !Array.isArray(settings) ? (settings as Record<string, unknown>) : {};
	const format = typeof record.format === "string" && record.format.trim() !== "" ? record.format.trim() : "YYYY-MM-DD";
	const folder = typeof record.folder === "string" ? record.folder : "";
	return compileDailyFormat(format, folder);
}
