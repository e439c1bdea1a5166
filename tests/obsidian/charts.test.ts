/**
 * @jest-environment jsdom
 *
 * The SVG charts of src/obsidian/charts.ts, built with Obsidian's DOM helpers (the fake
 * installs them on jsdom as Obsidian does): shapes, scale, accessible names, tooltips, and no
 * markup parsed from the data.
 */
import { barChart, heatLevel, heatmap } from "../../src/obsidian/charts";
import { weekLabel, weeklyCounts } from "../../src/core/insights/activity";
import { parseIsoDay } from "../../src/core/calendar";
import "./fakeObsidian";

const SVG = "http://www.w3.org/2000/svg";

afterEach(() => document.body.empty());

describe("barChart", () => {
	it("draws a bar per value, scaled to the largest, with an accessible title and tooltips", () => {
		const host = document.body.createDiv();
		const svg = barChart(host, [{ label: "Week of November 7", value: 1 }, { label: "Week of November 14", value: 0 }, { label: "Week of November 21", value: 4 }], { title: "Touchpoints a week", unit: "touchpoint" });
		expect(svg.namespaceURI).toBe(SVG);
		expect(svg.parentElement).toBe(host);
		expect(svg.getAttribute("role")).toBe("img");
		expect(svg.getAttribute("aria-label")).toBe("Touchpoints a week");
		expect(svg.querySelector(":scope > title")?.textContent).toBe("Touchpoints a week");
		expect(svg.getAttribute("viewBox")).toBe("0 0 28 41");
		const bars = [...svg.querySelectorAll("rect.tend-chart-bar")];
		expect(bars.map((b) => b.getAttribute("height"))).toEqual(["10", "0", "40"]);
		expect(bars.map((b) => b.getAttribute("y"))).toEqual(["30", "40", "0"]);
		expect(bars.map((b) => b.querySelector("title")?.textContent)).toEqual(["Week of November 7: 1 touchpoint", "Week of November 14: 0 touchpoints", "Week of November 21: 4 touchpoints"]);
		expect(svg.querySelector("line.tend-chart-baseline")).not.toBeNull();
	});

	it("keeps a tiny value visible and draws nothing for an empty chart", () => {
		const svg = barChart(document.body, [{ label: "a", value: 1 }, { label: "b", value: 500 }], { title: "t" });
		expect(svg.querySelector("rect")?.getAttribute("height")).toBe("1");
		const empty = barChart(document.body, [], { title: "Nothing yet" });
		expect(empty.querySelectorAll("rect")).toHaveLength(0);
		expect(empty.getAttribute("aria-label")).toBe("Nothing yet");
	});

	it("puts text from notes in as text, never as markup", () => {
		const svg = barChart(document.body, [{ label: '<img src=x onerror="alert(1)">', value: 2 }], { title: "<b>bold</b>", cls: "extra more" });
		expect(svg.querySelector("img, b")).toBeNull();
		expect(svg.querySelector("rect title")?.textContent).toBe('<img src=x onerror="alert(1)">: 2');
		expect(svg.classList.contains("extra")).toBe(true);
		expect(svg.classList.contains("tend-chart-bars")).toBe(true);
	});
});

describe("heatmap", () => {
	it("draws 52 weeks of a contact's year in rows, each cell shaded by its level", () => {
		const today = parseIsoDay("2026-11-27") as number;
		const weeks = weeklyCounts([today, today - 1, today - 2, today - 8, today - 100], today, 52);
		const svg = heatmap(
			document.body,
			weeks.map((w) => ({ label: weekLabel(w), value: w.count })),
			{ title: "Touchpoints, last 12 months", unit: "touchpoint", columns: 26 },
		);
		const cells = [...svg.querySelectorAll("rect.tend-heat-cell")];
		expect(cells).toHaveLength(52);
		expect(svg.getAttribute("viewBox")).toBe(`0 0 ${26 * 12 - 2} ${2 * 12 - 2}`);
		const last = cells[51] as Element;
		expect(last.getAttribute("x")).toBe(String(25 * 12));
		expect(last.getAttribute("y")).toBe("12");
		expect(last.classList.contains("tend-heat-4")).toBe(true);
		expect(last.querySelector("title")?.textContent).toBe("Week of November 21: 3 touchpoints");
		expect(cells.filter((c) => c.classList.contains("tend-heat-0"))).toHaveLength(49);
		expect(cells[50]?.classList.contains("tend-heat-2")).toBe(true);
	});

	it.each([
		[0, 4, 0],
		[1, 4, 1],
		[2, 4, 2],
		[3, 4, 3],
		[4, 4, 4],
		[1, 100, 1],
		[5, 0, 0],
	])("heatLevel(%d, %d) is %d", (value, max, level) => expect(heatLevel(value, max)).toBe(level));
});
