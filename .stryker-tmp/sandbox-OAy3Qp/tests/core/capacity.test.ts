// @ts-nocheck
import { parseCadence, type Cadence } from "../../src/core/cadence";
import { capacityOf, spanDays } from "../../src/core/capacity";
import { DEFAULT_SETTINGS, loadSettings } from "../../src/core/settings";

function cadence(text: string): Cadence {
	const parsed = parseCadence(text);
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.cadence;
}

const contact = (tierIndex: number, text: string | null) => ({ tierIndex, cadence: text === null ? null : cadence(text) });

describe("spanDays", () => {
	it.each([
		["1d", 1],
		["6w", 42],
		["3m", (146097 / 4800) * 3],
		["1y", 146097 / 400],
	])("%s is %d days", (text, days) => {
		expect(spanDays(cadence(text).ideal)).toBeCloseTo(days, 9);
	});
});

describe("capacityOf", () => {
	it("sums 7 / ideal days over tracked contacts, per tier and in all", () => {
		const c = capacityOf([contact(0, "4-6w"), contact(0, "7d"), contact(1, "10-13w"), contact(-1, null), contact(2, null)], DEFAULT_SETTINGS);
		expect(c.tiers.map((t) => t.contacts)).toEqual([2, 1, 0]);
		expect(c.tiers[0]?.weeklyLoad).toBeCloseTo(0.25 + 1, 9);
		expect(c.tiers[1]?.weeklyLoad).toBeCloseTo(0.1, 9);
		expect(c.impliedLoad).toBeCloseTo(1.35, 9);
		expect(c.capacity).toBe(10);
	});

	it("warns only when the first tier holds more than its capacity", () => {
		const settings = { ...DEFAULT_SETTINGS, topTierCapacity: 2 };
		expect(capacityOf([contact(0, "6w"), contact(0, "6w")], settings).topTier).toEqual({ tier: "A", contacts: 2, capacity: 2, over: false });
		expect(capacityOf([contact(0, "6w"), contact(0, "6w"), contact(0, "6w")], settings).topTier?.over).toBe(true);
	});
});

describe("capacity settings", () => {
	it("defaults: 10 touchpoints a week, a top tier of 15, Monday to Friday", () => {
		const { settings, problems } = loadSettings({});
		expect([settings.weeklyCapacity, settings.topTierCapacity, settings.reachOutDays]).toEqual([10, 15, [1, 2, 3, 4, 5]]);
		expect(problems).toEqual([]);
	});

	it("reads them, sorting the days and dropping repeats", () => {
		const { settings, problems } = loadSettings({ weeklyCapacity: 6, topTierCapacity: 12, reachOutDays: [5, 2, 2] });
		expect([settings.weeklyCapacity, settings.topTierCapacity, settings.reachOutDays]).toEqual([6, 12, [2, 5]]);
		expect(problems).toEqual([]);
	});

	it.each([
		[{ weeklyCapacity: 0 }, "weeklyCapacity"],
		[{ weeklyCapacity: 2.5 }, "weeklyCapacity"],
		[{ topTierCapacity: "15" }, "topTierCapacity"],
		[{ reachOutDays: [] }, "reachOutDays"],
		[{ reachOutDays: [0, 8] }, "reachOutDays"],
		[{ reachOutDays: "weekdays" }, "reachOutDays"],
	])("%j is an error that keeps the default", (data, setting) => {
		const { settings, problems } = loadSettings(data);
		expect(problems).toEqual([expect.objectContaining({ setting, severity: "error" })]);
		expect(settings[setting as "weeklyCapacity"]).toEqual(DEFAULT_SETTINGS[setting as "weeklyCapacity"]);
	});
});
