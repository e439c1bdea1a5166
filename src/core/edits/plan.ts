/**
 * Putting an edit together. Every part of an edit is planned on the note as it was read (one
 * parse): the frontmatter parts as splices found through the `yaml` node ranges of that parse
 * and the properties they set, the body part (a log entry) as one splice. Then the parts are
 * applied at once, and the result is re-parsed once to check that its properties are the old
 * ones plus exactly the planned changes, so a case the splices did not foresee is refused
 * instead of written.
 *
 * Chained edits (log a touchpoint = move `last_contact` + insert an entry; keep a promise =
 * remove it + log) are one plan, so their splices are exact in the old text's offsets and
 * the note is parsed once and checked once, whatever the chain.
 */
import { locateFrontmatter, parseFrontmatter, type ParsedNote } from "../frontmatter";
import { deepEqual, done, refuse, type EditRefused, type EditResult } from "./result";
import { applySplices, growth, mergeSplices, withoutNoOps, type Splice } from "./splices";

/** A frontmatter part of an edit. */
export interface Plan {
	ok: true;
	/** Splices in the note's offsets. */
	splices: Splice[];
	/** The top-level properties the splices give a new value (by their name in the note). */
	sets: [string, unknown][];
}

export type Planned = Plan | EditRefused;

export function plan(splices: Splice[], sets: [string, unknown][]): Plan {
	return { ok: true, splices, sets };
}

/** The body part of an edit, planned on the text with the frontmatter parts applied. */
export type BodyPlan = (text: string) => { ok: true; splice: Splice } | EditRefused;

export interface Finish {
	warnings?: string[];
	body?: BodyPlan;
}

function names(plans: readonly Plan[]): string {
	const all = [...new Set(plans.flatMap((p) => p.sets.map(([name]) => name)))];
	return all.length === 0 ? "the note" : all.join(" and ");
}

/**
 * Applies the planned parts to the note and checks the result. The body part sees the text
 * with the frontmatter parts applied (so it knows, say, that a new block now starts the note);
 * its splice lies after them and is moved back into the old text's offsets.
 */
export function finishEdit(note: ParsedNote, plans: readonly Plan[], finish: Finish = {}): EditResult {
	const { text, frontmatter } = note;
	if (frontmatter.kind === "error") {
		return refuse(`its frontmatter does not parse (line ${frontmatter.problem.line}: ${frontmatter.problem.message}); the note was not changed`, frontmatter.problem.line);
	}
	const what = names(plans);
	const merged = mergeSplices(plans.map((p) => p.splices));
	if (merged === null) return refuse(`Tend could not change ${what} in one step; the note was not changed`);
	const head = withoutNoOps(text, merged);
	let splices = head;
	if (finish.body) {
		const mid = head.length === 0 ? text : applySplices(text, head);
		const body = finish.body(mid);
		if (!body.ok) return body;
		// Every frontmatter splice ends before the body starts: shift the body's splice back.
		const last = head[head.length - 1];
		const shift = growth(head);
		const from = body.splice.from - shift;
		if (last && from < last.to) return refuse(`Tend could not change ${what} and the log in one step; the note was not changed`);
		splices = [...head, { from, to: body.splice.to - shift, insert: body.splice.insert }];
	}
	const data = frontmatter.kind === "ok" ? frontmatter.data : null;
	const sets = new Map<string, unknown>();
	for (const p of plans) for (const [name, value] of p.sets) sets.set(name, value);
	const warnings = finish.warnings ?? [];
	// No frontmatter splice left (none planned, or each wrote back the bytes already there):
	// the note must already hold what was asked.
	if (head.length === 0 && sets.size > 0 && !holdsExactly(data ?? {}, data, sets)) return refuse(`Tend could not change ${what}; the note was not changed`);
	if (splices.length === 0) return done(text, [], data, warnings);
	const after = applySplices(text, splices);
	if (head.length === 0) {
		// Only the body changed: the frontmatter must still end where it did (no re-parse needed).
		const before = frontmatter.kind === "ok" ? frontmatter.block : null;
		const now = locateFrontmatter(after);
		if ((before === null) !== (now === null) || (before && now && (before.contentEnd !== now.contentEnd || before.yamlStart !== now.yamlStart))) {
			return refuse("the new entry would change where the frontmatter ends; the note was not changed");
		}
		return done(after, splices, data, warnings);
	}
	const check = parseNoteFrontmatter(after);
	if (check === null || !holdsExactly(check, data, sets)) {
		return refuse(`Tend could not change ${what} without touching other properties; the note was not changed`);
	}
	return done(after, splices, check, warnings);
}

/** The properties of a text, or null when its frontmatter is missing or does not parse. */
function parseNoteFrontmatter(text: string): Record<string, unknown> | null {
	const parsed = parseFrontmatter(text);
	return parsed.kind === "ok" ? parsed.data : null;
}

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/**
 * Whether `after` holds exactly the properties of `before` with `sets` applied, each value
 * compared deeply. (Without copying `before`: a note may have thousands of properties.)
 */
function holdsExactly(after: Record<string, unknown>, before: Record<string, unknown> | null, sets: ReadonlyMap<string, unknown>): boolean {
	const old = before ?? {};
	let expected = Object.keys(old).length;
	for (const key of sets.keys()) if (!has(old, key)) expected++;
	const keys = Object.keys(after);
	if (keys.length !== expected) return false;
	for (const key of keys) {
		if (sets.has(key)) {
			if (!deepEqual(after[key], sets.get(key))) return false;
		} else if (!has(old, key) || !deepEqual(after[key], old[key])) return false;
	}
	return true;
}
