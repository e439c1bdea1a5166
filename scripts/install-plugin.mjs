// Installs the built plugin into a vault: `npm run install-plugin -- VAULT`.
//
// Builds main.js first when it is missing or older than the sources, then copies main.js,
// manifest.json and styles.css into VAULT/.obsidian/plugins/tend/ (the plugin's id from the
// manifest; another config folder with --config-dir DIR or TEND_CONFIG_DIR, as the CLI).
// The plugin's settings (data.json) are left as they are. Then enable Tend under
// Settings → Community plugins (reload Obsidian if it was already enabled).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const FILES = ["main.js", "manifest.json", "styles.css"];

function fail(message) {
	console.error(`install-plugin: ${message}`);
	process.exit(2);
}

function parseArgs(argv) {
	let vault;
	let configDir = process.env.TEND_CONFIG_DIR || ".obsidian";
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === "--config-dir") {
			configDir = argv[++i];
			if (!configDir) fail("--config-dir needs a folder name, like .obsidian");
		} else if (arg === "--help" || arg === "-h") {
			console.log("usage: npm run install-plugin -- VAULT [--config-dir .obsidian]");
			process.exit(0);
		} else if (arg.startsWith("-")) fail(`unknown option ${arg}`);
		else if (vault === undefined) vault = arg;
		else fail(`one vault at a time (got ${vault} and ${arg})`);
	}
	if (vault === undefined) fail("which vault? usage: npm run install-plugin -- VAULT");
	return { vault: resolve(vault), configDir };
}

function newest(dir) {
	let latest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, entry.name);
		latest = Math.max(latest, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
	}
	return latest;
}

const { vault, configDir } = parseArgs(process.argv.slice(2));
if (!existsSync(vault) || !statSync(vault).isDirectory()) fail(`the vault folder ${vault} does not exist`);
const config = join(vault, configDir);
if (!existsSync(config) || !statSync(config).isDirectory()) {
	fail(`${vault} has no ${configDir} folder, so it is not an Obsidian vault yet: open it as a vault in Obsidian once (or pass --config-dir if yours is named differently)`);
}

const bundle = join(root, "main.js");
const sources = Math.max(newest(join(root, "src")), statSync(join(root, "esbuild.config.mjs")).mtimeMs);
if (!existsSync(bundle) || statSync(bundle).mtimeMs < sources) {
	console.log("install-plugin: building main.js");
	try {
		execFileSync(process.execPath, ["esbuild.config.mjs"], { cwd: root, stdio: "inherit" });
	} catch {
		fail("the build failed; see above");
	}
}

const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
const target = join(config, "plugins", manifest.id);
mkdirSync(target, { recursive: true });
for (const file of FILES) copyFileSync(join(root, file), join(target, file));
console.log(`install-plugin: ${manifest.name} ${manifest.version} installed in ${target}`);
console.log("Enable it under Settings → Community plugins (reload Obsidian if it was already enabled).");
