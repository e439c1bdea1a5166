/**
 * The plugin reads a note into the same Contact as `tend` does: frontmatter from the
 * metadata cache (here the fake's indexer, which parses like Obsidian) plus the text for the
 * log, against the CLI's gray-matter reader over the same bytes.
 */
import { parseIsoDay } from "../../src/core/calendar";
import { EMPTY_LOG } from "../../src/core/log";
import { DEFAULT_SETTINGS, loadSettings } from "../../src/core/settings";
import { contactFromText as cliContact } from "../../src/cli/vault";
import { contactFromCache, contactFromText, looksBroken } from "../../src/obsidian/contactNote";
import { indexNote } from "./fakeObsidian";
import { EXAMPLE_VAULT, readVault } from "./harness";

const today = parseIsoDay("2026-11-27") as number;

function pluginContact(path: string, text: string, settings = DEFAULT_SETTINGS) {
	return contactFromCache(path, indexNote(text), text, settings, today);
}

describe("the same note gives the same contact in the plugin and the CLI", () => {
	const vault = readVault(EXAMPLE_VAULT);
	test.each(Object.keys(vault))("%s", (path) => {
		const text = vault[path] as string;
		expect(pluginContact(path, text)).toEqual(cliContact(path, text, DEFAULT_SETTINGS, today));
		expect(contactFromText(path, text, DEFAULT_SETTINGS, today)).toEqual(cliContact(path, text, DEFAULT_SETTINGS, today));
	});

	const tricky: [string, string, string][] = [
		["YAML that does not parse", "People/Broken.md", "---\ntier: A\nlast_contact: 2026-10-01\nbad: [unclosed\n---\n## Touchpoints\n- 2026-11-01 call — Hi\n"],
		["duplicate keys", "People/Twice.md", "---\ntier: A\ntier: B\n---\n"],
		["CRLF line endings", "People/Crlf.md", "---\r\ntier: B\r\nlast_contact: 2026-10-01\r\n---\r\n## Touchpoints\r\n- 2026-11-02 share — A link\r\n"],
		["a byte-order mark", "People/Bom.md", "\uFEFF---\ntier: C\n---\n## Touchpoints\n- 2026-01-02 call — x\n"],
		["a ---js block, which must not run", "People/Js.md", "---js\n{ tier: 'A' }\n---\n"],
		["no closing fence", "People/Open.md", "---\ntier: A\n"],
		["a ... closing line", "People/Dots.md", "---\ntier: A\nlast_contact: 2026-11-01\n...\nBody\n"],
		["an inline tag outside the folder", "Notes/Tagged.md", "---\ntier: B\n---\nMet at the meetup #contact/work\n"],
		["a tag only inside code", "Notes/Code.md", "---\ntier: B\n---\n```\n#contact\n```\nand `#contact` inline\n"],
		["type: contact", "Notes/Typed.md", "---\ntype: Contact\ntier: A\n---\n"],
		["a link as type", "Notes/Linked.md", "---\ntype: \"[[contact]]\"\ntier: A\n---\n"],
		["frontmatter tags", "Notes/Tags.md", "---\ntags: [work, Contact]\ntier: C\n---\n"],
		["a date-time property", "People/Time.md", "---\ntier: A\nlast_contact: 2026-11-01T09:30:00\n---\n"],
		["a date that does not exist", "People/Feb.md", "---\ntier: A\nlast_contact: 2026-02-30\npromises:\n  - 2026-13-01 Nothing\n---\n"],
		["a tier that is a number", "People/Num.md", "---\ntier: 1\n---\n"],
		["an empty frontmatter", "People/Empty.md", "---\n---\n# Empty\n"],
		["a list where text belongs", "People/List.md", "---\ntier: [A, B]\ncadence: [1, 2]\n---\n"],
		["not a contact", "Notes/Plain.md", "---\ntier: A\n---\nJust a note\n"],
	];
	test.each(tricky)("%s", (_what, path, text) => {
		expect(pluginContact(path, text)).toEqual(cliContact(path, text, DEFAULT_SETTINGS, today));
	});

	test("with settings that rename keys and the tiers", () => {
		const settings = loadSettings({ keys: { lastContact: "last-contacted", tier: "circle" }, tiers: [{ name: "1", cadence: "2w" }], contactsFolder: "" }).settings;
		const text = "---\ncircle: 1\nlast-contacted: 2026-11-01\ntags: contact\n---\n";
		const mine = pluginContact("Anywhere/X.md", text, settings);
		expect(mine).toEqual(cliContact("Anywhere/X.md", text, settings, today));
		expect(mine?.tier).toBe("1");
		expect(mine?.lastContactField).toBe(parseIsoDay("2026-11-01"));
	});
});

describe("a note whose YAML does not parse", () => {
	const text = "---\ntier: A\nbad: [unclosed\n---\n";
	test("has no frontmatter in the cache, but a frontmatter position", () => {
		const cache = indexNote(text);
		expect(cache.frontmatter).toBeUndefined();
		expect(cache.frontmatterPosition).toBeDefined();
		expect(looksBroken(cache)).toBe(true);
		expect(looksBroken(indexNote("---\ntier: A\n---\n"))).toBe(false);
	});
	test("shows the CLI's error with its line once the text is read", () => {
		const contact = pluginContact("People/Broken.md", text);
		const errors = contact?.diagnostics.filter((d) => d.severity === "error") ?? [];
		expect(errors).toHaveLength(1);
		expect(errors[0]?.line).toBe(3);
		expect(errors[0]?.message).toMatch(/^frontmatter does not parse \(line 3\)/);
	});
	test("is a contact from its folder even before the text is read, with no diagnostics yet", () => {
		const contact = contactFromCache("People/Broken.md", indexNote(text), null, DEFAULT_SETTINGS, today);
		expect(contact?.logRead).toBe(false);
		expect(contact?.tier).toBeNull();
	});
});

test("the frontmatter alone gives the schedule fields; the log comes with the text", () => {
	const text = "---\ntier: A\nlast_contact: 2026-10-05\npromises:\n  - 2026-11-20 Send it\n---\n## Touchpoints\n- 2026-11-01 call — Hi\n";
	const early = contactFromCache("People/A.md", indexNote(text), null, DEFAULT_SETTINGS, today);
	const full = pluginContact("People/A.md", text);
	expect(early).toMatchObject({ tier: "A", lastContactField: parseIsoDay("2026-10-05"), log: EMPTY_LOG, logRead: false });
	expect(early?.promises).toEqual(full?.promises);
	expect(full?.log).toMatchObject({ count: 1, newest: parseIsoDay("2026-11-01"), newestDirection: "neutral" });
	expect(full?.logRead).toBe(true);
});

test("a note the cache does not know yet is read from its text", () => {
	const text = "---\ntier: B\n---\n";
	expect(contactFromCache("People/New.md", null, text, DEFAULT_SETTINGS, today)).toEqual(cliContact("People/New.md", text, DEFAULT_SETTINGS, today));
	expect(contactFromCache("People/New.md", null, null, DEFAULT_SETTINGS, today)).toBeNull();
});
