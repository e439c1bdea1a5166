/**
 * Finding the contact a user means by NAME (docs/cli.md, "How arguments are read"): a
 * vault-relative path, with or without `.md`, or a contact's base name, case-insensitive
 * (and, failing that, accent-insensitive). No match or several matches is an error that
 * lists the candidates.
 */
import { baseName } from "./contact";
import { canonical, editDistance, foldName } from "./similar";

export interface Named {
	path: string;
}

export type NameMatch<T extends Named> = { ok: true; item: T } | { ok: false; reason: string; candidates: T[] };

const MAX_LISTED = 10;

function normalize(name: string): string {
	return name.trim().replace(/\\/g, "/").replace(/^\.\//, "").replace(/^\/+/, "");
}

function listOf<T extends Named>(items: readonly T[]): string {
	const shown = items.slice(0, MAX_LISTED).map((i) => `  ${i.path}`);
	if (items.length > MAX_LISTED) shown.push(`  … and ${items.length - MAX_LISTED} more`);
	return shown.join("\n");
}

/** A path or name as one Unicode form: a decomposed (NFD) file name equals the name typed composed. */
function lowerCanonical(text: string): string {
	return canonical(text).toLowerCase();
}

/** The most edits a typed name may be from a contact's name and still be suggested. */
function suggestLimit(name: string): number {
	return Math.min(3, Math.max(1, Math.floor([...name].length / 4)));
}

/**
 * How close a contact's name is to what was typed, for suggestions: 0 when one contains the
 * other, else the edit distance to the whole name or to its closest word; null when too far.
 */
function closeness(typed: string, name: string): number | null {
	if (name.includes(typed) || (name.length >= 3 && typed.includes(name))) return 0;
	const limit = suggestLimit(typed);
	let best = editDistance(typed, name, limit);
	if (!typed.includes(" ")) for (const word of name.split(" ")) best = Math.min(best, editDistance(typed, word, limit));
	return best <= limit ? best : null;
}

/**
 * A NAME with a `/` (`People/Ada`, `./Ada.md`) is a path; otherwise it may be a path at the top
 * of the vault or a base name, and every note it could mean is a candidate. One candidate is
 * the match; an exact-case path wins over notes that differ only in case (on a case-sensitive
 * disk `People/Ada.md` and `people/ada.md` are two notes).
 *
 * Names compare in one Unicode form (NFC), so a file name that macOS or a sync tool stored
 * decomposed matches the name as typed. When nothing matches that way, names are compared
 * folded: without accents and case, so `jose nunez` finds `José Núñez`; a name that matches
 * exactly (`Jose`) still wins over one that only matches folded (`José`). With no match at
 * all, the names within a few typing mistakes are suggested.
 */
export function findByName<T extends Named>(items: readonly T[], rawName: string): NameMatch<T> {
	const explicitPath = /[/\\]/.test(rawName.trim());
	const name = canonical(normalize(rawName));
	const lower = name.toLowerCase();
	if (lower === "") return { ok: false, reason: "no contact name was given", candidates: [] };
	const withMd = lower.endsWith(".md") ? lower : `${lower}.md`;
	const bare = lower.endsWith(".md") ? lower.slice(0, -3) : lower;
	let matches = items.filter((i) => lowerCanonical(i.path) === withMd || (!explicitPath && lowerCanonical(baseName(i.path)) === bare));
	if (matches.length === 0) {
		const foldedPath = foldName(withMd);
		const foldedBare = foldName(bare);
		matches = items.filter((i) => foldName(i.path) === foldedPath || (!explicitPath && foldName(baseName(i.path)) === foldedBare));
	}
	if (matches.length === 1 && matches[0]) return { ok: true, item: matches[0] };
	if (matches.length > 1) {
		const exactName = name.endsWith(".md") ? name : `${name}.md`;
		const exact = matches.filter((i) => canonical(i.path) === exactName);
		if (exact.length === 1 && exact[0] && explicitPath) return { ok: true, item: exact[0] };
		return {
			ok: false,
			reason: `"${rawName}" matches ${matches.length} contacts; give the path instead (./Name.md for a note at the top of the vault):\n${listOf(matches)}`,
			candidates: matches,
		};
	}
	const typed = foldName(baseName(lower));
	const scored: { item: T; score: number }[] = [];
	for (const item of items) {
		const score = closeness(typed, foldName(baseName(item.path)));
		if (score !== null) scored.push({ item, score });
	}
	// Closest first; equally close ones keep the vault's order.
	const near = scored.sort((a, b) => a.score - b.score).map((s) => s.item);
	if (near.length > 0) return { ok: false, reason: `no contact matches "${rawName}"; did you mean:\n${listOf(near)}`, candidates: near };
	if (items.length === 0) return { ok: false, reason: `no contact matches "${rawName}": the vault has no contact notes`, candidates: [] };
	return { ok: false, reason: `no contact matches "${rawName}"; the contacts are:\n${listOf(items)}`, candidates: [...items] };
}
