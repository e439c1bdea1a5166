import { digest } from "../../src/core/digest";
import { suggestionInput } from "../../src/core/insights/brief";
import { suggest } from "../../src/core/insights/suggest";
import { dueList } from "../../src/core/schedule";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { day } from "../support/builders";
import { ContactBuilder } from "../support/contactBuilder";
import { profile } from "../support/profiles";

const today = day("2026-11-27");

const people = () => [
	profile(new ContactBuilder("Amara Okafor").tier("A").lastContact("2026-10-05").promise("2026-11-20", "Send the summary").touchpoint("2026-10-05", "meeting", "Lunch in Berlin")),
	profile(new ContactBuilder("Ben Carter").tier("A").lastContact("2026-11-20").birthday("1990-12-11")),
	profile(new ContactBuilder("Chen Wei").tier("B").lastContact("2026-09-10").birthday("1988-12-01").interests("tea")),
	profile(new ContactBuilder("Dora Untracked").promise("2026-12-03", "Return the book").birthday("1970-11-28")),
	profile(new ContactBuilder("Eve Snoozed").tier("B").lastContact("2026-05-01").snoozeUntil("2027-01-10").birthday("1980-11-29").promise("2026-12-02", "Send the deck")),
	profile(new ContactBuilder("Finn Later").tier("C").lastContact("2026-11-01").promise("2026-12-05", "Too far").date("2020-12-12", "joined Acme")),
];

describe("digest", () => {
	const d = digest(people(), today, DEFAULT_SETTINGS);

	it("lists the due list's contacts in its order, each with the brief's suggestion", () => {
		const profiles = people();
		const ranked = dueList(
			profiles.map((p) => p.contact),
			today,
			DEFAULT_SETTINGS,
		);
		expect(d.due.map((e) => e.evaluation.contact.name)).toEqual(ranked.map((e) => e.contact.name));
		expect(d.due.map((e) => e.evaluation.contact.name)).toEqual(["Amara Okafor", "Chen Wei"]);
		const amara = profiles[0];
		const first = ranked[0];
		if (amara === undefined || first === undefined) throw new Error("no Amara");
		expect(d.due[0]?.suggestion).toEqual(suggest(suggestionInput(amara, first, today, DEFAULT_SETTINGS)));
		expect(d.due[0]?.suggestion.kind).toBe("promise-moved");
		expect(d.more).toBe(0);
	});

	it("cuts the list at the limit and counts the rest; 0 lists them all", () => {
		const one = digest(people(), today, DEFAULT_SETTINGS, { limit: 1 });
		expect(one.due.map((e) => e.evaluation.contact.name)).toEqual(["Amara Okafor"]);
		expect(one.more).toBe(1);
		expect(digest(people(), today, DEFAULT_SETTINGS, { limit: 0 }).due).toHaveLength(2);
	});

	it("holds the promises of the next 7 days, late first, of every contact note, snoozed or not", () => {
		expect(d.promises.map((p) => [p.contact.name, p.what, p.status])).toEqual([
			["Amara Okafor", "Send the summary", "late"],
			["Eve Snoozed", "Send the deck", "open"],
			["Dora Untracked", "Return the book", "open"],
		]);
	});

	it("takes a promise due 6 days out, not one due 7 days out", () => {
		const at = (due: string) => digest([profile(new ContactBuilder("X").tier("A").lastContact("2026-11-26").promise(due, "p"))], today, DEFAULT_SETTINGS).promises.length;
		expect(at("2026-12-03")).toBe(1);
		expect(at("2026-12-04")).toBe(0);
	});

	it("holds the tracked contacts' birthdays and yearly dates of the next 14 days, soonest first", () => {
		expect(d.dates.map((x) => [x.contact.name, x.kind, x.label, x.day - today, x.years])).toEqual([
			["Chen Wei", "birthday", "Birthday", 4, 38],
			["Ben Carter", "birthday", "Birthday", 14, 36],
		]);
	});

	it("leaves out a date 15 days out, and counts one today", () => {
		const on = (birthday: string) => digest([profile(new ContactBuilder("X").tier("A").lastContact("2026-11-26").birthday(birthday))], today, DEFAULT_SETTINGS).dates.map((x) => x.day - today);
		expect(on("1990-11-27")).toEqual([0]);
		expect(on("1990-12-12")).toEqual([]);
	});

	it("is empty for an empty vault", () => {
		expect(digest([], today, DEFAULT_SETTINGS)).toEqual({ today, due: [], more: 0, promises: [], dates: [] });
	});
});
