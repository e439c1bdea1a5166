/**
 * More of finishEdit's checks, each pinned to its exact refusal: a plan that writes what it
 * planned but also loses or changes another property, and the words the refusals name the
 * changed properties with (none, one, or several).
 */
import { finishEdit, plan, type BodyPlan } from "../../../src/core/edits/plan";
import { parseNote } from "../../../src/core/frontmatter";

const NOTE = "---\ntier: A # why\nlast_contact: 2026-01-01\n---\n# Ada\n\n## Touchpoints\n";
const at = (what: string) => NOTE.indexOf(what);
const DATE = at("2026-01-01");
const writeDate = { from: DATE, to: DATE + 10, insert: "2026-11-27" };

describe("finishEdit refuses a plan that writes what it planned and touches another property too", () => {
	it.each([
		["loses it", { from: at("tier"), to: at("last_contact"), insert: "" }],
		["changes its value", { from: at("A #"), to: at("A #") + 1, insert: "B" }],
	])("%s", (_what, other) => {
		const r = finishEdit(parseNote(NOTE), [plan([other, writeDate], [["last_contact", "2026-11-27"]])]);
		expect(r).toEqual({ ok: false, reason: "Tend could not change last_contact without touching other properties; the note was not changed" });
	});
});

describe("the words a refusal names the changes with", () => {
	it("the note, when the parts set no property", () => {
		const body: BodyPlan = () => ({ ok: true, splice: { from: 1, to: 1, insert: "x" } });
		expect(finishEdit(parseNote(NOTE), [plan([writeDate], [])], { body })).toEqual({
			ok: false,
			reason: "Tend could not change the note and the log in one step; the note was not changed",
		});
	});

	it("every property the parts set, joined by and", () => {
		const r = finishEdit(parseNote(NOTE), [
			plan([writeDate], [["last_contact", "2026-11-27"]]),
			plan([{ from: DATE + 5, to: DATE + 7, insert: "12" }], [["tier", "B"]]),
		]);
		expect(r).toEqual({ ok: false, reason: "Tend could not change last_contact and tier in one step; the note was not changed" });
	});

	it("the property a plan of no splices does not already hold", () => {
		expect(finishEdit(parseNote(NOTE), [plan([], [["last_contact", "2026-11-27"]])])).toEqual({
			ok: false,
			reason: "Tend could not change last_contact; the note was not changed",
		});
	});
});
