/**
 * What an edit returns: the new text with the splices that make it, or a refusal that says
 * why (and on which line). Every write in Tend is such a pure function; the plugin and the
 * CLI only apply the result.
 */
import { parseFrontmatter } from "../frontmatter";
import type { Splice } from "./splices";

export type EditResult = EditDone | EditRefused;

export interface EditDone {
	ok: true;
	text: string;
	/**
	 * The changes from the old text to `text`: ranges in the old text with their new text,
	 * earliest first, never overlapping, so `applySplices(old, splices) === text`. Empty when
	 * nothing changed. The plugin's editor transaction is made of exactly these.
	 */
	splices: Splice[];
	/**
	 * The properties of the new text (as the check that re-parses it read them), or null when
	 * it has no frontmatter. Callers use them instead of parsing the new text again.
	 */
	frontmatter: Record<string, unknown> | null;
	/** Things the user should know that did not stop the edit. */
	warnings: string[];
}

export interface EditRefused {
	ok: false;
	/** A sentence for the user; the caller adds the file name. */
	reason: string;
	/** One-based line in the note, when the refusal has one. */
	line?: number;
}

export function done(text: string, splices: Splice[], frontmatter: Record<string, unknown> | null, warnings: string[] = []): EditDone {
	return { ok: true, text, splices, frontmatter, warnings };
}

/**
 * A text made from another one as a whole (a new note from a template): one splice that
 * replaces all of `before`, and the properties parsed from the new text.
 */
export function rewritten(before: string, text: string, warnings: string[] = []): EditDone {
	const parsed = parseFrontmatter(text);
	const splices = text === before ? [] : [{ from: 0, to: before.length, insert: text }];
	return done(text, splices, parsed.kind === "ok" ? parsed.data : null, warnings);
}

export function refuse(reason: string, line?: number): EditRefused {
	return line === undefined ? { ok: false, reason } : { ok: false, reason, line };
}

export function deepEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") {
		return typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b);
	}
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a) && Array.isArray(b)) {
		return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
	}
	const ra = a as Record<string, unknown>;
	const rb = b as Record<string, unknown>;
	const ka = Object.keys(ra);
	const kb = Object.keys(rb);
	return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && deepEqual(ra[k], rb[k]));
}
