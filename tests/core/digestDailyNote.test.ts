import { checklistLines, reachOutItems, withReachOutSection, type ReachOutItem } from "../../src/core/digest";
import { digest } from "../../src/core/digest";
import { DEFAULT_SETTINGS, loadSettings } from "../../src/core/settings";
import { day } from "../support/builders";
import { ContactBuilder } from "../support/contactBuilder";
import { profile } from "../support/profiles";

const ada: ReachOutItem = { link: "Ada Lovelace", name: "Ada Lovelace", reason: "Last contact 80 days ago" };
const bo: ReachOutItem = { link: "Bo", name: "Bo", reason: "No contact logged yet" };
const cy: ReachOutItem = { link: "Cy", name: "Cy", reason: 'Promised "the deck" by November 28: due tomorrow' };

describe("the daily note's reach-out section", () => {
	it("is added at the end of the note, one task per contact with its reason", () => {
		expect(withReachOutSection("# Friday\n\nPlans.\n", [ada, bo])).toBe(
			"# Friday\n\nPlans.\n\n## Reach out today\n\n- [ ] [[Ada Lovelace]] — Last contact 80 days ago\n- [ ] [[Bo]] — No contact logged yet\n",
		);
		expect(withReachOutSection("", [bo])).toBe("## Reach out today\n\n- [ ] [[Bo]] — No contact logged yet\n");
	});

	it("is not duplicated on a second run: the same text comes back", () => {
		const once = withReachOutSection("# Friday\n", [ada, bo]);
		expect(withReachOutSection(once, [ada, bo])).toBe(once);
		expect(once.split("## Reach out today")).toHaveLength(2);
	});

	it("is updated in place: checked items stay, unchecked ones no longer due go, new ones come after the last item", () => {
		const before = "# Friday\n\n## Reach out today\n\n- [x] [[Ada Lovelace]] — Last contact 80 days ago\n- [ ] [[Bo]] — No contact logged yet\nMy own line\n\n## Notes\n\nText.\n";
		expect(withReachOutSection(before, [cy])).toBe(
			"# Friday\n\n## Reach out today\n\n- [x] [[Ada Lovelace]] — Last contact 80 days ago\n- [ ] [[Cy]] — Promised \"the deck\" by November 28: due tomorrow\nMy own line\n\n## Notes\n\nText.\n",
		);
	});

	it("keeps a checked item's text as the user left it, and does not add it again", () => {
		const before = "## Reach out today\n\n- [x] [[Ada Lovelace]] — called her, great chat\n";
		expect(withReachOutSection(before, [ada])).toBe(before);
	});

	it("says so when nobody is due, and replaces that line when someone is", () => {
		const empty = withReachOutSection("# Friday\n", []);
		expect(empty).toBe("# Friday\n\n## Reach out today\n\nNobody to reach out to today.\n");
		expect(withReachOutSection(empty, [bo])).toBe("# Friday\n\n## Reach out today\n\n- [ ] [[Bo]] — No contact logged yet\n");
	});

	it("links with the note's name and shows the contact's when they differ", () => {
		expect(withReachOutSection("", [{ link: "ada", name: "Ada Lovelace", reason: "" }])).toBe("## Reach out today\n\n- [ ] [[ada|Ada Lovelace]]\n");
	});

	it("reads back which items are checked, by line", () => {
		const text = "# Friday\n\n## Reach out today\n\n- [x] [[Ada Lovelace]] — r\n- [ ] [[Bo|Bo B.]] — r\n\n## Other\n- [x] [[Cy]]\n";
		expect(checklistLines(text)).toEqual([
			{ line: 4, link: "Ada Lovelace", checked: true },
			{ line: 5, link: "Bo", checked: false },
		]);
		expect(checklistLines("# No section\n- [x] [[Cy]]\n")).toEqual([]);
	});

	it("takes the digest's due contacts, each with its first reason", () => {
		const today = day("2026-11-27");
		const d = digest([profile(new ContactBuilder("Ada Lovelace").path("People/Ada Lovelace.md").tier("A").lastContact("2026-09-01"))], today, DEFAULT_SETTINGS);
		expect(reachOutItems(d)).toEqual([{ link: "Ada Lovelace", name: "Ada Lovelace", reason: d.due[0]?.evaluation.reasons[0]?.text }]);
	});
});

describe("the digest.dailyNote setting", () => {
	it("is off by default, read when true or false, and refused otherwise", () => {
		expect(DEFAULT_SETTINGS.digest.dailyNote).toBe(false);
		expect(loadSettings({ digest: { dailyNote: true } }).settings.digest.dailyNote).toBe(true);
		const bad = loadSettings({ digest: { dailyNote: "yes" } });
		expect(bad.settings.digest.dailyNote).toBe(false);
		expect(bad.problems).toEqual([{ setting: "digest.dailyNote", severity: "error", message: "digest.dailyNote should be true or false; using false" }]);
		expect(loadSettings({ digest: { dailyNotes: true } }).problems[0]?.message).toContain("did you mean digest.dailyNote?");
		expect(loadSettings({ digest: 1 }).problems[0]?.setting).toBe("digest");
	});
});
