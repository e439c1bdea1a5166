// Lint: eslint-plugin-obsidianmd's recommended config (the checks Obsidian's plugin review
// runs) over src/, plus the architecture's layer rules, plus a lighter set over tests/ and
// scripts/. `npm run lint` fails on any warning (--max-warnings 0), so a warning is never
// left to pile up.
//
// The layers: src/core is pure (no Obsidian, no Node, no clock: it takes `today` as an input),
// src/obsidian is the only code importing `obsidian` and never touches Node or the CLI, and
// src/cli is the only code touching the file system and never imports the plugin.
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import tseslint from "typescript-eslint";

const nodeBuiltins = ["fs", "fs/promises", "path", "os", "child_process", "crypto", "util", "url", "process", "stream", "events", "buffer", "worker_threads"];
const nodeImports = [
	...nodeBuiltins.map((name) => ({ name, message: "Only src/cli may use Node modules." })),
	...nodeBuiltins.map((name) => ({ name: `node:${name}`, message: "Only src/cli may use Node modules." })),
	{ name: "gray-matter", message: "gray-matter is for the CLI only (it needs Node)." },
];
const clockMessage = "src/core takes `today` (and any time it needs) as an input; it never reads the clock or the process.";

export default defineConfig([
	{ ignores: ["main.js", "dist/**", "node_modules/**", "bin/**", "examples/**", "docs/**", "reports/**", ".stryker-tmp/**", "coverage/**", "*.mjs", "*.cjs", "**/*.mjs", "**/*.js"] },
	// Obsidian's review rules are for the plugin's sources, not for tests and scripts.
	...obsidianmd.configs.recommended.map((config) =>
		config.files === undefined && Object.keys(config.rules ?? {}).length === 0 ? config : { ...config, ignores: [...(config.ignores ?? []), "tests/**", "scripts/**"] },
	),
	{
		files: ["src/**/*.ts"],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
	},
	{
		files: ["src/core/**/*.ts"],
		rules: {
			"@typescript-eslint/no-restricted-imports": [
				"error",
				{
					paths: [{ name: "obsidian", message: "src/core is pure: only src/obsidian may import obsidian." }, ...nodeImports],
					patterns: [
						{ group: ["**/obsidian/**", "../obsidian", "../../obsidian"], message: "src/core may not import the plugin adapter." },
						{ group: ["**/cli/**", "../cli", "../../cli"], message: "src/core may not import the CLI." },
					],
				},
			],
			"no-restricted-globals": [
				"error",
				{ name: "Date", message: clockMessage },
				{ name: "performance", message: clockMessage },
				{ name: "process", message: clockMessage },
				{ name: "window", message: "src/core runs in the CLI too: no browser globals." },
				{ name: "document", message: "src/core runs in the CLI too: no browser globals." },
			],
			"no-restricted-properties": [
				"error",
				{ object: "globalThis", property: "Date", message: clockMessage },
				{ object: "globalThis", property: "performance", message: clockMessage },
				{ object: "globalThis", property: "process", message: clockMessage },
			],
		},
	},
	{
		files: ["src/obsidian/**/*.ts"],
		rules: {
			"@typescript-eslint/no-restricted-imports": [
				"error",
				{
					paths: nodeImports.map((p) => ({ ...p, message: "The plugin runs on mobile too: no Node modules (only src/cli may use them)." })),
					patterns: [{ group: ["**/cli/**", "../cli", "../../cli"], message: "The plugin may not import the CLI (it touches the file system)." }],
				},
			],
		},
	},
	{
		// The command line runs on Node: it may use Node modules and print to the console.
		files: ["src/cli/**/*.ts"],
		languageOptions: { globals: { process: "readonly", Buffer: "readonly", NodeJS: "readonly", __filename: "readonly" } },
		rules: {
			"obsidianmd/hardcoded-config-path": "off",
			"obsidianmd/no-nodejs-modules": "off",
			"import/no-nodejs-modules": "off",
			"no-restricted-globals": "off",
			"obsidianmd/ui/sentence-case": "off",
			"@typescript-eslint/no-restricted-imports": [
				"error",
				{
					paths: [{ name: "obsidian", message: "The CLI runs without Obsidian: only src/obsidian may import obsidian." }],
					patterns: [{ group: ["**/obsidian/**", "../obsidian", "../../obsidian"], message: "The CLI may not import the plugin adapter." }],
				},
			],
		},
	},
	{
		// Tests and scripts: TypeScript's recommended rules (no type information, to stay fast).
		files: ["tests/**/*.ts", "scripts/**/*.ts"],
		extends: [tseslint.configs.recommended],
		rules: {
			"@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
		},
	},
]);
