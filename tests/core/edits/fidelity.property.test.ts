/**
 * Property tests: on thousands of generated notes (comments, quoting styles, flow and block
 * lists, nested maps, CRLF, a byte-order mark, no final newline, trailing white space, bodies
 * with and without the log heading, headings at other levels, code blocks that contain a
 * `## Touchpoints` line), every edit changes only the bytes it owns. The checks in
 * tests/support/fidelity.ts are independent of the edit code. Every edit also returns the
 * splices that make its text, exactly, chained edits included.
 */
import fc from "fast-check";
import { formatDay, parseIsoDay } from "../../../src/core/calendar";
import { addListItem, clearFrontmatterValue, removeListItem, replaceListItem, setFrontmatterScalar } from "../../../src/core/edits/frontmatterEdit";
import { headingLine, insertEntry } from "../../../src/core/edits/logEdit";
import { addPromise, clearSnooze, keepPromise, logTouchpoint, movePromise, renderTouchpoint, snooze } from "../../../src/core/edits/requests";
import type { EditResult } from "../../../src/core/edits/result";
import { applySplices, type Splice } from "../../../src/core/edits/splices";
import { locateFrontmatter, parseFrontmatter, parseNote } from "../../../src/core/frontmatter";
import { readLog } from "../../../src/core/log";
import { findSection, parseHeadingSetting, scanCode, noteLines } from "../../../src/core/markdown";
import { DEFAULT_SETTINGS, type TendSettings } from "../../../src/core/settings";
import { checkBody, checkFrontmatter, checkLogEdit } from "../../support/fidelity";
import { readNote } from "../../support/builders";
import { note, phrase, render } from "../../support/noteArbitrary";

// Mutation runs (npm run mutate) use fewer: each mutant runs these again.
const RUNS = Number(process.env.TEND_PROPERTY_RUNS ?? 1000);

// ---- Helpers ----------------------------------------------------------------------------------

const settings: TendSettings = DEFAULT_SETTINGS;
const LOG_DAY = parseIsoDay("2026-11-27") as number;

function headingExists(text: string): boolean {
	const lines = noteLines(text);
	const block = locateFrontmatter(text);
	let first = 0;
	while (block && first < lines.length && (lines[first]?.start ?? 0) < block.bodyStart) first++;
	return findSection(lines, scanCode(lines).mask, parseHeadingSetting(settings.logHeading), first) !== null;
}

/** last_contact after logging on LOG_DAY, decided independently of the edit code. */
function expectedLastContact(data: Record<string, unknown>, key: string): string | undefined {
	const v = data[key];
	if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) return formatDay(LOG_DAY);
	if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v.trim())) return undefined;
	const old = parseIsoDay(v.trim());
	return old !== null && old < LOG_DAY ? formatDay(LOG_DAY) : undefined;
}

function setOrSame(text: string, key: string, value: string): string {
	const r = setFrontmatterScalar(text, key, value);
	return r.ok ? r.text : text;
}

function parseable(text: string): boolean {
	return parseFrontmatter(text).kind !== "error";
}

// ---- Properties ------------------------------------------------------------------------------

describe("edits change only the bytes they own (generated notes)", () => {
	it("logging a touchpoint: last_contact and one entry line, nothing else", () => {
		fc.assert(
			fc.property(note, fc.constantFrom("share", "ask", "check-in"), phrase, fc.option(fc.constantFrom(0.5, 1, 2.25), { nil: null }), (n, kind, summary, hours) => {
				const before = render(n);
				fc.pre(parseable(before));
				const req = { date: LOG_DAY, kind, summary, hours, name: "Ada" };
				const result = logTouchpoint(before, req, settings);
				if (!result.ok) {
					// The only refusal for parseable frontmatter: a note ending in an open code block
					// without a log heading.
					expect(result.reason).toMatch(/code block that is never closed/);
					expect(headingExists(before)).toBe(false);
					return;
				}
				const parsed = parseFrontmatter(before);
				const data = parsed.kind === "ok" ? parsed.data : {};
				const key = Object.keys(data).find((k) => k.toLowerCase() === "last_contact") ?? "last_contact";
				const rendered = renderTouchpoint(req, settings);
				if (!rendered.ok) throw new Error(rendered.reason);
				const problems = checkLogEdit(
					before,
					result.text,
					{ key, value: expectedLastContact(data, key), entry: rendered.line, heading: headingLine(settings.logHeading), headingExisted: headingExists(before) },
					setOrSame,
				);
				expect(problems).toEqual([]);
				const after = parseFrontmatter(result.text);
				const log = readLog("n.md", result.text, after.bodyStart, settings, null);
				expect(log.touchpoints.some((t) => t.day === LOG_DAY && t.summary === summary && t.kind === kind)).toBe(true);
				// Newest first: no entry above the new one is older than it.
				const index = log.touchpoints.findIndex((t) => t.day === LOG_DAY && t.summary === summary);
				for (const t of log.touchpoints.slice(0, index)) expect(t.day).toBeGreaterThan(LOG_DAY);
			}),
			{ numRuns: RUNS },
		);
	});

	it("setting last_contact: only its value or one added line; a second write is byte-identical", () => {
		fc.assert(
			fc.property(note, (n) => {
				const before = render(n);
				fc.pre(parseable(before));
				const parsed = parseFrontmatter(before);
				const data = parsed.kind === "ok" ? parsed.data : {};
				const key = Object.keys(data).find((k) => k.toLowerCase() === "last_contact") ?? "last_contact";
				const result = setFrontmatterScalar(before, key, "2026-11-28");
				if (!result.ok) {
					expect(Array.isArray(data[key]) || (typeof data[key] === "object" && data[key] !== null)).toBe(true);
					return;
				}
				expect(checkFrontmatter(before, result.text, { key, value: "2026-11-28" })).toEqual([]);
				expect(result.text.slice(parseFrontmatter(result.text).bodyStart)).toBe(before.slice(parsed.bodyStart));
				const again = setFrontmatterScalar(result.text, key, "2026-11-28");
				expect(again.ok && again.text).toBe(result.text);
			}),
			{ numRuns: RUNS },
		);
	});

	it("adding then removing a promise: one list item, and back to the same properties", () => {
		fc.assert(
			fc.property(note, phrase, (n, what) => {
				const before = render(n);
				fc.pre(parseable(before));
				const parsed = parseFrontmatter(before);
				const data = parsed.kind === "ok" ? parsed.data : {};
				const old = data.promises;
				const item = `2026-12-01 ${what}`;
				const added = addListItem(before, "promises", item);
				if (!added.ok) {
					expect(old !== undefined && old !== null && !Array.isArray(old)).toBe(true);
					return;
				}
				const items = Array.isArray(old) ? old : [];
				expect(checkFrontmatter(before, added.text, { key: "promises", value: [...items, item] }).filter((p) => !p.includes("added more than one line"))).toEqual([]);
				expect(added.text.slice(parseFrontmatter(added.text).bodyStart)).toBe(before.slice(parsed.bodyStart));
				const removed = removeListItem(added.text, "promises", items.length);
				expect(removed.ok).toBe(true);
				if (!removed.ok) return;
				const back = parseFrontmatter(removed.text);
				expect(back.kind === "ok" && back.data.promises).toEqual(items.length === 0 && (old === undefined || old === null) ? [] : items);
			}),
			{ numRuns: RUNS / 2 },
		);
	});

	it("inserting under an existing heading moves no other line (body check alone)", () => {
		fc.assert(
			fc.property(note, (n) => {
				const before = render(n);
				fc.pre(parseable(before) && headingExists(before));
				const line = "- 2026-11-27 share — Body only";
				const r = logTouchpoint(before, { date: LOG_DAY, kind: "share", summary: "Body only", hours: null, name: "A" }, settings);
				expect(r.ok).toBe(true);
				if (!r.ok) return;
				const parsed = parseFrontmatter(before);
				const data = parsed.kind === "ok" ? parsed.data : {};
				const key = Object.keys(data).find((k) => k.toLowerCase() === "last_contact") ?? "last_contact";
				const value = expectedLastContact(data, key);
				const mid = value === undefined ? before : setOrSame(before, key, value);
				expect(checkBody(mid, r.text, { entry: line, heading: "## Touchpoints", headingExisted: true })).toEqual([]);
			}),
			{ numRuns: RUNS / 2 },
		);
	});
});

// ---- Splices ------------------------------------------------------------------------------------

/** Every edit a user can ask for, on one note, named for the failure message. */
function everyEdit(before: string, pick: number, what: string): [string, EditResult][] {
	const reader = readNote("People/Ada.md", before, settings, null);
	const promises = reader?.promises ?? [];
	const promise = promises.length > 0 ? promises[pick % promises.length] : undefined;
	const request = { date: LOG_DAY, kind: "call", summary: what, hours: null, name: "Ada" };
	const edits: [string, EditResult][] = [
		["logTouchpoint", logTouchpoint(before, request, settings)],
		["insertEntry", insertEntry(before, `- 2026-11-27 call — ${what}`, LOG_DAY, settings)],
		["setFrontmatterScalar", setFrontmatterScalar(before, "last_contact", "2026-11-28")],
		["snooze", snooze(before, LOG_DAY + 30, settings)],
		["clearSnooze", clearSnooze(before, settings)],
		["clearFrontmatterValue", clearFrontmatterValue(before, "company")],
		["addPromise", addPromise(before, LOG_DAY + 5, what, settings)],
		["addListItem", addListItem(before, "tags", what)],
		["removeListItem", removeListItem(before, "tags", pick % 3)],
		["replaceListItem", replaceListItem(before, "interests", pick % 3, what)],
	];
	if (promise) {
		edits.push(["keepPromise", keepPromise(before, promise, LOG_DAY, settings, "Ada")]);
		edits.push(["movePromise", movePromise(before, promise, LOG_DAY + 7, LOG_DAY, settings, "Ada")]);
	}
	return edits;
}

/** How many regions each edit may change: one per property it sets, one for the log entry. */
const MAX_SPLICES: Record<string, number> = { logTouchpoint: 2, insertEntry: 1, keepPromise: 4, movePromise: 3, removeListItem: 2 };

describe("every edit returns the splices that make its text (generated notes)", () => {
	it("applySplices(old, splices) === text, earliest first, no overlaps, nothing written back as it was", () => {
		fc.assert(
			fc.property(note, fc.nat(20), phrase, (n, pick, what) => {
				const before = render(n);
				fc.pre(parseable(before));
				for (const [name, r] of everyEdit(before, pick, what)) {
					if (!r.ok) continue;
					const why = `${name} on ${JSON.stringify(before)}`;
					expect([why, applySplices(before, r.splices)]).toEqual([why, r.text]);
					for (let i = 1; i < r.splices.length; i++) expect((r.splices[i] as Splice).from).toBeGreaterThanOrEqual((r.splices[i - 1] as Splice).to);
					for (const s of r.splices) expect([why, before.slice(s.from, s.to)]).not.toEqual([why, s.insert]);
					expect([why, r.splices.length]).toEqual([why, Math.min(r.splices.length, MAX_SPLICES[name] ?? 1)]);
					expect([why, r.text === before]).toEqual([why, r.splices.length === 0]);
					// The properties the edit hands back are those of its new text.
					const after = parseFrontmatter(r.text);
					expect([why, r.frontmatter]).toEqual([why, after.kind === "ok" ? after.data : null]);
				}
			}),
			{ numRuns: RUNS },
		);
	});

	it("a chained edit's splices are those of its steps: logging changes only last_contact's bytes and adds one line", () => {
		fc.assert(
			fc.property(note, phrase, (n, what) => {
				const before = render(n);
				fc.pre(parseable(before));
				const r = logTouchpoint(before, { date: LOG_DAY, kind: "share", summary: what, hours: null, name: "Ada" }, settings);
				if (!r.ok) return;
				const entry = r.splices[r.splices.length - 1] as Splice;
				expect(entry.to).toBe(entry.from);
				expect(entry.insert).toContain(`- 2026-11-27 share — ${what}`);
				const fm = r.splices.slice(0, -1);
				const parsed = parseFrontmatter(before);
				for (const s of fm) {
					// Inside the block (or a new block at the top), never reaching the body.
					expect(s.to).toBeLessThanOrEqual(parsed.kind === "ok" ? parsed.block.contentEnd : hasBomAt(before));
					expect(before.slice(s.from, s.to)).not.toContain("\n");
				}
			}),
			{ numRuns: RUNS },
		);
	});

	it("an edit of a parsed note is the edit of its text", () => {
		fc.assert(
			fc.property(note, fc.nat(20), phrase, (n, pick, what) => {
				const before = render(n);
				fc.pre(parseable(before));
				const parsed = parseNote(before);
				const request = { date: LOG_DAY, kind: "call", summary: what, hours: null, name: "Ada" };
				expect(logTouchpoint(parsed, request, settings)).toEqual(logTouchpoint(before, request, settings));
				expect(addListItem(parsed, "tags", what)).toEqual(addListItem(before, "tags", what));
				expect(removeListItem(parsed, "tags", pick % 3)).toEqual(removeListItem(before, "tags", pick % 3));
			}),
			{ numRuns: RUNS / 4 },
		);
	});
});

function hasBomAt(text: string): number {
	return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}
