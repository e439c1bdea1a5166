// @ts-nocheck
// `npm version X.Y.Z` runs this (package.json's "version" script), as Obsidian's sample
// plugin does: manifest.json gets the new version, and versions.json maps it to the
// manifest's minAppVersion, so Obsidian offers each user the newest release their app can
// run. Both files are then staged for npm's version commit and tag.
//
// Usage: npm version patch | minor | major | X.Y.Z   (or, by hand:
// npm_package_version=X.Y.Z node version-bump.mjs)
import { readFileSync, writeFileSync } from "node:fs";
import process from "node:process";

const target = process.env.npm_package_version;
if (!target || !/^\d+\.\d+\.\d+$/.test(target)) {
	console.error(`version-bump: "${target ?? ""}" is not a version Obsidian accepts (X.Y.Z, no "v")`);
	process.exit(2);
}

const read = (file) => JSON.parse(readFileSync(file, "utf8"));
// Tabs and a final newline, as these files are written by hand.
const write = (file, data) => writeFileSync(file, `${JSON.stringify(data, null, "\t")}\n`);

const manifest = read("manifest.json");
const { minAppVersion } = manifest;
if (!minAppVersion) {
	console.error("version-bump: manifest.json has no minAppVersion");
	process.exit(2);
}
manifest.version = target;
write("manifest.json", manifest);

const versions = read("versions.json");
versions[target] = minAppVersion;
write("versions.json", versions);
console.log(`version-bump: manifest.json is ${target}; versions.json maps it to Obsidian ${minAppVersion}`);
