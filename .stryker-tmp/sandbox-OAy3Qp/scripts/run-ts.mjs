// @ts-nocheck
// Runs a TypeScript script (the corpus check, the benchmark) by bundling it with esbuild to
// a temporary file first: no ts-node needed, and the code runs as the CLI does.
import esbuild from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
	console.error("usage: node scripts/run-ts.mjs FILE.ts [ARGS...]");
	process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), "tend-run-"));
const out = join(dir, "script.cjs");
try {
	await esbuild.build({ entryPoints: [resolve(entry)], bundle: true, platform: "node", format: "cjs", target: "node18", outfile: out, logLevel: "error" });
	process.argv = [process.argv[0], resolve(entry), ...args];
	const require = createRequire(import.meta.url);
	const mod = require(out);
	if (typeof mod.main === "function") process.exitCode = await mod.main(args);
} finally {
	rmSync(dir, { recursive: true, force: true });
}
