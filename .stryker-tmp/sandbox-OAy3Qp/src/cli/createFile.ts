/**
 * Writing whole files that are not edits of a note: a new contact note from an import (which
 * must never replace a file that exists), and the calendar file of `tend ics --out`.
 *
 * Both write a temporary file beside the target first, so a reader or a sync client never
 * sees half a file:
 * - `createExclusive` then hard-links the temporary file to the target name. `link` fails
 *   with EEXIST when the name exists, in one step, so two processes (or Obsidian and Tend)
 *   racing to create the same note cannot overwrite each other. On a file system without
 *   hard links (some network and FAT drives) it falls back to opening the target with
 *   O_CREAT|O_EXCL ("wx"), which is as safe against overwriting, but a reader might see the
 *   note while it is being written;
 * - `replaceAtomically` renames the temporary file over the target (the calendar file is
 *   Tend's own, regenerated each time).
 */
// @ts-nocheck

import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";

export type CreateOutcome = { ok: true } | { ok: false; exists: true } | { ok: false; exists: false; reason: string };

function tempName(file: string): string {
	return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tend-tmp`);
}

const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"]);

/** Creates `file` with `text`; never replaces an existing file (or folder, or link). */
export function createExclusive(file: string, text: string): CreateOutcome {
	// A quick answer for the common case; the link below is what guarantees it, since a file
	// may appear between this check and the write.
	if (fs.existsSync(file) || isDanglingLink(file)) return { ok: false, exists: true };
	return linkNew(file, text);
}

/** The write itself, without the quick check (exported for the test of the race). */
export function linkNew(file: string, text: string): CreateOutcome {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	const tmp = tempName(file);
	fs.writeFileSync(tmp, text, { encoding: "utf8", flag: "wx" });
	try {
		fs.linkSync(tmp, file);
		return { ok: true };
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code ?? "";
		if (code === "EEXIST") return { ok: false, exists: true };
		if (!NO_LINKS.has(code)) return { ok: false, exists: false, reason: (e as Error).message };
	} finally {
		fs.rmSync(tmp, { force: true });
	}
	try {
		fs.writeFileSync(file, text, { encoding: "utf8", flag: "wx" });
		return { ok: true };
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === "EEXIST") return { ok: false, exists: true };
		return { ok: false, exists: false, reason: (e as Error).message };
	}
}

function isDanglingLink(file: string): boolean {
	try {
		fs.lstatSync(file);
		return true;
	} catch {
		return false;
	}
}

/** Writes `file` in one step (temporary file, then rename), keeping an existing file's mode. */
export function replaceAtomically(file: string, text: string): void {
	let mode = 0o644;
	try {
		mode = fs.statSync(file).mode & 0o777;
	} catch {
		/* a new file */
	}
	const tmp = tempName(file);
	try {
		fs.writeFileSync(tmp, text, { encoding: "utf8", mode, flag: "wx" });
		fs.renameSync(tmp, file);
	} catch (e) {
		fs.rmSync(tmp, { force: true });
		throw e;
	}
}
