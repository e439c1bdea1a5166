// Lint: eslint-plugin-obsidianmd's recommended config (the checks Obsidian's plugin review
// runs) over all of src/, plus the layer rule (docs/architecture.md): src/core is pure, so it
// may not import Obsidian, Node's file system or paths, or the adapters.
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";

const nodeBuiltins = ["fs", "path", "os", "child_process", "crypto", "util", "url", "process", "stream", "events", "buffer"];

export default defineConfig([
	{ ignores: ["main.js", "dist/**", "node_modules/**", "tests/**", "scripts/**", "bin/**", "examples/**", "docs/**", "*.mjs", "*.cjs"] },
	...obsidianmd.configs.recommended,
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
					paths: [
						{ name: "obsidian", message: "src/core is pure: only src/obsidian may import obsidian (docs/architecture.md)." },
						...nodeBuiltins.map((name) => ({ name, message: "src/core is pure: no file system, paths or other Node modules." })),
						...nodeBuiltins.map((name) => ({ name: `node:${name}`, message: "src/core is pure: no Node modules." })),
						{ name: "gray-matter", message: "gray-matter is for the CLI only (it needs Node)." },
					],
					patterns: [
						{ group: ["**/obsidian/**", "../obsidian", "../../obsidian"], message: "src/core may not import the plugin adapter." },
						{ group: ["**/cli/**", "../cli", "../../cli"], message: "src/core may not import the CLI." },
					],
				},
			],
			"no-restricted-globals": ["error", { name: "Date", message: "src/core takes `today` as an input; it never reads the clock or uses JS Dates." }],
		},
	},
	{
		// The command line runs on Node: it may use Node modules and print to the console.
		files: ["src/cli/**/*.ts"],
		languageOptions: { globals: { process: "readonly", Buffer: "readonly", NodeJS: "readonly" } },
		rules: {
			"obsidianmd/hardcoded-config-path": "off",
			"obsidianmd/no-nodejs-modules": "off",
			"import/no-nodejs-modules": "off",
			"@typescript-eslint/no-restricted-imports": "off",
			"no-restricted-globals": "off",
			"obsidianmd/ui/sentence-case": "off",
		},
	},
]);
