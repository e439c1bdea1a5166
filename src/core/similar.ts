/**
 * Comparing what people type with what Tend knows: names folded to a common form, and a small
 * edit distance for "did you mean" suggestions. Used for contact names, frontmatter keys and
 * settings fields.
 */

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
export function editDistance(a: string, b: string, max: number): number {
	if (a === b) return 0;
	const s = [...a];
	const t = [...b];
	if (Math.abs(s.length - t.length) > max) return max + 1;
	const n = s.length;
	const m = t.length;
	let prevPrev: number[] = [];
	let prev: number[] = Array.from({ length: m + 1 }, (_, j) => j);
	for (let i = 1; i <= n; i++) {
		const row: number[] = [i];
		let best = i;
		for (let j = 1; j <= m; j++) {
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
			if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, (prevPrev[j - 2] as number) + 1);
			row.push(v);
			if (v < best) best = v;
		}
		if (best > max) return max + 1;
		prevPrev = prev;
		prev = row;
	}
	const d = prev[m] as number;
	return d > max ? max + 1 : d;
}

/** How many edits still make two words "near": one for short words, two from eight letters. */
export function nearLimit(word: string): number {
	const length = [...word].length;
	return length < 4 ? 0 : length < 8 ? 1 : 2;
}
