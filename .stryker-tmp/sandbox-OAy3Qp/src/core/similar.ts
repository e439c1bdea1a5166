/**
 * Comparing what people type with what Tend knows: names folded to a common form, and a small
 * edit distance for "did you mean" suggestions. Used for contact names, frontmatter keys and
 * settings fields.
 */
// @ts-nocheck


// Letters that Unicode does not decompose into a base letter and a mark, but that people type
// without the accent all the same ("Søren" as "soren", "Łukasz" as "lukasz").
const UNDECOMPOSED: Record<string, string> = {
	ß: "ss",
	ẞ: "ss",
	æ: "ae",
	Æ: "ae",
	œ: "oe",
	Œ: "oe",
	ø: "o",
	Ø: "o",
	ł: "l",
	Ł: "l",
	đ: "d",
	Đ: "d",
	ð: "d",
	Ð: "d",
	þ: "th",
	Þ: "th",
	ı: "i",
	ħ: "h",
	Ħ: "h",
};
const UNDECOMPOSED_RE = /[ßẞæÆœŒøØłŁđĐðÐþÞıħĦ]/g;

/** One Unicode form for a name as stored: a file name written decomposed (NFD) equals the composed one. */
export function canonical(text: string): string {
	return text.normalize("NFC");
}

/**
 * A name folded for loose comparison: compatibility forms unified (NFKD), accents and other
 * combining marks removed, case folded, runs of white space made one space. "José Núñez",
 * "JOSE NUNEZ" and "jose  nunez" all fold to "jose nunez".
 */
export function foldName(text: string): string {
	// Plain ASCII (most keys and many names) has no accents to take off.
	if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/\s+/g, " ").trim();
	return text
		.normalize("NFKD")
		.replace(/\p{M}+/gu, "")
		.replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c] ?? c)
		.toLowerCase()
		.replace(/\s+/g, " ")
		.trim();
}

/**
 * Edit distance between two strings (insertions, deletions, substitutions, and swaps of two
 * neighbours, each 1: "teir" is 1 from "tier"), or `max + 1` as soon as it must exceed `max`.
 * Bounded, so comparing against thousands of names stays cheap.
 */
// Rows reused across calls: a distance is computed for every key of every note read.
let rowA = new Int32Array(32);
let rowB = new Int32Array(32);
let rowC = new Int32Array(32);

export function editDistance(a: string, b: string, max: number): number {
	if (a === b) return 0;
	// UTF-16 code units: a letter outside the BMP counts as two, which only makes a rare
	// emoji-named key look a little further away.
	const n = a.length;
	const m = b.length;
	if (Math.abs(n - m) > max) return max + 1;
	if (rowA.length <= m) {
		rowA = new Int32Array(m + 1);
		rowB = new Int32Array(m + 1);
		rowC = new Int32Array(m + 1);
	}
	let prevPrev = rowA;
	let prev = rowB;
	let row = rowC;
	for (let j = 0; j <= m; j++) prev[j] = j;
	for (let i = 1; i <= n; i++) {
		row[0] = i;
		let best = i;
		const ca = a.charCodeAt(i - 1);
		for (let j = 1; j <= m; j++) {
			const cb = b.charCodeAt(j - 1);
			let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (ca === cb ? 0 : 1));
			if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, (prevPrev[j - 2] as number) + 1);
			row[j] = v;
			if (v < best) best = v;
		}
		if (best > max) return max + 1;
		const spare = prevPrev;
		prevPrev = prev;
		prev = row;
		row = spare;
	}
	const d = prev[m] as number;
	return d > max ? max + 1 : d;
}

/** How many edits still make two words "near": one for short words, two from eight letters. */
export function nearLimit(word: string): number {
	const length = word.length;
	return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * The letters of a word as a bit set (a–z each a bit, digits one bit, anything else one of
 * four), for a quick bound on edit distance: each edit adds or removes at most one letter,
 * so a word with more letters than `max` that the other lacks is more than `max` edits away.
 */
export function letterMask(word: string): number {
	let mask = 0;
	for (let i = 0; i < word.length; i++) {
		const c = word.charCodeAt(i);
		const bit = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 : 27 + (c & 3);
		mask |= 1 << bit;
	}
	return mask;
}

function bits(n: number): number {
	let count = 0;
	for (let v = n; v !== 0; v &= v - 1) count++;
	return count;
}

/** Whether the letter sets alone put two words more than `max` edits apart. */
export function surelyFar(maskA: number, maskB: number, max: number): boolean {
	return bits(maskA & ~maskB) > max || bits(maskB & ~maskA) > max;
}
