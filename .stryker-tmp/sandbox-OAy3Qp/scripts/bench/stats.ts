/**
 * The benchmark's figures and how they are taken: every row is the median of `runs` timed
 * runs after `warmup` untimed ones. A run measures only its own critical section (the
 * stopwatch is started and stopped by the run), so the setup a run needs (a fresh index, a
 * fresh plugin) is never counted.
 */
// @ts-nocheck

import { performance } from "perf_hooks";
import type { CpuProfiler } from "./profile";

/** One timed figure, as `--json` prints it (without `cpu_ms`). */
export interface Row {
	name: string;
	/** Contacts in the vault. */
	n: number;
	median_ms: number;
	min_ms: number;
	max_ms: number;
	runs: number;
	/**
	 * Median CPU time of the process over the same sections (all its threads: the collector's
	 * helpers count). Shown next to the wall-clock figures in the table, because on a shared
	 * machine the wall clock also measures the neighbours; not part of the JSON.
	 */
	cpu_ms?: number;
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
	private cpuAt = 0;
	private running = false;
	/** CPU ms at each lap and stop, by the wall-clock figure returned there. */
	private readonly cpu = new Map<number, number>();
	constructor(private readonly profiler: CpuProfiler | null) {}

	start(): void {
		this.profiler?.start();
		this.running = true;
		this.cpuAt = cpuNow();
		this.startedAt = performance.now();
	}

	lap(): number {
		if (!this.running) throw new Error("the stopwatch was not started");
		const ms = performance.now() - this.startedAt;
		this.cpu.set(ms, cpuNow() - this.cpuAt);
		return ms;
	}

	stop(): number {
		const ms = this.lap();
		this.running = false;
		this.profiler?.stop();
		return ms;
	}

	/** The CPU time behind a figure this stopwatch returned. */
	cpuFor(ms: number): number | undefined {
		return this.cpu.get(ms);
	}
}

function cpuNow(): number {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
}

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function round(ms: number): number {
	return Math.round(ms * 1000) / 1000;
}

export function rowOf(name: string, n: number, times: readonly number[], cpu: readonly number[] = []): Row {
	const row: Row = { name, n, median_ms: round(median(times)), min_ms: round(Math.min(...times)), max_ms: round(Math.max(...times)), runs: times.length };
	if (cpu.length === times.length) row.cpu_ms = round(median(cpu));
	return row;
}

export function describe(r: Row): string {
	const cpu = r.cpu_ms === undefined ? "" : `, cpu ${r.cpu_ms.toFixed(2)}`;
	return `  ${r.name} n=${r.n}: median ${r.median_ms.toFixed(2)} ms (min ${r.min_ms.toFixed(2)}, max ${r.max_ms.toFixed(2)}${cpu}, ${r.runs} runs)`;
}

/**
 * Runs `run` warmup + runs times and makes one row per figure it returns. A run returns
 * its figures by row name, in ms, as its stopwatch gave them (most runs return one).
 */
export async function measure(
	names: readonly string[],
	n: number,
	options: RunOptions,
	run: (sw: Stopwatch, index: number) => Promise<Record<string, number>> | Record<string, number>,
): Promise<Row[]> {
	const times = new Map<string, number[]>(names.map((name) => [name, []]));
	const cpu = new Map<string, number[]>(names.map((name) => [name, []]));
	for (let i = 0; i < options.warmup + options.runs; i++) {
		const timed = i >= options.warmup;
		const sw = new Stopwatch(timed ? (options.profiler ?? null) : null);
		const figures = await run(sw, i);
		if (!timed) continue;
		for (const name of names) {
			const ms = figures[name];
			if (ms === undefined || !Number.isFinite(ms)) throw new Error(`${name}: the run gave no time`);
			(times.get(name) as number[]).push(ms);
			const c = sw.cpuFor(ms);
			if (c !== undefined) (cpu.get(name) as number[]).push(c);
		}
	}
	const rows = names.map((name) => rowOf(name, n, times.get(name) as number[], cpu.get(name) as number[]));
	for (const r of rows) options.log?.(describe(r));
	return rows;
}
