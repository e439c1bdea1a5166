/** The decision behind "also add it to the contact's log?" (src/core/mentions/logOffer.ts). */
import { decideLogOffer, offerKey, pruneOffers } from "../../../src/core/mentions/logOffer";
import type { Mention } from "../../../src/core/mentions/interpret";
import { day } from "../../support/builders";

const TODAY = day("2026-11-27");
const NOTE = "Daily/2026-11-20.md";
const m = (contact: string, on = "2026-11-20"): Mention => ({ contact, day: day(on), source: NOTE, line: 3 });

function decide(over: Partial<Parameters<typeof decideLogOffer>[0]> = {}) {
	return decideLogOffer({ enabled: true, source: NOTE, mentions: [m("People/Grace.md"), m("People/Ada.md")], today: TODAY, loggedDays: () => new Set(), offered: new Set(), ...over });
}

test("offers the contacts the note mentions, once per note and day", () => {
	const offer = decide();
	expect(offer).toEqual({ key: offerKey(NOTE, TODAY), contacts: ["People/Ada.md", "People/Grace.md"], day: day("2026-11-20") });
	expect(decide({ offered: new Set([offer?.key ?? ""]) })).toBeNull();
	expect(decide({ offered: new Set([offerKey(NOTE, TODAY - 1)]) })).not.toBeNull();
	expect(decide({ offered: new Set([offerKey("Daily/other.md", TODAY)]) })).not.toBeNull();
});

test("leaves out a contact whose log already has an entry that day", () => {
	const logged = (c: string) => new Set(c === "People/Ada.md" ? [day("2026-11-20")] : [day("2026-11-19")]);
	expect(decide({ loggedDays: logged })?.contacts).toEqual(["People/Grace.md"]);
	expect(decide({ loggedDays: () => new Set([day("2026-11-20")]) })).toBeNull();
});

test("nothing when the setting is off, nothing is mentioned, or the note is dated later", () => {
	expect(decide({ enabled: false })).toBeNull();
	expect(decide({ mentions: [] })).toBeNull();
	expect(decide({ mentions: [m("People/Ada.md", "2026-11-30")] })).toBeNull();
});

test("yesterday's offers are dropped", () => {
	expect([...pruneOffers([offerKey(NOTE, TODAY), offerKey(NOTE, TODAY - 1)], TODAY)]).toEqual([offerKey(NOTE, TODAY)]);
});
