import { FIELD_WEIGHT, matchContacts, queryKeywords } from "../../../src/core/insights/match";
import { ContactBuilder } from "../../support/contactBuilder";
import { profile } from "../../support/profiles";

const amara = profile(new ContactBuilder("Amara Okafor").tier("A").interests("EU AI regulation", "trail running").goals("Launch in Germany"), {
	company: "Lumen Health",
	location: "Berlin",
});
const ben = profile(new ContactBuilder("Ben Carter").tier("A").offers("intros to seed investors", "pricing advice"), { tags: ["investor"], location: "London" });
const chen = profile(new ContactBuilder("Chen Wei").tier("B").interests("Robotics"), { company: "Kestrel Robotics" });
const lena = profile(new ContactBuilder("Lena Müller").tier("C"), { company: "Regulation Partners", location: "Zürich" });
const all = [amara, ben, chen, lena];

const names = (query: string[]) => matchContacts(all, query).map((m) => m.contact.name);

describe("matchContacts", () => {
	it.each([
		[["EU AI regulation"], ["Amara Okafor", "Lena Müller"]],
		[["investor"], ["Ben Carter"]],
		[["INVESTORS"], ["Ben Carter"]],
		[["zurich"], ["Lena Müller"]],
		[["Berlin", "London"], ["Amara Okafor", "Ben Carter"]],
		[["robotics"], ["Chen Wei"]],
		[["the", "for", "help"], []],
		[["gardening"], []],
	])("%j -> %j", (query, expected) => expect(names(query)).toEqual(expected));

	it("ranks more matched words first, then interests and goals over company and location", () => {
		// Lena matches "regulation" in her company (1), Amara in her interests (3) and also "eu", "ai".
		const m = matchContacts(all, ["regulation"]);
		expect(m.map((x) => [x.contact.name, x.score])).toEqual([
			["Amara Okafor", FIELD_WEIGHT.interests],
			["Lena Müller", FIELD_WEIGHT.company],
		]);
		// One word each: Chen's interest (3) before a company-only match.
		const r = matchContacts([lena, profile(new ContactBuilder("Ro").tier("A"), { company: "Robotics Inc" }), chen], ["robotics"]);
		expect(r.map((x) => x.contact.name)).toEqual(["Chen Wei", "Ro"]);
	});

	it("says which words matched, as the query wrote them, and where", () => {
		const [m] = matchContacts(all, ["Trail", "Runs", "in", "Berlin"]);
		expect(m?.contact.name).toBe("Amara Okafor");
		// "runs" is not "running": plurals are folded, other endings are not.
		expect(m?.words).toEqual(["trail", "berlin"]);
		expect(m?.hits).toEqual([
			{ field: "interests", value: "trail running", words: ["trail"] },
			{ field: "location", value: "Berlin", words: ["berlin"] },
		]);
	});

	it("counts a word once, at its best field", () => {
		const p = profile(new ContactBuilder("Pat").tier("A").interests("robotics").offers("robotics reviews"), { company: "Robotics Ltd", tags: ["robotics"] });
		const [m] = matchContacts([p], ["robotics"]);
		expect(m?.score).toBe(FIELD_WEIGHT.interests);
		expect(m?.hits.map((h) => h.field)).toEqual(["interests", "offers", "tags", "company"]);
	});

	it("breaks ties by tier, then name; untracked contacts last", () => {
		const x = (n: string, tier: string | null) => profile(tier === null ? new ContactBuilder(n).interests("chess") : new ContactBuilder(n).tier(tier).interests("chess"));
		expect(matchContacts([x("Zed", "A"), x("Amy", null), x("Bob", "B"), x("Abe", "A")], ["chess"]).map((m) => m.contact.name)).toEqual(["Abe", "Zed", "Bob", "Amy"]);
	});

	it("takes a note's tags, title and topics as the query", () => {
		expect(queryKeywords(["#ai/regulation", "Notes on the EU AI Act", "pricing"]).map((k) => k.word)).toEqual(["ai", "regulation", "notes", "eu", "act", "pricing"]);
		expect(names(["#ai/regulation", "pricing"])).toEqual(["Amara Okafor", "Ben Carter", "Lena Müller"]);
	});
});
