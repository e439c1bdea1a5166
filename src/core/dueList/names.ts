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
 *
 * Reading a name's characters is most of a key's cost (a contact's name is a slice of its
 * path, somewhere in the heap), so the due list first compares a number per contact, the
 * key's first characters (`namePrefix`), which tells most names apart, and makes a whole key
 * only when two prefixes tie.
 */

export const NAME_ORDER = new Intl.Collator("en", { sensitivity: "base", numeric: true });

const PUNCTUATION = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";
/** A punctuation character's key character, by its code (0: none). */
const RANK = new Uint8Array(128);
PUNCTUATION.split("")
	.sort((a, b) => NAME_ORDER.compare(a, b))
	.forEach((c, i) => (RANK[c.charCodeAt(0)] = i + 1));

const COMBINING = /[\u0300-\u036f]/g;

/** The name's key (see above), or null when only the collator can order it. */
export function nameKey(name: string): string | null {
	let s = name;
	for (let i = 0; i < s.length; i++) {
		if (s.charCodeAt(i) > 127) {
			s = s.normalize("NFD").replace(COMBINING, "");
			// A character left outside ASCII has no key (checked before lower-casing, which
			// could turn one into ASCII: the Kelvin sign into k).
			for (let j = 0; j < s.length; j++) if (s.charCodeAt(j) > 127) return null;
			break;
		}
	}
	// ASCII only from here: toLowerCase lower-cases A to Z and nothing else. The key is made
	// of slices, a run of letters at a time (a name is a few runs), not one character at a time.
	s = s.toLowerCase();
	let out = "";
	let from = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 97 && c <= 122) continue;
		if (i > from) out += s.slice(from, i);
		if (c >= 48 && c <= 57) {
			let j = i;
			while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
			let k = i;
			while (k < j - 1 && s.charCodeAt(k) === 48) k++;
			if (j - k > 9) return null;
			out += String.fromCharCode(48 + j - k) + s.slice(k, j);
			i = j - 1;
		} else {
			const rank = c < 128 ? (RANK[c] as number) : 0;
			if (rank === 0) return null;
			out += String.fromCharCode(rank);
		}
		from = i + 1;
	}
	return from === 0 ? s : out + s.slice(from);
}

/**
 * Key characters a prefix holds: 7 of 7 bits each (every key character is above 0 and below
 * 128), 49 bits, exact in a double.
 */
const PREFIX_CHARS = 7;

/**
 * The first PREFIX_CHARS characters of a key as one number, padded with zeros (below every
 * key character, so a key that ends first comes first); -1 for no key. Two names whose
 * prefixes differ are in the order of their prefixes, numbers compared with `-`; equal
 * prefixes say nothing: compare the keys.
 */
export function keyPrefix(key: string | null): number {
	if (key === null) return -1;
	let prefix = 0;
	for (let i = 0; i < PREFIX_CHARS; i++) prefix = prefix * 128 + (i < key.length ? key.charCodeAt(i) : 0);
	return prefix;
}

/**
 * `keyPrefix(nameKey(name))`, without making the key for the usual name (ASCII letters,
 * spaces and punctuation, digits only past the prefix): each of its characters is one key
 * character. Any other name is keyed in full first.
 */
export function namePrefix(name: string): number {
	let prefix = 0;
	let n = 0;
	let digits = 0;
	for (let i = 0; i < name.length; i++) {
		let c = name.charCodeAt(i);
		if (c >= 48 && c <= 57) {
			// A digit inside the prefix is keyed with its run's length; past it, a run too long has no key.
			if (n < PREFIX_CHARS || ++digits > 9) return keyPrefix(nameKey(name));
			continue;
		}
		digits = 0;
		if (c >= 65 && c <= 90) c += 32;
		else if (c < 97 || c > 122) {
			c = c < 128 ? (RANK[c] as number) : 0;
			if (c === 0) return keyPrefix(nameKey(name));
		}
		if (n < PREFIX_CHARS) {
			prefix = prefix * 128 + c;
			n++;
		}
	}
	for (; n < PREFIX_CHARS; n++) prefix *= 128;
	return prefix;
}

/**
 * Orders two names by their prefixes (`namePrefix`) where those tell them apart: a negative or
 * positive number; 0 where they cannot (equal prefixes, or a name without a key), and the keys
 * or the collator must decide.
 */
export function comparePrefixes(a: number, b: number): number {
	return a !== b && a >= 0 && b >= 0 ? a - b : 0;
}

/** Orders two names as NAME_ORDER does, given their keys (null: no key). */
export function compareNameKeys(a: string, aKey: string | null, b: string, bKey: string | null): number {
	if (aKey !== null && bKey !== null) return aKey < bKey ? -1 : aKey > bKey ? 1 : 0;
	return NAME_ORDER.compare(a, b);
}
