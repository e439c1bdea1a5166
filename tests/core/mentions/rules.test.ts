/**
 * The rules of issue 10, items 2 and 4, one table row each. Every row runs through both
 * readers (the CLI's text reader and the plugin's cache reader over the fake metadata cache)
 * and checks that they agree before checking the answer (tests/support/mentions.ts).
 */
import { day } from "../../support/builders";
import { mentioned, read } from "../../support/mentions";

const TODAY = day("2026-11-27");
const ADA = "---\ntier: A\naliases: [Ada, The Countess]\n---\n# Ada\n";
const GRACE = "---\ntier: B\n---\n# Grace\n";

function vault(daily: string, extra: Record<string, string> = {}): Record<string, string> {
	return { "People/Ada Lovelace.md": ADA, "People/Grace Hopper.md": GRACE, "Daily/2026-11-20.md": daily, ...extra };
}

function mentionsIn(daily: string, extra: Record<string, string> = {}): string[] {
	return mentioned(read(vault(daily, extra), { today: TODAY }).get("Daily/2026-11-20.md"));
}

describe("a link from a dated note is a meeting, unless it sits where plans, code, comments and quotes are", () => {
	test.each([
		["a plain link", "Lunch with [[Ada Lovelace]]", ["Ada Lovelace"]],
		["a link with display text", "Lunch with [[Ada Lovelace|Ada]]", ["Ada Lovelace"]],
		["a path link", "Lunch with [[People/Ada Lovelace]]", ["Ada Lovelace"]],
		["a path link with .md", "Lunch with [[People/Ada Lovelace.md]]", ["Ada Lovelace"]],
		["a link to a heading", "See [[Ada Lovelace#Notes]]", ["Ada Lovelace"]],
		["a link to a block", "See [[Ada Lovelace#^abc123]]", ["Ada Lovelace"]],
		["any case", "Lunch with [[ada lovelace]]", ["Ada Lovelace"]],
		["an alias of the contact (unresolved in Obsidian)", "Coffee with [[Ada]]", ["Ada Lovelace"]],
		["an alias in another case", "Coffee with [[the countess]]", ["Ada Lovelace"]],
		["a markdown link", "Lunch with [Ada](People/Ada%20Lovelace.md)", ["Ada Lovelace"]],
		["two contacts", "[[Ada Lovelace]] and [[Grace Hopper]]", ["Ada Lovelace", "Grace Hopper"]],
		["a heading", "## Call with [[Grace Hopper]]", ["Grace Hopper"]],
		["a table cell with an escaped bar", "| who |\n| --- |\n| [[Ada Lovelace\\|Ada]] |", ["Ada Lovelace"]],
		["a checked task", "- [x] Called [[Ada Lovelace]]", ["Ada Lovelace"]],
		["a checked task (capital X)", "- [X] Called [[Ada Lovelace]]", ["Ada Lovelace"]],
		["a done task under an open one", "- [ ] Project\n  - [x] Called [[Ada Lovelace]]", ["Ada Lovelace"]],
		["an ordinary list item", "- Met [[Ada Lovelace]] at the fair", ["Ada Lovelace"]],
		["an unchecked task: a plan", "- [ ] Call [[Ada Lovelace]]", []],
		["an unchecked task in a numbered list", "1. [ ] Call [[Ada Lovelace]]", []],
		["an item under an unchecked task", "- [ ] Prepare the offsite\n  - with [[Ada Lovelace]]", []],
		["a continuation line of an unchecked task", "- [ ] Prepare the offsite\n  with [[Ada Lovelace]]", []],
		["a lazy continuation line of an unchecked task", "- [ ] Prepare the offsite\nwith [[Ada Lovelace]]", []],
		["a paragraph after a list that had a plan", "- [ ] Call [[Grace Hopper]]\n\nMet [[Ada Lovelace]]", ["Ada Lovelace"]],
		["a cancelled task", "- [-] Lunch with [[Ada Lovelace]]", []],
		["an in-progress task", "- [/] Intro for [[Ada Lovelace]]", []],
		["a fenced code block", "```\n[[Ada Lovelace]]\n```", []],
		["a tilde fence", "~~~md\n[[Ada Lovelace]]\n~~~", []],
		["a fence inside a list item", "- notes\n  ```\n  [[Ada Lovelace]]\n  ```", []],
		["after a code block", "```\nx\n```\nMet [[Ada Lovelace]]", ["Ada Lovelace"]],
		["inline code", "Type `[[Ada Lovelace]]` to link", []],
		["double-backtick inline code", "Type ``a ` [[Ada Lovelace]]`` to link", []],
		["an inline comment", "Lunch %% with [[Ada Lovelace]] %% alone", []],
		["a comment over lines", "%%\nwith [[Ada Lovelace]]\n%%", []],
		["after a comment", "%% note %% Met [[Ada Lovelace]]", ["Ada Lovelace"]],
		["an unclosed comment hides the rest", "%% draft\n\nMet [[Ada Lovelace]]", []],
		["an HTML comment", "<!-- [[Ada Lovelace]] -->", []],
		["%% inside code is text", "`%%` Met [[Ada Lovelace]]", ["Ada Lovelace"]],
		["a quote", "> [[Ada Lovelace]] said so", []],
		["a lazy line of a quote", "> She said\nso did [[Ada Lovelace]]", []],
		["a callout", "> [!note] Agenda\n> [[Ada Lovelace]]", []],
		["after a quote and a blank line", "> quote\n\nMet [[Ada Lovelace]]", ["Ada Lovelace"]],
		["an embed", "![[Ada Lovelace]]", []],
		["an image embed", "![photo](People/Ada%20Lovelace.md)", []],
		["an external link", "[Ada](https://example.com/Ada%20Lovelace.md)", []],
		["a link to a note that is not a contact", "See [[Reading list]]", []],
		["a link to nothing", "See [[Nobody]]", []],
	])("%s", (_what, body, expected) => {
		expect(mentionsIn(`# 2026-11-20\n\n${body}\n`, { "Reading list.md": "books" })).toEqual(expected);
	});

	test("one mention per contact and note, at the first line that links it", () => {
		const found = read(vault("x\n[[Grace Hopper]]\n[[Ada Lovelace]]\n[[Ada]]\n"), { today: TODAY }).get("Daily/2026-11-20.md");
		expect(found?.mentions).toEqual([
			{ contact: "People/Grace Hopper.md", day: day("2026-11-20"), source: "Daily/2026-11-20.md", line: 2 },
			{ contact: "People/Ada Lovelace.md", day: day("2026-11-20"), source: "Daily/2026-11-20.md", line: 3 },
		]);
	});
});

describe("links in properties", () => {
	test.each([
		["a list of attendees", 'attendees: ["[[Ada Lovelace]]", "[[Grace Hopper]]"]', ["Ada Lovelace", "Grace Hopper"]],
		["a block list", "attendees:\n  - \"[[Ada Lovelace|Ada]]\"", ["Ada Lovelace"]],
		["one value", 'host: "[[People/Grace Hopper]]"', ["Grace Hopper"]],
		["an alias", 'with: "[[Ada]]"', ["Ada Lovelace"]],
		["text around a link is not a link", 'topic: "lunch with [[Ada Lovelace]]"', []],
		["a plain name is not a link", "attendees: [Ada Lovelace]", []],
	])("%s", (_what, yaml, expected) => {
		expect(mentionsIn(`---\n${yaml}\n---\nNotes\n`)).toEqual(expected);
	});

	test("a property link has no line; a body link to the same contact gives it one", () => {
		const found = read(vault('---\nattendees: ["[[Ada Lovelace]]"]\n---\nx\nMet [[Ada Lovelace]]\n'), { today: TODAY }).get("Daily/2026-11-20.md");
		expect(found?.mentions.map((m) => m.line)).toEqual([5]);
		const only = read(vault('---\nattendees: ["[[Ada Lovelace]]"]\n---\nx\n'), { today: TODAY }).get("Daily/2026-11-20.md");
		expect(only?.mentions.map((m) => m.line)).toEqual([null]);
	});
});

describe("which notes are dated, and on which day", () => {
	function mentionDays(path: string, text: string, options: Parameters<typeof read>[1] = { today: TODAY }): string[] {
		const found = read({ "People/Ada Lovelace.md": ADA, [path]: text }, options).get(path);
		return (found?.mentions ?? []).map((m) => `${m.day}`);
	}
	test.each([
		["an ISO date name", "Daily/2026-11-20.md", "[[Ada]]", "2026-11-20"],
		["an ISO date and words", "Meetings/2026-11-20 Standup.md", "[[Ada]]", "2026-11-20"],
		["an ISO date, underscore, words", "Meetings/2026-11-20_ada.md", "[[Ada]]", "2026-11-20"],
		["a date property", "Meetings/Standup.md", "---\ndate: 2026-11-19\n---\n[[Ada]]", "2026-11-19"],
		["a datetime property", "Meetings/Standup.md", "---\ndate: 2026-11-19T16:30\n---\n[[Ada]]", "2026-11-19"],
		["a datetime with seconds and a zone", "Meetings/Standup.md", "---\ndate: 2026-11-19T23:30:00-08:00\n---\n[[Ada]]", "2026-11-19"],
		["a datetime with a space", "Meetings/Standup.md", "---\ndate: 2026-11-19 09:00\n---\n[[Ada]]", "2026-11-19"],
		["a date property that links a daily note", "Meetings/Standup.md", '---\ndate: "[[2026-11-18]]"\n---\n[[Ada]]', "2026-11-18"],
		["the property wins over the name", "Meetings/2026-11-20 Plan.md", "---\ndate: 2026-11-21\n---\n[[Ada]]", "2026-11-21"],
		["a property in another case", "Meetings/Standup.md", "---\nDate: 2026-11-19\n---\n[[Ada]]", "2026-11-19"],
	])("%s", (_what, path, text, expected) => {
		expect(mentionDays(path, text)).toEqual([`${day(expected)}`]);
	});

	test.each([
		["a name that is not a date", "Meetings/Standup.md", "[[Ada]]"],
		["a date that does not exist", "Daily/2026-02-30.md", "[[Ada]]"],
		["a date run into other digits", "Daily/2026-11-201.md", "[[Ada]]"],
		["a date property of another shape", "Meetings/Standup.md", "---\ndate: next tuesday\n---\n[[Ada]]"],
		["a day after today", "Daily/2026-11-28.md", "[[Ada]]"],
		["a date property after today", "Meetings/Standup.md", "---\ndate: 2026-12-01T09:00\n---\n[[Ada]]"],
	])("not a mention: %s", (_what, path, text) => {
		expect(mentionDays(path, text)).toEqual([]);
	});

	test("today counts", () => {
		expect(mentionDays("Daily/2026-11-27.md", "[[Ada]]")).toEqual([`${TODAY}`]);
	});

	test("a contact note is never a dated note", () => {
		expect(mentionDays("People/2026-11-20 Grace.md", "[[Ada]]")).toEqual([]);
	});

	test("folders to include and exclude, and the feature switch", () => {
		expect(mentionDays("Daily/2026-11-20.md", "[[Ada]]", { today: TODAY, mentions: { includeFolders: ["Meetings"] } })).toEqual([]);
		expect(mentionDays("Meetings/2026-11-20.md", "[[Ada]]", { today: TODAY, mentions: { includeFolders: ["Meetings"] } })).toHaveLength(1);
		expect(mentionDays("Archive/2026-11-20.md", "[[Ada]]", { today: TODAY, mentions: { excludeFolders: ["Archive"] } })).toEqual([]);
		expect(mentionDays("Archive2/2026-11-20.md", "[[Ada]]", { today: TODAY, mentions: { excludeFolders: ["Archive"] } })).toHaveLength(1);
		expect(mentionDays("Daily/2026-11-20.md", "[[Ada]]", { today: TODAY, mentions: { enabled: false } })).toEqual([]);
	});

	test("another date property name", () => {
		const text = "---\nheld: 2026-11-19\ndate: 2026-11-01\n---\n[[Ada]]";
		expect(mentionDays("Meetings/Standup.md", text, { today: TODAY, mentions: { dateKey: "held" } })).toEqual([`${day("2026-11-19")}`]);
	});
});

describe("tasks that link a contact are promises", () => {
	function tasksIn(body: string, path = "Projects/Launch.md") {
		return read({ "People/Ada Lovelace.md": ADA, "People/Grace Hopper.md": GRACE, [path]: body }, { today: TODAY }).get(path);
	}

	test.each([
		["the Tasks format", "- [ ] Send [[Ada Lovelace]] the deck 📅 2026-12-04", "2026-12-04", "Send Ada Lovelace the deck", "tasks"],
		["the Tasks format with other fields", "- [ ] Send [[Ada Lovelace|Ada]] the deck ⏫ ➕ 2026-11-01 📅 2026-12-04 #work ^abc", "2026-12-04", "Send Ada the deck #work", "tasks"],
		["Tasks' other due emoji", "- [ ] Intro for [[Ada]] 📆 2026-12-05", "2026-12-05", "Intro for Ada", "tasks"],
		["the Dataview format", "- [ ] Send [[Ada Lovelace]] the deck [due:: 2026-12-04]", "2026-12-04", "Send Ada Lovelace the deck", "dataview"],
		["Dataview in parentheses, mid-line", "- [ ] Send (due:: 2026-12-04) the deck to [[Ada]]", "2026-12-04", "Send the deck to Ada", "dataview"],
		["a task in a dated note", "- [ ] Follow up with [[Grace Hopper]] 📅 2026-11-30", "2026-11-30", "Follow up with Grace Hopper", "tasks"],
	])("%s", (_what, line, due, what, format) => {
		const found = tasksIn(`# Launch\n\n${line}\n`);
		expect(found?.promises.map((p) => ({ due: p.due, what: p.what, format: p.format, line: p.line }))).toEqual([{ due: day(due), what, format, line: 3 }]);
	});

	test.each([
		["no due date", "- [ ] Send [[Ada Lovelace]] the deck"],
		["a due date followed by more description (Tasks reads fields from the end)", "- [ ] Send 📅 2026-12-04 the deck to [[Ada]]"],
		["no contact", "- [ ] Send the deck 📅 2026-12-04"],
		["a cancelled task", "- [-] Send [[Ada]] the deck 📅 2026-12-04"],
		["a task in a code block", "```\n- [ ] Send [[Ada]] the deck 📅 2026-12-04\n```"],
		["a task in a comment", "%%\n- [ ] Send [[Ada]] the deck 📅 2026-12-04\n%%"],
		["a task in a quote", "> - [ ] Send [[Ada]] the deck 📅 2026-12-04"],
		["an embed is not a link", "- [ ] Send ![[Ada]] the deck 📅 2026-12-04"],
	])("not a promise: %s", (_what, body) => {
		expect(tasksIn(`${body}\n`)?.promises).toEqual([]);
	});

	test("a task that links two contacts is a promise to each", () => {
		const found = tasksIn("- [ ] Introduce [[Ada]] to [[Grace Hopper]] 📅 2026-12-01\n");
		expect(found?.promises.map((p) => p.contact).sort()).toEqual(["People/Ada Lovelace.md", "People/Grace Hopper.md"]);
	});

	test("a repeating task is a promise that says it repeats", () => {
		const found = tasksIn("- [ ] Call [[Ada]] 🔁 every month 📅 2026-12-01\n");
		expect(found?.promises.map((p) => p.recurring)).toEqual([true]);
	});

	test("a due date that does not exist is a warning on its line", () => {
		const found = tasksIn("x\n- [ ] Send [[Ada]] the deck 📅 2026-02-30\n");
		expect(found?.promises).toEqual([]);
		expect(found?.warnings).toEqual([{ path: "Projects/Launch.md", line: 2, severity: "warning", message: expect.stringContaining("2026-02-30 of this task is not a date that exists") }]);
	});

	test.each([
		["Tasks' done date, on time", "- [x] Send [[Ada]] the deck 📅 2026-12-04 ✅ 2026-12-03", "2026-12-04", "2026-12-03", -1],
		["Tasks' done date, late", "- [x] Send [[Ada]] the deck 📅 2026-11-20 ✅ 2026-11-23", "2026-11-20", "2026-11-23", 3],
		["Dataview's completion field", "- [x] Send [[Ada]] the deck [due:: 2026-11-20] [completion:: 2026-11-20]", "2026-11-20", "2026-11-20", 0],
		["a done date without a due date", "- [x] Sent [[Ada]] the deck ✅ 2026-11-20", null, "2026-11-20", null],
	])("kept: %s", (_what, line, due, doneOn, late) => {
		const found = tasksIn(`${line}\n`);
		expect(found?.kept.map((k) => ({ due: k.due, done: k.done, late: k.late }))).toEqual([{ due: due === null ? null : day(due), done: day(doneOn), late }]);
		expect(found?.promises).toEqual([]);
	});

	test("a checked task without a done date is neither a promise nor kept", () => {
		const found = tasksIn("- [x] Send [[Ada]] the deck 📅 2026-12-04\n");
		expect(found?.promises).toEqual([]);
		expect(found?.kept).toEqual([]);
	});
});
