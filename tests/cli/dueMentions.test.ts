/**
 * Mentions and tasks reach the commands (issue 10): a dated note's link is a last contact in
 * `tend due`, the brief and `--json` (with its note), a task with a due date is a promise
 * ranked with the note's own (with its note and line), kept tasks count in follow-through, and
 * the vault's notes are read once.
 */
import * as fs from "fs";
import { tempVaults, tend } from "./support";

/** Every path the CLI reads with readFileSync, to count the reads of each note. */
const mockReads: string[] = [];
jest.mock("fs", () => {
	const real = jest.requireActual<typeof import("fs")>("fs");
	return { ...real, readFileSync: (...args: Parameters<typeof real.readFileSync>) => (mockReads.push(String(args[0])), real.readFileSync(...args)) };
});

const vault = tempVaults();
const TODAY = "2026-11-27";

const ADA = "---\ntier: A\nlast_contact: 2026-10-01\npromises:\n  - 2026-12-20 Send the paper\n---\n# Ada\n\n## Touchpoints\n";
const BO = "---\ntier: A\nlast_contact: 2026-11-25\n---\n# Bo\n";
const DAILY = "# Friday\n\nLunch with [[Ada]].\n\n- [ ] Send [[Ada]] the deck 📅 2026-11-26\n- [x] Book [[Bo]] a room 📅 2026-11-20 ✅ 2026-11-19\n- [x] Call [[Bo]] back 📅 2026-11-18 ✅ 2026-11-21\n";

function files(extra: Record<string, string> = {}): Record<string, string> {
	return { "People/Ada.md": ADA, "People/Bo.md": BO, "Daily/2026-11-20.md": DAILY, ...extra };
}

interface JsonRow {
	name: string;
	lastContact: string | null;
	lastContactSource: unknown;
	promises: { due: string; what: string; status: string; source?: { path: string; line: number } }[];
	section: string;
}

function dueJson(root: string, ...more: string[]): JsonRow[] {
	const r = tend(["due", "--json", "--all", "--vault", root, "--today", TODAY, ...more]);
	expect(r.stderr).toBe("");
	return (JSON.parse(r.stdout) as { contacts: JsonRow[] }).contacts;
}

test("a mention in a dated note is the last contact, named in --json; a later property wins", () => {
	const rows = dueJson(vault(files()));
	const ada = rows.find((r) => r.name === "Ada");
	const bo = rows.find((r) => r.name === "Bo");
	expect(ada?.lastContact).toBe("2026-11-20");
	expect(ada?.lastContactSource).toEqual({ kind: "mention", path: "Daily/2026-11-20.md" });
	expect(bo?.lastContact).toBe("2026-11-25");
	expect(bo?.lastContactSource).toBe("frontmatter");
});

test("a task with a due date joins the contact's promises, ranked with the note's own, with its note and line", () => {
	const rows = dueJson(vault(files()));
	const ada = rows.find((r) => r.name === "Ada");
	expect(ada?.promises).toEqual([
		{ due: "2026-12-20", what: "Send the paper", status: "open" },
		{ due: "2026-11-26", what: "Send Ada the deck", status: "late", source: { path: "Daily/2026-11-20.md", line: 5 } },
	]);
	// The late task puts Ada on the list for a promise, as a late frontmatter promise would.
	expect(ada?.section).toBe("promises");
});

test("tend due says where the last contact and the task are", () => {
	const r = tend(["due", "--vault", vault(files()), "--today", TODAY]);
	expect(r.code).toBe(0);
	expect(r.stdout).toContain('Promised "Send Ada the deck" by November 26: 1 day late (Daily/2026-11-20.md:5)');
	expect(r.stdout).toContain("Last contact: Daily/2026-11-20 (mention)");
});

test("with mentions switched off, neither mentions nor tasks count", () => {
	const settings = JSON.stringify({ mentions: { enabled: false } });
	const rows = dueJson(vault(files({ ".obsidian/plugins/tend/data.json": settings })));
	const ada = rows.find((r) => r.name === "Ada");
	expect(ada?.lastContactSource).toBe("frontmatter");
	expect(ada?.promises).toEqual([{ due: "2026-12-20", what: "Send the paper", status: "open" }]);
});

test("the brief names the mention and the task's note and line; its follow-through counts kept tasks", () => {
	const root = vault(files());
	const text = tend(["brief", "Ada", "--vault", root, "--today", TODAY]);
	expect(text.stdout).toContain("last contact 2026-11-20, 7 days ago (mention in Daily/2026-11-20)");
	expect(text.stdout).toContain("- 2026-11-26 Send Ada the deck: 1 day late (task in Daily/2026-11-20.md:5)");
	const json = JSON.parse(tend(["brief", "Ada", "--json", "--vault", root, "--today", TODAY]).stdout) as { lastContactSource: unknown; promises: unknown[] };
	expect(json.lastContactSource).toEqual({ kind: "mention", path: "Daily/2026-11-20.md" });
	expect(json.promises).toContainEqual({ due: "2026-11-26", what: "Send Ada the deck", status: "late", source: { path: "Daily/2026-11-20.md", line: 5 } });
	const bo = JSON.parse(tend(["brief", "Bo", "--json", "--vault", root, "--today", TODAY]).stdout) as { followThrough: { kept: number; keptOnTime: number; keptLate: number } };
	expect(bo.followThrough).toMatchObject({ kept: 2, keptOnTime: 1, keptLate: 1 });
});

test("tend stats counts kept tasks in follow-through: on time by the due date, else late", () => {
	const r = tend(["stats", "--json", "--vault", vault(files()), "--today", TODAY]);
	const s = JSON.parse(r.stdout) as { followThrough: { kept: number; keptOnTime: number; keptLate: number; known: number } };
	expect(s.followThrough).toMatchObject({ kept: 2, keptOnTime: 1, keptLate: 1, known: 2 });
	const text = tend(["stats", "--vault", vault(files()), "--today", TODAY]).stdout;
	expect(text).toContain("Kept on time: 1 (50%)");
});

test("tend check reports a task whose due date does not exist, by note and line", () => {
	const r = tend(["check", "--json", "--vault", vault(files({ "Projects/Launch.md": "- [ ] Send [[Ada]] the plan 📅 2026-02-30\n" })), "--today", TODAY]);
	const out = JSON.parse(r.stdout) as { diagnostics: { path: string; line: number | null; message: string }[] };
	expect(out.diagnostics).toContainEqual(expect.objectContaining({ path: "Projects/Launch.md", line: 1, message: expect.stringContaining("2026-02-30") }));
});

test("the plan and the calendar feed see task promises", () => {
	const root = vault(files());
	const plan = tend(["plan", "--json", "--vault", root, "--today", TODAY]);
	expect(plan.stdout).toContain("Send Ada the deck");
	const ics = tend(["ics", "--vault", root, "--today", TODAY]);
	expect(ics.stdout).toContain("Send Ada the deck");
});

test("tend due reads each note of the vault once", () => {
	const root = vault(files({ "Notes/Other.md": "Nothing here\n" }));
	mockReads.length = 0;
	tend(["due", "--vault", root, "--today", TODAY]);
	const reads = mockReads.filter((p) => p.endsWith(".md"));
	expect(reads.length).toBe(4);
	expect(new Set(reads).size).toBe(4);
});

test("promise keep on a task still checks it off; promise move changes the note's own only", () => {
	const root = vault(files());
	const kept = tend(["promise", "keep", "Ada", "--what", "deck", "--vault", root, "--today", TODAY]);
	expect(kept.code).toBe(0);
	expect(fs.readFileSync(`${root}/Daily/2026-11-20.md`, "utf8")).toContain("- [x] Send [[Ada]] the deck 📅 2026-11-26 ✅ 2026-11-27\n");
	const moved = tend(["promise", "move", "Ada", "--to", "2026-12-24", "--vault", root, "--today", TODAY]);
	expect(moved.stderr).toBe("");
	expect(moved.stdout).toContain('Moved "Send the paper" for Ada to 2026-12-24');
});
