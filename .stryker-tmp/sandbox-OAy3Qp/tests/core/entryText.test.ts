/** Separators written without spaces around them, as people type them in a hurry. */
// @ts-nocheck

import { parseEntryText } from "../../src/core/log";

it.each([
	["2026-11-20 call—Coffee at Nola", "call", "Coffee at Nola"],
	["2026-11-20 call–Coffee", "call", "Coffee"],
	["2026-11-20 call:Coffee", "call", "Coffee"],
	["2026-11-20 check-in—Quick text", "check-in", "Quick text"],
])("%s", (text, kind, summary) => {
	expect(parseEntryText(text)).toEqual({ date: "2026-11-20", kind, summary, hours: null });
});
