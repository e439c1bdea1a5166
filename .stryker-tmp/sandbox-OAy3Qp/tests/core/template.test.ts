// @ts-nocheck
import fc from "fast-check";
import { cleanSummary, formatHours, parseHoursText, readEntryLine, renderEntry, sameEntry, validateTemplate, type EntryValues } from "../../src/core/template";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

const DEFAULT = DEFAULT_SETTINGS.entryTemplate;
const values = (over: Partial<EntryValues> = {}): EntryValues => ({
	date: "2026-11-20",
	kind: "share",
	summary: "Sent the EU AI Act summary",
	hours: null,
	name: "Ada Lovelace",
	...over,
});

describe("renderEntry", () => {
	it.each<[string, Partial<EntryValues>, string]>([
		[DEFAULT, {}, "- 2026-11-20 share — Sent the EU AI Act summary"],
		[DEFAULT, { hours: 1 }, "- 2026-11-20 share — Sent the EU AI Act summary (1h)"],
		[DEFAULT, { hours: 1.5 }, "- 2026-11-20 share — Sent the EU AI Act summary (1.5h)"],
		[DEFAULT, { hours: 0.5 }, "- 2026-11-20 share — Sent the EU AI Act summary (30 min)"],
		[DEFAULT, { hours: 0 }, "- 2026-11-20 share — Sent the EU AI Act summary"],
		["* {{date}} {{kind}}: {{summary}}", {}, "* 2026-11-20 share: Sent the EU AI Act summary"],
		["- {{date}} with {{name}}: {{kind}} — {{summary}} [{{hours}}]", { hours: 2 }, "- 2026-11-20 with Ada Lovelace: share — Sent the EU AI Act summary [2h]"],
		["- {{date}} with {{name}}: {{kind}} — {{summary}} [{{hours}}]", {}, "- 2026-11-20 with Ada Lovelace: share — Sent the EU AI Act summary"],
		["- {{date}} {{kind}} — {{summary}} ({{hours}})", { hours: 0.25 }, "- 2026-11-20 share — Sent the EU AI Act summary (15 min)"],
		["- {{date}} {{kind}} — {{summary}} ({{hours}})", {}, "- 2026-11-20 share — Sent the EU AI Act summary"],
		["- {{ date }} {{KIND}} — {{Summary}}", {}, "- 2026-11-20 share — Sent the EU AI Act summary"],
		["- [[{{date}}]] {{kind}} — {{summary}}", {}, "- [[2026-11-20]] share — Sent the EU AI Act summary"],
	])("%j with %j", (template, over, expected) => {
		expect(renderEntry(template, values(over))).toBe(expected);
	});
});

describe("formatHours / parseHoursText", () => {
	it.each<[number, string]>([
		[1, "1h"],
		[1.5, "1.5h"],
		[2, "2h"],
		[0.5, "30 min"],
		[0.25, "15 min"],
		[1 / 3, "20 min"],
		[1.25, "1.25h"],
	])("%f hours is %j", (hours, text) => {
		expect(formatHours(hours)).toBe(text);
	});

	it.each<[string, number | null]>([
		["1h", 1],
		["1.5h", 1.5],
		["1,5h", 1.5],
		["2 hours", 2],
		["1 hour", 1],
		["2hrs", 2],
		["30 min", 0.5],
		["45 mins", 0.75],
		["90 minutes", 1.5],
		["90m", 1.5],
		["1H", 1],
		["lunch", null],
		["h", null],
		["-1h", null],
	])("%j reads as %p", (text, hours) => {
		expect(parseHoursText(text)).toBe(hours);
	});
});

describe("renderEntry / readEntryLine round trip", () => {
	const templates = [
		DEFAULT,
		"* {{date}} {{kind}}: {{summary}}",
		"+ {{date}} {{kind}} - {{summary}}",
		"- {{date}} with {{name}}: {{kind}} — {{summary}} [{{hours}}]",
		"- {{date}} {{kind}} — {{summary}} ({{hours}})",
		"- {{date}} {{kind}} — {{summary}} (with {{name}})",
		"- [[{{date}}]] {{kind}} — {{summary}}",
		"- {{date}} **{{kind}}** — {{summary}}",
		"- {{date}} — {{summary}} ({{kind}})",
	];

	it.each(templates)("%j is a valid template", (template) => {
		expect(validateTemplate(template)).toEqual({ ok: true });
	});

	// Summaries people write: dashes, colons and brackets inside, times that are not at the end.
	const word = fc.constantFrom("Coffee", "with", "Ada", "—", "-", ":", "(two)", "2h", "10", "min", "x:", "[note]", "#tag", "**bold**", "–", "Q1", "2026-11-20", "share", "(soon)", "李伟");
	const summary = fc
		.array(word, { minLength: 1, maxLength: 6 })
		.filter((w) => !["—", "-", ":", "–"].includes(w[0] ?? ""))
		.map((w) => w.join(" "));

	it.each(templates)("entries written with %j read back to the same date, kind, summary and hours (property)", (template) => {
		fc.assert(
			fc.property(
				fc.constantFrom("2026-11-20", "2024-02-29", "1999-12-31"),
				fc.constantFrom(...DEFAULT_SETTINGS.kinds.map((k) => k.name)),
				summary,
				fc.option(fc.constantFrom(0.25, 0.5, 1, 1.5, 2, 12)),
				fc.constantFrom("Ada", "Jean-Luc O'Neil", "李 伟", "Dana: CFO"),
				(date, kind, s, hours, name) => {
					const v = { date, kind, summary: s, hours: hours ?? null, name };
					const back = readEntryLine(template, renderEntry(template, v));
					expect(back).not.toBeNull();
					expect(sameEntry(back!, v)).toBe(true);
				},
			),
			{ numRuns: 300 },
		);
	});

	it("a hand-written entry in the generic shape still reads under a custom template", () => {
		expect(readEntryLine("- {{date}} with {{name}}: {{kind}} — {{summary}} [{{hours}}]", "- 2026-11-19 call — Quick sync (30 min)")).toEqual({
			date: "2026-11-19",
			kind: "call",
			summary: "Quick sync",
			hours: 0.5,
		});
	});

	it.each(["- not an entry", "2026-11-20 call — not a list item", "  - 2026-11-20 call — indented"])("%j is not an entry", (line) => {
		expect(readEntryLine(DEFAULT, line)).toBeNull();
	});
});

describe("validateTemplate rejects templates that would lose entries", () => {
	it.each<[string, string, RegExp]>([
		["no list marker", "{{date}} {{kind}} — {{summary}}", /list marker/],
		["no space after the marker", "-{{date}} {{kind}} — {{summary}}", /list marker/],
		["an indented marker", "  - {{date}} {{kind}} — {{summary}}", /list marker/],
		["an empty template", "", /list marker/],
		["a numbered list", "1. {{date}} {{kind}} — {{summary}}", /list marker/],
		["no {{date}}", "- {{kind}} — {{summary}}", /\{\{date\}\}/],
		["no {{kind}}", "- {{date}} — {{summary}}", /\{\{kind\}\}/],
		["no {{summary}}", "- {{date}} {{kind}}", /\{\{summary\}\}/],
		["{{date}} twice", "- {{date}} {{kind}} — {{summary}} {{date}}", /\{\{date\}\} exactly once/],
		["{{hours}} twice", "- {{date}} {{kind}} — {{summary}} {{hours}} {{hours}}", /\{\{hours\}\} only once/],
		["{{name}} twice", "- {{date}} {{name}} {{kind}} — {{summary}} {{name}}", /\{\{name\}\} only once/],
		["an unknown placeholder", "- {{date}} {{kind}} — {{summary}} {{mood}}", /unknown placeholder \{\{mood\}\}/],
		["two lines (LF)", "- {{date}} {{kind}}\n  {{summary}}", /one line/],
		["two lines (CRLF)", "- {{date}} {{kind}} — {{summary}}\r\n", /one line/],
		["placeholders run together", "- {{date}}{{kind}}{{summary}}", /does not read back/],
		["a name separated like the summary", "- {{date}} {{kind}} — {{summary}} — {{name}}", /does not read back/],
	])("%s: %j", (_why, template, message) => {
		const check = validateTemplate(template);
		expect(check.ok).toBe(false);
		if (!check.ok) expect(check.error).toMatch(message);
	});
});

describe("cleanSummary", () => {
	it.each([
		["  Coffee  ", "Coffee"],
		["Coffee\nand cake", "Coffee and cake"],
		["Coffee\r\n\r\nand\tcake", "Coffee and cake"],
	])("%j -> %j", (raw, clean) => {
		expect(cleanSummary(raw)).toBe(clean);
	});
});
