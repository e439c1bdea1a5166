/**
 * What the due list view's windowed list shows, over the core's model without copying it:
 * each shown section is a heading followed by its rows, and an item (a heading, or a row with
 * its contact) is made only when the list draws it. So a redraw over 10,000 listed rows
 * makes no object, key or string per row (issue 8); it costs the sections (eight at most)
 * plus what is drawn.
 *
 * Three ways to name a row:
 * - its place in the list (`item(i)`, counting the headings: what VirtualList draws);
 * - its position among the rows (headings not counted: the keys' row 0..n-1, the rows' ids
 *   for aria-activedescendant);
 * - its key, `section:path`, which stays with the contact when the list is reordered; its
 *   place now is found through the model (`DueList.indexOf`, a binary search), and, for one
 *   tier, a binary search in that section's places.
 *
 * Rows are read from the model when they are drawn, so between a change of the model and the
 * view's redraw (50 ms later) a place shows the model's row there now, or, past the end of a
 * section that lost rows, a gap.
 *
 * Pure (no `obsidian` import), so it is tested over a model alone.
 */
import type { Contact } from "../core/contact";
import type { DueList, SectionId, SectionSummary } from "../core/dueList/model";
import type { FilteredSection } from "./tierFilter";
import type { VirtualSource } from "./virtualList";

export type DueItem =
	| { kind: "section"; key: string; section: SectionSummary }
	/** `index`: the row's place in the model's section; `position`: among the rows shown. */
	| { kind: "row"; key: string; section: SectionId; index: number; contact: Contact; position: number }
	/** A place past the end of its section: the model lost rows since the source was made (a redraw is on its way). */
	| { kind: "gap"; key: string };

export type DueRowItem = Extract<DueItem, { kind: "row" }>;

/** The key of a row: its section and its contact's path. */
export function rowKey(section: SectionId, path: string): string {
	return `${section}:${path}`;
}

const SECTION_KEY = "section:";

export class DueListSource implements VirtualSource<DueItem> {
	readonly length: number;
	/** Rows shown, headings not counted. */
	readonly rowCount: number;
	readonly exceptions: readonly (readonly [number, number])[];
	/** The place of each section's heading; its rows follow it. */
	private readonly starts: number[];

	constructor(
		private readonly model: DueList,
		private readonly shown: readonly FilteredSection[],
		readonly estimate: number,
		headingEstimate: number,
	) {
		const starts: number[] = [];
		let place = 0;
		let rows = 0;
		for (const s of shown) {
			starts.push(place);
			place += 1 + s.section.count;
			rows += s.section.count;
		}
		this.starts = starts;
		this.length = place;
		this.rowCount = rows;
		this.exceptions = starts.map((start) => [start, headingEstimate] as const);
	}

	/** The shown section that holds a place (the last heading at or before it). */
	private sectionAt(index: number): number {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((this.starts[mid] as number) <= index) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	/** The model's place of row `j` of a shown section. */
	private modelIndex(s: number, j: number): number {
		const indices = (this.shown[s] as FilteredSection).indices;
		return indices === null ? j : (indices[j] as number);
	}

	item(index: number): DueItem {
		const s = this.sectionAt(index);
		const shown = this.shown[s] as FilteredSection;
		const start = this.starts[s] as number;
		if (index === start) return { kind: "section", key: SECTION_KEY + shown.section.id, section: shown.section };
		const j = index - start - 1;
		const id = shown.section.id;
		const modelIndex = this.modelIndex(s, j);
		const contact = this.model.contactAt(id, modelIndex);
		if (!contact) return { kind: "gap", key: `gap:${index}` };
		return { kind: "row", key: rowKey(id, contact.path), section: id, index: modelIndex, contact, position: start - s + j };
	}

	key(index: number): string {
		return this.item(index).key;
	}

	keyOf(item: DueItem): string {
		return item.key;
	}

	/** The place of a row given its position among the rows (-1 outside). */
	indexOfPosition(position: number): number {
		if (position < 0 || position >= this.rowCount) return -1;
		// The place of the first row of section s is starts[s] + 1 and its position starts[s] - s.
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((this.starts[mid] as number) - mid <= position) lo = mid;
			else hi = mid - 1;
		}
		return position + lo + 1;
	}

	/** The row at a position among the rows. */
	rowAt(position: number): DueRowItem | undefined {
		const index = this.indexOfPosition(position);
		if (index < 0) return undefined;
		const item = this.item(index);
		return item.kind === "row" ? item : undefined;
	}

	/** Whether a place is the first row of its section (a heading just above it). */
	isFirstOfSection(index: number): boolean {
		return this.starts.includes(index - 1);
	}

	indexOfKey(key: string): number {
		if (key.startsWith(SECTION_KEY)) {
			const id = key.slice(SECTION_KEY.length);
			const s = this.shown.findIndex((x) => x.section.id === id);
			return s < 0 ? -1 : (this.starts[s] as number);
		}
		// Section ids have no colon; a path may.
		const colon = key.indexOf(":");
		if (colon < 0) return -1;
		return this.indexOfRow(key.slice(0, colon) as SectionId, key.slice(colon + 1));
	}

	/** The place of a contact's row in a section, or -1. */
	indexOfRow(id: SectionId, path: string): number {
		const s = this.shown.findIndex((x) => x.section.id === id);
		if (s < 0) return -1;
		const m = this.model.indexOf(id, path);
		if (m < 0) return -1;
		const indices = (this.shown[s] as FilteredSection).indices;
		let j = m;
		if (indices !== null) {
			j = lowerBound(indices, m);
			if (indices[j] !== m) return -1;
		}
		return (this.starts[s] as number) + 1 + j;
	}

	/** The position among the rows of a contact's row in a section, or -1. */
	positionOf(id: SectionId, path: string): number {
		const index = this.indexOfRow(id, path);
		return index < 0 ? -1 : index - this.sectionAt(index) - 1;
	}

	/** The position of a contact's row in whichever shown section holds it first, or -1. */
	positionOfContact(path: string): number {
		for (const s of this.shown) {
			const p = this.positionOf(s.section.id, path);
			if (p >= 0) return p;
		}
		return -1;
	}
}

function lowerBound(sorted: readonly number[], value: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((sorted[mid] as number) < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
