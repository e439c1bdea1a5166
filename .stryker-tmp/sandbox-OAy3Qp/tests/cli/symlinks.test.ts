/**
 * Symbolic and hard links: writes go through a link to its target and never replace the link;
 * a note whose real path leaves the vault is read (as Obsidian desktop follows links) but never
 * written; a note reached through two paths is one contact.
 */
// @ts-nocheck

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { listNotes } from "../../src/cli/vault";
import { note, tempVaults, tend } from "./support";

const vault = tempVaults();
const TODAY = ["--today", "2026-11-27"];
const ADA = note("tier: A\nlast_contact: 2026-10-01", "# Ada\n\n## Touchpoints\n- 2026-10-01 call — Caught up\n");
const LOGGED = note("tier: A\nlast_contact: 2026-11-27", "# Ada\n\n## Touchpoints\n- 2026-11-27 call — x\n- 2026-10-01 call — Caught up\n");
const logAda = (root: string, name = "Ada") => tend(["log", name, "--vault", root, ...TODAY, "--kind", "call", "--summary", "x"]);

const outside: string[] = [];
afterAll(() => outside.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function outsideFolder(files: Record<string, string>): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tend-outside-"));
	outside.push(dir);
	for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
	return dir;
}

const isLink = (p: string) => fs.lstatSync(p).isSymbolicLink();
const contacts = (root: string) => (JSON.parse(tend(["due", "--vault", root, ...TODAY, "--json", "--all"]).stdout) as { contacts: { path: string }[] }).contacts.map((c) => c.path);

describe("writing a note that is a symbolic link", () => {
	it("writes through to the target inside the vault, keeps the link, and leaves nothing beside either", () => {
		const root = vault({ ".archive/Ada.md": ADA });
		fs.mkdirSync(path.join(root, "People"));
		const link = path.join(root, "People", "Ada.md");
		fs.symlinkSync(path.join("..", ".archive", "Ada.md"), link);
		expect(contacts(root)).toEqual(["People/Ada.md"]);

		const r = logAda(root);
		expect(r).toMatchObject({ code: 0, stderr: "" });
		expect(isLink(link)).toBe(true);
		expect(fs.readlinkSync(link)).toBe(path.join("..", ".archive", "Ada.md"));
		expect(fs.readFileSync(path.join(root, ".archive", "Ada.md"), "utf8")).toBe(LOGGED);
		expect(fs.readdirSync(path.join(root, "People"))).toEqual(["Ada.md"]);
		expect(fs.readdirSync(path.join(root, ".archive"))).toEqual(["Ada.md"]);
	});

	it("refuses a link to a note outside the vault, naming it, and changes neither the link nor the target", () => {
		const elsewhere = outsideFolder({ "Ada.md": ADA });
		const root = vault({});
		fs.mkdirSync(path.join(root, "People"));
		const link = path.join(root, "People", "Ada.md");
		fs.symlinkSync(path.join(elsewhere, "Ada.md"), link);
		// Reading follows the link, as Obsidian desktop does: the contact is listed.
		expect(contacts(root)).toEqual(["People/Ada.md"]);

		const r = logAda(root);
		expect(r.code).toBe(2);
		expect(r.stderr).toBe(
			`tend log: People/Ada.md: not changed: People/Ada.md is a link to ${fs.realpathSync(path.join(elsewhere, "Ada.md"))}, outside the vault; Tend writes only inside the vault (edit it there, or in Obsidian)\n`,
		);
		expect(isLink(link)).toBe(true);
		expect(fs.readFileSync(path.join(elsewhere, "Ada.md"), "utf8")).toBe(ADA);
		expect(fs.readdirSync(elsewhere)).toEqual(["Ada.md"]);
	});

	it("refuses a note in a linked folder that leaves the vault, naming the folder", () => {
		const elsewhere = outsideFolder({ "Bob.md": ADA.replace("# Ada", "# Bob") });
		const root = vault({ "People/Ada.md": ADA });
		fs.symlinkSync(elsewhere, path.join(root, "People", "Shared"));
		expect(contacts(root)).toEqual(["People/Ada.md", "People/Shared/Bob.md"]);

		const r = logAda(root, "Bob");
		expect(r.code).toBe(2);
		expect(r.stderr).toContain(`People/Shared/Bob.md: not changed: People/Shared is a link to ${fs.realpathSync(elsewhere)}, outside the vault`);
		expect(fs.readFileSync(path.join(elsewhere, "Bob.md"), "utf8")).toBe(ADA.replace("# Ada", "# Bob"));
		expect(logAda(root).code).toBe(0);
	});

	it("writes a vault that is reached through a link", () => {
		const root = vault({ "People/Ada.md": ADA });
		const parent = outsideFolder({});
		const linked = path.join(parent, "Notes");
		fs.symlinkSync(root, linked);
		expect(logAda(linked).code).toBe(0);
		expect(fs.readFileSync(path.join(root, "People", "Ada.md"), "utf8")).toBe(LOGGED);
		expect(isLink(linked)).toBe(true);
	});
});

describe("reading links inside the vault", () => {
	it("lists a note reached through a linked folder and a linked note once, at its real path", () => {
		const root = vault({ "People/Ada.md": ADA, "People/Bob.md": ADA.replace("# Ada", "# Bob") });
		// "Favorites" sorts before "People": the walk must not list People's notes under it.
		fs.symlinkSync("People", path.join(root, "Favorites"));
		fs.symlinkSync("Ada.md", path.join(root, "People", "Ada (alias).md"));
		expect(listNotes(root).map((n) => n.path)).toEqual(["People/Ada.md", "People/Bob.md"]);
		expect(contacts(root)).toEqual(["People/Ada.md", "People/Bob.md"]);
		expect(logAda(root).code).toBe(0);
	});

	it("walks a folder reached by two links once, and skips links that loop or lead nowhere", () => {
		const elsewhere = outsideFolder({ "Bob.md": ADA.replace("# Ada", "# Bob") });
		const root = vault({ "People/Ada.md": ADA });
		fs.symlinkSync(elsewhere, path.join(root, "People", "One"));
		fs.symlinkSync(elsewhere, path.join(root, "People", "Two"));
		fs.symlinkSync(".", path.join(root, "People", "Loop"));
		fs.symlinkSync("missing.md", path.join(root, "People", "Broken.md"));
		expect(listNotes(root).map((n) => n.path)).toEqual(["People/Ada.md", "People/One/Bob.md"]);
	});
});

describe("hard links", () => {
	it("refuses a note with several hard links rather than split them", () => {
		const root = vault({ "People/Ada.md": ADA });
		fs.mkdirSync(path.join(root, "Backup"));
		fs.linkSync(path.join(root, "People", "Ada.md"), path.join(root, "Backup", "Ada.md"));
		const r = tend(["log", "People/Ada.md", "--vault", root, ...TODAY, "--kind", "call", "--summary", "x"]);
		expect(r.code).toBe(2);
		expect(r.stderr).toBe("tend log: People/Ada.md: not changed: it has 2 hard links, and replacing it would split them; Tend leaves it alone\n");
		expect(fs.readFileSync(path.join(root, "Backup", "Ada.md"), "utf8")).toBe(ADA);
	});
});
