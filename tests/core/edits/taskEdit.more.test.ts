/**
 * More of checking a task off, each pinned to its whole result: which stage finds the line
 * (the same line first, then the same text, then the same words), lines in code or comments
 * never taken, the refusals with their words and line, and where the done date goes on a task
 * with no due date, no words or white space before its block id.
 */
import { checkOffTask } from "../../../src/core/edits/taskEdit";
import { day } from "../../support/builders";

const DONE = day("2026-12-03");

function keep(text: string, line: number, lineText: string) {
	return checkOffTask(text, { line, text: lineText }, DONE);
}

/** The note's text after the edit, or the refusal's reason (to see what went wrong). */
function after(text: string, line: number, lineText: string): string {
	const r = keep(text, line, lineText);
	return r.ok ? r.text : `refused: ${r.reason}`;
}

describe("which line is checked off", () => {
	it("the target's own line, though the same task is on another line too", () => {
		expect(after("- [ ] Call\n- [ ] Call\n", 1, "- [ ] Call")).toBe("- [x] Call ✅ 2026-12-03\n- [ ] Call\n");
		expect(after("- [ ] Call\n- [ ] Call\n", 2, "- [ ] Call")).toBe("- [ ] Call\n- [x] Call ✅ 2026-12-03\n");
	});

	it("the same text elsewhere when the target's line is past the end of the note", () => {
		expect(after("a\n- [ ] Call\n", 9, "- [ ] Call")).toBe("a\n- [x] Call ✅ 2026-12-03\n");
	});

	it("the one line with the same text, though another open task has the same words", () => {
		expect(after("- [ ] Call 📅 2026-12-05\nx\n- [ ] Call 📅 2026-12-01\n", 2, "- [ ] Call 📅 2026-12-01")).toBe(
			"- [ ] Call 📅 2026-12-05\nx\n- [x] Call 📅 2026-12-01 ✅ 2026-12-03\n",
		);
	});

	it("the one open task with the same words, whatever its indent, bullet, status or date; not any other open task", () => {
		expect(after("- [ ] Other thing\n  * [/] Send the deck 📅 2026-12-10\n", 1, "- [ ] Send the deck 📅 2026-12-04")).toBe(
			"- [ ] Other thing\n  * [x] Send the deck 📅 2026-12-10 ✅ 2026-12-03\n",
		);
	});

	it("never the target's line when it now lies in a code block or the frontmatter", () => {
		expect(after("```\n- [ ] Call\n```\n- [ ] Call\n", 2, "- [ ] Call")).toBe("```\n- [ ] Call\n```\n- [x] Call ✅ 2026-12-03\n");
		expect(after("---\nx: |\n  - [ ] Call\n---\n  - [ ] Call\n", 3, "  - [ ] Call")).toBe("---\nx: |\n  - [ ] Call\n---\n  - [x] Call ✅ 2026-12-03\n");
	});
});

describe("refusals, with their words and line", () => {
	it.each([
		["already done", "- [x] Call 📅 2026-12-01", "the task on line 2 is already checked off"],
		["cancelled", "- [-] Call 📅 2026-12-01", "the task on line 2 is cancelled ([-]); the note was not changed"],
		["repeating", "- [ ] Call 🔁 every month 📅 2026-12-01", "the task on line 2 repeats (🔁); check it off in Obsidian with the Tasks plugin, which makes the next one"],
	])("a task %s", (_what, task, reason) => {
		expect(keep(`a\n${task}\n`, 2, task)).toEqual({ ok: false, reason, line: 2 });
	});

	it("a target that is not a task and is nowhere in the note", () => {
		expect(keep("a\nb\n", 2, "Just text")).toEqual({ ok: false, reason: '"Just text" is not a task' });
	});

	it("a target that is not a task, on its line", () => {
		expect(keep("  Just text\n", 1, "  Just text")).toEqual({ ok: false, reason: 'line 1 no longer holds the task "Just text"; the note was not changed', line: 1 });
	});

	it("a task whose checkbox lies in a comment that closes on its line", () => {
		const task = "        - [ ] Send the deck %%";
		expect(keep(`x %%\n${task}\n`, 2, task)).toEqual({ ok: false, reason: 'line 2 no longer holds the task "- [ ] Send the deck %%"; the note was not changed', line: 2 });
	});
});

describe("where the done date goes", () => {
	it("a task without a due date gets the Tasks emoji, and a note without frontmatter hands back none", () => {
		expect(keep("- [ ] Call\n", 1, "- [ ] Call")).toEqual({
			ok: true,
			text: "- [x] Call ✅ 2026-12-03\n",
			splices: [
				{ from: 3, to: 4, insert: "x" },
				{ from: 10, to: 10, insert: " ✅ 2026-12-03" },
			],
			frontmatter: null,
			warnings: [],
		});
	});

	it.each([
		["a task without words", "- [ ] ", "- [x] ✅ 2026-12-03"],
		["a task without words or a space after its box", "- [ ]", "- [x] ✅ 2026-12-03"],
		["white space before the block id", "- [ ] Call  ^id", "- [x] Call ✅ 2026-12-03 ^id"],
		["a tab before the block id", "- [ ] Call\t^id", "- [x] Call ✅ 2026-12-03\t^id"],
	])("one space before it, never two: %s", (_what, task, done) => {
		expect(after(`${task}\n`, 1, task)).toBe(`${done}\n`);
	});
});
