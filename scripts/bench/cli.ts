/**
 * The CLI's rows: `tend due --json` as users run it (the built CLI, `node bin/tend.js`, a new
 * process each time) over a generated vault on disk, and the floor (scripts/bench/floor.cjs:
 * a new process that only reads every note and parses its frontmatter with `yaml`) over the
 * same files in the same run, their runs interleaved so both see the same machine.
 * Wall-clock times around the child process, so start-up and module loading count.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { formatDay, type Day } from "../../src/core/calendar";
import { buildCliWithSourcemap } from "./bundle";
import { summarizeCpu, type CpuProfile } from "./profile";
import { describe, rowOf, type Row, type Value } from "./stats";
import { generateVault, vaultFiles } from "./vault";

export interface CliOptions {
	n: number;
	runs: number;
	warmup: number;
	root: string;
	today: Day;
	profileDir: string | null;
	log(line: string): void;
}

function writeVault(dir: string, files: Record<string, string>): void {
	const made = new Set<string>();
	for (const [rel, text] of Object.entries(files)) {
		const abs = path.join(dir, ...rel.split("/"));
		const folder = path.dirname(abs);
		if (!made.has(folder)) {
			fs.mkdirSync(folder, { recursive: true });
			made.add(folder);
		}
		fs.writeFileSync(abs, text);
	}
}

/** CPU ms used by this process's finished children (Linux: /proc/self/stat), or null. */
function childCpu(): number | null {
	try {
		const fields = fs.readFileSync("/proc/self/stat", "utf8").split(") ")[1]?.split(" ") ?? [];
		// After the command: state is field 3; cutime and cstime are fields 16 and 17, in ticks.
		const ticks = Number(fields[13]) + Number(fields[14]);
		return Number.isFinite(ticks) ? ticks * 10 : null;
	} catch {
		return null;
	}
}

function run(args: string[]): { ms: number; cpu: number | null; stdout: string } {
	const cpuBefore = childCpu();
	const start = performance.now();
	const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30 });
	const ms = performance.now() - start;
	const cpuAfter = childCpu();
	if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${r.status}: ${r.stderr}`);
	return { ms, cpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, stdout: r.stdout };
}

/** Every thread's profile of one run: `--cpu-prof` writes one file per thread, and the CLI reads on worker threads too. */
function threadProfiles(dir: string): CpuProfile[] {
	const files = fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).sort();
	if (files.length === 0) throw new Error(`no .cpuprofile in ${dir}`);
	return files.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as CpuProfile);
}

export async function runCliRows(options: CliOptions): Promise<{ results: Row[]; values: Value[] }> {
	const { n, log } = options;
	const files = vaultFiles(generateVault({ contacts: n, dailyPerContact: 2, today: options.today }));
	const total = Object.keys(files).length;
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tend-bench-cli-"));
	try {
		writeVault(dir, files);
		log(`[cli ${n}] vault on disk: ${total} notes in ${dir}`);
		const due = [path.join(options.root, "bin", "tend.js"), "due", "--json", "--vault", dir, "--today", formatDay(options.today)];
		const floor = [path.join(options.root, "scripts", "bench", "floor.cjs"), dir];
		const checkDue = (stdout: string) => {
			const out = JSON.parse(stdout) as { contacts?: unknown[] };
			if (!Array.isArray(out.contacts) || out.contacts.length === 0) throw new Error("tend due --json listed nobody");
		};
		const checkFloor = (stdout: string) => {
			const out = JSON.parse(stdout) as { notes: number };
			if (out.notes !== total) throw new Error(`the floor read ${out.notes} notes, not ${total}`);
		};
		const dueTimes: number[] = [];
		const floorTimes: number[] = [];
		const dueCpu: number[] = [];
		const floorCpu: number[] = [];
		for (let i = 0; i < options.warmup + options.runs; i++) {
			// Alternate which goes first, so neither always meets a warmer machine.
			const order = i % 2 === 0 ? (["due", "floor"] as const) : (["floor", "due"] as const);
			for (const which of order) {
				const r = run(which === "due" ? due : floor);
				(which === "due" ? checkDue : checkFloor)(r.stdout);
				if (i < options.warmup) continue;
				(which === "due" ? dueTimes : floorTimes).push(r.ms);
				if (r.cpu !== null) (which === "due" ? dueCpu : floorCpu).push(r.cpu);
			}
		}
		const results = [rowOf("cli.due", n, dueTimes, dueCpu), rowOf("cli.floor", n, floorTimes, floorCpu)];
		for (const r of results) log(describe(r));
		const ratio = (results[0] as Row).median_ms / (results[1] as Row).median_ms;
		const values: Value[] = [{ name: "cli.due-over-floor", n, value: Math.round(ratio * 100) / 100, unit: "x" }];
		log(`  cli.due-over-floor n=${n}: ${ratio.toFixed(2)} x`);

		if (options.profileDir) {
			// The same CLI with a source map, so the summary names source lines.
			const buildDir = fs.mkdtempSync(path.join(os.tmpdir(), "tend-bench-cli-build-"));
			const mapped = await buildCliWithSourcemap(options.root, buildDir);
			for (const [name, args] of [
				["cli.due", [mapped, ...due.slice(1)]],
				["cli.floor", floor],
			] as const) {
				const profDir = fs.mkdtempSync(path.join(os.tmpdir(), "tend-bench-prof-"));
				try {
					run(["--cpu-prof", "--cpu-prof-dir", profDir, "--cpu-prof-interval", "200", ...args]);
					const profiles = threadProfiles(profDir);
					fs.mkdirSync(options.profileDir, { recursive: true });
					profiles.forEach((profile, t) => fs.writeFileSync(path.join(options.profileDir as string, `${name}-${n}${t === 0 ? "" : `.thread${t}`}.cpuprofile`), JSON.stringify(profile)));
					const file = path.join(options.profileDir, `${name}-${n}.md`);
					fs.writeFileSync(file, `${summarizeCpu(`${name}, n=${n} (node --cpu-prof, every thread: ${profiles.length})`, profiles, options.root)}\n`);
					log(`  profile: ${file}`);
				} finally {
					fs.rmSync(profDir, { recursive: true, force: true });
				}
			}
			fs.rmSync(buildDir, { recursive: true, force: true });
		}
		return { results, values };
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}
