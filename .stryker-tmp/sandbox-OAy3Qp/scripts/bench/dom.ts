/**
 * A jsdom window as the global scope, the way jest's jsdom environment provides it, so the
 * fake Obsidian can install Obsidian's DOM helpers (`createDiv`, `setText`, ...) and the view
 * can draw. Imported before the fake: the fake installs its helpers when it loads.
 *
 * jsdom does no layout: `clientHeight` is 0, so the view's windowed list draws what fits its
 * fallback viewport (800 px plus overscan), as it does in the plugin tests.
 */
// @ts-nocheck

import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", { pretendToBeVisual: true, url: "app://obsidian.md/index.html" });
const win = dom.window as unknown as Record<string, unknown>;
const g = globalThis as unknown as Record<string, unknown>;
g.window = dom.window;
g.document = dom.window.document;
for (const key of Object.getOwnPropertyNames(dom.window)) {
	// Node's own globals (timers, performance, URL, console) stay Node's.
	if (key in g) continue;
	Object.defineProperty(g, key, { configurable: true, get: () => win[key] });
}

export const jsdomWindow = dom.window;
