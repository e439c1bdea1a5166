/**
 * @jest-environment jsdom
 *
 * The windowed list on its own (src/obsidian/virtualList.ts): it makes items and keys only for
 * what it draws, lays out from one estimate plus the exceptions and the measured heights, and
 * keeps measured heights with their keys when the list is reordered.
 */
import "./fakeObsidian";
import { MAX_REMEMBERED, VirtualList, type VirtualSource } from "../../src/obsidian/virtualList";

interface Thing {
	key: string;
}

/** A source over keys, counting what the list asks of it. */
function sourceOf(keys: readonly string[], estimate: number, exceptions: [number, number][] = []) {
	const asked = { items: 0, keys: 0 };
	const byKey = new Map(keys.map((k, i) => [k, i]));
	const source: VirtualSource<Thing> = {
		length: keys.length,
		estimate,
		exceptions,
		item: (i) => {
			asked.items++;
			return { key: keys[i] as string };
		},
		key: (i) => {
			asked.keys++;
			return keys[i] as string;
		},
		indexOfKey: (k) => byKey.get(k) ?? -1,
	};
	return { source, asked };
}

/** Real heights by key, as a browser would measure them (jsdom has no layout: offsetHeight is 0). */
let heights = new Map<string, number>();
beforeAll(() => {
	Object.defineProperty(HTMLElement.prototype, "offsetHeight", {
		configurable: true,
		get(this: HTMLElement) {
			const key = this.dataset.key;
			return key === undefined ? 0 : (heights.get(key) ?? 0);
		},
	});
});
afterAll(() => {
	delete (HTMLElement.prototype as unknown as Record<string, unknown>).offsetHeight;
});
beforeEach(() => {
	heights = new Map();
});

function setup() {
	const scroller = document.body.createDiv();
	const drawnKeys: string[] = [];
	const list = new VirtualList<Thing>(scroller, (item, el) => {
		el.dataset.key = item.key;
		drawnKeys.push(item.key);
	});
	const spacers = () => Array.from(scroller.querySelectorAll<HTMLElement>(".tend-virtual-spacer")).map((s) => parseFloat(s.style.getPropertyValue("--tend-spacer-height")));
	const body = () => Array.from(scroller.querySelectorAll<HTMLElement>(".tend-virtual-body > div")).map((el) => el.dataset.key);
	return { scroller, list, spacers, body, drawnKeys };
}

const keys = (n: number, prefix = "k") => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

test("20,000 items: only a screenful is made, keyed and drawn, and the spacers stand in for the rest", () => {
	const { list, spacers, body } = setup();
	const { source, asked } = sourceOf(keys(20_000), 50, [[0, 30]]);
	list.setSource(source);
	const drawn = body().length;
	// The fallback viewport (800 px) alone: 17 items of 50 px (the overscan comes a frame later).
	expect(drawn).toBe(17);
	expect(list.drawnCount).toBe(drawn);
	expect(asked.items).toBe(drawn);
	expect(asked.keys).toBe(0);
	const [top, bottom] = spacers();
	expect(top).toBe(0);
	expect((top ?? 0) + drawn * 50 - 20 + (bottom ?? 0)).toBe(30 + 19_999 * 50);
});

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

test("the first draw makes only what is seen; the next frame adds the overscan, which cancel() stops", async () => {
	const { list, body } = setup();
	list.setSource(sourceOf(keys(1_000), 50).source);
	// 800 px of 50 px items, and the one the viewport's edge cuts.
	expect(body()).toEqual(keys(17));
	await nextFrame();
	// And 400 px below: 8 more.
	expect(body()).toEqual(keys(25));
	// A list already drawn draws its overscan at once (a change, a scroll).
	list.setSource(sourceOf(keys(1_000, "j"), 50).source);
	expect(body()).toEqual(keys(25, "j"));

	const other = setup();
	other.list.setSource(sourceOf(keys(1_000), 50).source);
	other.list.cancel();
	await nextFrame();
	await nextFrame();
	expect(other.body()).toEqual(keys(17));
	// Rows whose measured heights differ from the estimate are drawn again at once: still without the overscan.
	for (let i = 0; i < 5; i++) heights.set(`m${i}`, 80);
	const measured = setup();
	measured.list.setSource(sourceOf(keys(1_000, "m"), 50).source);
	expect(measured.list.heightAt(0)).toBe(80);
	// 5 of 80 px, then 50 px items to 800 px and the one the edge cuts.
	expect(measured.body()).toEqual(keys(14, "m"));
	await nextFrame();
	expect(measured.body()).toEqual(keys(22, "m"));
	// A list that fits on screen needs no second draw.
	const short = setup();
	short.list.setSource(sourceOf(keys(5), 50).source);
	expect(short.body()).toEqual(keys(5));
});

test("scrolling draws the items at the new offset, from the estimate and the exceptions", () => {
	const { scroller, list, spacers, body } = setup();
	// Headings of 30 px at 0 and 100; rows of 50 px.
	const { source } = sourceOf(keys(10_000), 50, [
		[0, 30],
		[100, 30],
	]);
	list.setSource(source);
	expect(list.offsetOf(1)).toBe(30);
	expect(list.offsetOf(100)).toBe(30 + 99 * 50);
	expect(list.offsetOf(101)).toBe(30 + 99 * 50 + 30);
	expect(list.offsetOf(10_000)).toBe(2 * 30 + 9_998 * 50);
	scroller.scrollTop = 100_000;
	list.render();
	const first = body()[0] as string;
	const index = Number(first.slice(1));
	// The first item drawn is the one at 400 px (the overscan) above the top.
	expect(list.offsetOf(index)).toBeLessThanOrEqual(100_000 - 400);
	expect(list.offsetOf(index + 1)).toBeGreaterThan(100_000 - 400);
	expect(spacers()[0]).toBe(list.offsetOf(index));
});

test("measured heights replace the estimate and keep the offsets right", () => {
	const { list, spacers, body } = setup();
	for (let i = 0; i < 5; i++) heights.set(`k${i}`, 80);
	const { source, asked } = sourceOf(keys(1_000), 50);
	list.setSource(source);
	expect(list.heightAt(0)).toBe(80);
	expect(list.heightAt(4)).toBe(80);
	expect(list.offsetOf(5)).toBe(400);
	expect(list.offsetOf(6)).toBe(450);
	// Only the measured items that differ were keyed.
	expect(asked.keys).toBe(5);
	const drawn = body().length;
	const [, bottom] = spacers();
	expect(list.offsetOf(drawn) + (bottom ?? 0)).toBe(5 * 80 + 995 * 50);
	expect(list.offsetOf(500)).toBe(400 + 495 * 50);
});

test("a measured height stays with its key when the list is reordered, and a key gone is not found", () => {
	const { list } = setup();
	heights.set("k0", 120);
	const first = sourceOf(keys(1_000), 50);
	list.setSource(first.source);
	expect(list.heightAt(0)).toBe(120);
	// The same items in reverse: k0 is last now.
	const reversed = keys(1_000).reverse();
	heights.clear();
	list.setSource(sourceOf(reversed, 50).source);
	expect(list.heightAt(999)).toBe(120);
	expect(list.heightAt(0)).toBe(50);
	expect(list.offsetOf(1_000)).toBe(999 * 50 + 120);
	// Without k0 nothing is taller than the estimate.
	list.setSource(sourceOf(keys(999, "x"), 50).source);
	expect(list.offsetOf(999)).toBe(999 * 50);
});

test("at most MAX_REMEMBERED heights are kept, the oldest dropped first", () => {
	const { scroller, list } = setup();
	const all = keys(3 * MAX_REMEMBERED);
	for (const k of all) heights.set(k, 60);
	const { source } = sourceOf(all, 50);
	list.setSource(source);
	// Scroll through the whole list, a screen at a time, measuring everything.
	for (let y = 0; y < list.offsetOf(all.length); y += 600) {
		scroller.scrollTop = y;
		list.render();
	}
	heights.clear();
	list.setSource(sourceOf(all, 50).source);
	const kept = all.filter((_, i) => list.heightAt(i) === 60).length;
	expect(kept).toBe(MAX_REMEMBERED);
	expect(list.heightAt(all.length - 1)).toBe(60);
	expect(list.heightAt(0)).toBe(50);
});

test("reveal scrolls as little as needed, with a margin above for a heading", () => {
	const { scroller, list } = setup();
	const { source } = sourceOf(keys(1_000), 50, [[0, 30]]);
	list.setSource(source);
	list.reveal(200);
	// The fallback viewport is 800 px: the item's bottom at the viewport's bottom.
	expect(scroller.scrollTop).toBe(list.offsetOf(201) - 800);
	list.reveal(1, 30);
	expect(scroller.scrollTop).toBe(0);
});

test("with a reuse test, a render keeps the elements whose items are the same and draws only the others, in order", () => {
	const scroller = document.body.createDiv();
	let drawCount = 0;
	const changed = new Set<string>();
	const list = new VirtualList<Thing>(
		scroller,
		(item, el) => {
			el.dataset.key = item.key;
			drawCount++;
		},
		(item) => !changed.has(item.key),
	);
	const keys = Array.from({ length: 100 }, (_, i) => `k${i}`);
	list.setSource(sourceOf(keys, 50).source);
	// The overscan, which the next frame would draw.
	list.render();
	const first = drawCount;
	const before = [...scroller.querySelectorAll<HTMLElement>(".tend-virtual-body > div")];
	expect(before.length).toBe(first);
	// The same items in a new order, one of them changed: one element drawn, the rest moved.
	changed.add("k3");
	const reordered = [keys[1], keys[0], ...keys.slice(2)] as string[];
	list.setSource(sourceOf(reordered, 50).source);
	expect(drawCount - first).toBe(1);
	const after = [...scroller.querySelectorAll<HTMLElement>(".tend-virtual-body > div")];
	expect(after.map((el) => el.dataset.key)).toEqual(reordered.slice(0, after.length));
	expect(after[0]).toBe(before[1]);
	expect(after[1]).toBe(before[0]);
	expect(after[3]).not.toBe(before[3]);
	expect(list.elementAt(2)).toBe(before[2]);
});

test("with a reuse test and a source whose items carry their key, a render makes each drawn item once: no key is made by place", () => {
	const scroller = document.body.createDiv();
	const list = new VirtualList<Thing>(
		scroller,
		(item, el) => {
			el.dataset.key = item.key;
		},
		() => true,
	);
	const keys = Array.from({ length: 100 }, (_, i) => `k${i}`);
	// Without keyOf, each drawn item is made, then made again for its key.
	const plain = sourceOf(keys, 50);
	list.setSource(plain.source);
	list.render();
	const drawn = scroller.querySelectorAll(".tend-virtual-body > div").length;
	expect(drawn).toBeGreaterThan(0);
	expect(plain.asked.keys).toBe(plain.asked.items);
	const carried = sourceOf(keys, 50);
	list.setSource({ ...carried.source, keyOf: (item) => item.key });
	expect(carried.asked.keys).toBe(0);
	expect(carried.asked.items).toBe(drawn);
	// The elements were kept by their keys.
	expect(scroller.querySelectorAll(".tend-virtual-body > div").length).toBe(drawn);
});
