/**
 * A day to its daily note's path and a new daily note from the template
 * (src/core/mentions/dailyNotePath.ts): the tokens the matcher reads, written back so the
 * matcher finds the note again; any other token refused with the reason.
 */
import { fromYmd } from "../../../src/core/calendar";
import { compileDailyFormat } from "../../../src/core/mentions/dailyNotes";
import { dailyNotePath, dailyNoteSettings, fillDailyTemplate, renderDayFormat, templatePath } from "../../../src/core/mentions/dailyNotePath";

const day = fromYmd(2026, 3, 5);

describe("renderDayFormat", () => {
	it.each([
		["YYYY-MM-DD", "2026-03-05"],
		["YYYY/MM/YYYY-MM-DD", "2026/03/2026-03-05"],
		["D.M.YYYY", "5.3.2026"],
		["[Journal] YYYY-MM-DD", "Journal 2026-03-05"],
		["YYYY", "2026"],
	])("%s gives %s", (format, expected) => {
		expect(renderDayFormat(format, day)).toEqual({ ok: true, text: expected });
	});

	it.each([
		["dddd, MMMM Do YYYY", "dddd"],
		["YYYY-MMM-DD", "MMM"],
		["Do MM YYYY", "Do"],
		["YY-MM-DD", "YY"],
	])("refuses %s, naming %s", (format, token) => {
		const r = renderDayFormat(format, day);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).toContain(`uses ${token},`);
	});

	it("refuses an open bracket", () => {
		expect(renderDayFormat("[Journal YYYY", day)).toEqual({ ok: false, reason: 'the date format "[Journal YYYY" opens a [ that it does not close' });
	});

	it("writes what the matcher reads back as the same day, for every supported token", () => {
		for (const format of ["YYYY-MM-DD", "YYYY/MM/YYYY-MM-DD", "D.M.YYYY", "[Week of] YYYY-MM-DD", "DD-MM-YYYY"]) {
			const m = compileDailyFormat(format, "");
			const r = renderDayFormat(format, fromYmd(2026, 12, 31));
			expect(m.ok && r.ok && m.daily.match(r.text)).toBe(fromYmd(2026, 12, 31));
		}
	});
});

describe("dailyNotePath", () => {
	it("puts the note in the folder", () => {
		expect(dailyNotePath(dailyNoteSettings({ folder: "/Journal/", format: "YYYY/YYYY-MM-DD" }), day)).toEqual({ ok: true, text: "Journal/2026/2026-03-05.md" });
	});

	it("uses the core plugin's defaults without settings", () => {
		expect(dailyNoteSettings(null)).toEqual({ folder: "", format: "YYYY-MM-DD", template: "" });
		expect(dailyNotePath(dailyNoteSettings({ format: "  " }), day)).toEqual({ ok: true, text: "2026-03-05.md" });
	});

	it("refuses a format without a day", () => {
		const r = dailyNotePath(dailyNoteSettings({ format: "YYYY-MM" }), day);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).toContain("does not name a year (YYYY), a month (MM) and a day (DD)");
	});

	it("adds .md to a template path without it", () => {
		expect(templatePath("Templates/Daily")).toBe("Templates/Daily.md");
		expect(templatePath("Templates/Daily.md")).toBe("Templates/Daily.md");
	});
});

describe("fillDailyTemplate", () => {
	const values = { day, format: "YYYY-MM-DD", title: "2026-03-05", hour: 7, minute: 5 };

	it("fills date, time, title and a date format", () => {
		expect(fillDailyTemplate("# {{title}}\n{{date}} {{time}} {{ date:D.M.YYYY }} {{time:HH:mm}}", values)).toBe("# 2026-03-05\n2026-03-05 07:05 5.3.2026 07:05");
	});

	it("leaves what it cannot fill as written", () => {
		expect(fillDailyTemplate("{{date:dddd}} {{time:h a}} {{title:x}} {{weather}}", values)).toBe("{{date:dddd}} {{time:h a}} {{title:x}} {{weather}}");
	});
});
