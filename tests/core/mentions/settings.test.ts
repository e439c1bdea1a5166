/** The settings of "contact recorded where it happens" in data.json (src/core/settings.ts, `mentions`). */
import { DEFAULT_SETTINGS, loadSettings } from "../../../src/core/settings";

test("defaults: on, every folder, the date property, no log offer", () => {
	expect(loadSettings(null).settings.mentions).toEqual({ enabled: true, includeFolders: [], excludeFolders: [], dateKey: "date", offerLog: false });
});

test("given fields are read, folders cleaned of slashes", () => {
	const { settings, problems } = loadSettings({ mentions: { enabled: false, includeFolders: ["/Daily/", "Meetings"], excludeFolders: ["Archive", " "], dateKey: " held ", offerLog: true } });
	expect(problems).toEqual([]);
	expect(settings.mentions).toEqual({ enabled: false, includeFolders: ["Daily", "Meetings"], excludeFolders: ["Archive"], dateKey: "held", offerLog: true });
	expect(DEFAULT_SETTINGS.mentions.includeFolders).toEqual([]);
});

test("a value of the wrong type falls back to the default and says so; an unknown field is a warning with a suggestion", () => {
	const { settings, problems } = loadSettings({ mentions: { enabled: "yes", includeFolders: "Daily", dateKey: "", excludeFolder: [] } });
	expect(settings.mentions).toEqual(DEFAULT_SETTINGS.mentions);
	expect(problems.map((p) => `${p.severity} ${p.setting}`).sort()).toEqual(["error mentions.dateKey", "error mentions.enabled", "error mentions.includeFolders", "warning mentions.excludeFolder"]);
	expect(problems.find((p) => p.setting === "mentions.excludeFolder")?.message).toContain("did you mean mentions.excludeFolders?");
	expect(loadSettings({ mentions: [] }).problems.map((p) => p.setting)).toEqual(["mentions"]);
});
