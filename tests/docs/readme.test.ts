/**
 * The README's examples are tests, so the docs cannot drift from what `tend` does:
 * - `<!-- example output: ARGS -->` + a ```text block: `tend ARGS` prints exactly that;
 * - `<!-- example before: PATH -->`, `<!-- example command -->`, `<!-- example after -->`: the
 *   note at PATH, after the command, is exactly the "after" block;
 * - the `--json` sample's first contact and diagnostics are what `tend due --json` prints.
 */
import * as fs from "fs";
import * as path from "path";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { makeVault, read, removeVault, tend } from "../cli/support";

const ROOT = path.join(__dirname, "..", "..");
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

/** The fenced block right after `from`. */
function blockAfter(from: number): string {
	const open = README.indexOf("```", from);
	const start = README.indexOf("\n", open) + 1;
	const end = README.indexOf("\n```", start);
	return README.slice(start, end + 1);
}

/** Splits a shell command line into words (double-quoted words may hold spaces). */
function words(line: string): string[] {
	return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "");
}

describe("README output examples", () => {
	const examples = [...README.matchAll(/<!-- example output: (.+?) -->/g)];
	it("has some", () => expect(examples.length).toBeGreaterThanOrEqual(2));
	it.each(examples.map((m) => [m[1] as string, m.index ?? 0]))("tend %s", (args, at) => {
		const r = tend(words(args), { cwd: ROOT });
		expect(r.stdout).toBe(blockAfter(at));
	});
});

describe("README before/after examples", () => {
	const befores = [...README.matchAll(/<!-- example before: (.+?) -->/g)];
	it("has one for every writing command", () => {
		const commands = befores.map((m) => words(blockAfter(README.indexOf("<!-- example command -->", m.index)).trim()).slice(1, 3).join(" "));
		for (const c of ["log", "snooze", "promise add", "promise keep", "promise move"]) expect(commands.some((x) => x.startsWith(c))).toBe(true);
	});
	it.each(befores.map((m) => [m[1] as string, m.index ?? 0]))("%s", (notePath, at) => {
		const before = blockAfter(at);
		const commandAt = README.indexOf("<!-- example command -->", at);
		const afterAt = README.indexOf("<!-- example after -->", commandAt);
		const command = words(blockAfter(commandAt).trim());
		expect(command[0]).toBe("tend");
		const root = makeVault({ [notePath]: before });
		try {
			const r = tend([...command.slice(1), "--vault", root]);
			expect(r.stderr).toBe("");
			expect(r.code).toBe(0);
			expect(read(root, notePath)).toBe(blockAfter(afterAt));
		} finally {
			removeVault(root);
		}
	});
});

describe("README JSON sample", () => {
	it("shows what tend due --json prints for the example vault", () => {
		const at = README.indexOf("`--json` prints one object");
		const sample = JSON.parse(blockAfter(at)) as { today: string; contacts: unknown[]; diagnostics: unknown[] };
		const r = tend(["due", "--vault", "examples/vault", "--today", "2026-11-27", "--json"], { cwd: ROOT });
		const actual = JSON.parse(r.stdout) as { today: string; contacts: { name: string }[]; diagnostics: unknown[] };
		expect(sample.today).toBe(actual.today);
		const first = sample.contacts[0] as { name: string };
		expect(first).toEqual(actual.contacts.find((c) => c.name === first.name));
		expect(sample.diagnostics).toEqual(actual.diagnostics);
	});
});

describe("README reference tables", () => {
	it("lists exactly the plugin's commands", () => {
		const registered = [...fs.readFileSync(path.join(ROOT, "src/obsidian/commands.ts"), "utf8").matchAll(/name: "([^"]+)"/g)].map((m) => m[1]);
		const table = README.slice(README.indexOf("| command (palette"), README.indexOf("\n\n", README.indexOf("| command (palette")));
		const listed = [...table.matchAll(/^\| ([A-Z][^|]+?) \|/gm)].map((m) => m[1] ?? "").filter((n) => !n.startsWith("command"));
		expect(listed.sort()).toEqual([...registered].sort());
	});

	it("documents every settings field", () => {
		const table = README.slice(README.indexOf("| field | default | meaning |"));
		for (const field of Object.keys(DEFAULT_SETTINGS)) expect(table).toContain(`\`${field}\``);
		for (const key of Object.keys(DEFAULT_SETTINGS.keys)) expect(table).toContain(`\`${key}\``);
	});
});
