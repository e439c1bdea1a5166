/**
 * The command-line examples that the general README test does not run:
 * - the table after `<!-- date forms -->` in docs/cli.md: every form in the first column means
 *   the days in the second, with `--today 2026-11-27`, through `tend snooze --until` (a real
 *   date flag);
 * - `<!-- ambiguous: ARGS -->` + a ```text block: on the note of the example before it,
 *   `tend ARGS` exits 2, prints exactly that on stderr, and leaves the note alone.
 */
import * as fs from "fs";
import * as path from "path";
import { makeVault, read, removeVault, tend } from "../cli/support";

const README = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
const CLI_DOC = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "cli.md"), "utf8");

function blockAfter(from: number): string {
	const open = README.indexOf("```", from);
	const start = README.indexOf("\n", open) + 1;
	return README.slice(start, README.indexOf("\n```", start) + 1);
}

function words(line: string): string[] {
	return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "");
}

describe("docs/cli.md date forms", () => {
	const at = CLI_DOC.indexOf("<!-- date forms -->");
	const table = CLI_DOC.slice(at, CLI_DOC.indexOf("\n\n", at));
	const rows = table
		.split("\n")
		.filter((l) => l.startsWith("| `"))
		.map((l) => l.split("|").map((c) => c.trim()));

	it("has the forms the help names", () => {
		expect(rows.length).toBeGreaterThanOrEqual(8);
		expect(table).toContain("`last friday`");
	});

	it.each(rows.map((r) => [r[1] ?? "", r[2] ?? ""]))("%s is %s", (forms, days) => {
		const typed = [...forms.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? "");
		const expected = days.split(",").map((d) => d.trim());
		// One day for all forms, or one day per form.
		const want = (i: number) => (expected.length === 1 ? expected[0] : expected[i]);
		const root = makeVault({ "People/Ada.md": "---\ntier: A\n---\n" });
		try {
			typed.forEach((form, i) => {
				const r = tend(["snooze", "Ada", "--vault", root, "--today", "2026-11-27", "--until", form]);
				expect(r.stderr.replace(/tend: warning: .*\n/, "")).toBe("");
				expect(read(root, "People/Ada.md")).toContain(`snooze_until: ${want(i) ?? "?"}\n`);
			});
		} finally {
			removeVault(root);
		}
	});
});

describe("README ambiguity example", () => {
	const examples = [...README.matchAll(/<!-- ambiguous: (.+?) -->/g)];
	it("has one", () => expect(examples).toHaveLength(1));
	it.each(examples.map((m) => [m[1] as string, m.index ?? 0]))("tend %s", (args, at) => {
		const beforeAt = README.lastIndexOf("<!-- example before: ", at);
		const notePath = /<!-- example before: (.+?) -->/.exec(README.slice(beforeAt))?.[1] ?? "";
		const before = blockAfter(beforeAt);
		const root = makeVault({ [notePath]: before });
		try {
			const r = tend([...words(args), "--vault", root]);
			expect(r.code).toBe(2);
			expect(r.stderr).toBe(blockAfter(at));
			expect(read(root, notePath)).toBe(before);
		} finally {
			removeVault(root);
		}
	});
});
