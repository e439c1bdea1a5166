/**
 * Human output of `tend`: a table grouped by status, each contact with its reasons. Colour
 * only when asked for (stdout is a terminal and NO_COLOR is not set).
 */
import { formatDay, formatLongDay, type Day } from "../core/calendar";
import { formatDiagnostic, type Diagnostic } from "../core/diagnostics";
import type { Evaluation, Status } from "../core/schedule";

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
	{ title: "Needs a tier", colour: (s) => s.dim, members: (e) => e.status === "untracked" },
];

function since(e: Evaluation): string {
	if (e.daysSince === null) return "never";
	if (e.daysSince < 0) return `in ${-e.daysSince}d`;
	return `${e.daysSince}d ago`;
}

function statusNote(e: Evaluation, today: Day): string | null {
	const s: Status = e.status;
	if (s === "ok" && e.dueDate !== null) return `Next due ${formatLongDay(e.dueDate)} (in ${e.dueDate - today} days)`;
	if (s === "snoozed" && e.contact.snoozeUntil !== null) return `Snoozed until ${formatLongDay(e.contact.snoozeUntil)}`;
	if (s === "waiting") {
		const labels = e.contact.busy.map((b) => b.label).filter((l) => l !== "");
		return `In a busy period${labels.length > 0 ? ` (${labels.join(", ")})` : ""}`;
	}
	if (s === "untracked") return "No tier: add a tier property to track this contact";
	return null;
}

function pad(s: string, width: number): string {
	const len = [...s].length;
	return len >= width ? s : s + " ".repeat(width - len);
}

function truncate(s: string, width: number): string {
	const chars = [...s];
	return chars.length <= width ? s : `${chars.slice(0, width - 1).join("")}…`;
}

export function formatDueList(
	evaluations: readonly Evaluation[],
	diagnostics: readonly Diagnostic[],
	today: Day,
	vault: string,
	style: Style,
): string {
	const out: string[] = [];
	const listed = evaluations.filter((e) => e.listed).length;
	const head = `Tend: ${listed === 0 ? "nobody is due" : `${listed} ${listed === 1 ? "contact" : "contacts"} to get in touch with`} on ${formatDay(today)}`;
	out.push(style.bold(head), style.dim(vault), "");
	const nameWidth = Math.min(28, Math.max(8, ...evaluations.map((e) => [...e.contact.name].length)));
	for (const group of GROUPS) {
		const members = evaluations.filter(group.members);
		if (members.length === 0) continue;
		out.push(group.colour(style)(style.bold(`${group.title} (${members.length})`)));
		for (const e of members) {
			const name = pad(truncate(e.contact.name, nameWidth), nameWidth);
			const tier = pad(e.contact.tier ?? "-", 3);
			const lines = e.reasons.map((r) => r.text);
			const note = statusNote(e, today);
			if (note !== null) lines.unshift(note);
			const first = lines.shift() ?? "";
			out.push(`  ${style.bold(name)}  ${tier} ${pad(since(e), 9)} ${first}`);
			const indent = " ".repeat(2 + nameWidth + 2 + 4 + 10);
			for (const l of lines) out.push(`${indent}${style.dim(l)}`);
		}
		out.push("");
	}
	if (evaluations.length === 0) out.push("No contacts found. Put contact notes in the contacts folder (People/ by default), tag them #contact, or give them type: contact.", "");
	const errors = diagnostics.filter((d) => d.severity === "error").length;
	const warnings = diagnostics.length - errors;
	if (diagnostics.length > 0) {
		const parts = [errors > 0 ? `${errors} ${errors === 1 ? "error" : "errors"}` : "", warnings > 0 ? `${warnings} ${warnings === 1 ? "warning" : "warnings"}` : ""].filter((p) => p !== "");
		out.push(style.dim(`${parts.join(" and ")} in contact notes: run "tend check" to see them.`));
	}
	return `${out.join("\n").trimEnd()}\n`;
}

export function formatCheck(diagnostics: readonly Diagnostic[], contactCount: number, style: Style): string {
	const out: string[] = [];
	for (const d of diagnostics) {
		const line = formatDiagnostic(d);
		out.push(d.severity === "error" ? style.red(line) : style.yellow(line));
	}
	const errors = diagnostics.filter((d) => d.severity === "error").length;
	const warnings = diagnostics.length - errors;
	const notes = new Set(diagnostics.map((d) => d.path)).size;
	if (diagnostics.length === 0) out.push(style.green(`All ${contactCount} contact notes are fine.`));
	else {
		if (out.length > 0) out.push("");
		out.push(`${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"} in ${notes} ${notes === 1 ? "note" : "notes"} (${contactCount} contact notes checked).`);
	}
	return `${out.join("\n")}\n`;
}
