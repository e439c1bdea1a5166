/**
 * What a reader finds in one note, in the shape both readers give: the CLI's text reader
 * (textScan.ts) and the plugin's metadata-cache reader (src/obsidian/mentionsFromCache.ts).
 * The rules of what a link means (interpret.ts) then run on this shape alone, so the two
 * readers cannot disagree about a rule, only about what is in the note, and the parity test
 * (tests/obsidian/mentionsParity.test.ts) checks that they never do on its fixture vault.
 */

export interface ScannedLink {
	/** The link text without display text, as Obsidian's `LinkCache.link`: `People/Ada#Heading`. */
	link: string;
	/** Zero-based line of the note; null for a link in the frontmatter. */
	line: number | null;
	/**
	 * Whether the link says contact happened. False for a link in a task that is not done, or
	 * in a list item under such a task (`- [ ] Call [[Ada]]`: planned, not done), and for a link
	 * in a quote or a callout (someone else's words). Links in code, in comments and embeds are
	 * not scanned links at all.
	 */
	counts: boolean;
}

export interface ScannedTask {
	/** Zero-based line of the task. */
	line: number;
	/** The character between the brackets: ` `, `x`, `-`, `/`, ... */
	status: string;
	/** The task's whole line as it is in the note. */
	text: string;
	/** The link texts on the task's line (not embeds, not in code or comments). */
	links: string[];
}

export interface NoteScan {
	links: ScannedLink[];
	tasks: ScannedTask[];
}

/** A half-open range of offsets in a note. */
export interface Span {
	from: number;
	to: number;
}
