/**
 * The adapter from today's Contact and assess() to the planner's plain input, and the load
 * forecast built on it.
 */
import { loadForecast } from "../../../src/core/plan/forecast";
import { DATED_DAYS_AHEAD, planInputOf, planInputs } from "../../../src/core/plan/input";
import { day, iso, settingsWith } from "../../support/builders";
import { ContactBuilder } from "../../support/contactBuilder";

const TODAY = day("2026-11-30");
const settings = settingsWith();

describe("planInputOf", () => {
	it("takes the last contact, the cadence as spans, the snooze, the busy periods and the dated promises", () => {
		const c = new ContactBuilder("Ada")
			.tier("A")
			.lastContact("2026-10-01")
			.touchpoint("2026-10-10", "share", "Sent the paper")
			.snoozeUntil("2026-12-05")
			.busy("2026-12-20..2027-01-03", "leave")
			.promise("2026-12-04", "Send the deck")
			.promise(null, "Someday")
			.build();
		const input = planInputOf(c, TODAY, settings);
		expect(input).toMatchObject({
			path: "People/Ada.md",
			name: "Ada",
			tier: "A",
			tierIndex: 0,
			lastContact: day("2026-10-10"),
			ideal: { count: 4, unit: "w" },
			max: { count: 6, unit: "w" },
			tierCadence: true,
			snoozeUntil: day("2026-12-05"),
			promises: [{ due: day("2026-12-04"), what: "Send the deck" }],
		});
		expect(input?.busy).toHaveLength(1);
		expect(input?.dated.map((d) => [d.kind, iso(d.day), d.label])).toEqual([["busy-ended", "2027-01-04", "leave"]]);
	});

	it("lists birthdays and yearly dates from today on, with the years, and the ends of recent and coming busy periods", () => {
		const c = new ContactBuilder("Chen")
			.tier("B")
			.birthday("1988-12-01")
			.date("2019-12-02", "joined Acme")
			.busy("11-01..11-20", "close")
			.build();
		const dated = planInputOf(c, TODAY, settings)?.dated ?? [];
		expect(dated.slice(0, 4).map((d) => [d.kind, iso(d.day), d.label, d.years])).toEqual([
			["busy-ended", "2026-11-21", "close", null], // ended 9 days ago: still a reason
			["birthday", "2026-12-01", "", 38],
			["date", "2026-12-02", "joined Acme", 7],
			["busy-ended", "2027-11-21", "close", null],
		]);
		// A busy period that ended 9 days ago is still a reason (within busyEndedDays, 14).
		const recent = planInputOf(new ContactBuilder("Jo").tier("B").busy("2026-11-01..2026-11-20").build(), TODAY, settings)?.dated ?? [];
		expect(recent.map((d) => iso(d.day))).toEqual(["2026-11-21"]);
		// Every yearly date within DATED_DAYS_AHEAD days, no further.
		for (const d of dated) expect(d.day - TODAY).toBeLessThanOrEqual(DATED_DAYS_AHEAD);
		expect(dated.filter((d) => d.kind === "birthday").map((d) => iso(d.day))).toEqual(["2026-12-01", "2027-12-01"]);
	});

	it("says whether the cadence is the tier's (re-tiering changes it) or the note's own", () => {
		expect(planInputOf(new ContactBuilder("A").tier("B").build(), TODAY, settings)?.tierCadence).toBe(true);
		expect(planInputOf(new ContactBuilder("B").tier("B").cadence("monthly").build(), TODAY, settings)?.tierCadence).toBe(false);
	});

	it("leaves out contacts that are not tracked", () => {
		expect(planInputOf(new ContactBuilder("Nobody").build(), TODAY, settings)).toBeNull();
		expect(planInputOf(new ContactBuilder("Odd").tier("Z").build(), TODAY, settings)).toBeNull();
		expect(planInputs([new ContactBuilder("Nobody").build(), new ContactBuilder("Ada").tier("A").build()], TODAY, settings).map((i) => i.name)).toEqual(["Ada"]);
	});
});

describe("loadForecast", () => {
	const tiers = ["A", "B", "C"];
	const build = (b: ContactBuilder) => planInputOf(b.build(), TODAY, settings);

	it("counts touchpoints falling due per week by tier, with no plan: overdue and new ones this week, each again a cadence later", () => {
		const inputs = [
			build(new ContactBuilder("Late").tier("A").lastContact("2026-09-01")), // overdue: this week, then every 4 weeks
			build(new ContactBuilder("New").tier("C")), // new: this week
			build(new ContactBuilder("Soon").tier("B").lastContact("2026-10-01")), // due December 10
		].filter((i) => i !== null);
		const weeks = loadForecast(inputs, TODAY, 6, tiers);
		expect(weeks.map((w) => iso(w.start))).toEqual(["2026-11-30", "2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28", "2027-01-04"]);
		expect(weeks.map((w) => w.tiers.map((t) => t.count).join(""))).toEqual(["101", "010", "000", "000", "100", "000"]);
		expect(weeks.map((w) => w.total)).toEqual([2, 1, 0, 0, 1, 0]);
		expect(weeks[0]?.tiers.map((t) => t.tier)).toEqual(tiers);
	});

	it("counts a contact that falls due while snoozed or busy on the day it is free again", () => {
		const snoozed = build(new ContactBuilder("S").tier("A").lastContact("2026-10-01").snoozeUntil("2026-12-16"));
		const busy = build(new ContactBuilder("B").tier("A").lastContact("2026-11-05").busy("2026-12-01..2026-12-20"));
		const weeks = loadForecast([snoozed, busy].filter((i) => i !== null), TODAY, 4, tiers);
		expect(weeks.map((w) => w.total)).toEqual([0, 0, 1, 1]);
	});
});
