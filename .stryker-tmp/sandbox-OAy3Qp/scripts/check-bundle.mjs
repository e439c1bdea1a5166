// @ts-nocheck
// Fails the build when the plugin bundle could not load on Obsidian mobile:
// - main.js may require no module but `obsidian` (no Node or Electron module);
// - it may hold no regular expression literal with a lookbehind (iOS before 16.4 throws a
//   SyntaxError on it when the file loads). A lookbehind built from a string inside
//   `try { new RegExp("...") }` is allowed: that is how the `yaml` package keeps a fallback
//   for old iOS, and a failure there is caught at run time;
// - CLI-only libraries (gray-matter, js-yaml) must not be in it.
// Usage: node scripts/check-bundle.mjs [FILE] (default main.js).
import { readFileSync } from "node:fs";
import ts from "typescript";

const file = process.argv[2] ?? "main.js";
const code = readFileSync(file, "utf8");
const problems = [];

const required = new Set([...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
required.delete("obsidian");
if (required.size > 0) problems.push(`${file} requires ${[...required].join(", ")}: only "obsidian" is available on mobile`);
if (/\bgray-matter\b|\bjs-yaml\b/.test(code)) problems.push(`${file} contains gray-matter or js-yaml, which are for the CLI only`);

const LOOKBEHIND = /\(\?<[=!]/;
const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
const insideTry = (node) => {
	for (let n = node.parent; n; n = n.parent) if (ts.isTryStatement(n)) return true;
	return false;
};
const visit = (node) => {
	if (ts.isRegularExpressionLiteral(node) && LOOKBEHIND.test(node.text)) {
		problems.push(`${file} contains the regular expression ${node.text}, a lookbehind that old iOS cannot parse`);
	}
	if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && LOOKBEHIND.test(node.text)) {
		const call = node.parent;
		const guarded = call && ts.isNewExpression(call) && call.expression.getText(source) === "RegExp" && insideTry(call);
		if (!guarded) problems.push(`${file} builds the lookbehind ${JSON.stringify(node.text)} outside a try block`);
	}
	ts.forEachChild(node, visit);
};
visit(source);

if (problems.length > 0) {
	for (const p of problems) console.error(`check-bundle: ${p}`);
	process.exit(1);
}
console.log(`check-bundle: ${file} (${Math.round(code.length / 1024)} KiB) requires only "obsidian" and holds no lookbehind that old iOS cannot load`);
