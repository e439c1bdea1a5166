/** The Daily notes plugin's format and switch, read without moment.js (src/core/mentions/dailyNotes.ts). */
import { compileDailyFormat, dailyNotesEnabled, readDailyNotes } from "../../../src/core/mentions/dailyNotes";
import { noteDate } from "../../../src/core/mentions/datedNote";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { day } from "../../support/builders";

describe("daily note formats", () => {
	test.each([
		["YYYY-MM-DD", "2026-11-20", "2026-11-20"],
		["DD.MM.YYYY", "20.11.2026", "2026-11-20"],
		["D.M.YYYY", "3.7.2026", "2026-07-03"],
		["D.M.YYYY", "03.07.2026", "2026-07-03"],
		["YYYY/MM/YYYY-MM-DD", "2026/11/2026-11-20", "2026-11-20"],
		["[Daily] YYYY-MM-DD", "Daily 2026-11-20", "2026-11-20"],
		["YYYYMMDD", "20261120", "2026-11-20"],
	])("%s reads %s", (format, relative, expected) => {
		const c = compileDailyFormat(format, "Journal");
		if (!c.ok) throw new Error(c.reason);
		expect(c.daily.match(relative)).toBe(day(expected));
	});

	test.each([
		["YYYY-MM-DD", "2026-02-30"],
		["YYYY-MM-DD", "2026-11-20 Standup"],
		["YYYY/MM/YYYY-MM-DD", "2026/12/2026-11-20"],
		["DD.MM.YYYY", "2026-11-20"],
	])("%s does not read %s", (format, relative) => {
		const c = compileDailyFormat(format, "");
		expect(c.ok && c.daily.match(relative)).toBe(null);
	});

	test.each([["dddd, MMMM Do YYYY", "dddd"], ["YYYY-MMM-DD", "MMM"], ["YY-MM-DD", "YY"], ["YYYY-MM-Do", "Do"], ["gggg-[W]ww", "gggg"]])("%s is not read: it says which token", (format, token) => {
		const c = compileDailyFormat(format, "");
		expect(c.ok).toBe(false);
		if (!c.ok) expect(c.reason).toContain(`uses ${token},`);
	});

	test("a format without a day, or with an open bracket, is refused", () => {
		expect(compileDailyFormat("YYYY-MM", "").ok).toBe(false);
		expect(compileDailyFormat("[Daily YYYY-MM-DD", "").ok).toBe(false);
	});
});

test("whether the plugin is on: core-plugins.json as an object or an old-style list", () => {
	expect(dailyNotesEnabled({ "daily-notes": true })).toBe(true);
	expect(dailyNotesEnabled({ "daily-notes": false })).toBe(false);
	expect(dailyNotesEnabled({ templates: true })).toBe(false);
	expect(dailyNotesEnabled(["daily-notes", "graph"])).toBe(true);
	expect(dailyNotesEnabled(["graph"])).toBe(false);
	expect(dailyNotesEnabled("x")).toBeNull();
	expect(readDailyNotes({ format: "DD.MM.YYYY" }, false)).toBeNull();
	const defaults = readDailyNotes(null, null);
	expect(defaults?.ok && defaults.daily.format).toBe("YYYY-MM-DD");
});

test("a daily note by the plugin's format is dated only inside the plugin's folder", () => {
	const read = readDailyNotes({ folder: "/Journal/", format: "DD.MM.YYYY" }, true);
	if (!read?.ok) throw new Error("format");
	expect(noteDate("Journal/20.11.2026.md", null, DEFAULT_SETTINGS.mentions, read.daily, false)).toEqual({ day: day("2026-11-20"), by: "daily-notes" });
	expect(noteDate("Other/20.11.2026.md", null, DEFAULT_SETTINGS.mentions, read.daily, false)).toBeNull();
	expect(noteDate("Journal/20.11.2026.md", null, DEFAULT_SETTINGS.mentions, null, false)).toBeNull();
});
