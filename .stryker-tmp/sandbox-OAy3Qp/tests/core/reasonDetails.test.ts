/**
 * Reasons that must say the right thing: a promise reason carries its own promise, and a
 * birthday with a year after today gives no age (it was "turns -4").
 */
// @ts-nocheck

import { evaluate } from "../../src/core/schedule";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { contactOf, day } from "../support/builders";

const T = "2026-11-27";
const recent = ["tier: A", "last_contact: 2026-11-20"];

describe("promise reasons carry their promise", () => {
	it("two promises due the same day: each reason holds its own", () => {
		const c = contactOf([...recent, "promises:", "  - 2026-11-25 Send the deck", "  - 2026-11-25 Intro to Dana"], { today: T });
		const e = evaluate(c, day(T), DEFAULT_SETTINGS);
		const promised = e.reasons.filter((r) => r.kind === "promise-late");
		expect(promised.map((r) => r.promise?.what)).toEqual(["Send the deck", "Intro to Dana"]);
		expect(promised.map((r) => r.promise?.commitment.index)).toEqual([0, 1]);
		expect(promised.map((r) => r.promise)).toEqual([e.promises[0], e.promises[1]]);
	});

	it("other reasons carry none", () => {
		const c = contactOf(["tier: B", "last_contact: 2026-01-01", "birthday: --11-28"], { today: T });
		const e = evaluate(c, day(T), DEFAULT_SETTINGS);
		expect(e.reasons.map((r) => [r.kind, r.promise])).toEqual([
			["overdue", undefined],
			["birthday", undefined],
		]);
	});
});

describe("a birthday whose year lies after today", () => {
	it("is a warning on the birthday's line, and the reminder gives no age", () => {
		const c = contactOf([...recent, "birthday: 2030-11-29"], { today: T });
		expect(c.diagnostics).toEqual([
			{ path: "People/Ada Lovelace.md", severity: "warning", line: 4, message: "birthday 2030-11-29 is in the future; its day still reminds you, but no age is given" },
		]);
		const e = evaluate(c, day(T), DEFAULT_SETTINGS);
		expect(e.reasons).toEqual([{ kind: "birthday", text: "Birthday in 2 days (November 29)", day: day("2026-11-29") }]);
	});

	it("a birth date later this year is in the future too (no 'turns 0')", () => {
		const c = contactOf([...recent, "birthday: 2026-11-29"], { today: T });
		expect(c.diagnostics.map((d) => d.severity)).toEqual(["warning"]);
		expect(evaluate(c, day(T), DEFAULT_SETTINGS).reasons[0]?.text).toBe("Birthday in 2 days (November 29)");
	});

	it("without a today (no future check) the schedule still gives no negative age", () => {
		const c = contactOf([...recent, "birthday: 2030-11-29"]);
		expect(c.diagnostics).toEqual([]);
		expect(evaluate(c, day(T), DEFAULT_SETTINGS).reasons[0]?.text).toBe("Birthday in 2 days (November 29)");
	});

	it("a birth year in the past still gives the age", () => {
		const c = contactOf([...recent, "birthday: 1988-11-29"], { today: T });
		expect(c.diagnostics).toEqual([]);
		expect(evaluate(c, day(T), DEFAULT_SETTINGS).reasons[0]?.text).toBe("Birthday in 2 days (November 29), turns 38");
	});
});
