/**
 * Cases a review of the engine against the note format and schedule rules found, each pinned by a test: number-like
 * tiers, the severity of values of the wrong shape, YAML error lines from every reader,
 * promises written as `date: text`, tiers with a broken cadence in settings, and templates
 * that would misread hand-written entries.
 */
import { parseFrontmatter } from "../../src/core/frontmatter";
import { loadSettings } from "../../src/core/settings";
import { validateTemplate } from "../../src/core/template";
import { contact, contactOf, settingsWith } from "../support/builders";

describe("tiers compare as text; numbers YAML already read match numerically", () => {
	const tiers = [
		{ name: "01", cadence: "2w", positiveEvery: "" },
		{ name: "1.5", cadence: "4w", positiveEvery: "" },
		{ name: "A", cadence: "6w", positiveEvery: "" },
	];
	it.each([
		["tier: 01", "01"],
		["tier: 1", "01"],
		["tier: 1.50", "1.5"],
		['tier: "01"', "01"],
		["tier: A", "A"],
	])("%s is tier %s", (line, name) => {
		expect(contactOf([line], { settings: settingsWith({ tiers }) }).tier).toBe(name);
	});

	it("a tier in another case is not the same tier", () => {
		const c = contactOf(["tier: a"]);
		expect(c.tier).toBeNull();
		expect(c.diagnostics).toEqual([expect.objectContaining({ severity: "error", message: expect.stringContaining('"a" is not a tier in settings (A, B, C)') as string })]);
	});
});

describe("text that is not a date is a value of the wrong shape (a warning)", () => {
	it.each([
		["last_contact: yesterday", "warning"],
		["birthday: March 14", "warning"],
		["snooze_until: soon", "warning"],
		["last_contact: 2026-02-30", "error"],
		["birthday: 02-30", "error"],
	])("%s is a %s", (line, severity) => {
		expect(contactOf(["tier: A", line]).diagnostics.map((d) => d.severity)).toEqual([severity]);
	});
});

// The CLI's reader names the same lines: tests/obsidian/readerParity.test.ts runs these notes
// through it too (core tests stay out of src/cli).
describe("YAML errors name the same line from every reader", () => {
	it.each([
		["---\ntier: A\nx: *nope\n---\n", 3],
		["---\n- a\n- b\n---\n", 2],
		["---\n\n\n- a\n---\n", 4],
		["---\ntier: [A\n---\n", 2],
		["---\na: 1\na: 2\n---\n", 3],
	])("%j: line %i", (text, line) => {
		const core = parseFrontmatter(text);
		expect(core.kind === "error" && core.problem.line).toBe(line);
		expect(contact(text, "People/Ada.md").diagnostics[0]?.line).toBe(line);
	});
});

describe("promises written as `- 2026-12-02: Send the deck`", () => {
	it("are read as a date and what was promised", () => {
		const c = contactOf(["tier: A", "promises:", "  - 2026-12-02: Send the deck", "  - 2026-02-30: Nothing"]);
		expect(c.promises.map((p) => [p.due !== null, p.what, p.raw])).toEqual([
			[true, "Send the deck", "2026-12-02: Send the deck"],
			[false, "Nothing", "2026-02-30: Nothing"],
		]);
		expect(c.diagnostics).toEqual([expect.objectContaining({ severity: "error", message: expect.stringContaining("2026-02-30 is not a date that exists") as string })]);
	});
});

describe("a tier whose cadence in settings does not parse", () => {
	it("is kept, and its contacts are untracked with an error that points at the settings", () => {
		const { settings } = loadSettings({ tiers: [{ name: "A", cadence: "often" }, { name: "B", cadence: "2w" }] });
		const c = contactOf(["tier: A", "last_contact: 2026-11-01"], { settings });
		expect(c.tier).toBe("A");
		expect(c.cadence).toBeNull();
		expect(c.diagnostics).toEqual([expect.objectContaining({ severity: "error", message: expect.stringContaining(`the settings' tier "A" has no usable cadence`) as string })]);
		expect(contactOf(["tier: A", "cadence: 3w"], { settings }).cadence).toEqual({ ideal: { count: 3, unit: "w" }, max: { count: 3, unit: "w" } });
	});
});

describe("templates that would misread hand-written entries are rejected", () => {
	it.each([
		["- {{date}} {{summary}} {{kind}}", /written by hand/],
		["- {{date}} {{name}} {{kind}} — {{summary}}", /written by hand/],
		["- {{date}} {{kind}} — {{summary}} {{hours}}", /does not read back/],
	])("%s", (template, error) => {
		const r = validateTemplate(template);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(error);
	});

	it.each(["- {{date}} {{kind}} {{summary}}", "- {{date}} {{kind}} with {{name}} — {{summary}}", "- [[{{date}}]] {{kind}}: {{summary}} ({{hours}})"])("accepts %s", (template) => {
		expect(validateTemplate(template)).toEqual({ ok: true });
	});
});
