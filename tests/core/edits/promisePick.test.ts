/**
 * Duplicate promises: `addPromise` refuses the same promise twice, and `choosePromise` picks
 * one of several by text, due date or position, listing them numbered when it cannot.
 */
import type { Commitment } from "../../../src/core/contact";
import { addPromise, choosePromise } from "../../../src/core/edits/requests";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { contact, day } from "../../support/builders";

const settings = DEFAULT_SETTINGS;

function promisesOf(text: string): readonly Commitment[] {
	return contact(text).promises;
}

const NOTE = "---\ntier: A\npromises:\n  - 2026-12-10 Send the deck\n  - 2026-12-15 Intro to Marco\n  - 2026-12-17 Send the deck\n---\n";

describe("addPromise refuses a duplicate", () => {
	it.each([
		["the same text", "Send the deck"],
		["another case", "send THE deck"],
		["other white space", "  Send   the\tdeck "],
	])("with %s on the same day, naming the promise already there", (_, what) => {
		const r = addPromise(NOTE, day("2026-12-10"), what, settings);
		expect(r).toEqual({ ok: false, reason: 'it already has this promise: "2026-12-10 Send the deck" (item 1 of promises); the same promise is not added twice' });
	});

	it("compares composed and decomposed accents alike", () => {
		const note = "---\npromises:\n  - 2026-12-10 Call Ren\u00e9e\n---\n";
		expect(addPromise(note, day("2026-12-10"), "call rene\u0301e", settings).ok).toBe(false);
	});

	it("adds the same text on another day, and another text on the same day", () => {
		expect(addPromise(NOTE, day("2026-12-11"), "Send the deck", settings).ok).toBe(true);
		expect(addPromise(NOTE, day("2026-12-10"), "Send the deck v2", settings).ok).toBe(true);
	});

	it("uses the promises the caller read when it passes them, and reads the text otherwise", () => {
		const promises = promisesOf(NOTE);
		expect(addPromise(NOTE, day("2026-12-17"), "Send the deck", settings, promises)).toMatchObject({ ok: false, reason: expect.stringContaining("item 3 of promises") as string });
		// A flow list and a renamed key are read as the contact reader reads them.
		const renamed = { ...settings, keys: { ...settings.keys, promises: "owed" } };
		expect(addPromise("---\nowed: [2026-12-10 Send the deck]\n---\n", day("2026-12-10"), "send the deck", renamed).ok).toBe(false);
	});

	it("leaves a note whose frontmatter does not parse to the edit's own refusal", () => {
		const r = addPromise("---\npromises: [oops\n---\n", day("2026-12-10"), "Send the deck", settings);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).not.toContain("already has");
	});
});

describe("choosePromise", () => {
	const ps = promisesOf(NOTE);

	it("lists every promise, numbered as --index counts them, when none is named", () => {
		const r = choosePromise(ps);
		expect(r).toEqual({
			ok: false,
			reason: "has 3 promises; say which with --what TEXT, --due YYYY-MM-DD or --index N:\n  1. 2026-12-10 Send the deck\n  2. 2026-12-15 Intro to Marco\n  3. 2026-12-17 Send the deck",
		});
	});

	it("lists the matches with the flags that tell them apart", () => {
		expect(choosePromise(ps, { what: "deck" })).toEqual({
			ok: false,
			reason: 'has 2 promises matching "deck"; say which with --due YYYY-MM-DD or --index N:\n  1. 2026-12-10 Send the deck\n  3. 2026-12-17 Send the deck',
		});
	});

	it("picks by position, by due date, or by both with the text", () => {
		expect(choosePromise(ps, { index: 3 })).toMatchObject({ ok: true, promise: { raw: "2026-12-17 Send the deck" } });
		expect(choosePromise(ps, { due: day("2026-12-10") })).toMatchObject({ ok: true, promise: { index: 0 } });
		expect(choosePromise(ps, { what: "deck", due: day("2026-12-17") })).toMatchObject({ ok: true, promise: { index: 2 } });
		expect(choosePromise(ps, { what: "deck", index: 1 })).toMatchObject({ ok: true, promise: { index: 0 } });
		expect(choosePromise(ps, "marco")).toMatchObject({ ok: true, promise: { what: "Intro to Marco" } });
	});

	it("tells identical promises apart only by position", () => {
		const twins = promisesOf("---\npromises:\n  - 2026-12-10 Send the deck\n  - 2026-12-10 Send the deck\n---\n");
		const r = choosePromise(twins, { due: day("2026-12-10") });
		expect(r).toEqual({
			ok: false,
			reason: "has 2 promises due 2026-12-10; say which with --index N:\n  1. 2026-12-10 Send the deck\n  2. 2026-12-10 Send the deck",
		});
		expect(choosePromise(twins, { index: 2 })).toMatchObject({ ok: true, promise: { index: 1 } });
	});

	it("says what did not match, and lists the promises there are", () => {
		expect(choosePromise(ps, { index: 4 })).toEqual({
			ok: false,
			reason: "has no promise number 4; its promises are:\n  1. 2026-12-10 Send the deck\n  2. 2026-12-15 Intro to Marco\n  3. 2026-12-17 Send the deck",
		});
		expect(choosePromise(ps, { due: day("2026-12-11") })).toMatchObject({ ok: false, reason: expect.stringMatching(/^has no promise due 2026-12-11; its promises are:\n {2}1\./) as string });
		expect(choosePromise(ps, { index: 2, what: "deck" })).toMatchObject({ ok: false, reason: expect.stringMatching(/^has no promise number 2 and matching "deck"/) as string });
		expect(choosePromise([], { index: 1 })).toEqual({ ok: false, reason: "has no promises" });
	});
});
