/**
 * The plugin bundle's size and what it is made of, from esbuild's metafile.
 *
 * The options repeat the plugin build of esbuild.config.mjs (which builds when imported, so
 * it cannot hand them over). `bundleValues` checks that this build comes out the size of the
 * real main.js and says so on stderr when the two drift apart.
 */
import * as esbuild from "esbuild";
import type { BuildOptions } from "esbuild";
import * as fs from "fs";
import { builtinModules } from "module";
import * as path from "path";
import { BUNDLE_FOLDERS, BUNDLE_PARTS } from "./rows";
import type { Value } from "./stats";

export function pluginBuildOptions(root: string): BuildOptions {
	return {
		absWorkingDir: root,
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
		logLevel: "error",
		treeShaking: true,
		minify: true,
		outfile: "main.js",
	};
}

/** main.js unminified, for profiles that name functions (same code, same modules). */
export async function buildUnminifiedPlugin(root: string, outfile: string): Promise<void> {
	await esbuild.build({ ...pluginBuildOptions(root), minify: false, sourcemap: true, outfile, write: true });
}

/**
 * dist/tend.cjs again with a source map, and a copy of bin/tend.js beside it, for the CLI's
 * profile (same options as esbuild.config.mjs's CLI build). Returns the script to run.
 */
export async function buildCliWithSourcemap(root: string, dir: string): Promise<string> {
	await esbuild.build({ absWorkingDir: root, entryPoints: ["src/cli/main.ts"], bundle: true, platform: "node", target: "node18", format: "cjs", logLevel: "error", sourcemap: true, outfile: path.join(dir, "tend.cjs") });
	const bin = path.join(dir, "tend.js");
	fs.writeFileSync(bin, 'process.exitCode = require("./tend.cjs").main(process.argv.slice(2));\n');
	return bin;
}

type Part = (typeof BUNDLE_PARTS)[number];

function partOf(input: string): Part {
	return BUNDLE_PARTS.find((p) => {
		const folder = BUNDLE_FOLDERS[p];
		return folder !== null && input.startsWith(folder);
	}) ?? "other";
}

/**
 * `bundle.main-js`: bytes of the built main.js. `bundle.part.X` and `bundle.share.X`: bytes
 * and share of Tend's own code, of each library (yaml, luxon, ical.js, papaparse; 0 for one
 * the plugin does not pull in) and of the rest (any other package, esbuild's glue and the
 * banner: whatever main.js holds beyond the parts named).
 */
export async function bundleValues(root: string, log: (line: string) => void): Promise<Value[]> {
	const mainJs = fs.statSync(path.join(root, "main.js")).size;
	const result = await esbuild.build({ ...pluginBuildOptions(root), write: false, metafile: true });
	const output = Object.entries(result.metafile?.outputs ?? {}).find(([file]) => file.endsWith("main.js"))?.[1];
	if (!output) throw new Error("esbuild's metafile has no main.js output");
	if (Math.abs(output.bytes - mainJs) > mainJs * 0.02) {
		log(`warning: the bench's replica of the plugin build gives ${output.bytes} B, main.js has ${mainJs} B: scripts/bench/bundle.ts no longer matches esbuild.config.mjs`);
	}
	const bytes = Object.fromEntries(BUNDLE_PARTS.map((p) => [p, 0])) as Record<Part, number>;
	for (const [input, info] of Object.entries(output.inputs)) bytes[partOf(input)] += info.bytesInOutput;
	bytes.other = Math.max(0, mainJs - BUNDLE_PARTS.reduce((sum, p) => (p === "other" ? sum : sum + bytes[p]), 0));
	const values: Value[] = [{ name: "bundle.main-js", n: null, value: mainJs, unit: "B" }];
	for (const part of BUNDLE_PARTS) values.push({ name: `bundle.part.${part}`, n: null, value: bytes[part], unit: "B" });
	for (const part of BUNDLE_PARTS) {
		values.push({ name: `bundle.share.${part}`, n: null, value: Math.round((1000 * bytes[part]) / mainJs) / 10, unit: "%" });
	}
	return values;
}
