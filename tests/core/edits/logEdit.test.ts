/**
 * Before/after fixtures for inserting a touchpoint entry: where the line goes, and that
 * nothing else moves.
 */
import { parseIsoDay } from "../../../src/core/calendar";
import { headingLine, insertEntry } from "../../../src/core/edits/logEdit";
import type { EditResult } from "../../../src/core/edits/result";
import { DEFAULT_SETTINGS, type TendSettings } from "../../../src/core/settings";

const NEW = "- 2026-11-20 share — New";
const day = (s: string) => parseIsoDay(s) as number;

function insert(text: string, date = "2026-11-20", settings: TendSettings = DEFAULT_SETTINGS, line = NEW): string {
	const r: EditResult = insertEntry(text, line, day(date), settings);
	if (!r.ok) throw new Error(r.reason);
	return r.text;
}

describe("insertEntry, newest first (default)", () => {
	it.each([
		["goes above an older entry", "## Touchpoints\n- 2026-10-01 call — Old\n", "## Touchpoints\n- 2026-11-20 share — New\n- 2026-10-01 call — Old\n"],
		["goes above an entry of the same date", "## Touchpoints\n- 2026-11-20 call — Same day\n", "## Touchpoints\n- 2026-11-20 share — New\n- 2026-11-20 call — Same day\n"],
		[
			"goes below newer entries",
			"## Touchpoints\n- 2026-12-01 call — Newer\n- 2026-10-01 call — Older\n",
			"## Touchpoints\n- 2026-12-01 call — Newer\n- 2026-11-20 share — New\n- 2026-10-01 call — Older\n",
		],
		[
			"goes after the notes of the last newer entry",
			"## Touchpoints\n- 2026-12-01 call — Newer\n  - a note on it\n\n  more about it\n\n## Next\n",
			"## Touchpoints\n- 2026-12-01 call — Newer\n  - a note on it\n\n  more about it\n- 2026-11-20 share — New\n\n## Next\n",
		],
		["goes right under the heading of an empty log", "# Ada\n\n## Touchpoints\n\nNothing yet.\n", "# Ada\n\n## Touchpoints\n- 2026-11-20 share — New\n\nNothing yet.\n"],
		["ignores list items that are not entries", "## Touchpoints\n- see also [[Bo]]\n- 2026-01-01 call — Old\n", "## Touchpoints\n- see also [[Bo]]\n- 2026-11-20 share — New\n- 2026-01-01 call — Old\n"],
		["reads hand-written entries with other markers", "## Touchpoints\n* 2026-10-01 call: old\n", "## Touchpoints\n- 2026-11-20 share — New\n* 2026-10-01 call: old\n"],
		["uses a heading at another level", "# Ada\n### touchpoints\n- 2026-01-01 call — Old\n", "# Ada\n### touchpoints\n- 2026-11-20 share — New\n- 2026-01-01 call — Old\n"],
		[
			"stops at the next heading of the same level",
			"## Touchpoints\n- 2026-12-01 call — Newer\n## Notes\n- 2026-01-01 not an entry of the log\n",
			"## Touchpoints\n- 2026-12-01 call — Newer\n- 2026-11-20 share — New\n## Notes\n- 2026-01-01 not an entry of the log\n",
		],
		["appends after a heading that is the last line", "## Touchpoints", "## Touchpoints\n- 2026-11-20 share — New"],
		["appends after a last entry without a final newline", "## Touchpoints\n- 2026-12-01 call — x", "## Touchpoints\n- 2026-12-01 call — x\n- 2026-11-20 share — New"],
		["keeps CRLF", "## Touchpoints\r\n- 2026-01-01 call — Old\r\n", "## Touchpoints\r\n- 2026-11-20 share — New\r\n- 2026-01-01 call — Old\r\n"],
	])("%s", (_name, before, after) => {
		expect(insert(before)).toBe(after);
	});
});

describe("insertEntry, oldest first", () => {
	const oldest: TendSettings = { ...DEFAULT_SETTINGS, logOrder: "oldest-first" };
	it.each([
		["goes below older entries", "## Touchpoints\n- 2026-10-01 call — Old\n\n## Next\n", "## Touchpoints\n- 2026-10-01 call — Old\n- 2026-11-20 share — New\n\n## Next\n"],
		["goes below entries of the same date", "## Touchpoints\n- 2026-11-20 call — Same\n- 2026-12-01 call — Later\n", "## Touchpoints\n- 2026-11-20 call — Same\n- 2026-11-20 share — New\n- 2026-12-01 call — Later\n"],
		["goes above newer entries", "## Touchpoints\n- 2026-12-01 call — Later\n", "## Touchpoints\n- 2026-11-20 share — New\n- 2026-12-01 call — Later\n"],
	])("%s", (_name, before, after) => {
		expect(insert(before, "2026-11-20", oldest)).toBe(after);
	});
});

describe("insertEntry without a log heading", () => {
	it.each([
		["appends heading and entry after a blank line", "# Ada\nNotes.\n", "# Ada\nNotes.\n\n## Touchpoints\n- 2026-11-20 share — New\n"],
		["adds no second blank line", "# Ada\n\n", "# Ada\n\n## Touchpoints\n- 2026-11-20 share — New\n"],
		["keeps a missing final newline", "# Ada", "# Ada\n\n## Touchpoints\n- 2026-11-20 share — New"],
		["after frontmatter only", "---\ntier: A\n---\n", "---\ntier: A\n---\n\n## Touchpoints\n- 2026-11-20 share — New\n"],
		["in an empty note", "", "## Touchpoints\n- 2026-11-20 share — New\n"],
		["ignores the heading inside a code block", "```\n## Touchpoints\n```\n", "```\n## Touchpoints\n```\n\n## Touchpoints\n- 2026-11-20 share — New\n"],
		["ignores the heading inside the frontmatter", "---\nnote: |\n  ## Touchpoints\n---\nBody\n", "---\nnote: |\n  ## Touchpoints\n---\nBody\n\n## Touchpoints\n- 2026-11-20 share — New\n"],
		["uses CRLF", "# Ada\r\n", "# Ada\r\n\r\n## Touchpoints\r\n- 2026-11-20 share — New\r\n"],
	])("%s", (_name, before, after) => {
		expect(insert(before)).toBe(after);
	});

	it("refuses when the note ends inside an unclosed code block, naming its line", () => {
		const r = insertEntry("# Ada\n\n```js\nconst x = 1;\n", NEW, day("2026-11-20"), DEFAULT_SETTINGS);
		expect(r).toMatchObject({ ok: false, line: 3 });
		if (!r.ok) expect(r.reason).toContain("(from line 3)");
	});

	it("adds the log to a note that is only a byte-order mark, and after a final blank line without another", () => {
		expect(insert("\uFEFF")).toBe("\uFEFF## Touchpoints\n- 2026-11-20 share — New\n");
		expect(insert("x\n\n")).toBe("x\n\n## Touchpoints\n- 2026-11-20 share — New\n");
		expect(insert("x\n")).toBe("x\n\n## Touchpoints\n- 2026-11-20 share — New\n");
		expect(insert("x")).toBe("x\n\n## Touchpoints\n- 2026-11-20 share — New");
	});

	it("writes the heading setting with a level when it has none", () => {
		expect(headingLine("Log")).toBe("## Log");
		expect(headingLine("### Log")).toBe("### Log");
		// Spaces around the setting go; a "#" with no space after it is not a level.
		expect(headingLine("  ### Log  ")).toBe("### Log");
		expect(headingLine("#Log")).toBe("## #Log");
		expect(headingLine("Notes ## Log")).toBe("## Notes ## Log");
		expect(insert("x\n", "2026-11-20", { ...DEFAULT_SETTINGS, logHeading: "Log" })).toBe("x\n\n## Log\n- 2026-11-20 share — New\n");
	});

	it("refuses an entry of more than one line", () => {
		expect(insertEntry("x\n", "- a\n- b", day("2026-11-20"), DEFAULT_SETTINGS).ok).toBe(false);
	});
});
