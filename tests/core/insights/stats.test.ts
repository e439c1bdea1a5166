import { capacityOf } from "../../../src/core/capacity";
import { capacityWarnings, loadText, oneDecimal } from "../../../src/core/insights/capacityNotes";
import { stats } from "../../../src/core/insights/stats";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { ContactBuilder } from "../../support/contactBuilder";
import { day, settingsWith } from "../../support/builders";
import { profile } from "../../support/profiles";

const today = day("2026-11-27");

describe("stats", () => {
	const profiles = [
		// Tier A: one on cadence, one overdue, one new (counts as on cadence: not overdue).
		new ContactBuilder("Ada").tier("A").lastContact("2026-11-20").touchpoint("2026-11-20", "share", "Sent it", 1).touchpoint("2026-11-01", "ask"),
		new ContactBuilder("Bo").tier("A").lastContact("2026-09-01").touchpoint("2026-09-01", "ask").touchpoint("2026-08-01", "ask"),
		new ContactBuilder("Cy").tier("A"),
		// Tier B: snoozed, so not overdue although long silent.
		new ContactBuilder("Di").tier("B").lastContact("2025-01-01").snoozeUntil("2027-01-01").touchpoint("2026-11-25", "promise-kept", 'Kept "X", due 2026-11-24: 1 day late'),
		// No tier: counted, not tracked.
		new ContactBuilder("Ed").touchpoint("2026-11-26", "call"),
		// Drifting: weekly, silent for a month.
		new ContactBuilder("Fa").tier("C").touchpoint("2026-10-27", "call").touchpoint("2026-10-20", "call").touchpoint("2026-10-13", "call").touchpoint("2026-10-06", "call"),
	].map((b) => profile(b));
	const s = stats(profiles, today, DEFAULT_SETTINGS);

	it("counts contacts per tier and the share on cadence", () => {
		expect(s).toMatchObject({ contacts: 6, tracked: 5, untracked: 1 });
		expect(s.tiers).toEqual([
			{ tier: "A", contacts: 3, onCadence: 2, overdue: 1, share: 2 / 3 },
			{ tier: "B", contacts: 1, onCadence: 1, overdue: 0, share: 1 },
			{ tier: "C", contacts: 1, onCadence: 1, overdue: 0, share: 1 },
		]);
	});

	it("has the network's give and take and follow-through", () => {
		expect(s.balance).toMatchObject({ give: 2, ask: 3, neutral: 5, balance: -1, hoursGiven: 1 });
		expect(s.balance.negative.map((n) => n.name)).toEqual(["Bo"]);
		expect(s.followThrough).toMatchObject({ kept: 1, keptLate: 1, known: 1, lateShare: 1 });
	});

	it("lists the drifting contacts and the weeks", () => {
		expect(s.drifting).toEqual([{ name: "Fa", path: "People/Fa.md", drift: { usualGap: 7, silence: 31, drifting: true } }]);
		expect(s.weeks).toHaveLength(26);
		expect(s.weeks.reduce((n, w) => n + w.count, 0)).toBe(10);
	});

	it("has the capacity and no warning under it", () => {
		expect(s.capacity.tiers.map((t) => t.contacts)).toEqual([3, 1, 1]);
		expect(s.warnings).toEqual([]);
	});
});

describe("capacity in words", () => {
	const top = (n: number) => Array.from({ length: n }, (_, i) => new ContactBuilder(`P${i}`).tier("A").build());

	it("warns when the first tier holds more than topTierCapacity", () => {
		const settings = settingsWith({ topTierCapacity: 2 });
		expect(capacityWarnings(capacityOf(top(2), settings))).toEqual([]);
		expect(capacityWarnings(capacityOf(top(3), settings))).toEqual([
			"Tier A holds 3 contacts, more than the 2 you can keep close (topTierCapacity): move some to a lower tier.",
		]);
	});

	it("warns when the cadences ask for more touchpoints a week than the capacity", () => {
		const weekly = Array.from({ length: 4 }, (_, i) => new ContactBuilder(`W${i}`).tier("B").cadence("1w").build());
		const c = capacityOf(weekly, settingsWith({ weeklyCapacity: 3 }));
		expect(loadText(c)).toBe("4 touchpoints a week from your cadences, against a capacity of 3");
		expect(capacityWarnings(c)).toEqual([
			"Your cadences ask for 4 touchpoints a week, more than your capacity of 3 (weeklyCapacity): loosen some cadences or move contacts to a lower tier.",
		]);
		expect(capacityWarnings(capacityOf(weekly, settingsWith({ weeklyCapacity: 4 })))).toEqual([]);
	});

	it.each([
		[2.4444, "2.4"],
		[3, "3"],
		[2.96, "3"],
	])("oneDecimal(%d) is %s", (n, t) => expect(oneDecimal(n)).toBe(t));
});
