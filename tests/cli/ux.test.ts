/**
 * The CLI a new user meets first: what `due` says when nobody is due or nothing is tracked,
 * per-command help and the version, flags that never swallow another flag, time-spent limits,
 * dates typed in words, columns that line up in any script, counts in words that agree, and
 * duplicate promises. All through `run()`, as the bin script calls it.
 */
import * as fs from "fs";
import * as path from "path";
import * as atomicWrite from "../../src/cli/atomicWrite";
import { note, read, tempVaults, tend } from "./support";

const TODAY = ["--today", "2026-11-27"]; // a Friday
const vault = tempVaults();
const VERSION = (JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;

describe("tend due when nobody is due", () => {
	it("says so, and who comes next and when", () => {
		const root = vault({
			"People/Ada Lovelace.md": note("tier: A\nlast_contact: 2026-11-06"),
			"People/Bo.md": note("tier: B\nlast_contact: 2026-11-01"),
		});
		const r = tend(["due", "--vault", root, ...TODAY]);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain("Tend: nobody is due on 2026-11-27");
		expect(r.stdout).toContain("Nobody is due. Next: Ada Lovelace on December 4 (in 7 days).\n");
		expect(r.stdout).not.toContain("No contact notes found");
	});

	it("names everyone due on that day, counts a snooze's end, and gives the year when it is not this one", () => {
		const together = vault({
			"People/Ada.md": note("tier: A\nlast_contact: 2026-11-06"),
			"People/Bo.md": note("tier: A\nlast_contact: 2026-11-06"),
			"People/Cy.md": note("tier: A\nlast_contact: 2026-11-06"),
		});
		expect(tend(["due", "--vault", together, ...TODAY]).stdout).toContain("Nobody is due. Next: Ada, Bo and 1 other on December 4 (in 7 days).");
		const snoozed = vault({ "People/Ada.md": note("tier: A\nlast_contact: 2026-01-01\nsnooze_until: 2027-01-10") });
		expect(tend(["due", "--vault", snoozed, ...TODAY]).stdout).toContain("Nobody is due. Next: Ada on January 10, 2027 (in 44 days).");
		const busy = vault({ "People/Ada.md": note("tier: A\nlast_contact: 2026-01-01\nbusy:\n  - 11-15..12-15 year-end close") });
		expect(tend(["due", "--vault", busy, ...TODAY]).stdout).toContain("Nobody is due. Next: Ada on December 16 (in 19 days).");
	});

	it('says "No contact notes found" only when the vault has none, with how to make one', () => {
		const empty = vault({ "Notes/Meeting.md": "# Meeting\n" });
		const r = tend(["due", "--vault", empty, ...TODAY]);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain(`No contact notes found in ${empty}: to make one, write a note with a tier (tier: A) and put it under People/, or tag it #contact, or give it type: contact.`);
		const check = tend(["check", "--vault", empty, ...TODAY]);
		expect(check).toMatchObject({ code: 0 });
		expect(check.stdout).toContain("No contact notes found in");
		expect(check.stdout).not.toMatch(/All 0|0 contact notes/);
		const untrackedOnly = vault({ "People/Ada.md": note("company: X") });
		const u = tend(["due", "--vault", untrackedOnly, ...TODAY]).stdout;
		expect(u).not.toContain("No contact notes found");
		expect(u).toContain("Nobody is due, and no contact is tracked yet: give a contact note a tier (tier: A) to start.");
	});
});

describe("tend due counts the contacts it cannot track, with the reason", () => {
	const root = vault({
		"People/Ada.md": note("tier: A\nlast_contact: 2026-11-20"),
		"People/No tier.md": note("company: X"),
		"People/Also none.md": "Just text\n",
		"People/Zed.md": note("tier: Z"),
		"People/Broken.md": "---\ntier: [A\n---\n",
		"People/Listed.md": note("tier: [A, B]"),
	});

	// The due-list model lists them under Needs attention, as the side panel does, with or
	// without --all (before the one model, the CLI listed them only with --all).
	it("at the end of the list, counted by reason", () => {
		const r = tend(["due", "--vault", root, ...TODAY]);
		expect(r.stdout).toContain(
			'5 contact notes are not tracked: 2 have no tier, 1 has a tier that is not in the settings, 1 has a tier that is not one name, 1 has broken YAML ("Needs attention" lists them; "tend check" shows the problems).\n',
		);
		expect(r.stdout).toMatch(/Needs attention \(5\)\n/);
	});

	it("each under Needs attention with its own reason", () => {
		const r = tend(["due", "--vault", root, ...TODAY, "--all"]);
		expect(r.stdout).toMatch(/Needs attention \(5\)\n/);
		expect(r.stdout).toMatch(/ {2}Broken +- +never +error: Line 2: frontmatter does not parse/);
		expect(r.stdout).toMatch(/ {2}No tier +- +never +No tier: add a tier property \(A, B, C\) to track this contact\n/);
		expect(r.stdout).toMatch(/ {2}Zed +- +never +error: Line 2: tier "Z" is not a tier in settings \(A, B, C\)/);
		expect(r.stdout).toMatch(/ {2}Listed +- +never +warning: Line 2: tier should be one tier name.*\n +Its tier is not one tier name/);
		expect(r.stdout).toContain('5 contact notes are not tracked: 2 have no tier, 1 has a tier that is not in the settings, 1 has a tier that is not one name, 1 has broken YAML ("Needs attention" lists them; "tend check" shows the problems).');
	});

	it("in words that agree for one contact and for one reason", () => {
		const one = vault({ "People/Ada.md": note("tier: A\nlast_contact: 2026-11-20"), "People/Bo.md": note("company: X") });
		expect(tend(["due", "--vault", one, ...TODAY]).stdout).toContain('1 contact note is not tracked because it has no tier ("Needs attention" lists it).\n');
		const two = vault({ "People/Ada.md": note("tier: Q"), "People/Bo.md": note("tier: R") });
		expect(tend(["due", "--vault", two, ...TODAY]).stdout).toContain(
			'2 contact notes are not tracked because they have a tier that is not in the settings ("Needs attention" lists them; "tend check" shows the problems).',
		);
		const tracked = vault({ "People/Ada.md": note("tier: A\nlast_contact: 2026-11-20") });
		expect(tend(["due", "--vault", tracked, ...TODAY]).stdout).not.toContain("not tracked");
	});

	it("names a tier whose cadence in the settings does not parse", () => {
		const broken = vault({
			".obsidian/plugins/tend/data.json": JSON.stringify({ tiers: [{ name: "A", cadence: "4-6w" }, { name: "B", cadence: "sometimes" }] }),
			"People/Bo.md": note("tier: B"),
		});
		expect(tend(["due", "--vault", broken, ...TODAY]).stdout).toContain("1 contact note is not tracked because it has a tier whose cadence does not parse");
	});
});

describe("help and version", () => {
	const root = vault({ "People/Ada.md": note("tier: A\nlast_contact: 2026-10-01") });

	it.each([
		[["log", "--help"], "Usage: tend log NAME... --kind K --summary TEXT [--date D] [--hours H]"],
		[["log", "-h"], "Usage: tend log NAME... --kind K --summary TEXT [--date D] [--hours H]"],
		[["due", "--all", "--help"], "Usage: tend due [--all] [--tier T] [--tag X] [--folder F] [--json]"],
		[["check", "-h"], "Usage: tend check [--json]"],
		[["snooze", "Ada", "--help"], "Usage: tend snooze NAME --until D | --clear"],
		[["promise", "keep", "--help"], "Usage: tend promise keep NAME [--what TEXT] [--due D] [--index N] [--date D]"],
		[["help", "log"], "Usage: tend log NAME"],
		[["help", "promise", "move"], "Usage: tend promise move NAME --to D"],
	])("tend %j prints that command's help, not the whole usage", (args, first) => {
		const r = tend(args);
		expect(r).toMatchObject({ code: 0, stderr: "" });
		expect(r.stdout.startsWith(first)).toBe(true);
		expect(r.stdout).not.toContain("tend check [--json]  ");
		expect(r.stdout).not.toContain("Exit codes: 0 success");
	});

	it("prints the three promise actions for tend promise --help", () => {
		const r = tend(["promise", "--help"]);
		expect(r.code).toBe(0);
		for (const action of ["add", "keep", "move"]) expect(r.stdout).toContain(`Usage: tend promise ${action} NAME`);
		expect(r.stdout).not.toContain("Usage: tend log");
	});

	it("documents the date forms in the help of every command that takes a date", () => {
		for (const cmd of [["log"], ["snooze"], ["promise", "add"], ["promise", "keep"], ["promise", "move"]]) {
			expect(tend([...cmd, "--help"]).stdout).toContain('"friday" (the next Friday after today: on a Friday, a week from today)');
		}
	});

	it("takes --help only as a flag: a flag waiting for a value does not swallow it, and nothing is written", () => {
		const before = read(root, "People/Ada.md");
		const r = tend(["log", "Ada", "--vault", root, ...TODAY, "--kind", "call", "--summary", "--help"]);
		expect(r).toMatchObject({ code: 0, stderr: "" });
		expect(r.stdout).toMatch(/^Usage: tend log/);
		expect(read(root, "People/Ada.md")).toBe(before);
		// With `=` the value is explicit: a summary that happens to read "--help".
		const explicit = tend(["log", "Ada", "--vault", root, ...TODAY, "--kind", "call", "--summary=--help"]);
		expect(explicit.code).toBe(0);
		expect(read(root, "People/Ada.md")).toContain("- 2026-11-27 call — --help\n");
		// After `--`, -h is a NAME, not a request for help.
		expect(tend(["log", "--vault", root, ...TODAY, "--kind", "call", "--summary", "x", "--", "-h"]).stderr).toMatch(/no contact matches "-h"/);
	});

	it("prints the version from package.json for --version, -V and version", () => {
		for (const flag of ["--version", "-V", "version"]) expect(tend([flag])).toEqual({ code: 0, stdout: `tend ${VERSION}\n`, stderr: "" });
		expect(tend(["--help"]).stdout).toMatch(new RegExp(`^tend ${VERSION.replace(/\./g, "\\.")}: `));
	});

	it("points a usage error to the command's own help", () => {
		const r = tend(["log", "Ada", "--vault", root, "--kind", "call"]);
		expect(r.code).toBe(2);
		expect(r.stderr).toBe('tend log: --summary TEXT is required\n(run "tend log --help" for usage)\n');
		expect(tend(["promise", "keep", "Ada", "--vault", root, "--bogus"]).stderr).toContain('(run "tend promise keep --help" for usage)');
		expect(tend(["help", "nope"])).toMatchObject({ code: 2, stderr: expect.stringContaining('tend help: unknown command "nope"') as string });
	});
});

describe("a flag's value is never another flag, and never empty", () => {
	const ADA = note("tier: A\nlast_contact: 2026-10-01");

	it.each([
		[["--summary", "--today", "2026-11-27"], /--summary needs a value, but "--today" is an option; to give a value that starts with "--", write --summary=--today/],
		[["--summary", "-V"], /--summary needs a value, but "-V" is an option/],
		[["--summary", ""], /--summary is empty; give it a value, or leave it out/],
		[["--summary", "   "], /--summary is empty/],
		[["--summary="], /--summary is empty/],
		[["--summary", "x", "--date", ""], /--date is empty/],
		[["--summary", "x", "--date", "--hours", "1"], /--date needs a value, but "--hours" is an option/],
	])("tend log Ada --kind call %j is a usage error and writes nothing", (args, message) => {
		const root = vault({ "People/Ada.md": ADA });
		const r = tend(["log", "Ada", "--vault", root, "--kind", "call", ...args]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(message);
		expect(read(root, "People/Ada.md")).toBe(ADA);
	});

	it("accepts an explicit value that starts with dashes, and a negative offset as a value", () => {
		const root = vault({ "People/Ada.md": ADA });
		expect(tend(["log", "Ada", "--vault", root, ...TODAY, "--kind", "call", "--summary=--draft-- sent", "--date", "-3d"]).code).toBe(0);
		expect(read(root, "People/Ada.md")).toContain("- 2026-11-24 call — --draft-- sent\n");
	});
});

describe("time spent has limits, and the message says them", () => {
	const ADA = note("tier: A\nlast_contact: 2026-10-01");
	const LIMITS = "time spent is recorded from 1 minute to 24 hours: 1.5, 2h, 45min";

	it.each([
		["0", "is under a minute"],
		["0.01", "is under a minute"],
		["0.5min", "is under a minute"],
		["24.5", "is more than 24 hours"],
		["25h", "is more than 24 hours"],
		["1441min", "is more than 24 hours"],
		["lots", "is not a time"],
		["-1", "is not a time"],
	])("--hours %s %s", (hours, problem) => {
		const root = vault({ "People/Ada.md": ADA });
		const r = tend(["log", "Ada", "--vault", root, ...TODAY, "--kind", "call", "--summary", "x", "--hours", hours]);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain(`--hours ${hours} ${problem}; ${LIMITS}`);
		expect(read(root, "People/Ada.md")).toBe(ADA);
	});

	it.each([
		["1min", "(1 min)"],
		["24h", "(24h)"],
		["1440min", "(24h)"],
		["1,5", "(1.5h)"],
	])("--hours %s is recorded as %s", (hours, written) => {
		const root = vault({ "People/Ada.md": ADA });
		expect(tend(["log", "Ada", "--vault", root, ...TODAY, "--kind", "call", "--summary", "x", "--hours", hours]).code).toBe(0);
		expect(read(root, "People/Ada.md")).toContain(`- 2026-11-27 call — x ${written}\n`);
	});
});

describe("dates typed in words, counted from --today", () => {
	const PROMISES = note("tier: A\nlast_contact: 2026-10-01\npromises:\n  - 2026-12-10 Send the deck");

	it("log --date yesterday and --date today", () => {
		const root = vault({ "People/Ada.md": PROMISES });
		expect(tend(["log", "Ada", "--vault", root, ...TODAY, "--kind", "call", "--summary", "a", "--date", "yesterday"]).code).toBe(0);
		expect(tend(["log", "Ada", "--vault", root, ...TODAY, "--kind", "call", "--summary", "b", "--date", "today"]).code).toBe(0);
		const text = read(root, "People/Ada.md");
		expect(text).toContain("- 2026-11-26 call — a\n");
		expect(text).toContain("- 2026-11-27 call — b\n");
		expect(text).toContain("last_contact: 2026-11-27\n");
	});

	it("snooze --until 2w and --until 2026-12-24", () => {
		const root = vault({ "People/Ada.md": PROMISES });
		const r = tend(["snooze", "Ada", "--vault", root, ...TODAY, "--until", "2w"]);
		expect(r.stdout).toBe("Snoozed Ada until 2026-12-11 (People/Ada.md)\n");
		expect(read(root, "People/Ada.md")).toContain("snooze_until: 2026-12-11\n");
		tend(["snooze", "Ada", "--vault", root, ...TODAY, "--until", "2026-12-24"]);
		expect(read(root, "People/Ada.md")).toContain("snooze_until: 2026-12-24\n");
	});

	it("promise add --due +3d, and move --to friday (on a Friday: the next one)", () => {
		const root = vault({ "People/Ada.md": PROMISES });
		expect(tend(["promise", "add", "Ada", "--vault", root, ...TODAY, "--due", "+3d", "--what", "Intro to Marco"]).stdout).toBe(
			'Promised Ada "Intro to Marco" by 2026-11-30 (People/Ada.md)\n',
		);
		expect(tend(["promise", "move", "Ada", "--vault", root, ...TODAY, "--what", "marco", "--to", "friday"]).code).toBe(0);
		const text = read(root, "People/Ada.md");
		expect(text).toContain("  - 2026-12-04 Intro to Marco\n");
		expect(text).toContain('promise-moved — Moved "Intro to Marco" from 2026-11-30 to 2026-12-04, before the deadline');
	});

	it("says which flag was wrong and shows the accepted forms", () => {
		const root = vault({ "People/Ada.md": PROMISES });
		const r = tend(["snooze", "Ada", "--vault", root, ...TODAY, "--until", "someday"]);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('--until "someday" is not a date; use YYYY-MM-DD, today, tomorrow, yesterday, 3d / 2w / 1m / 1y ahead');
		expect(r.stderr).toContain("a weekday (friday: the next one after today; last friday)");
		expect(tend(["promise", "move", "Ada", "--vault", root, ...TODAY, "--to", "2026-02-30"]).stderr).toContain("--to 2026-02-30 is not a date that exists");
		expect(tend(["log", "Ada", "--vault", root, ...TODAY, "--kind", "call", "--summary", "x", "--date", "next tuesday week"]).stderr).toContain('--date "next tuesday week" is not a date');
		// --today is the day relative dates count from: always a calendar date.
		expect(tend(["due", "--vault", root, "--today", "yesterday"]).stderr).toContain("--today yesterday is not a date (YYYY-MM-DD)");
	});
});

/** The display column (terminal cells) where `needle` starts on each line that has it. */
function columnsOf(lines: string[], needle: string, widths: Record<string, number>): number[] {
	return lines
		.filter((l) => l.includes(needle))
		.map((l) => {
			const before = l.slice(0, l.indexOf(needle));
			let cols = 0;
			for (const ch of before) cols += widths[ch] ?? 1;
			return cols;
		});
}

describe("columns line up by display width", () => {
	it("counts CJK and emoji as two columns and a combining accent as none", () => {
		const root = vault({
			"People/山田太郎.md": note("tier: A\nlast_contact: 2026-09-01"),
			"People/Zoë 🌱.md": note("tier: A\nlast_contact: 2026-09-01"),
			"People/Rene\u0301e.md": note("tier: A\nlast_contact: 2026-09-01"),
			"People/Ana.md": note("tier: A\nlast_contact: 2026-09-01"),
		});
		const out = tend(["due", "--vault", root, ...TODAY]).stdout;
		// Widths by hand: 山田太郎 is 8 columns, "Zoë 🌱" 6, "Renée" (e + U+0301) 5, Ana 3; the name
		// column is 8 wide (its minimum and the widest name).
		expect(out).toContain("\n  Ana       A   87d ago   Last contact 87 days ago");
		expect(out).toContain("\n  Rene\u0301e     A   87d ago   Last contact 87 days ago");
		expect(out).toContain("\n  Zoë 🌱    A   87d ago   Last contact 87 days ago");
		expect(out).toContain("\n  山田太郎  A   87d ago   Last contact 87 days ago");
		const widths: Record<string, number> = { 山: 2, 田: 2, 太: 2, 郎: 2, "🌱": 2, "\u0301": 0 };
		const cols = columnsOf(out.split("\n"), "Last contact", widths);
		expect(cols).toHaveLength(4);
		expect(new Set(cols)).toEqual(new Set([26]));
	});

	it("cuts a name wider than its column at a character boundary, and grows or cuts the tier column", () => {
		const root = vault({
			".obsidian/plugins/tend/data.json": JSON.stringify({ tiers: [{ name: "Inner circle", cadence: "2w" }, { name: "An extremely long tier name", cadence: "4w" }] }),
			"People/東京大学の山田太郎先生と佐藤花子先生と鈴木一郎さん.md": note("tier: Inner circle\nlast_contact: 2026-09-01"),
			"People/Bo.md": note("tier: An extremely long tier name\nlast_contact: 2026-09-01"),
		});
		const out = tend(["due", "--vault", root, ...TODAY]).stdout;
		// Names take 28 columns at most: 13 CJK characters (26 columns), "…" (1), one pad space.
		// Tiers take 16 at most: "Inner circle" is padded, the longer name cut.
		expect(out).toContain("\n  東京大学の山田太郎先生と佐…   Inner circle     87d ago   Last contact 87 days ago");
		expect(out).toContain("\n  Bo                            An extremely lo… 87d ago   Last contact 87 days ago");
	});

	it("shows the path where two listed contacts share a name (in any case or accents)", () => {
		const root = vault({
			"People/Work/Sam.md": note("tier: A"),
			"People/Home/Sam.md": note("tier: B"),
			"People/José.md": note("tier: A"),
			"People/Clients/jose.md": note("tier: A"),
			"People/Ana.md": note("tier: A"),
		});
		const out = tend(["due", "--vault", root, ...TODAY]).stdout;
		expect(out).toMatch(/\n {2}People\/Work\/Sam {6}A {3}never/);
		expect(out).toMatch(/\n {2}People\/Home\/Sam {6}B {3}never/);
		expect(out).toMatch(/\n {2}People\/José {10}A/);
		expect(out).toMatch(/\n {2}People\/Clients\/jose {2}A/);
		expect(out).toMatch(/\n {2}Ana {18}A/);
	});

	it("keeps the continuation lines under the reason column", () => {
		const root = vault({ "People/山田太郎.md": note("tier: A\nlast_contact: 2026-09-01\npromises:\n  - 2026-11-20 Send the deck") });
		const lines = tend(["due", "--vault", root, ...TODAY]).stdout.split("\n");
		const widths: Record<string, number> = { 山: 2, 田: 2, 太: 2, 郎: 2 };
		expect(columnsOf(lines, "Last contact", widths)).toEqual([26]);
		expect(columnsOf(lines, "Promised", widths)).toEqual([26]);
	});
});

describe("counts in words that agree", () => {
	it.each([
		[{ "People/A.md": note("tier: A") }, "1 contact note checked: it is fine.\n"],
		[{ "People/A.md": note("tier: A"), "People/B.md": note("tier: B"), "People/C.md": note("tier: C") }, "All 3 contact notes are fine.\n"],
		[{ "People/A.md": note("tier: Z") }, "1 error, 0 warnings in 1 note (1 contact note checked).\n"],
	])("check", (files, expected) => {
		expect(tend(["check", "--vault", vault(files), ...TODAY]).stdout).toMatch(new RegExp(`${expected.replace(/[().]/g, "\\$&")}$`));
	});

	it("says in 1 day, not in 1 days, for a contact due tomorrow", () => {
		const root = vault({ "People/Ada.md": note("tier: A\nlast_contact: 2026-10-31") });
		expect(tend(["due", "--vault", root, ...TODAY, "--all"]).stdout).toContain("Next due November 28 (tomorrow)");
		expect(tend(["due", "--vault", root, ...TODAY]).stdout).toContain("Nobody is due. Next: Ada on November 28 (tomorrow).");
	});
});

describe("duplicate promises", () => {
	const TWO = note("tier: A\nlast_contact: 2026-10-01\npromises:\n  - 2026-12-10 Send the deck\n  - 2026-12-17 Send the deck");

	it("refuses to add the same promise twice, naming it, and leaves the note alone", () => {
		const root = vault({ "People/Ada.md": TWO });
		const r = tend(["promise", "add", "Ada", "--vault", root, ...TODAY, "--due", "2026-12-10", "--what", "send the  DECK"]);
		expect(r.code).toBe(2);
		expect(r.stderr).toBe(
			'tend promise: People/Ada.md: not changed: it already has this promise: "2026-12-10 Send the deck" (item 1 of promises); the same promise is not added twice\n',
		);
		expect(read(root, "People/Ada.md")).toBe(TWO);
	});

	it("lists the candidates numbered, with the flags that pick one", () => {
		const root = vault({ "People/Ada.md": TWO });
		const r = tend(["promise", "keep", "Ada", "--vault", root, ...TODAY, "--what", "deck"]);
		expect(r.code).toBe(2);
		expect(r.stderr).toBe(
			'tend promise keep: People/Ada.md has 2 promises matching "deck"; say which with --due YYYY-MM-DD or --index N:\n  1. 2026-12-10 Send the deck\n  2. 2026-12-17 Send the deck\n(run "tend promise keep --help" for usage)\n',
		);
		expect(read(root, "People/Ada.md")).toBe(TWO);
	});

	it("keeps one by position and moves one by date", () => {
		const root = vault({ "People/Ada.md": TWO });
		expect(tend(["promise", "keep", "Ada", "--vault", root, ...TODAY, "--index", "2"]).stdout).toBe('Kept "Send the deck" for Ada (People/Ada.md)\n');
		let text = read(root, "People/Ada.md");
		expect(text).toContain("last_contact: 2026-11-27\npromises:\n  - 2026-12-10 Send the deck\n---\n");
		expect(text).toContain('promise-kept — Kept "Send the deck", due 2026-12-17: on time');
		const again = vault({ "People/Ada.md": TWO });
		expect(tend(["promise", "move", "Ada", "--vault", again, ...TODAY, "--due", "2026-12-17", "--to", "2027-01-08"]).code).toBe(0);
		text = read(again, "People/Ada.md");
		expect(text).toContain("  - 2026-12-10 Send the deck\n  - 2027-01-08 Send the deck\n");
		expect(text).toContain("from 2026-12-17 to 2027-01-08");
	});

	it("refuses a bad --index with the list of promises", () => {
		const root = vault({ "People/Ada.md": TWO });
		expect(tend(["promise", "keep", "Ada", "--vault", root, ...TODAY, "--index", "0"]).stderr).toContain("--index 0 should be a position in the list: 1 for the first promise");
		expect(tend(["promise", "keep", "Ada", "--vault", root, ...TODAY, "--index", "3"]).stderr).toContain(
			"People/Ada.md has no promise number 3; its promises are:\n  1. 2026-12-10 Send the deck\n  2. 2026-12-17 Send the deck\n",
		);
	});

	it("never keeps another promise than the one picked when the note changes before the write", () => {
		const root = vault({ "People/Ada.md": TWO });
		const file = path.join(root, "People", "Ada.md");
		const original = atomicWrite.applyEdit;
		// Someone removes the first promise between Tend's read and its write: position 2 is
		// now gone, and position 1 holds the other promise.
		const spy = jest.spyOn(atomicWrite, "applyEdit").mockImplementation((target, edit, ...rest) => {
			fs.writeFileSync(file, note("tier: A\nlast_contact: 2026-10-01\npromises:\n  - 2026-12-17 Send the deck\n  - 2027-02-01 Other"));
			return original(target, edit, ...rest);
		});
		try {
			const r = tend(["promise", "keep", "Ada", "--vault", root, ...TODAY, "--index", "1"]);
			expect(r.code).toBe(2);
			expect(r.stderr).toContain('its promises changed while Tend was writing (the promise picked is now "2026-12-17 Send the deck", not "2026-12-10 Send the deck")');
			expect(read(root, "People/Ada.md")).not.toContain("promise-kept");
		} finally {
			spy.mockRestore();
		}
	});
});
