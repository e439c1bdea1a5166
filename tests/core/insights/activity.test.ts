import { barCell, monthRuler, weekCell, weekLabel, weeklyCounts, weeksJson } from "../../../src/core/insights/activity";
import { day, iso } from "../../support/builders";

const today = day("2026-11-27");

describe("weeklyCounts", () => {
	it("counts entries in weeks that end today, oldest first", () => {
		const weeks = weeklyCounts([day("2026-11-27"), day("2026-11-21"), day("2026-11-20"), day("2026-11-14"), day("2026-11-13"), day("2026-12-01"), day("2026-01-01")], today, 3);
		expect(weeks.map((w) => [iso(w.start), iso(w.end), w.count])).toEqual([
			["2026-11-07", "2026-11-13", 1],
			["2026-11-14", "2026-11-20", 2],
			["2026-11-21", "2026-11-27", 2],
		]);
		expect(weeksJson(weeks)[0]).toEqual({ start: "2026-11-07", count: 1 });
		expect(weekLabel(weeks[0] as never)).toBe("Week of November 7");
	});

	it("has 52 weeks in the heatmap's year", () => {
		const weeks = weeklyCounts([], today, 52);
		expect(weeks).toHaveLength(52);
		expect(iso(weeks[0]?.start ?? 0)).toBe("2025-11-29");
	});
});

describe("text cells", () => {
	it.each([
		[0, "·"],
		[1, "1"],
		[9, "9"],
		[10, "+"],
	])("weekCell(%d) is %s", (n, c) => expect(weekCell(n)).toBe(c));

	it.each([
		[0, 5, " "],
		[1, 8, "▁"],
		[4, 8, "▄"],
		[8, 8, "█"],
		[1, 100, "▁"],
	])("barCell(%d, %d) is %s", (n, max, c) => expect(barCell(n, max)).toBe(c));

	it("names each month above the week that holds its first day, when it fits", () => {
		const weeks = weeklyCounts([], day("2026-03-31"), 13);
		const ruler = monthRuler(weeks);
		// 13 weeks that end on March 31 start on December 31: January 1 falls in the first.
		expect(iso(weeks[0]?.start ?? 0)).toBe("2025-12-31");
		expect(ruler).toBe("Jan Feb Mar");
		expect(ruler.indexOf("Feb")).toBe(4);
		expect(ruler.indexOf("Mar")).toBe(8);
	});
});
