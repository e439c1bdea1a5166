/**
 * The user-level writes: log a touchpoint, snooze, add / keep / move a promise. Each row is a
 * note before and after, so the README's examples and these stay the same shape.
 */
import { parseIsoDay } from "../../../src/core/calendar";
import { readContact, type Commitment } from "../../../src/core/contact";
import {
	addPromise,
	choosePromise,
	clearSnooze,
	keepPromise,
	logTouchpoint,
	movePromise,
	renderTouchpoint,
	snooze,
	type TouchpointRequest,
} from "../../../src/core/edits/requests";
import type { EditResult } from "../../../src/core/edits/result";
import { parseFrontmatter } from "../../../src/core/frontmatter";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const day = (s: string) => parseIsoDay(s) as number;
const settings = DEFAULT_SETTINGS;

function ok(r: EditResult): { text: string; warnings: string[] } {
	if (!r.ok) throw new Error(`refused: ${r.reason}`);
	return r;
}

function request(date: string, extra: Partial<TouchpointRequest> = {}): TouchpointRequest {
	return { date: day(date), kind: "share", summary: "Sent the summary", hours: null, name: "Ada", ...extra };
}

function promisesOf(text: string): readonly Commitment[] {
	const parsed = parseFrontmatter(text);
	const data = parsed.kind === "ok" ? parsed.data : null;
	return readContact({ path: "People/Ada.md", frontmatter: data, text, bodyStart: parsed.bodyStart }, settings, null).promises;
}

describe("logTouchpoint", () => {
	it("moves last_contact forward and inserts the entry", () => {
		const before = "---\ntier: A\nlast_contact: 2026-10-01 # phone\n---\n# Ada\n\n## Touchpoints\n- 2026-10-01 call — Caught up\n";
		const after = "---\ntier: A\nlast_contact: 2026-11-20 # phone\n---\n# Ada\n\n## Touchpoints\n- 2026-11-20 share — Sent the summary\n- 2026-10-01 call — Caught up\n";
		expect(ok(logTouchpoint(before, request("2026-11-20"), settings)).text).toBe(after);
	});

	it("never moves last_contact backward", () => {
		const before = "---\nlast_contact: 2026-11-25\n---\n## Touchpoints\n- 2026-11-25 call — x\n";
		const after = "---\nlast_contact: 2026-11-25\n---\n## Touchpoints\n- 2026-11-25 call — x\n- 2026-11-20 share — Sent the summary\n";
		expect(ok(logTouchpoint(before, request("2026-11-20"), settings)).text).toBe(after);
	});

	it("keeps the quotes around the old date", () => {
		const r = ok(logTouchpoint('---\nlast_contact: "2026-01-01"\n---\n', request("2026-11-20"), settings));
		expect(r.text.startsWith('---\nlast_contact: "2026-11-20"\n---\n')).toBe(true);
	});

	it("keeps a daily-note link around the date", () => {
		const r = ok(logTouchpoint('---\nlast_contact: "[[2026-01-01]]"\n---\n', request("2026-11-20"), settings));
		expect(r.text.startsWith('---\nlast_contact: "[[2026-11-20]]"\n---\n')).toBe(true);
	});

	it("fills an empty last_contact", () => {
		const r = ok(logTouchpoint("---\nlast_contact:\n---\n", request("2026-11-20"), settings));
		expect(r.text).toBe("---\nlast_contact: 2026-11-20\n---\n\n## Touchpoints\n- 2026-11-20 share — Sent the summary\n");
	});

	it.each([
		["not a date", "---\nlast_contact: last week\n---\n", /"last week" is not a date/],
		["a date that does not exist", "---\nlast_contact: 2026-02-30\n---\n", /"2026-02-30" is not a date that exists/],
		["a list", "---\nlast_contact: [2026-01-01]\n---\n", /is not a date/],
	])("leaves a last_contact that is %s as it is, with a warning", (_name, before, warning) => {
		const r = ok(logTouchpoint(before, request("2026-11-20"), settings));
		expect(r.text.startsWith(before)).toBe(true);
		expect(r.warnings.join("\n")).toMatch(warning);
	});

	it("uses the settings' key name", () => {
		const custom = { ...settings, keys: { ...settings.keys, lastContact: "last-contacted" } };
		const r = ok(logTouchpoint("---\nlast-contacted: 2026-01-01\n---\n", request("2026-11-20"), custom));
		expect(r.text.startsWith("---\nlast-contacted: 2026-11-20\n---\n")).toBe(true);
	});

	it("writes time spent and a custom template", () => {
		const custom = { ...settings, entryTemplate: "- {{date}} **{{kind}}** with {{name}}: {{summary}} [{{hours}}]" };
		const r = ok(logTouchpoint("## Touchpoints\n", request("2026-11-20", { hours: 1.5 }), custom));
		expect(r.text).toContain("- 2026-11-20 **share** with Ada: Sent the summary [1.5h]\n");
		const plain = ok(logTouchpoint("## Touchpoints\n", request("2026-11-20", { hours: 0.5 }), settings));
		expect(plain.text).toContain("- 2026-11-20 share — Sent the summary (30 min)\n");
	});

	it("refuses a note whose frontmatter does not parse, naming the line", () => {
		const r = logTouchpoint("---\ntier: A\nbad: [\n---\n", request("2026-11-20"), settings);
		expect(r).toMatchObject({ ok: false, line: 3 });
		if (!r.ok) expect(r.reason).toMatch(/frontmatter does not parse/);
	});

	it("refuses a summary that would not read back", () => {
		expect(renderTouchpoint({ ...request("2026-11-20"), summary: "Lunch (2h)" }, settings).ok).toBe(false);
		expect(logTouchpoint("x\n", { ...request("2026-11-20"), kind: "two words" }, settings).ok).toBe(false);
	});

	it("makes a multi-line summary one line", () => {
		const r = ok(logTouchpoint("## Touchpoints\n", request("2026-11-20", { summary: "Line one\nline two" }), settings));
		expect(r.text).toContain("- 2026-11-20 share — Line one line two\n");
	});
});

describe("snooze", () => {
	it("sets and clears snooze_until", () => {
		const snoozed = ok(snooze("---\ntier: A\n---\n", day("2027-01-10"), settings)).text;
		expect(snoozed).toBe("---\ntier: A\nsnooze_until: 2027-01-10\n---\n");
		expect(ok(clearSnooze(snoozed, settings)).text).toBe("---\ntier: A\nsnooze_until:\n---\n");
	});
});

describe("promises", () => {
	const note = "---\ntier: A\npromises:\n  - 2026-11-20 Send the deck\n  - 2026-12-15 — Intro to Marco\n---\n## Touchpoints\n";

	it("adds a promise as a list item", () => {
		expect(ok(addPromise("---\ntier: A\n---\n", day("2026-12-01"), "Send the deck", settings)).text).toBe(
			"---\ntier: A\npromises:\n  - 2026-12-01 Send the deck\n---\n",
		);
		expect(addPromise("x", day("2026-12-01"), "  ", settings).ok).toBe(false);
	});

	it("keeps a promise on time: removes it and logs promise-kept", () => {
		const [deck] = promisesOf(note);
		const r = ok(keepPromise(note, deck as Commitment, day("2026-11-19"), settings, "Ada"));
		expect(r.text).toBe(
			'---\ntier: A\npromises:\n  - 2026-12-15 — Intro to Marco\nlast_contact: 2026-11-19\n---\n## Touchpoints\n- 2026-11-19 promise-kept — Kept "Send the deck", due 2026-11-20: on time\n',
		);
	});

	it("says how many days late a promise was kept", () => {
		const [deck] = promisesOf(note);
		const r = ok(keepPromise(note, deck as Commitment, day("2026-11-23"), settings, "Ada"));
		expect(r.text).toContain('promise-kept — Kept "Send the deck", due 2026-11-20: 3 days late');
	});

	it("moves a promise in place, keeping its own separator, and logs promise-moved", () => {
		const [, intro] = promisesOf(note);
		const r = ok(movePromise(note, intro as Commitment, day("2027-01-10"), day("2026-12-01"), settings, "Ada"));
		expect(r.text).toContain("  - 2027-01-10 — Intro to Marco\n");
		expect(r.text).toContain('- 2026-12-01 promise-moved — Moved "Intro to Marco" from 2026-12-15 to 2027-01-10, before the deadline\n');
	});

	it("says when a promise was moved after its deadline", () => {
		const [deck] = promisesOf(note);
		const r = ok(movePromise(note, deck as Commitment, day("2026-12-01"), day("2026-11-22"), settings, "Ada"));
		expect(r.text).toContain("from 2026-11-20 to 2026-12-01, 2 days after the deadline");
	});

	it("chooses the promise a command means", () => {
		const ps = promisesOf(note);
		expect(choosePromise(ps).ok).toBe(false);
		expect(choosePromise(ps, "marco")).toMatchObject({ ok: true, promise: { what: "Intro to Marco" } });
		expect(choosePromise(ps, "nothing like it")).toMatchObject({ ok: false });
		const r = choosePromise(ps, "2026");
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).toMatch(/2 promises matching/);
		expect(choosePromise([])).toMatchObject({ ok: false, reason: "has no promises" });
	});
});
