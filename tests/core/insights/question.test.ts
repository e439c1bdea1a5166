import { openQuestion, PLAIN_QUESTION, questionFromEntry, questionFromGoal } from "../../../src/core/insights/question";

describe("questionFromEntry: a plan in the newest entry", () => {
	it.each([
		["Sent the EU AI Act summary; they launch in Germany in Q1", "How is launching in Germany going?"],
		["Lunch in Berlin; they are hiring a regulatory lead", "How is hiring a regulatory lead going?"],
		["Coffee; their team is hiring two designers", "How is hiring two designers going?"],
		["She's moving to Lisbon next month.", "How is moving to Lisbon going?"],
		["Call: he is going to raise a seed round by March", "How is raising a seed round going?"],
		["Demo day; they plan to open a Munich office in early 2027", "How is opening a Munich office going?"],
		["they will ship their new app in the spring", "How is shipping your new app going?"],
		["She starts at [[Stripe|Stripe Berlin]] soon", "How is starting at Stripe Berlin going?"],
		["they expand", "How is expanding going?"],
	])("%s", (summary, question) => expect(questionFromEntry(summary)).toBe(question));

	it.each([
		["Caught up on their warehouse pilot"],
		["Coffee; she wants a payments-risk contact"],
		["they launch (beta in Q1"],
		['they launch "Atlas'],
		["they launch a product that will change how every hospital in the region handles its billing, scheduling and records"],
		[""],
	])("no question from %p", (summary) => expect(questionFromEntry(summary)).toBeNull());
});

describe("questionFromGoal", () => {
	it.each([
		["Close the Series A", "How is closing the Series A going?"],
		["Launch the diagnostics product in Germany in Q1", "How is launching the diagnostics product in Germany going?"],
		["Find a payments risk advisor.", "How is finding a payments risk advisor going?"],
		["Get promoted to VP by 2027", "How is getting promoted to VP going?"],
		["Roll out data contracts across the platform team", "How is rolling out data contracts across the platform team going?"],
		["Series A by March", 'What is the latest on "Series A by March"?'],
		["a calmer year", 'What is the latest on "a calmer year"?'],
	])("%s", (goal, question) => expect(questionFromGoal(goal)).toBe(question));

	it("gives up on a goal it cannot quote", () => {
		expect(questionFromGoal('the "big" one')).toBeNull();
		expect(questionFromGoal("   ")).toBeNull();
	});
});

describe("openQuestion", () => {
	it("asks from the newest entry first, then the goals, then plainly", () => {
		expect(openQuestion({ goals: ["Close the Series A"], newestSummary: "they launch in Germany in Q1" })).toEqual({ text: "How is launching in Germany going?", from: "entry" });
		expect(openQuestion({ goals: ['the "x', "Close the Series A"], newestSummary: "Caught up" })).toEqual({ text: "How is closing the Series A going?", from: "goal" });
		expect(openQuestion({ goals: [], newestSummary: null })).toEqual({ text: PLAIN_QUESTION, from: "plain" });
	});

	it("always gives a whole question", () => {
		const odd = ["they launch ;", "they ship ((", "their team is", "she's", "they launch in Q1", "— they hire —", "they open [[", "he raises ]]"];
		for (const s of odd) {
			const q = openQuestion({ goals: [], newestSummary: s }).text;
			expect(q).toMatch(/^[A-Z][^?]*\?$/);
			expect(q).not.toMatch(/\s\s|\s\?|\[|\]|\(|\)/);
		}
	});
});
