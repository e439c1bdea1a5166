/**
 * The regions an edit changed, as splices on the old text. The plugin applies an edit to an
 * open note as one editor transaction made of these splices, so the cursor and the undo
 * history stay where they belong; tests use them to prove that only owned bytes changed.
 */

export interface Splice {
	/** Offset in the old text where the change starts. */
	from: number;
	/** Offset in the old text where it ends (equal to `from` for a pure insertion). */
	to: number;
	/** The new text for that range. */
	insert: string;
}

function splitKeepingEnds(text: string): string[] {
	const lines: string[] = [];
	let start = 0;
	while (start < text.length) {
		const nl = text.indexOf("\n", start);
		const end = nl === -1 ? text.length : nl + 1;
		lines.push(text.slice(start, end));
		start = end;
	}
	return lines;
}

const MAX_CELLS = 4_000_000;

/**
 * A line-level diff of two texts as splices in the old text's offsets, earliest first.
 * Applying them from the last to the first turns `before` into `after`.
 */
export function diffSplices(before: string, after: string): Splice[] {
	if (before === after) return [];
	const a = splitKeepingEnds(before);
	const b = splitKeepingEnds(after);
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) head++;
	let tail = 0;
	while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
	const am = a.slice(head, a.length - tail);
	const bm = b.slice(head, b.length - tail);
	let offset = 0;
	for (let i = 0; i < head; i++) offset += (a[i] as string).length;

	if (am.length * bm.length > MAX_CELLS || am.length === 0 || bm.length === 0) {
		return [{ from: offset, to: offset + am.join("").length, insert: bm.join("") }];
	}
	// Longest common subsequence of the middle lines, then walk it into hunks.
	const n = am.length;
	const m = bm.length;
	const lcs: Uint32Array[] = [];
	for (let i = 0; i <= n; i++) lcs.push(new Uint32Array(m + 1));
	for (let i = n - 1; i >= 0; i--) {
		const row = lcs[i] as Uint32Array;
		const below = lcs[i + 1] as Uint32Array;
		for (let j = m - 1; j >= 0; j--) {
			row[j] = am[i] === bm[j] ? (below[j + 1] as number) + 1 : Math.max(below[j] as number, row[j + 1] as number);
		}
	}
	const splices: Splice[] = [];
	let i = 0;
	let j = 0;
	let pos = offset;
	let current: Splice | null = null;
	const flush = () => {
		if (current) splices.push(current);
		current = null;
	};
	while (i < n || j < m) {
		if (i < n && j < m && am[i] === bm[j]) {
			flush();
			pos += (am[i] as string).length;
			i++;
			j++;
		} else if (j < m && (i === n || ((lcs[i] as Uint32Array)[j + 1] as number) >= ((lcs[i + 1] as Uint32Array)[j] as number))) {
			current ??= { from: pos, to: pos, insert: "" };
			current.insert += bm[j] as string;
			j++;
		} else {
			current ??= { from: pos, to: pos, insert: "" };
			pos += (am[i] as string).length;
			current.to = pos;
			i++;
		}
	}
	flush();
	return splices;
}

/** Applies splices (in the old text's offsets) to the old text. */
export function applySplices(text: string, splices: readonly Splice[]): string {
	let out = text;
	for (const s of [...splices].sort((x, y) => y.from - x.from)) out = out.slice(0, s.from) + s.insert + out.slice(s.to);
	return out;
}
