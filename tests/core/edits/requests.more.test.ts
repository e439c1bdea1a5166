/**
 * More of the user-level writes, each pinned to its whole result: which `last_contact` values
 * read as a date (and are moved forward) and which are left with a warning, the refusals a
 * request gets with their exact words, what `keep` and `move` log for promises without a date or
 * without words, and the messages `choosePromise` answers with.
 */
import { parseIsoDay } from "../../../src/core/calendar";
import { readContact, type Commitment } from "../../../src/core/contact";
import { addPromise, choosePromise, keepPromise, logTouchpoint, movePromise, renderTouchpoint, type TouchpointRequest } from "../../../src/core/edits/requests";
import type { EditResult } from "../../../src/core/edits/result";
import { parseFrontmatter } from "../../../src/core/frontmatter";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const day = (s: string) => parseIsoDay(s) as number;
const settings = DEFAULT_SETTINGS;
const ENTRY = "\n## Touchpoints\n- 2026-11-20 share — Sent the summary\n";
const BROKEN = "---\na: [\n---\n";
const BROKEN_REASON = "its frontmatter does not parse (line 2: Flow sequence in block collection must be sufficiently indented and end with a ]); the note was not changed";

function request(date: string, extra: Partial<TouchpointRequest> = {}): TouchpointRequest {
	return { date: day(date), kind: "share", summary: "Sent the summary", hours: null, name: "Ada", ...extra };
}

function ok(r: EditResult): { text: string; warnings: string[] } {
	if (!r.ok) throw new Error(`refused: ${r.reason}`);
	return { text: r.text, warnings: r.warnings };
}

function promisesOf(text: string): readonly Commitment[] {
	const parsed = parseFrontmatter(text);
	const data = parsed.kind === "ok" ? parsed.data : null;
	return readContact({ path: "People/Ada.md", frontmatter: data, text, bodyStart: parsed.bodyStart }, settings, null).promises;
}

describe("logTouchpoint: which last_contact values are dates", () => {
	it.each([
		["a date and time", "2026-01-01T10:00"],
		["a date and time with a space and seconds", "2026-01-01 10:00:00"],
		["a time with a fraction of a second and Z", "2026-01-01T10:00:00.123Z"],
		["a time with an offset", "2026-01-01T10:00+01:00"],
		["a time with an offset without a colon", "2026-01-01T10:00+0100"],
	])("moves %s forward to the day, with no warning", (_what, value) => {
		expect(ok(logTouchpoint(`---\nlast_contact: ${value}\n---\n`, request("2026-11-20"), settings))).toEqual({
			text: `---\nlast_contact: 2026-11-20\n---\n${ENTRY}`,
			warnings: [],
		});
	});

	it.each([
		["text before the date", "see 2026-01-01"],
		["text after the date", "2026-01-01 later"],
	])("leaves a value with %s as it is, with a warning", (_what, value) => {
		expect(ok(logTouchpoint(`---\nlast_contact: ${value}\n---\n`, request("2026-11-20"), settings))).toEqual({
			text: `---\nlast_contact: ${value}\n---\n${ENTRY}`,
			warnings: [`last_contact "${value}" is not a date; it was left as it is`],
		});
	});

	it.each([
		["empty", '""'],
		["only spaces", '"  "'],
		["a date with spaces around it", '" 2026-01-01 "'],
		["a link that never closes", '"[[2026-01-01"'],
	])("writes the new day over a quoted value that is %s", (_what, value) => {
		expect(ok(logTouchpoint(`---\nlast_contact: ${value}\n---\n`, request("2026-11-20"), settings))).toEqual({
			text: `---\nlast_contact: "2026-11-20"\n---\n${ENTRY}`,
			warnings: [],
		});
	});

	it("adds last_contact when the note has none", () => {
		expect(ok(logTouchpoint("---\ntier: A\n---\n", request("2026-11-20"), settings))).toEqual({
			text: `---\ntier: A\nlast_contact: 2026-11-20\n---\n${ENTRY}`,
			warnings: [],
		});
	});

	it("keeps the time of a last_contact on the same day", () => {
		expect(ok(logTouchpoint("---\nlast_contact: 2026-11-20T10:00\n---\n", request("2026-11-20"), settings))).toEqual({
			text: `---\nlast_contact: 2026-11-20T10:00\n---\n${ENTRY}`,
			warnings: [],
		});
	});

	it("refuses a last_contact date written as a block of text, naming its line", () => {
		expect(logTouchpoint("---\nlast_contact: |\n  2026-01-01\n---\n", request("2026-11-20"), settings)).toEqual({
			ok: false,
			reason: "last_contact holds a block of text (| or >); the note was not changed",
			line: 2,
		});
	});

	it("refuses a note whose frontmatter does not parse", () => {
		expect(logTouchpoint(BROKEN, request("2026-11-20"), settings)).toEqual({ ok: false, reason: BROKEN_REASON, line: 2 });
	});
});

describe("renderTouchpoint refusals", () => {
	it.each([
		["an empty kind", { kind: "" }, 'the kind "" must be one word'],
		["a kind of two words", { kind: "two words" }, 'the kind "two words" must be one word'],
		["a serialized object", { summary: "[object Object]" }, 'the entry\'s text "[object Object]" holds a serialized object, not words; nothing was written'],
		[
			"a summary that would not read back",
			{ summary: "Lunch (2h)" },
			'the entry "- 2026-11-20 share — Lunch (2h)" would not read back as written (a summary that ends in "(2h)" or starts with a dash reads differently); reword the summary',
		],
	])("refuses %s", (_what, extra, reason) => {
		expect(renderTouchpoint(request("2026-11-20", extra), settings)).toEqual({ ok: false, reason });
	});

	it("trims the spaces around a kind", () => {
		expect(renderTouchpoint(request("2026-11-20", { kind: " call " }), settings)).toEqual({ ok: true, line: "- 2026-11-20 call — Sent the summary" });
	});
});

describe("promises without a date or without words", () => {
	const note = "---\npromises:\n  - 2026-12-01\n  - Send 2026-12-01 deck\n  - 2026-12-1 Call\n  - 2026-12-10 Call\n---\n";
	const [bare, undated, misdated, call] = promisesOf(note) as Commitment[];
	const list = (...items: string[]) => `---\npromises:\n${items.map((i) => `  - ${i}\n`).join("")}`;

	it("reads them as the cases below need", () => {
		expect([bare, undated, misdated, call].map((p) => p && [p.raw, p.due, p.what])).toEqual([
			["2026-12-01", day("2026-12-01"), ""],
			["Send 2026-12-01 deck", null, "Send 2026-12-01 deck"],
			["2026-12-1 Call", null, "2026-12-1 Call"],
			["2026-12-10 Call", day("2026-12-10"), "Call"],
		]);
	});

	it("keeps a promise that is only a date, on its due day, naming it by its date", () => {
		expect(ok(keepPromise(note, bare as Commitment, day("2026-12-01"), settings, "Ada")).text).toBe(
			`${list("Send 2026-12-01 deck", "2026-12-1 Call", "2026-12-10 Call")}last_contact: 2026-12-01\n---\n\n## Touchpoints\n- 2026-12-01 promise-kept — Kept "2026-12-01", due 2026-12-01: on time\n`,
		);
	});

	it("keeps a promise without a date, saying nothing of a deadline", () => {
		expect(ok(keepPromise(note, undated as Commitment, day("2026-12-01"), settings, "Ada")).text).toBe(
			`${list("2026-12-01", "2026-12-1 Call", "2026-12-10 Call")}last_contact: 2026-12-01\n---\n\n## Touchpoints\n- 2026-12-01 promise-kept — Kept "Send 2026-12-01 deck"\n`,
		);
	});

	it("moves a promise that is only a date", () => {
		expect(ok(movePromise(note, bare as Commitment, day("2027-01-05"), day("2026-12-10"), settings, "Ada")).text).toBe(
			`${list("2027-01-05", "Send 2026-12-01 deck", "2026-12-1 Call", "2026-12-10 Call")}last_contact: 2026-12-10\n---\n\n## Touchpoints\n- 2026-12-10 promise-moved — Moved "2026-12-01" from 2026-12-01 to 2027-01-05, 9 days after the deadline\n`,
		);
	});

	it.each([
		["a date inside its text", 1, "Send 2026-12-01 deck"],
		["a date that is not one at its start", 2, "2026-12-1 Call"],
	])("gives a promise without a date (%s) one in front, from no date", (_what, index, raw) => {
		const items = ["2026-12-01", "Send 2026-12-01 deck", "2026-12-1 Call", "2026-12-10 Call"];
		items[index] = `2027-01-05 ${raw}`;
		const p = promisesOf(note)[index] as Commitment;
		expect(ok(movePromise(note, p, day("2027-01-05"), day("2026-12-10"), settings, "Ada")).text).toBe(
			`${list(...items)}last_contact: 2026-12-10\n---\n\n## Touchpoints\n- 2026-12-10 promise-moved — Moved "${raw}" from no date to 2027-01-05\n`,
		);
	});

	it("moves a promise on its due day: before the deadline", () => {
		expect(ok(movePromise(note, call as Commitment, day("2027-01-05"), day("2026-12-10"), settings, "Ada")).text).toContain(
			'- 2026-12-10 promise-moved — Moved "Call" from 2026-12-10 to 2027-01-05, before the deadline\n',
		);
	});

	it("refuses to keep or move a promise the list no longer has", () => {
		const gone = { ...(call as Commitment), index: 9 };
		expect(keepPromise(note, gone, day("2026-12-01"), settings, "Ada")).toEqual({ ok: false, reason: "promises has no item 10" });
		expect(movePromise(note, gone, day("2027-01-05"), day("2026-12-01"), settings, "Ada")).toEqual({ ok: false, reason: "promises has no item 10" });
	});

	it("refuses to keep or move a promise in a note whose frontmatter does not parse", () => {
		expect(keepPromise(BROKEN, call as Commitment, day("2026-12-01"), settings, "Ada")).toEqual({ ok: false, reason: BROKEN_REASON, line: 2 });
		expect(movePromise(BROKEN, call as Commitment, day("2027-01-05"), day("2026-12-01"), settings, "Ada")).toEqual({ ok: false, reason: BROKEN_REASON, line: 2 });
	});

	it("refuses to move a promise whose text is a serialized object", () => {
		const text = "---\npromises:\n  - 2026-12-01 [object Object]\n---\n";
		const [p] = promisesOf(text) as Commitment[];
		expect(movePromise(text, p as Commitment, day("2027-01-05"), day("2026-12-01"), settings, "Ada")).toEqual({
			ok: false,
			reason: 'the promise "2026-12-01 [object Object]" is not text Tend can write back; move it by hand',
		});
	});
});

describe("addPromise", () => {
	it("refuses a promise without words, saying which flag is missing", () => {
		expect(addPromise("x", day("2026-12-01"), "  ", settings)).toEqual({ ok: false, reason: "a promise needs a description (--what)" });
	});

	it("adds the first promise to a note without frontmatter", () => {
		expect(ok(addPromise("# Ada\n", day("2026-12-01"), "Call", settings)).text).toBe("---\npromises:\n  - 2026-12-01 Call\n---\n# Ada\n");
	});

	it("refuses a note whose frontmatter does not parse", () => {
		expect(addPromise(BROKEN, day("2026-12-01"), "Call", settings)).toEqual({ ok: false, reason: BROKEN_REASON, line: 2 });
	});
});

describe("choosePromise messages", () => {
	const ps = promisesOf("---\npromises:\n  - 2026-12-01\n  - Call back\n  - 2026-12-10 Call\n  - 2026-12-10 Call back\n---\n");
	const listed = "  1. 2026-12-01\n  2. Call back\n  3. 2026-12-10 Call\n  4. 2026-12-10 Call back";

	it("offers --due only when the due dates tell the promises apart", () => {
		expect(choosePromise(ps)).toEqual({ ok: false, reason: `has 4 promises; say which with --what TEXT or --index N:\n${listed}` });
	});

	it("offers --what only when the texts tell the promises apart", () => {
		const same = promisesOf("---\npromises:\n  - 2026-12-01 Call\n  - 2026-12-05 call\n---\n");
		expect(choosePromise(same)).toEqual({ ok: false, reason: "has 2 promises; say which with --due YYYY-MM-DD or --index N:\n  1. 2026-12-01 Call\n  2. 2026-12-05 call" });
	});

	it("names every part of the pick that found nothing", () => {
		expect(choosePromise(ps, { index: 1, due: day("2026-12-10") })).toEqual({ ok: false, reason: `has no promise number 1 and due 2026-12-10; its promises are:\n${listed}` });
	});

	it.each([
		["its words, in any case", "call", 2],
		["its whole item, in any case", "2026-12-10 CALL", 2],
		["its whole item with spaces around it", "  2026-12-10 call ", 2],
	])("an exact match by %s wins over the partial ones", (_what, what, index) => {
		expect(choosePromise(ps, what)).toEqual({ ok: true, promise: ps[index] });
	});
});

describe("choosePromise: what the message offers once a part of the pick is given", () => {
	const ps = promisesOf("---\npromises:\n  - 2026-12-01\n  - Call back\n  - 2026-12-10 Call\n  - 2026-12-10 Call back\n---\n");

	it("does not offer --what again when the text matched several", () => {
		expect(choosePromise(ps, "2026")).toEqual({
			ok: false,
			reason: 'has 3 promises matching "2026"; say which with --index N:\n  1. 2026-12-01\n  3. 2026-12-10 Call\n  4. 2026-12-10 Call back',
		});
	});

	it("names both parts that several promises matched", () => {
		expect(choosePromise(ps, { due: day("2026-12-10"), what: "2026" })).toEqual({
			ok: false,
			reason: 'has 2 promises due 2026-12-10 and matching "2026"; say which with --index N:\n  3. 2026-12-10 Call\n  4. 2026-12-10 Call back',
		});
	});
});
