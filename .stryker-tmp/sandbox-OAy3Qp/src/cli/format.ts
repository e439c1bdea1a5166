/**
 * Human output of `tend`: a table grouped by status, each contact with its reasons. Colour
 * only when asked for (stdout is a terminal and NO_COLOR is not set).
 *
 * Columns line up by display width, not by string length: a CJK character or an emoji takes
 * two terminal columns, a combining accent none (`string-width` knows the Unicode tables).
 * Names and tier names wider than their column are cut with "…" at a character boundary.
 */
// @ts-nocheck

import stringWidth from "string-width";
import { formatDay, formatLongDay, toYmd, type Day } from "../core/calendar";
import type { Contact, UntrackedReason } from "../core/contact";
import { formatDiagnostic, type Diagnostic } from "../core/diagnostics";
import { assess, insideBusy, type Evaluation, type Status } from "../core/schedule";
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

interface Group {
	title: string;
	colour: (s: Style) => (x: string) => string;
	members: (e: Evaluation) => boolean;
}

const GROUPS: Group[] = [
	{ title: "Overdue", colour: (s) => s.red, members: (e) => e.listed && e.status === "overdue" },
	{ title: "Due", colour: (s) => s.yellow, members: (e) => e.listed && e.status === "due" },
	{ title: "New: no contact logged yet", colour: (s) => s.cyan, members: (e) => e.listed && e.status === "new" },
	{ title: "Other reasons to reach out", colour: (s) => s.yellow, members: (e) => e.listed && !["overdue", "due", "new"].includes(e.status) },
	{ title: "Not due yet", colour: (s) => s.green, members: (e) => !e.listed && e.status === "ok" },
	{ title: "Snoozed", colour: (s) => s.dim, members: (e) => !e.listed && e.status === "snoozed" },
	{ title: "Waiting: in a busy period", colour: (s) => s.dim, members: (e) => !e.listed && e.status === "waiting" },
	{ title: "Not tracked", colour: (s) => s.dim, members: (e) => e.status === "untracked" },
];

function since(e: Evaluation): string {
	if (e.daysSince === null) return "never";
	if (e.daysSince < 0) return `in ${-e.daysSince}d`;
	return `${e.daysSince}d ago`;
}

/** "December 4", or "January 4, 2028" when the year is not today's. */
function longDay(day: Day, today: Day): string {
	const year = toYmd(day).year;
	return year === toYmd(today).year ? formatLongDay(day) : `${formatLongDay(day)}, ${year}`;
}

/** The sentence for a contact that is not tracked, by reason. */
function untrackedNote(reason: UntrackedReason, settings: TendSettings | undefined): string {
	const tiers = settings ? settings.tiers.map((t) => t.name).join(", ") : "";
	switch (reason) {
		case "unknown-tier":
			return `Its tier is not one of the settings' tiers${tiers ? ` (${tiers})` : ""}`;
		case "bad-tier":
			return "Its tier is not one tier name (a list or a map?)";
		case "tier-cadence":
			return "Its tier's cadence in the settings does not parse";
		case "broken-frontmatter":
			return 'Its frontmatter (YAML) does not parse: run "tend check"';
		case "no-tier":
		default:
			return `No tier: add a tier property${tiers ? ` (${tiers})` : ""} to track this contact`;
	}
}

function statusNote(e: Evaluation, today: Day, settings: TendSettings | undefined): string | null {
	const s: Status = e.status;
	if (s === "ok" && e.dueDate !== null) return `Next due ${longDay(e.dueDate, today)} (${inDays(e.dueDate - today)})`;
	if (s === "snoozed" && e.contact.snoozeUntil !== null) return `Snoozed until ${longDay(e.contact.snoozeUntil, today)}`;
	if (s === "waiting") {
		const labels = e.contact.busy.map((b) => b.label).filter((l) => l !== "");
		return `In a busy period${labels.length > 0 ? ` (${labels.join(", ")})` : ""}`;
	}
	if (s === "untracked") return untrackedNote(e.contact.untracked ?? "no-tier", settings);
	return null;
}

/** Case, accents and Unicode form folded: names that a reader (or `tend log NAME`) confuses. */
function foldName(name: string): string {
	return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The label of each row: the name, or the path (without `.md`) where two names collide. */
function rowLabels(rows: readonly Evaluation[]): Map<Evaluation, { text: string; isPath: boolean }> {
	const folded = rows.map((e) => foldName(e.contact.name));
	const byName = new Map<string, number>();
	for (const f of folded) byName.set(f, (byName.get(f) ?? 0) + 1);
	const labels = new Map<Evaluation, { text: string; isPath: boolean }>();
	rows.forEach((e, i) => {
		const shared = (byName.get(folded[i] as string) ?? 0) > 1;
		labels.set(e, shared ? { text: e.contact.path.replace(/\.md$/i, ""), isPath: true } : { text: e.contact.name, isPath: false });
	});
	return labels;
}

const NAME_MIN = 8;
const NAME_MAX = 28;
const TIER_MIN = 3;
const TIER_MAX = 16;
const SINCE_MIN = 9;

/** What `due` says besides the list: the vault's size, who is not tracked, who comes next. */
export interface DueSummary {
	/** Every contact note in the vault. */
	contacts: readonly Contact[];
	settings: TendSettings;
	/** Whether the untracked contacts are listed (`--all`). */
	all: boolean;
}

/** The contact(s) that come due first, and the day, when nobody is due now. */
export function nextDue(contacts: readonly Contact[], today: Day, settings: TendSettings): { names: string[]; day: Day } | null {
	let best: { names: string[]; day: Day } | null = null;
	for (const c of contacts) {
		const a = assess(c, today, settings);
		let day: Day | null = null;
		if (a.status === "ok") day = a.dueDate;
		else if (a.status === "snoozed" && c.snoozeUntil !== null) day = a.dueDate === null ? c.snoozeUntil : Math.max(a.dueDate, c.snoozeUntil);
		else if (a.status === "waiting") {
			// The first day after the busy period, or the due date if that comes later.
			let d = Math.max(today + 1, a.dueDate ?? today + 1);
			for (let i = 0; i < 400 && c.busy.some((b) => insideBusy(b, d)); i++) d++;
			day = d;
		} else if (a.status === "overdue" || a.status === "due" || a.status === "new") day = today;
		if (day === null) continue;
		if (best === null || day < best.day) best = { names: [c.name], day };
		else if (day === best.day) best.names.push(c.name);
	}
	return best;
}

function namesInWords(names: readonly string[]): string {
	if (names.length === 1) return names[0] ?? "";
	if (names.length === 2) return `${names[0] ?? ""} and ${names[1] ?? ""}`;
	return `${names[0] ?? ""}, ${names[1] ?? ""} and ${plural(names.length - 2, "other")}`;
}

const UNTRACKED_WORDS: Record<UntrackedReason, [string, string]> = {
	"no-tier": ["has no tier", "have no tier"],
	"unknown-tier": ["has a tier that is not in the settings", "have a tier that is not in the settings"],
	"bad-tier": ["has a tier that is not one name", "have a tier that is not one name"],
	"tier-cadence": ["has a tier whose cadence does not parse", "have a tier whose cadence does not parse"],
	"broken-frontmatter": ["has broken YAML", "have broken YAML"],
};

/** "3 contact notes are not tracked: 2 have no tier, 1 has broken YAML (...)". */
export function untrackedLine(contacts: readonly Contact[], all: boolean): string | null {
	const counts = new Map<UntrackedReason, number>();
	let total = 0;
	let withProblems = 0;
	for (const c of contacts) {
		if (c.tierIndex >= 0 && c.cadence !== null) continue;
		const reason = c.untracked ?? "no-tier";
		counts.set(reason, (counts.get(reason) ?? 0) + 1);
		total++;
		if (reason !== "no-tier" || c.diagnostics.length > 0) withProblems++;
	}
	if (total === 0) return null;
	const order: UntrackedReason[] = ["no-tier", "unknown-tier", "bad-tier", "tier-cadence", "broken-frontmatter"];
	const head = `${contactNotes(total)} ${total === 1 ? "is" : "are"} not tracked`;
	let why: string;
	if (counts.size === 1) {
		const [reason] = [...counts.keys()] as [UntrackedReason];
		why = ` because ${total === 1 ? "it" : "they"} ${UNTRACKED_WORDS[reason][total === 1 ? 0 : 1]}`;
	} else {
		why = `: ${order
			.filter((r) => counts.has(r))
			.map((r) => {
				const n = counts.get(r) ?? 0;
				return `${n} ${UNTRACKED_WORDS[r][n === 1 ? 0 : 1]}`;
			})
			.join(", ")}`;
	}
	const hints = [all ? "" : `"tend due --all" lists ${total === 1 ? "it" : "them"}`, withProblems > 0 ? `"tend check" shows the problems` : ""].filter((h) => h !== "");
	return `${head}${why}${hints.length > 0 ? ` (${hints.join("; ")})` : ""}.`;
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

export function formatDueList(
	evaluations: readonly Evaluation[],
	diagnostics: readonly Diagnostic[],
	today: Day,
	vault: string,
	style: Style,
	summary?: DueSummary,
): string {
	const out: string[] = [];
	const listed = evaluations.filter((e) => e.listed).length;
	const contactCount = summary ? summary.contacts.length : evaluations.length;
	const head = `Tend: ${listed === 0 ? "nobody is due" : `${listed} ${listed === 1 ? "contact" : "contacts"} to get in touch with`} on ${formatDay(today)}`;
	out.push(style.bold(head), style.dim(vault), "");

	const labels = rowLabels(evaluations);
	const labelWidths = evaluations.map((e) => displayWidth(labels.get(e)?.text ?? ""));
	const nameWidth = Math.min(NAME_MAX, Math.max(NAME_MIN, ...labelWidths));
	const tierWidth = Math.min(TIER_MAX, Math.max(TIER_MIN, ...evaluations.map((e) => displayWidth(e.contact.tier ?? "-"))));
	const sinceWidth = Math.max(SINCE_MIN, ...evaluations.map((e) => since(e).length));
	const indent = " ".repeat(2 + nameWidth + 2 + tierWidth + 1 + sinceWidth + 1);
	for (const group of GROUPS) {
		const members = evaluations.filter(group.members);
		if (members.length === 0) continue;
		out.push(group.colour(style)(style.bold(`${group.title} (${members.length})`)));
		for (const e of members) {
			const label = labels.get(e) ?? { text: e.contact.name, isPath: false };
			const name = padEnd(label.isPath ? truncateStart(label.text, nameWidth) : truncate(label.text, nameWidth), nameWidth);
			const tier = padEnd(truncate(e.contact.tier ?? "-", tierWidth), tierWidth);
			const lines = e.reasons.map((r) => r.text);
			const note = statusNote(e, today, summary?.settings);
			if (note !== null) lines.unshift(note);
			const first = lines.shift() ?? "";
			out.push(`  ${style.bold(name)}  ${tier} ${padEnd(since(e), sinceWidth)} ${first}`.trimEnd());
			for (const l of lines) out.push(`${indent}${style.dim(l)}`);
		}
		out.push("");
	}

	if (contactCount === 0) {
		out.push(noContactsText(summary?.settings, vault), "");
	} else if (listed === 0 && summary) {
		const next = nextDue(summary.contacts, today, summary.settings);
		if (next) out.push(`Nobody is due. Next: ${namesInWords(next.names)} on ${longDay(next.day, today)} (${inDays(next.day - today)}).`, "");
		else out.push("Nobody is due, and no contact is tracked yet: give a contact note a tier (tier: A) to start.", "");
	}
	const notTracked = summary ? untrackedLine(summary.contacts, summary.all) : null;
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
