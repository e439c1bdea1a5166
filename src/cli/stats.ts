/**
 * `tend stats [--json]`: the network at a glance (src/core/insights/stats.ts): contacts per
 * tier and the share on cadence, give and take, follow-through, the weekly load against
 * capacity, who is drifting, and touchpoints a week over the last 26 weeks as a small chart.
 */
import { formatDay, type Day } from "../core/calendar";
import { barCell, monthRuler, weeksJson } from "../core/insights/activity";
import { loadText } from "../core/insights/capacityNotes";
import { driftText } from "../core/insights/drifting";
import { followThroughLines, percent } from "../core/insights/followThrough";
import { countsText, hoursText, ratioText } from "../core/insights/giveTake";
import { stats, type Stats } from "../core/insights/stats";
import { switchFlag, UsageError } from "./args";
import { displayWidth, padEnd } from "./format";
import { loadProfiles } from "./profiles";
import { withKeptTasks } from "./vaultMentions";
import { vaultArgs, type CommandIo } from "./vaultArgs";

export function formatStats(s: Stats, today: Day, vault: string): string {
	const out: string[] = [`Tend stats on ${formatDay(today)}`, vault, ""];
	out.push(`Contacts: ${s.contacts} (${s.tracked} tracked${s.untracked > 0 ? `, ${s.untracked} not tracked` : ""})`);
	const tierWidth = Math.max(4, ...s.tiers.map((t) => displayWidth(t.tier)));
	out.push(`  ${padEnd("Tier", tierWidth)}  Contacts  On cadence`);
	for (const t of s.tiers) {
		const share = t.share === null ? "-" : `${t.onCadence} (${percent(t.share)})`;
		out.push(`  ${padEnd(t.tier, tierWidth)}  ${String(t.contacts).padEnd(8)}  ${share}`);
	}
	out.push("", `Weekly load: ${loadText(s.capacity)}.`);
	for (const w of s.warnings) out.push(`Warning: ${w}`);

	const b = s.balance;
	const ratio = ratioText(b);
	out.push("", "Give and take, last 12 months", `  ${countsText(b)}${ratio}`, `  ${hoursText(b.hoursGiven)} given, of ${hoursText(b.hours)} recorded`);
	if (b.negative.length > 0) out.push(`  Asked more than given: ${b.negative.map((n) => `${n.name} (${n.balance})`).join(", ")}`);

	const f = followThroughLines(s.followThrough);
	out.push("", f.title, ...f.lines.map((l) => `  ${l}`));

	if (s.drifting.length > 0) {
		out.push("", `Drifting from their usual rhythm (${s.drifting.length})`);
		for (const d of s.drifting) out.push(`  ${d.name}: ${driftText(d.drift).replace(/^U/, "u")}`);
	}

	const max = Math.max(0, ...s.weeks.map((w) => w.count));
	const total = s.weeks.reduce((n, w) => n + w.count, 0);
	out.push("", `Touchpoints a week, last 26 weeks (${total} in all, at most ${max} in a week; oldest first)`);
	out.push(`  ${s.weeks.map((w) => barCell(w.count, max)).join("")}`.trimEnd() || "  (none)");
	out.push(`  ${monthRuler(s.weeks)}`.trimEnd());
	return `${out.join("\n").trimEnd()}\n`;
}

export function statsJson(s: Stats, today: Day) {
	return {
		today: formatDay(today),
		contacts: s.contacts,
		tracked: s.tracked,
		untracked: s.untracked,
		tiers: s.tiers,
		capacity: s.capacity,
		warnings: s.warnings,
		giveTake: s.balance,
		followThrough: s.followThrough,
		drifting: s.drifting,
		weeks: weeksJson(s.weeks),
	};
}

export function cmdStats(io: CommandIo, argv: readonly string[]): number {
	const { args, root, shown, today } = vaultArgs(io, argv, { json: { value: false } });
	if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0] ?? ""}"`);
	const { vault, profiles } = loadProfiles(root, today);
	const counted = stats(profiles, today, vault.settings);
	// Kept tasks (a done task with a ✅ date that links a contact) count as kept promises.
	const s = { ...counted, followThrough: withKeptTasks(counted.followThrough, vault.mentions, vault.contacts.map((c) => c.path)) };
	if (switchFlag(args, "json")) io.stdout.write(`${JSON.stringify(statsJson(s, today), null, 2)}\n`);
	else io.stdout.write(formatStats(s, today, shown));
	return 0;
}
