/**
 * Applying a pure edit to a note on disk without ever losing a write.
 *
 * 1. Two `tend` processes take turns through a lock file beside the note
 *    (`.Name.md.tend-lock`, created with O_EXCL; a lock older than 30 s is stale).
 * 2. The note is read, the edit computed, and the result written to a temporary file in the
 *    same folder with the note's mode.
 * 3. Just before the rename, the note is read again: if anything else (Obsidian, a sync
 *    client) changed it meanwhile, the temporary file is dropped and the edit is computed
 *    again from the new text.
 * 4. The rename replaces the note in one step: a reader sees the old note or the new one,
 *    never half of one.
 *
 * A note whose bytes are not valid UTF-8 is refused: decoding and re-encoding it would change
 * bytes Tend does not own.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import type { EditResult } from "../core/edits/result";

export type WriteOutcome =
	| { ok: true; changed: boolean; warnings: string[]; before: string; after: string }
	| { ok: false; reason: string; line?: number };

const LOCK_STALE_MS = 30_000;
const LOCK_WAIT_MS = 15_000;
const MAX_ATTEMPTS = 8;

function sleep(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function lockPath(file: string): string {
	return path.join(path.dirname(file), `.${path.basename(file)}.tend-lock`);
}

function acquireLock(file: string): number | null {
	const lock = lockPath(file);
	const deadline = Date.now() + LOCK_WAIT_MS;
	for (;;) {
		try {
			const fd = fs.openSync(lock, "wx");
			fs.writeSync(fd, String(process.pid));
			return fd;
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
		}
		try {
			const age = Date.now() - fs.statSync(lock).mtimeMs;
			if (age > LOCK_STALE_MS) {
				fs.rmSync(lock, { force: true });
				continue;
			}
		} catch {
			continue;
		}
		if (Date.now() > deadline) return null;
		sleep(10 + Math.floor(Math.random() * 20));
	}
}

function releaseLock(file: string, fd: number): void {
	try {
		fs.closeSync(fd);
	} finally {
		fs.rmSync(lockPath(file), { force: true });
	}
}

/**
 * Reads `file`, applies `edit` and writes the result atomically. The edit may run more than
 * once (when the note changes underneath), so it must be pure.
 */
export function applyEdit(file: string, edit: (text: string) => EditResult): WriteOutcome {
	const fd = acquireLock(file);
	if (fd === null) return { ok: false, reason: "another tend process has held the note for 15 seconds; try again" };
	try {
		for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			const bytes = fs.readFileSync(file);
			const stat = fs.statSync(file);
			const text = bytes.toString("utf8");
			if (!Buffer.from(text, "utf8").equals(bytes)) {
				return { ok: false, reason: "it is not valid UTF-8 text, and Tend will not re-encode it" };
			}
			const result = edit(text);
			if (!result.ok) return result.line === undefined ? { ok: false, reason: result.reason } : { ok: false, reason: result.reason, line: result.line };
			if (result.text === text) return { ok: true, changed: false, warnings: result.warnings, before: text, after: text };
			const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tend-tmp`);
			try {
				fs.writeFileSync(tmp, result.text, { encoding: "utf8", mode: stat.mode & 0o777 });
				fs.chmodSync(tmp, stat.mode & 0o7777);
				const now = fs.readFileSync(file);
				if (!now.equals(bytes)) {
					fs.rmSync(tmp, { force: true });
					continue;
				}
				fs.renameSync(tmp, file);
			} catch (e) {
				fs.rmSync(tmp, { force: true });
				throw e;
			}
			return { ok: true, changed: true, warnings: result.warnings, before: text, after: result.text };
		}
		return { ok: false, reason: "the note kept changing while Tend was writing it; nothing was written" };
	} finally {
		releaseLock(file, fd);
	}
}
