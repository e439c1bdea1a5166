/**
 * What users install: main.js (loads on Obsidian mobile), manifest.json, versions.json,
 * styles.css (theme variables only), and the install script.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "./harness";

const read = (f: string) => fs.readFileSync(path.join(ROOT, f), "utf8");

describe("main.js", () => {
	const code = read("main.js");

	test("is built from the current sources", () => {
		// A CommonJS script shared with the build, which has no type declarations to import.
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { isStale } = require("../../scripts/build-if-stale.cjs") as { isStale(root: string): boolean };
		expect(isStale(ROOT)).toBe(false);
	});

	test("requires no module but obsidian, and holds no CLI-only library", () => {
		const required = new Set([...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
		expect([...required]).toEqual(["obsidian"]);
		expect(code).not.toMatch(/gray-matter|js-yaml|child_process/);
	});

	test("passes the build's mobile check, which catches lookbehinds and Node modules", () => {
		const check = (file: string) => spawnSync(process.execPath, [path.join(ROOT, "scripts", "check-bundle.mjs"), file], { cwd: ROOT, encoding: "utf8" });
		expect(check("main.js").status).toBe(0);
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tend-bundle-"));
		try {
			const bad = path.join(dir, "bad.js");
			fs.writeFileSync(bad, 'const a = /(?<=x)y/;\nconst b = new RegExp("(?<!x)");\nrequire("fs");\n');
			const r = check(bad);
			expect(r.status).toBe(1);
			expect(r.stderr).toContain("contains the regular expression /(?<=x)y/");
			expect(r.stderr).toContain('builds the lookbehind "(?<!x)" outside a try block');
			expect(r.stderr).toContain("requires fs");
			// The `yaml` package's guarded form is allowed: a failure is caught at run time.
			fs.writeFileSync(bad, 'try { new RegExp("(?<![ \\t])[ \\t]+$"); } catch (_) {}\n');
			expect(check(bad).status).toBe(0);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	test("is the plugin: a default export Obsidian can instantiate", () => {
		expect(code).toMatch(/module\.exports/);
	});
});

describe("manifest and versions", () => {
	const manifest = JSON.parse(read("manifest.json"));
	const versions = JSON.parse(read("versions.json"));
	const pkg = JSON.parse(read("package.json"));

	test("manifest.json says what Obsidian needs", () => {
		expect(manifest).toMatchObject({ id: "tend", name: "Tend", isDesktopOnly: false });
		expect(manifest.version).toBe(pkg.version);
		expect(manifest.description).toMatch(/^[A-Z].*\.$/);
	});

	test("minAppVersion covers the newest API the plugin calls (ensureSideLeaf and loadIfDeferred, 1.7.2), and versions.json agrees", () => {
		expect(manifest.minAppVersion).toBe("1.7.2");
		expect(versions[manifest.version]).toBe(manifest.minAppVersion);
		const dts = read("node_modules/obsidian/obsidian.d.ts");
		const since = (name: string) => {
			const at = dts.indexOf(`    ${name}(`);
			const doc = dts.slice(dts.lastIndexOf("/**", at), at);
			return /@since (\S+)/.exec(doc)?.[1];
		};
		expect(since("ensureSideLeaf")).toBe("1.7.2");
		expect(since("loadIfDeferred")).toBe("1.7.2");
		expect(since("getFileByPath")).toBe("1.5.7");
	});
});

describe("styles.css", () => {
	const css = read("styles.css").replace(/\/\*[\s\S]*?\*\//g, "");

	test("closes every rule before the next one opens (a rule left open unstyles all that follows)", () => {
		let depth = 0;
		// Comments blanked but for their line breaks, so the line named is the file's own.
		const lines = read("styles.css")
			.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ""))
			.split("\n");
		lines.forEach((line, i) => {
			for (const ch of line) {
				if (ch === "{") depth++;
				else if (ch === "}") depth--;
				// Tend's rules do not nest: a second "{" inside a rule is a "}" that went missing.
				if (depth < 0 || depth > 1) throw new Error(`styles.css:${i + 1}: a rule is not closed before this line`);
			}
		});
		expect(depth).toBe(0);
	});

	test("uses Obsidian's variables for every colour and size, so themes apply", () => {
		expect(css).not.toMatch(/#[0-9a-fA-F]{3,8}\b/);
		expect(css).not.toMatch(/\b(?:rgba?|hsla?)\(/);
		const values = [...css.matchAll(/:\s*([^;{}]+);/g)].map((m) => m[1] as string);
		expect(values.filter((v) => /\b(?:white|black|red|green|blue|gray|grey|transparent)\b/.test(v))).toEqual([]);
		const lengths = [...css.matchAll(/(?<![\w-])(\d*\.?\d+)(px|em|rem|pt|vh|vw)\b/g)].map((m) => m[0]);
		expect(lengths).toEqual([]);
		expect(css).not.toMatch(/!important/);
	});

	test("every variable is one of Obsidian's, or Tend's own", () => {
		const obsidian = new Set([
			"--background-modifier-active-hover",
			"--background-modifier-border",
			"--background-modifier-border-focus",
			"--background-modifier-hover",
			"--border-width",
			"--cursor",
			"--font-medium",
			"--font-monospace",
			"--font-semibold",
			"--font-ui-large",
			"--font-ui-medium",
			"--font-ui-small",
			"--font-ui-smaller",
			"--icon-color",
			"--icon-color-hover",
			"--icon-s",
			"--interactive-accent",
			"--line-height-tight",
			"--radius-s",
			"--text-accent",
			"--text-error",
			"--text-faint",
			"--text-muted",
			"--text-normal",
			"--text-warning",
		]);
		const used = new Set([...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1] as string));
		for (const v of used) {
			if (v.startsWith("--tend-") || /^--size-(2-[123]|4-(1|2|3|4|5|6|8|9|12|16|18))$/.test(v)) continue;
			expect(obsidian).toContain(v);
		}
	});

	test("the phone layout gives touch-sized buttons", () => {
		expect(css).toMatch(/body\.is-phone \.tend-row-actions \.clickable-icon \{[^}]*min-width: var\(--size-4-12\);[^}]*min-height: var\(--size-4-12\);/);
	});
});

describe("npm run install-plugin -- VAULT", () => {
	const script = path.join(ROOT, "scripts", "install-plugin.mjs");
	const runScript = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: "utf8" });

	test("copies main.js, manifest.json and styles.css into the vault's plugin folder, keeping data.json", () => {
		const vault = fs.mkdtempSync(path.join(os.tmpdir(), "tend-vault-"));
		try {
			const target = path.join(vault, ".obsidian", "plugins", "tend");
			fs.mkdirSync(target, { recursive: true });
			fs.writeFileSync(path.join(target, "data.json"), '{"contactTag":"person"}');
			execFileSync(process.execPath, [script, vault], { encoding: "utf8" });
			for (const f of ["main.js", "manifest.json", "styles.css"]) expect(fs.readFileSync(path.join(target, f), "utf8")).toBe(read(f));
			expect(fs.existsSync(path.join(target, "main.js.map"))).toBe(false);
			expect(fs.readFileSync(path.join(target, "data.json"), "utf8")).toBe('{"contactTag":"person"}');
		} finally {
			fs.rmSync(vault, { recursive: true, force: true });
		}
	});

	test("another config folder", () => {
		const vault = fs.mkdtempSync(path.join(os.tmpdir(), "tend-vault-"));
		try {
			fs.mkdirSync(path.join(vault, ".config"));
			const r = runScript(vault, "--config-dir", ".config");
			expect(r.status).toBe(0);
			expect(fs.existsSync(path.join(vault, ".config", "plugins", "tend", "main.js"))).toBe(true);
		} finally {
			fs.rmSync(vault, { recursive: true, force: true });
		}
	});

	test("a clear error for no vault, a vault that does not exist, or a folder that is not a vault", () => {
		expect(runScript()).toMatchObject({ status: 2, stderr: "install-plugin: which vault? usage: npm run install-plugin -- VAULT\n" });
		const missing = path.join(os.tmpdir(), "tend-no-such-vault");
		expect(runScript(missing)).toMatchObject({ status: 2, stderr: `install-plugin: the vault folder ${missing} does not exist\n` });
		const plain = fs.mkdtempSync(path.join(os.tmpdir(), "tend-plain-"));
		try {
			const r = runScript(plain);
			expect(r.status).toBe(2);
			expect(r.stderr).toMatch(/has no \.obsidian folder, so it is not an Obsidian vault yet/);
			expect(fs.readdirSync(plain)).toEqual([]);
		} finally {
			fs.rmSync(plain, { recursive: true, force: true });
		}
	});
});

describe("main.js.map, for coverage of the plugin's sources", () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const transform = require("./bundleTransform.cjs") as {
		trimSourceMap(map: SourceMap, keep: (source: string) => boolean): SourceMap;
		decodeMappings(mappings: string): number[][][];
		process(code: string, file: string): { code: string; map?: SourceMap };
	};
	interface SourceMap {
		sources: string[];
		sourcesContent: (string | null)[];
		mappings: string;
	}
	const map = JSON.parse(read("main.js.map")) as SourceMap;

	test("is written beside main.js, which does not point to it (users get main.js alone)", () => {
		expect(read("main.js")).not.toMatch(/sourceMappingURL/);
		expect(map.sources).toEqual(expect.arrayContaining(["src/obsidian/main.ts", "src/obsidian/noteWriter.ts", "src/core/calendar.ts"]));
	});

	test("jest gets main.js unchanged, with the map trimmed to Tend's own sources", () => {
		const out = transform.process(read("main.js"), path.join(ROOT, "main.js"));
		expect(out.code).toBe(read("main.js"));
		const trimmed = out.map as SourceMap;
		expect(trimmed.sources.length).toBeGreaterThan(20);
		expect(trimmed.sources.every((s) => s.startsWith("src/"))).toBe(true);
		expect(map.sources.some((s) => s.includes("node_modules"))).toBe(true);
		// Every mapping into a kept source points to the same place as before the trim.
		const where = (m: SourceMap) =>
			transform
				.decodeMappings(m.mappings)
				.flatMap((segments, line) => segments.filter((s) => s.length > 1).map((s) => `${line}:${s[0]} ${m.sources[s[1] as number]}:${s[2]}:${s[3]}`));
		const before = where(map).filter((w) => / src\//.test(w));
		expect(where(trimmed)).toEqual(before);
		expect(trimmed.sourcesContent[trimmed.sources.indexOf("src/obsidian/noteWriter.ts")]).toBe(read("src/obsidian/noteWriter.ts"));
	});
});
