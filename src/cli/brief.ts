/**
 * `tend brief NAME [--json]`: a page to read before a conversation, as markdown on standard
 * output (paste it into a note, or pipe it to a viewer), or as one JSON object. What it holds
 * and how each part is decided is src/core/insights/brief.ts.
 */
import { formatDay, type Day } from "../core/calendar";
import { findByName } from "../core/names";
import { promiseSource } from "../core/mentions/withMentions";
import { lastContactSource } from "../core/schedule";
import { monthRuler, weekCell, weeksJson } from "../core/insights/activity";
import { brief, type Brief } from "../core/insights/brief";
import { followThroughText } from "../core/insights/followThrough";
import { comingDateLine, entryLine, giveTakeLines, promiseLine, statusLine } from "../core/insights/briefText";
import type { Profile } from "../core/insights/profile";
import { switchFlag, UsageError } from "./args";
import { loadProfiles } from "./profiles";
import { withKeptTasks } from "./vaultMentions";
import { vaultArgs, type CommandIo } from "./vaultArgs";

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
			b.lastEntries.map((t) => `- ${entryLine(t)}`),
			"None logged yet.",
		),
	);
	out.push(
		...section(
			"Open promises",
			b.promises.map((p) => `- ${promiseLine(p, today)}`),
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
			b.comingDates.map((d) => `- ${comingDateLine(d, today)}`),
			"None known.",
		),
	);
	const take = giveTakeLines(b.giveTake);
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
