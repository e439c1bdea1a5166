/**
 * The order of contacts' names on the due list: Intl.Collator("en", base sensitivity,
 * numeric), which ignores case and accents and counts "Ada 10" after "Ada 9". A collator
 * comparison costs about as much as everything else a ranking does, and the due list of
 * 20,000 contacts compares names wherever two contacts tie on the numbers, so each name gets
 * a key once, compared with `<`, that orders names exactly as the collator does:
 *
 * - letters are lower-cased, with their accents taken off (the name is decomposed, NFD);
 * - a run of digits is its value written with its length in front (leading zeros dropped);
 * - space and ASCII punctuation become characters below the digits, in the collator's own
 *   order, which is read from the collator when this module loads.
 *
 * Names with any other character (ø, ß, a CJK name, an emoji) have no key and are compared
 * with the collator itself. tests/core/dueList.test.ts holds the keys to the collator on
 * random names.
 */

export const NAME_ORDER = new Intl.Collator("en", { sensitivity: "base", numeric: true });

const PUNCTUATION = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";
const RANK = new Map<number, number>();
PUNCTUATION.split("")
	.sort((a, b) => NAME_ORDER.compare(a, b))
	.forEach((c, i) => RANK.set(c.charCodeAt(0), i + 1));

const COMBINING = /[\u0300-\u036f]/g;

/** The name's key (see above), or null when only the collator can order it. */
export function nameKey(name: string): string | null {
	let s = name;
	for (let i = 0; i < s.length; i++) {
		if (s.charCodeAt(i) > 127) {
			s = s.normalize("NFD").replace(COMBINING, "");
			break;
		}
	}
	let out = "";
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 97 && c <= 122) out += s.charAt(i);
		else if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
		else if (c >= 48 && c <= 57) {
			let j = i;
			while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
			let k = i;
			while (k < j - 1 && s.charCodeAt(k) === 48) k++;
			if (j - k > 9) return null;
			out += String.fromCharCode(48 + j - k) + s.slice(k, j);
			i = j - 1;
		} else {
			const rank = RANK.get(c);
			if (rank === undefined) return null;
			out += String.fromCharCode(rank);
		}
	}
	return out;
}

/** Orders two names as NAME_ORDER does, given their keys (null: no key). */
export function compareNameKeys(a: string, aKey: string | null, b: string, bKey: string | null): number {
	if (aKey !== null && bKey !== null) return aKey < bKey ? -1 : aKey > bKey ? 1 : 0;
	return NAME_ORDER.compare(a, b);
}
