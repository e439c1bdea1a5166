/**
 * A list that creates elements only for the items in and near the visible part of its
 * scroller, so a due list of thousands of contacts costs what a screenful costs.
 *
 * The list never holds its items: a source (VirtualSource) says how many there are and makes
 * the one at a place when it is drawn. Its work per change or scroll therefore follows what
 * is drawn and what has been measured, not the length of the list (issue 8: 10,000 listed
 * rows at 20,000 contacts):
 * - Every item is assumed to be `estimate` pixels high, except a few the source names
 *   (`exceptions`: section headings) and the ones drawn and measured. Those are kept as a
 *   sorted list of places with the sum of their differences from the estimate before each,
 *   so the offset of place i is `i * estimate` plus one binary search, and the place at a
 *   pixel is a binary search over places.
 * - A measured height is remembered by the item's key (a contact keeps its height when the
 *   list is reordered); on a new source each remembered key is found again through
 *   `indexOfKey` (the due list asks its model: a binary search). The most recently measured
 *   MAX_REMEMBERED are kept.
 * Spacers above and below the drawn items stand in for the rest.
 */

export interface VirtualSource<T> {
	/** How many items the list shows. */
	readonly length: number;
	/** The height in pixels to assume for an item that is not an exception and not measured yet. */
	readonly estimate: number;
	/** The places whose height before measuring is not `estimate`, with that height (few). */
	readonly exceptions: readonly (readonly [index: number, height: number])[];
	/** The item at a place, made when it is drawn. */
	item(index: number): T;
	/** The key of the item at a place: the same item keeps it when the list changes. */
	key(index: number): string;
	/** The key of an item already made, when the item carries it (the draw then makes each item once). */
	keyOf?(item: T): string;
	/** The place of the item with that key now, or -1. */
	indexOfKey(key: string): number;
}

/**
 * Pixels drawn beyond each edge of the viewport, so fast scrolling shows no gaps. The first
 * draw into an empty list leaves them out and draws them a frame later: the first frame
 * then makes only what is seen (a third fewer elements for the due list's first paint).
 */
const OVERSCAN = 400;
/** The viewport assumed when the scroller has no layout yet (hidden, or not attached). */
const FALLBACK_VIEWPORT = 800;
/** Measured heights remembered by key, the most recent first to stay. */
export const MAX_REMEMBERED = 1000;

/** A list with nothing in it. */
export const EMPTY_SOURCE: VirtualSource<never> = {
	length: 0,
	estimate: 0,
	exceptions: [],
	item: () => {
		throw new Error("an empty list has no item");
	},
	key: () => "",
	indexOfKey: () => -1,
};

export class VirtualList<T> {
	private source: VirtualSource<T> = EMPTY_SOURCE;
	/** Measured heights by key, oldest first (a Map keeps insertion order). */
	private readonly remembered = new Map<string, number>();
	/** Heights known for places of the current source: the exceptions and the measured. */
	private known = new Map<number, number>();
	/** The places of `known`, ascending, and the sum of (height - estimate) before each: `shift[k]` over places[0..k). */
	private places: number[] = [];
	private shift: number[] = [0];
	private layoutStale = true;
	private readonly topSpacer: HTMLElement;
	private readonly body: HTMLElement;
	private readonly bottomSpacer: HTMLElement;
	private readonly drawn = new Map<number, HTMLElement>();
	/** What each drawn element shows, by key: the next render keeps an element whose item is still the same. */
	private drawnByKey = new Map<string, { el: HTMLElement; item: T }>();
	private measuring = false;
	/** The frame that draws the overscan left out of a first draw, and its window, while it is pending. */
	private overscanFrame: { id: number; win: Window } | null = null;

	/**
	 * `reuse(item, drawnItem, el)`: whether `el`, drawn for `drawnItem` under the same key,
	 * still shows `item` as it is now. Without it, every render draws every element again.
	 */
	constructor(
		readonly scroller: HTMLElement,
		private readonly draw: (item: T, el: HTMLElement, index: number) => void,
		private readonly reuse: ((item: T, drawnItem: T, el: HTMLElement) => boolean) | null = null,
	) {
		this.topSpacer = scroller.createDiv({ cls: "tend-virtual-spacer" });
		this.body = scroller.createDiv({ cls: "tend-virtual-body" });
		this.bottomSpacer = scroller.createDiv({ cls: "tend-virtual-spacer" });
	}

	/** Shows a new source (the list changed) and draws. */
	setSource(source: VirtualSource<T>): void {
		this.source = source;
		const known = new Map<number, number>();
		for (const [index, height] of source.exceptions) if (index >= 0 && index < source.length) known.set(index, height);
		for (const [key, height] of this.remembered) {
			const index = source.indexOfKey(key);
			if (index >= 0 && index < source.length) known.set(index, height);
		}
		this.known = known;
		this.layoutStale = true;
		this.render();
	}

	get length(): number {
		return this.source.length;
	}

	/** The element drawn for an item, if it is drawn now. */
	elementAt(index: number): HTMLElement | undefined {
		return this.drawn.get(index);
	}

	/** How many elements are drawn now. */
	get drawnCount(): number {
		return this.drawn.size;
	}

	/** The height of a place: measured, an exception, or the estimate. */
	heightAt(index: number): number {
		return this.known.get(index) ?? this.source.estimate;
	}

	private layout(): void {
		if (!this.layoutStale) return;
		const estimate = this.source.estimate;
		const places = Array.from(this.known.keys()).sort((a, b) => a - b);
		const shift = new Array<number>(places.length + 1);
		shift[0] = 0;
		for (let k = 0; k < places.length; k++) shift[k + 1] = (shift[k] as number) + (this.known.get(places[k] as number) as number) - estimate;
		this.places = places;
		this.shift = shift;
		this.layoutStale = false;
	}

	/** The pixel offset of a place's top (of the end of the list for `length`). */
	offsetOf(index: number): number {
		this.layout();
		// How many known places lie before `index`.
		let lo = 0;
		let hi = this.places.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((this.places[mid] as number) < index) lo = mid + 1;
			else hi = mid;
		}
		return index * this.source.estimate + (this.shift[lo] as number);
	}

	/** The first place whose item ends below `y` (the length when none does). */
	private indexAt(y: number): number {
		let lo = 0;
		let hi = this.source.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.offsetOf(mid + 1) <= y) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	private viewport(): number {
		return this.scroller.clientHeight > 0 ? this.scroller.clientHeight : FALLBACK_VIEWPORT;
	}

	render(): void {
		const source = this.source;
		const length = source.length;
		const top = this.scroller.scrollTop;
		// The overscan of a first draw waits for the next frame, and so does that of the draw that
		// lays the first rows out again once measured (a browser's heights differ from the estimate).
		const fresh = this.drawn.size === 0;
		const overscan = fresh || (this.measuring && this.overscanFrame !== null) ? 0 : OVERSCAN;
		const first = this.indexAt(Math.max(0, top - overscan));
		const end = Math.min(length, this.indexAt(top + this.viewport() + overscan) + 1);
		const total = this.offsetOf(length);
		this.topSpacer.setCssProps({ "--tend-spacer-height": `${this.offsetOf(first)}px` });
		this.bottomSpacer.setCssProps({ "--tend-spacer-height": `${Math.max(0, total - this.offsetOf(end))}px` });
		// A change or a scroll redraws only what changed: an element still showing its item is
		// moved into place, not made again (a list of 20,000 is redrawn on every change while
		// its notes are read, and on every scroll event).
		const before = this.drawnByKey;
		const after = new Map<string, { el: HTMLElement; item: T }>();
		this.body.empty();
		this.drawn.clear();
		const keys: (string | null)[] = [];
		for (let i = first; i < end; i++) {
			const item = source.item(i);
			// Keys are asked for only when elements may be kept.
			const key = this.reuse ? (source.keyOf ? source.keyOf(item) : source.key(i)) : null;
			keys.push(key);
			const old = key === null ? undefined : before.get(key);
			let el: HTMLElement;
			if (old && key !== null && !after.has(key) && this.reuse?.(item, old.item, old.el)) {
				el = old.el;
				this.body.appendChild(el);
			} else {
				el = this.body.createDiv();
				this.draw(item, el, i);
			}
			if (key !== null) after.set(key, { el, item });
			this.drawn.set(i, el);
		}
		this.drawnByKey = after;
		let changed = false;
		for (const [i, el] of this.drawn) {
			const h = el.offsetHeight;
			if (h > 0 && Math.abs(h - this.heightAt(i)) > 0.5) {
				this.remember(keys[i - first] ?? source.key(i), h);
				this.known.set(i, h);
				changed = true;
			}
		}
		if (changed) this.layoutStale = true;
		if (fresh && (first > 0 || end < length)) this.drawOverscanSoon();
		// Real heights differ from the estimates: lay out once more with them.
		if (changed && !this.measuring) {
			this.measuring = true;
			try {
				this.render();
			} finally {
				this.measuring = false;
			}
		}
	}

	/** The overscan a first draw left out, in the next frame (a render before then draws it and this one finds nothing new). */
	private drawOverscanSoon(): void {
		if (this.overscanFrame !== null) return;
		const win = this.scroller.win ?? window;
		const id = win.requestAnimationFrame(() => {
			this.overscanFrame = null;
			if (this.scroller.isConnected) this.render();
		});
		this.overscanFrame = { id, win };
	}

	/** Stops a pending draw (the list's view is closing). */
	cancel(): void {
		this.overscanFrame?.win.cancelAnimationFrame(this.overscanFrame.id);
		this.overscanFrame = null;
	}

	private remember(key: string, height: number): void {
		this.remembered.delete(key);
		this.remembered.set(key, height);
		if (this.remembered.size > MAX_REMEMBERED) {
			const oldest = this.remembered.keys().next();
			if (!oldest.done) this.remembered.delete(oldest.value);
		}
	}

	/** Scrolls as little as needed to show the item whole, then draws. */
	reveal(index: number, margin = 0): void {
		if (index < 0 || index >= this.source.length) return;
		const top = this.offsetOf(index) - margin;
		const bottom = this.offsetOf(index + 1);
		const view = this.viewport();
		if (top < this.scroller.scrollTop) this.scroller.scrollTop = Math.max(0, top);
		else if (bottom > this.scroller.scrollTop + view) this.scroller.scrollTop = bottom - view;
		this.render();
	}
}
