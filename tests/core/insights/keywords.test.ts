import { foldPlural, keySet, keywords, STOP_WORDS } from "../../../src/core/insights/keywords";

describe("foldPlural", () => {
	it.each([
		["investors", "investor"],
		["companies", "company"],
		["launches", "launch"],
		["boxes", "box"],
		["databases", "database"],
		["status", "status"],
		["analysis", "analysis"],
		["class", "class"],
		["famous", "famous"],
		["ads", "ads"],
		["robotics", "robotic"],
		["data", "data"],
	])("%s -> %s", (word, folded) => expect(foldPlural(word)).toBe(folded));
});

describe("keywords", () => {
	it.each([
		["intros to seed investors", ["seed", "investors"]],
		["EU AI regulation", ["eu", "ai", "regulation"]],
		["Close the Series A", ["close", "series"]],
		["Launch in Q1 2026", ["launch", "q1"]],
		["data-contracts and data platforms", ["data", "contracts", "platforms"]],
		["Zürich FINTECH", ["zürich", "fintech"]],
		["help with the new pricing", ["pricing"]],
		["#fintech/payments", ["fintech", "payments"]],
		["the of and", []],
	])("%s", (text, words) => expect(keywords(text).map((k) => k.word)).toEqual(words));

	it("folds case, accents and plurals in the compared form", () => {
		expect(keywords("Zürich Investors").map((k) => k.key)).toEqual(["zurich", "investor"]);
		expect([...keySet(["Investor intros", "INVESTORS"])]).toEqual(["investor"]);
	});

	it("leaves out the filler words every goal and offer shares", () => {
		for (const w of ["help", "advice", "intro", "find", "need", "the", "for"]) expect(STOP_WORDS.has(w)).toBe(true);
		expect(keywords("Find someone who can help")).toEqual([]);
	});
});
