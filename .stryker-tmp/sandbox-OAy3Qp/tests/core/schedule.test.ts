// @ts-nocheck
import fc from "fast-check";
import { formatDay } from "../../src/core/calendar";
import type { Contact } from "../../src/core/contact";
import { dueList, evaluate, evaluationJson, insideBusy, lastContactOf, promiseStatus, type Evaluation } from "../../src/core/schedule";
import { DEFAULT_SETTINGS, type TendSettings } from "../../src/core/settings";
import { contactOf, day, iso, settingsWith } from "../support/builders";
import { ContactBuilder } from "../support/contactBuilder";

/** What a contact is, said to the builder. */
type Fm = (b: ContactBuilder) => ContactBuilder;
const none: Fm = (b) => b;

/** Log entries as the builder takes them: date, kind, summary. */
type Entry = [string, string, string];

function withLog(b: ContactBuilder, log: readonly Entry[] = []): ContactBuilder {
	for (const [date, kind, summary] of log) b.touchpoint(date, kind, summary);
	return b;
}

function person(name: string, fm: Fm, log?: readonly Entry[], settings: TendSettings = DEFAULT_SETTINGS): Contact {
	return withLog(fm(new ContactBuilder(name)), log).build(settings);
}

function ev(fm: Fm, today: string, log?: readonly Entry[], settings: TendSettings = DEFAULT_SETTINGS): Evaluation {
	return evaluate(person("Ada", fm, log, settings), day(today), settings);
}

/** A label after the first space: `12-04 Promotion` -> ["12-04", "Promotion"]. */
function split(item: string): [string, string] {
	const at = item.indexOf(" ");
	return at === -1 ? [item, ""] : [item.slice(0, at), item.slice(at + 1)];
}

const kinds = (e: Evaluation) => e.reasons.map((r) => r.kind);
const names = (list: Evaluation[]) => list.map((e) => e.contact.name);
const shift = (iso: string, n: number) => formatDay(day(iso) + n);

describe("due and overdue dates", () => {
	it.each([
		// cadence, last contact, due date, overdue date
		["4-6w", "2026-01-01", "2026-01-29", "2026-02-12"],
		["6w", "2026-11-20", "2027-01-01", "2027-01-01"],
		["90d", "2026-01-01", "2026-04-01", "2026-04-01"],
		["10-13w", "2026-01-01", "2026-03-12", "2026-04-02"],
		// calendar months, clamped to the month end
		["1m", "2026-01-31", "2026-02-28", "2026-02-28"],
		["1m", "2024-01-31", "2024-02-29", "2024-02-29"],
		["monthly", "2026-03-31", "2026-04-30", "2026-04-30"],
		["2-3m", "2026-11-30", "2027-01-30", "2027-02-28"],
		["quarterly", "2026-11-30", "2027-02-28", "2027-02-28"],
		["3m", "2027-11-30", "2028-02-29", "2028-02-29"],
		// calendar years, from a leap day
		["1y", "2024-02-29", "2025-02-28", "2025-02-28"],
		["yearly", "2024-02-29", "2025-02-28", "2025-02-28"],
		["1-4y", "2024-02-29", "2025-02-28", "2028-02-29"],
	])("%s from %s: due %s, overdue %s", (cadence, last, due, overdue) => {
		const e = ev((b) => b.tier("A").cadence(cadence).lastContact(last), last);
		expect([iso(e.lastContact), iso(e.dueDate), iso(e.overdueDate)]).toEqual([last, due, overdue]);
	});

	it("a new or untracked contact has no due date", () => {
		expect([ev((b) => b.tier("A"), "2026-11-27").dueDate, ev((b) => b.lastContact("2026-11-20"), "2026-11-27").dueDate]).toEqual([null, null]);
	});
});

describe("status boundaries: the day before, of and after the due and overdue dates", () => {
	const cases: [string, string, string, string][] = [
		// cadence, last contact, due date, overdue date
		["4-6w", "2026-01-01", "2026-01-29", "2026-02-12"],
		["30-45d", "2026-01-01", "2026-01-31", "2026-02-15"],
		["2-3m", "2026-11-30", "2027-01-30", "2027-02-28"],
		["1-2y", "2024-02-29", "2025-02-28", "2026-02-28"],
		["1m", "2026-01-31", "2026-02-28", "2026-02-28"],
		["1m", "2024-01-31", "2024-02-29", "2024-02-29"],
		["1y", "2024-02-29", "2025-02-28", "2025-02-28"],
		["6w", "2026-12-15", "2027-01-26", "2027-01-26"],
	];
	const rows = cases.flatMap(([cadence, last, due, overdue]) => [
		[cadence, last, shift(due, -1), "ok"],
		[cadence, last, due, "due"],
		[cadence, last, shift(due, 1), due === overdue ? "overdue" : "due"],
		[cadence, last, shift(overdue, -1), due === overdue ? "ok" : "due"],
		[cadence, last, overdue, "due"],
		[cadence, last, shift(overdue, 1), "overdue"],
	]);

	it.each(rows)("%s from %s, on %s: %s", (cadence, last, today, status) => {
		const e = ev((b) => b.tier("A").cadence(cadence as string).lastContact(last as string), today as string);
		expect(e.status).toBe(status);
		expect(kinds(e).filter((k) => k === "due" || k === "overdue")).toEqual(status === "ok" ? [] : [status]);
	});

	it("the same boundaries hold for the tier's own cadence (tier B 10-13w)", () => {
		const fm: Fm = (b) => b.tier("B").lastContact("2026-01-01");
		expect(["2026-03-11", "2026-03-12", "2026-04-02", "2026-04-03"].map((t) => ev(fm, t).status)).toEqual(["ok", "due", "due", "overdue"]);
	});

	it("status follows due/overdue dates for any day and cadence (property)", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: day("2000-01-01"), max: day("2100-01-01") }),
				fc.integer({ min: 1, max: 20 }),
				fc.integer({ min: 0, max: 10 }),
				fc.constantFrom("d", "w", "m", "y"),
				fc.integer({ min: -30, max: 400 }),
				(last, ideal, extra, unit, offset) => {
					const cadence = `${ideal}-${ideal + extra}${unit}`;
					const e = ev((b) => b.tier("A").cadence(cadence).lastContact(formatDay(last)), formatDay(last + Math.max(0, offset)));
					const today = last + Math.max(0, offset);
					const expected = today > e.overdueDate! ? "overdue" : today >= e.dueDate! ? "due" : "ok";
					expect(e.status).toBe(expected);
					expect(e.dueDate!).toBeLessThanOrEqual(e.overdueDate!);
				},
			),
			{ numRuns: 500 },
		);
	});
});

describe("status order: snoozed > waiting > new > overdue > due > ok", () => {
	const overdueFm: Fm = (b) => b.tier("A").lastContact("2026-01-01");

	it.each<[string, Fm, string]>([
		["overdue", overdueFm, "overdue"],
		["snoozed beats overdue", (b) => overdueFm(b).snoozeUntil("2026-12-01"), "snoozed"],
		["snoozed beats waiting", (b) => overdueFm(b).snoozeUntil("2026-12-01").busy("11-01..11-30", "Launch"), "snoozed"],
		["snoozed beats new", (b) => b.tier("A").snoozeUntil("2026-12-01"), "snoozed"],
		["waiting beats new", (b) => b.tier("A").busy("11-01..11-30", "Launch"), "waiting"],
		["waiting beats overdue", (b) => overdueFm(b).busy("11-01..11-30", "Launch"), "waiting"],
		["new: no last contact", (b) => b.tier("A"), "new"],
		["a snooze that ends today no longer applies", (b) => overdueFm(b).snoozeUntil("2026-11-27"), "overdue"],
		["a snooze that ended is no snooze", (b) => overdueFm(b).snoozeUntil("2026-11-01"), "overdue"],
		["a snooze ending tomorrow still applies", (b) => overdueFm(b).snoozeUntil("2026-11-28"), "snoozed"],
		["no tier: untracked, whatever else", (b) => b.lastContact("2026-01-01").snoozeUntil("2026-12-01"), "untracked"],
		["a tier not in settings: untracked", (b) => b.tier("Z").lastContact("2026-01-01"), "untracked"],
	])("%s", (_why, fm, status) => {
		expect(ev(fm, "2026-11-27").status).toBe(status);
	});

	it("due beats ok, overdue beats due", () => {
		expect(ev((b) => b.tier("A").lastContact("2026-10-30"), "2026-11-27").status).toBe("due");
		expect(ev((b) => b.tier("A").lastContact("2026-10-01"), "2026-11-27").status).toBe("overdue");
		expect(ev((b) => b.tier("A").lastContact("2026-11-20"), "2026-11-27").status).toBe("ok");
	});
});

describe("busy periods include both end days and may wrap the year end", () => {
	it.each<[string, string, boolean]>([
		["07-01..07-14", "2026-06-30", false],
		["07-01..07-14", "2026-07-01", true],
		["07-01..07-14", "2026-07-14", true],
		["07-01..07-14", "2026-07-15", false],
		["12-20..01-05", "2026-12-19", false],
		["12-20..01-05", "2026-12-20", true],
		["12-20..01-05", "2026-12-31", true],
		["12-20..01-05", "2027-01-01", true],
		["12-20..01-05", "2027-01-05", true],
		["12-20..01-05", "2027-01-06", false],
		["12-20..01-05", "2026-07-01", false],
		["2026-07-01..2026-07-14", "2026-07-01", true],
		["2026-07-01..2026-07-14", "2026-07-14", true],
		["2026-07-01..2026-07-15", "2027-07-05", false],
		["2026-12-20..2027-01-05", "2027-01-05", true],
		["02-01..02-29", "2027-02-28", true],
		["02-01..02-29", "2027-03-01", false],
	])("%s on %s: waiting %s", (period, today, inside) => {
		const e = ev((b) => b.tier("A").lastContact("2026-01-01").busy(period, "Busy"), today);
		expect(e.status === "waiting").toBe(inside);
		const c = e.contact.busy[0]!;
		expect(insideBusy(c, day(today))).toBe(inside);
	});
});

describe("last contact is the later of last_contact and the newest log entry", () => {
	it.each<[string, Fm, Entry[], string | null]>([
		["field only", (b) => b.tier("A").lastContact("2026-11-01"), [], "2026-11-01"],
		["log only", (b) => b.tier("A"), [["2026-11-10", "call", "a"], ["2026-10-01", "share", "b"]], "2026-11-10"],
		["log newer than field", (b) => b.tier("A").lastContact("2026-11-01"), [["2026-11-10", "call", "a"]], "2026-11-10"],
		["field newer than log", (b) => b.tier("A").lastContact("2026-11-15"), [["2026-11-10", "call", "a"]], "2026-11-15"],
		["log oldest first", (b) => b.tier("A"), [["2026-01-01", "call", "a"], ["2026-06-01", "call", "b"], ["2026-03-01", "call", "c"]], "2026-06-01"],
		["an unknown kind still counts", (b) => b.tier("A"), [["2026-11-12", "lunch", "tacos"]], "2026-11-12"],
		["neither", (b) => b.tier("A"), [], null],
	])("%s", (_why, fm, log, expected) => {
		const e = ev(fm, "2026-11-27", log);
		expect(iso(e.lastContact)).toBe(expected);
		expect(iso(lastContactOf(e.contact))).toBe(expected);
	});

	// Dates that do not exist are the reader's business: these notes are read by the core.
	it.each<[string, string[], string[], string | null]>([
		["an entry dated a day that does not exist does not count", ["tier: A", "last_contact: 2026-01-01"], ["- 2026-02-30 call — a"], "2026-01-01"],
		["a bad last_contact is ignored, the log still counts", ["tier: A", "last_contact: 2026-02-30"], ["- 2026-11-01 call — a"], "2026-11-01"],
	])("%s (read from a note)", (_why, fm, log, expected) => {
		const e = evaluate(contactOf(fm, { path: "People/Ada.md", log }), day("2026-11-27"), DEFAULT_SETTINGS);
		expect(iso(e.lastContact)).toBe(expected);
		expect(iso(lastContactOf(e.contact))).toBe(expected);
	});

	it("a log entry makes a contact that was overdue by its field ok", () => {
		expect(ev((b) => b.tier("A").lastContact("2026-01-01"), "2026-11-27", [["2026-11-20", "share", "a"]]).status).toBe("ok");
	});

	it("a contact with only log entries is not new", () => {
		expect(ev((b) => b.tier("A"), "2026-11-27", [["2026-11-20", "share", "a"]]).status).toBe("ok");
	});
});

describe("daysSince", () => {
	it.each<[string, number | null]>([
		["2026-11-27", 0],
		["2026-11-26", 1],
		["2025-11-27", 365],
		["2026-11-30", -3],
	])("last contact %s: %p days", (last, n) => {
		expect(ev((b) => b.tier("A").lastContact(last), "2026-11-27").daysSince).toBe(n);
	});

	it("is negative for a future log entry too", () => {
		expect(ev((b) => b.tier("A"), "2026-11-27", [["2026-12-07", "call", "planned"]]).daysSince).toBe(-10);
	});

	it("is null with no last contact", () => {
		expect(ev((b) => b.tier("A"), "2026-11-27").daysSince).toBeNull();
	});
});

describe("promises", () => {
	it.each<[string, string, "late" | "soon" | "open"]>([
		["2026-11-26", "2026-11-27", "late"],
		["2026-01-01", "2026-11-27", "late"],
		["2026-11-27", "2026-11-27", "soon"],
		["2026-11-28", "2026-11-27", "soon"],
		["2026-11-29", "2026-11-27", "soon"],
		["2026-11-30", "2026-11-27", "open"],
		["2027-03-01", "2026-11-27", "open"],
	])("a promise due %s is %s on %s", (due, today, status) => {
		expect(promiseStatus(day(due), day(today), 2)).toBe(status);
		const e = ev((b) => b.tier("A").lastContact("2026-11-20").promise(due, "Send the deck"), today);
		expect(e.promises).toEqual([{ due: day(due), what: "Send the deck", status, commitment: expect.anything() }]);
	});

	it("a promise without a date is open", () => {
		expect(promiseStatus(null, day("2026-11-27"), 2)).toBe("open");
		const e = ev((b) => b.tier("A").lastContact("2026-11-20").promise(null, "Send the deck"), "2026-11-27");
		expect(e.promises.map((p) => p.status)).toEqual(["open"]);
		expect(e.listed).toBe(false);
	});

	it("the soon window is a setting", () => {
		const settings = settingsWith({ promiseSoonDays: 0 });
		expect(promiseStatus(day("2026-11-27"), day("2026-11-27"), 0)).toBe("soon");
		expect(promiseStatus(day("2026-11-28"), day("2026-11-27"), 0)).toBe("open");
		const e = ev((b) => b.tier("A").lastContact("2026-11-20").promise("2026-11-28", "x"), "2026-11-27", [], settings);
		expect(e.listed).toBe(false);
	});

	it("late promises come before soon ones among the reasons, each the earliest first", () => {
		const e = ev(
			(b) => b.tier("A").lastContact("2026-11-20").promise("2026-11-28", "Soon one").promise("2026-11-25", "Late two").promise("2026-11-20", "Late one").promise("2026-12-20", "Open"),
			"2026-11-27",
		);
		expect(e.reasons.map((r) => [r.kind, r.text])).toEqual([
			["promise-late", 'Promised "Late one" by November 20: 7 days late'],
			["promise-late", 'Promised "Late two" by November 25: 2 days late'],
			["promise-soon", 'Promised "Soon one" by November 28: due tomorrow'],
		]);
	});

	it.each<[string, string]>([
		["2026-11-27", 'Promised "x" by November 27: due today'],
		["2026-11-29", 'Promised "x" by November 29: due in 2 days'],
		["2026-11-26", 'Promised "x" by November 26: 1 day late'],
	])("promise due %s reads %j", (due, text) => {
		const e = ev((b) => b.tier("A").lastContact("2026-11-20").promise(due, "x"), "2026-11-27");
		expect(e.reasons).toEqual([{ kind: expect.any(String), text, day: day(due), promise: e.promises[0] }]);
	});
});

describe("reasons: every kind", () => {
	const T = "2026-11-27";
	const recent: Fm = (b) => b.tier("A").lastContact("2026-11-20");

	it("overdue", () => {
		const e = ev((b) => b.tier("A").lastContact("2026-10-01"), T);
		expect(e.reasons).toEqual([{ kind: "overdue", text: "Last contact 57 days ago; it was due by November 12 (every 4–6 weeks)" }]);
	});

	it("due (today and since)", () => {
		expect(ev((b) => b.tier("A").lastContact("2026-10-30"), T).reasons).toEqual([{ kind: "due", text: "Last contact 28 days ago; due today (every 4–6 weeks)" }]);
		expect(ev((b) => b.tier("A").lastContact("2026-10-25"), T).reasons).toEqual([{ kind: "due", text: "Last contact 33 days ago; due since November 22 (every 4–6 weeks)" }]);
	});

	it("new", () => {
		expect(ev((b) => b.tier("B"), T).reasons).toEqual([{ kind: "new", text: "No contact logged yet (every 10–13 weeks)" }]);
	});

	it.each<[string, string, boolean, string | null]>([
		["1985-12-04", "Birthday in 7 days (December 4), turns 41", true, "2026-12-04"],
		["--12-05", "", false, null],
		["11-27", "Birthday today", true, "2026-11-27"],
		["1985-11-26", "", false, null],
		["1990-11-30", "Birthday in 3 days (November 30), turns 36", true, "2026-11-30"],
	])("birthday %s (within 7 days, from today)", (birthday, text, listed, when) => {
		const e = ev((b) => recent(b).birthday(birthday), T);
		expect(e.listed).toBe(listed);
		expect(e.reasons).toEqual(listed ? [{ kind: "birthday", text, day: day(when!) }] : []);
	});

	it("a leap-day birthday falls on February 28 in a common year", () => {
		const e = ev((b) => b.tier("A").lastContact("2027-02-20").birthday("--02-29"), "2027-02-25");
		expect(e.reasons).toEqual([{ kind: "birthday", text: "Birthday in 3 days (February 28)", day: day("2027-02-28") }]);
		expect(e.listed).toBe(true);
	});

	it("a birthday across the year end", () => {
		const e = ev((b) => b.tier("A").lastContact("2026-12-28").birthday("--01-02"), "2026-12-30");
		expect(e.reasons).toEqual([{ kind: "birthday", text: "Birthday in 3 days (January 2)", day: day("2027-01-02") }]);
	});

	it.each<[string, string | null]>([
		["2019-12-01 joined Acme", "Joined Acme: 7 years in 4 days (December 1)"],
		["12-04 Promotion", "Promotion in 7 days (December 4)"],
		["11-27", "Yearly date today"],
		["12-05 Too far", null],
		["11-26 Just passed", null],
	])("yearly date %j", (item, text) => {
		const e = ev((b) => recent(b).date(...split(item)), T);
		expect(e.reasons.map((r) => [r.kind, r.text])).toEqual(text === null ? [] : [["date", text]]);
		expect(e.listed).toBe(text !== null);
	});

	it.each<[string, string, string | null]>([
		["07-01..07-14 Sabbatical", "2026-07-15", "Back from Sabbatical since July 14 (yesterday)"],
		["07-01..07-14 Sabbatical", "2026-07-28", "Back from Sabbatical since July 14 (14 days ago)"],
		["07-01..07-14 Sabbatical", "2026-07-29", null],
		["07-01..07-14", "2026-07-20", "Back from a busy period since July 14 (6 days ago)"],
		["12-20..01-05 holidays", "2027-01-10", "Back from holidays since January 5 (5 days ago)"],
		["2026-07-01..2026-07-14 launch", "2026-07-16", "Back from launch since July 14 (2 days ago)"],
	])("busy-ended: %j on %s", (period, today, text) => {
		const e = ev((b) => b.tier("A").lastContact(shift(today, -3)).busy(...split(period)), today);
		expect(e.status).toBe("ok");
		expect(e.reasons.map((r) => [r.kind, r.text])).toEqual(text === null ? [] : [["busy-ended", text]]);
		expect(e.listed).toBe(text !== null);
	});

	it("ask-streak: the last 3 entries were asks (not urgent: it does not list an ok contact)", () => {
		const log: Entry[] = [["2026-11-25", "ask", "c"], ["2026-11-20", "ask", "b"], ["2026-11-15", "ask", "a"], ["2026-11-01", "share", "gave"]];
		const e = ev((b) => b.tier("B"), T, log);
		expect(e.reasons).toEqual([{ kind: "ask-streak", text: "Your last 3 touchpoints were asks: give before you ask again" }]);
		expect(e.listed).toBe(false);
	});

	it("no ask-streak when a give or neutral entry is among the last 3", () => {
		expect(kinds(ev((b) => b.tier("B"), T, [["2026-11-25", "ask", "c"], ["2026-11-20", "call", "b"], ["2026-11-15", "ask", "a"]]))).toEqual([]);
		expect(kinds(ev((b) => b.tier("B"), T, [["2026-11-25", "ask", "c"], ["2026-11-20", "ask", "b"]]))).toEqual([]);
	});

	it("a give on the same day as the third ask breaks the streak; more asks than the streak still count", () => {
		expect(kinds(ev((b) => b.tier("B"), T, [["2026-11-25", "ask", "c"], ["2026-11-20", "ask", "b"], ["2026-11-15", "ask", "a"], ["2026-11-15", "thanks", "same day"]]))).toEqual([]);
		expect(kinds(ev((b) => b.tier("B"), T, [["2026-11-25", "ask", "d"], ["2026-11-22", "ask", "c"], ["2026-11-20", "ask", "b"], ["2026-11-15", "ask", "a"]]))).toEqual(["ask-streak"]);
		expect(kinds(ev((b) => b.tier("B"), T, [["2026-11-25", "ask", "c"], ["2026-11-20", "ask", "b"], ["2026-11-15", "ask", "a"]], settingsWith({ askStreak: 0 })))).toEqual([]);
	});

	it("ask-streak looks at the newest entries whatever the log order", () => {
		const log: Entry[] = [["2026-09-01", "share", "old"], ["2026-11-15", "ask", "a"], ["2026-11-20", "ask", "b"], ["2026-11-25", "ask", "c"]];
		expect(kinds(ev((b) => b.tier("B"), T, log))).toEqual(["ask-streak"]);
	});

	it("positive-lapse: tier A had no give or neutral entry in 13 weeks (urgent: lists an ok contact)", () => {
		const log: Entry[] = [["2026-11-20", "ask", "c"], ["2026-10-20", "ask", "b"], ["2026-08-20", "check-in", "last neutral"]];
		// 2026-08-20 + 13 weeks = 2026-11-19, before today.
		const e = ev((b) => b.tier("A"), T, log);
		expect(e.status).toBe("ok");
		expect(e.reasons).toEqual([
			{
				kind: "positive-lapse",
				text: "No give or neutral touchpoint in 13 weeks (lapsed November 19): share, help or check in",
				day: day("2026-11-19"),
			},
		]);
		expect(e.listed).toBe(true);
	});

	it("positive-lapse starts the day after the rule runs out", () => {
		const log: Entry[] = [["2026-11-20", "ask", "c"], ["2026-08-28", "check-in", "last neutral"]];
		// 2026-08-28 + 13 weeks = 2026-11-27: today is the last day the rule holds.
		expect(kinds(ev((b) => b.tier("A"), T, log))).toEqual([]);
		expect(kinds(ev((b) => b.tier("A"), "2026-11-28", log))).toEqual(["positive-lapse"]);
	});

	it("no positive-lapse for a tier without the rule", () => {
		expect(kinds(ev((b) => b.tier("B"), T, [["2026-11-20", "ask", "c"], ["2026-06-01", "ask", "a"]]))).toEqual([]);
		expect(kinds(ev((b) => b.tier("A"), T, [["2026-11-20", "ask", "c"], ["2026-06-01", "ask", "a"]]))).toEqual(["positive-lapse"]);
	});

	it("a last_contact newer than every entry counts as a neutral contact for the rule", () => {
		const log: Entry[] = [["2026-11-20", "ask", "c"], ["2026-06-01", "share", "old"]];
		expect(kinds(ev((b) => b.tier("A").lastContact("2026-11-22"), T, log))).toEqual([]);
	});

	it("difficult", () => {
		const e = ev((b) => b.tier("A").lastContact("2026-10-01").difficult(), T);
		expect(e.reasons.map((r) => r.kind)).toEqual(["overdue", "difficult"]);
		expect(e.reasons[1]?.text).toMatch(/in writing/);
	});

	it("difficult alone does not list an ok contact", () => {
		expect(ev((b) => recent(b).difficult(), T).listed).toBe(false);
	});
});

describe("due list membership", () => {
	const T = "2026-11-27";
	const recent: Fm = (b) => b.tier("A").lastContact("2026-11-20");

	it.each<[string, Fm, boolean]>([
		["overdue", (b) => b.tier("A").lastContact("2026-10-01"), true],
		["due", (b) => b.tier("A").lastContact("2026-10-30"), true],
		["new", (b) => b.tier("A"), true],
		["ok", recent, false],
		["ok + late promise", (b) => recent(b).promise("2026-11-20", "x"), true],
		["ok + promise due in 2 days", (b) => recent(b).promise("2026-11-29", "x"), true],
		["ok + promise due in 3 days", (b) => recent(b).promise("2026-11-30", "x"), false],
		["ok + birthday in 7 days", (b) => recent(b).birthday("--12-04"), true],
		["ok + birthday in 8 days", (b) => recent(b).birthday("--12-05"), false],
		["ok + yearly date in 7 days", (b) => recent(b).date("12-04", "x"), true],
		["ok + busy period ended 14 days ago", (b) => recent(b).busy("11-01..11-13", "x"), true],
		["ok + busy period ended 15 days ago", (b) => recent(b).busy("11-01..11-12", "x"), false],
		["snoozed", (b) => b.tier("A").lastContact("2026-01-01").snoozeUntil("2026-12-01"), false],
		["snoozed + late promise", (b) => b.tier("A").lastContact("2026-01-01").snoozeUntil("2026-12-01").promise("2026-11-20", "x"), true],
		["snoozed + promise due tomorrow", (b) => b.tier("A").snoozeUntil("2026-12-01").promise("2026-11-28", "x"), true],
		["snoozed + birthday tomorrow", (b) => b.tier("A").snoozeUntil("2026-12-01").birthday("--11-28"), false],
		["snoozed + yearly date tomorrow", (b) => b.tier("A").snoozeUntil("2026-12-01").date("11-28", "x"), false],
		["waiting", (b) => b.tier("A").busy("11-01..11-30", "x"), false],
		["waiting + late promise", (b) => b.tier("A").busy("11-01..11-30", "x").promise("2026-11-20", "x"), true],
		["waiting + birthday tomorrow", (b) => b.tier("A").busy("11-01..11-30", "x").birthday("--11-28"), false],
		["untracked", (b) => b.lastContact("2026-01-01"), false],
		["untracked + late promise", (b) => b.promise("2026-11-20", "x"), false],
	])("%s: listed %s", (_why, fm, listed) => {
		const settings = DEFAULT_SETTINGS;
		const e = ev(fm, T, [], settings);
		expect(e.listed).toBe(listed);
		expect(dueList([e.contact], day(T), settings).length).toBe(listed ? 1 : 0);
	});

	it.each<[string, Fm]>([
		["snoozed", (b) => b.tier("A").snoozeUntil("2026-12-01")],
		["waiting", (b) => b.tier("A").busy("11-01..11-30", "x")],
	])("a %s contact is not listed for a positive lapse", (_status, fm) => {
		const log: Entry[] = [["2026-11-20", "ask", "c"], ["2026-06-01", "check-in", "old"]];
		expect(kinds(ev((b) => b.tier("A").lastContact("2026-11-20"), T, log))).toEqual(["positive-lapse"]);
		const e = ev(fm, T, log);
		expect(e.listed).toBe(false);
		expect(e.reasons).toEqual([]);
	});

	it("a snoozed or waiting contact listed for a promise says only that", () => {
		const e = ev((b) => b.tier("A").lastContact("2026-01-01").snoozeUntil("2026-12-01").birthday("--11-28").promise("2026-11-20", "x"), T);
		expect(e.status).toBe("snoozed");
		expect(kinds(e)).toEqual(["promise-late"]);
	});

	it("a waiting contact gets no busy-ended reason for an earlier period", () => {
		const e = ev((b) => b.tier("A").lastContact("2026-11-01").busy("11-01..11-10", "a").busy("11-20..11-30", "b").promise("2026-11-20", "x"), T);
		expect(e.status).toBe("waiting");
		expect(kinds(e)).toEqual(["promise-late"]);
	});

	it("--all lists every contact: listed ones first, then tracked by due date, then untracked by name", () => {
		const contacts = [
			person("Zed", (b) => b.lastContact("2026-01-01")),
			person("Yan", (b) => b.tier("A").lastContact("2026-11-25")),
			person("Xia", (b) => b.tier("A").lastContact("2026-11-20")),
			person("Abe", none),
			person("Wu", (b) => b.tier("A").lastContact("2026-01-01")),
		];
		expect(names(dueList(contacts, day(T), DEFAULT_SETTINGS))).toEqual(["Wu"]);
		expect(names(dueList(contacts, day(T), DEFAULT_SETTINGS, { all: true }))).toEqual(["Wu", "Xia", "Yan", "Abe", "Zed"]);
	});
});

describe("ranking", () => {
	const T = "2026-11-27";

	it("orders by days since last contact over max days, highest first", () => {
		const contacts = [
			// 120 days / 90 = 1.33
			person("Long", (b) => b.tier("A").cadence("90d").lastContact("2026-07-30")),
			// 61 days / 42 = 1.45
			person("Short", (b) => b.tier("A").lastContact("2026-09-27")),
			// due, 30 / 42 = 0.71
			person("Due", (b) => b.tier("A").lastContact("2026-10-28")),
			// overdue by a month cadence: 47 days / 31 (October 11 -> November 11) = 1.52
			person("Monthly", (b) => b.tier("A").cadence("monthly").lastContact("2026-10-11")),
		];
		const list = dueList(contacts, day(T), DEFAULT_SETTINGS);
		expect(names(list)).toEqual(["Monthly", "Short", "Long", "Due"]);
		expect(list.map((e) => Math.round(e.ratio * 100) / 100)).toEqual([1.52, 1.45, 1.33, 0.71]);
	});

	it("max days are calendar days from last contact to the overdue date (1 month from January 31 is 28 days)", () => {
		const e = ev((b) => b.tier("A").cadence("1m").lastContact("2026-01-31"), "2026-03-02");
		expect(e.ratio).toBeCloseTo(30 / 28, 10);
	});

	it("the ratio is capped at 3 and new counts as 3; ties go by tier order, then name", () => {
		const contacts = [
			person("Cat", (b) => b.tier("C").lastContact("2020-01-01")),
			person("Bob", (b) => b.tier("B").lastContact("2020-01-01")),
			person("Amy", (b) => b.tier("B")),
			person("zoe", (b) => b.tier("A")),
			person("Ann", (b) => b.tier("A").lastContact("2020-01-01")),
		];
		const list = dueList(contacts, day(T), DEFAULT_SETTINGS);
		expect(list.map((e) => e.ratio)).toEqual([3, 3, 3, 3, 3]);
		expect(names(list)).toEqual(["Ann", "zoe", "Amy", "Bob", "Cat"]);
	});

	it("names compare without regard to case", () => {
		const contacts = [person("bea", (b) => b.tier("A")), person("Ann", (b) => b.tier("A")), person("Carl", (b) => b.tier("A"))];
		expect(names(dueList(contacts, day(T), DEFAULT_SETTINGS))).toEqual(["Ann", "bea", "Carl"]);
	});

	it("tier order is the settings' order, not the alphabet", () => {
		const settings = settingsWith({
			tiers: [
				{ name: "Z", cadence: "4-6w", positiveEvery: "" },
				{ name: "A", cadence: "4-6w", positiveEvery: "" },
			],
		});
		const contacts = [person("Ann", (b) => b.tier("A"), [], settings), person("Zed", (b) => b.tier("Z"), [], settings)];
		expect(names(dueList(contacts, day(T), settings))).toEqual(["Zed", "Ann"]);
	});

	it("contacts listed only for an urgent reason come after every overdue, due and new one, earliest urgent date first", () => {
		const recent: Fm = (b) => b.tier("A").lastContact("2026-11-20");
		const contacts = [
			person("Birthday", (b) => recent(b).birthday("--12-02")),
			person("SoonPromise", (b) => recent(b).promise("2026-11-28", "x")),
			person("LatePromise", (b) => recent(b).promise("2026-11-25", "x")),
			person("Snoozed", (b) => b.tier("A").snoozeUntil("2027-01-01").promise("2026-11-26", "x")),
			person("BusyEnded", (b) => recent(b).busy("11-01..11-15", "x")),
			person("DueOne", (b) => b.tier("C").lastContact("2026-06-01")),
			person("NewOne", (b) => b.tier("C")),
			person("Ok", recent),
		];
		const list = dueList(contacts, day(T), DEFAULT_SETTINGS);
		expect(names(list)).toEqual(["NewOne", "DueOne", "BusyEnded", "LatePromise", "Snoozed", "SoonPromise", "Birthday"]);
		expect(list.map((e) => iso(e.urgentDay))).toEqual([null, null, "2026-11-15", "2026-11-25", "2026-11-26", "2026-11-28", "2026-12-02"]);
	});

	it("an overdue contact with an urgent reason stays among the overdue ones", () => {
		const contacts = [
			person("Urgent", (b) => b.tier("A").lastContact("2026-11-20").promise("2026-11-01", "x")),
			person("Over", (b) => b.tier("A").lastContact("2026-09-01").promise("2026-11-28", "x")),
		];
		expect(names(dueList(contacts, day(T), DEFAULT_SETTINGS))).toEqual(["Over", "Urgent"]);
	});

	it("the order does not depend on the input order (property)", () => {
		const contacts = [
			person("A1", (b) => b.tier("A").lastContact("2026-09-01")),
			person("A2", (b) => b.tier("A").lastContact("2026-10-20")),
			person("B1", (b) => b.tier("B")),
			person("B2", (b) => b.tier("B").lastContact("2026-11-20").promise("2026-11-28", "x")),
			person("C1", (b) => b.tier("C").lastContact("2025-01-01")),
			person("C2", (b) => b.tier("C").lastContact("2026-11-20").birthday("--12-01")),
			person("C3", (b) => b.tier("C").lastContact("2026-11-20")),
		];
		const expected = names(dueList(contacts, day(T), DEFAULT_SETTINGS, { all: true }));
		fc.assert(
			fc.property(fc.shuffledSubarray(contacts, { minLength: contacts.length, maxLength: contacts.length }), (shuffled) => {
				expect(names(dueList(shuffled, day(T), DEFAULT_SETTINGS, { all: true }))).toEqual(expected);
			}),
			{ numRuns: 100 },
		);
	});
});

describe("evaluationJson", () => {
	it("has exactly the shape of `tend due --json`", () => {
		const e = ev((b) => b.tier("A").lastContact("2026-10-01").promise("2026-11-20", "Send the deck").promise(null, "Call back"), "2026-11-27", [["2026-09-01", "share", "a"]]);
		const json = evaluationJson(e);
		expect(json).toEqual({
			name: "Ada",
			path: "People/Ada.md",
			tier: "A",
			status: "overdue",
			lastContact: "2026-10-01",
			dueDate: "2026-10-29",
			overdueDate: "2026-11-12",
			daysSince: 57,
			reasons: [
				{ kind: "overdue", text: expect.any(String) },
				{ kind: "promise-late", text: expect.any(String) },
			],
			promises: [
				{ due: "2026-11-20", what: "Send the deck", status: "late" },
				{ due: null, what: "Call back", status: "open" },
			],
		});
		expect(Object.keys(json)).toEqual(["name", "path", "tier", "status", "lastContact", "dueDate", "overdueDate", "daysSince", "reasons", "promises"]);
		// Plain JSON: survives a round trip unchanged (no Day numbers, no extra fields such as `day`).
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
		for (const r of json.reasons) expect(Object.keys(r)).toEqual(["kind", "text"]);
		for (const p of json.promises) expect(Object.keys(p)).toEqual(["due", "what", "status"]);
	});

	it("a new contact has null dates and daysSince", () => {
		expect(evaluationJson(ev((b) => b.tier("B"), "2026-11-27"))).toMatchObject({ tier: "B", status: "new", lastContact: null, dueDate: null, overdueDate: null, daysSince: null });
	});

	it("an untracked contact has a null tier", () => {
		expect(evaluationJson(ev((b) => b.lastContact("2026-11-20"), "2026-11-27"))).toMatchObject({ tier: null, status: "untracked", lastContact: "2026-11-20", dueDate: null });
	});
});
