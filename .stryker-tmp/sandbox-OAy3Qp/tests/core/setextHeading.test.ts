/**
 * A setext heading (`Touchpoints` over a line of `-` or `=`) is the log heading too: the
 * reader finds the entries under it, and the writer inserts under it (not between the text
 * and its underline, and not in a new `## Touchpoints` at the end).
 */
// @ts-nocheck

import { insertEntry } from "../../src/core/edits/logEdit";
import { logTouchpoint } from "../../src/core/edits/requests";
import { readLog } from "../../src/core/log";
import { findSection, noteLines, parseHeadingSetting, scanCode } from "../../src/core/markdown";
import { DEFAULT_SETTINGS, type TendSettings } from "../../src/core/settings";
import { contact, day, settingsWith } from "../support/builders";

const TODAY = day("2026-11-27");

function entries(text: string, settings: TendSettings = DEFAULT_SETTINGS): string[] {
	return readLog("People/Ada.md", text, 0, settings, TODAY).touchpoints.map((t) => `${t.date} ${t.kind} ${t.summary} @${t.line + 1}`);
}

function section(text: string, setting = "## Touchpoints") {
	const lines = noteLines(text);
	return findSection(lines, scanCode(lines).mask, parseHeadingSetting(setting));
}

function insert(text: string, date = "2026-11-25", settings: TendSettings = DEFAULT_SETTINGS): string {
	const r = insertEntry(text, `- ${date} call — New`, day(date), settings);
	if (!r.ok) throw new Error(r.reason);
	return r.text;
}

describe("reading a log under a setext heading", () => {
	it.each([
		["a line of dashes", "-----------"],
		["a line of equals signs", "==========="],
		["a short underline with trailing spaces", "---   "],
		["an underline indented three spaces", "   ---"],
	])("%s", (_what, underline) => {
		const text = `# Ada\n\nTouchpoints\n${underline}\n- 2026-11-20 call — Coffee\n- 2026-10-01 share — A link\n`;
		expect(entries(text)).toEqual(["2026-11-20 call Coffee @5", "2026-10-01 share A link @6"]);
	});

	it("the section runs to the next heading of the same or a higher level, setext or ATX", () => {
		const text = "Touchpoints\n-----------\n- 2026-11-20 call — In\n\nLater\n-----\n- 2026-10-01 call — Out\n";
		expect(entries(text)).toEqual(["2026-11-20 call In @3"]);
		expect(section(text)).toEqual({ headingStart: 0, heading: 1, level: 2, first: 2, end: 4 });
		const atx = "Touchpoints\n===========\n- 2026-11-20 call — In\n## Sub\n- 2026-11-19 call — Also in\n# Next\n- 2026-10-01 call — Out\n";
		// A level-1 setext heading: `## Sub` is inside it, `# Next` ends it.
		expect(entries(atx)).toEqual(["2026-11-20 call In @3", "2026-11-19 call Also in @5"]);
	});

	it("a paragraph of several lines over the underline is one heading, which is not the log heading", () => {
		expect(entries("Some notes\nTouchpoints\n---\n- 2026-11-20 call — x\n")).toEqual([]);
	});

	it.each([
		["after a blank line, --- is a thematic break", "Touchpoints\n\n---\n- 2026-11-20 call — x\n", null],
		["after a list item, --- cannot underline it", "- Touchpoints\n---\n- 2026-11-20 call — x\n", null],
		["after a quote, neither", "> Touchpoints\n---\n- 2026-11-20 call — x\n", null],
		["inside a code block, neither", "```\nTouchpoints\n---\n```\n- 2026-11-20 call — x\n", null],
		["indented four columns, the text is code", "    Touchpoints\n---\n- 2026-11-20 call — x\n", null],
		["- - - is a thematic break, not an underline", "Touchpoints\n- - -\n- 2026-11-20 call — x\n", null],
	])("%s", (_what, text, found) => {
		expect(section(text)).toBe(found);
		expect(entries(text)).toEqual([]);
	});

	it("the frontmatter's closing fence is not an underline of anything", () => {
		const c = contact("---\ntier: A\n---\nTouchpoints\n-----------\n- 2026-11-20 call — Coffee\n");
		expect(c.touchpoints.map((t) => [t.date, t.line + 1])).toEqual([["2026-11-20", 6]]);
	});

	it("an ATX heading still works as before", () => {
		expect(entries("## Touchpoints\n- 2026-11-20 call — x\n")).toEqual(["2026-11-20 call x @2"]);
	});
});

describe("writing under a setext heading: the writer inserts where the reader reads", () => {
	it("an empty log gets its first entry under the underline, not between the text and it", () => {
		const text = "# Ada\n\nTouchpoints\n-----------\n\nOther text\n";
		const after = insert(text);
		expect(after).toBe("# Ada\n\nTouchpoints\n-----------\n- 2026-11-25 call — New\n\nOther text\n");
		expect(entries(after)).toEqual(["2026-11-25 call New @5"]);
	});

	it("entries go in date order under it, newest first or oldest first", () => {
		const text = "Touchpoints\n===========\n- 2026-11-26 call — A\n- 2026-11-20 call — B\n";
		expect(insert(text)).toBe("Touchpoints\n===========\n- 2026-11-26 call — A\n- 2026-11-25 call — New\n- 2026-11-20 call — B\n");
		const oldest = settingsWith({ logOrder: "oldest-first" });
		const asc = "Touchpoints\n-----------\n- 2026-11-20 call — B\n- 2026-11-26 call — A\n";
		expect(insert(asc, "2026-11-25", oldest)).toBe("Touchpoints\n-----------\n- 2026-11-20 call — B\n- 2026-11-25 call — New\n- 2026-11-26 call — A\n");
	});

	it("an underline that is the note's last line, without a line ending", () => {
		expect(insert("Touchpoints\n---")).toBe("Touchpoints\n---\n- 2026-11-25 call — New");
	});

	it("logging a touchpoint keeps one log: no second ## Touchpoints is appended", () => {
		const text = "---\ntier: A\nlast_contact: 2026-11-01\n---\nTouchpoints\n-----------\n- 2026-11-01 call — Old\n";
		const r = logTouchpoint(text, { date: day("2026-11-25"), kind: "share", summary: "Sent it", hours: null, name: "Ada" }, DEFAULT_SETTINGS);
		expect(r.ok && r.text).toBe("---\ntier: A\nlast_contact: 2026-11-25\n---\nTouchpoints\n-----------\n- 2026-11-25 share — Sent it\n- 2026-11-01 call — Old\n");
	});
});
