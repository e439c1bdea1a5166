/**
 * Independent checks that an edit changed only the bytes it owns (docs/note-format.md, "What
 * Tend writes"). Used by the property tests and by `npm run test:corpus` on real notes.
 *
 * The checks do not trust the edit code: they compare the old and new text region by region
 * (opening fence, YAML, closing fence, body) and say what differs, in words.
 */
import { parseDocument } from "yaml";
import { deepEqual } from "../../src/core/edits/result";
import { hasBom, locateFrontmatter, YAML_OPTIONS } from "../../src/core/frontmatter";

function eolOf(text: string): string {
	const nl = text.indexOf("\n");
	return nl > 0 && text[nl - 1] === "\r" ? "\r\n" : "\n";
}

function dataOf(text: string): Record<string, unknown> | null {
	const block = locateFrontmatter(text);
	if (!block) return {};
	// The yaml package's own repeated-key check (quadratic, but these notes are small), not
	// Tend's: an edit that wrote a key twice must show here, whatever the edit code believes.
	const doc = parseDocument(text.slice(block.contentStart, block.contentEnd), { ...YAML_OPTIONS, uniqueKeys: true });
	if (doc.errors.length > 0) return null;
	const js: unknown = doc.toJS();
	return (js ?? {}) as Record<string, unknown>;
}

function show(s: string): string {
	return JSON.stringify(s.length > 120 ? `${s.slice(0, 117)}...` : s);
}

/**
 * The closing fence keeps its line ending; it gains one only when it was the note's last line
 * and a log is now appended after it.
 */
function closingEolKept(before: string, after: string): boolean {
	const b = locateFrontmatter(before);
	const a = locateFrontmatter(after);
	if (!b || !a) return true;
	const eb = before.slice(b.close.end, b.close.next);
	const ea = after.slice(a.close.end, a.close.next);
	return eb === ea || (eb === "" && b.close.next === before.length && ea === eolOf(before));
}

/** Where the body starts: after the frontmatter, or after the BOM. */
function bodyStart(text: string): number {
	const block = locateFrontmatter(text);
	return block ? block.bodyStart : hasBom(text) ? 1 : 0;
}

export interface FrontmatterExpectation {
	key: string;
	/** The key's new value, or undefined when the frontmatter must not change at all. */
	value: unknown;
}

/**
 * Checks the frontmatter part of an edit: fences unchanged, the YAML differs in one place
 * (one value on one line, or one added property), and the properties equal the old ones with
 * `key` set to `value`. A note without frontmatter may gain a new block at the top.
 */
export function checkFrontmatter(before: string, after: string, expect: FrontmatterExpectation): string[] {
	const problems: string[] = [];
	if (hasBom(before) !== hasBom(after)) problems.push("the byte-order mark changed");
	const b = locateFrontmatter(before);
	const a = locateFrontmatter(after);
	const dataBefore = dataOf(before);
	const dataAfter = dataOf(after);
	if (dataBefore === null) return ["the original frontmatter does not parse (the edit should have been refused)"];
	if (dataAfter === null) return ["the new frontmatter does not parse"];
	if (expect.value === undefined) {
		if (!b && a) problems.push("a frontmatter block was added although no property changed");
		if (b && a && (before.slice(0, b.close.end) !== after.slice(0, a.close.end) || !closingEolKept(before, after))) {
			problems.push("the frontmatter changed although no property should have");
		}
		if (!deepEqual(dataAfter, dataBefore)) problems.push("the properties changed although none should have");
		return problems;
	}
	const expected = { ...dataBefore, [expect.key]: expect.value };
	// A key matched case-insensitively keeps its own spelling.
	const existing = Object.keys(dataBefore).find((k) => k.toLowerCase() === expect.key.toLowerCase() && k !== expect.key);
	if (existing && !(expect.key in dataBefore)) {
		delete expected[expect.key];
		expected[existing] = expect.value;
	}
	if (!deepEqual(dataAfter, expected)) {
		problems.push(`the properties are not the old ones plus ${expect.key}: got ${show(JSON.stringify(dataAfter))}`);
	}
	if (!a) return [...problems, "the new text has no frontmatter"];
	if (!b) {
		const start = hasBom(before) ? 1 : 0;
		const head = after.slice(start, a.bodyStart);
		const eol = eolOf(before);
		// The fences and the property's own lines (one, plus one per item of a list).
		const propertyLines = 1 + (Array.isArray(expect.value) ? expect.value.length : 0);
		if (!head.startsWith(`---${eol}`) || !head.endsWith(`---${eol}`) || head.split(eol).length !== propertyLines + 3) {
			problems.push(`a note without frontmatter should gain exactly a block with the property, got ${show(head)}`);
		}
		return problems;
	}
	if (before.slice(0, b.contentStart) !== after.slice(0, a.contentStart)) problems.push("the opening fence changed");
	if (before.slice(b.contentEnd, b.close.end) !== after.slice(a.contentEnd, a.close.end) || !closingEolKept(before, after)) {
		problems.push("the closing fence changed");
	}
	const yb = before.slice(b.contentStart, b.contentEnd);
	const ya = after.slice(a.contentStart, a.contentEnd);
	let p = 0;
	while (p < yb.length && p < ya.length && yb[p] === ya[p]) p++;
	let s = 0;
	while (s < yb.length - p && s < ya.length - p && yb[yb.length - 1 - s] === ya[ya.length - 1 - s]) s++;
	const removed = yb.slice(p, yb.length - s);
	const added = ya.slice(p, ya.length - s);
	if (removed === "" && added === "") return problems;
	const eol = eolOf(before.slice(b.open.start));
	if (removed.includes("\n")) problems.push(`the edit removed more than one line's bytes: ${show(removed)}`);
	const newLines = added.split("\n").length - 1;
	if (newLines > 1 && !/^\s*- /m.test(added)) problems.push(`the edit added more than one line: ${show(added)}`);
	if (newLines >= 1 && removed !== "") problems.push(`the edit both removed ${show(removed)} and added lines ${show(added)}`);
	if (added.includes("\n") && !added.includes(eol)) problems.push("an added line does not use the note's line ending");
	return problems;
}

export interface BodyExpectation {
	/** The entry line that must have been inserted (without line ending). */
	entry: string;
	/** The log heading line written when the note had none. */
	heading: string;
	/** Whether the note already had a log heading. */
	headingExisted: boolean;
}

function lastLineOf(text: string): string {
	const body = text.endsWith("\n") ? text.slice(0, text.endsWith("\r\n") ? -2 : -1) : text;
	return body.slice(body.lastIndexOf("\n") + 1);
}

/**
 * Checks the body part of a log edit, between two texts with the same frontmatter: the new
 * text is the old one with exactly one line (the entry) inserted, or, when the old text had no
 * log heading, the old text with a blank line, the heading and the entry appended.
 * Final-newline status and line endings are kept.
 */
export function checkBody(before: string, after: string, expect: BodyExpectation): string[] {
	const eol = eolOf(before);
	if (!expect.headingExisted) {
		if (!after.startsWith(before)) return [`the old text is not kept byte for byte before the new log: ${show(after.slice(0, 200))}`];
		const tail = after.slice(before.length);
		let want: string;
		if (before === "" || before === "\uFEFF") want = `${expect.heading}${eol}${expect.entry}${eol}`;
		else {
			const blank = lastLineOf(before).trim() === "";
			if (before.endsWith("\n")) want = `${blank ? "" : eol}${expect.heading}${eol}${expect.entry}${eol}`;
			else want = `${eol}${blank ? "" : eol}${expect.heading}${eol}${expect.entry}`;
		}
		return tail === want ? [] : [`the appended log is ${show(tail)}, expected ${show(want)}`];
	}
	// One inserted line: take it out again and the old text must come back.
	for (let i = after.indexOf(expect.entry); i !== -1; i = after.indexOf(expect.entry, i + 1)) {
		if (i > 0 && after[i - 1] !== "\n") continue;
		const end = i + expect.entry.length;
		if (after.slice(end, end + eol.length) === eol && after.slice(0, i) + after.slice(end + eol.length) === before) return [];
		// After a last line without a line ending: "<eol><entry>" at the very end.
		if (end === after.length && after.slice(i - eol.length, i) === eol && after.slice(0, i - eol.length) === before) return [];
	}
	return [`the text is not the old text with one entry line inserted (entry ${show(expect.entry)})`];
}

/**
 * Checks a whole "log a touchpoint" edit: the frontmatter part with checkFrontmatter, then the
 * body part against `mid`, the note with only the frontmatter change applied (made by
 * `setProperty`), whose frontmatter must be byte-identical to the result's.
 */
export function checkLogEdit(
	before: string,
	after: string,
	expect: FrontmatterExpectation & BodyExpectation,
	setProperty: (text: string, key: string, value: string) => string,
): string[] {
	const problems = checkFrontmatter(before, after, expect);
	const mid = expect.value === undefined ? before : setProperty(before, expect.key, String(expect.value));
	// Compare up to the end of the closing fence's text: its line ending may be new (above).
	const fmEnd = (text: string) => locateFrontmatter(text)?.close.end ?? (hasBom(text) ? 1 : 0);
	if (mid.slice(0, fmEnd(mid)) !== after.slice(0, fmEnd(after))) problems.push("the frontmatter is not the one the property edit alone writes");
	if (mid.slice(bodyStart(mid)) !== before.slice(bodyStart(before))) problems.push("the property edit changed the body");
	problems.push(...checkBody(mid, after, expect));
	return problems;
}
