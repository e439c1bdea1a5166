/**
 * Reading what people write in a contact's frontmatter: list items with ": " in them (YAML
 * maps), keys that are almost Tend's, a tier rule that does not parse, and the line every
 * diagnostic carries.
 */
import { choosePromise, keepPromise, logTouchpoint, movePromise } from "../../src/core/edits/requests";
import { fitted, hasSerializedObject, itemText, readContact, type Commitment } from "../../src/core/contact";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { contact, contactOf, day, iso, note, settingsWith } from "../support/builders";

const T = "2026-11-27";
const diag = (c: { diagnostics: readonly { severity: string; line?: number; message: string }[] }) => c.diagnostics.map((d) => [d.severity, d.line, d.message]);

describe("a list item with ': ' in its text is the text the user typed", () => {
	it("a promise whose text holds ': ' (YAML reads a one-key map) has its date and its whole text", () => {
		const c = contactOf(["tier: A", "promises:", "  - 2026-12-10 Intro to Priya re: data platform"], { today: T });
		expect(c.promises).toEqual([{ index: 0, raw: "2026-12-10 Intro to Priya re: data platform", due: day("2026-12-10"), what: "Intro to Priya re: data platform" }]);
		expect(c.diagnostics).toEqual([]);
	});

	it("the date followed by a colon still reads as the date", () => {
		const c = contactOf(["tier: A", "promises:", "  - 2026-12-02: Send the deck"], { today: T });
		expect(c.promises.map((p) => [iso(p.due), p.what, p.raw])).toEqual([["2026-12-02", "Send the deck", "2026-12-02: Send the deck"]]);
	});

	it("a promise without a date but with ': ' is a warning naming its text, never an object", () => {
		const c = contactOf(["tier: A", "promises:", "  - Intro to Priya re: data platform"], { today: T });
		expect(c.promises).toEqual([{ index: 0, raw: "Intro to Priya re: data platform", due: null, what: "Intro to Priya re: data platform" }]);
		expect(diag(c)).toEqual([["warning", 4, 'promise without a date: "Intro to Priya re: data platform" (write it as "YYYY-MM-DD Intro to Priya re: data platform")']]);
	});

	it("a one-key map item that ends in a colon keeps it", () => {
		const c = contactOf(["tier: A", "promises:", "  - 2026-12-10 Call Ana re:"], { today: T });
		expect(c.promises.map((p) => p.raw)).toEqual(["2026-12-10 Call Ana re:"]);
	});

	it("a promise written as a map of due and what reads as its one-line text", () => {
		const c = contactOf(["tier: A", "promises:", "  - due: 2026-12-01", "    what: Send the deck", "  - what: Call back"], { today: T });
		expect(c.promises).toEqual([
			{ index: 0, raw: "2026-12-01 Send the deck", due: day("2026-12-01"), what: "Send the deck" },
			{ index: 1, raw: "Call back", due: null, what: "Call back" },
		]);
		expect(diag(c)).toEqual([["warning", 6, 'promises item 2 has no date: "Call back"']]);
	});

	it("an item that is not text at all is a warning on its line and left out", () => {
		const c = contactOf(["tier: A", "promises:", "  - 2026-12-01 Send", "  - {a: 1, b: 2}", "  - [x, y]"], { today: T });
		expect(c.promises.map((p) => p.raw)).toEqual(["2026-12-01 Send"]);
		expect(diag(c)).toEqual([
			["warning", 5, 'promises item 2 is not text ({"a":1,"b":2}); it is ignored'],
			["warning", 6, 'promises item 3 is not text (["x","y"]); it is ignored'],
		]);
	});

	it("interests, goals and offers read such items as text too", () => {
		const c = contactOf(["tier: A", "interests:", "  - AI: policy and safety", "goals:", "  - Series A: close by March", "offers:", "  - Intros: fintech"], { today: T });
		expect([c.interests, c.goals, c.offers]).toEqual([["AI: policy and safety"], ["Series A: close by March"], ["Intros: fintech"]]);
		expect(c.diagnostics).toEqual([]);
	});

	it("yearly dates with a colon after the date", () => {
		const c = contactOf(["tier: A", "dates:", "  - 2019-12-02: joined Acme"], { today: T });
		expect(c.dates).toEqual([{ year: 2019, month: 12, day: 2, label: "joined Acme" }]);
	});

	it.each<[unknown, string | null]>([
		["text", "text"],
		[5, "5"],
		[{ "Intro re": "data" }, "Intro re: data"],
		[{ "Call re": null }, "Call re:"],
		[{ n: 3 }, "n: 3"],
		[{ a: 1, b: 2 }, null],
		[{ a: [1] }, null],
		[["x"], null],
		[null, null],
	])("itemText(%j) is %j", (value, text) => {
		expect(itemText(value)).toBe(text);
	});
});

describe("writers never write a serialized object into a note", () => {
	const text = note({ fm: ["tier: A", "last_contact: 2026-11-01", "promises:", "  - 2026-12-10 Intro to Priya re: data platform"], log: [] });

	it("promise keep logs the promise's text", () => {
		const c = contact(text);
		const chosen = choosePromise(c.promises, "priya");
		if (!chosen.ok) throw new Error(chosen.reason);
		const r = keepPromise(text, chosen.promise, day("2026-12-01"), DEFAULT_SETTINGS, c.name);
		if (!r.ok) throw new Error(r.reason);
		expect(r.text).toContain('- 2026-12-01 promise-kept — Kept "Intro to Priya re: data platform", due 2026-12-10: on time');
		expect(r.text).not.toMatch(/[{}]|object Object/);
		expect(r.text).toContain("promises: []");
	});

	it("promise move rewrites the item as quoted text that reads back as the same promise, moved", () => {
		const c = contact(text);
		const r = movePromise(text, c.promises[0] as Commitment, day("2026-12-20"), day("2026-12-01"), DEFAULT_SETTINGS, c.name);
		if (!r.ok) throw new Error(r.reason);
		expect(r.text).toContain('  - "2026-12-20 Intro to Priya re: data platform"\n');
		expect(r.text).toContain('Moved "Intro to Priya re: data platform" from 2026-12-10 to 2026-12-20, before the deadline');
		expect(contact(r.text).promises.map((p) => [iso(p.due), p.what])).toEqual([["2026-12-20", "Intro to Priya re: data platform"]]);
	});

	it("move keeps a comment after a one-key map item", () => {
		const withComment = note({ fm: ["tier: A", "promises:", "  - 2026-12-10 Intro re: data # from the offsite", "x: 1"] });
		const r = movePromise(withComment, contact(withComment).promises[0] as Commitment, day("2026-12-20"), day("2026-12-01"), DEFAULT_SETTINGS, "Ada");
		expect(r.ok && r.text.split("\n")[3]).toBe('  - "2026-12-20 Intro re: data" # from the offsite');
	});

	it.each(['Kept "{"2026-12-10 Intro to Priya re":"data platform"}"', "Kept [object Object]"])("a summary holding %j is refused", (summary) => {
		const r = logTouchpoint(text, { date: day("2026-12-01"), kind: "promise-kept", summary, hours: null, name: "Ada" }, DEFAULT_SETTINGS);
		expect(r).toEqual({ ok: false, reason: expect.stringMatching(/serialized object/) as string });
	});

	it("a commitment whose text is an object (from a reader that got it wrong) is refused by keep and move", () => {
		const bad: Commitment = { index: 0, raw: '{"2026-12-10 Intro to Priya re":"data platform"}', due: day("2026-12-10"), what: "" };
		expect(keepPromise(text, bad, day("2026-12-01"), DEFAULT_SETTINGS, "Ada").ok).toBe(false);
		expect(movePromise(text, bad, day("2026-12-20"), day("2026-12-01"), DEFAULT_SETTINGS, "Ada").ok).toBe(false);
		const objectText: Commitment = { index: 0, raw: "[object Object]", due: null, what: "[object Object]" };
		expect(keepPromise(text, objectText, day("2026-12-01"), DEFAULT_SETTINGS, "Ada").ok).toBe(false);
	});

	it.each([
		["[object Object]", true],
		['{"a":"b"}', true],
		['x { "k" : 1 } y', true],
		["Send {the} deck", false],
		["Intro re: data", false],
		['He said "hi": ok', false],
	])("hasSerializedObject(%j) is %s", (s, expected) => {
		expect(hasSerializedObject(s)).toBe(expected);
	});
});

describe("near-miss keys are warnings with 'did you mean'", () => {
	it.each([
		["teir: A", "teir", "tier"],
		["Teir: A", "Teir", "tier"],
		['"Tier ": A', "Tier ", "tier"],
		["last-contacted: 2026-11-01", "last-contacted", "last_contact"],
		["lastcontact: 2026-11-01", "lastcontact", "last_contact"],
		["last contact: 2026-11-01", "last contact", "last_contact"],
		["cadance: 6w", "cadance", "cadence"],
		["promise: [x]", "promise", "promises"],
		["snooze-until: 2026-12-01", "snooze-until", "snooze_until"],
		["birthdate: 1980-01-01", "birthdate", "birthday"],
		["intrests: [AI]", "intrests", "interests"],
		["goal: [x]", "goal", "goals"],
	])("%s", (line, key, wanted) => {
		const c = contactOf([line, "company: Acme"], { today: T });
		expect(diag(c)).toContainEqual(["warning", 2, `\`${key}\` is not a property Tend reads; did you mean \`${wanted}\`?`]);
	});

	it("a near miss of a renamed key: last_contact when the setting says last-contacted", () => {
		const settings = settingsWith({ keys: { ...DEFAULT_SETTINGS.keys, lastContact: "last-contacted" } });
		const c = contactOf(["tier: A", "last_contact: 2026-11-01"], { today: T, settings });
		expect(diag(c)).toEqual([["warning", 3, "`last_contact` is not a property Tend reads; did you mean `last-contacted`?"]]);
	});

	it("no warning when the property itself is there, for other keys, or for common properties", () => {
		expect(contactOf(["tier: A", "teir: B"], { today: T }).diagnostics).toEqual([]);
		expect(contactOf(["tier: A", "date: 2026-01-01", "tags: [x]", "company: Acme", "role: CTO", "title: Dr", "type: person", "time: 3"], { today: T }).diagnostics).toEqual([]);
		// Keys in another case are Tend's own (they are read), not near misses.
		expect(contactOf(["Tier: A", "LAST_CONTACT: 2026-11-01"], { today: T }).diagnostics).toEqual([]);
	});

	it("a key name changed in the settings object in place (as the settings tab does) is used at once", () => {
		const settings = settingsWith();
		expect(diag(contactOf(["levle: A"], { today: T, settings }))).toEqual([]);
		settings.keys.tier = "level";
		expect(diag(contactOf(["levle: A"], { today: T, settings }))).toEqual([["warning", 2, "`levle` is not a property Tend reads; did you mean `level`?"]]);
	});

	it("without the note's text (the plugin's first read from the cache) the warning has no line yet", () => {
		const c = readContact({ path: "People/Ada.md", frontmatter: { teir: "A" }, text: null, bodyStart: 0 }, DEFAULT_SETTINGS, null);
		expect(c.diagnostics).toEqual([{ path: "People/Ada.md", severity: "warning", message: "`teir` is not a property Tend reads; did you mean `tier`?" }]);
	});
});

describe("a tier's positive rule that does not parse is a diagnostic", () => {
	it("on settings that did not come through loadSettings, an error on the tier's line", () => {
		const settings = settingsWith({ tiers: [{ name: "A", cadence: "4-6w", positiveEvery: "every so often" }] });
		const c = contactOf(["company: Acme", "tier: A", "last_contact: 2026-11-01"], { today: T, settings });
		expect(c.positiveEvery).toBeNull();
		expect(diag(c)).toEqual([["error", 3, expect.stringMatching(/^the settings' tier "A" has a positive rule that does not parse \(.+\); no rule is used/)]]);
	});

	it("an empty rule is no rule, and no diagnostic", () => {
		const settings = settingsWith({ tiers: [{ name: "A", cadence: "4-6w", positiveEvery: " " }] });
		expect(contactOf(["tier: A"], { today: T, settings }).diagnostics).toEqual([]);
	});
});

describe("every diagnostic carries its line", () => {
	it("the key's line for a property, the item's line for a list item", () => {
		const c = contactOf(
			[
				"# a comment",
				"tier: Z",
				"notes: |",
				"  - looks like an item",
				"cadence: sometimes",
				"last_contact: 2026-02-30",
				"snooze_until: soon",
				"promises:",
				"  - 2026-12-01 Fine",
				"",
				"  - Undated",
				"  - 2026-13-01 Bad month",
				"birthday: 1980-02-30",
				"dates: [12-40 x]",
				"busy:",
				"  - 03-01..nope",
				"interests:",
				"  - [nested]",
				"difficult: maybe",
			],
			{ today: T, log: ["- 2026-11-20 gossip — ?", "- 2026-12-01 call — future"] },
		);
		expect(c.diagnostics.map((d) => [d.line, d.severity, d.message])).toEqual([
			[3, "error", expect.stringContaining('tier "Z" is not a tier')],
			[6, "error", expect.stringContaining('cadence "sometimes"')],
			[7, "error", expect.stringContaining('last_contact "2026-02-30" is not a date that exists')],
			[8, "warning", expect.stringContaining('snooze_until "soon" is not a date')],
			[12, "warning", expect.stringContaining('promise without a date: "Undated"')],
			[13, "error", expect.stringContaining('promise "2026-13-01 Bad month"')],
			[14, "error", expect.stringContaining('birthday "1980-02-30"')],
			[15, "error", expect.stringContaining('dates item "12-40"')],
			[17, "warning", expect.stringContaining('busy item "03-01..nope"')],
			[19, "warning", expect.stringContaining("interests has an item that is not text")],
			[20, "warning", expect.stringContaining("difficult should be a checkbox")],
			[24, "warning", expect.stringContaining('unknown kind "gossip"')],
			[25, "warning", expect.stringContaining("dated in the future")],
		]);
	});

	it("a frontmatter that does not parse has the YAML error's line", () => {
		const c = contact("---\ntier: A\nbad: [x\n---\n");
		expect(c.diagnostics.map((d) => d.line)).toEqual([3]);
	});
});

describe("the lists a contact keeps", () => {
	it("are copies at their own length (fitted): the same items, the reader's array left alone, an empty list as it is", () => {
		const built: number[] = [];
		built.push(3, 1, 2);
		const kept = fitted(built);
		expect(kept).toEqual([3, 1, 2]);
		expect(kept).not.toBe(built);
		built.push(4);
		expect(kept).toEqual([3, 1, 2]);
		const none: readonly number[] = [];
		expect(fitted(none)).toBe(none);
	});

	it("hold what the note says, promises, dates, busy periods and diagnostics alike", () => {
		const c = contactOf(["tier: A", "promises:", "  - 2026-12-10 Send the deck", "  - Call back", "dates:", "  - 03-14 Work anniversary", "busy:", "  - 2026-12-01..2026-12-05 Offsite"], { today: T });
		expect(c.promises.map((p) => p.raw)).toEqual(["2026-12-10 Send the deck", "Call back"]);
		expect(c.dates.map((d) => d.label)).toEqual(["Work anniversary"]);
		expect(c.busy).toHaveLength(1);
		expect(c.diagnostics.map((d) => d.line)).toEqual([5]);
	});
});
