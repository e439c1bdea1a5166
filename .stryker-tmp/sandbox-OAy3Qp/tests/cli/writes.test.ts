/**
 * `tend log`, `tend snooze` and `tend promise` on disk: what each writes, what each refuses,
 * atomic writes that keep the file's mode, and two processes writing one note at once.
 */
// @ts-nocheck

import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { note, read, tempVaults, tend } from "./support";

const TODAY = ["--today", "2026-11-27"];
const vault = tempVaults();

const ADA = "---\ntier: A # inner circle\nlast_contact: '2026-10-01'\n---\n# Ada\n\n## Touchpoints\n- 2026-10-01 call — Caught up\n";

describe("tend log", () => {
	it("inserts the entry and moves last_contact forward, changing nothing else", () => {
		const root = vault({ "People/Ada Lovelace.md": ADA });
		const r = tend(["log", "ada lovelace", "--vault", root, ...TODAY, "--kind", "share", "--summary", "Sent the EU AI Act summary", "--hours", "1"]);
		expect(r).toMatchObject({ code: 0, stderr: "" });
		expect(r.stdout).toBe("Logged share with Ada Lovelace on 2026-11-27 in People/Ada Lovelace.md; last_contact 2026-10-01 -> 2026-11-27\n");
		expect(read(root, "People/Ada Lovelace.md")).toBe(
			"---\ntier: A # inner circle\nlast_contact: '2026-11-27'\n---\n# Ada\n\n## Touchpoints\n- 2026-11-27 share — Sent the EU AI Act summary (1h)\n- 2026-10-01 call — Caught up\n",
		);
	});

	it("accepts a path, --date in the past, and never moves last_contact backward", () => {
		const root = vault({ "People/Ada Lovelace.md": ADA });
		const r = tend(["log", "People/Ada Lovelace", "--vault", root, ...TODAY, "--kind", "Call", "--summary", "Old call", "--date", "2026-09-01"]);
		expect(r.code).toBe(0);
		expect(read(root, "People/Ada Lovelace.md")).toBe(`${ADA}- 2026-09-01 call — Old call\n`);
	});

	it.each([
		[["--kind", "gossip", "--summary", "x"], /unknown kind "gossip"; the kinds are share, congrats/],
		[["--kind", "share", "--summary", "x", "--date", "2026-02-30"], /--date 2026-02-30 is not a date that exists/],
		[["--kind", "share"], /--summary TEXT is required/],
		[["--summary", "x"], /--kind K is required/],
		[["--kind", "share", "--summary", "x", "--hours", "lots"], /--hours lots/],
	])("refuses %j with exit 2 and writes nothing", (args, message) => {
		const root = vault({ "People/Ada Lovelace.md": ADA });
		const r = tend(["log", "Ada Lovelace", "--vault", root, ...TODAY, ...args]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(message);
		expect(read(root, "People/Ada Lovelace.md")).toBe(ADA);
	});

	it("lists the candidates when NAME matches several contacts or none", () => {
		const root = vault({ "People/Work/Sam.md": note("tier: A"), "People/Home/Sam.md": note("tier: B"), "People/Samira.md": note("tier: C") });
		const several = tend(["log", "sam", "--vault", root, ...TODAY, "--kind", "call", "--summary", "x"]);
		expect(several.code).toBe(2);
		expect(several.stderr).toMatch(/"sam" matches 2 contacts; give the path instead \(\.\/Name\.md for a note at the top of the vault\):\n {2}People\/Home\/Sam\.md\n {2}People\/Work\/Sam\.md/);
		const none = tend(["log", "Samuel", "--vault", root, ...TODAY, "--kind", "call", "--summary", "x"]);
		expect(none.code).toBe(2);
		expect(none.stderr).toMatch(/no contact matches "Samuel"/);
		expect(tend(["log", "People/Work/Sam.md", "--vault", root, ...TODAY, "--kind", "call", "--summary", "x"]).code).toBe(0);
	});

	it("says when NAME is a note that is not a contact", () => {
		const root = vault({ "Notes/Meeting.md": "# Meeting\n" });
		const r = tend(["log", "Meeting", "--vault", root, ...TODAY, "--kind", "call", "--summary", "x"]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/Notes\/Meeting\.md is not a contact note/);
	});

	it("never writes a note whose frontmatter does not parse, and names the file and line", () => {
		const broken = "---\ntier: A\nlast_contact: [2026-10-01\n---\n# Ada\n";
		const root = vault({ "People/Ada.md": broken });
		const r = tend(["log", "Ada", "--vault", root, ...TODAY, "--kind", "call", "--summary", "x"]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/People\/Ada\.md:3: not changed: its frontmatter does not parse \(line 3/);
		expect(read(root, "People/Ada.md")).toBe(broken);
	});

	it("warns and leaves a last_contact that is not a date", () => {
		const root = vault({ "People/Ada.md": "---\ntier: A\nlast_contact: last spring\n---\n" });
		const r = tend(["log", "Ada", "--vault", root, ...TODAY, "--kind", "call", "--summary", "x"]);
		expect(r.code).toBe(0);
		expect(r.stderr).toMatch(/warning: People\/Ada\.md: last_contact "last spring" is not a date/);
		expect(read(root, "People/Ada.md")).toBe("---\ntier: A\nlast_contact: last spring\n---\n\n## Touchpoints\n- 2026-11-27 call — x\n");
	});

	it("keeps CRLF, a byte-order mark and a missing final newline", () => {
		const root = vault({ "People/Ada.md": "\uFEFF---\r\ntier: A\r\n---\r\n# Ada" });
		expect(tend(["log", "Ada", "--vault", root, ...TODAY, "--kind", "call", "--summary", "x"]).code).toBe(0);
		expect(read(root, "People/Ada.md")).toBe("\uFEFF---\r\ntier: A\r\nlast_contact: 2026-11-27\r\n---\r\n# Ada\r\n\r\n## Touchpoints\r\n- 2026-11-27 call — x");
	});

	it("keeps the file's mode and leaves no temporary or lock file behind", () => {
		const root = vault({ "People/Ada.md": ADA });
		const file = path.join(root, "People", "Ada.md");
		fs.chmodSync(file, 0o640);
		expect(tend(["log", "Ada", "--vault", root, ...TODAY, "--kind", "call", "--summary", "x"]).code).toBe(0);
		expect(fs.statSync(file).mode & 0o777).toBe(0o640);
		expect(fs.readdirSync(path.join(root, "People"))).toEqual(["Ada.md"]);
	});

	it("refuses a note that is not valid UTF-8 rather than re-encode it", () => {
		const root = vault({});
		fs.mkdirSync(path.join(root, "People"));
		const bytes = Buffer.concat([Buffer.from("---\ntier: A\n---\nCaf"), Buffer.from([0xe9]), Buffer.from("\n")]);
		fs.writeFileSync(path.join(root, "People", "Ada.md"), bytes);
		const r = tend(["log", "Ada", "--vault", root, ...TODAY, "--kind", "call", "--summary", "x"]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/not valid UTF-8/);
		expect(fs.readFileSync(path.join(root, "People", "Ada.md")).equals(bytes)).toBe(true);
	});
});

describe("tend snooze", () => {
	it("sets and clears snooze_until", () => {
		const root = vault({ "People/Ada.md": ADA });
		const r = tend(["snooze", "Ada", "--vault", root, ...TODAY, "--until", "2027-01-10"]);
		expect(r).toMatchObject({ code: 0, stdout: "Snoozed Ada until 2027-01-10 (People/Ada.md)\n" });
		expect(read(root, "People/Ada.md")).toBe(ADA.replace("---\n# Ada", "snooze_until: 2027-01-10\n---\n# Ada"));
		expect(JSON.parse(tend(["due", "--vault", root, ...TODAY, "--json", "--all"]).stdout).contacts[0].status).toBe("snoozed");
		expect(tend(["snooze", "Ada", "--vault", root, ...TODAY, "--clear"]).code).toBe(0);
		expect(read(root, "People/Ada.md")).toBe(ADA.replace("---\n# Ada", "snooze_until:\n---\n# Ada"));
	});

	it("needs exactly one of --until and --clear", () => {
		const root = vault({ "People/Ada.md": ADA });
		expect(tend(["snooze", "Ada", "--vault", root]).code).toBe(2);
		expect(tend(["snooze", "Ada", "--vault", root, "--until", "2027-01-01", "--clear"]).code).toBe(2);
	});
});

describe("tend promise", () => {
	it("adds, moves and keeps a promise, logging each", () => {
		const root = vault({ "People/Ada.md": ADA });
		const add = tend(["promise", "add", "Ada", "--vault", root, ...TODAY, "--due", "2026-12-01", "--what", "Send the deck"]);
		expect(add).toMatchObject({ code: 0, stdout: 'Promised Ada "Send the deck" by 2026-12-01 (People/Ada.md)\n' });
		expect(read(root, "People/Ada.md")).toContain("last_contact: '2026-10-01'\npromises:\n  - 2026-12-01 Send the deck\n---\n");

		const move = tend(["promise", "move", "Ada", "--vault", root, ...TODAY, "--to", "2026-12-08"]);
		expect(move.code).toBe(0);
		const moved = read(root, "People/Ada.md");
		expect(moved).toContain("  - 2026-12-08 Send the deck\n");
		expect(moved).toContain('- 2026-11-27 promise-moved — Moved "Send the deck" from 2026-12-01 to 2026-12-08, before the deadline\n');

		const keep = tend(["promise", "keep", "Ada", "--vault", root, "--today", "2026-12-10"]);
		expect(keep.code).toBe(0);
		const kept = read(root, "People/Ada.md");
		expect(kept).toContain("promises: []\n");
		expect(kept).toContain('- 2026-12-10 promise-kept — Kept "Send the deck", due 2026-12-08: 2 days late\n');
		expect(kept).toContain("last_contact: '2026-12-10'");
	});

	it("asks which promise when there are several", () => {
		const root = vault({ "People/Ada.md": note("tier: A\npromises:\n  - 2026-12-01 Send the deck\n  - 2026-12-05 Intro to Marco") });
		const r = tend(["promise", "keep", "Ada", "--vault", root, ...TODAY]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/has 2 promises; say which with --what TEXT, --due YYYY-MM-DD or --index N:\n {2}1\. 2026-12-01 Send the deck\n {2}2\. 2026-12-05 Intro to Marco/);
		expect(tend(["promise", "keep", "Ada", "--vault", root, ...TODAY, "--what", "marco"]).code).toBe(0);
		expect(read(root, "People/Ada.md")).toContain("promises:\n  - 2026-12-01 Send the deck\nlast_contact: 2026-11-27\n---\n");
	});

	it("rejects an unknown action and missing flags", () => {
		const root = vault({ "People/Ada.md": ADA });
		expect(tend(["promise", "break", "Ada", "--vault", root]).stderr).toMatch(/unknown promise action "break"/);
		expect(tend(["promise", "add", "Ada", "--vault", root, "--what", "x"]).stderr).toMatch(/--due D is required \(YYYY-MM-DD, or a date like tomorrow/);
		expect(tend(["promise", "move", "Ada", "--vault", root]).code).toBe(2);
	});
});

describe("two tend processes writing one note at the same moment", () => {
	const bin = path.join(__dirname, "..", "..", "bin", "tend.js");

	beforeAll(() => {
		// The processes run the built CLI, as users do; build it from the current sources.
		const build = spawnSync(process.execPath, ["esbuild.config.mjs"], { cwd: path.join(__dirname, "..", ".."), encoding: "utf8" });
		if (build.status !== 0) throw new Error(build.stderr);
	});

	it("loses neither write", async () => {
		const root = vault({ "People/Ada.md": ADA });
		const writer = (who: string, n: number) =>
			new Promise<number>((resolve, reject) => {
				const script = Array.from({ length: n }, (_, i) => `"${process.execPath}" "${bin}" log Ada --vault "${root}" --today 2026-11-27 --kind call --summary "${who} ${i}" || exit 1`).join("\n");
				const child = spawn("sh", ["-c", script], { stdio: "ignore" });
				child.on("error", reject);
				child.on("exit", (code) => resolve(code ?? 1));
			});
		const codes = await Promise.all([writer("first", 8), writer("second", 8)]);
		expect(codes).toEqual([0, 0]);
		const text = read(root, "People/Ada.md");
		for (const who of ["first", "second"]) for (let i = 0; i < 8; i++) expect(text).toContain(`- 2026-11-27 call — ${who} ${i}\n`);
		expect(text.match(/^- 2026-11-27 call/gm)).toHaveLength(16);
		expect(fs.readdirSync(path.join(root, "People"))).toEqual(["Ada.md"]);
	}, 60_000);
});
