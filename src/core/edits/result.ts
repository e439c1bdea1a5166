/**
 * What an edit returns: the new text, or a refusal that says why (and on which line). Every
 * write in Tend is such a pure function; the plugin and the CLI only apply the text.
 */
export type EditResult = EditDone | EditRefused;

export interface EditDone {
	ok: true;
	text: string;
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

export function done(text: string, warnings: string[] = []): EditDone {
	return { ok: true, text, warnings };
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
