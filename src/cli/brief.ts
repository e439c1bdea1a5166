/**
 * `tend brief NAME [--json]`: a page to read before a conversation, as markdown on standard
 * output (paste it into a note, or pipe it to a viewer), or as one JSON object. What it holds
 * and how each part is decided is src/core/insights/brief.ts.
 */
import { formatDay, formatLongDay, type Day } from "../core/calendar";
import { describeCadence } from "../core/cadence";
import { findByName } from "../core/names";
import { mentionName, promiseSource, promiseWhere } from "../core/mentions/withMentions";
import { lastContactSource } from "../core/schedule";
import { monthRuler, weekCell, weeksJson } from "../core/insights/activity";
import { brief, type Brief } from "../core/insights/brief";
import { followThroughText } from "../core/insights/followThrough";
import { countsText, hoursText, times } from "../core/insights/giveTake";
import type { Profile } from "../core/insights/profile";
import { formatHours } from "../core/template";
import { ago, inDays, plural } from "../core/words";
import { switchFlag, UsageError } from "./args";
import { loadProfiles } from "./profiles";
import { withKeptTasks } from "./vaultMentions";
import { vaultArgs, type CommandIo } from "./vaultArgs";

function statusLine(b: Brief, today: Day): string {
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
	const source = lastContactSource(c);
	const from = source !== null && typeof source === "object" ? ` (mention in ${mentionName(source.path)})` : "";
	const last = e.lastContact === null || e.daysSince === null ? "no contact logged" : `last contact ${formatDay(e.lastContact)}, ${ago(e.daysSince)}${from}`;
	return `${tier} · ${status} · ${last}`;
}

function section(title: string, lines: readonly string[], none: string): string[] {
	return [`## ${title}`, "", ...(lines.length > 0 ? lines : [none]), ""];
}

export function formatBrief(b: Brief, today: Day): string {
	const c = b.contact;
	const out: string[] = [`# ${c.name}`, "", statusLine(b, today), `Note: ${c.path}`, ""];
	out.push(...section("Why now", b.reasons.map((r) => `- ${r.text}`), "Nothing pressing."));
	out.push(...section("Suggested touchpoint", [`${b.suggestion.text} (${b.suggestion.kind})`], ""));
	out.push(...section("Ask them", [b.question.text], ""));
	out.push(
		...section(
			"Last touchpoints",
			b.lastEntries.map((t) => `- ${t.date} ${t.kind || "(no kind)"}${t.summary === "" ? "" : ` — ${t.summary}`}${t.hours === null ? "" : ` (${formatHours(t.hours)})`}`),
			"None logged yet.",
		),
	);
	out.push(
		...section(
			"Open promises",
			b.promises.map((p) => {
				const when = p.due === null ? "no date" : formatDay(p.due);
				const state = p.due === null ? "" : p.status === "late" ? `: ${plural(today - p.due, "day")} late` : p.status === "soon" ? `: due ${inDays(p.due - today)}` : "";
				const where = promiseWhere(p.commitment);
				return `- ${when} ${p.what || "(no text)"}${state}${where === null ? "" : ` (task in ${where})`}`;
			}),
			"None.",
		),
	);
	const about: string[] = [];
	if (c.interests.length > 0) about.push(`- Interests: ${c.interests.join("; ")}`);
	if (c.goals.length > 0) about.push(`- Goals: ${c.goals.join("; ")}`);
	if (c.offers.length > 0) about.push(`- Offers: ${c.offers.join("; ")}`);
	out.push(...section("Interests and goals", about, "None written down yet: add interests, goals and offers to the note."));
	out.push(
		...section(
			"Coming dates",
			b.comingDates.map((d) => {
				const years = d.years === null ? "" : d.kind === "birthday" ? `, turns ${d.years}` : `, ${plural(d.years, "year")}`;
				return `- ${d.label || "Yearly date"}: ${formatLongDay(d.day)} (${inDays(d.day - today)})${years}`;
			}),
			"None known.",
		),
	);
	const g = b.giveTake;
	const take = [`${countsText(g)}; balance ${g.balance > 0 ? "+" : ""}${g.balance}.`];
	if (g.hours > 0) take.push(`Time: ${hoursText(g.hoursGiven)} given, of ${hoursText(g.hours)} recorded.`);
	if (g.asksSinceGive > 0) take.push(`You have asked ${times(g.asksSinceGive)} ${g.hasGiven ? "since you last gave" : "and not given anything yet"}.`);
	out.push(...section("Give and take, last 12 months", take, ""));
	const kept = followThroughText(b.followThrough);
	out.push(...section("Follow-through", [`Promises: ${kept}.`], ""));
	const cells = b.heatmap.map((w) => weekCell(w.count)).join("");
	// An indented code block, not a fenced one: the brief can then be quoted inside a fence.
	out.push("## Touchpoints, last 12 months", "", "One character a week, oldest first (· none, a digit the count):", "", `    ${monthRuler(b.heatmap)}`, `    ${cells}`, "");
	return `${out.join("\n").trimEnd()}\n`;
}

export function briefJson(b: Brief, today: Day) {
	const date = (d: Day | null) => (d === null ? null : formatDay(d));
	const e = b.evaluation;
	return {
		name: b.contact.name,
		path: b.contact.path,
		tier: b.contact.tier,
		status: e.status,
		lastContact: date(e.lastContact),
		lastContactSource: lastContactSource(b.contact),
		daysSince: e.daysSince,
		dueDate: date(e.dueDate),
		overdueDate: date(e.overdueDate),
		reasons: b.reasons,
		suggestion: b.suggestion,
		question: b.question.text,
		lastEntries: b.lastEntries.map((t) => ({ date: t.date, kind: t.kind, summary: t.summary, hours: t.hours })),
		promises: b.promises.map((p) => {
			const source = promiseSource(p.commitment);
			return source === null ? { due: date(p.due), what: p.what, status: p.status } : { due: date(p.due), what: p.what, status: p.status, source };
		}),
		interests: b.contact.interests,
		goals: b.contact.goals,
		offers: b.contact.offers,
		comingDates: b.comingDates.map((d) => ({ kind: d.kind, label: d.label, date: formatDay(d.day), inDays: d.day - today, years: d.years })),
		giveTake: b.giveTake,
		followThrough: b.followThrough,
		drift: b.drift,
		heatmap: weeksJson(b.heatmap),
	};
}

function findProfile(profiles: readonly Profile[], name: string, otherNotes: readonly string[]): Profile {
	const match = findByName(
		profiles.map((p) => ({ path: p.contact.path, profile: p })),
		name,
	);
	if (match.ok) return match.item.profile;
	const other = findByName(
		otherNotes.map((p) => ({ path: p })),
		name,
	);
	if (other.ok) throw new UsageError(`${other.item.path} is not a contact note`);
	throw new UsageError(match.reason);
}

export function cmdBrief(io: CommandIo, argv: readonly string[]): number {
	const { args, root, today } = vaultArgs(io, argv, { json: { value: false } });
	if (args.positionals.length === 0) throw new UsageError("whose brief? Give a NAME");
	if (args.positionals.length > 1) throw new UsageError(`one NAME at a time (got ${args.positionals.map((p) => `"${p}"`).join(", ")}); quote a name with spaces`);
	const { vault, profiles } = loadProfiles(root, today);
	const profile = findProfile(profiles, args.positionals[0] as string, vault.otherNotes);
	const made = brief(profile, today, vault.settings);
	// Kept tasks (a done task with a ✅ date that links the contact) count as kept promises.
	const b = { ...made, followThrough: withKeptTasks(made.followThrough, vault.mentions, [profile.contact.path]) };
	if (switchFlag(args, "json")) io.stdout.write(`${JSON.stringify(briefJson(b, today), null, 2)}\n`);
	else io.stdout.write(formatBrief(b, today));
	return 0;
}
