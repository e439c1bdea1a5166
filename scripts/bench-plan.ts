/**
 * `node scripts/run-ts.mjs scripts/bench-plan.ts`: what the due list view's "This week"
 * section and load forecast cost on the benchmark's vault sizes (1,000, 5,000 and 20,000
 * generated contacts, BENCH_SIZES to change them), as figures: never a pass/fail test (the
 * machine is shared and its timings are noisy). Each the median of several runs after a
 * warm-up, on contacts already read (the index holds them):
 *
 * - inputs: every contact into the planner's input (planInputs, which runs assess());
 * - this week: the plan the view draws (1 week shown, the default lookahead, no advice);
 * - forecast: 8 weeks of load by tier;
 * - capacity: the header's implied load (capacityOf).
 */
import { parseIsoDay } from "../src/core/calendar";
import { capacityOf } from "../src/core/capacity";
import { readContact, type Contact } from "../src/core/contact";
import { parseFrontmatter } from "../src/core/frontmatter";
import { loadForecast } from "../src/core/plan/forecast";
import { planInputs } from "../src/core/plan/input";
import { planOptionsOf, weeklyPlan } from "../src/core/plan/planner";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { generateVault } from "./bench/vault";

const TODAY = parseIsoDay("2026-11-27") as number;
const SIZES = (process.env.BENCH_SIZES ?? "1000,5000,20000").split(",").map((s) => Number(s.trim()));

function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] ?? 0;
}

function time(label: string, runs: number, fn: () => unknown): void {
	fn();
	const ms: number[] = [];
	for (let r = 0; r < runs; r++) {
		const t = process.hrtime.bigint();
		fn();
		ms.push(Number(process.hrtime.bigint() - t) / 1e6);
	}
	console.log(`  ${label.padEnd(40)} ${median(ms).toFixed(1).padStart(8)} ms (median of ${runs})`);
}

for (const n of SIZES) {
	const vault = generateVault({ contacts: n, dailyPerContact: 2, today: TODAY });
	const contacts: Contact[] = vault.contacts.map((note) => {
		const fm = parseFrontmatter(note.text);
		return readContact({ path: note.path, frontmatter: fm.kind === "ok" ? fm.data : null, text: note.text, bodyStart: fm.bodyStart }, DEFAULT_SETTINGS, TODAY);
	});
	const inputs = planInputs(contacts, TODAY, DEFAULT_SETTINGS);
	console.log(`${n} contacts (${inputs.length} tracked)`);
	const runs = n >= 20000 ? 5 : 9;
	time("inputs (planInputs)", runs, () => planInputs(contacts, TODAY, DEFAULT_SETTINGS));
	time("this week (weeklyPlan, 1 week, no advice)", runs, () => weeklyPlan(inputs, TODAY, { ...planOptionsOf(DEFAULT_SETTINGS, { weeks: 1 }), advice: false }));
	time("forecast (8 weeks by tier)", runs, () => loadForecast(inputs, TODAY, 8, DEFAULT_SETTINGS.tiers.map((t) => t.name)));
	time("capacity (capacityOf)", runs, () => capacityOf(contacts, DEFAULT_SETTINGS));
}
