// Fails the build when the plugin bundle could not load on Obsidian mobile: main.js may
// require no module but `obsidian` (no Node or Electron module), and may hold no regular
// expression lookbehind (iOS before 16.4 throws on it when the file loads).
import { readFileSync } from "node:fs";

const code = readFileSync("main.js", "utf8");
const problems = [];
const required = new Set([...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
required.delete("obsidian");
if (required.size > 0) problems.push(`main.js requires ${[...required].join(", ")}: only "obsidian" is available on mobile`);
if (/\(\?<[=!]/.test(code)) problems.push("main.js contains a regular expression lookbehind, which old iOS cannot parse");
if (/\bgray-matter\b|\bjs-yaml\b/.test(code)) problems.push("main.js contains gray-matter or js-yaml, which are for the CLI only");
if (problems.length > 0) {
	for (const p of problems) console.error(`check-bundle: ${p}`);
	process.exit(1);
}
console.log(`check-bundle: main.js (${Math.round(code.length / 1024)} KiB) requires only "obsidian"`);
