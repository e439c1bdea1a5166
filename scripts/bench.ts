/**
 * `npm run bench`: how fast Tend is on a large vault, as figures (never as a pass/fail test:
 * this machine is shared and its timings are noisy).
 *
 * - due list: the core ranking 20,000 parsed contacts (the number the engine issue targets:
 *   well under 50 ms);
 * - reading: 20,000 note texts into contacts (frontmatter, log, diagnostics);
 * - `tend due --json` end to end on a 20,000-note vault on disk, in a fresh process, with its
 *   peak memory.
 * Each in-process figure is the median of several runs after a warm-up.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { formatDay, parseIsoDay } from "../src/core/calendar";
import { readContact, type Contact } from "../src/core/contact";
import { parseFrontmatter } from "../src/core/frontmatter";
import { dueList } from "../src/core/schedule";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { mentionRows } from "./bench/mentions";

const COUNT = Number(process.env.BENCH_CONTACTS ?? 20_000);
const TODAY = parseIsoDay("2026-11-27") as number;
const KINDS = ["share", "ask", "call", "check-in", "help", "meeting"];

/** A deterministic pseudo-random generator, so every run measures the same vault. */
function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

const MAX_DAYS: Record<string, number> = { A: 42, B: 91, C: 182, "": 365 };

/**
 * One contact note. In a kept-up vault the last contact falls anywhere in 1.2 times the
 * tier's window (about a fifth of contacts are due or overdue); in a neglected one anywhere
 * in the last 400 days (most are overdue, the heaviest case for the due list).
 */
function makeNote(i: number, rnd: () => number, neglected: boolean): string {
	const tier = ["A", "B", "C", ""][Math.floor(rnd() * 4)] as string;
	const last = TODAY - Math.floor(rnd() * (neglected ? 400 : (MAX_DAYS[tier] ?? 365) * 1.2));
	const lines = ["---", `company: Company ${i % 997}`];
	if (tier) lines.push(`tier: ${tier}`);
	if (rnd() < 0.9) lines.push(`last_contact: ${formatDay(last)}`);
	if (rnd() < 0.2) lines.push("promises:", `  - ${formatDay(TODAY - 10 + Math.floor(rnd() * 30))} Send the deck`);
	if (rnd() < 0.3) lines.push(`birthday: --${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`);
	if (rnd() < 0.05) lines.push(`snooze_until: ${formatDay(TODAY + 30)}`);
	if (rnd() < 0.05) lines.push("busy:", "  - 11-15..12-15 year-end close");
	lines.push("interests: [pricing, climbing]", "---", `# Contact ${i}`, "", "Notes about them.", "", "## Touchpoints");
	const entries = Math.floor(rnd() * 8);
	for (let e = 0; e < entries; e++) {
		lines.push(`- ${formatDay(last - e * 20)} ${KINDS[Math.floor(rnd() * KINDS.length)] ?? "call"} — Touchpoint ${e} about something useful (1h)`);
	}
	return `${lines.join("\n")}\n`;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function time(runs: number, fn: () => void): { median: number; min: number; max: number } {
	fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = process.hrtime.bigint();
		fn();
		times.push(Number(process.hrtime.bigint() - start) / 1e6);
	}
	return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

function fmt(ms: number): string {
	return `${ms.toFixed(1)} ms`;
}

function readAll(notes: { path: string; text: string }[]): Contact[] {
	return notes.map((n) => {
			const fm = parseFrontmatter(n.text);
			return readContact(
				{ path: n.path, frontmatter: fm.kind === "ok" ? fm.data : null, frontmatterProblem: fm.kind === "error" ? fm.problem : null, text: n.text, bodyStart: fm.bodyStart },
				DEFAULT_SETTINGS,
				TODAY,
			);
	});
}

export function main(): number {
	const notes = Array.from({ length: COUNT }, (_, i) => ({ path: `People/Contact ${i}.md`, text: makeNote(i, random(i + 1), false) }));
	const neglectedNotes = Array.from({ length: COUNT }, (_, i) => ({ path: `People/Contact ${i}.md`, text: makeNote(i, random(i + 1), true) }));

	const heapBefore = process.memoryUsage().heapUsed;
	const contacts = readAll(notes);
	const heapAfter = process.memoryUsage().heapUsed;
	const neglected = readAll(neglectedNotes);
	const listed = dueList(contacts, TODAY, DEFAULT_SETTINGS).length;
	const listedNeglected = dueList(neglected, TODAY, DEFAULT_SETTINGS).length;

	const due = time(21, () => dueList(contacts, TODAY, DEFAULT_SETTINGS));
	const heavy = time(21, () => dueList(neglected, TODAY, DEFAULT_SETTINGS));
	const all = time(21, () => dueList(contacts, TODAY, DEFAULT_SETTINGS, { all: true }));
	const reading = time(5, () => readAll(notes));
	// The plugin's first due list: frontmatter objects as the metadata cache holds them (already
	// parsed), no note text yet, then the ranking.
	const cached = notes.map((n) => {
		const fm = parseFrontmatter(n.text);
		return { path: n.path, frontmatter: fm.kind === "ok" ? fm.data : null };
	});
	const firstList = time(5, () => {
		const fromCache = cached.map((c) => readContact({ path: c.path, frontmatter: c.frontmatter, text: null, bodyStart: 0 }, DEFAULT_SETTINGS, TODAY));
		dueList(fromCache, TODAY, DEFAULT_SETTINGS);
	});

	console.log(`Tend benchmark: ${COUNT} contacts, Node ${process.version}, ${os.cpus().length} CPUs`);
	console.log("");
	console.log("| what | median | min | max |");
	console.log("| --- | --- | --- | --- |");
	console.log(`| due list, kept-up vault (${listed} listed) | ${fmt(due.median)} | ${fmt(due.min)} | ${fmt(due.max)} |`);
	console.log(`| due list, neglected vault (${listedNeglected} listed) | ${fmt(heavy.median)} | ${fmt(heavy.min)} | ${fmt(heavy.max)} |`);
	console.log(`| due list --all, kept-up vault (${COUNT} listed) | ${fmt(all.median)} | ${fmt(all.min)} | ${fmt(all.max)} |`);
	console.log(`| read ${COUNT} note texts into contacts | ${fmt(reading.median)} | ${fmt(reading.min)} | ${fmt(reading.max)} |`);
	console.log(`| plugin's first due list: ${COUNT} cached frontmatters to contacts, then ranked | ${fmt(firstList.median)} | ${fmt(firstList.min)} | ${fmt(firstList.max)} |`);
	for (const row of mentionRows()) console.log(row);

	// End to end: the built CLI in a fresh process over the same vault on disk.
	const root = fs.mkdtempSync(path.join(os.tmpdir(), "tend-bench-"));
	try {
		fs.mkdirSync(path.join(root, "People"));
		for (const n of notes) fs.writeFileSync(path.join(root, n.path), n.text);
		const bin = path.join(process.cwd(), "dist", "tend.cjs");
		if (!fs.existsSync(bin)) {
			console.log("| tend due --json (CLI) | not measured: run npm run build first | | |");
		} else {
			const script = `const t=process.hrtime.bigint();let out="";const io={stdout:{write:s=>{out+=s}},stderr:{write:s=>process.stderr.write(s)},env:{},cwd:process.cwd(),now:()=>Date.now()};const code=require(${JSON.stringify(bin)}).run(["due","--vault",${JSON.stringify(root)},"--today","2026-11-27","--json"],io);const ms=Number(process.hrtime.bigint()-t)/1e6;console.log(JSON.stringify({code,ms,rss:process.resourceUsage().maxRSS,bytes:out.length}))`;
			const runs: { ms: number; rss: number }[] = [];
			for (let i = 0; i < 4; i++) {
				const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
				if (r.status !== 0) throw new Error(r.stderr);
				runs.push(JSON.parse(r.stdout.trim()) as { ms: number; rss: number });
			}
			const timed = runs.slice(1);
			const ms = timed.map((r) => r.ms);
			console.log(`| tend due --json on ${COUNT} notes on disk (CLI, in-process time) | ${fmt(median(ms))} | ${fmt(Math.min(...ms))} | ${fmt(Math.max(...ms))} |`);
			console.log("");
			console.log(`CLI peak memory (max RSS): ${Math.round(median(timed.map((r) => r.rss)) / 1024)} MiB`);
		}
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
	console.log(`Heap held by ${COUNT} parsed contacts: about ${Math.round((heapAfter - heapBefore) / 1024 / 1024)} MiB`);
	return 0;
}
