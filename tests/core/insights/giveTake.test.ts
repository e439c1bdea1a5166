import { askNote, askNoteDue, asksSinceGive, giveTake, hoursText, networkBalance, times, yearWindowStart } from "../../../src/core/insights/giveTake";
import { ContactBuilder } from "../../support/contactBuilder";
import { day, iso } from "../../support/builders";

const today = day("2026-11-27");
const log = (...entries: [string, string, number?][]) => {
	const b = new ContactBuilder("Ben");
	for (const [date, kind, hours] of entries) b.touchpoint(date, kind, "", hours ?? null);
	return b.build().touchpoints;
};

describe("giveTake", () => {
	it("counts give, ask and neutral entries of the last 12 months, and the hours", () => {
		const g = giveTake(
			log(["2026-11-20", "share", 1], ["2026-10-02", "ask"], ["2026-09-14", "call", 0.5], ["2026-07-01", "help", 2], ["2025-11-27", "share", 3], ["2025-11-28", "ask"]),
			today,
		);
		expect(g).toEqual({ give: 2, ask: 2, neutral: 1, hoursGiven: 3, hours: 3.5, balance: 0, asksSinceGive: 0, hasGiven: true });
	});

	it("starts the window the day after the same day 12 months ago, and ends it today", () => {
		expect(iso(yearWindowStart(today))).toBe("2025-11-28");
		expect(iso(yearWindowStart(day("2028-02-29")))).toBe("2027-03-01");
		expect(giveTake(log(["2026-12-01", "share"], ["2025-11-27", "share"]), today)).toMatchObject({ give: 0, hasGiven: true });
	});

	it.each([
		["no entries", [], 0],
		["asks only", [["2026-11-01", "ask"], ["2026-10-01", "ask"]], 2],
		["asks after the newest give", [["2026-11-01", "ask"], ["2026-10-20", "ask"], ["2026-10-01", "share"], ["2026-09-01", "ask"]], 2],
		["a give on the same day as an ask counts as after it", [["2026-11-01", "ask"], ["2026-11-01", "help"]], 0],
		["neutral entries do not reset", [["2026-11-01", "ask"], ["2026-10-20", "call"], ["2026-10-01", "ask"]], 2],
		["an ask older than 12 months still waits for a give", [["2025-01-01", "ask"]], 1],
	] as [string, [string, string][], number][])("asksSinceGive: %s", (_name, entries, n) => {
		expect(asksSinceGive(log(...entries))).toBe(n);
	});
});

describe("the gentle note after an ask", () => {
	it.each([
		[{ balance: -1, asksSinceGive: 3 }, true],
		[{ balance: 0, asksSinceGive: 3 }, false],
		[{ balance: -1, asksSinceGive: 0 }, false],
	])("%o: %s", (g, due) => expect(askNoteDue(g)).toBe(due));

	it("says how many asks are waiting for a give", () => {
		expect(askNote({ asksSinceGive: 3, hasGiven: true })).toBe("You have asked 3 times since you last gave; offer something before the next ask.");
		expect(askNote({ asksSinceGive: 2, hasGiven: true }, "Ben Carter")).toBe("You have asked Ben Carter twice since you last gave; offer something before the next ask.");
		expect(askNote({ asksSinceGive: 1, hasGiven: false }, "Kemi")).toBe("You have asked Kemi once and not given anything yet; offer something before the next ask.");
		expect(times(4)).toBe("4 times");
	});
});

describe("networkBalance", () => {
	it("adds every contact up and lists those you asked more of than you gave, most negative first", () => {
		const items = [
			{ contact: { name: "Ben", path: "People/Ben.md" }, entries: log(["2026-11-01", "ask"], ["2026-10-01", "ask"]) },
			{ contact: { name: "Ada", path: "People/Ada.md" }, entries: log(["2026-11-01", "share", 1.5], ["2026-10-01", "share"], ["2026-09-01", "ask"]) },
			{ contact: { name: "Cy", path: "People/Cy.md" }, entries: log(["2026-11-01", "ask"], ["2026-10-02", "meeting", 1]) },
		];
		const n = networkBalance(items, today);
		expect(n).toMatchObject({ give: 2, ask: 4, neutral: 1, hoursGiven: 1.5, hours: 2.5, balance: -2 });
		expect(n.negative).toEqual([
			{ name: "Ben", path: "People/Ben.md", balance: -2, asksSinceGive: 2 },
			{ name: "Cy", path: "People/Cy.md", balance: -1, asksSinceGive: 1 },
		]);
	});

	it.each([
		[0, "0 h"],
		[0.75, "45 min"],
		[1.5, "1.5 h"],
		[2.04, "2 h"],
	])("hoursText(%d) is %s", (h, text) => expect(hoursText(h)).toBe(text));
});
