/**
 * Links in a line of markdown, read as Obsidian reads them: wikilinks (`[[Ada]]`,
 * `[[People/Ada|Ada]]`, `[[Ada#Heading]]`, `[[Ada\|alias]]` inside a table) and markdown links
 * to notes (`[Ada](People/Ada%20Lovelace.md)`, which Obsidian writes when "Use [[Wikilinks]]" is
 * off). An embed (`![[Ada]]`, `![x](Ada.md)`) is not a link: it shows the note, it does not say
 * anything happened with the person. External URLs are not links to notes.
 *
 * What Obsidian's metadata cache stores for a link (obsidian.d.ts, `Reference`): `link` is the
 * link text without the display part (`People/Ada#Heading`), `original` the text as written,
 * `displayText` the part after `|`. `getLinkpath` drops the subpath after the first `#`.
 */

export interface LineLink {
	/** Offset of the link's first character (`[` or the `!` of an embed) in the line. */
	start: number;
	/** Offset just past the link. */
	end: number;
	/** The link text without display text: `People/Ada#Heading`. */
	link: string;
	/** What Obsidian shows: the display text, else the link text. */
	display: string;
	embed: boolean;
}

/** The path part of a link text: `People/Ada#Heading` -> `People/Ada` (Obsidian's getLinkpath). */
export function linkpathOf(link: string): string {
	const hash = link.indexOf("#");
	return (hash === -1 ? link : link.slice(0, hash)).trim();
}

const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** Every link and embed in one line, in order. */
export function linksInLine(line: string): LineLink[] {
	const out: LineLink[] = [];
	let at = 0;
	while (at < line.length) {
		const open = line.indexOf("[", at);
		if (open === -1) break;
		const embed = open > 0 && line.charCodeAt(open - 1) === 33; /* ! */
		const start = embed ? open - 1 : open;
		if (line.startsWith("[[", open)) {
			const close = line.indexOf("]]", open + 2);
			if (close === -1) break;
			const inner = line.slice(open + 2, close);
			// A wikilink's text holds no `[` (`[[a [[b]]` is the link `b`).
			const nested = inner.lastIndexOf("[[");
			if (nested !== -1) {
				at = open + 2 + nested;
				continue;
			}
			const bar = inner.indexOf("|");
			let link = bar === -1 ? inner : inner.slice(0, bar);
			// `[[Ada\|alias]]` in a table: the backslash escapes the bar for the table.
			if (bar !== -1 && link.endsWith("\\")) link = link.slice(0, -1);
			link = link.trim();
			const display = bar === -1 ? link : inner.slice(bar + 1).trim();
			if (link !== "") out.push({ start, end: close + 2, link, display: display === "" ? link : display, embed });
			at = close + 2;
			continue;
		}
		// A markdown link: [text](destination "title")
		const textEnd = line.indexOf("]", open + 1);
		if (textEnd === -1 || line.charAt(textEnd + 1) !== "(") {
			at = open + 1;
			continue;
		}
		const destEnd = line.indexOf(")", textEnd + 2);
		if (destEnd === -1) {
			at = open + 1;
			continue;
		}
		let dest = line.slice(textEnd + 2, destEnd).trim();
		if (dest.startsWith("<")) dest = dest.slice(1, dest.indexOf(">") === -1 ? dest.length : dest.indexOf(">"));
		else dest = dest.split(/\s+/)[0] ?? "";
		const text = line.slice(open + 1, textEnd);
		if (dest !== "" && !dest.startsWith("#") && !URL_SCHEME.test(dest)) {
			const link = decode(dest).trim();
			out.push({ start, end: destEnd + 1, link, display: text.trim() === "" ? link : text.trim(), embed });
		}
		at = destEnd + 1;
	}
	return out;
}

/** The one wikilink a frontmatter value is (`"[[Ada]]"`, `"[[People/Ada|Ada]]"`), or null. */
export function frontmatterValueLink(value: unknown): { link: string; display: string } | null {
	if (typeof value !== "string") return null;
	const text = value.trim();
	if (!text.startsWith("[[") || !text.endsWith("]]")) return null;
	const links = linksInLine(text);
	const only = links[0];
	if (links.length !== 1 || !only || only.start !== 0 || only.end !== text.length || only.embed) return null;
	return { link: only.link, display: only.display };
}
