/**
 * The regions an edit changes, as splices on the old text. Every edit returns its own (they
 * are computed where the edit decides what to change, never recovered by diffing), so the
 * plugin can apply an edit to an open note as one editor transaction made of exactly these
 * ranges: in a note of any size only those bytes change, the cursor stays where it belongs
 * and the change is one undo step.
 */

export interface Splice {
	/** Offset in the old text where the change starts. */
	from: number;
	/** Offset in the old text where it ends (equal to `from` for a pure insertion). */
	to: number;
	/** The new text for that range. */
	insert: string;
}

/**
 * Applies splices to the old text in one pass. They must be in the old text's offsets,
 * earliest first and not overlapping (an insertion may sit where the previous splice ends;
 * two insertions at one offset go in their order). Throws on any other list: a list out of
 * order is a bug, never something to guess about.
 */
export function applySplices(text: string, splices: readonly Splice[]): string {
	const parts: string[] = [];
	let at = 0;
	for (const s of splices) {
		if (s.from < at || s.to < s.from || s.to > text.length) {
			throw new RangeError(`splice ${s.from}..${s.to} is out of order or outside the text (at ${at} of ${text.length})`);
		}
		parts.push(text.slice(at, s.from), s.insert);
		at = s.to;
	}
	parts.push(text.slice(at));
	return parts.join("");
}

/**
 * Several lists of splices on the same old text as one list, earliest first (a stable sort:
 * equal offsets keep the order of the lists). Null when two of them overlap.
 */
export function mergeSplices(lists: readonly (readonly Splice[])[]): Splice[] | null {
	const all = lists.flat().sort((a, b) => a.from - b.from);
	for (let i = 1; i < all.length; i++) if ((all[i] as Splice).from < (all[i - 1] as Splice).to) return null;
	return all;
}

/** The splices without those that write back the bytes already there. */
export function withoutNoOps(text: string, splices: readonly Splice[]): Splice[] {
	return splices.filter((s) => s.insert !== text.slice(s.from, s.to));
}

/** How much longer the text gets from these splices. */
export function growth(splices: readonly Splice[]): number {
	let n = 0;
	for (const s of splices) n += s.insert.length - (s.to - s.from);
	return n;
}

/**
 * The splices that turn the new text back into the old one, in the new text's offsets: each
 * splice's inserted text is replaced by the old bytes it covered. `before` is the old text.
 */
export function invertSplices(before: string, splices: readonly Splice[]): Splice[] {
	const out: Splice[] = [];
	let shift = 0;
	for (const s of splices) {
		const from = s.from + shift;
		out.push({ from, to: from + s.insert.length, insert: before.slice(s.from, s.to) });
		shift += s.insert.length - (s.to - s.from);
	}
	return out;
}

/**
 * One splice from `before` to `after`, covering only what lies between their common start
 * and their common end: for two texts whose edit is not known as splices.
 */
export function spliceBetween(before: string, after: string): Splice[] {
	if (before === after) return [];
	const limit = Math.min(before.length, after.length);
	let head = 0;
	while (head < limit && before.charCodeAt(head) === after.charCodeAt(head)) head++;
	let tail = 0;
	while (tail < limit - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
	return [{ from: head, to: before.length - tail, insert: after.slice(head, after.length - tail) }];
}
