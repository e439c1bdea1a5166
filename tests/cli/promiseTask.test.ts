/**
 * `tend promise keep` on a task promise (issue 10, item 4): the tasks that link the contact
 * are offered with the note's own promises, each with its note:line, and keeping one checks it
 * off in its note with the done date, leaving the contact note alone.
 */
import { read, tempVaults, tend } from "./support";

const vault = tempVaults();

const ADA = "---\ntier: A\npromises:\n  - 2026-12-10 Send the paper\n---\n# Ada\n\n## Touchpoints\n";
const DAILY = "# 2026-11-20\n\n- [ ] Send [[Ada]] the deck 📅 2026-12-04\n- [ ] Book [[Ada]] a room [due:: 2026-11-25] ^room\n";

function files(extra: Record<string, string> = {}) {
	return { "People/Ada.md": ADA, "Daily/2026-11-20.md": DAILY, ...extra };
}

test("task promises are listed with the note's own, numbered after them, with note:line", () => {
	const root = vault(files());
	const r = tend(["promise", "keep", "Ada", "--vault", root, "--today", "2026-11-27"]);
	expect(r.code).toBe(2);
	expect(r.stderr).toContain("has 3 promises");
	expect(r.stderr).toContain("  1. 2026-12-10 Send the paper");
	expect(r.stderr).toContain("  2. 2026-11-25 Book Ada a room (Daily/2026-11-20.md:4)");
	expect(r.stderr).toContain("  3. 2026-12-04 Send Ada the deck (Daily/2026-11-20.md:3)");
});

test("keeping a task checks it off in its note with the done date; the contact note is not touched", () => {
	const root = vault(files());
	const r = tend(["promise", "keep", "Ada", "--what", "deck", "--date", "2026-12-03", "--vault", root, "--today", "2026-12-03"]);
	expect(r.stderr).toBe("");
	expect(r.code).toBe(0);
	expect(r.stdout).toBe('Kept "Send Ada the deck" for Ada: checked off in Daily/2026-11-20.md:3, done 2026-12-03, due 2026-12-04: on time\n');
	expect(read(root, "Daily/2026-11-20.md")).toBe("# 2026-11-20\n\n- [x] Send [[Ada]] the deck 📅 2026-12-04 ✅ 2026-12-03\n- [ ] Book [[Ada]] a room [due:: 2026-11-25] ^room\n");
	expect(read(root, "People/Ada.md")).toBe(ADA);
});

test("a Dataview task gets Dataview's completion field, before its block id; --index counts after the note's promises", () => {
	const root = vault(files());
	const r = tend(["promise", "keep", "Ada", "--index", "2", "--vault", root, "--today", "2026-11-27"]);
	expect(r.code).toBe(0);
	expect(r.stdout).toContain("2 days late");
	expect(read(root, "Daily/2026-11-20.md")).toContain("- [x] Book [[Ada]] a room [due:: 2026-11-25] [completion:: 2026-11-27] ^room\n");
});

test("the note's own promise is kept as before", () => {
	const root = vault(files());
	const r = tend(["promise", "keep", "Ada", "--index", "1", "--vault", root, "--today", "2026-11-27"]);
	expect(r.code).toBe(0);
	expect(r.stdout).toContain('Kept "Send the paper" for Ada (People/Ada.md)');
	expect(read(root, "Daily/2026-11-20.md")).toBe(DAILY);
});

test("a task that repeats is refused with the note and line", () => {
	const root = vault(files({ "Daily/2026-11-20.md": "- [ ] Call [[Ada]] 🔁 every month 📅 2026-12-01\n" }));
	const r = tend(["promise", "keep", "Ada", "--what", "call", "--vault", root, "--today", "2026-11-27"]);
	expect(r.code).toBe(2);
	expect(r.stderr).toBe("tend promise: Daily/2026-11-20.md:1: not changed: the task on line 1 repeats (🔁); check it off in Obsidian with the Tasks plugin, which makes the next one\n");
});

test("with the feature off, tasks are not promises", () => {
	const root = vault(files({ ".obsidian/plugins/tend/data.json": '{"mentions": {"enabled": false}}' }));
	const r = tend(["promise", "keep", "Ada", "--vault", root, "--today", "2026-11-27"]);
	expect(r.code).toBe(0);
	expect(r.stdout).toContain('Kept "Send the paper"');
});
