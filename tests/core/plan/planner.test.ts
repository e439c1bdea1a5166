/**
 * The weekly plan's choices, as tables of small networks: ties, capacity below and above
 * the implied load, busy periods, promises and birthdays on their days, snoozes, an early
 * touchpoint moving the rest, levelling, and the advice. Contacts are built with the
 * ContactBuilder and go through the adapter (`planInputs`), as the CLI and the view do.
 * 2026-11-30 is a Monday.
 */
import { capacityOf } from "../../../src/core/capacity";
import type { Contact } from "../../../src/core/contact";
import { planInputs } from "../../../src/core/plan/input";
import { planOptionsOf, weeklyPlan, type PlanOptions, type PlannedTouchpoint, type WeeklyPlan } from "../../../src/core/plan/planner";
import type { TendSettings } from "../../../src/core/settings";
import { day, iso, settingsWith } from "../../support/builders";
import { ContactBuilder } from "../../support/contactBuilder";

const MONDAY = "2026-11-30";

interface Setup {
	capacity: number;
	weeks?: number;
	reach?: number[];
	settings?: TendSettings;
	today?: string;
	lookahead?: number;
}

function planOf(contacts: (ContactBuilder | Contact)[], setup: Setup): WeeklyPlan {
	const settings = setup.settings ?? settingsWith();
	const today = day(setup.today ?? MONDAY);
	const built = contacts.map((c) => (c instanceof ContactBuilder ? c.build(settings) : c));
	const options: PlanOptions = {
		...planOptionsOf(settings, { capacity: setup.capacity, weeks: setup.weeks ?? 8 }),
		reachOutDays: setup.reach ?? [1, 2, 3, 4, 5],
		lookaheadWeeks: setup.lookahead,
	};
	return weeklyPlan(planInputs(built, today, settings), today, options);
}

function all(plan: WeeklyPlan): PlannedTouchpoint[] {
	return plan.weeks.flatMap((w) => w.touchpoints);
}

/** Each week's touchpoints as "name day kind". */
function table(plan: WeeklyPlan): string[][] {
	return plan.weeks.map((w) => w.touchpoints.map((t) => `${t.contact.name} ${iso(t.day) ?? ""} ${t.kind}`));
}

/** The days a contact is planned on. */
function daysOf(plan: WeeklyPlan, name: string): string[] {
	return all(plan)
		.filter((t) => t.contact.name === name)
		.map((t) => iso(t.day) ?? "");
}

const a = (name: string) => new ContactBuilder(name).tier("A");

describe("ties", () => {
	it("go by tier, then name, then path", () => {
		// Three overdue A contacts, one slot a week on Mondays: Al, Bo, Cy in that order.
		const contacts = [a("Cy").lastContact("2026-10-01"), a("Al").lastContact("2026-10-01"), a("Bo").lastContact("2026-10-01")];
		expect(table(planOf(contacts, { capacity: 1, weeks: 3, reach: [1] }))).toEqual([["Al 2026-11-30 overdue"], ["Bo 2026-12-07 overdue"], ["Cy 2026-12-14 overdue"]]);
		// A B contact with the same window as an A one (its own cadence) comes after it, whatever its name.
		const tiers = [a("Zed").lastContact("2026-10-01"), new ContactBuilder("Abe").tier("B").cadence("4-6w").lastContact("2026-10-01")];
		expect(table(planOf(tiers, { capacity: 1, weeks: 2, reach: [1] }))).toEqual([["Zed 2026-11-30 overdue"], ["Abe 2026-12-07 overdue"]]);
		// The same name in two folders: the path decides.
		const paths = [a("People/y/Al.md").lastContact("2026-10-01"), a("People/x/Al.md").lastContact("2026-10-01")];
		const plan = planOf(paths, { capacity: 1, weeks: 2, reach: [1] });
		expect(plan.weeks.map((w) => w.touchpoints.map((t) => t.contact.path))).toEqual([["People/x/Al.md"], ["People/y/Al.md"]]);
	});

	it("order names as the collator does: case, accents and numbers, and names only the collator can order", () => {
		const names = ["ada 10", "Ada 9", "Émile", "emil", "Øystein", "Oz", "o'Brien", "O Brien", "Zoë", "zoe", "李雷", "Bo"];
		const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
		const contacts = names.map((n) => a(n).lastContact("2026-10-01").build());
		const expected = [...contacts].sort((x, y) => collator.compare(x.name, y.name) || (x.path < y.path ? -1 : 1)).map((c) => c.name);
		const plan = planOf(contacts, { capacity: 1, weeks: names.length, reach: [1] });
		expect(plan.weeks.map((w) => w.touchpoints.map((t) => t.contact.name)[0])).toEqual(expected);
	});

	it("do not depend on the order the contacts come in", () => {
		const make = () => ["Ann", "Bob", "Cid", "Dee", "Eve", "Fay"].map((n, i) => a(n).lastContact(`2026-10-${String(10 + i).padStart(2, "0")}`).build());
		const forward = make();
		const plan = planOf(forward, { capacity: 2 });
		expect(planOf([...make()].reverse(), { capacity: 2 })).toEqual(plan);
	});
});

describe("capacity above the implied load", () => {
	const contacts = [
		a("Ada").lastContact("2026-11-02"),
		a("Ben").lastContact("2026-11-09"),
		new ContactBuilder("Cas").tier("B").lastContact("2026-09-20"),
		new ContactBuilder("Dot").tier("C").lastContact("2026-06-20"),
		new ContactBuilder("Eli").tier("C"),
	];
	const plan = planOf(contacts, { capacity: 10 });

	it("keeps every window and gives no advice", () => {
		expect(plan.lapses).toEqual([]);
		expect(plan.advice).toEqual([]);
		for (const t of all(plan)) if (t.dueDate !== null && t.overdueDate !== null) expect(t.day >= t.dueDate && t.day <= t.overdueDate).toBe(true);
	});

	it("reaches everyone due inside the weeks shown, a new contact within its window's width", () => {
		expect(daysOf(plan, "Ada")[0]).toBe("2026-11-30");
		// Never reached, every 20-26 weeks: due now, with six weeks to do it in.
		const eli = daysOf(plan, "Eli")[0] ?? "";
		expect(eli >= MONDAY && eli <= "2027-01-11").toBe(true);
		// Ada comes round again a cadence later (4-6 weeks after the first touch).
		expect(daysOf(plan, "Ada")).toHaveLength(2);
	});

	it("paces what can wait at the load the cadences imply, not at the capacity", () => {
		expect(plan.level).toBeLessThan(10);
		expect(plan.impliedLoad).toBeCloseTo(capacityOf(contacts.map((c) => c.build()), settingsWith()).impliedLoad, 9);
	});
});

describe("capacity below the implied load", () => {
	// A every week, B every two weeks: 4 + 4 × 0.5 = 6 touchpoints a week, for a capacity of 4.
	const settings = settingsWith({
		tiers: [
			{ name: "A", cadence: "1w", positiveEvery: "" },
			{ name: "B", cadence: "2w", positiveEvery: "" },
		],
	});
	const contacts = ["A1", "A2", "A3", "A4"].map((n) => a(n).lastContact("2026-11-23"));
	contacts.push(...["B1", "B2", "B3", "B4"].map((n) => new ContactBuilder(n).tier("B").lastContact("2026-11-23")));
	const plan = planOf(contacts, { capacity: 4, settings });

	it("keeps the top tier and says who lapses", () => {
		expect(plan.impliedLoad).toBeCloseTo(6, 9);
		expect(plan.lapses.length).toBeGreaterThan(0);
		expect(plan.lapses.every((l) => l.contact.tier === "B")).toBe(true);
		for (const name of ["A1", "A2", "A3", "A4"]) expect(daysOf(plan, name)).toHaveLength(8);
		for (const w of plan.weeks) expect(w.touchpoints.length).toBeLessThanOrEqual(4);
	});

	it("says what to change: the smallest raise that keeps every window, and how many to re-tier", () => {
		const raise = plan.advice.find((x) => x.kind === "raise-capacity");
		expect(raise?.kind === "raise-capacity" && raise.by).toBe(2);
		expect(planOf(contacts, { capacity: 6, settings }).lapses).toEqual([]);
		expect(planOf(contacts, { capacity: 5, settings }).lapses.length).toBeGreaterThan(0);
		// Moving an A contact to B saves half a touchpoint a week: 4 of them cover the 2 missing.
		expect(plan.advice).toContainEqual(expect.objectContaining({ kind: "re-tier", count: 4, from: "A", to: "B" }));
		expect(plan.advice.map((x) => x.text)).toEqual([
			"Raise capacity by 2 a week (to 6): your cadences ask for 6 touchpoints a week",
			"Or re-tier 4 contacts from A to B (every 2 weeks): the cadences then ask for at most 4 a week",
		]);
	});

	it("re-tiers only contacts that follow their tier's cadence, and only as many as there are", () => {
		// Three A contacts on the tier's cadence and one on its own (every 10 days): 3.7 a week.
		const three = ["A1", "A2", "A3"].map((n) => a(n).lastContact("2026-11-23").build(settings));
		const own = a("A9").cadence("10d").lastContact("2026-11-23").build(settings);
		const retier = (capacity: number) => planOf([...three, own], { capacity, settings }).advice.filter((x) => x.kind === "re-tier");
		// 0.7 over a capacity of 3: two of the three move to B.
		expect(retier(3)).toEqual([expect.objectContaining({ count: 2, from: "A", to: "B" })]);
		// 1.7 over a capacity of 2 would take four, and only three follow the tier: no such advice.
		expect(retier(2)).toEqual([]);
	});
});

describe("busy periods", () => {
	it("plan a contact that falls due in the middle of one on the first reach-out day after it", () => {
		// Due December 7 (overdue December 21), busy December 3 to 10: Friday December 11.
		const c = a("Hiro").lastContact("2026-11-09").busy("2026-12-03..2026-12-10", "year-end close");
		const plan = planOf([c], { capacity: 10 });
		const first = all(plan)[0];
		expect([iso(first?.day ?? 0), first?.kind, first?.text]).toEqual(["2026-12-11", "busy-ended", "Back from year-end close (it ended December 10)"]);
		expect(plan.lapses).toEqual([]);
	});

	it("pull a contact early when the period covers its whole window", () => {
		// Window December 7 to 21 inside a busy period from December 4: the Thursday before.
		const c = a("Hiro").lastContact("2026-11-09").busy("2026-12-04..2026-12-25", "leave");
		const first = all(planOf([c], { capacity: 10 }))[0];
		expect([iso(first?.day ?? 0), first?.kind, first?.text]).toEqual(["2026-12-03", "early", "Early: due December 7, but busy December 4 to December 25 (leave)"]);
	});

	it("report a window that lapses inside a period that has begun, and plan the contact after it", () => {
		const c = a("Hiro").lastContact("2026-11-09").busy("2026-11-25..2026-12-25", "leave");
		const plan = planOf([c], { capacity: 10 });
		expect(plan.lapses.map((l) => [l.contact.name, iso(l.overdueDate), l.cause, iso(l.plannedDay)])).toEqual([["Hiro", "2026-12-21", "unavailable", "2026-12-28"]]);
		expect(all(plan)[0]?.kind).toBe("busy-ended");
		// Nobody could have done better, so there is nothing to change.
		expect(plan.advice).toEqual([]);
	});

	it("keep every touchpoint but a promise off busy days, yearly periods included", () => {
		const c = new ContactBuilder("Ines").tier("B").lastContact("2026-09-01").busy("12-20..01-05", "holidays").promise("2026-12-22", "Send the deck");
		const plan = planOf([c], { capacity: 10, weeks: 12 });
		for (const t of all(plan)) {
			const md = (iso(t.day) ?? "").slice(5);
			const inside = md >= "12-20" || md <= "01-05";
			if (t.kind !== "promise") expect(inside).toBe(false);
		}
		expect(all(plan).find((t) => t.kind === "promise")?.day).toBe(day("2026-12-22"));
	});
});

describe("promises and dated reasons", () => {
	it("go on their day: a promise on the last reach-out day by its due date, a late one today", () => {
		const c = a("Elena")
			.lastContact("2026-11-23")
			.promise("2026-12-05", "Intro to Marco") // a Saturday: the Friday before
			.promise("2026-12-09", "Send the deck") // a Wednesday
			.promise("2026-11-20", "Call back"); // late
		expect(all(planOf([c], { capacity: 10, weeks: 2 })).map((t) => `${iso(t.day) ?? ""} ${t.kind} ${t.text}`)).toEqual([
			'2026-11-30 promise Promised "Call back" by November 20: 10 days late',
			'2026-12-04 promise Promised "Intro to Marco" by December 5',
			'2026-12-09 promise Promised "Send the deck" by December 9',
		]);
	});

	it("keep a promise while the contact is busy or snoozed", () => {
		const busy = a("Hiro").lastContact("2026-11-23").busy("2026-12-01..2026-12-20").promise("2026-12-08", "Report");
		const snoozed = a("Farid").lastContact("2026-11-23").snoozeUntil("2027-01-10").promise("2026-12-10", "Card");
		expect(table(planOf([busy, snoozed], { capacity: 10, weeks: 2 }))[1]).toEqual(["Hiro 2026-12-08 promise", "Farid 2026-12-10 promise"]);
	});

	it("a promise inside the window is the window's touchpoint", () => {
		// Due November 30, overdue December 14: the promise on December 9 keeps the window;
		// the next touchpoint is due four weeks after it.
		const c = a("Ada").lastContact("2026-11-02").promise("2026-12-09", "Send the deck");
		expect(daysOf(planOf([c], { capacity: 10, weeks: 6 }), "Ada")).toEqual(["2026-12-09", "2027-01-06"]);
	});

	it("a birthday goes on the day, weekend or not, and keeps the window it falls in", () => {
		const c = a("Chen").lastContact("2026-11-02").birthday("1988-12-06"); // a Sunday, inside the window
		const plan = planOf([c], { capacity: 10, weeks: 2 });
		expect(all(plan).map((t) => `${iso(t.day) ?? ""} ${t.kind} ${t.text}`)).toEqual(["2026-12-06 birthday Birthday, turns 38"]);
	});

	it("a promise just after a busy period that swallowed the window reaches the contact, and the lapse is still listed", () => {
		// Overdue December 7, busy from November 25 to December 10, a promise due Friday December 11.
		const c = a("Ada").lastContact("2026-10-26").busy("2026-11-25..2026-12-10").promise("2026-12-11", "Send the deck");
		const plan = planOf([c], { capacity: 10, weeks: 3 });
		expect(table(plan)).toEqual([[], ["Ada 2026-12-11 promise"], []]);
		expect(plan.lapses.map((l) => [l.contact.name, iso(l.overdueDate), l.cause, iso(l.plannedDay)])).toEqual([["Ada", "2026-12-07", "unavailable", "2026-12-11"]]);
	});

	it("a birthday reaches an overdue contact that was waiting for room: no second touchpoint after it", () => {
		// One slot on Mondays; Cy waits behind Al and Bo, and has a birthday on Wednesday December 9.
		const overdue = [a("Al"), a("Bo"), a("Cy").birthday("--12-09")].map((c) => c.lastContact("2026-10-01"));
		const plan = planOf(overdue, { capacity: 1, weeks: 4, reach: [1] });
		// The birthday takes its week's slot, so Bo waits a week; Cy needs nothing more.
		expect(table(plan)).toEqual([["Al 2026-11-30 overdue"], ["Cy 2026-12-09 birthday"], ["Bo 2026-12-14 overdue"], []]);
	});

	it("a birthday or yearly date is left out while the contact is busy or snoozed", () => {
		const busy = a("Chen").lastContact("2026-11-23").birthday("--12-06").busy("2026-12-01..2026-12-10");
		const snoozed = a("Dana").lastContact("2026-11-23").date("12-07", "joined Acme").snoozeUntil("2026-12-20");
		expect(all(planOf([busy, snoozed], { capacity: 10, weeks: 2 }))).toEqual([]);
	});
});

describe("the top tier first", () => {
	it("and within a tier, one already overdue (back from a busy period) before one whose window closes", () => {
		// Two slots on Monday. Zed (A) closes this week; Xan (C) is overdue and back from a busy
		// period; Yul (C) closes today. Earliest deadline first would keep Xan and Yul and let
		// the A lapse, so the top tier goes first, then the overdue C.
		const zed = a("Zed").lastContact("2026-10-23");
		const xan = new ContactBuilder("Xan").tier("C").lastContact("2026-05-01").busy("2026-11-01..2026-11-25", "launch");
		const yul = new ContactBuilder("Yul").tier("C").lastContact("2026-06-01");
		const plan = planOf([xan, yul, zed], { capacity: 2, weeks: 2, reach: [1] });
		expect(table(plan)[0]).toEqual(["Zed 2026-11-30 due", "Xan 2026-11-30 busy-ended"]);
		expect(plan.lapses.map((l) => [l.contact.name, l.cause])).toEqual([["Yul", "capacity"]]);
	});
});

describe("snoozes", () => {
	it("nobody is planned before the snooze ends", () => {
		const c = a("Farid").lastContact("2026-10-01").snoozeUntil("2026-12-09");
		const plan = planOf([c], { capacity: 10 });
		expect(daysOf(plan, "Farid")[0]).toBe("2026-12-09");
		expect(all(plan).every((t) => t.day >= day("2026-12-09"))).toBe(true);
	});

	it("one overdue and snoozed beyond the weeks shown is not a lapse, and no reason to change anything", () => {
		const c = a("Farid").lastContact("2026-07-01").snoozeUntil("2027-03-01");
		const plan = planOf([c, a("Ada").lastContact("2026-11-20")], { capacity: 10, weeks: 4 });
		expect(daysOf(plan, "Farid")).toEqual([]);
		expect(plan.lapses).toEqual([]);
		expect(plan.advice).toEqual([]);
	});
});

describe("a touchpoint logged early", () => {
	// One slot a week, on Mondays. Xia and Yan are due December 7, Zoe December 14.
	const xia = () => a("Xia").lastContact("2026-11-09");
	const yan = a("Yan").lastContact("2026-11-09");
	const zoe = a("Zoe").lastContact("2026-11-16");
	const setup = { capacity: 1, weeks: 4, reach: [1] };

	it("moves the rest: logging Xia today frees her week for Yan, and Yan's for Zoe", () => {
		const before = planOf([xia(), yan, zoe], setup);
		expect(table(before)).toEqual([[], ["Xia 2026-12-07 due"], ["Yan 2026-12-14 due"], ["Zoe 2026-12-21 due"]]);
		const after = planOf([xia().touchpoint(MONDAY, "call", "Caught up early"), yan, zoe], setup);
		// Today's slot is taken by the call; Xia is next due four weeks on.
		expect(table(after)).toEqual([[], ["Yan 2026-12-07 due"], ["Zoe 2026-12-14 due"], []]);
		expect(daysOf(planOf([xia().touchpoint(MONDAY, "call"), yan, zoe], { ...setup, weeks: 5 }), "Xia")).toEqual(["2026-12-28"]);
	});
});

describe("this week", () => {
	it("holds the share of the capacity that is left of it, less what was logged", () => {
		// Friday: one reach-out day of five is left, so 2 of 10; the other overdue contacts go first thing Monday.
		const overdue = ["Al", "Bo", "Cy", "Di", "Ed"].map((n) => a(n).lastContact("2026-10-01"));
		const plan = planOf(overdue, { capacity: 10, today: "2026-11-27" });
		expect(table(plan).slice(0, 2)).toEqual([
			["Al 2026-11-27 overdue", "Bo 2026-11-27 overdue"],
			["Cy 2026-11-30 overdue", "Di 2026-11-30 overdue", "Ed 2026-11-30 overdue"],
		]);
		expect(plan.weeks[0]?.room).toBe(2);
		// Touchpoints logged on Wednesday count against this week: capacity 3, two logged, one left.
		const logged = planOf([...overdue, a("Fe").lastContact("2026-11-25"), a("Gus").lastContact("2026-11-25")], { capacity: 3, today: "2026-11-27" });
		expect(logged.weeks[0]?.room).toBe(1);
		expect(logged.weeks[0]?.touchpoints.map((t) => t.contact.name)).toEqual(["Al"]);
	});
});

describe("levelling", () => {
	it("spreads a crowd that falls due at once over its window instead of the first week", () => {
		// Twelve B contacts, all due December 7 and overdue December 28 (a three-week window).
		const crowd = Array.from({ length: 12 }, (_, i) => new ContactBuilder(`B${String(i + 1).padStart(2, "0")}`).tier("B").lastContact("2026-09-28"));
		const plan = planOf(crowd, { capacity: 10, weeks: 5 });
		expect(plan.lapses).toEqual([]);
		expect(plan.weeks.map((w) => w.touchpoints.length)).toEqual([0, 3, 3, 3, 3]);
		expect(plan.level).toBe(3);
		for (const t of all(plan)) expect(t.day >= day("2026-12-07") && t.day <= day("2026-12-28")).toBe(true);
	});

	it("spreads a week's touchpoints over its reach-out days; overdue ones go first thing", () => {
		const perDay = (plan: WeeklyPlan) => {
			const counts = new Map<string, number>();
			for (const t of plan.weeks[0]?.touchpoints ?? []) counts.set(iso(t.day) ?? "", (counts.get(iso(t.day) ?? "") ?? 0) + 1);
			return Object.fromEntries(counts);
		};
		// Ten A contacts due today, their window to Monday December 14 (three weeks): 3, 3 and
		// 4, and this week's three on three days.
		const open = Array.from({ length: 10 }, (_, i) => a(`B${i}`).lastContact("2026-11-02"));
		const plan = planOf(open, { capacity: 10, weeks: 3 });
		expect(plan.weeks.map((w) => w.touchpoints.length)).toEqual([3, 3, 4]);
		expect(perDay(plan)).toEqual({ "2026-11-30": 1, "2026-12-01": 1, "2026-12-02": 1 });
		// Overdue ones: every day waiting is a day more overdue.
		const overdue = Array.from({ length: 4 }, (_, i) => a(`A${i}`).lastContact("2026-10-05"));
		expect(perDay(planOf(overdue, { capacity: 10, weeks: 1 }))).toEqual({ "2026-11-30": 4 });
	});
});

describe("the edge of the weeks planned", () => {
	it("does not pull a window that opens after them into the last weeks", () => {
		// Eight weeks, no lookahead: the last day planned is January 24. Due January 25 and
		// overdue February 15, the window is simply not here yet: nothing planned for it.
		const late = Array.from({ length: 6 }, (_, i) => new ContactBuilder(`C${i}`).tier("B").lastContact("2026-11-16"));
		const plan = planOf(late, { capacity: 10, weeks: 8, lookahead: 0 });
		expect(all(plan)).toEqual([]);
		expect(plan.lapses).toEqual([]);
	});
});

describe("a week too full for the windows that close in it", () => {
	it("pulls touchpoints into the week before, as late as it can", () => {
		// Four contacts with a one-day window (every 2 weeks) on Monday December 7; two slots a week.
		const four = ["Ann", "Bea", "Cat", "Dan"].map((n) => a(n).cadence("2w").lastContact("2026-11-23"));
		const plan = planOf(four, { capacity: 2, weeks: 3 });
		expect(plan.lapses).toEqual([]);
		expect(table(plan)[0]).toEqual(["Cat 2026-12-04 early", "Dan 2026-12-04 early"]);
		expect(table(plan)[1]?.slice(0, 2)).toEqual(["Ann 2026-12-07 due", "Bea 2026-12-07 due"]);
		expect(all(plan).find((t) => t.kind === "early")?.text).toBe("Early: due December 7, but the week it falls due is full");
	});
});

describe("sub-week cadences", () => {
	it("come round every week", () => {
		const c = a("Wes").cadence("weekly").lastContact("2026-11-24");
		expect(daysOf(planOf([c], { capacity: 10, weeks: 3 }), "Wes")).toEqual(["2026-12-01", "2026-12-08", "2026-12-15"]);
	});
});

describe("contacts the plan leaves out", () => {
	it("has no room for untracked contacts, and an empty plan when nobody is tracked", () => {
		const plan = planOf([new ContactBuilder("Nobody")], { capacity: 5 });
		expect(all(plan)).toEqual([]);
		expect(plan.impliedLoad).toBe(0);
		expect(plan.advice).toEqual([]);
	});
});
