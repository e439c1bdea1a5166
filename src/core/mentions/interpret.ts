/**
 * What one note's links and tasks mean for contacts (issue 10, items 2 and 4), from a scan by
 * either reader (scan.ts).
 *
 * - A mention: a counting link (scan.ts) from a dated note to a contact, on the note's day; a
 *   day after today does not count (a note made ahead for next week's meeting). One mention
 *   per contact and note, with the first body line that links the contact. A note's links to
 *   itself and links from contact notes are not mentions (a contact note is never a dated note).
 * - A promise: an open task, anywhere in the vault, that links a contact and has a due date
 *   (`📅 2026-12-04` or `[due:: 2026-12-04]`); a promise to each contact it links.
 * - A kept task: a done task that links a contact and has a done date (`✅ 2026-12-03` or
 *   `[completion:: 2026-12-03]`), kept on that day, on time or late against its due date.
 * A task's date that does not exist (`📅 2026-02-30`) is a warning on its line, and the task is
 * not read as a promise.
 */
import type { Day } from "../calendar";
import type { Diagnostic } from "../diagnostics";
import type { NoteDate } from "./datedNote";
import { linkpathOf, linksInLine } from "./links";
import type { LinkResolver } from "./resolve";
import type { NoteScan } from "./scan";
import { taskCheckbox, taskFields, taskState, type DateField, type TaskFormat } from "./taskLine";

export interface Mention {
	/** The contact's note path. */
	contact: string;
	day: Day;
	/** The dated note's path. */
	source: string;
	/** One-based line of the first link in the body, or null when only the frontmatter links the contact. */
	line: number | null;
}

export interface TaskPromise {
	contact: string;
	source: string;
	/** One-based line of the task. */
	line: number;
	/** The task's line as it is in the note, so a write can check it still holds this task. */
	text: string;
	/** The task's text without its checkbox, dates and other Tasks fields, links shown as Obsidian shows them. */
	what: string;
	due: Day;
	/** Which plugin's format the due date is in: a done date is written in the same one. */
	format: TaskFormat;
	/** `🔁`: Tasks makes the next one when this one is done, so Tend leaves checking it off to Tasks. */
	recurring: boolean;
}

export interface KeptTask {
	contact: string;
	source: string;
	line: number;
	what: string;
	due: Day | null;
	done: Day;
	/** Days after the due date it was done (0 or less: on time); null without a due date. */
	late: number | null;
}

export interface NoteFindings {
	mentions: Mention[];
	promises: TaskPromise[];
	kept: KeptTask[];
	warnings: Diagnostic[];
}

export interface NoteContext {
	path: string;
	/** The note's day when it is a dated note (datedNote.ts), else null. */
	date: NoteDate | null;
	today: Day;
	resolver: LinkResolver;
	isContact: (path: string) => boolean;
}

/** The task's text as the user reads it: fields out, `[[People/Ada|Ada]]` as `Ada`. */
export function taskWhat(description: string): string {
	const links = linksInLine(description);
	if (links.length === 0) return description;
	let out = "";
	let at = 0;
	for (const l of links) {
		out += description.slice(at, l.start) + (l.embed ? "" : l.display);
		at = l.end;
	}
	return (out + description.slice(at)).replace(/\s+/g, " ").trim();
}

function badDate(field: DateField, what: string): string {
	const mark = field.format === "tasks" ? (what === "due" ? "📅" : "✅") : what === "due" ? "[due::" : "[completion::";
	return `the ${what} date ${mark} ${field.text} of this task is not a date that exists; the task is not read as a ${what === "due" ? "promise" : "kept promise"}`;
}

/** The contact a link in the note at `ctx.path` points to, or null (a note's link to itself is no mention). */
export function contactOfLink(link: string, ctx: Pick<NoteContext, "path" | "resolver" | "isContact">): string | null {
	const target = ctx.resolver.resolve(linkpathOf(link), ctx.path);
	return target !== null && target !== ctx.path && ctx.isContact(target) ? target : null;
}

/** Findings of a note that says nothing about contacts (fresh lists: an update may keep them). */
export function noFindings(): NoteFindings {
	return { mentions: [], promises: [], kept: [], warnings: [] };
}

export function interpretScan(scan: NoteScan, ctx: NoteContext): NoteFindings {
	const out = noFindings();
	const contactOf = (link: string): string | null => contactOfLink(link, ctx);
	if (ctx.date !== null && ctx.date.day <= ctx.today) {
		const byContact = new Map<string, Mention>();
		for (const l of scan.links) {
			if (!l.counts) continue;
			const contact = contactOf(l.link);
			if (contact === null) continue;
			const line = l.line === null ? null : l.line + 1;
			const seen = byContact.get(contact);
			if (!seen) byContact.set(contact, { contact, day: ctx.date.day, source: ctx.path, line });
			else if (line !== null && (seen.line === null || line < seen.line)) seen.line = line;
		}
		out.mentions = [...byContact.values()];
	}
	for (const task of scan.tasks) {
		const contacts = [...new Set(task.links.map(contactOf).filter((c): c is string => c !== null))];
		if (contacts.length === 0) continue;
		const state = taskState(task.status);
		if (state === "cancelled") continue;
		const box = taskCheckbox(task.text);
		const fields = taskFields(box ? task.text.slice(box.textAt) : task.text);
		const line = task.line + 1;
		const what = taskWhat(fields.description);
		if (state === "open" && fields.due) {
			if (fields.due.day === null) {
				out.warnings.push({ path: ctx.path, line, severity: "warning", message: badDate(fields.due, "due") });
				continue;
			}
			for (const contact of contacts) {
				out.promises.push({ contact, source: ctx.path, line, text: task.text, what, due: fields.due.day, format: fields.due.format, recurring: fields.recurring });
			}
		} else if (state === "done" && fields.done) {
			if (fields.done.day === null) {
				out.warnings.push({ path: ctx.path, line, severity: "warning", message: badDate(fields.done, "done") });
				continue;
			}
			const due = fields.due?.day ?? null;
			for (const contact of contacts) {
				out.kept.push({ contact, source: ctx.path, line, what, due, done: fields.done.day, late: due === null ? null : fields.done.day - due });
			}
		}
	}
	return out;
}
