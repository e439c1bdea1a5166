/**
 * Finding the contact a user means by NAME (DESIGN.md, "Precise rules"): a vault-relative
 * path, with or without `.md`, or a contact's base name, case-insensitive. No match or
 * several matches is an error that lists the candidates.
 */
import { baseName } from "./contact";

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

/**
 * A NAME with a `/` (`People/Ada`, `./Ada.md`) is a path; otherwise it may be a path at the top
 * of the vault or a base name, and every note it could mean is a candidate. One candidate is
 * the match; an exact-case path wins over notes that differ only in case (on a case-sensitive
 * disk `People/Ada.md` and `people/ada.md` are two notes).
 */
export function findByName<T extends Named>(items: readonly T[], rawName: string): NameMatch<T> {
	const explicitPath = /[/\\]/.test(rawName.trim());
	const name = normalize(rawName);
	const lower = name.toLowerCase();
	if (lower === "") return { ok: false, reason: "no contact name was given", candidates: [] };
	const withMd = lower.endsWith(".md") ? lower : `${lower}.md`;
	const bare = lower.endsWith(".md") ? lower.slice(0, -3) : lower;
	const matches = items.filter((i) => i.path.toLowerCase() === withMd || (!explicitPath && baseName(i.path).toLowerCase() === bare));
	if (matches.length === 1 && matches[0]) return { ok: true, item: matches[0] };
	if (matches.length > 1) {
		const exactName = name.endsWith(".md") ? name : `${name}.md`;
		const exact = matches.filter((i) => i.path === exactName);
		if (exact.length === 1 && exact[0] && explicitPath) return { ok: true, item: exact[0] };
		return {
			ok: false,
			reason: `"${rawName}" matches ${matches.length} contacts; give the path instead (./Name.md for a note at the top of the vault):\n${listOf(matches)}`,
			candidates: matches,
		};
	}
	const base = baseName(lower).toLowerCase();
	const near = items.filter((i) => {
		const other = baseName(i.path).toLowerCase();
		return other.includes(base) || (other.length >= 3 && base.includes(other));
	});
	if (near.length > 0) return { ok: false, reason: `no contact matches "${rawName}"; did you mean:\n${listOf(near)}`, candidates: near };
	if (items.length === 0) return { ok: false, reason: `no contact matches "${rawName}": the vault has no contact notes`, candidates: [] };
	return { ok: false, reason: `no contact matches "${rawName}"; the contacts are:\n${listOf(items)}`, candidates: [...items] };
}
