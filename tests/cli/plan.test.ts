/**
 * `tend plan` through `run()`: the JSON contract, and invariants checked over the output for
 * generated vaults the planner has never seen (the capacity each week; no touchpoint but a
 * promise while snoozed or busy; every window kept or listed as a lapse; every listed lapse
 * real; with room to spare, lapses only where a busy period or snooze left no day). Plus the
 * text output, usage errors, and a touchpoint logged early moving the rest.
 */
import * as fs from "fs";
import * as path from "path";
import { addSpan, parseCadence, type Cadence } from "../../src/core/cadence";
import { formatDay, parseIsoDay, type Day } from "../../src/core/calendar";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { note, tempVaults, tend } from "./support";

const vault = tempVaults();
const TODAY = "2026-11-30"; // a Monday
const today = parseIsoDay(TODAY) as Day;

interface PlanJson {
	today: string;
	capacity: number;
	impliedLoad: number;
	weeks: { start: string; touchpoints: { name: string; path: string; tier: string; day: string; reason: { kind: string; text: string } }[] }[];
	lapses: { name: string; path: string; tier: string; overdueDate: string }[];
	advice: { kind: string; text: string }[];
	forecast: { start: string; tiers: { tier: string; count: number }[]; total: number }[];
}

function planJson(root: string, extra: string[] = []): PlanJson {
	const r = tend(["plan", "--vault", root, "--today", TODAY, "--json", ...extra]);
	expect(r.stderr).toBe("");
	expect(r.code).toBe(0);
	return JSON.parse(r.stdout) as PlanJson;
}

/** What the generator wrote into a note, so the checks do not depend on the planner. */
interface Written {
	path: string;
	tier: string | null;
	last: Day | null;
	snoozeUntil: Day | null;
	busy: [Day, Day][];
	promises: Day[];
}

function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

const MAX_DAYS: Record<string, number> = { A: 42, B: 91, C: 182 };

/** A vault of `count` contact notes drawn from `seed`: tiers, last contacts, promises, birthdays, busy periods, snoozes. */
function generated(seed: number, count: number): { files: Record<string, string>; written: Written[] } {
	const rnd = random(seed);
	const files: Record<string, string> = { "Notes/Meeting.md": "# Not a contact\n" };
	const written: Written[] = [];
	for (let i = 0; i < count; i++) {
		const tier = rnd() < 0.05 ? null : (["A", "B", "B", "C", "C", "C"][Math.floor(rnd() * 6)] as string);
		const lines: string[] = [];
		if (tier) lines.push(`tier: ${tier}`);
		let last: Day | null = null;
		if (rnd() < 0.93) {
			last = today - 1 - Math.floor(rnd() * (MAX_DAYS[tier ?? "C"] ?? 182) * 1.3);
			lines.push(`last_contact: ${formatDay(last)}`);
		}
		const promises: Day[] = [];
		if (rnd() < 0.15) {
			const due = today - 5 + Math.floor(rnd() * 60);
			promises.push(due);
			lines.push("promises:", `  - ${formatDay(due)} Send the deck`);
		}
		if (rnd() < 0.25) lines.push(`birthday: --${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`);
		let snoozeUntil: Day | null = null;
		if (rnd() < 0.07) {
			snoozeUntil = today + 3 + Math.floor(rnd() * 40);
			lines.push(`snooze_until: ${formatDay(snoozeUntil)}`);
		}
		const busy: [Day, Day][] = [];
		if (rnd() < 0.12) {
			const start = today - 10 + Math.floor(rnd() * 50);
			const end = start + 7 + Math.floor(rnd() * 30);
			busy.push([start, end]);
			lines.push("busy:", `  - ${formatDay(start)}..${formatDay(end)} launch`);
		}
		const notePath = `People/P${String(i).padStart(3, "0")}.md`;
		files[notePath] = note(lines.join("\n") || "company: X", "## Touchpoints\n");
		written.push({ path: notePath, tier, last, snoozeUntil, busy, promises });
	}
	return { files, written };
}

const CADENCES: Record<string, Cadence> = Object.fromEntries(
	DEFAULT_SETTINGS.tiers.map((t) => {
		const parsed = parseCadence(t.cadence);
		if (!parsed.ok) throw new Error("default tier cadence");
		return [t.name, parsed.cadence];
	}),
);

const FIXED = new Set(["promise", "birthday", "date"]);

function quiet(w: Written, d: Day): boolean {
	return (w.snoozeUntil !== null && d < w.snoozeUntil) || w.busy.some(([s, e]) => d >= s && d <= e);
}

/** Every invariant the plan promises, checked against what the notes say. */
function checkPlan(out: PlanJson, written: Written[], capacity: number, weeks: number): void {
	expect(Object.keys(out)).toEqual(["today", "capacity", "impliedLoad", "weeks", "lapses", "advice", "forecast"]);
	expect(out.capacity).toBe(capacity);
	expect(out.weeks).toHaveLength(weeks);
	expect(out.forecast).toHaveLength(8);
	const monday = today; // today is a Monday
	const shownEnd = monday + 7 * weeks - 1;
	const byPath = new Map(written.map((w) => [w.path, w]));
	const planned = new Map<string, { day: Day; kind: string }[]>();
	out.weeks.forEach((week, i) => {
		expect(week.start).toBe(formatDay(monday + 7 * i));
		// The capacity each week: only promises (always kept) may go over it.
		const promises = week.touchpoints.filter((t) => t.reason.kind === "promise").length;
		expect(week.touchpoints.length).toBeLessThanOrEqual(Math.max(capacity, promises));
		for (const t of week.touchpoints) {
			expect(Object.keys(t)).toEqual(["name", "path", "tier", "day", "reason"]);
			const d = parseIsoDay(t.day) as Day;
			expect(d >= monday + 7 * i && d <= monday + 7 * i + 6 && d >= today).toBe(true);
			const w = byPath.get(t.path);
			expect(w?.tier).toBe(t.tier);
			if (!w) continue;
			// Nobody while snoozed or busy, but for a promise.
			if (t.reason.kind !== "promise") expect(quiet(w, d)).toBe(false);
			// Cadence touchpoints on reach-out days (Monday to Friday).
			const weekday = ((((d + 3) % 7) + 7) % 7) + 1;
			if (!FIXED.has(t.reason.kind)) expect(weekday).toBeLessThanOrEqual(5);
			planned.set(t.path, [...(planned.get(t.path) ?? []), { day: d, kind: t.reason.kind }]);
		}
	});
	const lapses = new Set(out.lapses.map((l) => `${l.path} ${l.overdueDate}`));
	const found = new Set<string>();
	for (const w of written) {
		if (w.tier === null) {
			expect(planned.has(w.path)).toBe(false);
			continue;
		}
		const cadence = CADENCES[w.tier] as Cadence;
		const touches = (planned.get(w.path) ?? []).sort((x, y) => x.day - y.day);
		let last = w.last;
		let k = 0;
		if (last === null) {
			// Never reached: the first touchpoint starts the chain.
			const first = touches[0];
			if (!first) continue;
			last = first.day;
			k = 1;
		}
		for (let guard = 0; guard < 60; guard++) {
			const due = addSpan(last, cadence.ideal);
			const overdue = addSpan(last, cadence.max);
			const next = touches[k];
			if (next) {
				// Never before the due date, unless it is a fixed day or pulled early (at most
				// the window's length, at least a week, ahead).
				if (next.day < due && !FIXED.has(next.kind)) {
					expect(next.kind).toBe("early");
					expect(next.day).toBeGreaterThanOrEqual(due - Math.max(7, overdue - due));
				}
				if (next.day > overdue && overdue >= today && overdue <= shownEnd) {
					expect(lapses.has(`${w.path} ${formatDay(overdue)}`)).toBe(true);
					found.add(`${w.path} ${formatDay(overdue)}`);
				}
				last = next.day;
				k++;
				continue;
			}
			// No touchpoint left: a window that closes in the weeks shown, or one already
			// past, must be listed as a lapse.
			if (overdue <= shownEnd) {
				expect(lapses.has(`${w.path} ${formatDay(overdue)}`)).toBe(true);
				found.add(`${w.path} ${formatDay(overdue)}`);
			}
			break;
		}
	}
	// Every lapse listed is one of the windows the plan misses.
	expect([...lapses].sort()).toEqual([...found].sort());
}

describe("tend plan --json on generated vaults", () => {
	const cases: [number, number, number][] = [
		[1, 60, 3],
		[1, 60, 8],
		[2, 120, 6],
		[3, 40, 2],
	];
	// PLAN_SWEEP=1 checks 150 more vaults (seeds 10 to 39, five capacities each).
	if (process.env.PLAN_SWEEP) for (let seed = 10; seed < 40; seed++) for (const cap of [1, 2, 4, 7, 12]) cases.push([seed, 30 + (seed % 5) * 25, cap]);
	it.each(cases)("seed %i, %i notes, capacity %i: capacity and windows hold", (seed, count, capacity) => {
		const { files, written } = generated(seed, count);
		const root = vault(files);
		checkPlan(planJson(root, ["--capacity", String(capacity)]), written, capacity, 8);
	});

	it("with room to spare, lapses only where a busy period or a snooze left no free day in the window", () => {
		const { files, written } = generated(2, 120);
		const root = vault(files);
		const out = planJson(root, ["--capacity", "60", "--weeks", "12"]);
		checkPlan(out, written, 60, 12);
		const byPath = new Map(written.map((w) => [w.path, w]));
		for (const l of out.lapses) {
			const w = byPath.get(l.path);
			const overdue = parseIsoDay(l.overdueDate) as Day;
			// Overdue already and reached, or quiet on the window's last day.
			expect(overdue < today || (w !== undefined && quiet(w, overdue))).toBe(true);
		}
		expect(out.advice).toEqual([]);
	});

	it("below the load the cadences imply, lists lapses and says what to change", () => {
		const { files, written } = generated(2, 120);
		const out = planJson(vault(files), ["--capacity", "2"]);
		checkPlan(out, written, 2, 8);
		expect(out.impliedLoad).toBeGreaterThan(2);
		expect(out.lapses.length).toBeGreaterThan(0);
		const raise = out.advice.find((a) => a.kind === "raise-capacity") as { by: number } | undefined;
		expect(raise?.by).toBeGreaterThanOrEqual(Math.ceil(out.impliedLoad - 2));
		// The contacts overdue already are the catch-up, counted.
		const behind = written.filter((w) => w.tier !== null && w.last !== null && w.last + (MAX_DAYS[w.tier] ?? 0) < today);
		expect(out.advice).toContainEqual(expect.objectContaining({ kind: "catch-up", count: behind.length, by: Math.ceil(behind.length / 8) }));
		// The raise keeps every window still open today: with those contacts alone, at the raised
		// capacity, the only lapses left are where a busy period or snooze leaves no day.
		const openFiles = Object.fromEntries(Object.entries(files).filter(([p]) => !behind.some((b) => b.path === p)));
		const raised = planJson(vault(openFiles), ["--capacity", String(2 + (raise?.by ?? 0))]);
		for (const l of raised.lapses) {
			const w = written.find((x) => x.path === l.path);
			expect(w !== undefined && quiet(w, parseIsoDay(l.overdueDate) as Day)).toBe(true);
		}
		// And one less is not enough.
		const less = planJson(vault(openFiles), ["--capacity", String(1 + (raise?.by ?? 0))]);
		expect(less.lapses.some((l) => !quiet(written.find((x) => x.path === l.path) as Written, parseIsoDay(l.overdueDate) as Day))).toBe(true);
	});

	it("prints the same plan for the same notes", () => {
		const { files } = generated(5, 50);
		const root = vault(files);
		expect(planJson(root)).toEqual(planJson(root));
	});
});

describe("tend plan after a touchpoint logged early", () => {
	// One touchpoint a week, on Mondays (the plugin's settings, read by the CLI).
	const settings = JSON.stringify({ weeklyCapacity: 1, reachOutDays: [1] });
	const files = {
		".obsidian/plugins/tend/data.json": settings,
		"People/Xia.md": note("tier: A\nlast_contact: 2026-11-09", "## Touchpoints\n"),
		"People/Yan.md": note("tier: A\nlast_contact: 2026-11-09", "## Touchpoints\n"),
		"People/Zoe.md": note("tier: A\nlast_contact: 2026-11-16", "## Touchpoints\n"),
	};
	const weekOf = (out: PlanJson) => out.weeks.slice(0, 4).map((w) => w.touchpoints.map((t) => `${t.name} ${t.day}`));

	it("moves the rest: the plan is made from the notes again", () => {
		const root = vault(files);
		expect(weekOf(planJson(root, ["--weeks", "4"]))).toEqual([[], ["Xia 2026-12-07"], ["Yan 2026-12-14"], ["Zoe 2026-12-21"]]);
		const logged = tend(["log", "Xia", "--kind", "call", "--summary", "Caught up early", "--vault", root, "--today", TODAY]);
		expect(logged.code).toBe(0);
		expect(weekOf(planJson(root, ["--weeks", "4"]))).toEqual([[], ["Yan 2026-12-07"], ["Zoe 2026-12-14"], []]);
	});
});

describe("tend plan (text)", () => {
	it("lists each week's touchpoints with their day and reason, the lapses, the advice and the forecast", () => {
		const root = vault({
			"People/Ada.md": note("tier: A\nlast_contact: 2026-10-01\npromises:\n  - 2026-12-04 Send the deck"),
			"People/Bo.md": note("tier: B\nlast_contact: 2026-08-01"),
			"People/Cy.md": note("tier: C\nlast_contact: 2026-05-01"),
			"People/Di.md": note("tier: A\nlast_contact: 2026-11-20"),
		});
		const r = tend(["plan", "--vault", root, "--today", TODAY, "--capacity", "1", "--weeks", "2"]);
		expect(r.code).toBe(0);
		const lines = r.stdout.split("\n");
		expect(lines[0]).toBe(`Tend: a plan for 2 weeks from ${TODAY}, up to 1 touchpoint a week`);
		// Ada is overdue, and her promise on Friday reaches her: no second touchpoint.
		expect(r.stdout).toContain('This week (from November 30): 1\n  Fri Dec 4   Ada       A  Promised "Send the deck" by December 4\n');
		expect(r.stdout).toContain("  Cy        C  overdue since October 31; planned December 14\n");
		expect(r.stdout).toContain("Week of December 7: 1\n");
		expect(r.stdout).toContain("Will lapse (");
		expect(r.stdout).toContain("What to change\n  3 contacts are overdue already: about 2 more a week for the next 2 weeks would catch up with them\n");
		expect(r.stdout).toContain("Falling due per week, by tier");
	});

	it("says when nobody is tracked", () => {
		const r = tend(["plan", "--vault", vault({ "People/Nobody.md": note("company: X") }), "--today", TODAY]);
		expect(r.stdout).toContain("No contact is tracked yet: give a contact note a tier (tier: A) to plan for it.");
	});

	it("warns on standard error when contact notes have errors", () => {
		const r = tend(["plan", "--vault", vault({ "People/Bad.md": note("tier: A\nlast_contact: 2026-02-30") }), "--today", TODAY, "--json"]);
		expect(r.code).toBe(0);
		expect(r.stderr).toBe('tend plan: some contact notes have errors (their bad values are left out): run "tend check" to see them\n');
		expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
	});
});

describe("tend plan usage", () => {
	const root = vault({ "People/Ada.md": note("tier: A") });
	it.each([
		[["--weeks", "0"], "--weeks 0 should be a whole number of weeks from 1 to 52"],
		[["--weeks", "53"], "--weeks 53 should be a whole number of weeks from 1 to 52"],
		[["--capacity", "2.5"], "--capacity 2.5 should be a whole number of touchpoints a week from 1 to 1000"],
		[["--capacity", "none"], "--capacity none should be a whole number of touchpoints a week from 1 to 1000"],
		[["Ada"], 'unexpected argument "Ada"'],
	])("%j is refused", (args, message) => {
		const r = tend(["plan", "--vault", root, ...args]);
		expect(r.code).toBe(2);
		expect(r.stderr).toBe(`tend plan: ${message}\n(run "tend plan --help" for usage)\n`);
	});

	it("is in the overview and has its own help", () => {
		expect(tend(["--help"]).stdout).toContain("tend plan [--weeks N] [--capacity N] [--json]");
		const help = tend(["plan", "--help"]);
		expect(help.code).toBe(0);
		expect(help.stdout).toMatch(/^Usage: tend plan \[--weeks N\] \[--capacity N\] \[--json\]\n/);
	});

	it("reads the capacity from the plugin's settings, and --capacity overrides it", () => {
		const withSettings = vault({ ".obsidian/plugins/tend/data.json": JSON.stringify({ weeklyCapacity: 4 }), "People/Ada.md": note("tier: A") });
		expect(planJson(withSettings).capacity).toBe(4);
		expect(planJson(withSettings, ["--capacity", "7"]).capacity).toBe(7);
		expect(fs.existsSync(path.join(withSettings, "People", "Ada.md"))).toBe(true);
	});
});
