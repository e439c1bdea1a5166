/**
 * The benchmark starts and prints what it promises: `npm run bench -- --json` at a tiny size
 * (50 contacts, one timed run) gives one JSON object with every row and value, each shaped as
 * docs/benchmarks.md says. No figure is checked against a time: this only proves the bench
 * runs the paths it names to the end (each run checks its own result, and a failed check
 * fails the bench). The benchmark itself never runs in `npm test`.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { BUNDLE_PARTS, BUNDLE_VALUES, CLI_ROWS, PLUGIN_ROWS, PLUGIN_VALUES } from "../../scripts/bench/rows";

const ROOT = path.resolve(__dirname, "..", "..");

function bench(args: string[]) {
	return spawnSync(process.execPath, [path.join(ROOT, "scripts", "bench", "run.mjs"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 240_000 });
}

interface Report {
	node: string;
	cpu: string;
	results: { name: string; n: number; median_ms: number; min_ms: number; max_ms: number; runs: number }[];
	values: { name: string; n: number | null; value: number; unit: string }[];
}

test("npm run bench -- --json prints only one JSON object with every row and value", () => {
	const r = bench(["--json", "--sizes", "50", "--cli-size", "40", "--runs", "1", "--warmup", "0"]);
	if (r.status !== 0) throw new Error(`the bench failed (exit ${r.status}):\n${r.stderr}`);
	const report = JSON.parse(r.stdout) as Report;
	expect(Object.keys(report).sort()).toEqual(["cpu", "node", "results", "values"]);
	expect(report.node).toBe(process.version);
	expect(typeof report.cpu).toBe("string");

	const timed = CLI_ROWS.filter((name) => name !== "cli.due-over-floor");
	expect(report.results.map((x) => `${x.name}@${x.n}`)).toEqual([...PLUGIN_ROWS.map((name) => `${name}@50`), ...timed.map((name) => `${name}@40`)]);
	for (const row of report.results) {
		expect(Object.keys(row).sort()).toEqual(["max_ms", "median_ms", "min_ms", "n", "name", "runs"]);
		expect(row.runs).toBe(1);
		for (const ms of [row.median_ms, row.min_ms, row.max_ms]) expect(Number.isFinite(ms) && ms >= 0).toBe(true);
		expect(row.min_ms).toBeLessThanOrEqual(row.median_ms);
		expect(row.median_ms).toBeLessThanOrEqual(row.max_ms);
	}

	expect(report.values.map((v) => v.name)).toEqual([...PLUGIN_VALUES, "cli.due-over-floor", ...BUNDLE_VALUES]);
	const value = (name: string) => report.values.find((v) => v.name === name) as Report["values"][number];
	for (const v of report.values) expect(Object.keys(v).sort()).toEqual(["n", "name", "unit", "value"]);
	for (const name of PLUGIN_VALUES) expect(value(name)).toMatchObject({ n: 50, unit: "B" });
	expect(value("heap.per-contact").value).toBeGreaterThan(0);
	expect(value("cli.due-over-floor")).toMatchObject({ n: 40, unit: "x" });
	const due = report.results.find((x) => x.name === "cli.due")?.median_ms as number;
	const floor = report.results.find((x) => x.name === "cli.floor")?.median_ms as number;
	expect(value("cli.due-over-floor").value).toBeCloseTo(due / floor, 1);
	expect(value("bundle.main-js")).toEqual({ name: "bundle.main-js", n: null, value: fs.statSync(path.join(ROOT, "main.js")).size, unit: "B" });
	const parts = BUNDLE_PARTS;
	expect(parts.reduce((sum, p) => sum + value(`bundle.part.${p}`).value, 0)).toBe(value("bundle.main-js").value);
	expect(parts.reduce((sum, p) => sum + value(`bundle.share.${p}`).value, 0)).toBeCloseTo(100, 0);
	expect(value("bundle.part.tend").value).toBeGreaterThan(0);
	// The calendar and CSV libraries are in the plugin (export and import); each is counted apart.
	expect(value("bundle.part.ical-js").value).toBeGreaterThan(0);
	expect(value("bundle.part.papaparse").value).toBeGreaterThan(0);
}, 300_000);

test("a bad option is refused with a message that names it", () => {
	const r = bench(["--runs", "0"]);
	expect(r.status).toBe(2);
	expect(r.stderr).toContain("--runs needs a whole number of at least 1");
	expect(r.stdout).toBe("");
	const only = bench(["--only", "plugin.nothing"]);
	expect(only.status).toBe(2);
	expect(only.stderr).toContain("--only plugin.nothing matches no row");
}, 120_000);
