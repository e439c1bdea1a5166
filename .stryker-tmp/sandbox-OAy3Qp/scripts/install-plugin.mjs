// @ts-nocheck
// Installs the built plugin into a vault: `npm run install-plugin -- VAULT`.
//
// Builds main.js first when it is missing or older than the sources, then copies main.js,
// manifest.json and styles.css into VAULT/.obsidian/plugins/tend/ (the plugin's id from the
// manifest; another config folder with --config-dir DIR or TEND_CONFIG_DIR, as the CLI).
// The plugin's settings (data.json) are left as they are. Then enable Tend under
// Settings → Community plugins (reload Obsidian if it was already enabled).
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import stale from "./build-if-stale.cjs";

const { buildIfStale, isStale } = stale;

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


const { vault, configDir } = parseArgs(process.argv.slice(2));
if (!existsSync(vault) || !statSync(vault).isDirectory()) fail(`the vault folder ${vault} does not exist`);
const config = join(vault, configDir);
if (!existsSync(config) || !statSync(config).isDirectory()) {
	fail(`${vault} has no ${configDir} folder, so it is not an Obsidian vault yet: open it as a vault in Obsidian once (or pass --config-dir if yours is named differently)`);
}

if (isStale(root)) {
	console.log("install-plugin: building main.js");
	try {
		buildIfStale({ root });
	} catch (e) {
		fail(e instanceof Error ? e.message : String(e));
	}
}

const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
const target = join(config, "plugins", manifest.id);
mkdirSync(target, { recursive: true });
for (const file of FILES) copyFileSync(join(root, file), join(target, file));
console.log(`install-plugin: ${manifest.name} ${manifest.version} installed in ${target}`);
console.log("Enable it under Settings → Community plugins (reload Obsidian if it was already enabled).");
