import { brief, comingDates, suggestionInput } from "../../../src/core/insights/brief";
import { evaluate } from "../../../src/core/schedule";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { ContactBuilder } from "../../support/contactBuilder";
import { day, iso, settingsWith } from "../../support/builders";
import { profile } from "../../support/profiles";

const today = day("2026-11-27");

const amara = () =>
	new ContactBuilder("Amara Okafor")
		.tier("A")
		.lastContact("2026-10-05")
		.interests("EU AI regulation", "trail running")
		.goals("Launch the diagnostics product in Germany in Q1")
		.promise("2026-11-20", "Send the EU AI Act summary")
		.birthday("1988-12-01")
		.date("2019-12-02", "joined Lumen")
		.touchpoint("2026-10-05", "meeting", "Lunch in Berlin; they are hiring a regulatory lead", 1.5)
		.touchpoint("2026-08-28", "share", "Sent the Sifted piece", 1)
		.touchpoint("2026-07-14", "congrats", "Congratulated her on the Series B")
		.touchpoint("2026-06-02", "promise-kept", 'Kept "Send the reading list", due 2026-06-05: on time')
		.touchpoint("2025-11-01", "ask", "Asked for an intro");

describe("brief", () => {
	const b = brief(profile(amara()), today, DEFAULT_SETTINGS);

	it("has the status, the reasons and the suggestion", () => {
		expect(b.evaluation.status).toBe("overdue");
		expect(b.reasons.map((r) => r.kind)).toEqual(["overdue", "promise-late", "birthday", "date"]);
		expect(b.suggestion).toEqual({ kind: "promise-moved", text: '"Send the EU AI Act summary" is 7 days late: send it now, or tell them and agree a new date' });
	});

	it("asks one question from the newest entry", () => {
		expect(b.question).toEqual({ text: "How is hiring a regulatory lead going?", from: "entry" });
	});

	it("keeps the last 3 entries, newest first, and the open promises", () => {
		expect(b.lastEntries.map((t) => t.date)).toEqual(["2026-10-05", "2026-08-28", "2026-07-14"]);
		expect(b.promises.map((p) => [p.what, p.status])).toEqual([["Send the EU AI Act summary", "late"]]);
	});

	it("lists the coming dates with their years", () => {
		expect(b.comingDates.map((d) => [d.kind, d.label, iso(d.day), d.years])).toEqual([
			["birthday", "Birthday", "2026-12-01", 38],
			["date", "joined Lumen", "2026-12-02", 7],
		]);
	});

	it("has give and take, follow-through and the 12-month heatmap", () => {
		expect(b.giveTake).toMatchObject({ give: 3, ask: 0, neutral: 1, hoursGiven: 1, hours: 2.5, balance: 3 });
		expect(b.followThrough).toMatchObject({ kept: 1, keptOnTime: 1, known: 1 });
		expect(b.heatmap).toHaveLength(52);
		expect(b.heatmap.reduce((n, w) => n + w.count, 0)).toBe(4);
	});

	it("adds drifting to the reasons when the silence is well past the usual gap", () => {
		const c = new ContactBuilder("Isabel").tier("C").touchpoint("2026-08-01", "thanks").touchpoint("2026-07-01", "call").touchpoint("2026-06-02", "call").touchpoint("2026-05-01", "call");
		const r = brief(profile(c), today, DEFAULT_SETTINGS);
		expect(r.evaluation.status).toBe("ok");
		expect(r.drift).toEqual({ usualGap: 31, silence: 118, drifting: true });
		expect(r.reasons).toEqual([{ kind: "drifting", text: "Drifting: usually every 31 days; 118 days now" }]);
	});

	it("reads an oldest-first log newest first", () => {
		const c = new ContactBuilder("Ola").tier("A").touchpoint("2026-01-01", "call", "first").touchpoint("2026-11-01", "call", "they launch in Spain");
		const r = brief(profile(c, {}, settingsWith({ logOrder: "oldest-first" })), today, settingsWith({ logOrder: "oldest-first" }));
		expect(r.lastEntries.map((t) => t.summary)).toEqual(["they launch in Spain", "first"]);
		expect(r.question.text).toBe("How is launching in Spain going?");
	});
});

describe("suggestionInput", () => {
	it("finds the labels of yearly dates and busy periods again", () => {
		const c = new ContactBuilder("Jonas").tier("B").lastContact("2026-10-20").busy("10-01..11-20", "fundraising").date("2019-11-30", "founded Tidewater");
		const p = profile(c);
		const input = suggestionInput(p, evaluate(p.contact, today, DEFAULT_SETTINGS), today, DEFAULT_SETTINGS);
		expect(input.reasons).toEqual([
			{ kind: "date", day: day("2026-11-30"), label: "founded Tidewater" },
			{ kind: "busy-ended", day: day("2026-11-20"), label: "fundraising" },
		]);
		expect(input.seed).toBe("People/Jonas.md");
	});
});

describe("comingDates", () => {
	it("gives the next occurrence, today included, and no age without a year", () => {
		const c = new ContactBuilder("Ana").birthday("--11-27").date("03-01", "").build();
		expect(comingDates(c, today).map((d) => [iso(d.day), d.years])).toEqual([
			["2026-11-27", null],
			["2027-03-01", null],
		]);
	});
});
