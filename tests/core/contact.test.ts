import { baseName, isContactNote, readContact, type Contact } from "../../src/core/contact";
import type { Severity } from "../../src/core/diagnostics";
import { inlineTags } from "../../src/core/markdown";
import { DEFAULT_SETTINGS, type TendSettings } from "../../src/core/settings";
import { contact, contactOf, day, iso, note, readNote, settingsWith } from "../support/builders";

const TODAY = "2026-11-27";
const read = (fm: string[], opts: { settings?: TendSettings; log?: string[]; today?: string } = {}) => contactOf(fm, { today: TODAY, ...opts });
const diag = (c: Contact) => c.diagnostics.map((d) => [d.severity, d.message]);

describe("every property of the table in docs/note-format.md", () => {
	it("reads a complete contact note", () => {
		const c = read([
			"tier: A",
			"cadence: 4-6w",
			"last_contact: 2026-11-20",
			"promises:",
			"  - 2026-12-01 Send the deck",
			"snooze_until: 2026-12-10",
			"birthday: 1985-03-14",
			"dates:",
			"  - 03-01 Promotion",
			"  - 2019-06-15 Joined Acme",
			"busy:",
			"  - 12-20..01-05 Holidays",
			"interests: [AI policy, Climbing]",
			"goals:",
			"  - Launch in Germany",
			"offers:",
			"  - Intros to EU regulators",
			"difficult: true",
			"unknown_key: left alone",
		]);
		expect(c.diagnostics).toEqual([]);
		expect(c.name).toBe("Ada Lovelace");
		expect(c.tier).toBe("A");
		expect(c.tierIndex).toBe(0);
		expect(c.cadence).toEqual({ ideal: { count: 4, unit: "w" }, max: { count: 6, unit: "w" } });
		expect(c.positiveEvery).toEqual({ count: 13, unit: "w" });
		expect(iso(c.lastContactField)).toBe("2026-11-20");
		expect(c.promises).toEqual([{ index: 0, raw: "2026-12-01 Send the deck", due: day("2026-12-01"), what: "Send the deck" }]);
		expect(iso(c.snoozeUntil)).toBe("2026-12-10");
		expect(c.birthday).toEqual({ year: 1985, month: 3, day: 14 });
		expect(c.dates).toEqual([
			{ year: null, month: 3, day: 1, label: "Promotion" },
			{ year: 2019, month: 6, day: 15, label: "Joined Acme" },
		]);
		expect(c.busy).toEqual([{ start: { year: null, month: 12, day: 20 }, end: { year: null, month: 1, day: 5 }, yearly: true, label: "Holidays" }]);
		expect(c.interests).toEqual(["AI policy", "Climbing"]);
		expect(c.goals).toEqual(["Launch in Germany"]);
		expect(c.offers).toEqual(["Intros to EU regulators"]);
		expect(c.difficult).toBe(true);
	});

	it("a contact with no properties is an untracked contact with no diagnostics", () => {
		const c = contact("# Ada\n", "People/Ada.md");
		expect(c).toMatchObject({ name: "Ada", tier: null, tierIndex: -1, cadence: null, lastContactField: null, promises: [], difficult: false });
		expect(c.diagnostics).toEqual([]);
	});

	it.each(["tier:", "tier: ''", "last_contact:", "last_contact: ''", "promises: []", "birthday:", "cadence:", "snooze_until:", "difficult:"])(
		"an empty value (%s) is no value and no diagnostic",
		(line) => {
			const c = read([line]);
			expect(c.diagnostics).toEqual([]);
			expect([c.tier, c.lastContactField, c.snoozeUntil, c.birthday, c.difficult, c.promises]).toEqual([null, null, null, null, false, []]);
		},
	);

	describe("tier", () => {
		it.each([
			["A", "A", 0],
			["B", "B", 1],
			["C", "C", 2],
		])("tier: %s", (value, tier, index) => {
			const c = read([`tier: ${value}`]);
			expect([c.tier, c.tierIndex]).toEqual([tier, index]);
		});

		it("the cadence comes from the tier", () => {
			expect(read(["tier: B"]).cadence).toEqual({ ideal: { count: 10, unit: "w" }, max: { count: 13, unit: "w" } });
			expect(read(["tier: C"]).cadence).toEqual({ ideal: { count: 20, unit: "w" }, max: { count: 26, unit: "w" } });
		});

		it("only tier A has the default positive rule", () => {
			expect(read(["tier: B"]).positiveEvery).toBeNull();
		});

		it("tier: 1 is the tier named \"1\" (values compare as text)", () => {
			const settings = settingsWith({ tiers: [{ name: "1", cadence: "2w", positiveEvery: "" }, { name: "2", cadence: "3m", positiveEvery: "" }] });
			const c = read(["tier: 1"], { settings });
			expect([c.tier, c.tierIndex]).toEqual(["1", 0]);
			expect(c.diagnostics).toEqual([]);
			expect(read(["tier: 2"], { settings }).tier).toBe("2");
			expect(read(["tier: '2'"], { settings }).tier).toBe("2");
		});

		it("tier: true is the tier named \"true\"", () => {
			const settings = settingsWith({ tiers: [{ name: "true", cadence: "2w", positiveEvery: "" }] });
			expect(read(["tier: true"], { settings }).tier).toBe("true");
		});

		it("a tier given as a number to readContact (Obsidian's cache) is compared as text", () => {
			const settings = settingsWith({ tiers: [{ name: "1", cadence: "2w", positiveEvery: "" }] });
			const c = readContact({ path: "People/Ada.md", frontmatter: { tier: 1 }, text: null, bodyStart: 0 }, settings, null);
			expect(c.tier).toBe("1");
			expect(c.logRead).toBe(false);
		});

		it("a tier not in settings is an error and the contact is not tracked", () => {
			const c = read(["tier: X", "last_contact: 2026-11-20"]);
			expect([c.tier, c.tierIndex, c.cadence]).toEqual([null, -1, null]);
			expect(diag(c)).toEqual([["error", expect.stringMatching(/tier "X" is not a tier in settings \(A, B, C\)/)]]);
			// The rest of the contact still works.
			expect(iso(c.lastContactField)).toBe("2026-11-20");
		});

		it("a list where one tier belongs is a warning (a value of the wrong shape)", () => {
			const c = read(["tier: [A, B]"]);
			expect(c.tier).toBeNull();
			expect(diag(c)).toEqual([["warning", expect.stringMatching(/tier should be one tier name/)]]);
		});
	});

	describe("cadence", () => {
		it.each([
			["6w", { ideal: { count: 6, unit: "w" }, max: { count: 6, unit: "w" } }],
			["90d", { ideal: { count: 90, unit: "d" }, max: { count: 90, unit: "d" } }],
			["quarterly", { ideal: { count: 3, unit: "m" }, max: { count: 3, unit: "m" } }],
			["4–6 weeks", { ideal: { count: 4, unit: "w" }, max: { count: 6, unit: "w" } }],
		])("cadence: %s overrides the tier", (value, cadence) => {
			const c = read(["tier: C", `cadence: ${value}`]);
			expect(c.cadence).toEqual(cadence);
			expect(c.tier).toBe("C");
			expect(c.diagnostics).toEqual([]);
		});

		it.each(["nope", "0w", "6-4w", "4w-6m"])("cadence: %s is an error and the tier's cadence is used", (value) => {
			const c = read(["tier: A", `cadence: ${value}`]);
			expect(c.cadence).toEqual({ ideal: { count: 4, unit: "w" }, max: { count: 6, unit: "w" } });
			expect(diag(c)).toEqual([["error", expect.stringContaining(`"${value}"`)]]);
		});

		it("a list where a cadence belongs is a warning and the tier's cadence is used", () => {
			const c = read(["tier: A", "cadence: [6w]"]);
			expect(c.cadence).toEqual({ ideal: { count: 4, unit: "w" }, max: { count: 6, unit: "w" } });
			expect(diag(c)).toEqual([["warning", expect.stringMatching(/cadence should be text/)]]);
		});

		it("a cadence without a tier does not track the contact", () => {
			const c = read(["cadence: 6w"]);
			expect([c.tier, c.cadence]).toEqual([null, null]);
		});
	});

	describe("last_contact", () => {
		it.each([
			["2026-11-20", "2026-11-20"],
			["'2026-11-20'", "2026-11-20"],
			['"2026-11-20"', "2026-11-20"],
			["2026-11-20T10:30", "2026-11-20"],
			["2026-11-20T23:30:00+14:00", "2026-11-20"],
			['"[[2026-11-20]]"', "2026-11-20"],
			["2024-02-29", "2024-02-29"],
		])("last_contact: %s is %s", (value, expected) => {
			const c = read(["tier: A", `last_contact: ${value}`]);
			expect(iso(c.lastContactField)).toBe(expected);
			expect(c.diagnostics).toEqual([]);
		});

		it.each(["2026-02-30", "2026-02-29", "2026-13-01", "2026-04-31"])("last_contact: %s (a date that does not exist) is an error and ignored", (value) => {
			const c = read(["tier: A", `last_contact: ${value}`]);
			expect(c.lastContactField).toBeNull();
			expect(diag(c)).toEqual([["error", expect.stringContaining(`"${value}" is not a date that exists`)]]);
		});

		it.each([["2026"], ["[2026-11-20]"], ["{on: 2026-11-20}"]])("last_contact: %s (a value of the wrong shape) is a warning and ignored", (value) => {
			const c = read(["tier: A", `last_contact: ${value}`]);
			expect(c.lastContactField).toBeNull();
			expect(diag(c)).toEqual([["warning", expect.stringMatching(/last_contact should be a date/)]]);
		});

		it("a last_contact after today is a warning, and still counts", () => {
			const c = read(["tier: A", "last_contact: 2026-11-28"]);
			expect(iso(c.lastContactField)).toBe("2026-11-28");
			expect(diag(c)).toEqual([["warning", expect.stringMatching(/2026-11-28 is in the future/)]]);
		});

		it("a last_contact of today is not in the future", () => {
			expect(read(["tier: A", "last_contact: 2026-11-27"]).diagnostics).toEqual([]);
		});

		it("without a today nothing is in the future", () => {
			expect(contactOf(["tier: A", "last_contact: 2099-01-01"]).diagnostics).toEqual([]);
		});

		it("key names are settings: last-contacted", () => {
			const settings = settingsWith({ keys: { ...DEFAULT_SETTINGS.keys, lastContact: "last-contacted" } });
			const c = read(["tier: A", "last-contacted: 2026-11-20", "last_contact: 2020-01-01"], { settings });
			expect(iso(c.lastContactField)).toBe("2026-11-20");
		});

		it("a key the note lacks is absent even when every object has it (a key named valueOf)", () => {
			const settings = settingsWith({ keys: { ...DEFAULT_SETTINGS.keys, lastContact: "valueOf", snoozeUntil: "constructor" } });
			const c = read(["tier: A"], { settings });
			expect([c.lastContactField, c.snoozeUntil]).toEqual([null, null]);
			expect(c.diagnostics).toEqual([]);
			expect(iso(read(["tier: A", "valueOf: 2026-11-20"], { settings }).lastContactField)).toBe("2026-11-20");
		});

		it("a key in another case is found (Last_Contact)", () => {
			const c = read(["Tier: A", "Last_Contact: 2026-11-20"]);
			expect([c.tier, iso(c.lastContactField)]).toEqual(["A", "2026-11-20"]);
		});
	});

	describe("promises", () => {
		it("reads dated promises with any separator", () => {
			const c = read(["tier: A", "promises:", "  - 2026-12-01 Send the deck", "  - 2026-12-02 — Intro to Dana", "  - '2026-12-03: Share the report'", "  - 2026-12-04"]);
			expect(c.promises.map((p) => [iso(p.due), p.what, p.index])).toEqual([
				["2026-12-01", "Send the deck", 0],
				["2026-12-02", "Intro to Dana", 1],
				["2026-12-03", "Share the report", 2],
				["2026-12-04", "", 3],
			]);
			expect(c.diagnostics).toEqual([]);
		});

		it("a promise without a date is a warning and kept with no due date", () => {
			const c = read(["tier: A", "promises:", "  - Send the deck"]);
			expect(c.promises).toEqual([{ index: 0, raw: "Send the deck", due: null, what: "Send the deck" }]);
			expect(diag(c)).toEqual([["warning", expect.stringMatching(/promise without a date: "Send the deck"/)]]);
		});

		it("a promise whose date does not exist is an error", () => {
			const c = read(["tier: A", "promises:", "  - 2026-02-30 Send the deck"]);
			expect(c.promises[0]?.due).toBeNull();
			expect(diag(c)).toEqual([["error", expect.stringContaining("2026-02-30 is not a date that exists")]]);
		});

		it("an item that is not text is a warning and left out", () => {
			const c = read(["tier: A", "promises:", "  - 42", "  - 2026-12-01 Send the deck"]);
			expect(c.promises.map((p) => p.what)).toEqual(["Send the deck"]);
			expect(diag(c)).toEqual([["warning", expect.stringMatching(/item 1 is not text/)]]);
		});

		it("a single text value is read as one promise, with a warning", () => {
			const c = read(["tier: A", "promises: 2026-12-01 Send the deck"]);
			expect(c.promises.map((p) => p.what)).toEqual(["Send the deck"]);
			expect(diag(c)).toEqual([["warning", expect.stringMatching(/should be a list/)]]);
		});

		it("a number where the list belongs is a warning", () => {
			const c = read(["tier: A", "promises: 5"]);
			expect(c.promises).toEqual([]);
			expect(diag(c)).toEqual([["warning", expect.stringMatching(/should be a list/)]]);
		});
	});

	describe("snooze_until", () => {
		it("reads a date, which may lie in the future without a warning", () => {
			const c = read(["tier: A", "snooze_until: 2027-01-15"]);
			expect(iso(c.snoozeUntil)).toBe("2027-01-15");
			expect(c.diagnostics).toEqual([]);
		});

		it("a snooze date that does not exist is an error", () => {
			const c = read(["tier: A", "snooze_until: 2026-02-30"]);
			expect(c.snoozeUntil).toBeNull();
			expect(diag(c)).toEqual([["error", expect.stringContaining("not a date that exists")]]);
		});
	});

	describe("birthday", () => {
		it.each([
			["1985-03-14", { year: 1985, month: 3, day: 14 }],
			["--03-14", { year: null, month: 3, day: 14 }],
			["'--03-14'", { year: null, month: 3, day: 14 }],
			["03-14", { year: null, month: 3, day: 14 }],
			["--02-29", { year: null, month: 2, day: 29 }],
			["1984-02-29", { year: 1984, month: 2, day: 29 }],
		])("birthday: %s", (value, expected) => {
			const c = read(["tier: A", `birthday: ${value}`]);
			expect(c.birthday).toEqual(expected);
			expect(c.diagnostics).toEqual([]);
		});

		it.each(["1985-02-30", "1985-02-29", "--02-30", "13-01"])("birthday: %s does not exist: an error", (value) => {
			const c = read(["tier: A", `birthday: ${value}`]);
			expect(c.birthday).toBeNull();
			expect(diag(c)).toEqual([["error", expect.stringContaining("not a date that exists")]]);
		});

		it("a list where a birthday belongs is a warning", () => {
			const c = read(["tier: A", "birthday: [1985-03-14]"]);
			expect(c.birthday).toBeNull();
			expect(diag(c)).toEqual([["warning", expect.stringMatching(/birthday should be a date/)]]);
		});
	});

	describe("dates", () => {
		it("reads MM-DD label and YYYY-MM-DD label", () => {
			const c = read(["tier: A", "dates:", "  - 03-01 Promotion", "  - 2019-06-15 — Joined Acme", "  - 12-24"]);
			expect(c.dates).toEqual([
				{ year: null, month: 3, day: 1, label: "Promotion" },
				{ year: 2019, month: 6, day: 15, label: "Joined Acme" },
				{ year: null, month: 12, day: 24, label: "" },
			]);
			expect(c.diagnostics).toEqual([]);
		});

		it("an item of another shape is a warning; a day that does not exist is an error", () => {
			const c = read(["tier: A", "dates:", "  - garbage", "  - 02-30 Bad", "  - 03-01 Good"]);
			expect(c.dates.map((d) => d.label)).toEqual(["Good"]);
			expect(c.diagnostics.map((d) => d.severity)).toEqual(["warning", "error"]);
		});
	});

	describe("busy", () => {
		it("reads yearly periods (which may wrap the year end) and one-off periods", () => {
			const c = read(["tier: A", "busy:", "  - 12-20..01-05 Holidays", "  - 2026-07-01..2026-07-14 Sabbatical", "  - 08-01 – 08-31"]);
			expect(c.busy).toEqual([
				{ start: { year: null, month: 12, day: 20 }, end: { year: null, month: 1, day: 5 }, yearly: true, label: "Holidays" },
				{ start: { year: 2026, month: 7, day: 1 }, end: { year: 2026, month: 7, day: 14 }, yearly: false, label: "Sabbatical" },
				{ start: { year: null, month: 8, day: 1 }, end: { year: null, month: 8, day: 31 }, yearly: true, label: "" },
			]);
			expect(c.diagnostics).toEqual([]);
		});

		it.each<[string, Severity]>([
			["nope", "warning"],
			["07-01..2026-07-14 mixed", "warning"],
			["2026-07-14..2026-07-01 backwards", "warning"],
			["02-30..03-01 no such day", "error"],
		])("busy item %j is a %s and left out", (item, severity) => {
			const c = read(["tier: A", "busy:", `  - ${item}`]);
			expect(c.busy).toEqual([]);
			expect(c.diagnostics.map((d) => d.severity)).toEqual([severity]);
		});
	});

	describe("interests, goals, offers", () => {
		it("read lists, and a single text as a list of one", () => {
			const c = read(["tier: A", "interests: [AI, Climate]", "goals: Raise a seed round", "offers:", "  - Intros", "  - ''"]);
			expect([c.interests, c.goals, c.offers]).toEqual([["AI", "Climate"], ["Raise a seed round"], ["Intros"]]);
			expect(c.diagnostics).toEqual([]);
		});

		it("a map where a list belongs, or an item that is not text, is a warning", () => {
			// (A one-key map item is a line of text with ": " in it; two keys are not text.)
			const c = read(["tier: A", "offers: {a: 1}", "interests:", "  - {a: 1, b: 2}", "  - AI"]);
			expect([c.offers, c.interests]).toEqual([[], ["AI"]]);
			expect(c.diagnostics.map((d) => d.severity)).toEqual(["warning", "warning"]);
		});
	});

	describe("difficult", () => {
		it.each([
			["true", true],
			["false", false],
			["yes", true],
			["no", false],
		])("difficult: %s is %s", (value, expected) => {
			const c = read(["tier: A", `difficult: ${value}`]);
			expect(c.difficult).toBe(expected);
			expect(c.diagnostics).toEqual([]);
		});

		it("a value that is not a checkbox is a warning", () => {
			const c = read(["tier: A", "difficult: maybe"]);
			expect(c.difficult).toBe(false);
			expect(diag(c)).toEqual([["warning", expect.stringMatching(/checkbox/)]]);
		});
	});

	it("reads the log and merges its diagnostics, each with the note's line", () => {
		const c = read(["tier: A"], { log: ["- 2026-11-20 share — a", "- 2026-02-30 call — b"] });
		expect(c.touchpoints.map((t) => t.date)).toEqual(["2026-11-20"]);
		expect(c.logRead).toBe(true);
		expect(c.diagnostics).toEqual([{ path: "People/Ada Lovelace.md", severity: "error", line: 7, message: expect.stringContaining("2026-02-30") }]);
	});

	it("diagnostics name the note's path", () => {
		const c = contact(note({ fm: ["tier: X"] }), "People/Work/Bo.md");
		expect(c.diagnostics[0]?.path).toBe("People/Work/Bo.md");
	});
});

describe("frontmatter that does not parse", () => {
	it.each<[string, string[], number]>([
		// line numbers count the opening --- as line 1
		["an unclosed flow list", ["tier: A", "last_contact: [2026"], 3],
		// (yaml reports this one where the compact mapping starts, on the line above)
		["a bad indent", ["tier: A", "last_contact: 2026-11-20", "  bad: indent"], 3],
		["a duplicate key", ["tier: A", "last_contact: 2026-11-20", "tier: B"], 4],
		["a duplicate key on the next line", ["tier: A", "tier: B"], 3],
		["a tab indent", ["tier: A", "promises:", "\t- 2026-12-01 x"], 4],
	])("%s is an error naming the YAML error's line (%#)", (_what, fm, line) => {
		const c = contact(note({ fm, log: ["- 2026-11-20 call — still read"] }), "People/Ada.md", DEFAULT_SETTINGS, day(TODAY));
		expect(c.diagnostics).toEqual([{ path: "People/Ada.md", severity: "error", line, message: expect.stringContaining(`line ${line}`) }]);
		// No value of a broken block is used, but the log still counts.
		expect(c.tier).toBeNull();
		expect(c.touchpoints).toHaveLength(1);
	});

	it("names the line in a CRLF note too", () => {
		const c = contact("---\r\ntier: A\r\ntier: B\r\n---\r\n", "People/Ada.md");
		expect(c.diagnostics.map((d) => [d.severity, d.line])).toEqual([["error", 3]]);
	});

	it("the duplicate-key error says the keys must be unique", () => {
		const c = contact(note({ fm: ["tier: A", "tier: B"] }), "People/Ada.md");
		expect(c.diagnostics[0]?.message).toMatch(/unique/i);
	});

	it("readContact reports a frontmatter problem handed in by the caller (the plugin)", () => {
		const c = readContact(
			{ path: "People/Ada.md", frontmatter: null, frontmatterProblem: { line: 5, message: "bad thing" }, text: null, bodyStart: 0 },
			DEFAULT_SETTINGS,
			null,
		);
		expect(c.diagnostics).toEqual([{ path: "People/Ada.md", severity: "error", line: 5, message: "frontmatter does not parse (line 5): bad thing" }]);
	});

	it("a first line --- without a closing line is no frontmatter, as in Obsidian", () => {
		const c = contact("---\ntier: A\n\nSome text\n", "People/Ada.md");
		expect(c.tier).toBeNull();
		expect(c.diagnostics).toEqual([]);
	});

	it("... closes the frontmatter", () => {
		expect(contact("---\ntier: B\n...\nBody\n", "People/Ada.md").tier).toBe("B");
	});

	it("a UTF-8 byte-order mark before the frontmatter is ignored", () => {
		expect(contact("\ufeff---\ntier: B\n---\n", "People/Ada.md").tier).toBe("B");
	});

	it("a ---js block is no frontmatter and runs no code", () => {
		const g = globalThis as { tendProbe?: number };
		delete g.tendProbe;
		const c = contact("---js\n{ tier: (globalThis.tendProbe = 1, 'A') }\n---\n", "People/Ada.md");
		expect(g.tendProbe).toBeUndefined();
		expect(c.tier).toBeNull();
	});
});

describe("contact detection (isContactNote)", () => {
	const isContact = (path: string, text: string, settings = DEFAULT_SETTINGS) => readNote(path, text, settings, null) !== null;

	describe("by folder: vault-relative, subfolders included, case-sensitive", () => {
		it.each<[string, boolean]>([
			["People/Ada.md", true],
			["People/Work/Berlin/Ada.md", true],
			["people/Ada.md", false],
			["PEOPLE/Ada.md", false],
			["PeopleX/Ada.md", false],
			["People.md", false],
			["Archive/People/Ada.md", false],
			["Ada.md", false],
		])("%s: %s", (path, expected) => {
			expect(isContact(path, "# A note\n")).toBe(expected);
		});

		it.each(["Contacts/Work", "/Contacts/Work/", "Contacts/Work/"])("the folder setting %j is a prefix of whole folders", (folder) => {
			const settings = settingsWith({ contactsFolder: folder });
			expect(isContact("Contacts/Work/Ada.md", "x")).toBe(false);
			expect(isContact("Contacts/Work/Ada.md", "x", settings)).toBe(true);
			expect(isContact("Contacts/Workshop/Ada.md", "x", settings)).toBe(false);
			expect(isContact("People/Ada.md", "x", settings)).toBe(false);
		});

		it("an empty folder setting switches the rule off", () => {
			expect(isContact("People/Ada.md", "x", settingsWith({ contactsFolder: "" }))).toBe(false);
		});
	});

	describe("by tag: frontmatter tags/tag with or without #, inline, nested, any case", () => {
		it.each<[string, boolean]>([
			["---\ntags: [contact]\n---\n", true],
			["---\ntags:\n  - contact\n---\n", true],
			['---\ntags: "#contact"\n---\n', true],
			["---\ntags: [\"#contact\"]\n---\n", true],
			["---\ntags: contact\n---\n", true],
			["---\ntags: work, contact\n---\n", true],
			["---\ntags: work contact\n---\n", true],
			["---\ntag: contact\n---\n", true],
			["---\nTags: [contact]\n---\n", true],
			["---\ntags: [Contact]\n---\n", true],
			["---\ntags: [CONTACT/Work]\n---\n", true],
			["---\ntags:\n  - contact/work/berlin\n---\n", true],
			["---\ntags: work,contact\n---\n", true],
			["---\nTAG: contact\n---\n", true],
			["---\ntags: [12, contact]\n---\n", true],
			["---\ntags: [12, work]\n---\n", false],
			["---\ntags: \"\"\n---\n", false],
			["---\ntagz: contact\n---\n", false],
			["---\ntags: [contacts]\n---\n", false],
			["---\ntags: [mycontact]\n---\n", false],
			["---\ntags: [work/contact]\n---\n", false],
			["---\nkeywords: [contact]\n---\n", false],
			["Met at a conference. #contact", true],
			["#contact", true],
			["#Contact", true],
			["#contact/work", true],
			["#CONTACT/Work", true],
			["Tags: #work #contact.", true],
			["#contacts", false],
			["#contact-list", false],
			["foo#contact", false],
			["`#contact`", false],
			["```\n#contact\n```", false],
			["## contact", false],
		])("%j: %s", (text, expected) => {
			expect(isContact("Notes/Ada.md", text)).toBe(expected);
		});

		it("a custom tag, written with or without #", () => {
			expect(isContact("Notes/Ada.md", "#person", settingsWith({ contactTag: "#person" }))).toBe(true);
			expect(isContact("Notes/Ada.md", "#person/vip", settingsWith({ contactTag: "Person" }))).toBe(true);
			expect(isContact("Notes/Ada.md", "#contact", settingsWith({ contactTag: "person" }))).toBe(false);
		});

		it("an empty tag setting switches the rule off", () => {
			expect(isContact("Notes/Ada.md", "#contact", settingsWith({ contactTag: "" }))).toBe(false);
		});
	});

	describe("by type: contact", () => {
		it.each<[string, boolean]>([
			["---\ntype: contact\n---\n", true],
			["---\ntype: Contact\n---\n", true],
			["---\nType: contact\n---\n", true],
			['---\ntype: "[[contact]]"\n---\n', true],
			["---\ntype: [person, contact]\n---\n", true],
			["---\ntype: company\n---\n", false],
			["---\ntype: contacts\n---\n", false],
			["---\nkind: contact\n---\n", false],
			// no closing line: no frontmatter
			["---\ntype: contact\n", false],
			// not on the first line: no frontmatter
			["# Title\n---\ntype: contact\n---\n", false],
			["---\r\ntype: contact\r\n---\r\n", true],
		])("%j: %s", (text, expected) => {
			expect(isContact("Notes/Ada.md", text)).toBe(expected);
		});

		it("the type key is a setting", () => {
			const settings = settingsWith({ keys: { ...DEFAULT_SETTINGS.keys, type: "category" } });
			expect(isContact("Notes/Ada.md", "---\ncategory: contact\n---\n", settings)).toBe(true);
			expect(isContact("Notes/Ada.md", "---\ntype: contact\n---\n", settings)).toBe(false);
		});

		it("an empty type setting switches the rule off", () => {
			expect(isContact("Notes/Ada.md", "---\ntype: contact\n---\n", settingsWith({ contactType: "" }))).toBe(false);
		});
	});

	it("isContactNote takes the inline tags it is given (the plugin passes the cache's)", () => {
		expect(isContactNote("Notes/Ada.md", null, ["#contact/work"], DEFAULT_SETTINGS)).toBe(true);
		expect(isContactNote("Notes/Ada.md", null, inlineTags("Met #contact"), DEFAULT_SETTINGS)).toBe(true);
		expect(isContactNote("Notes/Ada.md", null, [], DEFAULT_SETTINGS)).toBe(false);
	});
});

describe("baseName", () => {
	it.each([
		["People/Ada Lovelace.md", "Ada Lovelace"],
		["Ada.md", "Ada"],
		["People/Work/Bo.MD", "Bo"],
		["People/v1.2 notes.md", "v1.2 notes"],
	])("%s -> %s", (path, name) => {
		expect(baseName(path)).toBe(name);
	});
});
