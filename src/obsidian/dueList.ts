/**
 * The due list as the side panel shows it: the core's ranked evaluations sorted into
 * sections, each row with short reasons. Pure (no `obsidian` import) so it is tested on its
 * own; the view only draws it.
 *
 * How core statuses map to sections (docs/plugin.md, "The due list"):
 * - Overdue: status `overdue`.
 * - Due: status `due`, and `new` (a tracked contact with no contact logged yet: it counts as
 *   most urgent in the core's ranking, so it leads the section).
 * - Promises: contacts listed only for a promise that is late or due soon (their status is
 *   `ok`, `snoozed` or `waiting`). A late promise of an overdue or due contact stays on that
 *   contact's row in Overdue or Due, so each contact appears once in the schedule.
 * - Coming up: contacts listed only for another urgent reason: a birthday or yearly date
 *   within the window, a busy period that just ended, a lapsed positive rule.
 * - Needs attention: contacts with diagnostics (a note Tend cannot fully read) and contacts
 *   with no tier ("needs a tier"). These rows may repeat a contact listed above: they are
 *   about fixing the note, not about getting in touch.
 * Within a section the core's order holds (docs/schedule.md, "Ranking").
 */
import { formatDay, formatLongDay, type Day } from "../core/calendar";
import type { Contact } from "../core/contact";
import type { Diagnostic } from "../core/diagnostics";
import { dueList, type Evaluation, type Reason } from "../core/schedule";
import type { TendSettings } from "../core/settings";
import { inDays, plural } from "../core/words";

export type SectionId = "overdue" | "due" | "promises" | "coming-up" | "attention";

export const SECTION_TITLES: Record<SectionId, string> = {
	overdue: "Overdue",
	due: "Due",
	promises: "Promises",
	"coming-up": "Coming up",
	attention: "Needs attention",
};

export interface ShortReason {
	kind: Reason["kind"] | "diagnostic" | "no-tier";
	/** A few words for the row. */
	text: string;
	/** The whole sentence, for the tooltip and screen readers. */
	full: string;
	/** Marks an error diagnostic (or a late promise) so it stands out. */
	severity: "error" | "warning" | "normal";
}

export interface DueRow {
	/** Unique in the list: section and path. */
	key: string;
	section: SectionId;
	contact: Contact;
	evaluation: Evaluation;
	name: string;
	tier: string;
	/** `12d`, `never`, `in 3d`. */
	days: string;
	/** The sentence behind `days`. */
	daysTitle: string;
	reasons: ShortReason[];
	/** For Needs attention rows: the line to open the note at (one-based), if any. */
	line: number | null;
}

export interface DueSection {
	id: SectionId;
	title: string;
	rows: DueRow[];
}

export interface DueListModel {
	today: Day;
	sections: DueSection[];
	/** Contacts on the due list (every section but Needs attention). */
	listed: number;
	contacts: number;
	/** The next contact to come due when nobody is due now, for the empty state. */
	next: { name: string; day: Day } | null;
}

export function daysLabel(e: Evaluation): { text: string; title: string } {
	if (e.daysSince === null || e.lastContact === null) return { text: "never", title: "No contact logged yet" };
	const last = formatDay(e.lastContact);
	if (e.daysSince < 0) return { text: `in ${-e.daysSince}d`, title: `Last contact ${last} lies in the future` };
	const ago = e.daysSince === 0 ? "today" : e.daysSince === 1 ? "yesterday" : `${e.daysSince} days ago`;
	return { text: `${e.daysSince}d`, title: `Last contact ${last} (${ago})` };
}

function quoted(what: string): string {
	return what === "" ? "a promise" : what;
}

/** A reason in a few words; the core's sentence stays available as `full`. */
export function shortReason(reason: Reason, e: Evaluation, today: Day): ShortReason {
	const full = reason.text;
	const make = (text: string, severity: ShortReason["severity"] = "normal"): ShortReason => ({ kind: reason.kind, text, full, severity });
	switch (reason.kind) {
		case "overdue": {
			const by = e.overdueDate === null ? 0 : today - e.overdueDate;
			return make(by <= 0 ? "Overdue" : `Overdue by ${plural(by, "day")}`);
		}
		case "due":
			return make(e.dueDate === null || e.dueDate >= today ? "Due today" : `Due since ${formatLongDay(e.dueDate)}`);
		case "new":
			return make("No contact logged yet");
		case "promise-late": {
			const p = reason.promise;
			const late = reason.day === undefined ? 0 : today - reason.day;
			return make(`Promise ${plural(late, "day")} late: ${quoted(p?.what ?? "")}`, "error");
		}
		case "promise-soon": {
			const p = reason.promise;
			const when = reason.day === undefined ? "soon" : inDays(reason.day - today);
			return make(`Promise due ${when}: ${quoted(p?.what ?? "")}`, "warning");
		}
		case "birthday":
			return make(reason.day === undefined || reason.day === today ? "Birthday today" : `Birthday ${inDays(reason.day - today)}`);
		case "date":
			return make(full);
		case "busy-ended":
			return make(full.replace(/ since [A-Z][a-z]+ \d+ \(/, " ("));
		case "ask-streak":
			return make("Give before you ask again");
		case "positive-lapse":
			return make("Time to give: share, help or check in");
		case "difficult":
			return make("Strained: keep it in writing");
	}
}

function diagnosticReason(d: Diagnostic): ShortReason {
	const where = d.line !== undefined ? `Line ${d.line}: ` : "";
	const text = `${where}${d.message}`;
	return { kind: "diagnostic", text, full: `${d.severity}: ${text}`, severity: d.severity === "error" ? "error" : "warning" };
}

function sectionOf(e: Evaluation): SectionId | null {
	if (!e.listed) return null;
	if (e.status === "overdue") return "overdue";
	if (e.status === "due" || e.status === "new") return "due";
	if (e.reasons.some((r) => r.kind === "promise-late" || r.kind === "promise-soon")) return "promises";
	return "coming-up";
}

function makeRow(e: Evaluation, section: SectionId, reasons: ShortReason[], line: number | null): DueRow {
	const days = daysLabel(e);
	return {
		key: `${section}:${e.contact.path}`,
		section,
		contact: e.contact,
		evaluation: e,
		name: e.contact.name,
		tier: e.contact.tier ?? "",
		days: days.text,
		daysTitle: days.title,
		reasons,
		line,
	};
}

function row(e: Evaluation, section: SectionId, today: Day): DueRow {
	return makeRow(e, section, e.reasons.map((r) => shortReason(r, e, today)), null);
}

function attentionRow(e: Evaluation): DueRow {
	const diagnostics = [...e.contact.diagnostics].sort((a, b) => (a.severity === b.severity ? (a.line ?? 0) - (b.line ?? 0) : a.severity === "error" ? -1 : 1));
	const reasons = diagnostics.map(diagnosticReason);
	if (e.status === "untracked" && !diagnostics.some((d) => d.severity === "error")) {
		reasons.push({
			kind: "no-tier",
			text: "Needs a tier: add a tier property to track this contact",
			full: "This contact has no tier, so Tend does not schedule it. Add a tier property (for example tier: B).",
			severity: "warning",
		});
	}
	const first = diagnostics.find((d) => d.line !== undefined);
	return makeRow(e, "attention", reasons, first?.line ?? null);
}

function attentionOrder(a: DueRow, b: DueRow): number {
	const rank = (r: DueRow) => (r.reasons.some((x) => x.severity === "error") ? 0 : 1);
	return rank(a) - rank(b) || a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || (a.contact.path < b.contact.path ? -1 : 1);
}

export function buildDueList(contacts: readonly Contact[], today: Day, settings: TendSettings): DueListModel {
	const evaluations = dueList(contacts, today, settings, { all: true });
	const rows: Record<SectionId, DueRow[]> = { overdue: [], due: [], promises: [], "coming-up": [], attention: [] };
	let listed = 0;
	let next: DueListModel["next"] = null;
	for (const e of evaluations) {
		const section = sectionOf(e);
		if (section) {
			rows[section].push(row(e, section, today));
			listed++;
		} else if (e.status === "ok" && e.dueDate !== null && (next === null || e.dueDate < next.day)) {
			next = { name: e.contact.name, day: e.dueDate };
		}
		if (e.contact.diagnostics.length > 0 || e.status === "untracked") rows.attention.push(attentionRow(e));
	}
	rows.attention.sort(attentionOrder);
	const sections = (Object.keys(SECTION_TITLES) as SectionId[])
		.map((id) => ({ id, title: SECTION_TITLES[id], rows: rows[id] }))
		.filter((s) => s.rows.length > 0);
	return { today, sections, listed, contacts: contacts.length, next };
}
