/**
 * The CLI's atomic write, window by window: another program writes the note at exactly one
 * point of a Tend write (through the test hooks, in-process and deterministic, or through a
 * child process with wide time margins), and nothing anyone wrote may be lost. Then the lock:
 * stale at once when its process is gone, released when the edit throws, and the temporary
 * files of dead writers cleaned up.
 */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { applyEdit, breakLock, HOST_TAG, lockPath, type WriteOptions, type WriteOutcome } from "../../src/cli/atomicWrite";
import { parseIsoDay } from "../../src/core/calendar";
import { logTouchpoint } from "../../src/core/edits/requests";
import type { EditResult } from "../../src/core/edits/result";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { tempVaults } from "./support";

const vault = tempVaults();
const NOTE = "---\ntier: A\nlast_contact: 2026-10-01\n---\n# Ada\n\nMet at the conference.\n\n## Touchpoints\n- 2026-10-01 call — Caught up\n";
const DAY = parseIsoDay("2026-11-27") as number;
const log = (summary: string) => (text: string): EditResult => logTouchpoint(text, { date: DAY, kind: "call", summary, hours: null, name: "Ada" }, DEFAULT_SETTINGS);
const expectedAfter = (text: string, summary = "Tend's entry") => {
	const r = log(summary)(text);
	if (!r.ok) throw new Error(r.reason);
	return r.text;
};

function setup(text = NOTE): { root: string; file: string } {
	const root = vault({ "People/Ada.md": text });
	return { root, file: path.join(root, "People", "Ada.md") };
}

/** A hook that runs `fn` the first time only. */
function once(fn: (file: string) => void): (file: string) => void {
	let done = false;
	return (file) => {
		if (done) return;
		done = true;
		fn(file);
	};
}

const folder = (file: string) => fs.readdirSync(path.dirname(file)).sort();

describe("another program writes the note during a Tend write", () => {
	it("a sync client replacing the note by a rename before the re-check: the edit is redone on its text", () => {
		const { file } = setup();
		const synced = NOTE.replace("Met at the conference.", "Met at the conference. Synced from the phone.");
		const outcome = applyEdit(file, log("Tend's entry"), {
			hooks: {
				beforeRecheck: once((f) => {
					fs.writeFileSync(`${f}.sync`, synced);
					fs.renameSync(`${f}.sync`, f);
				}),
			},
		});
		expect(outcome.ok).toBe(true);
		expect(fs.readFileSync(file, "utf8")).toBe(expectedAfter(synced));
		expect(folder(file)).toEqual(["Ada.md"]);
	});

	it("an editor appending between the re-check and the rename: the old file is watched and the edit redone", () => {
		const { file } = setup();
		const outcome = applyEdit(file, log("Tend's entry"), { hooks: { beforeRename: once((f) => fs.appendFileSync(f, "Added by hand.\n")) } });
		expect(outcome.ok).toBe(true);
		expect(fs.readFileSync(file, "utf8")).toBe(expectedAfter(`${NOTE}Added by hand.\n`));
		expect(folder(file)).toEqual(["Ada.md"]);
	});

	it("an editor still writing into the old file after the rename: the edit is redone on its final text", () => {
		const { file } = setup();
		const rewritten = NOTE.replace("Met at the conference.", "Met at the conference in Lisbon.");
		let fd = -1;
		const outcome = applyEdit(file, log("Tend's entry"), {
			hooks: {
				beforeRename: once((f) => (fd = fs.openSync(f, "r+"))),
				afterRename: once(() => {
					fs.ftruncateSync(fd, 0);
					fs.writeSync(fd, rewritten, 0);
					fs.closeSync(fd);
				}),
			},
		});
		expect(outcome.ok).toBe(true);
		expect(fs.readFileSync(file, "utf8")).toBe(expectedAfter(rewritten));
	});

	it("the old file rewritten and the new note appended to: both kept, the edit redone", () => {
		const { file } = setup();
		const rewritten = NOTE.replace("Met at the conference.", "Met at the conference in Lisbon.");
		let fd = -1;
		const outcome = applyEdit(file, log("Tend's entry"), {
			hooks: {
				beforeRename: once((f) => (fd = fs.openSync(f, "r+"))),
				afterRename: once((f) => {
					fs.ftruncateSync(fd, 0);
					fs.writeSync(fd, rewritten, 0);
					fs.closeSync(fd);
					fs.appendFileSync(f, "Appended to the new note.\n");
				}),
			},
		});
		expect(outcome.ok).toBe(true);
		expect(fs.readFileSync(file, "utf8")).toBe(`${expectedAfter(rewritten)}Appended to the new note.\n`);
	});

	it("the old file appended to and the new note rewritten: the appended text is added to the new note", () => {
		const { file } = setup();
		let fd = -1;
		let rewritten = "";
		const outcome = applyEdit(file, log("Tend's entry"), {
			hooks: {
				beforeRename: once((f) => (fd = fs.openSync(f, "a"))),
				afterRename: once((f) => {
					fs.writeSync(fd, "Appended to the old file.\n");
					fs.closeSync(fd);
					rewritten = fs.readFileSync(f, "utf8").replace("# Ada", "# Ada Lovelace");
					fs.writeFileSync(f, rewritten);
				}),
			},
		});
		expect(outcome.ok).toBe(true);
		expect(rewritten).toContain("Tend's entry");
		expect(fs.readFileSync(file, "utf8")).toBe(`${rewritten}Appended to the old file.\n`);
	});

	it("both rewritten in ways that do not merge: the newer note stays and the other text is saved beside it", () => {
		const { file } = setup();
		let fd = -1;
		const mine = NOTE.replace("Met at the conference.", "Old file's version.");
		let newer = "";
		const outcome = applyEdit(file, log("Tend's entry"), {
			hooks: {
				beforeRename: once((f) => (fd = fs.openSync(f, "r+"))),
				afterRename: once((f) => {
					fs.ftruncateSync(fd, 0);
					fs.writeSync(fd, mine, 0);
					fs.closeSync(fd);
					newer = fs.readFileSync(f, "utf8").replace("Met at the conference.", "New note's version.");
					fs.writeFileSync(f, newer);
				}),
			},
		});
		expect(outcome).toMatchObject({ ok: true });
		expect(fs.readFileSync(file, "utf8")).toBe(newer);
		// What the note holds now, for what the CLI does next with it (an "ask" note's text).
		expect(outcome.ok && outcome.after).toBe(newer);
		const conflicts = folder(file).filter((n) => n.startsWith("Ada.tend-conflict-"));
		expect(conflicts).toHaveLength(1);
		expect(conflicts[0]).toMatch(/^Ada\.tend-conflict-\d{8}-\d{6}\.md$/);
		expect(fs.readFileSync(path.join(path.dirname(file), conflicts[0] as string), "utf8")).toBe(mine);
		expect(outcome.ok && outcome.warnings.join("\n")).toMatch(/saved the other text as Ada\.tend-conflict-\d{8}-\d{6}\.md/);
	});

	it("the old file appended to and the new note emptied: the note stays empty and the other text is saved beside it", () => {
		const { file } = setup();
		let fd = -1;
		const outcome = applyEdit(file, log("Tend's entry"), {
			timing: { emptyQuietMs: 100 },
			hooks: {
				beforeRename: once((f) => (fd = fs.openSync(f, "a"))),
				afterRename: once((f) => {
					fs.writeSync(fd, "Appended to the old file.\n");
					fs.closeSync(fd);
					fs.writeFileSync(f, "");
				}),
			},
		});
		expect(outcome.ok).toBe(true);
		expect(fs.readFileSync(file, "utf8")).toBe("");
		const conflicts = folder(file).filter((n) => n.startsWith("Ada.tend-conflict-"));
		expect(conflicts.map((n) => fs.readFileSync(path.join(path.dirname(file), n), "utf8"))).toEqual([`${NOTE}Appended to the old file.\n`]);
	});

	it("a note emptied while Tend writes it is not written, and its emptiness is kept", () => {
		const { file } = setup();
		const outcome = applyEdit(file, log("Tend's entry"), { hooks: { afterRead: once((f) => fs.writeFileSync(f, "")) }, timing: { emptyQuietMs: 100 } });
		expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/emptied while Tend was writing it.*nothing was written/) });
		expect(fs.readFileSync(file, "utf8")).toBe("");
		expect(folder(file)).toEqual(["Ada.md"]);
	});

	it("a note that was empty all along is written", () => {
		const { file } = setup("");
		expect(applyEdit(file, log("Tend's entry"), { timing: { emptyQuietMs: 10 } }).ok).toBe(true);
		expect(fs.readFileSync(file, "utf8")).toBe(expectedAfter(""));
	});
});

/**
 * A child process that rewrites the note in place the way editors and `fs.writeFile` do:
 * truncate, then the text in two chunks, pausing between them. It prints "truncated" once the
 * note is a fragment (or empty).
 */
function inPlaceEditor(file: string, text: string, firstChunk: number, pauseMs: number): Promise<void> & { started: Promise<void> } {
	const code = `
		const fs = require("fs");
		const [file, text, first, pause] = process.argv.slice(1);
		const fd = fs.openSync(file, "r+");
		fs.ftruncateSync(fd, 0);
		fs.writeSync(fd, text.slice(0, Number(first)), 0);
		process.stdout.write("truncated\\n");
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(pause));
		fs.writeSync(fd, text.slice(Number(first)), Buffer.byteLength(text.slice(0, Number(first))));
		fs.closeSync(fd);
	`;
	const child = spawn(process.execPath, ["-e", code, file, text, String(firstChunk), String(pauseMs)], { stdio: ["ignore", "pipe", "inherit"] });
	let started!: () => void;
	const startedP = new Promise<void>((resolve) => (started = resolve));
	child.stdout.on("data", (d: Buffer) => d.toString().includes("truncated") && started());
	const done = new Promise<void>((resolve, reject) => {
		child.on("error", reject);
		child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`editor exited ${code}`))));
	});
	return Object.assign(done, { started: startedP });
}

describe("an editor rewriting the note in place while Tend reads it", () => {
	// The timing alone, as on macOS and Windows (no /proc check, which would also see the
	// editor holding the note). The margins are wide (the editor pauses 300 ms, Tend waits for
	// 1.5 s of quiet) so a busy machine cannot make the editor look finished; without the wait
	// Tend would read the fragment, and the editor's second chunk would go into the file Tend
	// replaced.
	const timing: WriteOptions["timing"] = { quietMs: 1500, emptyQuietMs: 1500, watchMs: 50 };

	it("waits for the note to settle instead of editing the half-written note", async () => {
		const { file } = setup();
		const edited = NOTE.replace("Met at the conference.", "Met at the conference; edited in vim.");
		const editor = inPlaceEditor(file, edited, 20, 300);
		await editor.started;
		const outcome = applyEdit(file, log("Tend's entry"), { timing, procfs: false });
		await editor;
		expect(outcome.ok).toBe(true);
		expect(fs.readFileSync(file, "utf8")).toBe(expectedAfter(edited));
	}, 30_000);

	it("does not take a note that an editor has just truncated for an empty note", async () => {
		const { file } = setup();
		const edited = NOTE.replace("Met at the conference.", "Met at the conference; edited in vim.");
		const editor = inPlaceEditor(file, edited, 0, 300);
		await editor.started;
		const outcome = applyEdit(file, log("Tend's entry"), { timing: { quietMs: 50, emptyQuietMs: 1500, watchMs: 50 }, procfs: false });
		await editor;
		expect(outcome.ok).toBe(true);
		expect(fs.readFileSync(file, "utf8")).toBe(expectedAfter(edited));
	}, 30_000);
});

/**
 * A child process that writes "tick N" lines every 20 ms for 10 s: into the file it opened
 * first ("held", as an editor that keeps the note open) or by opening the note's path for each
 * line ("path", as an appender). `beforeRename` starts it and waits until it has begun.
 */
function ticker(mode: "held" | "path", file: string): ChildProcess {
	const ready = `${file}.ready`;
	const code = `
		const fs = require("fs");
		const [mode, file, ready] = process.argv.slice(1);
		const fd = mode === "held" ? fs.openSync(file, "a") : -1;
		const line = (n) => (mode === "held" ? fs.writeSync(fd, "tick " + n + "\\n") : fs.appendFileSync(file, "tick " + n + "\\n"));
		line(0);
		fs.writeFileSync(ready, "");
		for (let n = 1; n < 500; n++) {
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
			line(n);
		}
	`;
	const child = spawn(process.execPath, ["-e", code, mode, file, ready], { stdio: "ignore" });
	while (!fs.existsSync(ready)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
	fs.rmSync(ready);
	return child;
}

describe("another program that never stops writing after Tend's rename", () => {
	// A 2 s time limit instead of 15 s; the ticker writes far more often than the quiet period.
	const timing: WriteOptions["timing"] = { limitMs: 2000 };

	it("into the old file: Tend's write stands, and the old file's text is saved beside it", () => {
		const { file } = setup();
		let child: ChildProcess | null = null;
		try {
			// The ticker starts in the last hook before the rename, after the re-check: it holds
			// the file that the rename replaces, and goes on writing into it.
			const outcome = applyEdit(file, log("Tend's entry"), { timing, hooks: { beforeRename: once((f) => (child = ticker("held", f))) } });
			expect(outcome).toMatchObject({ ok: true, warnings: [expect.stringMatching(/another program kept writing into the note Tend replaced; Tend kept the newer note and saved the other text as Ada\.tend-conflict-/)] });
			expect(fs.readFileSync(file, "utf8")).toBe(expectedAfter(NOTE));
			const conflicts = folder(file).filter((n) => n.startsWith("Ada.tend-conflict-"));
			expect(conflicts).toHaveLength(1);
			expect(fs.readFileSync(path.join(path.dirname(file), conflicts[0] as string), "utf8")).toMatch(new RegExp(`^${NOTE.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}tick 0\ntick 1\n`));
		} finally {
			(child as ChildProcess | null)?.kill("SIGKILL");
		}
	});

	it("into the new note while Tend merges the old file: Tend's write stands, the old file's text is saved beside it", () => {
		const { file } = setup();
		let child: ChildProcess | null = null;
		let fd = -1;
		try {
			const outcome = applyEdit(file, log("Tend's entry"), {
				timing,
				hooks: {
					beforeRename: once((f) => (fd = fs.openSync(f, "a"))),
					afterRename: once((f) => {
						fs.writeSync(fd, "Appended to the old file.\n");
						fs.closeSync(fd);
						child = ticker("path", f);
					}),
				},
			});
			expect(outcome).toMatchObject({ ok: true, warnings: [expect.stringMatching(/could not merge it in time; Tend kept the newer note and saved the other text as Ada\.tend-conflict-/)] });
			expect(fs.readFileSync(file, "utf8").startsWith(`${expectedAfter(NOTE)}tick 0\n`)).toBe(true);
			const conflicts = folder(file).filter((n) => n.startsWith("Ada.tend-conflict-"));
			expect(conflicts.map((n) => fs.readFileSync(path.join(path.dirname(file), n), "utf8"))).toEqual([`${NOTE}Appended to the old file.\n`]);
		} finally {
			(child as ChildProcess | null)?.kill("SIGKILL");
		}
	});
});

/**
 * A child process that opens the note for writing (`r+`: truncating it first, as an editor
 * saving it; `a`: to append), writes `first`, then holds the note open for `holdMs` before
 * writing `rest` and closing it. Returns once the child holds the note and wrote `first`.
 */
function slowWriter(file: string, flags: "r+" | "a", first: string, holdMs: number, rest: string): { child: ChildProcess; done: Promise<void> } {
	const ready = `${file}.ready`;
	const code = `
		const fs = require("fs");
		const [file, flags, first, hold, rest, ready] = process.argv.slice(1);
		const fd = fs.openSync(file, flags);
		if (flags === "r+") fs.ftruncateSync(fd, 0);
		if (first) fs.writeSync(fd, first);
		fs.writeFileSync(ready, "");
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(hold));
		if (rest) fs.writeSync(fd, rest);
		fs.closeSync(fd);
	`;
	const child = spawn(process.execPath, ["-e", code, file, flags, first, String(holdMs), rest, ready], { stdio: "ignore" });
	const done = new Promise<void>((resolve) => child.on("exit", () => resolve()));
	while (!fs.existsSync(ready)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
	fs.rmSync(ready);
	return { child, done };
}

// Linux only: elsewhere there is no /proc to ask, and Tend has only its timing (tested above).
const onLinux = process.platform === "linux" ? describe : describe.skip;

onLinux("a program that holds the note open for writing (Linux)", () => {
	it("stalling in the middle of a save for longer than any quiet period: Tend waits until it closes the note", async () => {
		const { file } = setup();
		const edited = NOTE.replace("Met at the conference.", "Met at the conference; edited in vim.");
		// 2 s of stall: far beyond Tend's 100 ms quiet period and 200 ms watch.
		const writer = slowWriter(file, "r+", edited.slice(0, 30), 2000, edited.slice(30));
		const outcome = applyEdit(file, log("Tend's entry"));
		await writer.done;
		// What Tend read, not only the end result: the watch after the rename would repair the
		// note, but a note edited from the fragment would have been at the path meanwhile.
		expect(outcome).toMatchObject({ ok: true, before: edited });
		expect(fs.readFileSync(file, "utf8")).toBe(expectedAfter(edited));
	}, 30_000);

	it("holding the replaced file open after Tend's rename: the watch lasts until it writes or closes it", async () => {
		const { file } = setup();
		let writer: { child: ChildProcess; done: Promise<void> } | null = null;
		const outcome = applyEdit(file, log("Tend's entry"), { hooks: { beforeRename: once((f) => (writer = slowWriter(f, "a", "", 1500, "Appended after a long pause.\n"))) } });
		await (writer as { done: Promise<void> } | null)?.done;
		expect(outcome.ok).toBe(true);
		expect(fs.readFileSync(file, "utf8")).toBe(expectedAfter(`${NOTE}Appended after a long pause.\n`));
	}, 30_000);

	it("that never closes it: refused after the time limit, naming the program, and nothing written", async () => {
		const { file } = setup();
		const writer = slowWriter(file, "a", "", 60_000, "");
		try {
			const outcome = applyEdit(file, log("Tend's entry"), { timing: { limitMs: 1500 } });
			expect(outcome).toEqual({
				ok: false,
				reason: `node (pid ${writer.child.pid}) had the note open for writing each time Tend looked, for 2 seconds, and Tend's rename would lose what it writes next; nothing was written, try again once it closes the note`,
			});
			expect(fs.readFileSync(file, "utf8")).toBe(NOTE);
		} finally {
			writer.child.kill("SIGKILL");
			await writer.done;
		}
	}, 30_000);
});

/** The pid of a process that has exited. */
function deadPid(): number {
	const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
	return Number(r.stdout);
}

function writeLock(file: string, content: string, mtime?: Date): void {
	fs.writeFileSync(lockPath(file), content);
	if (mtime) fs.utimesSync(lockPath(file), mtime, mtime);
}

const NO_WAIT = { env: { TEND_LOCK_WAIT_MS: "0" } };

describe("the lock", () => {
	it("is stale at once when its process is gone", () => {
		const { file } = setup();
		writeLock(file, JSON.stringify({ pid: deadPid(), host: os.hostname(), token: "dead" }));
		expect(applyEdit(file, log("after a crash"), NO_WAIT)).toMatchObject({ ok: true });
		expect(folder(file)).toEqual(["Ada.md"]);
	});

	it("of Tend 0.1 (a bare pid) is stale at once when that process is gone", () => {
		const { file } = setup();
		writeLock(file, String(deadPid()));
		expect(applyEdit(file, log("after a crash"), NO_WAIT)).toMatchObject({ ok: true });
	});

	it("of a live process is respected, and the refusal names it", () => {
		const { file } = setup();
		const sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
		try {
			writeLock(file, JSON.stringify({ pid: sleeper.pid, host: os.hostname(), token: "live" }));
			const outcome = applyEdit(file, log("blocked"), NO_WAIT);
			expect(outcome).toMatchObject({ ok: false, reason: `another tend process (pid ${sleeper.pid} on this computer) is still writing the note; nothing was written, try again` });
			expect(fs.readFileSync(file, "utf8")).toBe(NOTE);
		} finally {
			sleeper.kill("SIGKILL");
		}
	});

	it("of another host is respected while fresh and stale once nobody refreshed it for 30 s", () => {
		const { file } = setup();
		const lock = JSON.stringify({ pid: 1, host: "another-laptop.local", token: "remote" });
		writeLock(file, lock);
		expect(applyEdit(file, log("blocked"), NO_WAIT)).toMatchObject({ ok: false, reason: expect.stringContaining("(pid 1 on another-laptop.local)") });
		writeLock(file, lock, new Date(Date.now() - 60_000));
		expect(applyEdit(file, log("after the other host died"), NO_WAIT)).toMatchObject({ ok: true });
	});

	it("of another host is respected even when its pid is not a process here (mutation testing)", () => {
		// The pid belongs to the other computer: that no process here has it says nothing.
		const { file } = setup();
		writeLock(file, JSON.stringify({ pid: deadPid(), host: "another-laptop.local", token: "remote" }));
		expect(applyEdit(file, log("blocked"), NO_WAIT)).toMatchObject({ ok: false, reason: expect.stringContaining("on another-laptop.local") });
		expect(fs.readFileSync(file, "utf8")).toBe(NOTE);
	});

	it("that Tend cannot read (not JSON, or JSON without pid, host and token) is respected while fresh and stale after 2 s", () => {
		for (const content of ["{not json", JSON.stringify({ pid: 12, host: os.hostname() }), JSON.stringify({ pid: "12", host: os.hostname(), token: "t" })]) {
			const { file } = setup();
			writeLock(file, content);
			expect(applyEdit(file, log("blocked"), NO_WAIT)).toMatchObject({ ok: false });
			writeLock(file, content, new Date(Date.now() - 10_000));
			expect(applyEdit(file, log("after the unreadable lock aged"), NO_WAIT)).toMatchObject({ ok: true });
		}
	});

	it("is kept fresh while Tend waits for the note to settle", () => {
		const { file } = setup();
		const started = Date.now();
		let lockAge: { mtime: number; now: number } | null = null;
		const outcome = applyEdit(file, log("after the wait"), {
			timing: { quietMs: 1600 },
			procfs: false,
			hooks: { afterRead: once(() => (lockAge = { mtime: fs.statSync(lockPath(file)).mtimeMs, now: Date.now() })) },
		});
		expect(outcome.ok).toBe(true);
		const seen = lockAge as { mtime: number; now: number } | null;
		expect(seen).not.toBeNull();
		// Touched at least once a second during the wait, and never into the future.
		expect((seen?.mtime ?? 0) - started).toBeGreaterThanOrEqual(900);
		expect(seen?.mtime ?? Infinity).toBeLessThanOrEqual((seen?.now ?? 0) + 50);
	});

	it("is released only while it is still Tend's own: a lock another writer took meanwhile stays", () => {
		const { file } = setup();
		const other = JSON.stringify({ pid: process.pid, host: os.hostname(), token: "someone-else" });
		const outcome = applyEdit(file, log("first"), {
			hooks: {
				beforeRename: once(() => {
					// The lock was broken and taken again by another writer.
					fs.rmSync(lockPath(file));
					fs.writeFileSync(lockPath(file), other);
				}),
			},
		});
		expect(outcome.ok).toBe(true);
		expect(fs.readFileSync(lockPath(file), "utf8")).toBe(other);
	});

	it("keeps a second Tend write out while the first is between its re-check and its rename", () => {
		// Without the lock the second write would succeed there, and the first one's rename
		// would then replace it: the re-checks cannot see a write that lands in that window.
		const { file } = setup();
		let second: WriteOutcome | null = null;
		const first = applyEdit(file, log("first"), { hooks: { beforeRename: once((f) => (second = applyEdit(f, log("second"), NO_WAIT))) } });
		expect(first.ok).toBe(true);
		expect(second).toMatchObject({ ok: false, reason: expect.stringContaining("is still writing the note") });
		expect(fs.readFileSync(file, "utf8")).toBe(expectedAfter(NOTE, "first"));
	});

	it("broken by two processes that both saw it stale: the second puts back the lock the first took, and its write waits", () => {
		// Both saw the dead writer's lock. The first broke it, took the lock and got to its
		// rename; the second breaks "the same" stale lock only now, and finds the first's lock
		// under that name. Taking it would let the second write land and the first's rename then
		// replace it: a write reported done and lost.
		const { file } = setup();
		const stale = JSON.stringify({ pid: deadPid(), host: os.hostname(), token: "dead" });
		writeLock(file, stale);
		let held: string | null = null;
		let afterBreak: string | null = null;
		let second: WriteOutcome | null = null;
		const first = applyEdit(file, log("first"), {
			hooks: {
				beforeRename: once((f) => {
					held = fs.readFileSync(lockPath(f), "utf8");
					breakLock(lockPath(f), { raw: stale });
					afterBreak = fs.readFileSync(lockPath(f), "utf8");
					second = applyEdit(f, log("second"), NO_WAIT);
				}),
			},
		});
		expect(first.ok).toBe(true);
		expect(held).toContain(`"pid":${process.pid}`);
		expect(afterBreak).toBe(held);
		expect(second).toMatchObject({ ok: false, reason: expect.stringContaining("is still writing the note") });
		expect(fs.readFileSync(file, "utf8")).toBe(expectedAfter(NOTE, "first"));
		// No tomb left, and the lock released: the second write, tried again, goes through.
		expect(folder(file)).toEqual(["Ada.md"]);
		expect(applyEdit(file, log("second"), NO_WAIT)).toMatchObject({ ok: true });
		expect(fs.readFileSync(file, "utf8")).toBe(expectedAfter(expectedAfter(NOTE, "first"), "second"));
	});

	it("that is gone by the time a process breaks it: nothing to do", () => {
		const { file } = setup();
		breakLock(lockPath(file), { raw: "{}" });
		expect(folder(file)).toEqual(["Ada.md"]);
	});

	it("is released when the edit throws, with no temporary file left", () => {
		const { file } = setup();
		expect(() =>
			applyEdit(file, () => {
				throw new Error("a bug in an edit");
			}),
		).toThrow("a bug in an edit");
		expect(folder(file)).toEqual(["Ada.md"]);
		expect(applyEdit(file, log("next"), NO_WAIT)).toMatchObject({ ok: true });
	});

	it("is released when a write is refused", () => {
		const { file } = setup();
		expect(applyEdit(file, () => ({ ok: false, reason: "no" }))).toStrictEqual({ ok: false, reason: "no" });
		expect(folder(file)).toEqual(["Ada.md"]);
	});
});

describe("what the edit and the note's bytes decide", () => {
	it("a refusal on a line names the line, and nothing is written", () => {
		const { file } = setup();
		expect(applyEdit(file, () => ({ ok: false, reason: "the log heading is missing", line: 4 }))).toStrictEqual({ ok: false, reason: "the log heading is missing", line: 4 });
		expect(fs.readFileSync(file, "utf8")).toBe(NOTE);
		expect(folder(file)).toEqual(["Ada.md"]);
	});

	it("an edit that changes nothing leaves the note's file alone and says so", () => {
		const { file } = setup();
		const ino = fs.statSync(file).ino;
		const outcome = applyEdit(file, (text) => ({ ok: true, text, splices: [], frontmatter: null, warnings: ["already logged"] }));
		expect(outcome).toStrictEqual({ ok: true, changed: false, warnings: ["already logged"], before: NOTE, after: NOTE });
		expect(fs.statSync(file).ino).toBe(ino);
		expect(folder(file)).toEqual(["Ada.md"]);
	});

	const NOT_UTF8 = { ok: false, reason: "it is not valid UTF-8 text, and Tend will not re-encode it" };

	it("a note that is not valid UTF-8 is refused, its bytes untouched", () => {
		const { file } = setup();
		const bytes = Buffer.concat([Buffer.from(NOTE), Buffer.from([0xff, 0xfe, 0x0a])]);
		fs.writeFileSync(file, bytes, { flag: "w" });
		fs.utimesSync(file, new Date(Date.now() - 5000), new Date(Date.now() - 5000));
		expect(applyEdit(file, log("x"))).toStrictEqual(NOT_UTF8);
		expect(fs.readFileSync(file).equals(bytes)).toBe(true);
		expect(folder(file)).toEqual(["Ada.md"]);
	});

	it("a note deleted while Tend writes it is not brought back", () => {
		const { file } = setup();
		const outcome = applyEdit(file, log("x"), { hooks: { beforeRecheck: once((f) => fs.rmSync(f)) } });
		expect(outcome).toStrictEqual({ ok: false, reason: "it was deleted while Tend was writing it; nothing was written" });
		expect(folder(file)).toEqual([]);
	});

	it("a note that another program makes invalid UTF-8 while Tend writes it is refused, and not written", () => {
		const { file } = setup();
		const bytes = Buffer.concat([Buffer.from(NOTE), Buffer.from([0xc3, 0x28, 0x0a])]);
		const outcome = applyEdit(file, log("x"), { hooks: { beforeRecheck: once((f) => fs.writeFileSync(f, bytes)) }, timing: { quietMs: 20 }, procfs: false });
		expect(outcome).toStrictEqual(NOT_UTF8);
		expect(fs.readFileSync(file).equals(bytes)).toBe(true);
		expect(folder(file)).toEqual(["Ada.md"]);
	});
});

describe("leftovers of dead writers", () => {
	it("are removed by the next write to the folder; a live writer's and a recent one of another host stay", () => {
		const { file } = setup();
		const dir = path.dirname(file);
		const sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
		try {
			const dead = deadPid();
			const names = {
				dead: `.Ada.md.${HOST_TAG}-${dead}-0badc0de.tend-tmp`,
				deadTomb: `..Ada.md.tend-lock.${HOST_TAG}-${dead}-0badc0de.tend-tomb`,
				deadOtherNote: `.Bob.md.${HOST_TAG}-${dead}-00c0ffee.tend-tmp`,
				old: `.Ada.md.${dead}.0badc0de.tend-tmp`,
				live: `.Ada.md.${HOST_TAG}-${sleeper.pid}-0badc0de.tend-tmp`,
				foreignRecent: `.Ada.md.ffffffff-12-0badc0de.tend-tmp`,
				foreignOld: `.Ada.md.eeeeeeee-12-0badc0de.tend-tmp`,
				staleLockOfBob: ".Bob.md.tend-lock",
			};
			for (const name of Object.values(names)) fs.writeFileSync(path.join(dir, name), "partial");
			fs.writeFileSync(path.join(dir, names.staleLockOfBob), JSON.stringify({ pid: dead, host: os.hostname(), token: "x" }));
			const hourAgo = new Date(Date.now() - 2 * 3_600_000);
			fs.utimesSync(path.join(dir, names.foreignOld), hourAgo, hourAgo);
			expect(applyEdit(file, log("sweep"))).toMatchObject({ ok: true });
			expect(folder(file)).toEqual(["Ada.md", names.foreignRecent, names.live].sort());
		} finally {
			sleeper.kill("SIGKILL");
		}
	});
});

describe("a folder or a note the system will not let Tend write", () => {
	// The tests run as root, which no permission stops: the refusals of the system are
	// played by replacing the one call that fails.
	const nodeFs = jest.requireActual<typeof fs>("fs");
	const failing = (code: string) => Object.assign(new Error(`${code}: refused`), { code });
	/** Opening a file whose name ends with `suffix` fails with `code`; every other open goes through. */
	const refuseOpen = (suffix: string, code: string) => {
		const open = nodeFs.openSync.bind(nodeFs);
		jest.spyOn(nodeFs, "openSync").mockImplementation(((p: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode) => {
			if (String(p).endsWith(suffix)) throw failing(code);
			return open(p, flags, mode);
		}) as typeof fs.openSync);
	};
	afterEach(() => jest.restoreAllMocks());

	it("a lock file that cannot be created (a read-only folder) is a refusal that says so", () => {
		const { file } = setup();
		refuseOpen(".tend-lock", "EACCES");
		expect(applyEdit(file, log("x"))).toEqual({ ok: false, reason: "Tend cannot create its lock file beside it (EACCES: is the folder read-only?); nothing was written" });
		jest.restoreAllMocks();
		expect(fs.readFileSync(file, "utf8")).toBe(NOTE);
		expect(folder(file)).toEqual(["Ada.md"]);
	});

	it("a temporary file that cannot be created (a full disk) is a refusal that says so, with nothing left behind", () => {
		const { file } = setup();
		refuseOpen(".tend-tmp", "ENOSPC");
		expect(applyEdit(file, log("x"))).toEqual({ ok: false, reason: "Tend cannot write a file beside it (ENOSPC: refused); nothing was written" });
		jest.restoreAllMocks();
		expect(fs.readFileSync(file, "utf8")).toBe(NOTE);
		expect(folder(file)).toEqual(["Ada.md"]);
	});

	it("a rename the system refuses (Windows, the note held open) is a refusal, with nothing left behind", () => {
		const { file } = setup();
		jest.spyOn(nodeFs, "renameSync").mockImplementation(() => {
			throw failing("EBUSY");
		});
		expect(applyEdit(file, log("x"))).toEqual({ ok: false, reason: "the note could not be replaced (EBUSY: another program may hold it open); nothing was written, try again" });
		jest.restoreAllMocks();
		expect(fs.readFileSync(file, "utf8")).toBe(NOTE);
		expect(folder(file)).toEqual(["Ada.md"]);
	});
});

describe("durability", () => {
	it("fsyncs the temporary file before the rename, and the folder after it", () => {
		const { file } = setup();
		// The module object the atomic write calls through (the test's own `fs` is a copy).
		const nodeFs = jest.requireActual<typeof fs>("fs");
		const realRename = nodeFs.renameSync.bind(nodeFs);
		const realFsync = nodeFs.fsyncSync.bind(nodeFs);
		const calls: string[] = [];
		jest.spyOn(nodeFs, "fsyncSync").mockImplementation((fd: number) => {
			calls.push(nodeFs.fstatSync(fd).isDirectory() ? "fsync folder" : "fsync file");
			realFsync(fd);
		});
		jest.spyOn(nodeFs, "renameSync").mockImplementation((from: fs.PathLike, to: fs.PathLike) => {
			calls.push(String(to) === file ? "rename over the note" : `rename to ${String(to)}`);
			realRename(from, to);
		});
		try {
			expect(applyEdit(file, log("durable"))).toMatchObject({ ok: true });
		} finally {
			jest.restoreAllMocks();
		}
		expect(calls).toEqual(["fsync file", "rename over the note", "fsync folder"]);
	});
});
