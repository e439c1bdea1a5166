// Builds the two things Tend ships from one source tree:
// - main.js: the Obsidian plugin (CommonJS, `obsidian` and the editor packages external,
//   minified for production). It must load on mobile: no Node or Electron module may end up
//   in it, which scripts/check-bundle.mjs verifies after every build. Beside it, main.js.map
//   (not shipped, and main.js does not point to it): the plugin tests load main.js with it,
//   so their coverage is reported per source file.
// - dist/tend.cjs: the `tend` command line for Node, with its dependencies bundled.
//
// `node esbuild.config.mjs` builds both once; `node esbuild.config.mjs watch` rebuilds the
// plugin on change.
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import process from "node:process";

const watch = process.argv.includes("watch");
// `--quiet` (used by `npm run demo`) prints only warnings and errors.
const logLevel = process.argv.includes("--quiet") ? "warning" : "info";

const banner = `/*
Tend: keep professional relationships alive. Built with esbuild from the TypeScript sources;
see the repository for the readable code.
*/`;

// papaparse (the CSV reader of imports) reaches for Node's `stream` only when it is handed a
// Node stream, which Tend never does. Obsidian mobile has no such module, so the plugin gets
// an empty one instead of a require() that would fail the mobile check.
const noNodeStream = {
	name: "no-node-stream",
	setup(build) {
		build.onResolve({ filter: /^stream$/ }, () => ({ path: "stream", namespace: "tend-empty" }));
		build.onLoad({ filter: /.*/, namespace: "tend-empty" }, () => ({ contents: "module.exports = {};" }));
	},
};

const plugin = {
	banner: { js: banner },
	plugins: [noNodeStream],
	entryPoints: ["src/obsidian/main.ts"],
	bundle: true,
	external: [
		"obsidian",
		"electron",
		"@codemirror/autocomplete",
		"@codemirror/collab",
		"@codemirror/commands",
		"@codemirror/language",
		"@codemirror/lint",
		"@codemirror/search",
		"@codemirror/state",
		"@codemirror/view",
		"@lezer/common",
		"@lezer/highlight",
		"@lezer/lr",
		...builtinModules,
	],
	format: "cjs",
	target: "es2020",
	platform: "browser",
	logLevel,
	sourcemap: watch ? "inline" : "external",
	treeShaking: true,
	minify: !watch,
	outfile: "main.js",
};

// gray-matter loads its default engines when it loads: js-yaml, which loads esprima (for its
// `!!js/function` type), 400 KB that every `tend` command would compile and run at start-up,
// before it reads a note. Tend hands gray-matter its own engines for every language it can be
// asked for (src/cli/noteReader.ts: yaml, and js and javascript that refuse; the frontmatter
// rule never opens a block with a language name), and never calls matter.stringify; so the CLI
// gets an empty set of default engines, and neither package is in dist/tend.cjs.
const noGrayMatterEngines = {
	name: "no-gray-matter-engines",
	setup(build) {
		build.onResolve({ filter: /^\.\/(?:lib\/)?engines$/ }, (args) =>
			/[\\/]node_modules[\\/]gray-matter[\\/]/.test(args.importer) ? { path: "gray-matter-engines", namespace: "tend-empty" } : undefined,
		);
		build.onLoad({ filter: /.*/, namespace: "tend-empty" }, () => ({ contents: "module.exports = {};" }));
	},
};

const cli = {
	plugins: [noGrayMatterEngines],
	entryPoints: ["src/cli/main.ts"],
	bundle: true,
	platform: "node",
	target: "node18",
	format: "cjs",
	logLevel,
	outfile: "dist/tend.cjs",
};

if (watch) {
	const ctx = await esbuild.context(plugin);
	await ctx.watch();
} else {
	await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
}
