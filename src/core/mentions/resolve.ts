/**
 * Which note a link points to, the way Obsidian resolves it (`MetadataCache.getFirstLinkpathDest`),
 * plus the contacts' aliases for links Obsidian leaves unresolved.
 *
 * Obsidian's order, as observed on Obsidian 1.13.7 through `getFirstLinkpathDest` in the
 * developer console (pvliesdonk/markdown-vault-mcp#1350 and #1380, which record the console
 * output on a vault with `Note.md`, `zzzz/Note.md` and `a/b/Note.md`):
 * 1. a link that is a vault path (`[[People/Ada]]`, `[[Ada]]` for a top-level `Ada.md`) goes to
 *    that note, even when another note of that name sits beside the source;
 * 2. otherwise a note of that name in the source note's own folder (not a parent folder);
 * 3. otherwise the note with the shortest path, counted in characters (`a/b/Note.md` before
 *    `zzzz/Note.md`, so not the fewest folders).
 * Names compare without case (`[[ada lovelace]]` is `Ada Lovelace.md`), `.md` may be written
 * or not, and a link with folders that is not a full path matches notes whose path ends with
 * it (`[[People/Ada]]` finds `Work/People/Ada.md`). Two candidates of the same length: Tend
 * takes the one first in code-point order of the path (Obsidian's choice there is not
 * documented; any fixed rule keeps the CLI and the plugin in agreement). `./` and `../` are
 * resolved against the source note's folder.
 *
 * Aliases: Obsidian does not resolve `[[Ada]]` to a note whose `aliases` hold `Ada` (its link
 * suggester writes `[[Ada Lovelace|Ada]]` instead), so such a link stays unresolved there. Tend
 * counts it for the contact with that alias (any case), because that is what the user meant;
 * when several contacts share the alias, the same order as above picks one.
 */
import { baseName } from "../contact";

export interface LinkResolver {
	/** The vault path a link's path part points to from `sourcePath`, or null. */
	resolve(linkpath: string, sourcePath: string): string | null;
}

function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "" : path.slice(0, slash);
}

function withoutMd(path: string): string {
	return path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
}

/** `a/../b/./c` -> `b/c`; null when it climbs above the vault. */
function normalize(path: string): string | null {
	const out: string[] = [];
	for (const part of path.split("/")) {
		if (part === "" || part === ".") continue;
		if (part === "..") {
			if (out.length === 0) return null;
			out.pop();
		} else out.push(part);
	}
	return out.join("/");
}

/** The candidate Obsidian picks: in the source's folder first, then the shortest path, then code-point order. */
export function pickCandidate(candidates: readonly string[], sourcePath: string): string | null {
	if (candidates.length === 0) return null;
	const folder = folderOf(sourcePath);
	let best: string | null = null;
	for (const c of candidates) {
		if (best === null) {
			best = c;
			continue;
		}
		const near = folderOf(c) === folder;
		const bestNear = folderOf(best) === folder;
		if (near !== bestNear) {
			if (near) best = c;
			continue;
		}
		if (c.length !== best.length ? c.length < best.length : c < best) best = c;
	}
	return best;
}

/** A map's value: one path, or several (most names are one note's). */
type Paths = string | string[];

function listOf(value: Paths | undefined): readonly string[] {
	return value === undefined ? [] : typeof value === "string" ? [value] : value;
}

/**
 * A link's path as a key to compare: slashes forward, `./` and `../` resolved against the
 * source note's folder, leading slashes and `.md` dropped, lower-cased; null for an empty link
 * or one that climbs above the vault. `wanted` keeps the spelling (for a note whose path
 * differs only in case).
 */
function linkKey(linkpath: string, sourcePath: string): { key: string; wanted: string } | null {
	let wanted = linkpath.trim().replace(/\\/g, "/");
	if (wanted === "") return null;
	if (wanted.startsWith("./") || wanted.startsWith("../")) {
		const joined = normalize(`${folderOf(sourcePath)}/${wanted}`);
		if (joined === null) return null;
		wanted = joined;
	} else wanted = wanted.replace(/^\/+/, "");
	return { key: withoutMd(wanted).toLowerCase(), wanted };
}

/**
 * The contacts' aliases, for a link no note's name or path matches. A contact's path maps to
 * its aliases and each alias (lower-cased) to the contacts that hold it: only contacts with
 * aliases are in it.
 */
export class AliasTable {
	private readonly byAlias = new Map<string, string[]>();
	private readonly aliasesOf = new Map<string, string[]>();

	/** The aliases of the contact at `path` (an empty list removes them). */
	set(path: string, aliases: readonly string[]): void {
		for (const old of this.aliasesOf.get(path) ?? []) {
			const list = this.byAlias.get(old);
			if (!list) continue;
			const at = list.indexOf(path);
			if (at !== -1) list.splice(at, 1);
			if (list.length === 0) this.byAlias.delete(old);
		}
		const clean = [...new Set(aliases.map((a) => a.trim().toLowerCase()).filter((a) => a !== ""))];
		if (clean.length === 0) this.aliasesOf.delete(path);
		else this.aliasesOf.set(path, clean);
		for (const a of clean) {
			const list = this.byAlias.get(a);
			if (!list) this.byAlias.set(a, [path]);
			else if (!list.includes(path)) list.push(path);
		}
	}

	/** The contact a link key (as linkKey makes it) means by alias; a key with folders means none. */
	byKey(key: string, sourcePath: string): string | null {
		if (key.includes("/")) return null;
		return pickCandidate(this.byAlias.get(key) ?? [], sourcePath);
	}

	/** The contact a link's path means by alias, or null. */
	resolve(linkpath: string, sourcePath: string): string | null {
		const k = linkKey(linkpath, sourcePath);
		return k === null ? null : this.byKey(k.key, sourcePath);
	}
}

/**
 * A resolver over the vault's notes, for the CLI (the plugin asks Obsidian itself, through
 * `getFirstLinkpathDest`: src/obsidian/mentionTracker.ts). `aliases` maps a contact's path to
 * its aliases. Built once per vault (`add` and `remove` keep it current as notes come and go);
 * each lookup costs the number of notes that share the link's name.
 */
export class VaultResolver implements LinkResolver {
	/**
	 * Lower-cased base name -> paths. A link by path (`Folder/Name`) is found among the notes
	 * of its name: one map for the whole vault, as a vault of 80,000 notes keeps one key and
	 * mostly one string per note (a second map by path doubled the resolver's memory).
	 */
	private readonly byName = new Map<string, Paths>();

	/** `table` is where the aliases are kept: a caller that keeps its own passes it (the plugin's fallback does). */
	constructor(paths: Iterable<string>, aliases: ReadonlyMap<string, readonly string[]> = new Map(), private readonly table: AliasTable = new AliasTable()) {
		for (const p of paths) this.add(p);
		for (const [p, list] of aliases) this.setAliases(p, list);
	}

	/** A markdown note now exists at `path`. */
	add(path: string): void {
		const key = baseName(path).toLowerCase();
		const value = this.byName.get(key);
		if (value === undefined) this.byName.set(key, path);
		else if (typeof value === "string") {
			if (value !== path) this.byName.set(key, [value, path]);
		} else if (!value.includes(path)) value.push(path);
	}

	remove(path: string): void {
		const key = baseName(path).toLowerCase();
		const value = this.byName.get(key);
		if (value === path) this.byName.delete(key);
		else if (value !== undefined && typeof value !== "string") {
			const rest = value.filter((p) => p !== path);
			if (rest.length === 0) this.byName.delete(key);
			else this.byName.set(key, rest.length === 1 ? (rest[0] as string) : rest);
		}
		this.setAliases(path, []);
	}

	/** The aliases of the contact at `path` (an empty list removes them). */
	setAliases(path: string, aliases: readonly string[]): void {
		this.table.set(path, aliases);
	}

	resolve(linkpath: string, sourcePath: string): string | null {
		const k = linkKey(linkpath, sourcePath);
		if (k === null) return null;
		const { key, wanted } = k;
		const name = key.slice(key.lastIndexOf("/") + 1);
		const value = this.byName.get(name);
		// The common case, `[[Name]]` and one note of that name: that note, with nothing to compare.
		if (typeof value === "string" && !key.includes("/")) return value;
		const named = listOf(value);
		const exact = named.filter((p) => withoutMd(p).toLowerCase() === key);
		if (exact.length > 0) {
			// The same path in another case is another note on a case-sensitive disk: the exact spelling first.
			const spelled = exact.find((p) => withoutMd(p) === withoutMd(wanted));
			return spelled ?? pickCandidate(exact, sourcePath);
		}
		const candidates = key.includes("/") ? named.filter((p) => withoutMd(p).toLowerCase().endsWith(`/${key}`)) : named;
		const found = pickCandidate(candidates, sourcePath);
		if (found !== null) return found;
		return this.table.byKey(key, sourcePath);
	}
}

/** A contact's aliases from its properties: `aliases` as a list or a single text. */
export function aliasesOf(frontmatter: Record<string, unknown> | null): string[] {
	if (!frontmatter) return [];
	const value = frontmatter.aliases;
	const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
	return items.filter((v): v is string | number => typeof v === "string" || typeof v === "number").map((v) => String(v).trim()).filter((v) => v !== "");
}
