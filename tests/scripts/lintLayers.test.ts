/**
 * The lint rules keep each layer in its room. Each probe below breaks one rule in a throwaway
 * copy of the project's lint setup (the real eslint.config.mjs and tsconfig.json, the real
 * node_modules), and the test checks that `eslint` reports exactly that rule on that line, so
 * a rule that stops working (a glob that no longer matches, a plugin update) fails here.
 * A clean file in each layer must pass, so the probes do not pass by reporting everything.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");

interface Finding {
	file: string;
	line: number;
	rule: string | null;
}

function lint(files: Record<string, string>): Finding[] {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tend-lint-"));
	try {
		for (const f of ["eslint.config.mjs", "tsconfig.json"]) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
		fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
		for (const [name, text] of Object.entries(files)) {
			fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
			fs.writeFileSync(path.join(dir, name), text);
		}
		const eslint = path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js");
		const run = spawnSync(process.execPath, [eslint, "--format", "json", ...Object.keys(files)], { cwd: dir, encoding: "utf8", timeout: 120_000 });
		const results = JSON.parse(run.stdout) as { filePath: string; messages: { line: number; ruleId: string | null }[] }[];
		return results.flatMap((r) => r.messages.map((m) => ({ file: path.relative(dir, r.filePath), line: m.line, rule: m.ruleId })));
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

const findings = lint({
	"src/core/clock.ts": [
		"export const a = Date.now();",
		"export const b = performance.now();",
		"export const c = globalThis.Date;",
		"export const d = process.env;",
		'import { readFileSync } from "fs";',
		"export const e = readFileSync;",
		'import { Notice } from "obsidian";',
		"export const f = Notice;",
		'import { main } from "../cli/main";',
		"export const g = main;",
	].join("\n") + "\n",
	"src/core/clean.ts": "export function add(a: number, b: number): number {\n\treturn a + b;\n}\n",
	"src/obsidian/probe.ts": ['import { readFileSync } from "fs";', 'import { main } from "../cli/main";', "export const r = [readFileSync, main];"].join("\n") + "\n",
	"src/cli/probe.ts": ['import { Notice } from "obsidian";', 'import { plugin } from "../obsidian/main";', "export const r = [Notice, plugin];"].join("\n") + "\n",
	"src/cli/main.ts": "export const main = 1;\n",
	"src/obsidian/main.ts": "export const plugin = 1;\n",
	"tests/probe.test.ts": "const unused = 1;\nexport {};\n",
});

const at = (file: string, line: number) => findings.filter((f) => f.file === file && f.line === line).map((f) => f.rule);

test("the core may not read the clock or the process", () => {
	expect(at("src/core/clock.ts", 1)).toContain("no-restricted-globals");
	expect(at("src/core/clock.ts", 2)).toContain("no-restricted-globals");
	expect(at("src/core/clock.ts", 3)).toContain("no-restricted-properties");
	expect(at("src/core/clock.ts", 4)).toContain("no-restricted-globals");
});

test("the core imports neither Node, Obsidian nor the CLI", () => {
	expect(at("src/core/clock.ts", 5)).toContain("@typescript-eslint/no-restricted-imports");
	expect(at("src/core/clock.ts", 7)).toContain("@typescript-eslint/no-restricted-imports");
	expect(at("src/core/clock.ts", 9)).toContain("@typescript-eslint/no-restricted-imports");
});

test("the plugin imports neither Node nor the CLI, and the CLI not the plugin", () => {
	expect(at("src/obsidian/probe.ts", 1).length).toBeGreaterThan(0);
	expect(at("src/obsidian/probe.ts", 2)).toContain("@typescript-eslint/no-restricted-imports");
	expect(at("src/cli/probe.ts", 1)).toContain("@typescript-eslint/no-restricted-imports");
	expect(at("src/cli/probe.ts", 2)).toContain("@typescript-eslint/no-restricted-imports");
});

test("tests are linted, and clean files pass", () => {
	expect(at("tests/probe.test.ts", 1)).toContain("@typescript-eslint/no-unused-vars");
	expect(findings.filter((f) => f.file === "src/core/clean.ts")).toEqual([]);
	expect(findings.filter((f) => f.rule === null)).toEqual([]);
});
