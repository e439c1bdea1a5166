/**
 * `tend due` and `tend check` over vaults on disk: the JSON contract of docs/cli.md, the human
 * table, exit codes, how notes are found and read (like Obsidian), and the settings file.
 */
import * as fs from "fs";
import * as path from "path";
import { note, tempVaults, tend } from "./support";

const TODAY = ["--today", "2026-11-27"];
const vault = tempVaults();

interface DueJson {
	today: string;
	contacts: {
		name: string;
		path: string;
		tier: string | null;
		status: string;
		lastContact: string | null;
		dueDate: string | null;
		overdueDate: string | null;
		daysSince: number | null;
		reasons: { kind: string; text: string }[];
		promises: { due: string | null; what: string; status: string }[];
	}[];
	diagnostics: { path: string; severity: string; message: string }[];
}

function dueJson(root: string, extra: string[] = []): DueJson {
	const r = tend(["due", "--vault", root, ...TODAY, "--json", ...extra]);
	expect(r.code).toBe(0);
	return JSON.parse(r.stdout) as DueJson;
}

describe("tend due --json", () => {
	const root = vault({
		"People/Ada Lovelace.md": note(
			"tier: A\nlast_contact: 2026-10-01\npromises:\n  - 2026-11-20 Send the deck",
			"## Touchpoints\n- 2026-10-10 share — Sent the paper\n",
		),
		"People/Bo.md": note("tier: B\nlast_contact: 2026-09-01"),
		"People/Cy.md": note("tier: A"),
		"People/Di.md": note("tier: C\nlast_contact: 2026-11-01"),
		"People/Ed.md": note("tier: A\nlast_contact: 2026-11-20\nbirthday: --11-30"),
		"People/Fay.md": note("company: X"),
		"Notes/Meeting.md": "# Meeting\n[[Ada Lovelace]]\n",
	});

	it("prints the contract's shape, with the due list in order", () => {
		const out = dueJson(root);
		expect(out.today).toBe("2026-11-27");
		expect(out.contacts.map((c) => c.name)).toEqual(["Cy", "Ada Lovelace", "Bo", "Ed"]);
		const ada = out.contacts[1];
		expect(ada).toEqual({
			name: "Ada Lovelace",
			path: "People/Ada Lovelace.md",
			tier: "A",
			status: "overdue",
			lastContact: "2026-10-10",
			dueDate: "2026-11-07",
			overdueDate: "2026-11-21",
			daysSince: 48,
			reasons: [
				{ kind: "overdue", label: "Overdue by 6 days", text: expect.stringContaining("48 days ago") as string },
				{ kind: "promise-late", label: "Promise 7 days late: Send the deck", text: expect.stringContaining("7 days late") as string },
			],
			promises: [{ due: "2026-11-20", what: "Send the deck", status: "late" }],
			// Added with the one due-list model (the documented fields above are unchanged).
			section: "overdue",
			lastContactSource: "log",
			suggestion: { kind: "promise-moved", text: '"Send the deck" is 7 days late: send it now, or tell them and agree a new date' },
		});
		expect(out.contacts[0]).toMatchObject({ name: "Cy", status: "new", lastContact: null, dueDate: null, overdueDate: null, daysSince: null, promises: [] });
		expect(out.contacts[2]).toMatchObject({ name: "Bo", status: "due", dueDate: "2026-11-10", overdueDate: "2026-12-01", daysSince: 87 });
		expect(out.contacts[3]).toMatchObject({ name: "Ed", status: "ok", reasons: [{ kind: "birthday" }] });
		expect(out.diagnostics).toEqual([]);
	});

	it("lists every contact with --all, the untracked last", () => {
		const out = dueJson(root, ["--all"]);
		expect(out.contacts.map((c) => `${c.name}:${c.status}`)).toEqual(["Cy:new", "Ada Lovelace:overdue", "Bo:due", "Ed:ok", "Di:ok", "Fay:untracked"]);
	});

	it("prints a readable table grouped by status, without colour when not a terminal", () => {
		const r = tend(["due", "--vault", root, ...TODAY]);
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/^Tend: 4 contacts to get in touch with on 2026-11-27/);
		expect(r.stdout).toMatch(/Overdue \(1\)\n {2}Ada Lovelace +A +48d ago +Last contact 48 days ago/);
		expect(r.stdout).toMatch(/ {10,}Promised "Send the deck" by November 20: 7 days late/);
		// New contacts lead the Due section (the one due-list model; the side panel shows the same).
		expect(r.stdout).toMatch(/Due \(2\)\n {2}Cy +A +never +No contact logged yet/);
		expect(r.stdout).not.toContain("\u001b[");
		expect(tend(["due", "--vault", root, ...TODAY], { tty: true }).stdout).toContain("\u001b[1m");
		expect(tend(["due", "--vault", root, ...TODAY], { tty: true, env: { NO_COLOR: "1" } }).stdout).not.toContain("\u001b[");
	});

	it("uses the current folder when --vault is not given", () => {
		const out = JSON.parse(tend(["due", ...TODAY, "--json"], { cwd: root }).stdout) as DueJson;
		expect(out.contacts).toHaveLength(4);
	});

	it("uses the local date in the process's time zone when --today is not given", () => {
		// The fake clock says 2026-11-27 12:00 UTC: still the 27th in Los Angeles, already the
		// 28th in Kiritimati (UTC+14). Intl gives the expected local date independently.
		const expected = new Intl.DateTimeFormat("en-CA", { timeZone: process.env.TZ }).format(Date.UTC(2026, 10, 27, 12));
		const out = JSON.parse(tend(["due", "--vault", root, "--json"]).stdout) as DueJson;
		expect(out.today).toBe(expected);
		expect(["2026-11-27", "2026-11-28"]).toContain(out.today);
	});
});

describe("finding contact notes like Obsidian", () => {
	it("reads folder, tag and type rules and skips dot-folders", () => {
		const root = vault({
			"People/Sub/Deep.md": note("tier: A"),
			"people/lower.md": note("tier: A"),
			"Work/Tagged.md": note("tier: A\ntags: [work, Contact/Client]"),
			"Work/Inline.md": note("tier: A", "Met at the fair #contact\n"),
			"Work/InCode.md": note("tier: A", "```\n#contact\n```\n"),
			"Work/Typed.md": note('tier: A\ntype: "[[Contact]]"'),
			".obsidian/People/Hidden.md": note("tier: A"),
			".trash/People/Gone.md": note("tier: A"),
		});
		const names = dueJson(root).contacts.map((c) => c.path).sort();
		expect(names).toEqual(["People/Sub/Deep.md", "Work/Inline.md", "Work/Tagged.md", "Work/Typed.md"]);
	});

	it("keeps dates as written (no time-zone shift) and never runs JavaScript frontmatter", () => {
		const marker = path.join(vault({}), "ran.txt");
		const root = vault({
			"People/Js.md": `---js\nrequire("fs").writeFileSync(${JSON.stringify(marker)}, "x")\n---\n#contact\n`,
			"People/Dated.md": note("tier: A\nlast_contact: 2026-11-01"),
		});
		const out = dueJson(root, ["--all"]);
		expect(fs.existsSync(marker)).toBe(false);
		expect(out.contacts.find((c) => c.name === "Js")).toMatchObject({ status: "untracked", tier: null });
		expect(out.contacts.find((c) => c.name === "Dated")).toMatchObject({ lastContact: "2026-11-01", daysSince: 26 });
	});

	it("reads the plugin's settings from .obsidian/plugins/tend/data.json", () => {
		const settings = {
			contactsFolder: "Contacts",
			keys: { lastContact: "last-contacted", tier: "circle" },
			tiers: [{ name: "inner", cadence: "2w" }, { name: "outer", cadence: "quarterly" }],
		};
		const root = vault({
			".obsidian/plugins/tend/data.json": JSON.stringify(settings),
			"Contacts/Ann.md": note("circle: inner\nlast-contacted: 2026-11-01"),
			"People/Not.md": note("tier: A"),
		});
		const out = dueJson(root);
		expect(out.contacts).toEqual([expect.objectContaining({ name: "Ann", tier: "inner", status: "overdue", dueDate: "2026-11-15" })]);
	});

	it("reports a settings file that is not JSON, and goes on with the defaults", () => {
		const root = vault({ ".obsidian/plugins/tend/data.json": "{oops", "People/A.md": note("tier: A") });
		const out = dueJson(root);
		expect(out.contacts).toHaveLength(1);
		expect(out.diagnostics).toEqual([expect.objectContaining({ path: ".obsidian/plugins/tend/data.json", severity: "error" })]);
	});
});

describe("tend check", () => {
	const root = vault({
		"People/Good.md": note("tier: A\nlast_contact: 2026-11-01"),
		"People/Broken.md": "---\ntier: A\nlast_contact: [2026\n---\nBody\n",
		"People/Sub/Bad date.md": note("tier: A\nlast_contact: 2026-02-30"),
		"People/Future.md": note("tier: B\nlast_contact: 2027-01-01"),
		"People/Tierless.md": note("tier: Z"),
	});

	it("names every broken note by its vault-relative path and exits 1", () => {
		const r = tend(["check", "--vault", root, ...TODAY, "--json"]);
		expect(r.code).toBe(1);
		const out = JSON.parse(r.stdout) as { diagnostics: { path: string; line: number | null; severity: string; message: string }[] };
		for (const d of out.diagnostics) expect(Object.keys(d)).toEqual(["path", "line", "severity", "message"]);
		const byPath = (p: string) => out.diagnostics.filter((d) => d.path === p);
		// Each carries the line of the key it is about (the YAML error's line for a broken block).
		expect(byPath("People/Broken.md")).toEqual([expect.objectContaining({ line: 3, severity: "error", message: expect.stringMatching(/line 3/) as string })]);
		expect(byPath("People/Sub/Bad date.md")).toEqual([expect.objectContaining({ line: 3, severity: "error", message: expect.stringMatching(/2026-02-30.*does not exist|not a date that exists/) as string })]);
		expect(byPath("People/Future.md")).toEqual([expect.objectContaining({ line: 3, severity: "warning", message: expect.stringMatching(/future/) as string })]);
		expect(byPath("People/Tierless.md")).toEqual([expect.objectContaining({ line: 2, severity: "error", message: expect.stringMatching(/"Z" is not a tier/) as string })]);
		expect(byPath("People/Good.md")).toEqual([]);
	});

	it("prints path:line: severity: message and a summary", () => {
		const r = tend(["check", "--vault", root, ...TODAY]);
		expect(r.code).toBe(1);
		expect(r.stdout).toContain("People/Broken.md:3: error: frontmatter does not parse (line 3)");
		expect(r.stdout).toMatch(/3 errors, 1 warning in 4 notes \(5 contact notes checked\)/);
	});

	it("exits 0 when only warnings are found, and due still exits 0 with errors", () => {
		const warn = vault({ "People/Future.md": note("tier: B\nlast_contact: 2027-01-01") });
		expect(tend(["check", "--vault", warn, ...TODAY]).code).toBe(0);
		expect(tend(["due", "--vault", root, ...TODAY]).code).toBe(0);
		const clean = vault({ "People/A.md": note("tier: A") });
		expect(tend(["check", "--vault", clean, ...TODAY]).stdout).toContain("1 contact note checked: it is fine.");
	});
});

describe("bad usage exits 2 with a message", () => {
	const root = vault({ "People/A.md": note("tier: A") });
	it.each([
		[["due", "--vault", root, "--today", "2026-02-30"], /--today 2026-02-30 is not a date that exists/],
		[["due", "--vault", root, "--today", "tomorrow"], /is not a date \(YYYY-MM-DD\)/],
		[["due", "--vault", path.join(root, "nope")], /does not exist/],
		[["due", "--vault", root, "--bogus"], /unknown option --bogus/],
		[["due", "--vault", root, "extra"], /unexpected argument/],
		[["frobnicate"], /unknown command "frobnicate"/],
		[[], /Usage:/],
	])("tend %j", (args, message) => {
		const r = tend(args);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(message);
	});

	it("prints help on request with exit 0", () => {
		const r = tend(["help"]);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain("tend due [--all] [--tier T] [--tag X] [--folder F] [--json]");
	});
});
