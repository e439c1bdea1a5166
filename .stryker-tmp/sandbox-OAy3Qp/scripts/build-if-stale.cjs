// @ts-nocheck
// main.js is the file users install and the one the plugin tests load; it must never be
// older than what it is built from. Shared by the jest global setup, the browser test and the
// install script, so they agree on what "stale" means.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const INPUTS = ["esbuild.config.mjs", "package-lock.json"];

/** The newest modification time of any file under `dir`. */
function newestMtime(dir) {
	let latest = 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, entry.name);
		latest = Math.max(latest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
	}
	return latest;
}

/** Whether main.js (or its source map) is missing or older than src/ or the build's own inputs. */
function isStale(root = ROOT) {
	const bundle = path.join(root, "main.js");
	if (!fs.existsSync(bundle) || !fs.existsSync(`${bundle}.map`)) return true;
	const inputs = Math.max(newestMtime(path.join(root, "src")), ...INPUTS.map((f) => fs.statSync(path.join(root, f)).mtimeMs));
	return fs.statSync(bundle).mtimeMs < inputs;
}

/** Builds main.js (and the CLI) when stale; throws with esbuild's output when it fails. */
function buildIfStale({ root = ROOT, quiet = true } = {}) {
	if (!isStale(root)) return false;
	try {
		execFileSync(process.execPath, ["esbuild.config.mjs", ...(quiet ? ["--quiet"] : [])], { cwd: root, stdio: "pipe" });
	} catch (e) {
		throw new Error(`Building main.js failed:\n${e.stderr ? e.stderr.toString() : e}`);
	}
	return true;
}

module.exports = { ROOT, newestMtime, isStale, buildIfStale };
