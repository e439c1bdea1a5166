import { describeFilter, filterContacts, filterList, isFiltering, matchesFilter, NO_FILTER, tagIsUnder } from "../../../src/core/insights/filters";
import { ContactBuilder } from "../../support/contactBuilder";

const c = (path: string, tier: string | null) => ({ path, tier });

describe("filters", () => {
	it.each([
		[undefined, []],
		["A", ["A"]],
		["A, B,,C ", ["A", "B", "C"]],
		[" , ", []],
	])("filterList(%p)", (value, list) => expect(filterList(value)).toEqual(list));

	it.each([
		["work", "work", true],
		["work/clients", "work", true],
		["#Work/Clients", "work", true],
		["work", "#WORK", true],
		["workshop", "work", false],
		["work", "work/clients", false],
		["work/clients", "work/clients", true],
		["x", "", false],
	])("tag %s is under %s: %s", (tag, wanted, yes) => expect(tagIsUnder(tag, wanted)).toBe(yes));

	it.each([
		["a tier in the list", c("People/Ada.md", "A"), [], { tiers: ["B", "A"] }, true],
		["a tier not in the list", c("People/Ada.md", "B"), [], { tiers: ["A"] }, false],
		["tiers compare as written", c("People/Ada.md", "A"), [], { tiers: ["a"] }, false],
		["no tier", c("People/Ada.md", null), [], { tiers: ["A"] }, false],
		["a nested tag", c("People/Ada.md", "A"), ["work/clients"], { tags: ["work"] }, true],
		["another tag", c("People/Ada.md", "A"), ["home"], { tags: ["work", "family"] }, false],
		["a folder and its subfolders", c("People/Work/Sub/Sam.md", "A"), [], { folders: ["People/Work"] }, true],
		["a folder with a slash and ./", c("People/Work/Sam.md", "A"), [], { folders: ["./People/Work/"] }, true],
		["a folder whose name starts the same", c("People/Workshop/Al.md", "A"), [], { folders: ["People/Work"] }, false],
		["folders are case-sensitive", c("people/work/Sam.md", "A"), [], { folders: ["People/Work"] }, false],
		["one of two folders", c("Clients/Priya.md", "A"), [], { folders: ["People", "Clients"] }, true],
		["every filter must pass", c("People/Ada.md", "A"), ["work"], { tiers: ["A"], tags: ["home"] }, false],
		["every filter passes", c("People/Ada.md", "A"), ["work"], { tiers: ["A"], tags: ["work"], folders: ["People"] }, true],
	])("%s", (_name, contact, tags, filter, yes) => expect(matchesFilter(contact, tags, { ...NO_FILTER, ...filter })).toBe(yes));

	it("filters a list, asking for tags only when a tag filter is given", () => {
		const contacts = [new ContactBuilder("Ada").tier("A").build(), new ContactBuilder("Bo").tier("B").build()];
		const asked: string[] = [];
		const tagsOf = (x: { name: string }) => {
			asked.push(x.name);
			return x.name === "Bo" ? ["work"] : [];
		};
		expect(filterContacts(contacts, { ...NO_FILTER, tiers: ["A"] }, tagsOf).map((x) => x.name)).toEqual(["Ada"]);
		expect(asked).toEqual([]);
		expect(filterContacts(contacts, { ...NO_FILTER, tags: ["work"] }, tagsOf).map((x) => x.name)).toEqual(["Bo"]);
		expect(asked).toEqual(["Ada", "Bo"]);
		expect(filterContacts(contacts, NO_FILTER, tagsOf)).toHaveLength(2);
	});

	it("describes itself", () => {
		expect(isFiltering(NO_FILTER)).toBe(false);
		expect(describeFilter({ tiers: ["A", "B"], tags: ["#work"], folders: ["People/Work/"] })).toBe("tier A or B, tag #work, folder People/Work");
	});
});
