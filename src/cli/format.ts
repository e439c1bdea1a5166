/**
 * Human output of `tend`: a table grouped by status, each contact with its reasons. Colour
 * only when asked for (stdout is a terminal and NO_COLOR is not set).
 *
 * Columns line up by display width, not by string length: a CJK character or an emoji takes
 * two terminal columns, a combining accent none (`string-width` knows the Unicode tables).
 * Names and tier names wider than their column are cut with "…" at a character boundary.
 */
import stringWidth from "string-width";
import { formatDay, formatLongDay, toYmd, type Day } from "../core/calendar";
import type { UntrackedReason } from "../core/contact";
import { formatDiagnostic, type Diagnostic } from "../core/diagnostics";
import { namesInWords, UNTRACKED_REASONS, type DueList, type DueRow, type RowReason, type SectionId, type UntrackedCounts } from "../core/dueList/model";
import { mentionName, promiseWhere } from "../core/mentions/withMentions";
import { mentionedIn, type Status } from "../core/schedule";
import type { TendSettings } from "../core/settings";
import { inDays, plural } from "../core/words";

type Paint = (s: string) => string;

export interface Style {
	bold: Paint;
	dim: Paint;
	red: Paint;
	yellow: Paint;
	cyan: Paint;
	green: Paint;
}

const wrap = (code: number, reset: number) => (s: string) => `\u001b[${code}m${s}\u001b[${reset}m`;

export const COLOR: Style = {
	bold: wrap(1, 22),
	dim: wrap(2, 22),
	red: wrap(31, 39),
	yellow: wrap(33, 39),
	cyan: wrap(36, 39),
	green: wrap(32, 39),
};

const id = (s: string) => s;
export const PLAIN: Style = { bold: id, dim: id, red: id, yellow: id, cyan: id, green: id };

export function chooseStyle(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): Style {
	if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return PLAIN;
	if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return COLOR;
	return stream.isTTY ? COLOR : PLAIN;
}

// ---- display width -------------------------------------------------------------------------

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Terminal columns the text takes. */
export function displayWidth(s: string): number {
	return PRINTABLE_ASCII.test(s) ? s.length : stringWidth(s);
}

// Intl.Segmenter (Node 16+) is in the ES2022 library types; this project compiles against
// ES2021, so the one method used here is typed by hand.
interface GraphemeSegmenter {
	segment(text: string): Iterable<{ segment: string }>;
}
const graphemes = new (Intl as unknown as { Segmenter: new (locale: string, options: { granularity: "grapheme" }) => GraphemeSegmenter }).Segmenter("en", {
	granularity: "grapheme",
});

/** Pads with spaces to `width` columns. */
export function padEnd(s: string, width: number): string {
	const w = displayWidth(s);
	return w >= width ? s : s + " ".repeat(width - w);
}

/** Cuts to at most `width` columns, ending in "…" when cut; never splits a character. */
export function truncate(s: string, width: number): string {
	if (displayWidth(s) <= width) return s;
	let out = "";
	let used = 0;
	for (const { segment } of graphemes.segment(s)) {
		const w = displayWidth(segment);
		if (used + w > width - 1) break;
		out += segment;
		used += w;
	}
	return `${out}…`;
}

/** Cuts from the start ("…/Work/Sam"), for paths whose end tells them apart. */
function truncateStart(s: string, width: number): string {
	if (displayWidth(s) <= width) return s;
	const parts = [...graphemes.segment(s)].map((g) => g.segment);
	let out = "";
	let used = 0;
	for (let i = parts.length - 1; i >= 0; i--) {
		const w = displayWidth(parts[i] as string);
		if (used + w > width - 1) break;
		out = (parts[i] as string) + out;
		used += w;
	}
	return `…${out}`;
}

// ---- counts in words -----------------------------------------------------------------------

/** "1 contact note", "3 contact notes". */
export function contactNotes(n: number): string {
	return plural(n, "contact note");
}

/** "1 error", "2 warnings": `n` and a noun that agree. */
function count(n: number, word: string): string {
	return plural(n, word);
}

// ---- the due list --------------------------------------------------------------------------

/**
 * The sections are the core's due-list model's (src/core/dueList/model.ts), the same the
 * side panel shows, in the same order with the same counts; the CLI only adds colour.
 */
const SECTION_COLOURS: Record<SectionId, (s: Style) => (x: string) => string> = {
	overdue: (s) => s.red,
	due: (s) => s.yellow,
	promises: (s) => s.yellow,
	"coming-up": (s) => s.cyan,
	later: (s) => s.green,
	snoozed: (s) => s.dim,
	waiting: (s) => s.dim,
	attention: (s) => s.yellow,
};

function since(row: DueRow): string {
	if (row.daysSince === null) return "never";
	if (row.daysSince < 0) return `in ${-row.daysSince}d`;
	return `${row.daysSince}d ago`;
}

/** "December 4", or "January 4, 2028" when the year is not today's. */
function longDay(day: Day, today: Day): string {
	const year = toYmd(day).year;
	return year === toYmd(today).year ? formatLongDay(day) : `${formatLongDay(day)}, ${year}`;
}

/** The line before the reasons on a row of Not due yet, Snoozed or Waiting. */
function statusNote(row: DueRow, today: Day): string | null {
	if (row.section === "attention") return null;
	const s: Status = row.status;
	if (s === "ok" && row.dueDate !== null) return `Next due ${longDay(row.dueDate, today)} (${inDays(row.dueDate - today)})`;
	if (s === "snoozed" && row.contact.snoozeUntil !== null) return `Snoozed until ${longDay(row.contact.snoozeUntil, today)}`;
	if (s === "waiting") {
		const labels = row.contact.busy.map((b) => b.label).filter((l) => l !== "");
		return `In a busy period${labels.length > 0 ? ` (${labels.join(", ")})` : ""}`;
	}
	return null;
}

/** A reason's sentence; a task promise's also says where the task is (issue 10). */
function reasonLine(r: RowReason): string {
	const where = r.promise ? promiseWhere(r.promise.commitment) : null;
	return where === null ? r.text : `${r.text} (${where})`;
}

/** "Last contact: Daily/2026-11-20 (mention)", when a dated note's mention is the last contact. */
function mentionLine(row: DueRow): string | null {
	const mention = mentionedIn(row.lastContactSource);
	return row.section !== "attention" && mention !== null ? `Last contact: ${mentionName(mention)} (mention)` : null;
}

/** Case, accents and Unicode form folded: names that a reader (or `tend log NAME`) confuses. */
function foldName(name: string): string {
	return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The label of each contact: the name, or the path (without `.md`) where two names collide. */
function rowLabels(rows: readonly DueRow[]): Map<string, { text: string; isPath: boolean }> {
	const byName = new Map<string, Set<string>>();
	for (const r of rows) {
		const f = foldName(r.name);
		const paths = byName.get(f) ?? new Set<string>();
		paths.add(r.contact.path);
		byName.set(f, paths);
	}
	const labels = new Map<string, { text: string; isPath: boolean }>();
	for (const r of rows) {
		const shared = (byName.get(foldName(r.name))?.size ?? 0) > 1;
		labels.set(r.contact.path, shared ? { text: r.contact.path.replace(/\.md$/i, ""), isPath: true } : { text: r.name, isPath: false });
	}
	return labels;
}

const NAME_MIN = 8;
const NAME_MAX = 28;
const TIER_MIN = 3;
const TIER_MAX = 16;
const SINCE_MIN = 9;

const UNTRACKED_WORDS: Record<UntrackedReason, [string, string]> = {
	"no-tier": ["has no tier", "have no tier"],
	"unknown-tier": ["has a tier that is not in the settings", "have a tier that is not in the settings"],
	"bad-tier": ["has a tier that is not one name", "have a tier that is not one name"],
	"tier-cadence": ["has a tier whose cadence does not parse", "have a tier whose cadence does not parse"],
	"broken-frontmatter": ["has broken YAML", "have broken YAML"],
};

/** "3 contact notes are not tracked: 2 have no tier, 1 has broken YAML (...)". */
export function untrackedLine(counts: UntrackedCounts): string | null {
	const { total, byReason, withProblems } = counts;
	if (total === 0) return null;
	const present = UNTRACKED_REASONS.filter((r) => byReason[r] > 0);
	const head = `${contactNotes(total)} ${total === 1 ? "is" : "are"} not tracked`;
	let why: string;
	if (present.length === 1) {
		const reason = present[0] as UntrackedReason;
		why = ` because ${total === 1 ? "it" : "they"} ${UNTRACKED_WORDS[reason][total === 1 ? 0 : 1]}`;
	} else {
		why = `: ${present
			.map((r) => {
				const n = byReason[r];
				return `${n} ${UNTRACKED_WORDS[r][n === 1 ? 0 : 1]}`;
			})
			.join(", ")}`;
	}
	const hints = [`"Needs attention" lists ${total === 1 ? "it" : "them"}`, withProblems > 0 ? `"tend check" shows the problems` : ""].filter((h) => h !== "");
	return `${head}${why} (${hints.join("; ")}).`;
}

/** What to say when a vault has no contact notes at all. */
export function noContactsText(settings: TendSettings | undefined, vault: string): string {
	const ways: string[] = [];
	const folder = settings ? settings.contactsFolder.trim() : "People";
	const tag = settings ? settings.contactTag.trim().replace(/^#/, "") : "contact";
	const type = settings ? settings.contactType.trim() : "contact";
	if (folder !== "") ways.push(`put it under ${folder.replace(/\/+$/, "")}/`);
	if (tag !== "") ways.push(`tag it #${tag}`);
	if (type !== "") ways.push(`give it type: ${type}`);
	const how = ways.length === 0 ? "every way to mark a contact is turned off in the settings" : `to make one, write a note with a tier (tier: A) and ${ways.join(", or ")}`;
	return `No contact notes found in ${vault}: ${how}.`;
}

export function formatDueList(list: DueList, diagnostics: readonly Diagnostic[], today: Day, vault: string, style: Style, settings: TendSettings): string {
	const out: string[] = [];
	const listed = list.listed;
	const head = `Tend: ${listed === 0 ? "nobody is due" : `${listed} ${listed === 1 ? "contact" : "contacts"} to get in touch with`} on ${formatDay(today)}`;
	out.push(style.bold(head), style.dim(vault), "");

	const sections = list.sections().map((s) => ({ ...s, rows: list.rows(s.id) }));
	const all = sections.flatMap((s) => s.rows);
	const labels = rowLabels(all);
	const labelWidths = all.map((r) => displayWidth(labels.get(r.contact.path)?.text ?? ""));
	const nameWidth = Math.min(NAME_MAX, Math.max(NAME_MIN, ...labelWidths));
	const tierWidth = Math.min(TIER_MAX, Math.max(TIER_MIN, ...all.map((r) => displayWidth(r.contact.tier ?? "-"))));
	const sinceWidth = Math.max(SINCE_MIN, ...all.map((r) => since(r).length));
	const indent = " ".repeat(2 + nameWidth + 2 + tierWidth + 1 + sinceWidth + 1);
	for (const section of sections) {
		out.push(SECTION_COLOURS[section.id](style)(style.bold(`${section.title} (${section.count})`)));
		for (const row of section.rows) {
			const label = labels.get(row.contact.path) ?? { text: row.name, isPath: false };
			const name = padEnd(label.isPath ? truncateStart(label.text, nameWidth) : truncate(label.text, nameWidth), nameWidth);
			const tier = padEnd(truncate(row.contact.tier ?? "-", tierWidth), tierWidth);
			const lines = row.reasons.map((r) => reasonLine(r));
			const mention = mentionLine(row);
			if (mention !== null) lines.push(mention);
			const note = statusNote(row, today);
			if (note !== null) lines.unshift(note);
			const first = lines.shift() ?? "";
			out.push(`  ${style.bold(name)}  ${tier} ${padEnd(since(row), sinceWidth)} ${first}`.trimEnd());
			for (const l of lines) out.push(`${indent}${style.dim(l)}`);
		}
		out.push("");
	}

	if (list.size === 0) {
		out.push(noContactsText(settings, vault), "");
	} else if (listed === 0) {
		const next = list.next();
		if (next) out.push(`Nobody is due. Next: ${namesInWords(next.names)} on ${longDay(next.day, today)} (${inDays(next.day - today)}).`, "");
		else out.push("Nobody is due, and no contact is tracked yet: give a contact note a tier (tier: A) to start.", "");
	}
	const notTracked = untrackedLine(list.untracked());
	if (notTracked !== null) out.push(style.dim(notTracked));
	const errors = diagnostics.filter((d) => d.severity === "error").length;
	const warnings = diagnostics.length - errors;
	if (diagnostics.length > 0) {
		const parts = [errors > 0 ? count(errors, "error") : "", warnings > 0 ? count(warnings, "warning") : ""].filter((p) => p !== "");
		out.push(style.dim(`${parts.join(" and ")} in contact notes: run "tend check" to see them.`));
	}
	return `${out.join("\n").trimEnd()}\n`;
}

// ---- check ---------------------------------------------------------------------------------

export function formatCheck(
	diagnostics: readonly Diagnostic[],
	contactCount: number,
	style: Style,
	where: { vault: string; settings?: TendSettings } = { vault: "." },
): string {
	const out: string[] = [];
	for (const d of diagnostics) {
		const line = formatDiagnostic(d);
		out.push(d.severity === "error" ? style.red(line) : style.yellow(line));
	}
	const errors = diagnostics.filter((d) => d.severity === "error").length;
	const warnings = diagnostics.length - errors;
	const notes = new Set(diagnostics.map((d) => d.path)).size;
	if (diagnostics.length === 0) {
		if (contactCount === 0) out.push(noContactsText(where.settings, where.vault));
		else if (contactCount === 1) out.push(style.green("1 contact note checked: it is fine."));
		else out.push(style.green(`All ${contactNotes(contactCount)} are fine.`));
	} else {
		if (out.length > 0) out.push("");
		const checked = contactCount === 0 ? "no contact notes found" : `${contactNotes(contactCount)} checked`;
		out.push(`${count(errors, "error")}, ${count(warnings, "warning")} in ${count(notes, "note")} (${checked}).`);
	}
	return `${out.join("\n")}\n`;
}
