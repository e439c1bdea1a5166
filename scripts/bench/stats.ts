/**
 * The benchmark's figures and how they are taken: every row is the median of `runs` timed
 * runs after `warmup` untimed ones. A run measures only its own critical section (the
 * stopwatch is started and stopped by the run), so the setup a run needs (a fresh index, a
 * fresh plugin) is never counted.
 */
import { performance } from "perf_hooks";
import type { CpuProfiler } from "./profile";

/** One timed figure, as `--json` prints it. */
export interface Row {
	name: string;
	/** Contacts in the vault. */
	n: number;
	median_ms: number;
	min_ms: number;
	max_ms: number;
	runs: number;
}

/** One figure that is not a time (bytes, a ratio, a share). `n` is null when no vault is involved. */
export interface Value {
	name: string;
	n: number | null;
	value: number;
	unit: string;
}

export interface RunOptions {
	runs: number;
	warmup: number;
	/** When set, the CPU profiler runs during the timed runs (never during the warm-up). */
	profiler?: CpuProfiler | null;
	/** Progress goes to stderr, so `--json` keeps stdout for the one JSON object. */
	log?: (line: string) => void;
}

/**
 * Times a run's critical section. `lap` reads the time so far (for a run that yields two
 * figures, like "list on screen" and "every read done"); `stop` ends it.
 */
export class Stopwatch {
	private startedAt = 0;
	private running = false;
	constructor(private readonly profiler: CpuProfiler | null) {}

	start(): void {
		this.profiler?.start();
		this.running = true;
		this.startedAt = performance.now();
	}

	lap(): number {
		if (!this.running) throw new Error("the stopwatch was not started");
		return performance.now() - this.startedAt;
	}

	stop(): number {
		const ms = this.lap();
		this.running = false;
		this.profiler?.stop();
		return ms;
	}
}

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function round(ms: number): number {
	return Math.round(ms * 1000) / 1000;
}

export function rowOf(name: string, n: number, times: readonly number[]): Row {
	return { name, n, median_ms: round(median(times)), min_ms: round(Math.min(...times)), max_ms: round(Math.max(...times)), runs: times.length };
}

/**
 * Runs `run` warmup + runs times and makes one row per figure it returns. A run returns
 * its figures by row name, in ms (most runs return one).
 */
export async function measure(
	names: readonly string[],
	n: number,
	options: RunOptions,
	run: (sw: Stopwatch, index: number) => Promise<Record<string, number>> | Record<string, number>,
): Promise<Row[]> {
	const times = new Map<string, number[]>(names.map((name) => [name, []]));
	for (let i = 0; i < options.warmup + options.runs; i++) {
		const timed = i >= options.warmup;
		const figures = await run(new Stopwatch(timed ? (options.profiler ?? null) : null), i);
		if (!timed) continue;
		for (const name of names) {
			const ms = figures[name];
			if (ms === undefined || !Number.isFinite(ms)) throw new Error(`${name}: the run gave no time`);
			(times.get(name) as number[]).push(ms);
		}
	}
	const rows = names.map((name) => rowOf(name, n, times.get(name) as number[]));
	for (const r of rows) options.log?.(`  ${r.name} n=${r.n}: median ${r.median_ms.toFixed(2)} ms (min ${r.min_ms.toFixed(2)}, max ${r.max_ms.toFixed(2)}, ${r.runs} runs)`);
	return rows;
}
