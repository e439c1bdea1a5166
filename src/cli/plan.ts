/**
 * `tend plan [--weeks N] [--capacity N] [--json]`: the weekly plan (src/core/plan/planner.ts)
 * and the load forecast (src/core/plan/forecast.ts) of a vault, as a table or as JSON.
 */
import { formatDay, formatLongDay, toYmd, type Day } from "../core/calendar";
import { hasErrors } from "../core/diagnostics";
import { loadForecast, type ForecastWeek } from "../core/plan/forecast";
import { planInputs } from "../core/plan/input";
import { planJson } from "../core/plan/json";
import { planOptionsOf, weeklyPlan, type Lapse, type WeeklyPlan } from "../core/plan/planner";
import { isoWeekday } from "../core/plan/weeks";
import { plural } from "../core/words";
import { stringFlag, switchFlag, UsageError, type ParsedArgs } from "./args";
import { chooseStyle, displayWidth, padEnd, truncate, type Style } from "./format";
import { loadVaultWithMentions } from "./vaultMentions";
import { vaultArgs, type CommandIo } from "./vaultArgs";

/** The command's entry in `tend help` (main.ts lists it with the others). */
export const PLAN_HELP = {
	synopsis: "tend plan [--weeks N] [--capacity N] [--json]",
	about: `Who to reach in each of the coming weeks, and on which day, so that everyone is reached
inside their cadence's window and no week holds more than your weekly capacity: promises,
birthdays and yearly dates on their day, nobody while snoozed or busy, the top tier first
when not everyone fits. Says who will lapse and what to change, and ends with the load
falling due per week, by tier. The plan is made afresh from the notes every time, so a
touchpoint logged early moves the rest.`,
	options: [
		["--weeks N", "how many weeks to show, 1 to 52 (default 8)"],
		["--capacity N", "touchpoints a week (default: the weeklyCapacity setting)"],
		["--json", 'one JSON object: {"today", "capacity", "impliedLoad", "weeks",\n"lapses", "advice", "forecast"}'],
	] as [string, string][],
	dates: false,
	example: "tend plan --vault ~/Notes --capacity 6",
};

function countFlag(args: ParsedArgs, name: string, min: number, max: number, what: string): number | undefined {
	const text = stringFlag(args, name);
	if (text === undefined) return undefined;
	const t = text.trim();
	if (!/^\d+$/.test(t) || Number(t) < min || Number(t) > max) throw new UsageError(`--${name} ${text} should be a whole number of ${what} from ${min} to ${max}`);
	return Number(t);
}

const WEEKDAYS = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Fri Nov 27". */
function shortDay(day: Day): string {
	const { month, day: dom } = toYmd(day);
	return `${WEEKDAYS[isoWeekday(day)] ?? ""} ${MONTHS[month - 1] ?? ""} ${dom}`;
}

/** "November 30", or "January 4, 2027" when the year is not today's. */
function longDay(day: Day, today: Day): string {
	const year = toYmd(day).year;
	return year === toYmd(today).year ? formatLongDay(day) : `${formatLongDay(day)}, ${year}`;
}

function lapseNote(l: Lapse, plan: WeeklyPlan, weeks: number): string {
	const when = l.plannedDay === null ? `not reached in the next ${plural(weeks, "week")}` : `planned ${longDay(l.plannedDay, plan.today)}`;
	if (l.cause === "behind") return `overdue since ${longDay(l.overdueDate + 1, plan.today)}; ${when}`;
	const why = l.cause === "capacity" ? "the weeks of its window are full" : "snoozed or busy through its window";
	return `window closes ${longDay(l.overdueDate, plan.today)}: ${why}; ${when}`;
}

function forecastTable(forecast: readonly ForecastWeek[], style: Style): string[] {
	const tiers = forecast[0]?.tiers.map((t) => t.tier) ?? [];
	const widths = tiers.map((t) => Math.max(3, displayWidth(truncate(t, 8))));
	const out = [style.bold("Falling due per week, by tier (the cadences as they stand, before the plan)")];
	const head = tiers.map((t, i) => " ".repeat(Math.max(0, (widths[i] ?? 3) - displayWidth(truncate(t, 8)))) + truncate(t, 8));
	out.push(`  ${padEnd("week of", 9)} ${head.join(" ")}  total`);
	for (const w of forecast) {
		const { month, day } = toYmd(w.start);
		const cells = w.tiers.map((t, i) => String(t.count).padStart(widths[i] ?? 3));
		out.push(`  ${padEnd(`${MONTHS[month - 1] ?? ""} ${day}`, 9)} ${cells.join(" ")}  ${String(w.total).padStart(5)}`);
	}
	return out;
}

function formatPlan(plan: WeeklyPlan, forecast: readonly ForecastWeek[], vault: string, tracked: number, style: Style): string {
	const out: string[] = [];
	const weeks = plan.weeks.length;
	out.push(style.bold(`Tend: a plan for ${plural(weeks, "week")} from ${formatDay(plan.today)}, up to ${plural(plan.capacity, "touchpoint")} a week`), style.dim(vault), "");
	if (tracked === 0) {
		out.push("No contact is tracked yet: give a contact note a tier (tier: A) to plan for it.");
		return `${out.join("\n")}\n`;
	}
	const implied = Math.round(plan.impliedLoad * 10) / 10;
	const kept = plan.lapses.length === 0 ? "No window lapses" : `${plural(plan.lapses.length, "window")} lapse${plan.lapses.length === 1 ? "s" : ""} (below)`;
	out.push(`Your cadences ask for ${implied} touchpoints a week; the plan paces what can wait at ${plan.level} a week. ${kept} in these ${plural(weeks, "week")}.`, "");
	const rows = plan.weeks.flatMap((w) => w.touchpoints);
	const nameWidth = Math.min(28, Math.max(8, ...rows.map((t) => displayWidth(t.contact.name)), ...plan.lapses.map((l) => displayWidth(l.contact.name))));
	const tierWidth = Math.min(16, Math.max(1, ...rows.map((t) => displayWidth(t.contact.tier)), ...plan.lapses.map((l) => displayWidth(l.contact.tier))));
	plan.weeks.forEach((w, i) => {
		const title = i === 0 ? `This week (from ${longDay(w.start, plan.today)})` : `Week of ${longDay(w.start, plan.today)}`;
		out.push(style.bold(`${title}: ${w.touchpoints.length}`));
		if (w.touchpoints.length === 0) out.push(style.dim("  nothing planned"));
		for (const t of w.touchpoints) {
			const name = padEnd(truncate(t.contact.name, nameWidth), nameWidth);
			const tier = padEnd(truncate(t.contact.tier, tierWidth), tierWidth);
			out.push(`  ${padEnd(shortDay(t.day), 10)}  ${style.bold(name)}  ${tier}  ${t.text}`);
		}
		out.push("");
	});
	if (plan.lapses.length > 0) {
		out.push(style.yellow(style.bold(`Will lapse (${plan.lapses.length})`)));
		for (const l of plan.lapses) {
			out.push(`  ${style.bold(padEnd(truncate(l.contact.name, nameWidth), nameWidth))}  ${padEnd(truncate(l.contact.tier, tierWidth), tierWidth)}  ${lapseNote(l, plan, weeks)}`);
		}
		out.push("");
	}
	if (plan.advice.length > 0) {
		out.push(style.bold("What to change"));
		for (const a of plan.advice) out.push(`  ${a.text}`);
		out.push("");
	}
	out.push(...forecastTable(forecast, style));
	return `${out.join("\n")}\n`;
}

export function cmdPlan(io: CommandIo, argv: readonly string[]): number {
	const { args, root, shown, today } = vaultArgs(io, argv, { weeks: { value: true }, capacity: { value: true }, json: { value: false } });
	if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0] ?? ""}"`);
	const weeks = countFlag(args, "weeks", 1, 52, "weeks");
	const capacity = countFlag(args, "capacity", 1, 1000, "touchpoints a week");
	const vault = loadVaultWithMentions(root, today);
	const inputs = planInputs(vault.contacts, today, vault.settings);
	const options = planOptionsOf(vault.settings, { capacity, weeks });
	const plan = weeklyPlan(inputs, today, options);
	const forecast = loadForecast(inputs, today, 8, vault.settings.tiers.map((t) => t.name));
	if (hasErrors(vault.diagnostics)) io.stderr.write(`tend plan: some contact notes have errors (their bad values are left out): run "tend check" to see them\n`);
	if (switchFlag(args, "json")) io.stdout.write(`${JSON.stringify(planJson(plan, forecast), null, 2)}\n`);
	else io.stdout.write(formatPlan(plan, forecast, shown, inputs.length, chooseStyle(io.stdout, io.env)));
	return 0;
}
