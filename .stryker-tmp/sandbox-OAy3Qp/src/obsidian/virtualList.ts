/**
 * A list that creates elements only for the items in and near the visible part of its
 * scroller, so a due list of thousands of contacts costs what a screenful costs.
 *
 * Rows differ in height (one line per reason, and themes choose font sizes), so each item
 * brings an estimate and the list measures the items it draws, remembering the real height
 * by key. Spacers above and below the drawn items stand in for the rest, sized from the
 * measured or estimated heights.
 */
// @ts-nocheck


export interface VirtualItem {
	key: string;
	/** Height in pixels to assume until the item has been drawn and measured. */
	estimate: number;
}

/** Pixels drawn beyond each edge of the viewport, so fast scrolling shows no gaps. */
const OVERSCAN = 400;
/** The viewport assumed when the scroller has no layout yet (hidden, or not attached). */
const FALLBACK_VIEWPORT = 800;

export class VirtualList<T extends VirtualItem> {
	private items: T[] = [];
	private readonly heights = new Map<string, number>();
	private offsets: number[] = [0];
	private readonly topSpacer: HTMLElement;
	private readonly body: HTMLElement;
	private readonly bottomSpacer: HTMLElement;
	private readonly drawn = new Map<number, HTMLElement>();
	private measuring = false;

	constructor(
		readonly scroller: HTMLElement,
		private readonly draw: (item: T, el: HTMLElement, index: number) => void,
	) {
		this.topSpacer = scroller.createDiv({ cls: "tend-virtual-spacer" });
		this.body = scroller.createDiv({ cls: "tend-virtual-body" });
		this.bottomSpacer = scroller.createDiv({ cls: "tend-virtual-spacer" });
	}

	setItems(items: T[]): void {
		this.items = items;
		this.render();
	}

	get length(): number {
		return this.items.length;
	}

	/** The element drawn for an item, if it is drawn now. */
	elementAt(index: number): HTMLElement | undefined {
		return this.drawn.get(index);
	}

	private heightOf(item: T): number {
		return this.heights.get(item.key) ?? item.estimate;
	}

	private layout(): void {
		const offsets = new Array<number>(this.items.length + 1);
		offsets[0] = 0;
		for (let i = 0; i < this.items.length; i++) offsets[i + 1] = (offsets[i] as number) + this.heightOf(this.items[i] as T);
		this.offsets = offsets;
	}

	/** The first index whose item ends below `y`. */
	private indexAt(y: number): number {
		let lo = 0;
		let hi = this.items.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((this.offsets[mid + 1] as number) <= y) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	private viewport(): number {
		return this.scroller.clientHeight > 0 ? this.scroller.clientHeight : FALLBACK_VIEWPORT;
	}

	render(): void {
		this.layout();
		const top = this.scroller.scrollTop;
		const first = this.indexAt(Math.max(0, top - OVERSCAN));
		const end = Math.min(this.items.length, this.indexAt(top + this.viewport() + OVERSCAN) + 1);
		const total = this.offsets[this.items.length] as number;
		this.topSpacer.setCssProps({ "--tend-spacer-height": `${this.offsets[first] as number}px` });
		this.bottomSpacer.setCssProps({ "--tend-spacer-height": `${Math.max(0, total - (this.offsets[end] as number))}px` });
		this.body.empty();
		this.drawn.clear();
		for (let i = first; i < end; i++) {
			const el = this.body.createDiv();
			this.draw(this.items[i] as T, el, i);
			this.drawn.set(i, el);
		}
		let changed = false;
		for (const [i, el] of this.drawn) {
			const h = el.offsetHeight;
			const item = this.items[i] as T;
			if (h > 0 && Math.abs(h - this.heightOf(item)) > 0.5) {
				this.heights.set(item.key, h);
				changed = true;
			}
		}
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

	/** Scrolls as little as needed to show the item whole, then draws. */
	reveal(index: number, margin = 0): void {
		if (index < 0 || index >= this.items.length) return;
		this.layout();
		const top = (this.offsets[index] as number) - margin;
		const bottom = this.offsets[index + 1] as number;
		const view = this.viewport();
		if (top < this.scroller.scrollTop) this.scroller.scrollTop = Math.max(0, top);
		else if (bottom > this.scroller.scrollTop + view) this.scroller.scrollTop = bottom - view;
		this.render();
	}
}
