// @ts-nocheck
"use strict";
// The floor for `tend due --json` (the bench's `cli.floor` row): a new Node process that only
// reads every note of a vault and parses its frontmatter with the `yaml` package, one note
// after the other, and prints how many it read. No contact, no log, no due list: what any
// reader of the same files has to pay at least. It finds the frontmatter block the simple
// way (a first line `---` up to the next line starting with `---`), which is right for the
// bench's generated notes; it is a yardstick, not a reader of every note people write.
//
// Usage: node scripts/bench/floor.cjs VAULT_DIR
const fs = require("fs");
const path = require("path");
const { parse } = require("yaml");

function walk(dir, out) {
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const p = path.join(dir, entry.name);
		if (entry.isDirectory()) walk(p, out);
		else if (entry.name.endsWith(".md")) out.push(p);
	}
	return out;
}

const files = walk(process.argv[2], []);
let frontmatters = 0;
let broken = 0;
for (const file of files) {
	const text = fs.readFileSync(file, "utf8");
	if (!text.startsWith("---\n")) continue;
	const end = text.indexOf("\n---", 3);
	if (end < 0) continue;
	try {
		const data = parse(text.slice(4, end + 1));
		if (data !== null && typeof data === "object") frontmatters++;
	} catch {
		// A note whose YAML does not parse: any reader has to get past it.
		broken++;
	}
}
process.stdout.write(`${JSON.stringify({ notes: files.length, frontmatters, broken })}\n`);
