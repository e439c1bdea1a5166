import { addFollowThrough, followThrough, followThroughText, outcomeOf } from "../../../src/core/insights/followThrough";
import { keepPromise, movePromise } from "../../../src/core/edits/requests";
import { readLog } from "../../../src/core/log";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { contact, day, note } from "../../support/builders";

const kept = (summary: string) => ({ kind: "promise-kept", summary });
const moved = (summary: string) => ({ kind: "promise-moved", summary });

describe("outcomeOf", () => {
	it.each([
		[kept('Kept "Send the deck", due 2026-11-28: on time'), { kind: "kept", what: "Send the deck", timing: "on-time", daysLate: 0 }],
		[kept('Kept "Send the deck", due 2026-11-28: 1 day late'), { kind: "kept", what: "Send the deck", timing: "late", daysLate: 1 }],
		[kept('Kept "Say "hi" to Bo", due 2026-11-28: 12 days late'), { kind: "kept", what: 'Say "hi" to Bo', timing: "late", daysLate: 12 }],
		[kept('Kept "Intro to Bo"'), { kind: "kept", what: "Intro to Bo", timing: "unknown", daysLate: 0 }],
		[kept("Sent him the churn numbers"), { kind: "kept", what: null, timing: "unknown", daysLate: 0 }],
		[moved('Moved "Send the deck" from 2026-11-25 to 2026-12-18, before the deadline'), { kind: "moved", what: "Send the deck", timing: "before", daysAfter: 0 }],
		[moved('Moved "Send the deck" from 2026-11-25 to 2026-12-18, 2 days after the deadline'), { kind: "moved", what: "Send the deck", timing: "after", daysAfter: 2 }],
		[moved('Moved "Send the deck" from no date to 2026-12-18'), { kind: "moved", what: "Send the deck", timing: "unknown", daysAfter: 0 }],
		[moved("Pushed the deck to next week"), { kind: "moved", what: null, timing: "unknown", daysAfter: 0 }],
		[{ kind: "Promise-Kept", summary: 'Kept "X", due 2026-01-02: on time' }, { kind: "kept", what: "X", timing: "on-time", daysLate: 0 }],
	])("%o", (entry, outcome) => expect(outcomeOf(entry)).toEqual(outcome));

	it("ignores every other kind", () => {
		expect(outcomeOf({ kind: "share", summary: 'Kept "X", due 2026-01-02: on time' })).toBeNull();
	});

	it("reads what Tend's own keep and move write", () => {
		const text = note({ fm: ["tier: A", "promises:", "  - 2026-11-25 Send the deck", "  - 2026-11-20 Intro to Bo"], log: [] });
		const c = contact(text);
		const afterKeep = keepPromise(text, c.promises[1] ?? (c.promises[0] as never), day("2026-11-23"), DEFAULT_SETTINGS, "Ada");
		if (!afterKeep.ok) throw new Error(afterKeep.reason);
		const c2 = contact(afterKeep.text);
		const afterMove = movePromise(afterKeep.text, c2.promises[0] as never, day("2026-12-18"), day("2026-11-26"), DEFAULT_SETTINGS, "Ada");
		if (!afterMove.ok) throw new Error(afterMove.reason);
		const entries = readLog("People/Ada.md", afterMove.text, afterMove.text.indexOf("\n---") + 4, DEFAULT_SETTINGS, null).touchpoints;
		expect(entries.map(outcomeOf)).toEqual([
			{ kind: "moved", what: "Send the deck", timing: "after", daysAfter: 1 },
			{ kind: "kept", what: "Intro to Bo", timing: "late", daysLate: 3 },
		]);
	});
});

describe("followThrough", () => {
	const entries = [
		kept('Kept "A", due 2026-11-28: on time'),
		kept('Kept "B", due 2026-11-28: on time'),
		kept('Kept "C", due 2026-11-28: 3 days late'),
		moved('Moved "D" from 2026-11-25 to 2026-12-18, before the deadline'),
		moved('Moved "E" from 2026-11-25 to 2026-12-18, 2 days after the deadline'),
		kept("Sent the numbers"),
		{ kind: "share", summary: "Sent the paper" },
	];

	it("shares each deadline's fate among those with a known timing", () => {
		const f = followThrough(entries);
		expect(f).toMatchObject({ kept: 4, keptOnTime: 2, keptLate: 1, keptUnknown: 1, moved: 2, movedBefore: 1, movedAfter: 1, movedUnknown: 0, known: 5 });
		expect(f.onTimeShare).toBeCloseTo(0.4, 9);
		expect(f.renegotiatedShare).toBeCloseTo(0.2, 9);
		expect(f.lateShare).toBeCloseTo(0.4, 9);
		expect(followThroughText(f)).toBe("5 deadlines: 2 kept on time (40%), 1 renegotiated before the deadline (20%), 2 late (40%); 1 kept with no timing");
	});

	it("adds contacts up", () => {
		const total = addFollowThrough([followThrough(entries.slice(0, 3)), followThrough(entries.slice(3))]);
		expect(total).toEqual(followThrough(entries));
	});

	it("has no shares when nothing is known", () => {
		expect(followThrough([kept("Sent it")])).toMatchObject({ known: 0, onTimeShare: null, renegotiatedShare: null, lateShare: null });
		expect(followThroughText(followThrough([kept("Sent it"), moved("later")]))).toBe("1 kept and 1 moved with no timing");
		expect(followThroughText(followThrough([]))).toBe("none kept or moved yet");
	});
});
