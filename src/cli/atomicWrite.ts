/**
 * Applying a pure edit to a note on disk without ever losing a write: not Tend's, not one of
 * Obsidian, a sync client or an editor writing the same note at the same moment.
 *
 * The note is replaced by renaming a finished temporary file over it, so a reader sees the old
 * note or the new one, never half of one. Around that rename, every window in which another
 * program's write could be lost is closed, in order:
 *
 * 0. Where. A symbolic link is written through, never replaced: the lock, the temporary file
 *    and the rename are beside the link's target, as Obsidian writes through links. A note
 *    whose real path leaves the vault (the note or one of its folders is a link to elsewhere)
 *    is refused, and so is a note with several hard links (a rename would split them).
 * 1. Tend against Tend. A lock file beside the note (`.Name.md.tend-lock`, created with
 *    O_EXCL) records the writer's pid, host and a random token. A live writer refreshes its
 *    mtime while it holds it; it is released in a `finally`, so a write that throws never leaves
 *    it. A lock whose process is gone (same host, dead pid) is stale at once; a lock from
 *    another host is stale when nobody refreshed it for 30 s. A stale lock is broken by
 *    renaming it aside and checking its token, so two processes breaking the same stale lock
 *    cannot delete a lock that a third has just taken.
 * 2. Read. A note that is still being written (an editor truncates it, then writes it in
 *    chunks) is never read as if it were whole: Tend waits until the note's mtime is at least
 *    100 ms old (1 s for an empty note, which is what a truncated note looks like), reads it
 *    through a file handle, and keeps the bytes only if their length is the size and size and
 *    mtime did not move during the read. A note that had text when this write first looked at
 *    it and is now empty is never written.
 * 3. Compute -> temporary file. The edit runs on that settled text. The result goes to a
 *    temporary file in the same folder with the note's mode, is fsynced, then closed.
 * 4. Re-check. Just before the rename, the note must still be the same file (inode) with the
 *    same size, mtime and bytes. If anything changed it meanwhile, the temporary file is
 *    dropped and the edit is computed again from the new text: at once when the note only
 *    grew (a line appended), else once it has settled again.
 * 5. Rename, then fsync the folder (where the platform allows), so the new name survives a
 *    crash.
 * 6. After the rename. Between the re-check and the rename there are a few microseconds in
 *    which an editor that holds the note open can still write into the old file, and it keeps
 *    writing there after the rename. Tend keeps its handle on the old file and watches it for
 *    200 ms. If it changed, Tend waits until it settles and redoes the edit on its final text,
 *    merged with anything appended to the new note meanwhile; if both changed in ways that do
 *    not merge, the newer note stays and the old file's text is saved beside it as
 *    `Name.tend-conflict-YYYYMMDD-HHMMSS.md`, with a warning. The redone write goes through
 *    steps 3 to 6 again.
 *
 * On Linux, Tend also asks /proc whether another process holds the note open for writing: it
 * reads the note only once none does (an editor can stall in the middle of a write for longer
 * than any quiet period on a busy machine), and it watches a replaced file for as long as one
 * still holds it. Only processes whose /proc entries this user may read are seen.
 *
 * One time limit (15 s) bounds the whole write; once Tend's edit is in the note, running out
 * of it still keeps what another program wrote (in a conflict copy) and reports the write.
 *
 * What is left, where /proc does not tell (macOS, Windows, another user's process): an editor
 *    that stops for longer than the quiet period in the middle of writing the note (Tend cannot
 *    tell it from one that has finished; the watch still repairs the note if the editor goes
 *    on within the watch), or a program that keeps the old file open and writes to it only
 *    after the watch. Everywhere: a program that renames its own file over the note in the
 *    microseconds between Tend's re-check and its rename. No rename-based writer sees that.
 *
 * Temporary files and lock tombs are named `.Name.md.HOST-PID-RANDOM.tend-tmp` (HOST is a
 * short hash of the host name): every write first removes those of dead writers in its folder
 * (and those of other hosts older than an hour), and stale locks of other notes there.
 *
 * A note whose bytes are not valid UTF-8 is refused: decoding and re-encoding it would change
 * bytes Tend does not own.
 *
 * Environment (read from `options.env`, else the process's):
 * - `TEND_LOCK_WAIT_MS`: how long to wait for another live writer's lock (default 20000;
 *   the wait starts again whenever the lock changes hands).
 * - `TEND_SETTLE_MS`: the quiet period of step 2 (default 100; the watch of step 6 is twice
 *   that). Raise it for a network drive or a sync client that writes notes slowly in place.
 * - `TEND_TEST_HOLD_LOCK_MS`: for tests only; after taking the lock, hold it this long
 *   (refreshing it) before reading the note, so a test can kill a writer that holds its lock.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { EditResult } from "../core/edits/result";

export type WriteOutcome =
	| { ok: true; changed: boolean; warnings: string[]; before: string; after: string }
	| { ok: false; reason: string; line?: number };

export interface WriteOptions {
	/** The vault folder: a note whose real path is outside it is refused. */
	vault?: string;
	/** Where the `TEND_*` variables above are read (default: process.env). */
	env?: Record<string, string | undefined>;
	/** For tests: called at fixed points of the write, to play a racing editor right there. */
	hooks?: WriteHooks;
	/** For tests: longer waits give a child-process editor wide margins on a busy machine. */
	timing?: Partial<Timing>;
	/** For tests: false leaves out the /proc check, to test the timing macOS and Windows rely on. */
	procfs?: boolean;
}

export interface Timing {
	/** A note modified less than this long ago may still be being written (default 100 ms). */
	quietMs: number;
	/** An empty note must have been empty this long, as a truncated note looks empty (1 s). */
	emptyQuietMs: number;
	/** How long the replaced file is watched after the rename (200 ms). */
	watchMs: number;
	/** The time limit of the whole write (15 s). */
	limitMs: number;
}

/** Each hook gets the real path of the note being written. */
export interface WriteHooks {
	/** After the settled read, before the edit is computed. */
	afterRead?(file: string): void;
	/** After the temporary file is written, before the re-check. */
	beforeRecheck?(file: string): void;
	/** After the re-check, right before the rename. */
	beforeRename?(file: string): void;
	/** Right after the rename, before the old file is watched. */
	afterRename?(file: string): void;
}

const TIMING: Timing = { quietMs: 100, emptyQuietMs: 1000, watchMs: 200, limitMs: 15_000 };

/** The timing for `TEND_SETTLE_MS` (the quiet period; the watch is twice as long). */
function timingFor(settleText: string | undefined): Timing {
	if (settleText === undefined || !/^\d+$/.test(settleText)) return TIMING;
	const quietMs = Number(settleText);
	return { ...TIMING, quietMs, emptyQuietMs: Math.max(TIMING.emptyQuietMs, 4 * quietMs), watchMs: 2 * quietMs };
}
/** Longer than a holder's own time limit (15 s), so a waiter outlasts a holder that gives up. */
const LOCK_WAIT_MS = 20_000;
/** A lock nobody refreshed for this long is stale even when its pid cannot be checked. */
const LOCK_STALE_MS = 30_000;
/** A lock file with no readable content (its writer died between creating and filling it). */
const LOCK_EMPTY_STALE_MS = 2_000;
const LOCK_REFRESH_MS = 1_000;
/** Leftovers of another host's writer are removed when they are this old. */
const FOREIGN_LEFTOVER_MS = 3_600_000;
/** A bound on compute-write rounds (each caused by another program); the time limit comes first. */
const MAX_ROUNDS = 100;
/** An mtime this far in the future means clock skew (a network drive): mtime age says nothing. */
const SKEW_MS = 1_000;

const HOST = os.hostname();
/** Names this host in temporary file names (a short hash of the host name). */
export const HOST_TAG = crypto.createHash("sha1").update(HOST).digest("hex").slice(0, 8);

/** A refusal raised from deep inside a write; `applyEdit` turns it into an outcome. */
class Refused extends Error {}

function sleepRaw(ms: number): void {
	if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function errno(e: unknown): string | undefined {
	return (e as NodeJS.ErrnoException | null)?.code;
}

export function lockPath(file: string): string {
	return path.join(path.dirname(file), `.${path.basename(file)}.tend-lock`);
}

function leftoverPath(file: string, kind: "tmp" | "tomb"): string {
	const id = `${HOST_TAG}-${process.pid}-${crypto.randomBytes(4).toString("hex")}`;
	return path.join(path.dirname(file), `.${path.basename(file)}.${id}.tend-${kind}`);
}

function pidAlive(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return errno(e) === "EPERM";
	}
}

// ---------------------------------------------------------------------------------------------
// The lock

interface LockInfo {
	pid: number;
	host: string;
	token: string;
}

interface LockSeen {
	info: LockInfo | null;
	raw: string;
	mtimeMs: number;
}

function readLock(file: string): LockSeen | null {
	try {
		const raw = fs.readFileSync(file, "utf8");
		const mtimeMs = fs.statSync(file).mtimeMs;
		let info: LockInfo | null = null;
		if (/^\d+$/.test(raw.trim())) info = { pid: Number(raw.trim()), host: HOST, token: raw.trim() }; // written by Tend 0.1
		else {
			try {
				const data = JSON.parse(raw) as Partial<LockInfo>;
				if (typeof data.pid === "number" && typeof data.host === "string" && typeof data.token === "string") info = data as LockInfo;
			} catch {
				info = null;
			}
		}
		return { info, raw, mtimeMs };
	} catch (e) {
		if (errno(e) === "ENOENT") return null;
		throw e;
	}
}

function isStale(seen: LockSeen, now: number): boolean {
	const age = now - seen.mtimeMs;
	if (!seen.info) return age > LOCK_EMPTY_STALE_MS;
	if (seen.info.host === HOST && !pidAlive(seen.info.pid)) return true;
	// A live pid on this host may be an unrelated process that reused a dead writer's pid; a
	// real writer refreshes its lock, so an old one is stale all the same.
	return age > LOCK_STALE_MS;
}

/**
 * Removes the stale lock that was `seen`, and only that one: it is renamed aside first, and
 * put back if it turns out to be a newer lock another process took in the meantime.
 * Exported for the test that plays a second process breaking the same stale lock after the
 * first has broken it and taken the lock (two processes cannot be interleaved there on cue).
 */
export function breakLock(lock: string, seen: Pick<LockSeen, "raw">): void {
	const tomb = leftoverPath(lock, "tomb");
	try {
		fs.renameSync(lock, tomb);
	} catch (e) {
		if (errno(e) === "ENOENT") return;
		throw e;
	}
	let same = false;
	try {
		same = fs.readFileSync(tomb, "utf8") === seen.raw;
	} catch {
		same = false;
	}
	if (!same) {
		try {
			fs.linkSync(tomb, lock);
		} catch {
			// Another process took the lock meanwhile; both go on, and the re-checks around the
			// rename still keep every write.
		}
	}
	fs.rmSync(tomb, { force: true });
}

class Lock {
	private lastRefresh = Date.now();

	private constructor(
		readonly file: string,
		private readonly fd: number,
		private readonly token: string,
	) {}

	/**
	 * Takes the lock, waiting up to `waitMs` for one live holder (the wait starts again when the
	 * lock changes hands, so a queue of writers that makes progress is never refused); the holder
	 * when it gave up.
	 */
	static acquire(target: string, waitMs: number): Lock | { holder: LockInfo | null } {
		const file = lockPath(target);
		let deadline = Date.now() + waitMs;
		let holder: LockInfo | null = null;
		let holderRaw: string | null = null;
		for (;;) {
			const token = crypto.randomBytes(8).toString("hex");
			try {
				const fd = fs.openSync(file, "wx");
				try {
					fs.writeSync(fd, JSON.stringify({ pid: process.pid, host: HOST, token }));
				} catch (e) {
					fs.closeSync(fd);
					fs.rmSync(file, { force: true });
					throw e;
				}
				return new Lock(file, fd, token);
			} catch (e) {
				if (errno(e) !== "EEXIST") throw e;
			}
			const seen = readLock(file);
			if (seen === null) continue;
			if (isStale(seen, Date.now())) {
				breakLock(file, seen);
				continue;
			}
			if (seen.raw !== holderRaw) {
				if (holderRaw !== null) deadline = Date.now() + waitMs;
				holderRaw = seen.raw;
				holder = seen.info;
			}
			if (Date.now() >= deadline) return { holder };
			sleepRaw(10 + Math.floor(Math.random() * 20));
		}
	}

	/** Moves the lock's mtime to now (at most once a second), so nobody thinks it stale. */
	refresh(force = false): void {
		const now = Date.now();
		if (!force && now - this.lastRefresh < LOCK_REFRESH_MS) return;
		this.lastRefresh = now;
		try {
			fs.futimesSync(this.fd, now / 1000, now / 1000);
		} catch {
			// A lock someone broke cannot be refreshed; the re-checks still guard the write.
		}
	}

	/** Sleeps while holding the lock, keeping it fresh. */
	sleep(ms: number): void {
		const end = Date.now() + ms;
		for (;;) {
			this.refresh();
			const left = end - Date.now();
			if (left <= 0) return;
			sleepRaw(Math.min(left, LOCK_REFRESH_MS));
		}
	}

	release(): void {
		try {
			fs.closeSync(this.fd);
		} finally {
			const seen = readLock(this.file);
			// Never remove a lock that is not ours any more (one that was broken and retaken).
			if (seen && (seen.info?.token ?? "") === this.token) fs.rmSync(this.file, { force: true });
		}
	}
}

// ---------------------------------------------------------------------------------------------
// Leftovers of writers that died

const LEFTOVER = /^\..+\.([0-9a-f]{8})-(\d+)-[0-9a-f]{8}\.tend-(?:tmp|tomb)$/;
/** Temporary files of Tend 0.1: `.Name.md.PID.RANDOM.tend-tmp`, always from this host. */
const OLD_LEFTOVER = /^\..+\.(\d+)\.[0-9a-f]{8}\.tend-tmp$/;
const OTHER_LOCK = /^\..+\.tend-lock$/;

/** Removes the temporary files and tombs of dead writers, and stale locks, in `dir`. */
function sweep(dir: string, ownLock: string): void {
	let names: string[];
	try {
		names = fs.readdirSync(dir);
	} catch {
		return;
	}
	const now = Date.now();
	for (const name of names) {
		if (!name.startsWith(".") || !name.includes(".tend-")) continue;
		const abs = path.join(dir, name);
		try {
			const m = LEFTOVER.exec(name);
			const old = OLD_LEFTOVER.exec(name);
			if (m) {
				const dead = m[1] === HOST_TAG ? !pidAlive(Number(m[2])) : now - fs.lstatSync(abs).mtimeMs > FOREIGN_LEFTOVER_MS;
				if (dead) fs.rmSync(abs, { force: true });
			} else if (old) {
				if (!pidAlive(Number(old[1]))) fs.rmSync(abs, { force: true });
			} else if (OTHER_LOCK.test(name) && abs !== ownLock) {
				const seen = readLock(abs);
				if (seen && isStale(seen, now)) breakLock(abs, seen);
			}
		} catch {
			// A leftover that cannot be removed now is tried again by the next write.
		}
	}
}

// ---------------------------------------------------------------------------------------------
// Where to write

function inside(root: string, p: string): boolean {
	return p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** The real path to write for `file`, or why Tend refuses to write it. */
function resolveTarget(file: string, vault: string | undefined): string {
	let real: string;
	try {
		real = fs.realpathSync(file);
	} catch (e) {
		if (errno(e) === "ENOENT") throw new Refused("it no longer exists (or it is a link to a file that does not)");
		if (errno(e) === "ELOOP") throw new Refused("it is a symbolic link that leads back to itself");
		throw e;
	}
	if (vault !== undefined) {
		const root = fs.realpathSync(vault);
		if (!inside(root, real)) {
			// Name the link that leaves the vault: the note itself or one of its folders.
			const rel = path.relative(path.resolve(vault), path.resolve(file)).split(path.sep);
			let link = rel.join("/");
			for (let i = 1; i <= rel.length; i++) {
				const p = path.join(path.resolve(vault), ...rel.slice(0, i));
				try {
					if (fs.lstatSync(p).isSymbolicLink() && !inside(root, fs.realpathSync(p))) {
						link = rel.slice(0, i).join("/");
						real = fs.realpathSync(p);
						break;
					}
				} catch {
					break;
				}
			}
			throw new Refused(`${link} is a link to ${real}, outside the vault; Tend writes only inside the vault (edit it there, or in Obsidian)`);
		}
	}
	const st = fs.statSync(real);
	if (!st.isFile()) throw new Refused("it is not a regular file");
	if (st.nlink > 1) throw new Refused(`it has ${st.nlink} hard links, and replacing it would split them; Tend leaves it alone`);
	return real;
}

// ---------------------------------------------------------------------------------------------
// Who else holds the note open

/** A process that holds a file open for writing. */
interface Holder {
	pid: number;
	name: string;
}

/**
 * On Linux, a process other than this one that holds the file `st` (at `file`, or the deleted
 * file that was there) open for writing; null when there is none or it cannot be known (not
 * Linux, no /proc). Only the processes whose /proc entries this user may read are seen (in
 * practice, the user's own editors and sync clients). Each open file is matched by its link
 * text first, never by following it: a stat of another process's file could hang on a network
 * drive that went away.
 */
function writerOf(file: string, st: fs.Stats): Holder | null {
	if (process.platform !== "linux") return null;
	let pids: string[];
	try {
		pids = fs.readdirSync("/proc");
	} catch {
		return null;
	}
	const names = new Set([file, `${file} (deleted)`]);
	for (const pid of pids) {
		if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
		let fds: string[];
		try {
			fds = fs.readdirSync(`/proc/${pid}/fd`);
		} catch {
			continue;
		}
		for (const fd of fds) {
			try {
				if (!names.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))) continue;
				const held = fs.statSync(`/proc/${pid}/fd/${fd}`);
				if (held.ino !== st.ino || held.dev !== st.dev) continue;
				const flags = /^flags:\s*([0-7]+)/m.exec(fs.readFileSync(`/proc/${pid}/fdinfo/${fd}`, "utf8"));
				// O_WRONLY or O_RDWR: this process can write into the file.
				if (flags && (parseInt(flags[1] ?? "0", 8) & 3) !== 0) {
					let name = "a process";
					try {
						name = fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim();
					} catch {
						// gone meanwhile
					}
					return { pid: Number(pid), name };
				}
			} catch {
				// The process or the file descriptor went away meanwhile.
			}
		}
	}
	return null;
}

// ---------------------------------------------------------------------------------------------
// Reading a note that has settled

interface Settled {
	fd: number;
	bytes: Buffer;
	stat: fs.Stats;
}

function readAll(fd: number): Buffer {
	const chunks: Buffer[] = [];
	let pos = 0;
	for (;;) {
		const buf = Buffer.allocUnsafe(64 * 1024);
		const n = fs.readSync(fd, buf, 0, buf.length, pos);
		if (n === 0) break;
		chunks.push(buf.subarray(0, n));
		pos += n;
	}
	return Buffer.concat(chunks);
}

function sameStat(a: fs.Stats, b: fs.Stats): boolean {
	return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

function decode(bytes: Buffer): string | null {
	const text = bytes.toString("utf8");
	return Buffer.from(text, "utf8").equals(bytes) ? text : null;
}

/** After a rename, the replaced file changed: what it held, what it holds now, what Tend wrote. */
interface Pending {
	expected: string;
	final: Buffer;
	written: string;
}

/** A refusal found only while redoing an edit. */
interface Late {
	reason: string;
	line?: number;
}

/** What Tend itself last wrote, per note: a note that is exactly that needs no wait to settle. */
const ownWrites = new Map<string, { ino: number; size: number; mtimeMs: number }>();

class Write {
	/** Size of the note when this write first looked at it. */
	private firstSize: number | null = null;
	private readonly warnings: string[] = [];
	/** Every handle this write opened; `run` closes those still open. */
	private readonly fds = new Set<number>();
	private readonly deadline: number;
	/** The last process seen holding the note open for writing. */
	private holder: Holder | null = null;
	private scan: { stat: fs.Stats; at: number; writer: Holder | null } | null = null;

	constructor(
		private readonly target: string,
		private readonly edit: (text: string) => EditResult,
		private readonly lock: Lock,
		private readonly hooks: WriteHooks,
		private readonly timing: Timing,
		private readonly procfs: boolean,
	) {
		this.deadline = Date.now() + timing.limitMs;
	}

	private openNote(): number {
		try {
			const fd = fs.openSync(this.target, "r");
			this.fds.add(fd);
			return fd;
		} catch (e) {
			if (errno(e) === "ENOENT") throw new Refused("it was deleted while Tend was writing it; nothing was written");
			throw e;
		}
	}

	private close(fd: number): void {
		if (this.fds.delete(fd)) fs.closeSync(fd);
	}

	/**
	 * Waits until the file behind `fd` (or, with `follow`, whatever file the note's path names
	 * now) has stopped changing, and reads it whole. With `grownFrom`, a note that only grew
	 * from those bytes (a line appended) is taken at once, without waiting for a quiet period:
	 * an appender that writes every few dozen milliseconds would otherwise never leave one long
	 * enough, and growth is not a half-written note (should the appender still be writing,
	 * step 6 sees its next write).
	 */
	private settle(fd: number, follow: boolean, grownFrom?: Buffer): Settled {
		let previous: fs.Stats | null = null;
		for (;;) {
			if (Date.now() > this.deadline) {
				const seconds = Math.round(this.timing.limitMs / 1000);
				if (this.holder !== null) {
					throw new Refused(
						`${this.holder.name} (pid ${this.holder.pid}) had the note open for writing each time Tend looked, for ${seconds} seconds, and Tend's rename would lose what it writes next; nothing was written, try again once it closes the note`,
					);
				}
				throw new Refused(`the note kept changing for ${seconds} seconds while Tend waited to write it; nothing was written, try again`);
			}
			if (follow) {
				let atPath: fs.Stats;
				try {
					atPath = fs.statSync(this.target);
				} catch (e) {
					if (errno(e) === "ENOENT") throw new Refused("it was deleted while Tend was writing it; nothing was written");
					throw e;
				}
				if (atPath.ino !== fs.fstatSync(fd).ino) {
					// Another program replaced the note by a rename: follow it to the new file.
					this.close(fd);
					fd = this.openNote();
				}
			}
			const st = fs.fstatSync(fd);
			this.firstSize ??= st.size;
			const quiet = st.size === 0 ? this.timing.emptyQuietMs : this.timing.quietMs;
			const age = Date.now() - st.mtimeMs;
			const own = ownWrites.get(this.target);
			const ours = own !== undefined && own.ino === st.ino && own.size === st.size && own.mtimeMs === st.mtimeMs;
			if (grownFrom !== undefined && st.size > grownFrom.length) {
				const bytes = readAll(fd);
				const after = fs.fstatSync(fd);
				if (bytes.length === st.size && sameStat(st, after) && bytes.subarray(0, grownFrom.length).equals(grownFrom)) return { fd, bytes, stat: after };
			}
			if (!ours) {
				if (age < -SKEW_MS) {
					// The clock of the disk is ahead of ours: ask instead that two looks a quiet
					// period apart agree.
					if (previous === null || !sameStat(previous, st)) {
						previous = st;
						this.lock.sleep(quiet);
						continue;
					}
				} else if (age < quiet) {
					this.lock.sleep(Math.max(1, Math.ceil(quiet - age)));
					continue;
				}
			}
			const bytes = readAll(fd);
			const after = fs.fstatSync(fd);
			if (bytes.length !== st.size || !sameStat(st, after)) {
				this.lock.sleep(5);
				continue;
			}
			// A program that holds the note open for writing may be in the middle of writing it,
			// however long ago it last wrote: wait for it to close the note (Linux).
			if (this.writer(after) !== null) {
				this.lock.sleep(this.timing.quietMs);
				continue;
			}
			// The scan takes a while on a busy machine: what changed meanwhile is taken only if
			// the note merely grew (a line appended); anything else starts over.
			const now = fs.fstatSync(fd);
			if (sameStat(now, after)) return { fd, bytes, stat: after };
			if (now.size > bytes.length) {
				const grown = readAll(fd);
				const last = fs.fstatSync(fd);
				if (grown.length === now.size && sameStat(now, last) && grown.subarray(0, bytes.length).equals(bytes)) return { fd, bytes: grown, stat: last };
			}
		}
	}

	/**
	 * Who holds the file `st` open for writing (see `writerOf`). The answer stands while the
	 * file has not changed (same inode, size and mtime), and for one quiet period at most when
	 * a writer was found (so Tend looks again whether it closed the note).
	 */
	private writer(st: fs.Stats): Holder | null {
		const scan = this.scan;
		const fresh = scan !== null && sameStat(scan.stat, st) && (scan.writer === null || Date.now() - scan.at < this.timing.quietMs);
		if (!fresh) {
			const writer = this.procfs ? writerOf(this.target, st) : null;
			this.scan = { stat: st, at: Date.now(), writer };
			if (writer !== null) this.holder = writer;
			return writer;
		}
		return scan.writer;
	}

	/** Whether the file behind `s.fd` still holds exactly what was read. */
	private unchanged(s: Settled): boolean {
		const st = fs.fstatSync(s.fd);
		return st.size === s.stat.size && st.mtimeMs === s.stat.mtimeMs && readAll(s.fd).equals(s.bytes);
	}

	/** Writes `text` to a new temporary file beside the note, with the note's mode, fsynced. */
	private writeTemp(text: string, mode: number): string {
		const tmp = leftoverPath(this.target, "tmp");
		const fd = fs.openSync(tmp, "wx", mode & 0o777);
		try {
			const data = Buffer.from(text, "utf8");
			let off = 0;
			while (off < data.length) off += fs.writeSync(fd, data, off, data.length - off);
			fs.fsyncSync(fd);
		} catch (e) {
			fs.closeSync(fd);
			fs.rmSync(tmp, { force: true });
			throw e;
		}
		fs.closeSync(fd);
		try {
			fs.chmodSync(tmp, mode & 0o7777);
		} catch (e) {
			fs.rmSync(tmp, { force: true });
			throw e;
		}
		return tmp;
	}

	private syncFolder(): void {
		if (process.platform === "win32") return;
		try {
			const fd = fs.openSync(path.dirname(this.target), "r");
			try {
				fs.fsyncSync(fd);
			} finally {
				fs.closeSync(fd);
			}
		} catch {
			// Some file systems cannot fsync a folder; the rename itself is still atomic.
		}
	}

	/** Saves text that could not be merged beside the note, and says so (`why` starts the warning). */
	private saveConflict(bytes: Buffer, why = "another program wrote to the note while Tend replaced it, and the note changed again since"): void {
		const d = new Date();
		const two = (n: number) => String(n).padStart(2, "0");
		const stamp = `${d.getFullYear()}${two(d.getMonth() + 1)}${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}${two(d.getSeconds())}`;
		const base = path.basename(this.target).replace(/\.md$/i, "");
		for (let n = 1; ; n++) {
			const name = `${base}.tend-conflict-${stamp}${n > 1 ? `-${n}` : ""}.md`;
			const file = path.join(path.dirname(this.target), name);
			try {
				const fd = fs.openSync(file, "wx", 0o666);
				try {
					fs.writeSync(fd, bytes);
					fs.fsyncSync(fd);
				} finally {
					fs.closeSync(fd);
				}
				this.warnings.push(`${why}; Tend kept the newer note and saved the other text as ${name}: merge it by hand`);
				return;
			} catch (e) {
				if (errno(e) !== "EEXIST") throw e;
			}
		}
	}

	run(): WriteOutcome {
		try {
			return this.rounds();
		} finally {
			for (const fd of [...this.fds]) this.close(fd);
		}
	}

	private rounds(): WriteOutcome {
		// Window 2: read only a note that has settled.
		let cur = this.settle(this.openNote(), true);
		this.hooks.afterRead?.(this.target);
		const first = decode(cur.bytes);
		if (first === null) return { ok: false, reason: "it is not valid UTF-8 text, and Tend will not re-encode it" };
		/** Set after a rename when the replaced file changed; cleared once that is merged. */
		let pending: Pending | null = null;
		/** A refusal found while redoing the edit (the final text no longer takes it). */
		const late: { refusal: Late | null } = { refusal: null };
		/** What Tend last renamed over the note: once set, the note holds Tend's edit. */
		let written: string | null = null;
		try {
			for (let round = 0; round < MAX_ROUNDS; round++) {
				const now = decode(cur.bytes);
				let next: string | null;
				if (pending === null) {
					if (now === null) return { ok: false, reason: "it is not valid UTF-8 text, and Tend will not re-encode it" };
					if (now === "" && (this.firstSize ?? 0) > 0) {
						return { ok: false, reason: "it was emptied while Tend was writing it (an editor still saving it?); nothing was written, try again" };
					}
					// Window 3: the edit runs on the settled text.
					const result = this.edit(now);
					if (!result.ok) return result.line === undefined ? { ok: false, reason: result.reason } : { ok: false, reason: result.reason, line: result.line };
					this.warnings.push(...result.warnings);
					if (result.text === now) return { ok: true, changed: false, warnings: this.warnings, before: first, after: now };
					next = result.text;
				} else {
					next = this.merge(pending, now, cur.bytes, late);
					if (next === null) return this.finish(first, now ?? written ?? first, late.refusal);
				}

				// Windows 3 and 4: the temporary file, then the re-check that the note is still the
				// file, size, mtime and bytes the edit was computed from.
				let tmp: string;
				try {
					tmp = this.writeTemp(next, cur.stat.mode);
				} catch (e) {
					throw new Refused(`Tend cannot write a file beside it (${e instanceof Error ? e.message : String(e)}); nothing was written`);
				}
				let renamed = false;
				try {
					this.hooks.beforeRecheck?.(this.target);
					let same = false;
					try {
						same = fs.statSync(this.target).ino === cur.stat.ino && this.unchanged(cur);
					} catch {
						same = false;
					}
					if (!same) {
						cur = this.settle(cur.fd, true, cur.bytes);
						continue;
					}
					this.hooks.beforeRename?.(this.target);
					// Window 5: the rename, made durable.
					try {
						fs.renameSync(tmp, this.target);
					} catch (e) {
						// Windows refuses to replace a file another program holds open.
						throw new Refused(`the note could not be replaced (${errno(e) ?? String(e)}: another program may hold it open); nothing was written, try again`);
					}
					renamed = true;
				} finally {
					if (!renamed) fs.rmSync(tmp, { force: true });
				}
				this.syncFolder();
				written = next;
				pending = null;
				try {
					const st = fs.statSync(this.target);
					ownWrites.set(this.target, { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs });
				} catch {
					ownWrites.delete(this.target);
				}
				this.hooks.afterRename?.(this.target);

				// Window 6: did anything still write into the file that was just replaced?
				if (!this.watch(cur)) return this.finish(first, next, late.refusal);
				let final: Buffer;
				try {
					final = this.settle(cur.fd, false).bytes;
				} catch (e) {
					if (!(e instanceof Refused)) throw e;
					this.saveConflict(readAll(cur.fd), "another program kept writing into the note Tend replaced");
					return this.finish(first, next, late.refusal);
				}
				pending = { expected: decode(cur.bytes) ?? "", final, written: next };
				this.close(cur.fd);
				cur = this.settle(this.openNote(), true);
			}
			throw new Refused("the note kept changing while Tend was writing it; nothing was written");
		} catch (e) {
			// Once Tend's edit is in the note, a later problem must neither say "nothing was
			// written" nor drop what another program wrote into the file Tend replaced.
			if (!(e instanceof Refused) || written === null) throw e;
			if (pending !== null) this.saveConflict(pending.final, "another program wrote to the note while Tend replaced it, and Tend could not merge it in time");
			return this.finish(first, written, late.refusal);
		}
	}

	private finish(first: string, after: string, late: Late | null): WriteOutcome {
		if (late) {
			const reason = `the note changed while Tend was writing it, and its new text does not take the change: ${late.reason}`;
			return late.line === undefined ? { ok: false, reason } : { ok: false, reason, line: late.line };
		}
		return { ok: true, changed: true, warnings: this.warnings, before: first, after };
	}

	/**
	 * Whether the replaced file behind `old.fd` changes within the watch period, or for as long
	 * as another process holds it open for writing (Linux; up to the time limit).
	 */
	private watch(old: Settled): boolean {
		const end = Date.now() + this.timing.watchMs;
		for (;;) {
			const st = fs.fstatSync(old.fd);
			if (st.size !== old.stat.size || st.mtimeMs !== old.stat.mtimeMs) return true;
			if (Date.now() >= end) {
				// Scan first, compare after: a writer may write and close while the scan runs.
				const writer = this.procfs ? writerOf(this.target, st) : null;
				const now = fs.fstatSync(old.fd);
				if (now.size !== old.stat.size || now.mtimeMs !== old.stat.mtimeMs || !readAll(old.fd).equals(old.bytes)) return true;
				if (writer === null || Date.now() > this.deadline) return false;
				this.lock.sleep(this.timing.quietMs);
				continue;
			}
			this.lock.sleep(5);
		}
	}

	/**
	 * The text to write after the replaced file changed under the rename, or null to leave the
	 * note as it is. `p` is what the note holds now (null when not UTF-8).
	 *
	 * - The new note is still exactly what Tend wrote: redo the edit on the old file's final text.
	 * - The new note only grew at its end (an appender): redo the edit on the old file's final
	 *   text and keep what was appended.
	 * - The old file only grew at its end: add what was appended to it to the end of the note.
	 * - Both changed otherwise: the newer note stays, the old file's text is saved beside it.
	 */
	private merge(pending: Pending, p: string | null, pBytes: Buffer, late: { refusal: Late | null }): string | null {
		if (pending.final.length === 0) return null; // emptied, never written again: nothing to carry over
		const f = decode(pending.final);
		if (f === null || p === null || (p === "" && pending.written !== "")) {
			// Not text, or the note was emptied since Tend wrote it: it is not written again.
			this.saveConflict(pending.final);
			return null;
		}
		if (p === pending.written || p.startsWith(pending.written)) {
			const tail = p.slice(pending.written.length);
			const result = this.edit(f);
			if (!result.ok) {
				late.refusal = result.line === undefined ? { reason: result.reason } : { reason: result.reason, line: result.line };
				return f + tail;
			}
			return result.text + tail;
		}
		if (f.startsWith(pending.expected)) {
			const appended = f.slice(pending.expected.length);
			if (appended === "" || p.includes(appended)) return null;
			const eol = p.includes("\r\n") ? "\r\n" : "\n";
			return p === "" || p.endsWith("\n") ? p + appended : p + eol + appended;
		}
		if (pBytes.equals(pending.final)) return null;
		this.saveConflict(pending.final);
		return null;
	}
}

/**
 * Reads `file`, applies `edit` and writes the result atomically (see the top of this file).
 * The edit may run more than once (when the note changes underneath), so it must be pure.
 */
export function applyEdit(file: string, edit: (text: string) => EditResult, options: WriteOptions = {}): WriteOutcome {
	const env = options.env ?? process.env;
	let target: string;
	try {
		target = resolveTarget(file, options.vault);
	} catch (e) {
		if (e instanceof Refused) return { ok: false, reason: e.message };
		throw e;
	}
	sweep(path.dirname(target), lockPath(target));
	const waitText = env.TEND_LOCK_WAIT_MS;
	const wait = waitText !== undefined && /^\d+$/.test(waitText) ? Number(waitText) : LOCK_WAIT_MS;
	let lock: Lock | { holder: LockInfo | null };
	try {
		lock = Lock.acquire(target, wait);
	} catch (e) {
		return { ok: false, reason: `Tend cannot create its lock file beside it (${errno(e) ?? String(e)}: is the folder read-only?); nothing was written` };
	}
	if (!(lock instanceof Lock)) {
		const who = lock.holder ? ` (pid ${lock.holder.pid}${lock.holder.host === HOST ? " on this computer" : ` on ${lock.holder.host}`})` : "";
		const waited = wait >= 1000 ? ` after ${Math.round(wait / 1000)} seconds` : "";
		return { ok: false, reason: `another tend process${who} is still writing the note${waited}; nothing was written, try again` };
	}
	try {
		const hold = env.TEND_TEST_HOLD_LOCK_MS;
		if (hold !== undefined && /^\d+$/.test(hold)) lock.sleep(Number(hold));
		return new Write(target, edit, lock, options.hooks ?? {}, { ...timingFor(env.TEND_SETTLE_MS), ...options.timing }, options.procfs ?? true).run();
	} catch (e) {
		if (e instanceof Refused) return { ok: false, reason: e.message };
		throw e;
	} finally {
		lock.release();
	}
}
