import { parseEntryText, readLog, type EntryFields } from "../../src/core/log";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { contact, day, note, settingsWith } from "../support/builders";

const TODAY = day("2026-11-27");

/** Reads the log of a note with no frontmatter. */
function log(lines: string[], settings = DEFAULT_SETTINGS, today: number | null = TODAY) {
	return readLog("People/Ada.md", lines.join("\n"), 0, settings, today);
}

const entries = (lines: string[], settings = DEFAULT_SETTINGS) =>
	log(lines, settings).touchpoints.map((t) => ({ date: t.date, kind: t.kind, summary: t.summary }));

describe("parseEntryText: entries written by hand", () => {
	it.each<[string, Partial<EntryFields>]>([
		// every separator the entry grammar allows (docs/note-format.md), and none
		["2026-11-20 share — Sent the summary", { kind: "share", summary: "Sent the summary" }],
		["2026-11-20 share – Sent the summary", { kind: "share", summary: "Sent the summary" }],
		["2026-11-20 share - Sent the summary", { kind: "share", summary: "Sent the summary" }],
		["2026-11-20 share: Sent the summary", { kind: "share", summary: "Sent the summary" }],
		["2026-11-20 share Sent the summary", { kind: "share", summary: "Sent the summary" }],
		// a summary that holds dashes and colons keeps them
		["2026-11-20 ask — Intro - to their CFO: Dana", { kind: "ask", summary: "Intro - to their CFO: Dana" }],
		// decorations people type
		["[x] 2026-11-20 call — Caught up", { kind: "call", summary: "Caught up" }],
		["[[2026-11-20]] call — Caught up", { kind: "call", summary: "Caught up" }],
		["**2026-11-20** call — Caught up", { kind: "call", summary: "Caught up" }],
		["2026-11-20: call — Caught up", { kind: "call", summary: "Caught up" }],
		["2026-11-20 #call — Caught up", { kind: "call", summary: "Caught up" }],
		["2026-11-20 **call** — Caught up", { kind: "call", summary: "Caught up" }],
		// no kind, no summary
		["2026-11-20 — Caught up", { kind: "", summary: "Caught up" }],
		["2026-11-20 call", { kind: "call", summary: "" }],
		["2026-11-20", { kind: "", summary: "" }],
	])("%j", (text, expected) => {
		expect(parseEntryText(text)).toEqual({ date: "2026-11-20", hours: null, ...expected });
	});

	it.each<[string, number, string]>([
		["2026-11-20 share — Sent it (1h)", 1, "Sent it"],
		["2026-11-20 share — Sent it (1.5h)", 1.5, "Sent it"],
		["2026-11-20 share — Sent it (1,5h)", 1.5, "Sent it"],
		["2026-11-20 call — Quick sync (30 min)", 0.5, "Quick sync"],
		["2026-11-20 call — Quick sync (45 mins)", 0.75, "Quick sync"],
		["2026-11-20 call — Long lunch (2 hours)", 2, "Long lunch"],
		["2026-11-20 call — Long lunch (2h)  ", 2, "Long lunch"],
		["2026-11-20 call — (1h)", 1, ""],
	])("time spent: %j is %f h", (text, hours, summary) => {
		expect(parseEntryText(text)).toMatchObject({ hours, summary });
	});

	it.each([
		["2026-11-20 call — Met (at lunch)", "Met (at lunch)"],
		["2026-11-20 call — Met (1h) over lunch", "Met (1h) over lunch"],
	])("brackets that are not a time stay in the summary: %j", (text, summary) => {
		expect(parseEntryText(text)).toMatchObject({ hours: null, summary });
	});

	it.each(["Coffee on 2026-11-20", "2026-11-20call — x", "20-11-2026 call — x", "2026/11/20 call — x", "just a note", ""])(
		"%j is not an entry",
		(text) => {
			expect(parseEntryText(text)).toBeNull();
		},
	);
});

describe("readLog: which lines are entries", () => {
	it("takes -, * and + list items under the heading", () => {
		expect(entries(["## Touchpoints", "- 2026-11-20 share — a", "* 2026-11-18 ask - b", "+ 2026-11-17 call: c"])).toEqual([
			{ date: "2026-11-20", kind: "share", summary: "a" },
			{ date: "2026-11-18", kind: "ask", summary: "b" },
			{ date: "2026-11-17", kind: "call", summary: "c" },
		]);
	});

	it("gives each entry its direction and zero-based line", () => {
		const r = log(["# Ada", "", "## Touchpoints", "- 2026-11-20 share — a", "- 2026-11-18 ask — b", "- 2026-11-17 call — c"]);
		expect(r.touchpoints.map((t) => [t.direction, t.knownKind, t.line, t.day])).toEqual([
			["give", true, 3, day("2026-11-20")],
			["ask", true, 4, day("2026-11-18")],
			["neutral", true, 5, day("2026-11-17")],
		]);
		expect(r.diagnostics).toEqual([]);
	});

	it("a kind in another case is the settings' kind", () => {
		const r = log(["## Touchpoints", "- 2026-11-20 Share — a", "- 2026-11-19 CHECK-IN — b"]);
		expect(r.touchpoints.map((t) => [t.kind, t.direction, t.knownKind])).toEqual([
			["share", "give", true],
			["check-in", "neutral", true],
		]);
		expect(r.diagnostics).toEqual([]);
	});

	it("keeps the time spent", () => {
		const r = log(["## Touchpoints", "- 2026-11-20 share — a (1.5h)", "- 2026-11-19 call — b (30 min)", "- 2026-11-18 call — c"]);
		expect(r.touchpoints.map((t) => t.hours)).toEqual([1.5, 0.5, null]);
	});

	it("indented items under an entry are its notes, not entries", () => {
		expect(
			entries([
				"## Touchpoints",
				"- 2026-11-20 share — a",
				"  - 2026-11-19 call — a note on the entry above",
				"    - 2026-11-18 call — deeper note",
				"\t- 2026-11-17 call — tab-indented note",
				"- 2026-11-16 call — b",
			]),
		).toEqual([
			{ date: "2026-11-20", kind: "share", summary: "a" },
			{ date: "2026-11-16", kind: "call", summary: "b" },
		]);
	});

	it("ignores list items that are not entries and lines that are not list items", () => {
		expect(
			entries([
				"## Touchpoints",
				"Some prose on 2026-11-19.",
				"- Remember: they like tea",
				"2026-11-18 call — not a list item",
				"1. 2026-11-17 call — an ordered item",
				"- 2026-11-16 call — b",
			]),
		).toEqual([{ date: "2026-11-16", kind: "call", summary: "b" }]);
	});

	it("the section ends at the next heading of the same level", () => {
		expect(entries(["## Touchpoints", "- 2026-11-20 call — in", "## Notes", "- 2026-11-19 call — out"])).toHaveLength(1);
	});

	it("the section ends at a higher-level heading", () => {
		expect(entries(["## Touchpoints", "- 2026-11-20 call — in", "# Archive", "- 2026-11-19 call — out"])).toHaveLength(1);
	});

	it("deeper headings stay inside the section", () => {
		expect(
			entries(["## Touchpoints", "- 2026-11-20 call — in", "### 2025", "- 2025-06-01 call — still in", "#### Older", "- 2024-06-01 call — in too", "## Notes", "- 2023-01-01 call — out"]).map(
				(e) => e.date,
			),
		).toEqual(["2026-11-20", "2025-06-01", "2024-06-01"]);
	});

	it("a heading written at another level still names the log, and its own level bounds it", () => {
		expect(entries(["# Work", "### Touchpoints", "- 2026-11-20 call — in", "#### Detail", "- 2026-11-19 call — in", "### Next", "- 2026-11-18 call — out"])).toHaveLength(2);
	});

	it.each(["## touchpoints", "## TOUCHPOINTS", "##   Touchpoints  ", "## Touchpoints ##", "  ## ToUcHpOiNtS"])("heading %j counts (case and spacing aside)", (heading) => {
		expect(entries([heading, "- 2026-11-20 call — a"])).toHaveLength(1);
	});

	it.each(["## Touchpoints log", "##Touchpoints", "Touchpoints", "- ## Touchpoints", "    ## Touchpoints"])("%j is not the log heading", (heading) => {
		expect(log([heading, "- 2026-11-20 call — a"]).touchpoints).toEqual([]);
	});

	it("a ## Touchpoints inside a fenced code block does not count", () => {
		const r = log(["```markdown", "## Touchpoints", "- 2026-11-20 call — example in code", "```", "text"]);
		expect(r.section).toBeNull();
		expect(r.touchpoints).toEqual([]);
	});

	it("the real heading after a fenced example is the log", () => {
		expect(entries(["~~~", "## Touchpoints", "- 2026-01-01 call — example", "~~~", "## Touchpoints", "- 2026-11-20 call — real"])).toEqual([
			{ date: "2026-11-20", kind: "call", summary: "real" },
		]);
	});

	it("a heading or entry inside a code block in the section neither ends it nor counts", () => {
		expect(entries(["## Touchpoints", "- 2026-11-20 call — a", "```", "## Notes", "- 2026-11-19 call — code", "```", "- 2026-11-18 call — b"]).map((e) => e.summary)).toEqual([
			"a",
			"b",
		]);
	});

	it("a custom log heading is used instead of ## Touchpoints", () => {
		const settings = settingsWith({ logHeading: "### Log" });
		expect(entries(["## Touchpoints", "- 2026-11-20 call — not the log", "## Log", "- 2026-11-19 call — the log"], settings)).toEqual([
			{ date: "2026-11-19", kind: "call", summary: "the log" },
		]);
	});

	it("reads CRLF notes", () => {
		const r = readLog("p.md", "## Touchpoints\r\n- 2026-11-20 call — a\r\n- 2026-11-19 share — b\r\n", 0, DEFAULT_SETTINGS, TODAY);
		expect(r.touchpoints.map((t) => [t.kind, t.summary])).toEqual([
			["call", "a"],
			["share", "b"],
		]);
	});

	it("a note without the heading has no log", () => {
		const r = log(["# Ada", "- 2026-11-20 call — a"]);
		expect(r.section).toBeNull();
		expect(r.touchpoints).toEqual([]);
	});

	it("entries with a custom template are read, and hand-written ones in the generic shape too", () => {
		const settings = settingsWith({ entryTemplate: "- {{date}} with {{name}}: {{kind}} — {{summary}} [{{hours}}]" });
		const r = log(["## Touchpoints", "- 2026-11-20 with Ada Lovelace: call — Coffee [1.5h]", "- 2026-11-19 share — By hand"], settings);
		expect(r.touchpoints.map((t) => [t.kind, t.summary, t.hours])).toEqual([
			["call", "Coffee", 1.5],
			["share", "By hand", null],
		]);
	});
});

describe("readLog: diagnostics", () => {
	it("an unknown kind counts as a neutral contact with a warning on its line", () => {
		const r = log(["## Touchpoints", "- 2026-11-20 lunch — Tacos"]);
		expect(r.touchpoints).toMatchObject([{ kind: "lunch", direction: "neutral", knownKind: false }]);
		expect(r.diagnostics).toEqual([{ path: "People/Ada.md", severity: "warning", line: 2, message: expect.stringMatching(/unknown kind "lunch".*neutral/) }]);
	});

	it("a missing kind counts as a neutral contact with a warning", () => {
		const r = log(["## Touchpoints", "- 2026-11-20 — Tacos"]);
		expect(r.touchpoints).toMatchObject([{ kind: "", direction: "neutral", knownKind: false, summary: "Tacos" }]);
		expect(r.diagnostics).toEqual([{ path: "People/Ada.md", severity: "warning", line: 2, message: expect.stringMatching(/no kind/) }]);
	});

	it.each(["2026-02-30", "2026-02-29", "2026-13-01", "2026-04-31", "2026-00-10"])(
		"an entry dated %s (a day that does not exist) is an error with its line, and does not count",
		(bad) => {
			const r = log(["# Ada", "## Touchpoints", "- 2026-11-20 call — ok", `- ${bad} call — bad`]);
			expect(r.touchpoints.map((t) => t.date)).toEqual(["2026-11-20"]);
			expect(r.diagnostics).toEqual([{ path: "People/Ada.md", severity: "error", line: 4, message: expect.stringContaining(`${bad} is not a date that exists`) }]);
		},
	);

	it("an entry dated after today is a warning, and still counts", () => {
		const r = log(["## Touchpoints", "- 2026-11-28 call — tomorrow"]);
		expect(r.touchpoints).toHaveLength(1);
		expect(r.diagnostics).toEqual([{ path: "People/Ada.md", severity: "warning", line: 2, message: expect.stringMatching(/future.*2026-11-28/) }]);
	});

	it("an entry dated today is not in the future", () => {
		expect(log(["## Touchpoints", "- 2026-11-27 call — today"]).diagnostics).toEqual([]);
	});

	it("without a today, no date is in the future", () => {
		expect(log(["## Touchpoints", "- 2099-01-01 call — far"], DEFAULT_SETTINGS, null).diagnostics).toEqual([]);
	});

	it("lines are the note's own, counting the frontmatter", () => {
		const text = note({ fm: ["tier: A", "last_contact: 2026-11-01"], body: "# Ada", log: ["- 2026-11-20 call — ok", "- 2026-02-30 call — bad", "- 2026-12-01 lunch — both"] });
		// 1 ---, 2 tier, 3 last_contact, 4 ---, 5 # Ada, 6 blank, 7 heading, 8 ok, 9 bad, 10 both
		const c = contact(text, "People/Ada.md", DEFAULT_SETTINGS, TODAY);
		expect(c.diagnostics.map((d) => [d.severity, d.line])).toEqual([
			["error", 9],
			["warning", 10],
			["warning", 10],
		]);
		expect(c.touchpoints.map((t) => t.line)).toEqual([7, 9]);
	});

	it("a ## Touchpoints comment in the frontmatter is not the log", () => {
		const text = ["---", "## Touchpoints", "tier: A", "---", "- 2026-11-20 call — not under a heading"].join("\n");
		const c = contact(text, "People/Ada.md", DEFAULT_SETTINGS, TODAY);
		expect(c.touchpoints).toEqual([]);
	});
});
