/**
 * The built `tend` (bin/tend.js over dist/tend.cjs) as a new process, as users and scripts run
 * it: the version bundled at build time, per-command help, what `due` says when nobody is due,
 * columns by display width, dates in words, a flag that would swallow another, and a reader
 * that stops reading. (The jest global setup rebuilds the bundle when the sources are newer.)
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { note, read, tempVaults } from "./support";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "tend.js");
const vault = tempVaults();

function tendProcess(args: string[], options: { cwd?: string } = {}) {
	const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the built tend", () => {
	it("prints the version that package.json had at build time, without reading package.json at run time", () => {
		const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
		expect(tendProcess(["--version"])).toEqual({ code: 0, stdout: `tend ${version}\n`, stderr: "" });
		// The bundle alone, far from the repository, still knows it.
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tend-bundle-"));
		try {
			fs.copyFileSync(path.join(ROOT, "dist", "tend.cjs"), path.join(dir, "tend.cjs"));
			const script = `process.exitCode = require(${JSON.stringify(path.join(dir, "tend.cjs"))}).main(["-V"]);`;
			const r = spawnSync(process.execPath, ["-e", script], { cwd: dir, encoding: "utf8" });
			expect(r).toMatchObject({ status: 0, stdout: `tend ${version}\n` });
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	it("holds gray-matter without its default engines (js-yaml, and esprima under it), which Tend never calls", () => {
		const code = fs.readFileSync(path.join(ROOT, "dist", "tend.cjs"), "utf8");
		expect(code).toMatch(/node_modules\/gray-matter\//);
		expect(code).not.toMatch(/node_modules\/(?:gray-matter\/node_modules\/)?(?:js-yaml|esprima)\//);
		// Frontmatter still reads, through the core's engine.
		const root = vault({ "People/Ada.md": "---\ntier: A\nlast_contact: 2026-11-01\n---\n" });
		const out = JSON.parse(tendProcess(["due", "--all", "--json", "--vault", root, "--today", "2026-11-27"]).stdout) as { contacts: { name: string; tier: string }[] };
		expect(out.contacts.map((c) => [c.name, c.tier])).toEqual([["Ada", "A"]]);
	});

	it("prints one command's help for CMD --help and CMD -h", () => {
		for (const flag of ["--help", "-h"]) {
			const r = tendProcess(["promise", "move", flag]);
			expect(r.code).toBe(0);
			expect(r.stdout).toMatch(/^Usage: tend promise move NAME --to D /);
			expect(r.stdout).not.toContain("tend log NAME");
		}
	});

	it("says nobody is due, who is next, and counts what it cannot track", () => {
		const root = vault({
			"People/Ada Lovelace.md": note("tier: A\nlast_contact: 2026-11-06"),
			"People/Bo.md": note("company: X"),
			"People/Cy.md": "---\ntier: [A\n---\n",
		});
		const r = tendProcess(["due", "--vault", root, "--today", "2026-11-27"]);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain("Nobody is due. Next: Ada Lovelace on December 4 (in 7 days).\n");
		expect(r.stdout).toContain('2 contact notes are not tracked: 1 has no tier, 1 has broken YAML ("Needs attention" lists them; "tend check" shows the problems).\n');
	});

	it("lines up CJK and emoji names by display width", () => {
		const root = vault({
			"People/山田太郎.md": note("tier: A\nlast_contact: 2026-09-01"),
			"People/Zoë 🌱.md": note("tier: A\nlast_contact: 2026-09-01"),
		});
		const out = tendProcess(["due", "--vault", root, "--today", "2026-11-27"]).stdout;
		expect(out).toContain("\n  Zoë 🌱    A   87d ago   Last contact");
		expect(out).toContain("\n  山田太郎  A   87d ago   Last contact");
	});

	it("reads dates in words and refuses a flag given as another flag's value", () => {
		const ADA = note("tier: A\nlast_contact: 2026-10-01");
		const root = vault({ "People/Ada.md": ADA });
		const bad = tendProcess(["log", "Ada", "--vault", root, "--kind", "call", "--summary", "--today", "2026-11-27"]);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain('--summary needs a value, but "--today" is an option');
		expect(read(root, "People/Ada.md")).toBe(ADA);
		const ok = tendProcess(["log", "Ada", "--vault", root, "--today", "2026-11-27", "--kind", "call", "--summary", "Coffee", "--date", "last friday"]);
		expect(ok).toMatchObject({ code: 0, stderr: "" });
		expect(read(root, "People/Ada.md")).toContain("- 2026-11-20 call — Coffee\n");
	});

	it("refuses a duplicate promise, picks one of two by --index, and says the limits of --hours", () => {
		const TWO = note("tier: A\npromises:\n  - 2026-12-10 Send the deck\n  - 2026-12-17 Send the deck");
		const root = vault({ "People/Ada.md": TWO });
		const dup = tendProcess(["promise", "add", "Ada", "--vault", root, "--today", "2026-11-27", "--due", "2026-12-17", "--what", "send the deck"]);
		expect(dup.code).toBe(2);
		expect(dup.stderr).toContain('it already has this promise: "2026-12-17 Send the deck" (item 2 of promises)');
		expect(read(root, "People/Ada.md")).toBe(TWO);
		expect(tendProcess(["promise", "keep", "Ada", "--vault", root, "--today", "2026-11-27", "--index", "2"]).code).toBe(0);
		expect(read(root, "People/Ada.md")).toContain('Kept "Send the deck", due 2026-12-17: on time');
		const hours = tendProcess(["log", "Ada", "--vault", root, "--today", "2026-11-27", "--kind", "call", "--summary", "x", "--hours", "30s"]);
		expect(hours.code).toBe(2);
		expect(hours.stderr).toContain("time spent is recorded from 1 minute to 24 hours");
	});

	it("stops quietly when the reader of its output goes away (tend due | head -1)", () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 2000; i++) files[`People/Contact ${i}.md`] = note("tier: A");
		const root = vault(files);
		const r = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" due --vault "${root}" --today 2026-11-27 | head -1`], { encoding: "utf8" });
		expect(r.stdout.split("\n")[0]).toBe("Tend: 2000 contacts to get in touch with on 2026-11-27");
		expect(r.stderr).not.toContain("EPIPE");
	});
});
