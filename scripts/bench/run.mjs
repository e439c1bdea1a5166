// `npm run bench`: bundles scripts/bench.ts with esbuild and runs it with Node.
//
// Like scripts/run-ts.mjs, but `obsidian` is mapped to the fake (tests/obsidian/fakeObsidian.ts),
// as jest maps it for the tests, so the bench drives the plugin's real modules; and the bundle
// lives under node_modules/.cache, so the packages it leaves outside (jsdom, esbuild) resolve
// from the repository's node_modules. Every argument goes to the bench (see scripts/bench.ts).
import esbuild from "esbuild";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const cache = join(root, "node_modules", ".cache", "tend-bench");
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, "run-"));
const out = join(dir, "bench.cjs");
const fake = join(root, "tests", "obsidian", "fakeObsidian.ts");
try {
	await esbuild.build({
		absWorkingDir: root,
		entryPoints: ["scripts/bench.ts"],
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node18",
		outfile: out,
		// For the profiles' summaries (scripts/bench/profile.ts), which name source lines.
		sourcemap: true,
		external: ["jsdom", "esbuild"],
		logLevel: "error",
		plugins: [{ name: "fake-obsidian", setup: (build) => build.onResolve({ filter: /^obsidian$/ }, () => ({ path: fake })) }],
	});
	const child = spawn(process.execPath, [out, ...process.argv.slice(2)], { stdio: "inherit", env: { ...process.env, TEND_BENCH_ROOT: root } });
	// Stopping the bench stops the bench (and through it, its worker), then cleans up.
	for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
	const [code, signal] = await new Promise((done) => child.on("exit", (c, s) => done([c, s])));
	process.exitCode = code ?? (signal ? 1 : 0);
} finally {
	// TEND_BENCH_KEEP=1 keeps the bundle, to read a profile's line ticks against it.
	if (process.env.TEND_BENCH_KEEP) console.error(`bench bundle kept: ${out}`);
	else rmSync(dir, { recursive: true, force: true });
}
