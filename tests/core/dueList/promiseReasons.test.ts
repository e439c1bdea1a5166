/**
 * A row's promise reasons name the promise they are about: two promises due the same day
 * are two different labels, not the first one twice (the reason carries its promise; nothing
 * looks a promise up by its day). Both the panel and `tend due` draw these labels.
 */
import { parseIsoDay } from "../../../src/core/calendar";
import { DueList, LISTED_SECTIONS } from "../../../src/core/dueList/model";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { contactFromText as cliContact } from "../../../src/cli/vault";
import { note } from "../../obsidian/harness";

const day = (iso: string) => parseIsoDay(iso) as number;
const today = day("2026-11-27");

function rowReasons(text: string, on = today) {
	const c = cliContact("People/Ada.md", text, DEFAULT_SETTINGS, on);
	if (!c) throw new Error("not a contact");
	const model = new DueList([c], on, DEFAULT_SETTINGS);
	return LISTED_SECTIONS.flatMap((id) => model.rows(id).flatMap((r) => r.reasons));
}
const labels = (text: string) => rowReasons(text).map((r) => r.label);

test("two late promises of the same day each show their own text", () => {
	const text = note(["tier: A", "last_contact: 2026-11-20", "promises:", "  - 2026-11-25 Send the deck", "  - 2026-11-25 Intro to Dana"]);
	expect(labels(text)).toEqual(["Promise 2 days late: Send the deck", "Promise 2 days late: Intro to Dana"]);
	expect(rowReasons(text).map((r) => r.promise?.what)).toEqual(["Send the deck", "Intro to Dana"]);
});

test("two promises due the same day soon each show their own text", () => {
	const text = note(["tier: A", "last_contact: 2026-11-20", "promises:", "  - 2026-11-28 Send the deck", "  - 2026-11-28 Intro to Dana"]);
	expect(labels(text)).toEqual(["Promise due tomorrow: Send the deck", "Promise due tomorrow: Intro to Dana"]);
});

test("a promise with ': ' in its text shows that text, not an object", () => {
	const text = note(["tier: A", "last_contact: 2026-11-20", "promises:", "  - 2026-11-25 Intro to Priya re: data platform"]);
	expect(labels(text)).toEqual(["Promise 2 days late: Intro to Priya re: data platform"]);
});
