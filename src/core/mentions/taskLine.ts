/**
 * A task's line: its checkbox, and the dates the Tasks and Dataview plugins write on it.
 *
 * Checked against the plugins' own documentation and serializers (obsidian-tasks
 * `src/TaskSerializer/DefaultTaskSerializer.ts` and `DataviewTaskSerializer.ts`; Dataview's
 * `setTaskCompletion`):
 * - Tasks' emoji format: due `📅 2026-12-04` (also `📆`, `🗓`), done `✅ 2026-12-03`, and
 *   scheduled `⏳`/`⌛`, start `🛫`, created `➕`, cancelled `❌`, priority `🔺⏫🔼🔽⏬`,
 *   recurrence `🔁 every week`. Tasks reads these fields from the END of the line, one after
 *   another (with tags and a block id `^abc` between or after them); a field followed by more
 *   description is description. Tend reads them the same way, so a task Tasks shows as due is
 *   the task Tend shows as a promise.
 * - Dataview's inline fields `[due:: 2026-12-04]` and `[completion:: 2026-12-03]` (also in
 *   parentheses, `(due:: 2026-12-04)`). Dataview reads inline fields anywhere in the line, so
 *   Tend does too.
 * - The status: `[ ]` open, `[x]`/`[X]` done, `[-]` cancelled (Tasks' default statuses); any
 *   other character (`[/]` in progress, `[>]` deferred, `[!]`, `[?]`) is a task that is not done.
 *   Obsidian's cache stores the character (`ListItemCache.task`) and calls every non-space one
 *   "completed"; Tend does not, because a cancelled or deferred meeting did not happen.
 */
import { fromYmd, isValidYmd, type Day } from "../calendar";

export type TaskState = "open" | "done" | "cancelled";

/** The state a task's status character means. */
export function taskState(status: string): TaskState {
	if (status === "x" || status === "X") return "done";
	if (status === "-") return "cancelled";
	return "open";
}

/** A list item with a checkbox: `- [ ] text`, `* [x] text`, `1. [ ] text`, also inside a quote. */
const TASK = /^((?:[ \t]*>)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[)(.)\]([ \t]|$)/;

/**
 * Whether `text` has a line that could be a task: TASK's start, with anything in the box, on
 * any line. Every line taskCheckbox reads as a task passes, so a text without one has no task;
 * it may pass for a line that is no task to the scan (in code, in a quote), which then decides.
 */
export function mayHoldTask(text: string): boolean {
	return MAY_HOLD_TASK.test(text);
}

const MAY_HOLD_TASK = /^(?:[ \t]*>)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[.\]/m;

export interface TaskCheckbox {
	/** Offset of the status character in the line. */
	statusAt: number;
	status: string;
	/** Offset where the task's text begins (after `] `). */
	textAt: number;
}

export function taskCheckbox(line: string): TaskCheckbox | null {
	const m = TASK.exec(line);
	if (!m || m[1] === undefined || m[2] === undefined) return null;
	const statusAt = m[1].length;
	return { statusAt, status: m[2], textAt: statusAt + 2 + (m[3] === "" ? 0 : 1) };
}

export type TaskFormat = "tasks" | "dataview";

export interface DateField {
	day: Day | null;
	/** The date as written, for messages about a date that does not exist. */
	text: string;
	format: TaskFormat;
}

export interface TaskFields {
	due: DateField | null;
	done: DateField | null;
	/** The task repeats (`🔁 every week`, `[repeat:: every week]`): Tasks makes the next one when it is done. */
	recurring: boolean;
	/** Offset of the white space before a trailing block id (` ^abc`), or text.length. */
	blockIdAt: number;
	/** The text with every date field, priority, recurrence and block id taken out, white space cleaned. */
	description: string;
}

const VS16 = "\uFE0F?";
// Trailing fields, each matched at the end of what is left (the way Tasks strips them).
const TRAILING: { re: RegExp; field?: "due" | "done"; recurring?: boolean }[] = [
	{ re: new RegExp(`[📅📆🗓]${VS16} *(\\d{4}-\\d{2}-\\d{2})$`, "u"), field: "due" },
	{ re: new RegExp(`✅${VS16} *(\\d{4}-\\d{2}-\\d{2})$`, "u"), field: "done" },
	{ re: new RegExp(`(?:[⏳⌛]|🛫|➕|❌)${VS16} *\\d{4}-\\d{2}-\\d{2}$`, "u") },
	{ re: new RegExp(`[🔺⏫🔼🔽⏬]${VS16}$`, "u") },
	{ re: new RegExp(`🔁${VS16} ?[a-zA-Z0-9, !]+$`, "u"), recurring: true },
	{ re: new RegExp(`🏁${VS16} *[a-zA-Z]+$`, "u") },
	{ re: new RegExp(`(?:🆔|⛔)${VS16} *[a-zA-Z0-9-_, ]+$`, "u") },
	{ re: /(?:^|\s)#[^\s#]+$/u },
];
const BLOCK_ID = /\s\^[A-Za-z0-9-]+$/;
const INLINE_FIELD = /[[(]([A-Za-z][\w -]*?)::[ \t]*([^\])]*?)[ \t]*[\])]/g;

function dateOf(text: string, format: TaskFormat): DateField {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	const y = Number(m?.[1]);
	const mo = Number(m?.[2]);
	const d = Number(m?.[3]);
	return { day: m && isValidYmd(y, mo, d) ? fromYmd(y, mo, d) : null, text, format };
}

/**
 * The fields of a task's text (what follows `- [ ] `). The first due (or done) date found from
 * the end counts, as in Tasks; a Dataview field counts when there is no Tasks one.
 */
export function taskFields(text: string): TaskFields {
	let rest = text.trimEnd();
	let blockIdAt = text.length;
	const block = BLOCK_ID.exec(rest);
	if (block) {
		blockIdAt = block.index;
		rest = rest.slice(0, block.index).trimEnd();
	}
	let due: DateField | null = null;
	let done: DateField | null = null;
	let recurring = false;
	let tags = "";
	for (let run = 0; run < 30; run++) {
		let matched = false;
		for (const t of TRAILING) {
			const m = t.re.exec(rest);
			if (!m) continue;
			if (t.field === "due" && due === null) due = dateOf(m[1] ?? "", "tasks");
			if (t.field === "done" && done === null) done = dateOf(m[1] ?? "", "tasks");
			if (t.recurring) recurring = true;
			if (!t.field && !t.recurring && m[0].trimStart().startsWith("#")) tags = `${m[0].trim()} ${tags}`;
			rest = rest.slice(0, m.index).trimEnd();
			matched = true;
		}
		if (!matched) break;
	}
	let description = `${rest} ${tags}`;
	INLINE_FIELD.lastIndex = 0;
	description = description.replace(INLINE_FIELD, (whole: string, key: string, value: string) => {
		const name = key.trim().toLowerCase();
		if (name === "due" && due === null) due = dateOf(value.trim(), "dataview");
		else if (name === "completion" && done === null) done = dateOf(value.trim(), "dataview");
		else if (name === "repeat") recurring = true;
		else if (!["created", "start", "scheduled", "cancelled", "priority", "id", "dependson", "oncompletion"].includes(name)) return whole;
		return " ";
	});
	return { due, done, recurring, blockIdAt, description: description.replace(/\s+/g, " ").trim() };
}
