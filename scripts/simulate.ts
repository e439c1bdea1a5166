/**
 * `npm run simulate`: does the weekly plan keep people inside their windows better than
 * working down the due list? A seeded synthetic network (15 A, 40 B, 120 C contacts with the
 * default tiers, last contacts spread over the year before, a few busy periods and snoozes)
 * is run for a year of weeks under three policies at several weekly capacities:
 *
 * - tend: every Monday the plan is made from the notes as they stand, and the user does
 *   exactly that week's planned touchpoints, on their days (the plan never holds more than
 *   the capacity);
 * - most-overdue: every Monday the user opens the due list (due, overdue or new; not snoozed
 *   or busy) and reaches, that day, the `capacity` contacts that are most days past their
 *   overdue date;
 * - oldest-first: the same, the contacts whose last contact is oldest first.
 *
 * Per tier it reports the share of contact-weeks inside the cadence window (on each week's
 * Sunday the contact is not past its overdue date) and the worst lapse (the longest stretch
 * of days a contact spent past its overdue date), both counted as the due list counts: a
 * snoozed or busy contact is not overdue. It also reports the touchpoints a week the user
 * gave, and the busiest week. Two starts: a network that is up to date, and one where one
 * contact in eleven is already overdue on the first day. docs/planning.md holds the tables and
 * explains them; the run ends by checking the claims that page makes.
 *
 *   npm run simulate                          # the tables in docs/planning.md
 *   npm run simulate -- --seed 7              # another network
 *   npm run simulate -- --capacities 9,14,20  # other capacities
 */
import { addSpan, parseCadence, type Cadence } from "../src/core/cadence";
import { formatDay, parseIsoDay, type Day } from "../src/core/calendar";
import type { BusyPeriod, Contact } from "../src/core/contact";
import { EMPTY_LOG } from "../src/core/log";
import { planInputs } from "../src/core/plan/input";
import { impliedLoadOf, planOptionsOf, weeklyPlan } from "../src/core/plan/planner";
import { assess, insideBusy } from "../src/core/schedule";
import { DEFAULT_SETTINGS, type TendSettings } from "../src/core/settings";

const START = parseIsoDay("2027-01-04") as Day; // a Monday
const WEEKS = 52;
const SIZES: [string, number][] = [
	["A", 15],
	["B", 40],
	["C", 120],
];

/** mulberry32: a small seeded generator, so every run with a seed sees the same network. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Snooze {
	/** The Monday the user snoozes the contact (the policies see it from then on). */
	from: Day;
	until: Day;
}

interface Person {
	name: string;
	tierIndex: number;
	cadence: Cadence;
	last: Day;
	busy: BusyPeriod[];
	snoozes: Snooze[];
}

function monthDay(day: Day): { month: number; day: number; year: number } {
	const [y, m, d] = formatDay(day).split("-").map(Number) as [number, number, number];
	return { year: y, month: m, day: d };
}

/**
 * The synthetic network, drawn from the seed. `behind` is the share of a window by which
 * last contacts may lie before it: 0 is a network that is up to date (nobody overdue on the
 * first day), 0.1 one where about one contact in eleven starts overdue.
 */
export function network(seed: number, behind: number, settings: TendSettings): Person[] {
	const rnd = random(seed);
	const people: Person[] = [];
	SIZES.forEach(([tier, count], tierIndex) => {
		const parsed = parseCadence(settings.tiers[tierIndex]?.cadence ?? "");
		if (!parsed.ok) throw new Error(`tier ${tier} has no cadence`);
		const maxDays = addSpan(START, parsed.cadence.max) - START;
		for (let n = 1; n <= count; n++) {
			const last = START - 1 - Math.floor(rnd() * maxDays * (1 + behind));
			const busy: BusyPeriod[] = [];
			if (rnd() < 0.12) {
				// A one-off busy period of 2 to 6 weeks somewhere in the year (a launch, a leave).
				const start = START + Math.floor(rnd() * 330);
				const end = start + 14 + Math.floor(rnd() * 29);
				busy.push({ start: monthDay(start), end: monthDay(end), yearly: false, label: "busy" });
			}
			if (rnd() < 0.05) busy.push({ start: { month: 12, day: 20, year: null }, end: { month: 1, day: 5, year: null }, yearly: true, label: "holidays" });
			const snoozes: Snooze[] = [];
			if (rnd() < 0.08) {
				const from = START + 7 * Math.floor(rnd() * 48);
				snoozes.push({ from, until: from + 14 + 7 * Math.floor(rnd() * 4) });
			}
			people.push({ name: `${tier}${String(n).padStart(3, "0")}`, tierIndex, cadence: parsed.cadence, last, busy, snoozes });
		}
	});
	return people;
}

/** The contact as a note would read on `today`: its last contact and the snooze set by then. */
function contactOf(p: Person, last: Day, today: Day, settings: TendSettings): Contact {
	const snooze = p.snoozes.filter((s) => s.from <= today && today < s.until).map((s) => s.until)[0] ?? null;
	return {
		path: `People/${p.name}.md`,
		name: p.name,
		tier: settings.tiers[p.tierIndex]?.name ?? null,
		tierIndex: p.tierIndex,
		cadence: p.cadence,
		positiveEvery: null,
		lastContactField: last,
		log: EMPTY_LOG,
		lastMention: null,
		logRead: true,
		promises: [],
		snoozeUntil: snooze,
		birthday: null,
		dates: [],
		busy: p.busy,
		interests: [],
		goals: [],
		offers: [],
		difficult: false,
		diagnostics: [],
		untracked: null,
	};
}

type Policy = "tend" | "most-overdue" | "oldest-first";

const POLICIES: Policy[] = ["tend", "most-overdue", "oldest-first"];

/** A year of weeks under a policy: every contact's touch days, the first being its last contact before the year. */
export function simulate(people: Person[], policy: Policy, capacity: number, settings: TendSettings): Day[][] {
	const touches = people.map((p) => [p.last]);
	const lastOf = (i: number) => touches[i]?.[touches[i].length - 1] as Day;
	for (let w = 0; w < WEEKS; w++) {
		const monday = START + 7 * w;
		const contacts = people.map((p, i) => contactOf(p, lastOf(i), monday, settings));
		if (policy === "tend") {
			// The plan is made from the notes as they stand this Monday; the user does this
			// week's touchpoints on their days, and next Monday's plan starts from them.
			const plan = weeklyPlan(planInputs(contacts, monday, settings), monday, { ...planOptionsOf(settings, { capacity }), advice: false });
			const index = new Map(contacts.map((c, i) => [c.path, i]));
			for (const t of plan.weeks[0]?.touchpoints ?? []) {
				const i = index.get(t.contact.path) as number;
				if (t.day > lastOf(i)) touches[i]?.push(t.day);
			}
			continue;
		}
		const due = contacts
			.map((c, i) => ({ i, a: assess(c, monday, settings) }))
			.filter(({ a }) => a.status === "due" || a.status === "overdue" || a.status === "new");
		if (policy === "most-overdue") due.sort((x, y) => (x.a.overdueDate ?? 0) - (y.a.overdueDate ?? 0) || x.i - y.i);
		else due.sort((x, y) => (x.a.lastContact ?? 0) - (y.a.lastContact ?? 0) || x.i - y.i);
		for (const { i } of due.slice(0, capacity)) touches[i]?.push(monday);
	}
	return touches;
}

interface TierFigures {
	/** Contact-weeks counted, and those inside the window. */
	weeks: number;
	inside: number;
	/** The longest stretch of days past the overdue date. */
	worst: number;
}

interface Figures {
	tiers: TierFigures[];
	/** Touchpoints given in the year, and in the busiest week. */
	touchpoints: number;
	busiest: number;
}

export function measure(people: Person[], touches: Day[][], tiers: number): Figures {
	const out: TierFigures[] = Array.from({ length: tiers }, () => ({ inside: 0, weeks: 0, worst: 0 }));
	const perWeek = new Array<number>(WEEKS).fill(0);
	const end = START + 7 * WEEKS - 1;
	people.forEach((p, i) => {
		const days = touches[i] as Day[];
		for (const d of days.slice(1)) {
			const w = Math.floor((d - START) / 7);
			perWeek[w] = (perWeek[w] ?? 0) + 1;
		}
		const figures = out[p.tierIndex] as TierFigures;
		let k = 0;
		let run = 0;
		for (let d = START; d <= end; d++) {
			while (k + 1 < days.length && (days[k + 1] as Day) <= d) k++;
			const overdue = addSpan(days[k] as Day, p.cadence.max);
			// As the due list counts it: a snoozed or busy contact is not overdue.
			const quiet = p.snoozes.some((s) => s.from <= d && d < s.until) || p.busy.some((b) => insideBusy(b, d));
			run = quiet || d <= overdue ? 0 : run + 1;
			if (run > figures.worst) figures.worst = run;
			if ((d - START) % 7 === 6 && !quiet) {
				figures.weeks++;
				if (d <= overdue) figures.inside++;
			}
		}
	});
	return { tiers: out, touchpoints: perWeek.reduce((a, b) => a + b, 0), busiest: Math.max(...perWeek) };
}

function flag(args: string[], name: string): string | undefined {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
}

const share = (f: TierFigures) => f.inside / Math.max(1, f.weeks);
const percent = (f: TierFigures) => `${(100 * share(f)).toFixed(1)}%`;

export const STARTS: [string, number][] = [
	["Up to date: nobody is overdue on the first day", 0],
	["Behind: about one contact in eleven is overdue on the first day", 0.1],
];

/**
 * One start's table: its heading line and rows (in the Markdown docs/planning.md shows), and
 * the claims it does not meet. Without `capacities`: 75%, 90%, 100% and 125% of the implied load.
 */
export function startTable(title: string, behind: number, seed: number, capacities?: number[]): { lines: string[]; problems: string[] } {
	const settings = DEFAULT_SETTINGS;
	const tiers = SIZES.map(([t]) => t);
	const problems: string[] = [];
	const people = network(seed, behind, settings);
	const implied = impliedLoadOf(planInputs(people.map((p) => contactOf(p, p.last, START, settings)), START, settings));
	const caps = capacities ?? [0.75, 0.9, 1, 1.25].map((f) => Math.round(implied * f));
	const out: string[] = [];
	out.push(`${title} (seed ${seed}: ${people.length} contacts, ${SIZES.map(([t, n]) => `${n} ${t}`).join(", ")}; ${WEEKS} weeks from ${formatDay(START)}; the cadences imply ${implied.toFixed(2)} touchpoints a week).`, "");
	out.push(`| capacity | policy | ${tiers.map((t) => `${t} inside`).join(" | ")} | ${tiers.map((t) => `${t} worst lapse`).join(" | ")} | touchpoints a week | busiest week |`);
	out.push(`| --- | --- | ${tiers.map(() => "---:").join(" | ")} | ${tiers.map(() => "---:").join(" | ")} | ---: | ---: |`);
	for (const capacity of caps) {
		const label = capacity < implied ? `${capacity} (below)` : capacity - implied < 1 ? `${capacity} (at)` : `${capacity} (above)`;
		const results = new Map<Policy, Figures>();
		for (const policy of POLICIES) {
			const figures = measure(people, simulate(people, policy, capacity, settings), tiers.length);
			results.set(policy, figures);
			const row = [label, policy, ...figures.tiers.map(percent), ...figures.tiers.map((f) => `${f.worst}d`), (figures.touchpoints / WEEKS).toFixed(1), String(figures.busiest)];
			out.push(`| ${row.join(" | ")} |`);
		}
		// The claims of docs/planning.md, checked on every run.
		const tend = results.get("tend") as Figures;
		const top = tend.tiers[0];
		if (capacity >= implied && top && top.inside < top.weeks) problems.push(`${title}, capacity ${capacity}: a top-tier contact left its window`);
		if (behind === 0 && capacity >= Math.ceil(implied * 0.9)) {
			for (const other of ["most-overdue", "oldest-first"] as Policy[]) {
				tend.tiers.forEach((f, t) => {
					const o = (results.get(other) as Figures).tiers[t];
					if (o && (share(f) < share(o) || f.worst > o.worst)) problems.push(`${title}, capacity ${capacity}, tier ${tiers[t] ?? t}: tend is behind ${other}`);
				});
			}
		}
	}
	return { lines: out, problems };
}

export function main(args: string[]): number {
	const seed = Number(flag(args, "seed") ?? 1);
	const capacities = flag(args, "capacities")?.split(",").map(Number);
	const problems: string[] = [];
	const out: string[] = [];
	for (const [title, behind] of STARTS) {
		const table = startTable(title, behind, seed, capacities);
		out.push(...table.lines, "");
		problems.push(...table.problems);
	}
	process.stdout.write(out.join("\n"));
	if (problems.length > 0) {
		process.stdout.write(`Not met:\n${problems.map((p) => `- ${p}`).join("\n")}\n`);
		return 1;
	}
	process.stdout.write("Checked: with the capacity at or above the implied load every top-tier contact stays inside its window; from an up-to-date start, from 90% of the implied load up, tend is at least as good as both simple policies on every tier.\n");
	return 0;
}
