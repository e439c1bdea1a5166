/**
 * Settings problems carry a severity: a field Tend does not know (a typo such as
 * `contactFolder`) is a warning with "did you mean"; a value Tend cannot use stays an error.
 */
// @ts-nocheck

import { DEFAULT_SETTINGS, loadSettings, settingsDiagnostics } from "../../src/core/settings";

describe("unknown fields in data.json", () => {
	it.each([
		["contactFolder", "contactsFolder"],
		["contacts_folder", "contactsFolder"],
		["logheading", "logHeading"],
		["promiseSoonDay", "promiseSoonDays"],
		["askstreak", "askStreak"],
		["entryTemplat", "entryTemplate"],
	])("%s is a warning: did you mean %s?", (field, suggestion) => {
		const { settings, problems } = loadSettings({ [field]: "x" });
		expect(problems).toEqual([{ setting: field, severity: "warning", message: `Tend has no such setting and does not read it; did you mean ${suggestion}?` }]);
		expect(settings).toEqual(DEFAULT_SETTINGS);
	});

	it("a field near nothing is a warning without a suggestion", () => {
		expect(loadSettings({ theme: "dark" }).problems).toEqual([{ setting: "theme", severity: "warning", message: "Tend has no such setting and does not read it" }]);
	});

	it("fields inside keys, tiers and kinds are checked too", () => {
		const { settings, problems } = loadSettings({
			keys: { lastContacted: "last-contacted", tier: "level" },
			tiers: [{ name: "A", cadence: "2w", positveEvery: "6w" }],
			kinds: [{ name: "call", direction: "neutral", dir: "give" }],
		});
		expect(problems).toEqual([
			{ setting: "keys.lastContacted", severity: "warning", message: "Tend has no such setting and does not read it; did you mean keys.lastContact?" },
			{ setting: "tiers[0].positveEvery", severity: "warning", message: "Tend has no such setting and does not read it; did you mean tiers[0].positiveEvery?" },
			{ setting: "kinds[0].dir", severity: "warning", message: "Tend has no such setting and does not read it" },
		]);
		expect(settings.keys.tier).toBe("level");
		expect(settings.keys.lastContact).toBe("last_contact");
	});

	it("every field Tend saves is known: the defaults round-trip without a problem", () => {
		expect(loadSettings(JSON.parse(JSON.stringify(DEFAULT_SETTINGS))).problems).toEqual([]);
	});

	it("a value Tend cannot use is still an error", () => {
		expect(loadSettings({ askStreak: -1, tiers: [{ name: "A", cadence: "2w", positiveEvery: "often" }] }).problems.map((p) => [p.setting, p.severity])).toEqual([
			["askStreak", "error"],
			["tiers[0].positiveEvery", "error"],
		]);
	});

	it("settingsDiagnostics keeps each problem's severity", () => {
		const { problems } = loadSettings({ contactFolder: "People", askStreak: "3" });
		expect(settingsDiagnostics(problems, ".obsidian/plugins/tend/data.json")).toEqual([
			{ path: ".obsidian/plugins/tend/data.json", severity: "warning", message: "setting contactFolder: Tend has no such setting and does not read it; did you mean contactsFolder?" },
			{ path: ".obsidian/plugins/tend/data.json", severity: "error", message: "setting askStreak: askStreak should be a whole number of 0 or more; using 3" },
		]);
	});
});
