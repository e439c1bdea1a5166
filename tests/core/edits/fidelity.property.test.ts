/**
 * Property tests: on thousands of generated notes (comments, quoting styles, flow and block
 * lists, nested maps, CRLF, a byte-order mark, no final newline, trailing white space, bodies
 * with and without the log heading, headings at other levels, code blocks that contain a
 * `## Touchpoints` line), every edit changes only the bytes it owns. The checks in
 * tests/support/fidelity.ts are independent of the edit code.
 */
import fc from "fast-check";
import { formatDay, parseIsoDay } from "../../../src/core/calendar";
import { addListItem, removeListItem, setFrontmatterScalar } from "../../../src/core/edits/frontmatterEdit";
import { headingLine } from "../../../src/core/edits/logEdit";
import { logTouchpoint, renderTouchpoint } from "../../../src/core/edits/requests";
import { locateFrontmatter, parseFrontmatter } from "../../../src/core/frontmatter";
import { readLog } from "../../../src/core/log";
import { findSection, parseHeadingSetting, scanCode, noteLines } from "../../../src/core/markdown";
import { DEFAULT_SETTINGS, type TendSettings } from "../../../src/core/settings";
import { checkBody, checkFrontmatter, checkLogEdit } from "../../support/fidelity";

const RUNS = 1000;

// ---- Generators -----------------------------------------------------------------------------

const word = fc.constantFrom("Ada", "Lovelace", "Acme", "x", "north", "été", "東京", "a-b", "c_d", "50%");
const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
const comment = fc.option(fc.constantFrom(" # note", "  # why: this", " #"), { nil: "" });
const trailing = fc.constantFrom("", "", " ", "  ", "\t");

const scalar = fc.oneof(
	phrase,
	phrase.map((p) => `"${p}"`),
	phrase.map((p) => `'${p}'`),
	fc.integer({ min: -5, max: 99999 }).map(String),
	fc.constantFrom("true", "false", "null", "~", "2024-07-21", '"2024-07-21"', "2024-07-21T12:37:00", "'[[Ada]]'", '"[[Ada|A]]"'),
);

const listKeys = ["tags", "aliases", "interests", "goals", "promises"] as const;
const scalarKeys = ["company", "role", "city", "created", "status", "tier", "cadence", "next contact", "EMAIL[HOME]"] as const;

type Property = { key: string; lines: string[] };

const scalarProp = fc.record({ key: fc.constantFrom(...scalarKeys), value: scalar, c: comment, t: trailing }).map(
	({ key, value, c, t }): Property => ({ key, lines: [`${/[[\]]/.test(key) ? `"${key}"` : key}: ${value}${c}${t}`] }),
);
const emptyProp = fc.record({ key: fc.constantFrom(...scalarKeys), c: comment }).map(({ key, c }): Property => ({ key, lines: [`${key.includes("[") ? `"${key}"` : key}:${c}`] }));
const blockList = fc
	.record({ key: fc.constantFrom(...listKeys), items: fc.array(scalar, { minLength: 1, maxLength: 4 }), indent: fc.constantFrom("", "  ", "    "), c: comment })
	.map(({ key, items, indent, c }): Property => ({ key, lines: [`${key}:${c}`, ...items.map((i) => `${indent}- ${i}`)] }));
const flowList = fc
	.record({ key: fc.constantFrom(...listKeys), items: fc.array(fc.constantFrom("a", '"b c"', "'d'", "12", "[[Ada]]"), { maxLength: 4 }), c: comment })
	.map(({ key, items, c }): Property => ({ key, lines: [`${key}: [${items.map((i) => (i === "[[Ada]]" ? '"[[Ada]]"' : i)).join(", ")}]${c}`] }));
const nestedMap = fc
	.record({ key: fc.constantFrom("address", "social", "meta"), a: scalar, b: scalar })
	.map(({ key, a, b }): Property => ({ key, lines: [`${key}:`, `  street: ${a}`, `  city: ${b}`] }));
const literal = fc.record({ key: fc.constantFrom("bio", "notes"), text: phrase }).map(({ key, text }): Property => ({
	key,
	lines: [`${key}: |`, `  ${text}`, "  # not a comment", "  ## Touchpoints"],
}));
const lastContact = fc
	.constantFrom(
		"last_contact: 2026-01-05",
		'last_contact: "2026-03-01"',
		"last_contact: '2025-12-31' # by phone",
		"last_contact:",
		"last_contact: ",
		"last_contact: 2027-01-01",
		"last_contact: soon",
		"last_contact: 2026-02-30",
		"Last_Contact: 2026-01-05",
	)
	.map((line): Property => ({ key: "last_contact", lines: [line] }));

const property = fc.oneof(scalarProp, emptyProp, blockList, flowList, nestedMap, literal, lastContact);

const frontmatter = fc.record({
	props: fc.uniqueArray(property, { selector: (p) => p.key.toLowerCase(), maxLength: 7 }),
	comments: fc.array(fc.constantFrom("# a comment", "#"), { maxLength: 2 }),
	close: fc.constantFrom("---", "---", "..."),
});

const entryLine = fc
	.record({
		date: fc.date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2027-06-30T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
		kind: fc.constantFrom("share", "ask", "call", "check-in", "coffee"),
		marker: fc.constantFrom("-", "*", "+"),
		sep: fc.constantFrom(" — ", ": ", " - ", " "),
		text: phrase,
		child: fc.boolean(),
	})
	.map(({ date, kind, marker, sep, text, child }) => [`${marker} ${date} ${kind}${sep}${text}`, ...(child ? ["  - a note on it"] : [])]);

const bodyBlock = fc.oneof(
	phrase.map((p) => [p]),
	fc.constantFrom([""], [""], ["   "]),
	fc.record({ level: fc.integer({ min: 1, max: 4 }), text: fc.constantFrom("Notes", "Touchpoints", "touchpoints", "Log", "Meetings") }).map(({ level, text }) => [`${"#".repeat(level)} ${text}`]),
	entryLine,
	fc.constantFrom(["```", "## Touchpoints", "- 2026-01-01 call — in code", "```"], ["~~~md", "## Touchpoints", "~~~"], ["- [ ] a task"], ["---"], ["> ## Touchpoints quoted"]),
);

const note = fc.record({
	bom: fc.boolean(),
	crlf: fc.boolean(),
	fm: fc.option(frontmatter, { nil: null, freq: 5 }),
	body: fc.array(bodyBlock, { maxLength: 10 }),
	finalNewline: fc.boolean(),
	trailingSpaces: fc.boolean(),
});

type NoteShape = typeof note extends fc.Arbitrary<infer T> ? T : never;

function render(n: NoteShape): string {
	const eol = n.crlf ? "\r\n" : "\n";
	const lines: string[] = [];
	if (n.fm) {
		lines.push("---");
		const props = n.fm.props.flatMap((p) => p.lines);
		lines.push(...n.fm.comments.slice(0, 1), ...props, ...n.fm.comments.slice(1));
		lines.push(n.fm.close);
	}
	for (const block of n.body) lines.push(...block.map((l) => (n.trailingSpaces && l !== "" ? `${l}  ` : l)));
	let text = lines.join(eol);
	if (n.finalNewline && lines.length > 0) text += eol;
	return (n.bom ? "\uFEFF" : "") + text;
}

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
