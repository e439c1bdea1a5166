/**
 * finishEdit, where every edit is put together and checked: a plan whose splices would change
 * anything but the planned properties, or parts that collide, is refused, never written.
 */
// @ts-nocheck

import { finishEdit, plan, type BodyPlan } from "../../../src/core/edits/plan";
import { parseNote } from "../../../src/core/frontmatter";

const NOTE = "---\ntier: A # why\nlast_contact: 2026-01-01\n---\n# Ada\n\n## Touchpoints\n";
const at = (text: string, what: string) => text.indexOf(what);

describe("finishEdit", () => {
	it("applies the planned splices and hands back the checked properties", () => {
		const from = at(NOTE, "2026-01-01");
		const r = finishEdit(parseNote(NOTE), [plan([{ from, to: from + 10, insert: "2026-11-27" }], [["last_contact", "2026-11-27"]])]);
		expect(r).toEqual({
			ok: true,
			text: NOTE.replace("2026-01-01", "2026-11-27"),
			splices: [{ from, to: from + 10, insert: "2026-11-27" }],
			frontmatter: { tier: "A", last_contact: "2026-11-27" },
			warnings: [],
		});
	});

	it.each<[string, number, number, string]>([
		["a splice that changes another property", at(NOTE, "A #"), at(NOTE, "A #") + 1, "B"],
		["a splice that breaks the YAML", at(NOTE, "2026-01-01"), at(NOTE, "2026-01-01") + 10, "[2026-11-27"],
		["a splice that writes a different value than planned", at(NOTE, "2026-01-01"), at(NOTE, "2026-01-01") + 10, "2026-11-28"],
		["a splice that removes the closing fence", at(NOTE, "---\n#"), at(NOTE, "---\n#") + 4, ""],
	])("refuses %s, because the re-parse shows it", (_what, from, to, insert) => {
		const r = finishEdit(parseNote(NOTE), [plan([{ from, to, insert }], [["last_contact", "2026-11-27"]])]);
		expect(r).toEqual({ ok: false, reason: "Tend could not change last_contact without touching other properties; the note was not changed" });
	});

	it("refuses a plan whose splices change nothing when the note does not already hold the value", () => {
		expect(finishEdit(parseNote(NOTE), [plan([], [["last_contact", "2026-11-27"]])]).ok).toBe(false);
		expect(finishEdit(parseNote(NOTE), [plan([], [["last_contact", "2026-01-01"]])])).toMatchObject({ ok: true, text: NOTE, splices: [] });
	});

	it("a set whose splice writes back the same bytes still has to hold, with a log entry too", () => {
		const from = at(NOTE, "2026-01-01");
		const same = plan([{ from, to: from + 10, insert: "2026-01-01" }], [["last_contact", "2026-12-31"]]);
		const body: BodyPlan = (t) => ({ ok: true, splice: { from: t.length, to: t.length, insert: "- 2026-11-27 call — x\n" } });
		expect(finishEdit(parseNote(NOTE), [same], { body }).ok).toBe(false);
	});

	it("refuses parts that overlap", () => {
		const from = at(NOTE, "2026-01-01");
		const r = finishEdit(parseNote(NOTE), [
			plan([{ from, to: from + 10, insert: "2026-11-27" }], [["last_contact", "2026-11-27"]]),
			plan([{ from: from + 5, to: from + 7, insert: "12" }], [["last_contact", "2026-12-01"]]),
		]);
		expect(r).toEqual({ ok: false, reason: "Tend could not change last_contact in one step; the note was not changed" });
	});

	it("refuses a body part that would land inside the frontmatter changes", () => {
		const from = at(NOTE, "2026-01-01");
		const body: BodyPlan = () => ({ ok: true, splice: { from: 1, to: 1, insert: "x" } });
		const r = finishEdit(parseNote(NOTE), [plan([{ from, to: from + 10, insert: "2026-11-27" }], [["last_contact", "2026-11-27"]])], { body });
		expect(r.ok).toBe(false);
	});

	it("refuses a body part that would move the end of the frontmatter", () => {
		const text = "---\ntier: A\n---\n# Ada\n";
		const body: BodyPlan = () => ({ ok: true, splice: { from: 4, to: 4, insert: "---\n" } });
		expect(finishEdit(parseNote(text), [], { body })).toEqual({ ok: false, reason: "the new entry would change where the frontmatter ends; the note was not changed" });
		const opens: BodyPlan = (t) => ({ ok: true, splice: { from: t.length, to: t.length, insert: "---\n" } });
		expect(finishEdit(parseNote("---\ntier: A\n"), [], { body: opens }).ok).toBe(false);
	});

	it("moves a body part planned after a new block back into the old text's offsets", () => {
		const block = { from: 0, to: 0, insert: "---\nlast_contact: 2026-11-27\n---\n" };
		const body: BodyPlan = (t) => ({ ok: true, splice: { from: t.length, to: t.length, insert: "\n## Touchpoints\n- entry\n" } });
		const r = finishEdit(parseNote("# Ada\n"), [plan([block], [["last_contact", "2026-11-27"]])], { body });
		expect(r).toMatchObject({
			ok: true,
			text: "---\nlast_contact: 2026-11-27\n---\n# Ada\n\n## Touchpoints\n- entry\n",
			splices: [block, { from: 6, to: 6, insert: "\n## Touchpoints\n- entry\n" }],
		});
	});

	it("refuses a note whose frontmatter does not parse, naming the line", () => {
		expect(finishEdit(parseNote("---\na: [1\n---\n"), [])).toEqual({ ok: false, reason: expect.stringMatching(/^its frontmatter does not parse \(line 2: /) as string, line: 2 });
	});
});
