/**
 * Reading a large vault on every core. `tend` spends most of its time reading notes and
 * parsing their YAML, one note at a time; each note is independent of the others, so the work
 * splits into batches that worker threads read while this thread reads too, and the results
 * are put back in the notes' order. The caller stays synchronous (every command is): this
 * thread reads batches until none is left, then collects the workers' batches with
 * `receiveMessageOnPort`, sleeping on an `Atomics.wait` between them.
 *
 * - Which batch comes next is a counter in shared memory, taken with `Atomics.add`: a thread
 *   that is slower (a worker starting up, a busy core) simply reads fewer batches.
 * - A task is a function registered by name (`registerTask`) that makes a batch reader from a
 *   plain-data job; a worker is the built CLI itself (dist/tend.cjs) started with the task's
 *   name and job, so both threads run the very same code on the same data.
 * - A batch a worker fails on (an exception, a result that cannot be copied back) is read again
 *   here, so an error surfaces as it would with one thread. A worker that stops answering (no
 *   batch for STALL_MS) has its batches read here too; reading a note twice changes nothing.
 * - The TypeScript sources (as the tests load them) cannot start a worker: only the bundle
 *   can, so they read on one thread, through the same batches.
 *
 * `TEND_THREADS` sets how many threads read (1: this one only); by default a vault of
 * MIN_NOTES notes or more is read on as many threads as the machine has cores, up to
 * MAX_THREADS, and a smaller one on this thread alone (starting a worker costs more than
 * it saves there). `TEND_THREADS_REPORT=1` says on stderr how the batches were shared, and
 * `TEND_MAIN_READS=0` keeps this thread from reading any batch while it has a worker, so that a
 * test can see the workers' results come back in order.
 */
import * as os from "os";
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from "worker_threads";

/** A vault with fewer notes is read on one thread unless TEND_THREADS says otherwise. */
export const MIN_NOTES = 2000;
/** More threads than this gain little: the disk and the collection of results are shared. */
export const MAX_THREADS = 4;
/** The most notes in one batch (smaller batches share the work more evenly, but each is a message). */
export const MAX_BATCH = 400;
/** How long this thread waits for a worker's next batch before it reads the rest itself. */
export const STALL_MS = 15_000;

type Env = Record<string, string | undefined>;

/** How many threads read `notes` notes. */
export function threadsFor(notes: number, env: Env): number {
	const asked = env.TEND_THREADS?.trim();
	if (asked !== undefined && asked !== "") {
		const n = Number(asked);
		if (Number.isInteger(n) && n >= 1) return Math.min(n, 64);
	}
	if (notes < MIN_NOTES) return 1;
	return Math.max(1, Math.min(MAX_THREADS, cores()));
}

/** The cores Node may use (`availableParallelism` is newer than some Node 18 releases). */
function cores(): number {
	const available = (os as { availableParallelism?: () => number }).availableParallelism;
	return typeof available === "function" ? available() : os.cpus().length;
}

/** Notes per batch: about eight batches per thread, at most MAX_BATCH, at least 16 notes. */
export function batchSizeFor(notes: number, threads: number): number {
	return Math.max(16, Math.min(MAX_BATCH, Math.ceil(notes / (threads * 8))));
}

type Task = (job: never) => (batch: number) => unknown;
const tasks = new Map<string, Task>();

/** Registers a task: `make(job)` returns the function that reads one batch of that job. */
export function registerTask<J, R>(name: string, make: (job: J) => (batch: number) => R): void {
	tasks.set(name, make);
}

/** The script a worker runs: the built CLI, when this code is running from it. */
function workerScript(): string | null {
	return typeof __filename === "string" && __filename.endsWith(".cjs") ? __filename : null;
}

interface WorkerStart {
	tendTask: string;
	job: unknown;
	batches: number;
	control: SharedArrayBuffer;
	port: MessagePort;
}

interface BatchMessage {
	batch: number;
	result?: unknown;
	error?: string;
}

/** Control words in shared memory: the next batch to take, and how many batches workers have posted. */
const NEXT = 0;
const POSTED = 1;

/**
 * Runs task `name` over batches 0 to `count - 1` of `job` on `threads` threads (this one
 * included), and returns each batch's result in batch order.
 */
export function runBatches<J, R>(name: string, job: J, count: number, threads: number, env: Env): R[] {
	const make = tasks.get(name);
	if (!make) throw new Error(`no task named ${name}`);
	const read = (make as unknown as (job: J) => (batch: number) => R)(job);
	const results = new Array<R>(count);
	const script = workerScript();
	const control = new Int32Array(new SharedArrayBuffer(8));
	const ports: MessagePort[] = [];
	const workers: Worker[] = [];
	if (script !== null && count > 1) {
		for (let i = 1; i < threads; i++) {
			const { port1, port2 } = new MessageChannel();
			const start: WorkerStart = { tendTask: name, job, batches: count, control: control.buffer, port: port2 };
			try {
				const worker = new Worker(script, { workerData: start, transferList: [port2], stdout: true, stderr: true });
				// A worker's failure is handled by reading its batches here; it must not end the command.
				worker.on("error", () => undefined);
				worker.unref();
				workers.push(worker);
				ports.push(port1);
			} catch {
				port1.close();
				break;
			}
		}
	}
	const done = new Uint8Array(count);
	let left = count;
	const mainReads = workers.length === 0 || env.TEND_MAIN_READS !== "0";
	for (let b = mainReads ? Atomics.add(control, NEXT, 1) : count; b < count; b = Atomics.add(control, NEXT, 1)) {
		results[b] = read(b);
		done[b] = 1;
		left--;
	}
	let fromWorkers = 0;
	let lastNews = Date.now();
	while (left > 0) {
		const posted = Atomics.load(control, POSTED);
		let news = false;
		for (const port of ports) {
			for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
				const msg = m.message as BatchMessage;
				if (done[msg.batch]) continue;
				if (msg.error === undefined) {
					results[msg.batch] = msg.result as R;
					fromWorkers++;
				} else results[msg.batch] = read(msg.batch);
				done[msg.batch] = 1;
				left--;
				news = true;
			}
		}
		if (news) {
			lastNews = Date.now();
			continue;
		}
		if (Date.now() - lastNews > STALL_MS) {
			for (let b = 0; b < count; b++) {
				if (done[b]) continue;
				results[b] = read(b);
				done[b] = 1;
				left--;
			}
			break;
		}
		Atomics.wait(control, POSTED, posted, 50);
	}
	for (const port of ports) port.close();
	for (const worker of workers) void worker.terminate();
	if (env.TEND_THREADS_REPORT === "1") {
		process.stderr.write(`tend: read ${count} batch${count === 1 ? "" : "es"} on ${1 + workers.length} thread${workers.length === 0 ? "" : "s"}: ${count - fromWorkers} on the main thread, ${fromWorkers} on ${workers.length} worker${workers.length === 1 ? "" : "s"}\n`);
	}
	return results;
}

/**
 * In a worker started by runBatches: reads batches until none is left, posting each result,
 * and returns true. Anywhere else it does nothing and returns false. The CLI's entry calls it
 * when it loads, after every task has been registered.
 */
export function serveIfWorker(): boolean {
	if (isMainThread) return false;
	const start = workerData as Partial<WorkerStart> | null;
	if (!start || typeof start.tendTask !== "string" || !start.port || !start.control) return false;
	const port = start.port;
	const control = new Int32Array(start.control);
	const count = start.batches ?? 0;
	let read: ((batch: number) => unknown) | null = null;
	for (let b = Atomics.add(control, NEXT, 1); b < count; b = Atomics.add(control, NEXT, 1)) {
		const msg: BatchMessage = { batch: b };
		try {
			read ??= (tasks.get(start.tendTask) as (job: unknown) => (batch: number) => unknown)(start.job);
			msg.result = read(b);
		} catch (e) {
			msg.error = e instanceof Error ? e.message : String(e);
		}
		try {
			port.postMessage(msg);
		} catch (e) {
			port.postMessage({ batch: b, error: e instanceof Error ? e.message : String(e) });
		}
		Atomics.add(control, POSTED, 1);
		Atomics.notify(control, POSTED);
	}
	port.close();
	return true;
}
