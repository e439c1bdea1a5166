/**
 * `tend digest [--limit N] [--json]`: the morning digest (src/core/digest.ts) as one markdown
 * message, for cron and mail (`tend digest | mail -s "Tend" me@example.com`), or as JSON.
 * Plain markdown without colour, whatever the terminal: it is meant to be sent on.
 */
import { formatDay, formatLongDay, toYmd, type Day } from "../core/calendar";
import { hasErrors } from "../core/diagnostics";
import { digest, DATE_DAYS, DIGEST_LIMIT, type Digest, type DigestDate } from "../core/digest";
import { isoWeekday } from "../core/plan/weeks";
import { inDays, plural } from "../core/words";
import { stringFlag, switchFlag, UsageError } from "./args";
import { loadProfiles } from "./profiles";
import { vaultArgs, type CommandIo } from "./vaultArgs";

/** The command's entry in `tend help` (main.ts lists it with the others). */
export const DIGEST_HELP = {
	synopsis: "tend digest [--limit N] [--json]",
	about: `The morning digest, as one markdown message for cron and mail: who is due and why, top
first, each with a suggested touchpoint; the promises due in the next 7 days (late ones
first); the birthdays and yearly dates of the next ${DATE_DAYS} days.`,
	options: [
		["--limit N", `how many due contacts to list (default ${DIGEST_LIMIT}; 0 lists them all)`],
		["--json", 'one JSON object: {"today", "due", "more", "promises", "dates"}'],
	] as [string, string][],
	dates: false,
	example: 'tend digest --vault ~/Notes | mail -s "Tend" me@example.com',
};

const WEEKDAYS = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** "Friday, November 27, 2026". */
function fullDay(day: Day): string {
	return `${WEEKDAYS[isoWeekday(day)] ?? ""}, ${formatLongDay(day)}, ${toYmd(day).year}`;
}

function dateLine(d: DigestDate, today: Day): string {
	const what = d.kind === "birthday" ? `${d.contact.name}'s birthday${d.years === null ? "" : ` (turns ${d.years})`}` : `${d.contact.name}: ${d.label || "yearly date"}${d.years === null ? "" : ` (${plural(d.years, "year")})`}`;
	return `- ${formatLongDay(d.day)}, ${inDays(d.day - today)}: ${what}`;
}

export function formatDigest(d: Digest): string {
	const today = d.today;
	const out: string[] = [`# Tend: ${fullDay(today)}`, ""];
	const total = d.due.length + d.more;
	out.push(`## Due (${total})`, "");
	if (total === 0) out.push("Nobody is due today.");
	for (const e of d.due) {
		const c = e.evaluation.contact;
		const tier = c.tier === null ? "" : ` (${c.tier})`;
		out.push(`- **${c.name}**${tier}: ${e.evaluation.reasons.map((r) => r.text).join("; ")}`);
		out.push(`  Suggested: ${e.suggestion.text} (${e.suggestion.kind})`);
	}
	if (d.more > 0) out.push(`- and ${d.more} more: run \`tend due\` for the whole list`);
	out.push("", `## Promises this week (${d.promises.length})`, "");
	if (d.promises.length === 0) out.push("None due in the next 7 days.");
	for (const p of d.promises) {
		const when = p.due < today ? `${plural(today - p.due, "day")} late` : inDays(p.due - today);
		out.push(`- ${formatLongDay(p.due)}, ${when}: ${p.contact.name}, "${p.what || "(no text)"}"`);
	}
	out.push("", `## Dates coming up (${d.dates.length})`, "");
	if (d.dates.length === 0) out.push(`None in the next ${DATE_DAYS} days.`);
	for (const date of d.dates) out.push(dateLine(date, today));
	return `${out.join("\n")}\n`;
}

export function digestJson(d: Digest) {
	return {
		today: formatDay(d.today),
		due: d.due.map((e) => ({
			name: e.evaluation.contact.name,
			path: e.evaluation.contact.path,
			tier: e.evaluation.contact.tier,
			status: e.evaluation.status,
			reasons: e.evaluation.reasons.map((r) => ({ kind: r.kind, text: r.text })),
			suggestion: e.suggestion,
		})),
		more: d.more,
		promises: d.promises.map((p) => ({ name: p.contact.name, path: p.contact.path, due: formatDay(p.due), what: p.what, status: p.status })),
		dates: d.dates.map((x) => ({ name: x.contact.name, path: x.contact.path, kind: x.kind, label: x.label, date: formatDay(x.day), inDays: x.day - d.today, years: x.years })),
	};
}

export function cmdDigest(io: CommandIo, argv: readonly string[]): number {
	const { args, root, today } = vaultArgs(io, argv, { limit: { value: true }, json: { value: false } });
	if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0] ?? ""}"`);
	const text = stringFlag(args, "limit");
	let limit: number | undefined;
	if (text !== undefined) {
		if (!/^\d+$/.test(text.trim()) || Number(text.trim()) > 100000) throw new UsageError(`--limit ${text} should be a whole number of contacts (0 lists them all)`);
		limit = Number(text.trim());
	}
	const { vault, profiles } = loadProfiles(root, today);
	const d = digest(profiles, today, vault.settings, { limit });
	if (hasErrors(vault.diagnostics)) io.stderr.write(`tend digest: some contact notes have errors (their bad values are left out): run "tend check" to see them\n`);
	if (switchFlag(args, "json")) io.stdout.write(`${JSON.stringify(digestJson(d), null, 2)}\n`);
	else io.stdout.write(formatDigest(d));
	return 0;
}
