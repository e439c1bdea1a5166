import { shorten, suggest, type SuggestionInput } from "../../../src/core/insights/suggest";
import { day } from "../../support/builders";

const today = day("2026-11-27");

function input(over: Partial<SuggestionInput> = {}): SuggestionInput {
	return { reasons: [], promises: [], interests: [], goals: [], newest: null, asksSinceGive: 0, balance: 0, today, ...over };
}

const entry = (date: string, kind: string, summary: string, direction: "give" | "ask" | "neutral" = "neutral") => ({ day: day(date), kind, summary, direction });

describe("suggest: one rule each", () => {
	it.each([
		[
			"a late promise: tell them now",
			input({ promises: [{ due: day("2026-11-20"), what: "Send the EU AI Act summary", status: "late" }] }),
			{ kind: "promise-moved", text: '"Send the EU AI Act summary" is 7 days late: send it now, or tell them and agree a new date' },
		],
		[
			"a promise due soon: keep it",
			input({ promises: [{ due: day("2026-11-28"), what: "Introduce her to Marco", status: "soon" }] }),
			{ kind: "promise-kept", text: 'Keep your word: "Introduce her to Marco" is due tomorrow; if it will slip, tell them now' },
		],
		["a birthday", input({ reasons: [{ kind: "birthday", day: day("2026-12-01") }] }), { kind: "congrats", text: "Wish them a happy birthday on December 1" }],
		["a birthday today", input({ reasons: [{ kind: "birthday", day: today }] }), { kind: "congrats", text: "Wish them a happy birthday today" }],
		[
			"a yearly date, named",
			input({ reasons: [{ kind: "date", day: day("2026-12-02"), label: "joined Acme" }] }),
			{ kind: "congrats", text: 'Congratulate them on "joined Acme" on December 2' },
		],
		["a yearly date without a label", input({ reasons: [{ kind: "date", day: day("2026-12-02") }] }), { kind: "congrats", text: "Congratulate them on their yearly date on December 2" }],
		[
			"a busy period that ended, named",
			input({ reasons: [{ kind: "busy-ended", day: day("2026-11-20"), label: "fundraising" }] }),
			{ kind: "check-in", text: "Check in now that fundraising is over" },
		],
		["a busy period without a label", input({ reasons: [{ kind: "busy-ended", day: day("2026-11-20") }] }), { kind: "check-in", text: "Check in now that their busy period is over" }],
		[
			"an ask streak, with a goal to help with",
			input({ reasons: [{ kind: "ask-streak" }], asksSinceGive: 3, goals: ["Close the Series A"] }),
			{ kind: "help", text: 'You have asked 3 times since you last gave: offer help with "Close the Series A" before the next ask' },
		],
		[
			"a negative balance with asks since the last give",
			input({ balance: -1, asksSinceGive: 1 }),
			{ kind: "help", text: "You have asked once since you last gave: offer help or share something useful before the next ask" },
		],
		[
			"a recent entry: follow up on its subject",
			input({ newest: entry("2026-11-20", "share", "Sent the EU AI Act summary", "give"), interests: ["trail running"] }),
			{ kind: "check-in", text: "Follow up on: Sent the EU AI Act summary" },
		],
		[
			"a recent promise-kept entry: follow up on the promise",
			input({ newest: entry("2026-11-20", "promise-kept", 'Kept "Intro to Marco", due 2026-11-21: on time', "give") }),
			{ kind: "check-in", text: "Follow up on: Intro to Marco" },
		],
		[
			"an old entry and an interest: share about the interest",
			input({ newest: entry("2026-08-01", "call", "Caught up"), interests: ["trail running"] }),
			{ kind: "share", text: "Share something about trail running" },
		],
		[
			"a goal: share something that helps with it",
			input({ goals: ["Launch in Germany"] }),
			{ kind: "share", text: 'Share something that helps with "Launch in Germany"' },
		],
		["an old entry, no interests: follow up on it", input({ newest: entry("2026-06-01", "call", "Talked about the market") }), { kind: "check-in", text: "Follow up on: Talked about the market" }],
		["a recent promise-moved entry is not a subject", input({ newest: entry("2026-11-20", "promise-moved", 'Moved "X" from 2026-11-19 to 2026-12-01, 1 day after the deadline') }), { kind: "check-in", text: "Check in and ask what they are working on" }],
		["nothing known", input(), { kind: "check-in", text: "Check in and ask what they are working on" }],
	])("%s", (_name, given, expected) => expect(suggest(given)).toEqual(expected));
});

describe("suggest: the order of the rules", () => {
	const everything = input({
		promises: [
			{ due: day("2026-11-28"), what: "Soon", status: "soon" },
			{ due: day("2026-11-20"), what: "Late", status: "late" },
			{ due: null, what: "Open", status: "open" },
		],
		reasons: [{ kind: "birthday", day: day("2026-12-01") }, { kind: "busy-ended", day: day("2026-11-20"), label: "the close" }, { kind: "ask-streak" }],
		asksSinceGive: 3,
		balance: -3,
		newest: entry("2026-11-25", "ask", "Asked for a referral", "ask"),
		interests: ["chess"],
	});
	const without = (drop: (i: SuggestionInput) => Partial<SuggestionInput>) => suggest({ ...everything, ...drop(everything) }).kind;

	it("goes late promise, soon promise, date, busy ended, help, recent follow-up, share", () => {
		expect(suggest(everything).kind).toBe("promise-moved");
		expect(without((i) => ({ promises: i.promises.filter((p) => p.status !== "late") }))).toBe("promise-kept");
		expect(without(() => ({ promises: [] }))).toBe("congrats");
		expect(without((i) => ({ promises: [], reasons: i.reasons.filter((r) => r.kind !== "birthday") }))).toBe("check-in");
		expect(suggest({ ...everything, promises: [], reasons: [{ kind: "ask-streak" }] }).kind).toBe("help");
		expect(suggest({ ...everything, promises: [], reasons: [], balance: 0 }).text).toBe("Follow up on: Asked for a referral");
		expect(suggest({ ...everything, promises: [], reasons: [], balance: 0, newest: null }).kind).toBe("share");
	});

	it("the earliest of two dates first", () => {
		const s = suggest(input({ reasons: [{ kind: "date", day: day("2026-12-02"), label: "joined Acme" }, { kind: "birthday", day: day("2026-11-29") }] }));
		expect(s.text).toBe("Wish them a happy birthday on November 29");
	});
});

describe("suggest: the interest named turns over", () => {
	const topics = { interests: ["robotics", "climbing", "Sichuan cooking"], goals: ["Hire two designers"] };

	it("names every interest and goal over a few weeks, not always the first", () => {
		const seen = new Set<string>();
		for (let w = 0; w < 8; w++) seen.add(suggest(input({ ...topics, today: today + 7 * w })).text);
		expect(seen).toEqual(
			new Set(["Share something about robotics", "Share something about climbing", "Share something about Sichuan cooking", 'Share something that helps with "Hire two designers"']),
		);
	});

	it("stays the same within a week (Monday to Sunday) and for the same contact", () => {
		const monday = day("2026-11-23");
		const texts = [0, 1, 2, 3, 4, 5, 6].map((d) => suggest(input({ ...topics, today: monday + d, seed: "People/Chen.md" })).text);
		expect(new Set(texts).size).toBe(1);
		expect(suggest(input({ ...topics, today: monday + 7, seed: "People/Chen.md" })).text).not.toBe(texts[0]);
	});

	it("differs between contacts on the same day", () => {
		const texts = ["People/A.md", "People/B.md", "People/C.md", "People/D.md", "People/E.md"].map((seed) => suggest(input({ ...topics, seed })).text);
		expect(new Set(texts).size).toBeGreaterThan(1);
	});
});

describe("shorten", () => {
	it("cuts a long subject at a word, with an ellipsis", () => {
		const long = "Sent the EU AI Act summary, the German reimbursement notes and the list of regulatory leads we talked about";
		const s = shorten(long);
		expect(s.length).toBeLessThanOrEqual(80);
		expect(s).toBe("Sent the EU AI Act summary, the German reimbursement notes and the list of…");
		expect(shorten("  short   text ")).toBe("short text");
	});
});
