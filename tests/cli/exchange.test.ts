/**
 * `tend ics` and `tend import` on disk: the feed ical.js reads, the notes an import creates
 * and the properties it adds, the report, `--dry-run`, and the writes that must never
 * replace a file.
 */
import * as fs from "fs";
import ICAL from "ical.js";
import * as os from "os";
import * as path from "path";
import { createExclusive, linkNew, replaceAtomically } from "../../src/cli/createFile";
import { note, read, tempVaults, tend } from "./support";

const TODAY = ["--today", "2026-11-27"];
const FIXTURES = path.join(__dirname, "..", "fixtures", "exchange");
const fixture = (name: string) => path.join(FIXTURES, name);
const vault = tempVaults();

/** Every file under a folder with its bytes, to prove a command wrote nothing. */
function snapshot(root: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (dir: string) => {
		for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
			const abs = path.join(dir, e.name);
			if (e.isDirectory()) walk(abs);
			else out[path.relative(root, abs)] = fs.readFileSync(abs, "latin1");
		}
	};
	walk(root);
	return out;
}

function vevents(text: string): ICAL.Component[] {
	return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
}

describe("tend ics", () => {
	const files = {
		"People/Amara Okafor.md": note("tier: A\nlast_contact: 2026-10-05\nbirthday: 1988-12-01\npromises:\n  - 2026-12-04 Send the deck, v2; with notes"),
		"People/Grace Liu.md": note("tier: A"),
		"Notes/Not a contact.md": "# Just a note\n",
	};

	it("prints the feed, which ical.js reads: one event per due date, birthday and promise", () => {
		const root = vault(files);
		const r = tend(["ics", "--vault", root, ...TODAY]);
		expect(r).toMatchObject({ code: 0, stderr: "" });
		expect(r.stdout.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
		const events = vevents(r.stdout).map((e) => [e.getFirstPropertyValue("summary"), (e.getFirstPropertyValue("dtstart") as ICAL.Time).toString()]);
		expect(events).toEqual([
			["Get in touch with Amara Okafor", "2026-11-27"],
			["Amara Okafor's birthday", "1988-12-01"],
			["Promise to Amara Okafor: Send the deck, v2; with notes", "2026-12-04"],
			["Get in touch with Grace Liu", "2026-11-27"],
		]);
		// The vault folder's name stands for the vault in the links (Obsidian names a vault after its folder).
		expect(vevents(r.stdout)[0]?.getFirstPropertyValue("url")).toBe(`obsidian://open?vault=${encodeURIComponent(path.basename(root))}&file=People%2FAmara%20Okafor.md`);
		// DTSTAMP is the run's time (the test clock: 2026-11-27 12:00 UTC).
		expect(r.stdout).toContain("DTSTAMP:20261127T120000Z\r\n");
	});

	it("--out FILE writes the same text, replacing the old file in one step, and says how many events", () => {
		const root = vault(files);
		const out = path.join(root, "Tend.ics");
		fs.writeFileSync(out, "old");
		fs.chmodSync(out, 0o600);
		const r = tend(["ics", "--vault", root, ...TODAY, "--out", out]);
		expect(r).toEqual({ code: 0, stdout: `Wrote 4 events for 2 contacts to ${out}\n`, stderr: "" });
		expect(read(root, "Tend.ics")).toBe(tend(["ics", "--vault", root, ...TODAY]).stdout);
		expect(fs.statSync(out).mode & 0o777).toBe(0o600);
		expect(fs.readdirSync(root).filter((f) => f.includes("tend-tmp"))).toEqual([]);
	});

	it("keeps the UIDs from one run to the next", () => {
		const root = vault(files);
		const uids = (args: string[]) => vevents(tend(["ics", "--vault", root, ...args]).stdout).map((e) => e.getFirstPropertyValue("uid"));
		expect(uids(["--today", "2026-12-01"])).toEqual(uids(TODAY));
	});

	it("warns on stderr when contact notes have errors, and still writes the feed", () => {
		const root = vault({ "People/Maya.md": note("tier: B\nlast_contact: 2026-09-31") });
		const r = tend(["ics", "--vault", root, ...TODAY]);
		expect(r.code).toBe(0);
		expect(r.stderr).toBe('tend ics: some contact notes have errors (their bad values are left out): run "tend check" to see them\n');
		expect(vevents(r.stdout)).toHaveLength(1);
	});

	it.each([
		[["extra"], 'unexpected argument "extra"'],
		[["--out", ""], "--out is empty; give it a value, or leave it out"],
		[["--today", "2026-02-30"], "--today 2026-02-30 is not a date that exists"],
		[["--vault", "/no/such/vault"], "the vault folder /no/such/vault does not exist"],
	])("%j is a usage error (exit 2)", (args, message) => {
		const root = vault(files);
		const r = tend(["ics", ...(args[0] === "--vault" ? [] : ["--vault", root]), ...args]);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain(message);
	});
});

const AMARA = "---\ntier: A # inner circle\ncompany: Lumen # since 2019\n---\n# Amara\n\n## Touchpoints\n- 2026-10-05 meeting — Lunch in Berlin\n";

describe("tend import Connections.csv (LinkedIn)", () => {
	function run(extra: string[] = []) {
		const root = vault({ "People/Amara Okafor.md": AMARA, "People/Noah Fischer.md": "---\ntier: B\nemail: noah.fischer@mail.example\n---\n" });
		return { root, r: tend(["import", fixture("Connections.csv"), "--vault", root, ...TODAY, ...extra]) };
	}

	it("creates a note per new person, adds what a matched note lacks, keeps what it has, and reports each", () => {
		const { root, r } = run();
		expect(r.stderr).toBe("tend import: Connections.csv:9: this row has no name; it is skipped\n");
		expect(r.stdout).toBe(
			[
				"Read 4 people from Connections.csv (LinkedIn connections).",
				'Added position, linkedin to People/Amara Okafor.md (matched by name, Connections.csv:5); kept company (has "Lumen"; not added: Lumen Health, GmbH)',
				"Created People/José O'Brien.md for José O'Brien (Connections.csv:6): company, position, email, linkedin",
				"Created People/Kemi Adeyemi.md for Kemi Adeyemi (Connections.csv:7): company, position, linkedin",
				"Added company, position, linkedin to People/Noah Fischer.md (matched by email, Connections.csv:8)",
				"",
				"2 notes created, 2 updated, 0 unchanged, 0 skipped.",
				'New contacts have no tier yet: give each one a tier to schedule it ("tend due" lists them under Needs attention).',
				"",
			].join("\n"),
		);
		expect(r.code).toBe(0);
		expect(read(root, "People/Amara Okafor.md")).toBe(
			"---\ntier: A # inner circle\ncompany: Lumen # since 2019\nposition: Head of Regulatory Affairs, EMEA\nlinkedin: https://www.linkedin.com/in/amara-okafor\n---\n# Amara\n\n## Touchpoints\n- 2026-10-05 meeting — Lunch in Berlin\n",
		);
		expect(read(root, "People/José O'Brien.md")).toBe(
			'---\ntier:\ncompany: Acme\nposition: CTO, "Platform" team\nemail: jose@obrien.example\nlinkedin: https://www.linkedin.com/in/jose-obrien\n---\n\n## Touchpoints\n',
		);
	});

	it("a second run finds everyone and writes nothing: no second note for anyone", () => {
		const { root } = run();
		const before = snapshot(root);
		const again = tend(["import", fixture("Connections.csv"), "--vault", root, ...TODAY]);
		expect(again.code).toBe(0);
		expect(again.stdout).toContain("0 notes created, 0 updated, 4 unchanged, 0 skipped.");
		expect(again.stdout).not.toMatch(/^Created/m);
		expect(snapshot(root)).toEqual(before);
	});

	it("--dry-run lists what would change and writes nothing", () => {
		const root = vault({ "People/Amara Okafor.md": AMARA });
		const before = snapshot(root);
		const r = tend(["import", fixture("Connections.csv"), "--vault", root, ...TODAY, "--dry-run"]);
		expect(r.code).toBe(0);
		expect(r.stdout).toBe(
			[
				"Read 4 people from Connections.csv (LinkedIn connections).",
				'Would add position, linkedin to People/Amara Okafor.md (matched by name, Connections.csv:5); would keep company (has "Lumen"; not added: Lumen Health, GmbH)',
				"Would create People/José O'Brien.md for José O'Brien (Connections.csv:6): company, position, email, linkedin",
				"Would create People/Kemi Adeyemi.md for Kemi Adeyemi (Connections.csv:7): company, position, linkedin",
				"Would create People/Noah Fischer.md for Noah Fischer (Connections.csv:8): company, position, email, linkedin",
				"",
				"3 new notes, 1 note to update, 0 unchanged, 0 skipped. Dry run: nothing was written.",
				"",
			].join("\n"),
		);
		expect(snapshot(root)).toEqual(before);
	});
});

describe("tend import FILE.vcf", () => {
	it("reads vCard 3 and 4, reports the cards it cannot read by line, and imports the rest", () => {
		const root = vault({});
		const v3 = tend(["import", fixture("contacts-v3.vcf"), "--vault", root, ...TODAY]);
		expect(v3).toMatchObject({ code: 0, stderr: "" });
		expect(read(root, "People/Jörg Müller.md")).toBe("---\ntier:\ncompany: Stadtwerke Köln\nemail: joerg.mueller@stadtwerke.example\nbirthday: --03-14\n---\n\n## Touchpoints\n");
		const v4 = tend(["import", fixture("contacts-v4.vcf"), "--vault", root, ...TODAY]);
		expect(v4.stderr).toBe(
			[
				'tend import: contacts-v4.vcf:23: this card does not parse (invalid line (no token ";" or ":") "EMAIL this line has no colon"); it is skipped',
				'tend import: contacts-v4.vcf:25: Leap Year: the birthday "sometime in spring" is not a date Tend can use; it is left out',
				"tend import: contacts-v4.vcf:30: this card is vCard 2.1 (quoted-printable), which Tend does not read; export the contacts as vCard 3.0 or 4.0",
				"",
			].join("\n"),
		);
		expect(v4.stdout).toContain("3 notes created, 0 updated, 0 unchanged, 0 skipped.");
		expect(read(root, "People/Priya Raman.md")).toBe(
			"---\ntier:\ncompany: Northwind Capital\nposition: Partner\nemail:\n  - priya.raman@mail.example\n  - priya@northwind.example\nphone: +1-555-0100\nbirthday: --12-03\nlinkedin: https://www.linkedin.com/in/priya-raman\n---\n\n## Touchpoints\n",
		);
		// The imported contacts are untracked, and Tend reads them without a problem.
		const due = JSON.parse(tend(["due", "--vault", root, ...TODAY, "--all", "--json"]).stdout) as { contacts: { status: string }[]; diagnostics: unknown[] };
		expect(due.contacts.map((c) => c.status)).toEqual(Array(6).fill("untracked"));
		expect(due.diagnostics).toEqual([]);
	});

	it("keeps every note inside the contacts folder, whatever the names say", () => {
		const outside = fs.mkdtempSync(path.join(os.tmpdir(), "tend-outside-"));
		const root = vault({});
		const file = path.join(root, "evil.vcf");
		const card = (fn: string) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${fn}\r\nEND:VCARD\r\n`;
		fs.writeFileSync(file, [card(`../../${path.basename(outside)}/pwned`), card("/etc/passwd"), card("..\\\\..\\\\win"), card("CON"), card("...")].join(""));
		const r = tend(["import", file, "--vault", root, ...TODAY]);
		expect(r.stdout).toContain("4 notes created, 0 updated, 0 unchanged, 1 skipped.");
		expect(fs.readdirSync(path.join(root, "People")).sort()).toEqual([`${path.basename(outside)} pwned.md`, "CON (contact).md", "etc passwd.md", "win.md"].sort());
		expect(fs.readdirSync(outside)).toEqual([]);
		fs.rmSync(outside, { recursive: true, force: true });
	});

	it("never replaces a file that is not a contact note, and never writes a note whose frontmatter does not parse", () => {
		const broken = "---\ntier: [A\n---\nbody\n";
		const root = vault({ "People/Chen Wei.md": broken });
		const settings = path.join(root, ".obsidian", "plugins", "tend");
		fs.mkdirSync(settings, { recursive: true });
		fs.writeFileSync(path.join(settings, "data.json"), JSON.stringify({ newContactFolder: "Inbox", contactsFolder: "People" }));
		fs.mkdirSync(path.join(root, "Inbox"));
		fs.writeFileSync(path.join(root, "Inbox", "Amara Okafor.md"), "my own note\n");
		const r = tend(["import", fixture("contacts-v3.vcf"), "--vault", root, ...TODAY]);
		expect(r.stdout).toContain("Skipped Amara Okafor (contacts-v3.vcf:1): Inbox/Amara Okafor.md exists and is not a contact note; it was not overwritten");
		expect(r.stdout).toMatch(/^Not written: People\/Chen Wei\.md:2 \(matched by name, contacts-v3\.vcf:25\): its frontmatter does not parse/m);
		expect(r.code).toBe(2);
		expect(read(root, "Inbox/Amara Okafor.md")).toBe("my own note\n");
		expect(read(root, "People/Chen Wei.md")).toBe(broken);
		// Outside the contacts folder, the new note is marked as a contact.
		expect(read(root, "Inbox/Jörg Müller.md")).toContain("\ntype: contact\n");
	});
});

describe("tend import: files it cannot read", () => {
	it.each([
		["missing.csv", null, "missing.csv does not exist"],
		["utf16.csv", Buffer.from("\ufeffFirst Name,Last Name\n", "utf16le"), "utf16.csv is UTF-16 text; save it as UTF-8"],
		["latin1.csv", Buffer.concat([Buffer.from("First Name,Last Name,URL,Email Address,Company,Position,Connected On\nJ"), Buffer.from([0xf6]), Buffer.from("rg,M,,,,,\n")]), "latin1.csv:2: not valid UTF-8 text"],
	])("%s", (name, bytes, message) => {
		const root = vault({});
		const file = path.join(root, name);
		if (bytes) fs.writeFileSync(file, bytes);
		const r = tend(["import", file, "--vault", root, ...TODAY]);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain(message);
		expect(fs.existsSync(path.join(root, "People"))).toBe(false);
	});

	it("a file with nobody in it writes nothing and exits 2", () => {
		const root = vault({});
		const file = path.join(root, "x.csv");
		fs.writeFileSync(file, "a,b\n1,2\n");
		const r = tend(["import", file, "--vault", root, ...TODAY]);
		expect(r.code).toBe(2);
		expect(r.stderr).toBe(
			"tend import: x.csv:1: no header row with a First Name or Name column: this is not a LinkedIn or Google contacts export\ntend import: no people found in " + file + "; nothing was written\n",
		);
	});

	it("needs exactly one FILE", () => {
		expect(tend(["import", "--vault", vault({})]).stderr).toContain("which file? Give a .vcf or .csv export");
		expect(tend(["import", "a.csv", "b.csv", "--vault", vault({})]).stderr).toContain('one FILE at a time (got "a.csv", "b.csv")');
	});
});

describe("the file writes", () => {
	it("createExclusive never replaces a file, a folder or a link, and leaves no temporary file", () => {
		const root = vault({ "People/Ada.md": "mine\n" });
		const ada = path.join(root, "People", "Ada.md");
		expect(createExclusive(ada, "theirs\n")).toEqual({ ok: false, exists: true });
		expect(fs.readFileSync(ada, "utf8")).toBe("mine\n");
		fs.symlinkSync(path.join(root, "nowhere.md"), path.join(root, "People", "Link.md"));
		expect(createExclusive(path.join(root, "People", "Link.md"), "x")).toEqual({ ok: false, exists: true });
		expect(fs.existsSync(path.join(root, "nowhere.md"))).toBe(false);
		expect(createExclusive(path.join(root, "People", "New", "Bea.md"), "hello\n")).toEqual({ ok: true });
		expect(read(root, "People/New/Bea.md")).toBe("hello\n");
		expect(fs.readdirSync(path.join(root, "People")).filter((f) => f.includes("tend-tmp"))).toEqual([]);
	});

	it("createExclusive loses a race without overwriting: a file that appears after the check stays", () => {
		// The other writer's file is there by the time Tend writes (after its quick check).
		const root = vault({ "Race.md": "the other writer\n" });
		const target = path.join(root, "Race.md");
		expect(linkNew(target, "tend\n")).toEqual({ ok: false, exists: true });
		expect(fs.readFileSync(target, "utf8")).toBe("the other writer\n");
		expect(fs.readdirSync(root)).toEqual(["Race.md"]);
	});

	it("replaceAtomically replaces the file in one rename", () => {
		const root = vault({ "Tend.ics": "old" });
		replaceAtomically(path.join(root, "Tend.ics"), "new");
		expect(read(root, "Tend.ics")).toBe("new");
		expect(fs.readdirSync(root)).toEqual(["Tend.ics"]);
	});
});
