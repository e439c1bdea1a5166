// Builds main.js before the plugin's integration tests load it, so they always test the
// bundle users install (built by esbuild.config.mjs, minified), never a stale one. Skipped
// when main.js is newer than every source it is built from.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..", "..");

function newest(dir) {
	let latest = 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, entry.name);
		if (entry.isDirectory()) latest = Math.max(latest, newest(p));
		else latest = Math.max(latest, fs.statSync(p).mtimeMs);
	}
	return latest;
}

module.exports = async function buildPlugin() {
	const bundle = path.join(root, "main.js");
	const inputs = Math.max(
		newest(path.join(root, "src")),
		...["esbuild.config.mjs", "package-lock.json"].map((f) => fs.statSync(path.join(root, f)).mtimeMs),
	);
	if (fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs > inputs) return;
	try {
		execFileSync(process.execPath, ["esbuild.config.mjs"], { cwd: root, stdio: "pipe" });
	} catch (e) {
		throw new Error(`Building main.js for the plugin tests failed:\n${e.stderr ? e.stderr.toString() : e}`);
	}
};
