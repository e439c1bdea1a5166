import { DEFAULT_SETTINGS, findKind, loadSettings, type Direction } from "../../src/core/settings";

const defaultsCopy = JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as typeof DEFAULT_SETTINGS;

describe("defaults are the documented ones", () => {
	const { settings, problems } = loadSettings(undefined);

	it("loads with no problems when there is no data", () => {
		expect(problems).toEqual([]);
		expect(loadSettings(null).problems).toEqual([]);
		expect(loadSettings({}).problems).toEqual([]);
	});

	it("detects contacts by the People/ folder, the #contact tag and type: contact", () => {
		expect(settings.contactsFolder).toBe("People");
		expect(settings.contactTag).toBe("contact");
		expect(settings.contactType).toBe("contact");
	});

	it("has tiers A 4-6w (positive rule every 13 weeks), B 10-13w, C 20-26w, in that order", () => {
		expect(settings.tiers).toEqual([
			{ name: "A", cadence: "4-6w", positiveEvery: "13w" },
			{ name: "B", cadence: "10-13w", positiveEvery: "" },
			{ name: "C", cadence: "20-26w", positiveEvery: "" },
		]);
	});

	it.each<[string, Direction]>([
		["share", "give"],
		["congrats", "give"],
		["intro", "give"],
		["help", "give"],
		["thanks", "give"],
		["promise-kept", "give"],
		["ask", "ask"],
		["check-in", "neutral"],
		["meeting", "neutral"],
		["call", "neutral"],
		["promise-moved", "neutral"],
	])("kind %s is %s", (name, direction) => {
		expect(findKind(settings, name)?.direction).toBe(direction);
	});

	it("has exactly the eleven default kinds", () => {
		expect(settings.kinds).toHaveLength(11);
	});

	it("has the log under ## Touchpoints, newest first, and the default entry template", () => {
		expect(settings.logHeading).toBe("## Touchpoints");
		expect(settings.logOrder).toBe("newest-first");
		expect(settings.entryTemplate).toBe("- {{date}} {{kind}} — {{summary}}");
	});

	it("has the documented windows: promise 2 days, dates 7, busy ended 14, ask streak 3", () => {
		expect(settings.promiseSoonDays).toBe(2);
		expect(settings.dateSoonDays).toBe(7);
		expect(settings.busyEndedDays).toBe(14);
		expect(settings.askStreak).toBe(3);
	});

	it("names the frontmatter keys as the table in docs/note-format.md does", () => {
		expect(settings.keys).toEqual({
			tier: "tier",
			cadence: "cadence",
			lastContact: "last_contact",
			promises: "promises",
			snoozeUntil: "snooze_until",
			birthday: "birthday",
			dates: "dates",
			busy: "busy",
			interests: "interests",
			goals: "goals",
			offers: "offers",
			difficult: "difficult",
			type: "type",
		});
	});
});

describe("loadSettings: partial data", () => {
	it("takes the given fields and defaults the rest", () => {
		const { settings, problems } = loadSettings({ contactsFolder: "Contacts/Work", promiseSoonDays: 5, logOrder: "oldest-first" });
		expect(problems).toEqual([]);
		expect(settings.contactsFolder).toBe("Contacts/Work");
		expect(settings.promiseSoonDays).toBe(5);
		expect(settings.logOrder).toBe("oldest-first");
		expect(settings.dateSoonDays).toBe(7);
		expect(settings.tiers).toEqual(DEFAULT_SETTINGS.tiers);
	});

	it("renames one key and keeps the others", () => {
		const { settings, problems } = loadSettings({ keys: { lastContact: "last-contacted" } });
		expect(problems).toEqual([]);
		expect(settings.keys.lastContact).toBe("last-contacted");
		expect(settings.keys.tier).toBe("tier");
	});

	it("accepts 0 for a window (a setting may switch a reason off)", () => {
		const { settings, problems } = loadSettings({ askStreak: 0, dateSoonDays: 0 });
		expect(problems).toEqual([]);
		expect(settings.askStreak).toBe(0);
		expect(settings.dateSoonDays).toBe(0);
	});

	it("takes custom tiers and kinds in the order given", () => {
		const { settings, problems } = loadSettings({
			tiers: [
				{ name: "1", cadence: "2w", positiveEvery: "" },
				{ name: "Inner circle", cadence: "monthly" },
			],
			kinds: [
				{ name: "coffee", direction: "neutral" },
				{ name: "referral", direction: "give" },
			],
		});
		expect(problems).toEqual([]);
		expect(settings.tiers.map((t) => t.name)).toEqual(["1", "Inner circle"]);
		expect(settings.tiers[1]?.positiveEvery).toBe("");
		expect(settings.kinds.map((k) => k.name)).toEqual(["coffee", "referral"]);
	});

	it("accepts a valid custom entry template", () => {
		const template = "- {{date}} with {{name}}: {{kind}} — {{summary}} [{{hours}}]";
		const { settings, problems } = loadSettings({ entryTemplate: template });
		expect(problems).toEqual([]);
		expect(settings.entryTemplate).toBe(template);
	});

	it("never changes the shared defaults", () => {
		const loaded = loadSettings({ keys: { tier: "level" }, tiers: [{ name: "X", cadence: "2w" }] });
		loaded.settings.kinds.push({ name: "extra", direction: "give" });
		loaded.settings.keys.cadence = "freq";
		expect(DEFAULT_SETTINGS).toEqual(defaultsCopy);
		expect(loadSettings({}).settings).toEqual(defaultsCopy);
	});
});

describe("loadSettings: wrong values are reported and defaulted, never thrown", () => {
	it.each<[string, unknown]>([
		["a number", 5],
		["a list", []],
		["text", "People"],
	])("data that is %s", (_what, data) => {
		const { settings, problems } = loadSettings(data);
		expect(problems).toEqual([{ setting: "(file)", severity: "error", message: expect.stringMatching(/not a JSON object/) }]);
		expect(settings).toEqual(defaultsCopy);
	});

	it.each<[string, unknown, unknown]>([
		["contactsFolder", 3, "People"],
		["contactTag", ["contact"], "contact"],
		["contactType", null, "contact"],
		["logHeading", true, "## Touchpoints"],
		["entryTemplate", 5, "- {{date}} {{kind}} — {{summary}}"],
		["promiseSoonDays", -1, 2],
		["promiseSoonDays", 1.5, 2],
		["promiseSoonDays", "2", 2],
		["dateSoonDays", null, 7],
		["busyEndedDays", "14", 14],
		["askStreak", -3, 3],
		["logOrder", "sideways", "newest-first"],
		["logOrder", 1, "newest-first"],
	])("%s: %j is reported and %j used", (key, value, used) => {
		const { settings, problems } = loadSettings({ [key]: value });
		expect(problems).toHaveLength(1);
		expect(problems[0]?.setting).toBe(key);
		expect((settings as unknown as Record<string, unknown>)[key]).toEqual(used);
	});

	it("a key name that is not a non-empty string is reported; good ones still apply", () => {
		const { settings, problems } = loadSettings({ keys: { tier: 5, cadence: "  ", lastContact: "last-contacted" } });
		expect(problems.map((p) => p.setting).sort()).toEqual(["keys.cadence", "keys.tier"]);
		expect(settings.keys.tier).toBe("tier");
		expect(settings.keys.cadence).toBe("cadence");
		expect(settings.keys.lastContact).toBe("last-contacted");
	});

	it("keys that are not an object are reported", () => {
		const { settings, problems } = loadSettings({ keys: ["tier"] });
		expect(problems.map((p) => p.setting)).toEqual(["keys"]);
		expect(settings.keys).toEqual(DEFAULT_SETTINGS.keys);
	});

	it("a tier with a bad cadence is reported and kept, so its notes are not blamed for an unknown tier", () => {
		const { settings, problems } = loadSettings({
			tiers: [
				{ name: "A", cadence: "nope" },
				{ name: "B", cadence: "2w" },
			],
		});
		expect(problems).toEqual([{ setting: "tiers[0].cadence", severity: "error", message: expect.stringMatching(/tier "A".*cadence "nope".*not tracked/) }]);
		expect(settings.tiers.map((t) => t.name)).toEqual(["A", "B"]);
	});

	it("falls back to the default tiers when no tier has a usable cadence", () => {
		const { settings, problems } = loadSettings({ tiers: [{ name: "A", cadence: "nope" }] });
		expect(settings.tiers.map((t) => t.name)).toEqual(["A", "B", "C"]);
		expect(settings.tiers[0]?.cadence).toBe("4-6w");
		expect(problems.map((p) => p.setting)).toEqual(["tiers[0].cadence", "tiers"]);
	});

	it("accepts a number as a tier name", () => {
		expect(loadSettings({ tiers: [{ name: 1, cadence: "2w" }] }).settings.tiers).toEqual([{ name: "1", cadence: "2w", positiveEvery: "" }]);
	});

	it.each([
		["zero", "0w"],
		["ideal above max", "6-4w"],
		["mixed units", "4w-6m"],
	])("a tier cadence with %s is reported", (_why, cadence) => {
		const { problems } = loadSettings({ tiers: [{ name: "A", cadence }, { name: "B", cadence: "2w" }] });
		expect(problems.map((p) => p.setting)).toEqual(["tiers[0].cadence"]);
	});

	it("when no tier is usable, the default tiers are used and that is reported", () => {
		const { settings, problems } = loadSettings({ tiers: [{ name: "A", cadence: "bad" }] });
		expect(problems.map((p) => p.setting)).toEqual(["tiers[0].cadence", "tiers"]);
		expect(settings.tiers).toEqual(DEFAULT_SETTINGS.tiers);
	});

	it.each<[string, unknown]>([
		["an empty list", []],
		["not a list", { A: "4-6w" }],
	])("tiers that are %s fall back to A, B and C", (_what, tiers) => {
		const { settings, problems } = loadSettings({ tiers });
		expect(problems.map((p) => p.setting)).toEqual(["tiers"]);
		expect(settings.tiers).toEqual(DEFAULT_SETTINGS.tiers);
	});

	it("a tier without a name, a duplicate tier and a bad positive rule are each reported", () => {
		const { settings, problems } = loadSettings({
			tiers: [
				{ name: " X ", cadence: " 2w ", positiveEvery: "bad" },
				{ name: "X", cadence: "3w" },
				{ cadence: "2w" },
			],
		});
		expect(problems.map((p) => p.setting)).toEqual(["tiers[0].positiveEvery", "tiers[1]", "tiers[2]"]);
		expect(settings.tiers).toEqual([{ name: "X", cadence: "2w", positiveEvery: "" }]);
	});

	it("a kind with a bad direction, a name of two words or a duplicate is reported and left out", () => {
		const { settings, problems } = loadSettings({
			kinds: [
				{ name: "coffee", direction: "sideways" },
				{ name: "lunch", direction: "give" },
				{ name: "two words", direction: "ask" },
				{ name: "Lunch", direction: "ask" },
				{ direction: "give" },
			],
		});
		expect(problems.map((p) => p.setting)).toEqual(["kinds[0].direction", "kinds[2]", "kinds[3]", "kinds[4]"]);
		expect(problems[0]?.message).toMatch(/give, ask or neutral/);
		expect(settings.kinds).toEqual([{ name: "lunch", direction: "give" }]);
	});

	it.each<[string, unknown]>([
		["an empty list", []],
		["only bad kinds", [{ name: "x", direction: "up" }]],
	])("kinds that are %s fall back to the defaults", (_what, kinds) => {
		const { settings, problems } = loadSettings({ kinds });
		expect(problems.length).toBeGreaterThan(0);
		expect(problems[problems.length - 1]?.setting).toBe("kinds");
		expect(settings.kinds).toEqual(DEFAULT_SETTINGS.kinds);
	});

	it.each([
		["no list marker", "{{date}} {{kind}} {{summary}}"],
		["no {{date}}", "- {{kind}} — {{summary}}"],
		["no {{summary}}", "- {{date}} {{kind}}"],
		["an unknown placeholder", "- {{date}} {{kind}} — {{summary}} {{mood}}"],
		["two lines", "- {{date}} {{kind}}\n— {{summary}}"],
	])("an entry template with %s is reported and the default used", (_why, template) => {
		const { settings, problems } = loadSettings({ entryTemplate: template });
		expect(problems.map((p) => p.setting)).toEqual(["entryTemplate"]);
		expect(settings.entryTemplate).toBe(DEFAULT_SETTINGS.entryTemplate);
	});

	it("problems in several fields are all reported, and the good fields still apply", () => {
		const { settings, problems } = loadSettings({ contactsFolder: 1, askStreak: "x", contactTag: "person", tiers: "A" });
		expect(problems.map((p) => p.setting).sort()).toEqual(["askStreak", "contactsFolder", "tiers"]);
		expect(settings.contactTag).toBe("person");
	});
});

describe("findKind", () => {
	it.each([
		["call", "call"],
		["Call", "call"],
		["CHECK-IN", "check-in"],
	])("%s finds %s", (name, found) => {
		expect(findKind(DEFAULT_SETTINGS, name)?.name).toBe(found);
	});

	it("an unknown kind finds nothing", () => {
		expect(findKind(DEFAULT_SETTINGS, "lunch")).toBeUndefined();
	});
});
