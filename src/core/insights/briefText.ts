/**
 * The brief's lines as sentences, shared by `tend brief` (markdown) and the plugin's contact
 * panel (elements), so both say the same thing in the same words.
 */
import { describeCadence } from "../cadence";
import { formatDay, formatLongDay, type Day } from "../calendar";
import type { Touchpoint } from "../log";
import { mentionName, promiseWhere } from "../mentions/withMentions";
import { lastContactSource, mentionedIn, type PromiseState } from "../schedule";
import { formatHours } from "../template";
import { ago, inDays, plural } from "../words";
import type { Brief, ComingDate } from "./brief";
import { countsText, hoursText, times, type GiveTake } from "./giveTake";

/** "Tier A (every 3 weeks) · overdue · last contact 2026-10-01, 2 months ago". */
export function statusLine(b: Pick<Brief, "evaluation" | "contact">, today: Day): string {
	const e = b.evaluation;
	const c = b.contact;
	const tier = c.tier === null ? "No tier" : `Tier ${c.tier}${c.cadence ? ` (every ${describeCadence(c.cadence)})` : ""}`;
	let status: string;
	switch (e.status) {
		case "overdue":
			status = "overdue";
			break;
		case "due":
			status = "due";
			break;
		case "new":
			status = "new: no contact logged yet";
			break;
		case "ok":
			status = e.dueDate === null ? "not due" : `next due ${formatLongDay(e.dueDate)} (${inDays(e.dueDate - today)})`;
			break;
		case "snoozed":
			status = c.snoozeUntil === null ? "snoozed" : `snoozed until ${formatDay(c.snoozeUntil)}`;
			break;
		case "waiting": {
			const labels = c.busy.map((p) => p.label).filter((l) => l !== "");
			status = `in a busy period${labels.length > 0 ? ` (${labels.join(", ")})` : ""}`;
			break;
		}
		default:
			status = "not tracked";
	}
	const mention = mentionedIn(lastContactSource(c));
	const from = mention !== null ? ` (mention in ${mentionName(mention)})` : "";
	const last = e.lastContact === null || e.daysSince === null ? "no contact logged" : `last contact ${formatDay(e.lastContact)}, ${ago(e.daysSince)}${from}`;
	return `${tier} · ${status} · ${last}`;
}

/** "2026-11-02 call — Talked about the launch (1.5 h)". */
export function entryLine(t: Pick<Touchpoint, "date" | "kind" | "summary" | "hours">): string {
	return `${t.date} ${t.kind || "(no kind)"}${t.summary === "" ? "" : ` — ${t.summary}`}${t.hours === null ? "" : ` (${formatHours(t.hours)})`}`;
}

/** "2026-12-10 Send the deck: due in 9 days", "no date Call back", "2026-11-01 X: 30 days late". */
export function promiseLine(p: Pick<PromiseState, "due" | "what" | "status" | "commitment">, today: Day): string {
	const when = p.due === null ? "no date" : formatDay(p.due);
	const state = p.due === null ? "" : p.status === "late" ? `: ${plural(today - p.due, "day")} late` : p.status === "soon" ? `: due ${inDays(p.due - today)}` : "";
	const where = promiseWhere(p.commitment);
	return `${when} ${p.what || "(no text)"}${state}${where === null ? "" : ` (task in ${where})`}`;
}

/** "Birthday: March 4 (in 3 months), turns 41". */
export function comingDateLine(d: ComingDate, today: Day): string {
	const years = d.years === null ? "" : d.kind === "birthday" ? `, turns ${d.years}` : `, ${plural(d.years, "year")}`;
	return `${d.label || "Yearly date"}: ${formatLongDay(d.day)} (${inDays(d.day - today)})${years}`;
}

/** The give-and-take lines: the counts and balance, the time, the asks waiting for a give. */
export function giveTakeLines(g: GiveTake): string[] {
	const out = [`${countsText(g)}; balance ${g.balance > 0 ? "+" : ""}${g.balance}.`];
	if (g.hours > 0) out.push(`Time: ${hoursText(g.hoursGiven)} given, of ${hoursText(g.hours)} recorded.`);
	if (g.asksSinceGive > 0) out.push(`You have asked ${times(g.asksSinceGive)} ${g.hasGiven ? "since you last gave" : "and not given anything yet"}.`);
	return out;
}
