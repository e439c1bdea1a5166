import { alreadyIntroduced, commonWordLimit, introductions, MAX_PER_SEEKER, namesContact } from "../../../src/core/insights/intros";
import { ContactBuilder } from "../../support/contactBuilder";
import { profile } from "../../support/profiles";

const jonas = () => new ContactBuilder("Jonas Berg").tier("B").goals("Close the Series A");
const ben = () => new ContactBuilder("Ben Carter").tier("A").offers("intros to seed investors", "Series A fundraising advice");
const elena = () => new ContactBuilder("Elena Petrova").tier("A").goals("Find a payments risk advisor").offers("partnerships with payment providers");
const hiro = () => new ContactBuilder("Hiro Tanaka").tier("B").goals("Meet payment providers in Europe").offers("payments risk reviews");

describe("introductions", () => {
	it("pairs a goal with an offer that shares a word, with the words, best first", () => {
		const intros = introductions([profile(jonas()), profile(ben()), profile(elena()), profile(hiro())]);
		expect(intros.map((i) => [i.a.name, i.b.name, i.words])).toEqual([
			["Elena Petrova", "Hiro Tanaka", ["payments", "risk", "providers"]],
			["Jonas Berg", "Ben Carter", ["series"]],
		]);
		const [first] = intros;
		expect(first?.directions).toEqual([
			{ seeker: expect.objectContaining({ name: "Elena Petrova" }), goal: "Find a payments risk advisor", helper: expect.objectContaining({ name: "Hiro Tanaka" }), offer: "payments risk reviews", words: ["payments", "risk"] },
			{ seeker: expect.objectContaining({ name: "Hiro Tanaka" }), goal: "Meet payment providers in Europe", helper: expect.objectContaining({ name: "Elena Petrova" }), offer: "partnerships with payment providers", words: ["payment", "providers"] },
		]);
	});

	it("ranks more shared words first, then pairs that fit both ways, then tier", () => {
		const a = new ContactBuilder("A").tier("C").goals("chess coaching").offers("chess books");
		const b = new ContactBuilder("B").tier("C").goals("chess partners").offers("chess clubs");
		const c = new ContactBuilder("C").tier("A").goals("go lessons");
		const d = new ContactBuilder("D").tier("A").offers("go boards");
		const e = new ContactBuilder("E").tier("C").goals("kayak tours");
		const f = new ContactBuilder("F").tier("C").offers("kayak tours");
		const g = new ContactBuilder("G").tier("C").goals("ski lessons");
		const h = new ContactBuilder("H").tier("C").offers("ski trips");
		const intros = introductions([g, h, c, d, a, b, e, f].map((x) => profile(x)));
		// E-F share two words; A-B one word both ways; C-D and G-H one word one way, tier A first.
		expect(intros.map((i) => `${i.a.name}-${i.b.name}:${i.words.join("+")}:${i.directions.length}`)).toEqual(["E-F:kayak+tours:1", "A-B:chess:2", "C-D:go:1", "G-H:ski:1"]);
	});

	it("leaves out pairs already introduced, by an intro entry in either note", () => {
		const withEntry = (summary: string, into: "jonas" | "ben") => {
			const j = jonas();
			const b = ben();
			(into === "jonas" ? j : b).touchpoint("2026-05-14", "intro", summary);
			return introductions([profile(j), profile(b)]);
		};
		expect(withEntry("Introduced him to [[Ben Carter]]", "jonas")).toEqual([]);
		expect(withEntry("Introduced him to [[People/Ben Carter|Ben]] re: the raise", "jonas")).toEqual([]);
		expect(withEntry("Introduced him to jonas berg", "ben")).toEqual([]);
		// Another kind, or another person, does not count.
		expect(withEntry("Told him about Jonas Bergman", "ben")).toHaveLength(1);
		const share = jonas().touchpoint("2026-05-14", "share", "Sent [[Ben Carter]]'s deck");
		expect(introductions([profile(share), profile(ben())])).toHaveLength(1);
	});

	it("never suggests a contact marked difficult", () => {
		expect(introductions([profile(jonas().difficult()), profile(ben())])).toEqual([]);
		expect(introductions([profile(jonas()), profile(ben().difficult())])).toEqual([]);
	});

	it("does not pair a contact with itself", () => {
		expect(introductions([profile(new ContactBuilder("Solo").tier("A").goals("chess coaching").offers("chess lessons"))])).toEqual([]);
	});

	it("suggests at most MAX_PER_SEEKER helpers for one contact, the best first", () => {
		const seeker = profile(new ContactBuilder("Seeker").tier("A").goals("kayak tours in Norway"));
		const helpers = Array.from({ length: MAX_PER_SEEKER + 3 }, (_, i) =>
			profile(new ContactBuilder(`H${i}`).tier("B").offers(i === 6 ? "kayak tours in Norway" : "kayak rentals")),
		);
		const intros = introductions([seeker, ...helpers]);
		expect(intros).toHaveLength(MAX_PER_SEEKER);
		expect(intros[0]?.b.name).toBe("H6");
		expect(intros[0]?.words).toEqual(["kayak", "tours", "norway"]);
	});

	it("ignores a word too many contacts offer", () => {
		expect(commonWordLimit(16)).toBe(25);
		expect(commonWordLimit(20000)).toBe(200);
		const seeker = profile(new ContactBuilder("Seeker").tier("A").goals("data contracts"));
		const common = Array.from({ length: 26 }, (_, i) => profile(new ContactBuilder(`D${i}`).tier("C").offers(`data ${i}x`)));
		expect(introductions([seeker, ...common])).toEqual([]);
		expect(introductions([seeker, ...common.slice(0, 25)])).toHaveLength(MAX_PER_SEEKER);
	});

	it("grows with the matches, not the square of the contacts", () => {
		// 3,000 contacts, no shared words but one pair: still a plain list of one.
		const many = Array.from({ length: 3000 }, (_, i) => profile(new ContactBuilder(`P${i}`).tier("C").goals(`goal${i}x`).offers(`offer${i}y`)));
		many.push(profile(new ContactBuilder("Seeker").tier("A").goals("kayak")), profile(new ContactBuilder("Helper").tier("A").offers("kayak trips")));
		expect(introductions(many).map((i) => [i.a.name, i.b.name])).toEqual([["Seeker", "Helper"]]);
	});
});

describe("namesContact", () => {
	it.each([
		["Introduced [[Ben Carter]] to Jo", "Ben Carter", true],
		["introduced ben carter", "Ben Carter", true],
		["Intro to José Núñez", "Jose Nunez", true],
		["Intro to Benjamin", "Ben", false],
		["Intro to Ben, Ann", "Ben", true],
	])("%s names %s: %s", (text, name, yes) => expect(namesContact(text, name)).toBe(yes));

	it("alreadyIntroduced looks at intro entries only", () => {
		const a = { contact: jonas().build(), entries: [{ kind: "Intro", summary: "Met [[Ben Carter]]" }] };
		const b = { contact: ben().build(), entries: [] };
		expect(alreadyIntroduced(a, b)).toBe(true);
		expect(alreadyIntroduced({ ...a, entries: [{ kind: "call", summary: "Met [[Ben Carter]]" }] }, b)).toBe(false);
	});
});
