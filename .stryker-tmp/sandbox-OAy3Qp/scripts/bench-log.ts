/**
 * `npm run bench:log [-- KEYS...]`: how long `tend log` takes on one note with many
 * frontmatter keys (default 1,000, 10,000 and 200,000), and on one whose frontmatter holds
 * 100,000 blank lines (gray-matter's comment strip is quadratic in those), as figures, never
 * as a pass/fail test (this machine is shared and its timings are noisy).
 *
 * Each size gets a fresh vault with one contact note (the keys, then a short log), and the
 * built CLI (dist/tend.cjs, from `npm run build`) runs `tend log` on it in a fresh process,
 * as a user would: the vault is read, the note is read and parsed once for the edit, and the
 * result is parsed once more to check it. Reported: the median wall time and CPU time of a
 * few runs, and the peak memory. Reading and writing are linear in the note's size, so the
 * time per key stays about the same from one size to the next.
 *
 * To see where the time goes: `node --cpu-prof bin/tend.js log Big --kind call --summary x
 * --vault DIR` on a vault this script leaves with BENCH_KEEP=1, then open the .cpuprofile in
 * Chrome's DevTools.
 */
// @ts-nocheck

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 300_000);

function makeNote(keys: number, blanks = 0): string {
	const lines = ["---", "tier: A", "last_contact: 2026-01-01"];
	for (let i = 0; i < keys; i++) lines.push(`key_${i}: value ${i}`);
	for (let i = 0; i < blanks; i++) lines.push("");
	lines.push("---", "# Big", "", "## Touchpoints", "- 2026-01-01 call — First", "");
	return lines.join("\n");
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface Run {
	ms: number;
	cpuMs: number;
	rssMiB: number;
}

/** One `tend log` in a fresh process; its own clock and resource usage, measured inside it. */
function runOnce(bin: string, vault: string, note: string): Run | string {
	fs.writeFileSync(path.join(vault, "People", "Big.md"), note);
	const script = `const t=process.hrtime.bigint();const c0=process.cpuUsage();let err="";const io={stdout:{write:()=>{}},stderr:{write:s=>{err+=s}},env:{},cwd:process.cwd(),now:()=>Date.now()};const code=require(${JSON.stringify(bin)}).run(["log","Big","--kind","call","--summary","Benchmark","--vault",${JSON.stringify(vault)},"--today","2026-11-27"],io);const ms=Number(process.hrtime.bigint()-t)/1e6;const c=process.cpuUsage(c0);console.log(JSON.stringify({code,err,ms,cpuMs:(c.user+c.system)/1000,rss:process.resourceUsage().maxRSS}))`;
	const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: TIMEOUT_MS });
	if (r.error || r.status !== 0) return r.error ? `did not finish in ${TIMEOUT_MS / 1000} s` : `failed: ${r.stderr.trim()}`;
	const out = JSON.parse(r.stdout.trim()) as { code: number; err: string; ms: number; cpuMs: number; rss: number };
	if (out.code !== 0) return `tend log exited ${out.code}: ${out.err.trim()}`;
	return { ms: out.ms, cpuMs: out.cpuMs, rssMiB: out.rss / 1024 };
}

export function main(args: string[]): number {
	const sizes = args.length > 0 ? args.map(Number) : [1_000, 10_000, 200_000];
	const bin = path.join(process.cwd(), "dist", "tend.cjs");
	if (!fs.existsSync(bin)) {
		console.error("bench:log: dist/tend.cjs is missing; run npm run build first");
		return 2;
	}
	console.log(`tend log on one note with many frontmatter keys; Node ${process.version}, ${os.cpus().length} CPUs`);
	console.log("");
	console.log("| frontmatter | note size | runs | wall time (median) | CPU time (median) | per 1,000 lines | peak memory |");
	console.log("| --- | --- | --- | --- | --- | --- | --- |");
	const cases = [...sizes.map((keys) => ({ keys, blanks: 0 })), ...(args.length > 0 ? [] : [{ keys: 0, blanks: 100_000 }])];
	for (const { keys, blanks } of cases) {
		const vault = fs.mkdtempSync(path.join(os.tmpdir(), "tend-bench-log-"));
		fs.mkdirSync(path.join(vault, "People"));
		const note = makeNote(keys, blanks);
		const what = blanks > 0 ? `${blanks} blank lines` : `${keys} keys`;
		const lines = keys + blanks;
		const runs: Run[] = [];
		let failure: string | null = null;
		const count = lines >= 100_000 ? 2 : 5;
		for (let i = 0; i < count && failure === null; i++) {
			const r = runOnce(bin, vault, note);
			if (typeof r === "string") failure = r;
			else runs.push(r);
		}
		const size = `${(note.length / 1024 / 1024).toFixed(1)} MiB`;
		if (failure !== null) console.log(`| ${what} | ${size} | ${runs.length} | ${failure} | | | |`);
		else {
			const ms = median(runs.map((r) => r.ms));
			const cpu = median(runs.map((r) => r.cpuMs));
			const rss = Math.max(...runs.map((r) => r.rssMiB));
			console.log(`| ${what} | ${size} | ${runs.length} | ${(ms / 1000).toFixed(2)} s | ${(cpu / 1000).toFixed(2)} s | ${((cpu / lines) * 1000).toFixed(0)} ms | ${rss.toFixed(0)} MiB |`);
		}
		if (process.env.BENCH_KEEP === "1") console.log(`(vault kept at ${vault})`);
		else fs.rmSync(vault, { recursive: true, force: true });
	}
	return 0;
}
