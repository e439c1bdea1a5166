/**
 * More of the CLI's atomic write, from its mutation-testing survivors: the lock's edge cases
 * (a holder `kill` cannot signal, lock files Tend did not write, the exact stale ages, a lock
 * that vanishes or cannot be moved aside, a wait that ends or starts again) and the bound on
 * the write's rounds. Each test asserts what a user sees: the outcome and the note.
 */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { applyEdit, lockPath } from "../../src/cli/atomicWrite";
import { parseIsoDay } from "../../src/core/calendar";
import { logTouchpoint } from "../../src/core/edits/requests";
import type { EditResult } from "../../src/core/edits/result";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { tempVaults } from "./support";

const vault = tempVaults();
const NOTE = "---\ntier: A\nlast_contact: 2026-10-01\n---\n# Ada\n\nMet at the conference.\n\n## Touchpoints\n- 2026-10-01 call — Caught up\n";
const DAY = parseIsoDay("2026-11-27") as number;
const log = (summary: string) => (text: string): EditResult => logTouchpoint(text, { date: DAY, kind: "call", summary, hours: null, name: "Ada" }, DEFAULT_SETTINGS);
const expectedAfter = (text: string, summary: string) => {
	const r = log(summary)(text);
	if (!r.ok) throw new Error(r.reason);
	return r.text;
};

function setup(text = NOTE): string {
	return path.join(vault({ "People/Ada.md": text }), "People", "Ada.md");
}

const folder = (file: string) => fs.readdirSync(path.dirname(file)).sort();

/** The pid of a process that has exited. */
function deadPid(): number {
	const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
	return Number(r.stdout);
}

const NO_WAIT = { env: { TEND_LOCK_WAIT_MS: "0" } };
const blocked = (who: string) => ({ ok: false, reason: `another tend process (${who}) is still writing the note; nothing was written, try again` });
const HOST = os.hostname();
// The tests run as root, which no permission stops: the refusals of the system are played by
// replacing the one call that fails, on the module object the atomic write calls through.
const nodeFs = jest.requireActual<typeof fs>("fs");
const failing = (code: string) => Object.assign(new Error(`${code}: refused`), { code });
const LOCK_REFUSED = { ok: false, reason: "Tend cannot create its lock file beside it (EACCES: is the folder read-only?); nothing was written" };

afterEach(() => {
	jest.restoreAllMocks();
	jest.useRealTimers();
});

describe("the lock of a live holder is never broken", () => {
	it("a process of another user (kill says EPERM) is alive: its lock is respected", () => {
		const file = setup();
		const pid = deadPid();
		fs.writeFileSync(lockPath(file), JSON.stringify({ pid, host: HOST, token: "other-user" }));
		const kill = process.kill.bind(process);
		jest.spyOn(process, "kill").mockImplementation((p: number, signal?: string | number) => {
			if (p === pid) throw failing("EPERM");
			return kill(p, signal);
		});
		expect(applyEdit(file, log("blocked"), NO_WAIT)).toStrictEqual(blocked(`pid ${pid} on this computer`));
		expect(fs.readFileSync(file, "utf8")).toBe(NOTE);
	});

	it("a lock Tend did not write is unreadable, not a pid: respected while fresh, even with a dead pid in it", () => {
		const pid = deadPid();
		for (const content of [`${pid}abc`, `abc ${pid}`, JSON.stringify({ pid, host: HOST })]) {
			const file = setup();
			fs.writeFileSync(lockPath(file), content);
			expect({ content, outcome: applyEdit(file, log("blocked"), NO_WAIT) }).toStrictEqual({ content, outcome: { ok: false, reason: "another tend process is still writing the note; nothing was written, try again" } });
			expect(fs.readFileSync(file, "utf8")).toBe(NOTE);
		}
	});

	it("is respected up to and including its stale age: 2 s for an unreadable lock, 30 s for another host's", () => {
		// The clock is stopped exactly at the stale age: a refusal needs no sleep, so the write
		// answers at once. (Older is stale: the tests of atomicWrite.test.ts.) Breaking the lock
		// would move it aside: that fails here, so that a write on the stopped clock (whose
		// waits would never end) cannot start.
		const mtime = Math.floor(Date.now() / 1000) - 60;
		const rename = nodeFs.renameSync.bind(nodeFs);
		jest.spyOn(nodeFs, "renameSync").mockImplementation((from: fs.PathLike, to: fs.PathLike) => {
			if (String(from).endsWith(".tend-lock")) throw failing("EACCES");
			rename(from, to);
		});
		for (const [content, ageMs, who] of [
			["{not json", 2_000, ""],
			[JSON.stringify({ pid: 1, host: "another-laptop.local", token: "remote" }), 30_000, " (pid 1 on another-laptop.local)"],
		] as const) {
			const file = setup();
			fs.writeFileSync(lockPath(file), content);
			fs.utimesSync(lockPath(file), mtime, mtime);
			jest.useFakeTimers({ now: mtime * 1000 + ageMs });
			const outcome = applyEdit(file, log("blocked"), NO_WAIT);
			jest.useRealTimers();
			expect(outcome).toStrictEqual({ ok: false, reason: `another tend process${who} is still writing the note; nothing was written, try again` });
			expect(fs.readFileSync(lockPath(file), "utf8")).toBe(content);
		}
	});
});

describe("the lock of a dead holder is broken at once", () => {
	it("a lock of Tend 0.1 whose bare pid ends with a newline", () => {
		const file = setup();
		fs.writeFileSync(lockPath(file), `${deadPid()}\n`);
		expect(applyEdit(file, log("after a crash"), NO_WAIT)).toMatchObject({ ok: true, changed: true });
		expect(fs.readFileSync(file, "utf8")).toBe(expectedAfter(NOTE, "after a crash"));
		expect(folder(file)).toEqual(["Ada.md"]);
	});
});

describe("a lock file the system gets in the way of", () => {
	it("released by its holder between Tend's create and its read: Tend takes the lock and writes", () => {
		const file = setup();
		fs.writeFileSync(lockPath(file), JSON.stringify({ pid: process.pid, host: HOST, token: "leaving" }));
		const read = nodeFs.readFileSync.bind(nodeFs);
		let vanished = false;
		jest.spyOn(nodeFs, "readFileSync").mockImplementation(((p: fs.PathOrFileDescriptor, options?: unknown) => {
			if (!vanished && String(p) === lockPath(file)) {
				vanished = true;
				nodeFs.rmSync(lockPath(file));
				throw failing("ENOENT");
			}
			return read(p, options as BufferEncoding);
		}) as typeof fs.readFileSync);
		expect(applyEdit(file, log("after the holder left"), NO_WAIT)).toMatchObject({ ok: true, changed: true });
		expect(vanished).toBe(true);
		expect(fs.readFileSync(file, "utf8")).toBe(expectedAfter(NOTE, "after the holder left"));
		expect(folder(file)).toEqual(["Ada.md"]);
	});

	it("that Tend cannot read: a refusal that says so, at once", () => {
		const file = setup();
		fs.writeFileSync(lockPath(file), JSON.stringify({ pid: process.pid, host: HOST, token: "other" }));
		const read = nodeFs.readFileSync.bind(nodeFs);
		jest.spyOn(nodeFs, "readFileSync").mockImplementation(((p: fs.PathOrFileDescriptor, options?: unknown) => {
			if (String(p) === lockPath(file)) throw failing("EACCES");
			return read(p, options as BufferEncoding);
		}) as typeof fs.readFileSync);
		expect(applyEdit(file, log("x"))).toStrictEqual(LOCK_REFUSED);
		expect(fs.readFileSync(file, "utf8")).toBe(NOTE);
	});

	it("a stale lock that cannot be moved aside: a refusal that says so, at once, the lock left alone", () => {
		const file = setup();
		const stale = JSON.stringify({ pid: deadPid(), host: HOST, token: "dead" });
		fs.writeFileSync(lockPath(file), stale);
		const rename = nodeFs.renameSync.bind(nodeFs);
		jest.spyOn(nodeFs, "renameSync").mockImplementation((from: fs.PathLike, to: fs.PathLike) => {
			if (String(from) === lockPath(file)) throw failing("EACCES");
			rename(from, to);
		});
		expect(applyEdit(file, log("x"))).toStrictEqual(LOCK_REFUSED);
		expect(fs.readFileSync(file, "utf8")).toBe(NOTE);
		expect(fs.readFileSync(lockPath(file), "utf8")).toBe(stale);
	});

	it("that cannot be filled (a full disk): a refusal that says so, no empty lock left behind", () => {
		const file = setup();
		const write = nodeFs.writeSync.bind(nodeFs) as (...args: unknown[]) => number;
		// The lock is the one file written from a string; the note's text goes from a buffer.
		jest.spyOn(nodeFs, "writeSync").mockImplementation(((...args: unknown[]) => {
			if (typeof args[1] === "string") throw failing("ENOSPC");
			return write(...args);
		}) as typeof fs.writeSync);
		expect(applyEdit(file, log("x"))).toStrictEqual({ ok: false, reason: "Tend cannot create its lock file beside it (ENOSPC: is the folder read-only?); nothing was written" });
		expect(fs.readFileSync(file, "utf8")).toBe(NOTE);
		expect(folder(file)).toEqual(["Ada.md"]);
	});

	it("replaced by a lock Tend cannot read while Tend writes: the write is reported, that lock stays", () => {
		const file = setup();
		const outcome = applyEdit(file, log("first"), { hooks: { beforeRename: () => fs.writeFileSync(lockPath(file), "{not json") } });
		expect(outcome).toMatchObject({ ok: true, changed: true });
		expect(fs.readFileSync(file, "utf8")).toBe(expectedAfter(NOTE, "first"));
		expect(fs.readFileSync(lockPath(file), "utf8")).toBe("{not json");
	});
});

/**
 * A child process that plays a queue of live Tend writers (this process's pid, so alive) on
 * the lock: it writes a new lock every `everyMs`, `changes` times, then removes it.
 */
function queue(file: string, changes: number, everyMs: number): { child: ChildProcess; done: Promise<void> } {
	const ready = `${file}.queue-ready`;
	const script = `
		const fs = require("fs");
		const [lock, ready, pid, host, changes, every] = process.argv.slice(1);
		let n = 0;
		const t = setInterval(() => {
			n++;
			if (n > Number(changes)) {
				fs.rmSync(lock, { force: true });
				clearInterval(t);
				return;
			}
			fs.writeFileSync(lock, JSON.stringify({ pid: Number(pid), host, token: "queue-" + n }));
		}, Number(every));
		fs.writeFileSync(ready, "");`;
	fs.writeFileSync(lockPath(file), JSON.stringify({ pid: process.pid, host: HOST, token: "queue-0" }));
	const child = spawn(process.execPath, ["-e", script, lockPath(file), ready, String(process.pid), HOST, String(changes), String(everyMs)], { stdio: "ignore" });
	const done = new Promise<void>((resolve) => child.on("exit", () => resolve()));
	while (!fs.existsSync(ready)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
	fs.rmSync(ready);
	return { child, done };
}

describe("waiting for a live holder", () => {
	it("waits for a holder that lets go within the wait, then writes", async () => {
		const file = setup();
		const { child, done } = queue(file, 0, 300);
		try {
			expect(applyEdit(file, log("after the wait"), { env: { TEND_LOCK_WAIT_MS: "10000" } })).toMatchObject({ ok: true, changed: true });
			expect(fs.readFileSync(file, "utf8")).toBe(expectedAfter(NOTE, "after the wait"));
		} finally {
			child.kill("SIGKILL");
			await done;
		}
	});

	it("gives up on a holder that keeps the lock for the whole wait, and names it", () => {
		const file = setup();
		fs.writeFileSync(lockPath(file), JSON.stringify({ pid: process.pid, host: HOST, token: "keeps-it" }));
		expect(applyEdit(file, log("blocked"), { env: { TEND_LOCK_WAIT_MS: "200" } })).toStrictEqual(blocked(`pid ${process.pid} on this computer`));
		expect(fs.readFileSync(file, "utf8")).toBe(NOTE);
	});

	it("starts the wait again each time the lock changes hands: a queue that makes progress is never refused", async () => {
		// The queue holds the lock for 6 x 300 ms in all, far longer than the wait (1 s), but
		// each holder for 300 ms only.
		const file = setup();
		const { child, done } = queue(file, 5, 300);
		try {
			expect(applyEdit(file, log("after the queue"), { env: { TEND_LOCK_WAIT_MS: "1000" } })).toMatchObject({ ok: true, changed: true });
			expect(fs.readFileSync(file, "utf8")).toBe(expectedAfter(NOTE, "after the queue"));
		} finally {
			child.kill("SIGKILL");
			await done;
		}
	});
});

describe("the write's rounds", () => {
	it("a note that changes before every re-check: refused after 100 rounds, every change kept, nothing of Tend's written", () => {
		const file = setup();
		let changes = 0;
		const outcome = applyEdit(file, log("x"), {
			hooks: {
				beforeRecheck: (f) => {
					changes++;
					fs.appendFileSync(f, `- line ${changes}\n`);
				},
			},
		});
		expect(outcome).toStrictEqual({ ok: false, reason: "the note kept changing while Tend was writing it; nothing was written" });
		expect(changes).toBe(100);
		expect(fs.readFileSync(file, "utf8")).toBe(NOTE + Array.from({ length: 100 }, (_, i) => `- line ${i + 1}\n`).join(""));
		expect(folder(file)).toEqual(["Ada.md"]);
	});
});
