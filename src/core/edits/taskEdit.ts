/**
 * "Mark kept" on a task promise: checks the task off in its note and adds the done date the way
 * the Tasks plugin does (issue 10, item 4). A pure edit like every write in Tend: the note's
 * text in, the new text and its splices out (or a refusal), applied by the CLI with its atomic
 * write and by the plugin with `Vault.process` or one editor transaction.
 *
 * The done date goes where the plugins put it: Tasks writes its fields in a fixed order that
 * ends with the done date and then the block id (`- [x] Send the deck 📅 2026-12-04 ✅ 2026-12-03
 * ^abc`); Dataview, with "Automatic task completion tracking" on, appends
 * ` [completion:: 2026-12-03]` before the block id. Tend writes the Dataview field when the
 * task's due date is a Dataview field, else the Tasks emoji. Only two places change: the
 * checkbox character and the inserted date; every other byte of the note stays.
 *
 * The note may have changed since the promise was read, so the line is found again in stages
 * (as the Tasks plugin finds a task to toggle): the line at the same number if it still reads
 * the same; else the one line anywhere in the note that reads the same; else the one open task
 * whose text (without checkbox and dates) is the same. Anything else is refused: several
 * matches, none, a task already done, a task that repeats (`🔁`: Tasks makes its next
 * occurrence when it is checked off there, which Tend cannot do), or a line inside code or a
 * comment.
 */
import { formatDay, type Day } from "../calendar";
import { parseFrontmatter } from "../frontmatter";
import { hiddenParts, inSpans } from "../mentions/hidden";
import { taskWhat } from "../mentions/interpret";
import { taskCheckbox, taskFields, taskState, type TaskFormat } from "../mentions/taskLine";
import { done, refuse, type EditResult } from "./result";
import { applySplices, type Splice } from "./splices";

export interface TaskTarget {
	/** One-based line where the task was read. */
	line: number;
	/** The task's line as it was read. */
	text: string;
}

function whatOf(lineText: string): string | null {
	const box = taskCheckbox(lineText);
	if (!box) return null;
	return taskWhat(taskFields(lineText.slice(box.textAt)).description).toLowerCase();
}

/** Checks off the task `target` names, done on `day`. */
export function checkOffTask(text: string, target: TaskTarget, day: Day): EditResult {
	const fm = parseFrontmatter(text);
	if (fm.kind === "error") {
		return refuse(`its frontmatter does not parse (line ${fm.problem.line}: ${fm.problem.message}); the note was not changed`, fm.problem.line);
	}
	const { lines, firstBody, code, commented, spans } = hiddenParts(text, fm.bodyStart);
	const usable = (i: number) => i >= firstBody && !code[i] && !commented[i];
	const shown = target.text.trim();
	let index = -1;
	const at = target.line - 1;
	if (at >= 0 && at < lines.length && lines[at]?.text === target.text && usable(at)) index = at;
	if (index === -1) {
		const same = lines.flatMap((l, i) => (l.text === target.text && usable(i) ? [i] : []));
		if (same.length === 1) index = same[0] as number;
		else if (same.length > 1) return refuse(`the task "${shown}" is on ${same.length} lines now (${same.map((i) => i + 1).join(", ")}); check the one you mean off by hand`);
	}
	if (index === -1) {
		const wanted = whatOf(target.text);
		if (wanted === null) return refuse(`"${shown}" is not a task`);
		const similar = lines.flatMap((l, i) => {
			if (!usable(i)) return [];
			const box = taskCheckbox(l.text);
			return box && taskState(box.status) === "open" && whatOf(l.text) === wanted ? [i] : [];
		});
		if (similar.length !== 1) {
			const why = similar.length === 0 ? "no open task reads like it any more" : `${similar.length} open tasks read like it (lines ${similar.map((i) => i + 1).join(", ")})`;
			return refuse(`the task "${shown}" is no longer on line ${target.line}, and ${why}; the note was not changed`, target.line);
		}
		index = similar[0] as number;
	}
	const line = lines[index] as (typeof lines)[number];
	const box = taskCheckbox(line.text);
	if (!box || inSpans(spans, line.start + box.statusAt)) return refuse(`line ${index + 1} no longer holds the task "${shown}"; the note was not changed`, index + 1);
	const state = taskState(box.status);
	if (state === "done") return refuse(`the task on line ${index + 1} is already checked off`, index + 1);
	if (state === "cancelled") return refuse(`the task on line ${index + 1} is cancelled ([-]); the note was not changed`, index + 1);
	const content = line.text.slice(box.textAt);
	const fields = taskFields(content);
	if (fields.recurring) {
		return refuse(`the task on line ${index + 1} repeats (🔁); check it off in Obsidian with the Tasks plugin, which makes the next one`, index + 1);
	}
	const splices: Splice[] = [{ from: line.start + box.statusAt, to: line.start + box.statusAt + box.status.length, insert: "x" }];
	if (fields.done === null) {
		const format: TaskFormat = fields.due?.format ?? "tasks";
		const mark = format === "dataview" ? `[completion:: ${formatDay(day)}]` : `✅ ${formatDay(day)}`;
		const into = fields.blockIdAt < content.length ? fields.blockIdAt : content.trimEnd().length;
		const offset = line.start + box.textAt + into;
		// The character before the date on the line, not in the task's text: a task with no text
		// and no space after its box (`- [ ]`) must not get the date glued to the `]`.
		const gap = /\s/.test(line.text.charAt(box.textAt + into - 1)) ? "" : " ";
		splices.push({ from: offset, to: offset, insert: `${gap}${mark}` });
	}
	return done(applySplices(text, splices), splices, fm.kind === "ok" ? fm.data : null);
}
