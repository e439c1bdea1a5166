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

export function findByName<T extends Named>(items: readonly T[], rawName: string): NameMatch<T> {
	const name = normalize(rawName);
	const lower = name.toLowerCase();
	if (lower === "") return { ok: false, reason: "no contact name was given", candidates: [] };
	const withMd = lower.endsWith(".md") ? lower : `${lower}.md`;
	let matches = items.filter((i) => i.path.toLowerCase() === withMd);
	if (matches.length === 0 && !name.includes("/")) {
		const bare = lower.endsWith(".md") ? lower.slice(0, -3) : lower;
		matches = items.filter((i) => baseName(i.path).toLowerCase() === bare);
	}
	if (matches.length === 1 && matches[0]) return { ok: true, item: matches[0] };
	if (matches.length > 1) {
		return {
			ok: false,
			reason: `"${rawName}" matches ${matches.length} contacts; give the path instead:\n${listOf(matches)}`,
			candidates: matches,
		};
	}
	const bare = baseName(lower).toLowerCase();
	const near = items.filter((i) => i.path.toLowerCase().includes(bare) || bare.includes(baseName(i.path).toLowerCase()));
	const hint = near.length > 0 ? `; did you mean:\n${listOf(near)}` : "";
	return { ok: false, reason: `no contact matches "${rawName}"${hint}`, candidates: near };
}
