import * as path from "path";
import { makeVault, note, removeVault, tend } from "./support";

const ROOT = path.join(__dirname, "..", "..");

describe("tend digest", () => {
	it("prints the three parts for a vault, with the suggestion under each due contact", () => {
		const root = makeVault({
			"People/Ada.md": note("tier: A\nlast_contact: 2026-09-01\npromises:\n  - due: 2026-11-28\n    what: Send the paper"),
			"People/Bo.md": note("tier: B\nlast_contact: 2026-11-20\nbirthday: 1990-12-05"),
		});
		try {
			const r = tend(["digest", "--vault", root, "--today", "2026-11-27"]);
			expect(r.code).toBe(0);
			expect(r.stdout).toContain("# Tend: Friday, November 27, 2026\n\n## Due (1)\n\n- **Ada** (A): ");
			expect(r.stdout).toMatch(/\n {2}Suggested: .+ \(promise-kept\)\n/);
			expect(r.stdout).toContain('## Promises this week (1)\n\n- November 28, tomorrow: Ada, "Send the paper"\n');
			expect(r.stdout).toContain("## Dates coming up (1)\n\n- December 5, in 8 days: Bo's birthday (turns 36)\n");
			expect(r.stdout).not.toContain("\u001b[");
		} finally {
			removeVault(root);
		}
	});

	it("says so when nothing is due", () => {
		const root = makeVault({ "People/Bo.md": note("tier: B\nlast_contact: 2026-11-20") });
		try {
			const r = tend(["digest", "--vault", root, "--today", "2026-11-27"]);
			expect(r.stdout).toContain("Nobody is due today.");
			expect(r.stdout).toContain("None due in the next 7 days.");
			expect(r.stdout).toContain("None in the next 14 days.");
		} finally {
			removeVault(root);
		}
	});

	it("--json holds the same, with the suggestion of each and the count left out", () => {
		const r = tend(["digest", "--vault", "examples/vault", "--today", "2026-11-27", "--limit", "2", "--json"], { cwd: ROOT });
		const j = JSON.parse(r.stdout) as { today: string; due: { name: string; reasons: unknown[]; suggestion: { kind: string; text: string } }[]; more: number; promises: { name: string; due: string; status: string }[]; dates: { name: string; kind: string; inDays: number }[] };
		const due = JSON.parse(tend(["due", "--vault", "examples/vault", "--today", "2026-11-27", "--json"], { cwd: ROOT }).stdout) as { contacts: { name: string }[] };
		expect(Object.keys(j)).toEqual(["today", "due", "more", "promises", "dates"]);
		expect(j.today).toBe("2026-11-27");
		expect(j.due.map((e) => e.name)).toEqual(due.contacts.slice(0, 2).map((c) => c.name));
		expect(j.more).toBe(due.contacts.length - 2);
		for (const e of j.due) expect(e.suggestion.text).not.toBe("");
		expect(j.promises[0]).toEqual({ name: "Amara Okafor", path: "People/Amara Okafor.md", due: "2026-11-20", what: "Send the EU AI Act summary", status: "late" });
		expect(j.dates.map((x) => [x.name, x.kind, x.inDays])).toEqual([
			["Chen Wei", "birthday", 4],
			["Isabel Moreno", "date", 5],
			["Priya Raman", "birthday", 6],
		]);
	});

	it("refuses a bad --limit and a stray argument, and is in the help", () => {
		const bad = tend(["digest", "--vault", "examples/vault", "--limit", "few"], { cwd: ROOT });
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain("--limit few should be a whole number");
		expect(tend(["digest", "Ada", "--vault", "examples/vault"], { cwd: ROOT }).code).toBe(2);
		expect(tend(["--help"]).stdout).toContain("tend digest [--limit N] [--json]");
		expect(tend(["digest", "--help"]).stdout).toContain("The morning digest");
	});
});
