/**
 * `npm run bench`: how fast Tend is on the paths users run, as figures (never a pass/fail
 * test: the machine is shared and timings are noisy). docs/benchmarks.md explains every row
 * and holds the latest table.
 *
 *   npm run bench                          every row at 1,000, 5,000 and 20,000 contacts
 *   npm run bench -- --json                only one JSON object on stdout (progress on stderr)
 *   npm run bench -- --sizes 1000          some sizes only (or BENCH_SIZES=1000,5000)
 *   npm run bench -- --only plugin.read-all-logs,cli   some rows only (names or prefixes)
 *   npm run bench -- --runs 7 --warmup 1   timed runs per row (median) and untimed ones before
 *   npm run bench -- --cli-size 10000      contacts in the CLI's vault (or BENCH_CLI_SIZE)
 *   npm run bench -- --profile DIR         CPU profiles of every row (and heap snapshots at
 *                                          5,000 contacts or fewer), with summaries, in DIR
 *   npm run bench -- --save FILE           also write the whole report (CPU times, machine,
 *                                          load) as JSON to FILE
 *   npm run bench -- --from FILE           print the tables of a saved report, run nothing
 *
 * For a pipe, `npm run -s bench -- --json`: without -s, npm prints its own banner on stdout.
 *
 * scripts/bench/run.mjs bundles this file (with `obsidian` mapped to the fake) and runs it.
 * The plugin's rows run in one worker process per size (scripts/bench/plugin.ts, with
 * --expose-gc for the heap figures); the CLI's rows start `node bin/tend.js` and the floor
 * as new processes (scripts/bench/cli.ts); the bundle's figures come from esbuild's metafile
 * (scripts/bench/bundle.ts). main.js and dist/tend.cjs are built first when stale.
 */
// @ts-nocheck

import { spawn, spawnSync, type ChildProcess } from "child_process";
import * as fs from "fs";
import { createRequire } from "module";
import * as os from "os";
import * as path from "path";
import { DateTime } from "luxon";
import { parseIsoDay } from "../src/core/calendar";
import { buildUnminifiedPlugin, bundleValues } from "./bench/bundle";
import { runCliRows } from "./bench/cli";
import { BUNDLE_VALUES, CLI_ROWS, PLUGIN_ROWS, PLUGIN_VALUES } from "./bench/rows";
import type { Row, Value } from "./bench/stats";

export interface BenchArgs {
	json: boolean;
	sizes: number[];
	cliSize: number;
	runs: number;
	warmup: number;
	only: string[] | null;
	profileDir: string | null;
	worker: boolean;
	size: number;
	mainJs: string | null;
	save: string | null;
	from: string | null;
}

class UsageError extends Error {}

function count(flag: string, text: string | undefined, min: number): number {
	const value = Number(text);
	if (text === undefined || !Number.isInteger(value) || value < min) throw new UsageError(`${flag} needs a whole number of at least ${min}, not ${JSON.stringify(text ?? "")}`);
	return value;
}

export function parseBenchArgs(argv: readonly string[], env: Record<string, string | undefined>): BenchArgs {
	const args: BenchArgs = {
		json: false,
		sizes: (env.BENCH_SIZES ?? "1000,5000,20000").split(",").map((s) => count("BENCH_SIZES", s.trim(), 1)),
		cliSize: count("BENCH_CLI_SIZE", env.BENCH_CLI_SIZE ?? "10000", 1),
		runs: count("BENCH_RUNS", env.BENCH_RUNS ?? "7", 1),
		warmup: 1,
		only: null,
		profileDir: null,
		worker: false,
		size: 0,
		mainJs: null,
		save: null,
		from: null,
	};
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i] as string;
		const value = () => {
			const v = argv[++i];
			if (v === undefined || v.startsWith("--")) throw new UsageError(`${flag} needs a value`);
			return v;
		};
		if (flag === "--json") args.json = true;
		else if (flag === "--sizes") args.sizes = value().split(",").map((s) => count("--sizes", s.trim(), 1));
		else if (flag === "--cli-size") args.cliSize = count(flag, value(), 1);
		else if (flag === "--runs") args.runs = count(flag, value(), 1);
		else if (flag === "--warmup") args.warmup = count(flag, value(), 0);
		else if (flag === "--only") args.only = value().split(",").map((s) => s.trim()).filter((s) => s !== "");
		else if (flag === "--profile") args.profileDir = path.resolve(value());
		else if (flag === "--worker") args.worker = true;
		else if (flag === "--size") args.size = count(flag, value(), 1);
		else if (flag === "--main-js") args.mainJs = value();
		else if (flag === "--save") args.save = path.resolve(value());
		else if (flag === "--from") args.from = path.resolve(value());
		else throw new UsageError(`unknown option ${flag}`);
	}
	if (args.only) {
		const known = [...PLUGIN_ROWS, ...PLUGIN_VALUES, ...CLI_ROWS, ...BUNDLE_VALUES];
		for (const o of args.only) if (!known.some((k) => k.startsWith(o))) throw new UsageError(`--only ${o} matches no row; rows: ${known.join(", ")}`);
	}
	return args;
}

function selector(only: string[] | null): (name: string) => boolean {
	return (name) => only === null || only.some((o) => name.startsWith(o));
}

const log = (line: string) => process.stderr.write(`${line}\n`);

function ensureBuilt(root: string): void {
	const req = createRequire(path.join(root, "package.json"));
	const { buildIfStale } = req("./scripts/build-if-stale.cjs") as { buildIfStale: (o: { root: string }) => boolean };
	const cliMissing = !fs.existsSync(path.join(root, "dist", "tend.cjs"));
	if (buildIfStale({ root })) log("built main.js and dist/tend.cjs (they were older than src/)");
	else if (cliMissing) {
		const r = spawnSync(process.execPath, ["esbuild.config.mjs", "--quiet"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
		if (r.status !== 0) throw new Error("the build failed");
	}
}

async function worker(args: BenchArgs, root: string): Promise<void> {
	// Loaded here only: it brings jsdom and the fake Obsidian, which the orchestrator needs not.
	const { runPluginRows } = await import("./bench/plugin");
	const manifest = JSON.parse(fs.readFileSync(path.join(root, "manifest.json"), "utf8"));
	const out = await runPluginRows({
		n: args.size,
		runs: args.runs,
		warmup: args.warmup,
		selected: selector(args.only),
		mainJs: args.mainJs ?? path.join(root, "main.js"),
		manifest,
		profileDir: args.profileDir,
		root,
		log,
	});
	process.stdout.write(`${JSON.stringify(out)}\n`);
}

let runningWorker: ChildProcess | null = null;

async function runWorker(args: BenchArgs, size: number, mainJs: string): Promise<{ results: Row[]; values: Value[] }> {
	const flags = ["--worker", "--size", String(size), "--runs", String(args.runs), "--warmup", String(args.warmup), "--main-js", mainJs];
	if (args.only) flags.push("--only", args.only.join(","));
	if (args.profileDir) flags.push("--profile", args.profileDir);
	const child = spawn(process.execPath, ["--expose-gc", "--max-old-space-size=8192", __filename, ...flags], { stdio: ["ignore", "pipe", "inherit"] });
	runningWorker = child;
	let stdout = "";
	child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
	const code = await new Promise<number | null>((done) => child.on("close", (c) => done(c)));
	runningWorker = null;
	if (code !== 0) throw new Error(`the worker for ${size} contacts failed (exit ${code})`);
	return JSON.parse(stdout.trim().split("\n").pop() as string) as { results: Row[]; values: Value[] };
}

/** What --save writes: the report with CPU times, and the machine and its load. */
interface SavedReport {
	node: string;
	cpu: string;
	nproc: number;
	started: string;
	finished: string;
	/** One-minute load average when the bench started and when it finished. */
	load: [number, number];
	command: string;
	runs: number;
	warmup: number;
	results: Row[];
	values: Value[];
}

function heading(r: SavedReport): string {
	return [
		`Tend benchmark, ${r.started.slice(0, 16).replace("T", " ")} UTC: Node ${r.node}, ${r.cpu}, ${r.nproc} CPUs, load average ${r.load[0].toFixed(1)} at the start and ${r.load[1].toFixed(1)} at the end.`,
		`\`${r.command}\`: median of ${r.runs} runs after ${r.warmup} warm-up; cpu is the process's CPU time (median).`,
	].join("\n");
}

function cpuModel(): string {
	return os.cpus()[0]?.model.trim() ?? "unknown";
}

function localToday() {
	return parseIsoDay(DateTime.now().toISODate() ?? "") as number;
}

function fmt(n: number | null): string {
	return n === null ? "" : n.toLocaleString("en-US");
}

/** How a row grows with the vault: the exponent k in time ~ n^k, by wall clock and by CPU time. */
function growth(first: Row, last: Row): string {
	if (first.n === last.n || first.median_ms <= 0) return "";
	const exponent = (a: number, b: number) => Math.log(b / a) / Math.log(last.n / first.n);
	const kind = (k: number) => (k < 0.25 ? "flat" : k < 0.85 ? "sublinear" : k <= 1.15 ? "linear" : "superlinear");
	const wall = exponent(first.median_ms, last.median_ms);
	const cpu = first.cpu_ms !== undefined && last.cpu_ms !== undefined && first.cpu_ms > 0 ? exponent(first.cpu_ms, last.cpu_ms) : null;
	const cpuText = cpu === null ? "" : `, cpu n^${cpu.toFixed(2)}`;
	return `x${(last.median_ms / first.median_ms).toFixed(1)} for x${(last.n / first.n).toFixed(0)} contacts: ${kind(wall)} (n^${wall.toFixed(2)}${cpuText})`;
}

function table(results: Row[], values: Value[]): string {
	const lines = ["| row | n | median | min | max | runs | cpu (median) |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"];
	const cpu = (r: Row) => (r.cpu_ms === undefined ? "" : `${r.cpu_ms.toFixed(2)} ms`);
	for (const r of results) lines.push(`| ${r.name} | ${fmt(r.n)} | ${r.median_ms.toFixed(2)} ms | ${r.min_ms.toFixed(2)} ms | ${r.max_ms.toFixed(2)} ms | ${r.runs} | ${cpu(r)} |`);
	lines.push("", "| value | n | value |", "| --- | ---: | ---: |");
	for (const v of values) lines.push(`| ${v.name} | ${fmt(v.n)} | ${fmt(v.value)} ${v.unit} |`);
	// The growth table: rows measured at more than one size.
	const names = [...new Set(results.map((r) => r.name))].filter((name) => results.filter((r) => r.name === name).length > 1);
	const sizes = [...new Set(results.filter((r) => names.includes(r.name)).map((r) => r.n))].sort((a, b) => a - b);
	if (sizes.length > 1) {
		lines.push("", `| row | ${sizes.map(fmt).join(" | ")} | growth |`, `| --- | ${sizes.map(() => "---:").join(" | ")} | --- |`);
		for (const name of names) {
			const byN = sizes.map((n) => results.find((r) => r.name === name && r.n === n));
			const present = byN.filter((r): r is Row => r !== undefined);
			const g = present.length > 1 ? growth(present[0] as Row, present[present.length - 1] as Row) : "";
			lines.push(`| ${name} | ${byN.map((r) => (r ? `${r.median_ms.toFixed(2)} ms${r.cpu_ms === undefined ? "" : ` (cpu ${r.cpu_ms.toFixed(2)})`}` : "")).join(" | ")} | ${g} |`);
		}
	}
	return lines.join("\n");
}

export async function main(argv: string[]): Promise<number> {
	let args: BenchArgs;
	try {
		args = parseBenchArgs(argv, process.env);
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		log(`bench: ${e.message}`);
		return 2;
	}
	const root = process.env.TEND_BENCH_ROOT ?? process.cwd();
	if (args.worker) {
		await worker(args, root);
		return 0;
	}
	if (args.from) {
		const saved = JSON.parse(fs.readFileSync(args.from, "utf8")) as SavedReport;
		process.stdout.write(`${heading(saved)}\n\n${table(saved.results, saved.values)}\n`);
		return 0;
	}
	// Stopping the bench stops its worker too.
	for (const signal of ["SIGINT", "SIGTERM"] as const) {
		process.on(signal, () => {
			runningWorker?.kill(signal);
			process.exit(130);
		});
	}
	const load = os.loadavg()[0] as number;
	const startedAt = new Date().toISOString();
	const selected = selector(args.only);
	ensureBuilt(root);
	let mainJs = path.join(root, "main.js");
	if (args.profileDir) {
		fs.mkdirSync(args.profileDir, { recursive: true });
		mainJs = path.join(args.profileDir, "main.unminified.js");
		await buildUnminifiedPlugin(root, mainJs);
		log(`profiling into ${args.profileDir} (times taken under the profiler are not for the table; main.js is loaded unminified)`);
	}
	const results: Row[] = [];
	const values: Value[] = [];
	const report = (): SavedReport => ({
		node: process.version,
		cpu: cpuModel(),
		nproc: os.cpus().length,
		started: startedAt,
		finished: new Date().toISOString(),
		load: [load, os.loadavg()[0] as number],
		command: `npm run bench -- ${argv.join(" ")}`.trim(),
		runs: args.runs,
		warmup: args.warmup,
		results,
		values,
	});
	// Saved after every part, so an hour's figures survive a part that fails.
	const save = () => {
		if (args.save) fs.writeFileSync(args.save, `${JSON.stringify(report(), null, 1)}\n`);
	};
	const pluginWanted = [...PLUGIN_ROWS, ...PLUGIN_VALUES].some(selected);
	for (const size of pluginWanted ? args.sizes : []) {
		log(`[${size}] plugin rows: ${args.runs} runs after ${args.warmup} warm-up`);
		const out = await runWorker(args, size, mainJs);
		results.push(...out.results);
		values.push(...out.values);
		save();
	}
	if (CLI_ROWS.some(selected)) {
		const out = await runCliRows({ n: args.cliSize, runs: args.runs, warmup: args.warmup, root, today: localToday(), profileDir: args.profileDir, log });
		results.push(...out.results);
		values.push(...out.values);
		save();
	}
	if (BUNDLE_VALUES.some(selected)) values.push(...(await bundleValues(root, log)));

	// In the order of docs/benchmarks.md, each row from the smallest vault up.
	const rank = (order: string[]) => (name: string) => (order.indexOf(name) + order.length + 1) % (order.length + 1);
	const rowRank = rank([...PLUGIN_ROWS, ...CLI_ROWS]);
	const valueRank = rank([...PLUGIN_VALUES, ...CLI_ROWS, ...BUNDLE_VALUES]);
	results.sort((a, b) => rowRank(a.name) - rowRank(b.name) || a.n - b.n);
	values.sort((a, b) => valueRank(a.name) - valueRank(b.name) || (a.n ?? 0) - (b.n ?? 0));
	const saved = report();
	save();
	if (args.json) {
		const report = { node: saved.node, cpu: saved.cpu, results: results.map(({ cpu_ms: _, ...r }) => r), values };
		process.stdout.write(`${JSON.stringify(report)}\n`);
	} else process.stdout.write(`${heading(saved)}\n\n${table(results, values)}\n`);
	return 0;
}

// Run as a program (the bundle scripts/bench/run.mjs makes, and each worker it starts).
if (require.main === module) {
	main(process.argv.slice(2)).then(
		(code) => (process.exitCode = code),
		(e: unknown) => {
			log(e instanceof Error ? (e.stack ?? e.message) : String(e));
			process.exitCode = 1;
		},
	);
}
