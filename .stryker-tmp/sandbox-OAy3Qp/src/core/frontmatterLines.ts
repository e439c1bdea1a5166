/**
 * Which note line holds a frontmatter key, or an item of a list property, so a diagnostic can
 * say `People/Ada.md:4:`. This is a line scanner, not a YAML parser: the frontmatter has
 * already been parsed once (by gray-matter in the CLI, by Obsidian's metadata cache in the
 * plugin), and parsing it again to find lines would double the work on every note. Both
 * readers call this same scanner on the same text, so they give the same lines; without the
 * text (the plugin's first pass from the cache) a line is unknown.
 *
 * It understands what people write in frontmatter: top-level `key: value` lines (plain,
 * "double" or 'single' quoted keys, an indented top-level map), block lists under a key (at
 * the key's indentation or deeper), comments, and block scalars (`|`, `>`) and multi-line
 * quoted values whose lines must not be mistaken for keys or items. A flow list
 * (`[a, b]`) has no line per item; its items are placed on the key's line.
 */
// @ts-nocheck


export interface KeyLines {
	/** One-based note line of the key. */
	line: number;
	/** One-based note line of each block-list item, by position. */
	items: number[];
}

export interface FrontmatterLines {
	/** The key's line, or undefined when the scanner did not find it. */
	keyLine(key: string): number | undefined;
	/** The line of item `index` of a list property; the key's line when the item has no line of its own. */
	itemLine(key: string, index: number): number | undefined;
}

const NO_LINES: FrontmatterLines = { keyLine: () => undefined, itemLine: () => undefined };

function indentOf(line: string): number {
	let i = 0;
	while (i < line.length && line.charCodeAt(i) === 32) i++;
	return i;
}

/** The key of a `key: value` line (from its first non-space character), and what follows the colon. */
function readKey(rest: string): { key: string; value: string } | null {
	const c = rest.charAt(0);
	if (c === '"' || c === "'") {
		let i = 1;
		let key = "";
		for (; i < rest.length; i++) {
			const ch = rest.charAt(i);
			if (c === '"' && ch === "\\") {
				key += rest.slice(i, i + 2);
				i++;
				continue;
			}
			if (ch === c) {
				if (c === "'" && rest.charAt(i + 1) === "'") {
					key += "'";
					i++;
					continue;
				}
				break;
			}
			key += ch;
		}
		if (i >= rest.length) return null;
		const after = rest.slice(i + 1);
		const m = /^[ \t]*:(?:[ \t]+|$)/.exec(after);
		if (!m) return null;
		if (c === '"') {
			try {
				key = JSON.parse(`"${key}"`) as string;
			} catch {
				// An escape JSON does not know (`\x41`): keep the text as written.
			}
		}
		return { key, value: after.slice(m[0].length) };
	}
	if (c === "" || c === "#" || c === "?" || c === "[" || c === "{" || (c === "-" && /^-(?:[ \t]|$)/.test(rest))) return null;
	const m = /:(?:[ \t]+|$)/.exec(rest);
	if (!m) return null;
	return { key: rest.slice(0, m.index).trim(), value: rest.slice(m.index + m[0].length) };
}

/** What a value that starts on a key's (or an item's) line makes of the lines after it. */
function opens(value: string): "block" | '"' | "'" | null {
	const c = value.trimStart().charAt(0);
	if (c !== "|" && c !== ">" && c !== '"' && c !== "'" && c !== "&" && c !== "!") return null;
	const v = value.replace(/^(?:[&!][^\s]*[ \t]+)+/, "").trim();
	if (/^[|>][-+0-9]*(?:[ \t]+#.*)?$/.test(v)) return "block";
	if (v.startsWith('"') && !/^"(?:[^"\\]|\\.)*"/.test(v)) return '"';
	if (v.startsWith("'") && !/^'(?:[^']|'')*'/.test(v)) return "'";
	return null;
}

/**
 * Scans the frontmatter of `text`, whose body starts at `bodyStart` (the offset after the
 * closing fence line). A note without frontmatter has no lines.
 */
export function frontmatterLines(text: string, bodyStart: number): FrontmatterLines {
	const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	if (bodyStart <= from) return NO_LINES;
	const keys = new Map<string, KeyLines>();
	let topIndent = -1;
	let current: KeyLines | null = null;
	let itemIndent = -1;
	// Lines deeper than this column belong to a block scalar (or -1: none open).
	let blockDeeper = -1;
	let quote: '"' | "'" | null = null;
	// The YAML lies between the opening fence (line 1) and the closing fence, which is the
	// last line that starts before the body.
	let end = bodyStart;
	if (end > from && text.charCodeAt(end - 1) === 10) end--;
	const closeStart = text.lastIndexOf("\n", end - 1) + 1;
	const firstNl = text.indexOf("\n", from);
	if (firstNl === -1 || firstNl + 1 > closeStart) return NO_LINES;
	let no = 1;
	for (let start = firstNl + 1; start < closeStart; ) {
		const nl = text.indexOf("\n", start);
		const stop = nl === -1 || nl > closeStart ? closeStart : nl;
		const line = text.slice(start, stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop);
		start = stop + 1;
		no++;
		if (quote !== null) {
			// Inside a quoted value that spans lines: it ends at its closing quote.
			const body = quote === '"' ? line.replace(/\\./g, "") : line.replace(/''/g, "");
			if (body.includes(quote)) quote = null;
			continue;
		}
		const trimmed = line.trim();
		if (trimmed === "") continue;
		const indent = indentOf(line);
		if (blockDeeper >= 0) {
			if (indent > blockDeeper) continue;
			blockDeeper = -1;
		}
		if (trimmed.startsWith("#")) continue;
		if (topIndent === -1) topIndent = indent;
		const rest = line.slice(indent);
		const isItem = /^-(?:[ \t]|$)/.test(rest);
		if (indent === topIndent && !isItem) {
			const kv = readKey(rest);
			current = null;
			itemIndent = -1;
			if (!kv) continue;
			current = { line: no, items: [] };
			if (!keys.has(kv.key)) keys.set(kv.key, current);
			const o = opens(kv.value);
			if (o === "block") blockDeeper = indent;
			else if (o !== null) quote = o;
			continue;
		}
		if (current === null || indent < topIndent) continue;
		if (isItem && (itemIndent === -1 || indent === itemIndent)) {
			itemIndent = indent;
			current.items.push(no);
			const value = rest.replace(/^-[ \t]*/, "");
			const o = opens(value);
			if (o === "block") blockDeeper = indent;
			else if (o !== null) quote = o;
			continue;
		}
		// A deeper line of a value (an item's map, a folded plain scalar): look inside it only
		// for values that open a block or a quote.
		const kv = readKey(rest);
		const o = opens(kv ? kv.value : rest);
		if (o === "block") blockDeeper = indent;
		else if (o !== null && kv) quote = o;
	}
	return {
		keyLine: (key) => keys.get(key)?.line,
		itemLine: (key, index) => {
			const k = keys.get(key);
			if (!k) return undefined;
			return k.items[index] ?? k.line;
		},
	};
}
