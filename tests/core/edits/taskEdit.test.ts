/**
 * Checking a task promise off (src/core/edits/taskEdit.ts): the done date as the Tasks plugin
 * and Dataview write it, only two places changed, and the task found again in stages or the
 * edit refused.
 */
import { checkOffTask } from "../../../src/core/edits/taskEdit";
import { applySplices } from "../../../src/core/edits/splices";
import { day } from "../../support/builders";

const DONE = day("2026-12-03");

function keep(text: string, line: number, lineText: string) {
	return checkOffTask(text, { line, text: lineText }, DONE);
}

describe("the done date as the plugins write it", () => {
	test.each([
		["Tasks: after the due date", "- [ ] Send [[Ada]] the deck 📅 2026-12-04", "- [x] Send [[Ada]] the deck 📅 2026-12-04 ✅ 2026-12-03"],
		["Tasks: before a block id", "- [ ] Send [[Ada]] the deck 📅 2026-12-04 ^deck", "- [x] Send [[Ada]] the deck 📅 2026-12-04 ✅ 2026-12-03 ^deck"],
		["Tasks: trailing spaces stay after it", "- [ ] Send [[Ada]] 📅 2026-12-04  ", "- [x] Send [[Ada]] 📅 2026-12-04 ✅ 2026-12-03  "],
		["Dataview: the completion field", "- [ ] Send [[Ada]] the deck [due:: 2026-12-04]", "- [x] Send [[Ada]] the deck [due:: 2026-12-04] [completion:: 2026-12-03]"],
		["Dataview: before a block id", "* [ ] Send [[Ada]] [due:: 2026-12-04] ^deck", "* [x] Send [[Ada]] [due:: 2026-12-04] [completion:: 2026-12-03] ^deck"],
		["an in-progress task", "- [/] Send [[Ada]] 📅 2026-12-04", "- [x] Send [[Ada]] 📅 2026-12-04 ✅ 2026-12-03"],
		["a numbered, indented task", "  1. [ ] Send [[Ada]] 📅 2026-12-04", "  1. [x] Send [[Ada]] 📅 2026-12-04 ✅ 2026-12-03"],
	])("%s", (_what, before, after) => {
		const text = `# Launch\n\n${before}\nlast line`;
		const result = keep(text, 3, before);
		if (!result.ok) throw new Error(result.reason);
		expect(result.text).toBe(`# Launch\n\n${after}\nlast line`);
		expect(result.splices).toHaveLength(2);
		expect(applySplices(text, result.splices)).toBe(result.text);
	});

	test("every other byte stays: CRLF, a BOM, frontmatter, no final newline", () => {
		const text = "\uFEFF---\r\ndate: 2026-11-20 # the day\r\n---\r\n- [ ] Send [[Ada]] 📅 2026-12-04\r\n- [ ] other";
		const result = keep(text, 4, "- [ ] Send [[Ada]] 📅 2026-12-04");
		if (!result.ok) throw new Error(result.reason);
		expect(result.text).toBe("\uFEFF---\r\ndate: 2026-11-20 # the day\r\n---\r\n- [x] Send [[Ada]] 📅 2026-12-04 ✅ 2026-12-03\r\n- [ ] other");
		expect(result.frontmatter).toEqual({ date: "2026-11-20" });
	});

	test("a done date already there is kept, only the box is checked", () => {
		const result = keep("- [ ] Send [[Ada]] 📅 2026-12-04 ✅ 2026-12-01\n", 1, "- [ ] Send [[Ada]] 📅 2026-12-04 ✅ 2026-12-01");
		expect(result.ok && result.text).toBe("- [x] Send [[Ada]] 📅 2026-12-04 ✅ 2026-12-01\n");
	});
});

describe("finding the task again", () => {
	const task = "- [ ] Send [[Ada]] the deck 📅 2026-12-04";

	test("the same line", () => {
		expect(keep(`a\n${task}\n`, 2, task).ok).toBe(true);
	});

	test("the same text on another line (lines were added above)", () => {
		const result = keep(`new\nlines\na\n${task}\n`, 2, task);
		expect(result.ok && result.text).toBe(`new\nlines\na\n- [x] Send [[Ada]] the deck 📅 2026-12-04 ✅ 2026-12-03\n`);
	});

	test("the one open task with the same text (its date was moved meanwhile)", () => {
		const result = keep(`a\nb\n- [ ] Send [[Ada]] the deck 📅 2026-12-10\n`, 2, task);
		expect(result.ok && result.text).toBe(`a\nb\n- [x] Send [[Ada]] the deck 📅 2026-12-10 ✅ 2026-12-03\n`);
	});

	test.each([
		["the task is gone", "a\nb\n", "no open task reads like it"],
		["two open tasks read like it", "- [ ] Send [[Ada]] the deck 📅 2026-12-10\nx\n- [ ] Send [[Ada]] the deck 📅 2026-12-11\n", "2 open tasks read like it (lines 1, 3)"],
		["the same line twice, elsewhere", `x\ny\n${task}\n${task}\n`, "is on 2 lines now (3, 4)"],
		["it was checked off meanwhile", "a\n- [x] Send [[Ada]] the deck 📅 2026-12-04 ✅ 2026-12-02\n", "no open task reads like it"],
		["it now sits in a code block", "```\n- [ ] Send [[Ada]] the deck 📅 2026-12-10\n```\n", "no open task reads like it"],
	])("refused: %s", (_what, text, reason) => {
		const result = keep(text, 2, task);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain(reason);
	});

	test("refused: a repeating task (Tasks makes the next one), a cancelled one, a done one, broken frontmatter", () => {
		const repeating = "- [ ] Call [[Ada]] 🔁 every month 📅 2026-12-01";
		const r1 = keep(`${repeating}\n`, 1, repeating);
		expect(!r1.ok && r1.reason).toContain("repeats (🔁)");
		const cancelled = "- [-] Call [[Ada]] 📅 2026-12-01";
		const r2 = keep(`${cancelled}\n`, 1, cancelled);
		expect(!r2.ok && r2.reason).toContain("cancelled");
		const doneTask = "- [x] Call [[Ada]] 📅 2026-12-01";
		const r3 = keep(`${doneTask}\n`, 1, doneTask);
		expect(!r3.ok && r3.reason).toContain("already checked off");
		const r4 = keep(`---\na: [\n---\n${task}\n`, 4, task);
		expect(!r4.ok && r4.reason).toContain("frontmatter does not parse");
	});
});
