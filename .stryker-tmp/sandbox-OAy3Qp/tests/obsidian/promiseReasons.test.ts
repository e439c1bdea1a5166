/**
 * The panel's short reasons name the promise their reason is about: two promises due the
 * same day are two different rows of text, not the first one twice (the reason carries its
 * promise; nothing looks a promise up by its day).
 */
// @ts-nocheck

import { parseIsoDay } from "../../src/core/calendar";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { contactFromText as cliContact } from "../../src/cli/vault";
import { buildDueList } from "../../src/obsidian/dueList";
import { note } from "./harness";

const day = (iso: string) => parseIsoDay(iso) as number;
const today = day("2026-11-27");

function reasonTexts(text: string, on = today): string[] {
	const c = cliContact("People/Ada.md", text, DEFAULT_SETTINGS, on);
	if (!c) throw new Error("not a contact");
	const model = buildDueList([c], on, DEFAULT_SETTINGS);
	return model.sections.filter((s) => s.id !== "attention").flatMap((s) => s.rows.flatMap((r) => r.reasons.map((x) => x.text)));
}

test("two late promises of the same day each show their own text", () => {
	const text = note(["tier: A", "last_contact: 2026-11-20", "promises:", "  - 2026-11-25 Send the deck", "  - 2026-11-25 Intro to Dana"]);
	expect(reasonTexts(text)).toEqual(["Promise 2 days late: Send the deck", "Promise 2 days late: Intro to Dana"]);
});

test("two promises due the same day soon each show their own text", () => {
	const text = note(["tier: A", "last_contact: 2026-11-20", "promises:", "  - 2026-11-28 Send the deck", "  - 2026-11-28 Intro to Dana"]);
	expect(reasonTexts(text)).toEqual(["Promise due tomorrow: Send the deck", "Promise due tomorrow: Intro to Dana"]);
});

test("a promise with ': ' in its text shows that text, not an object", () => {
	const text = note(["tier: A", "last_contact: 2026-11-20", "promises:", "  - 2026-11-25 Intro to Priya re: data platform"]);
	expect(reasonTexts(text)).toEqual(["Promise 2 days late: Intro to Priya re: data platform"]);
});
