/**
 * The README's examples of `tend ics` and `tend import` that the generic README test cannot
 * run as they are: an excerpt of a long output (`<!-- example excerpt: ARGS -->`, where a
 * `...` line stands for lines left out, and every other line is in the output, in order),
 * and the note an import creates.
 */
// @ts-nocheck

import * as fs from "fs";
import * as path from "path";
import { makeVault, read, removeVault, tend } from "../cli/support";
import { readVault } from "../obsidian/harness";

const ROOT = path.join(__dirname, "..", "..");
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

function blockAfter(from: number): string {
	const open = README.indexOf("```", from);
	const start = README.indexOf("\n", open) + 1;
	return README.slice(start, README.indexOf("\n```", start) + 1);
}

const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "");

describe("README output excerpts", () => {
	const excerpts = [...README.matchAll(/<!-- example excerpt: (.+?) -->/g)];
	it("has the tend ics one", () => expect(excerpts.map((m) => m[1])).toContain("ics --vault examples/vault --today 2026-11-27"));
	it.each(excerpts.map((m) => [m[1] as string, m.index ?? 0]))("tend %s", (args, at) => {
		const r = tend(words(args), { cwd: ROOT });
		expect(r.code).toBe(0);
		const output = r.stdout.replace(/\r\n/g, "\n");
		let from = 0;
		for (const chunk of blockAfter(at).split(/^\.\.\.\n/m)) {
			const found = output.indexOf(chunk, from);
			expect([chunk, found >= 0]).toEqual([chunk, true]);
			from = found + chunk.length;
		}
	});
});

describe("README import example", () => {
	it("the note tend import creates for José O'Brien is the one shown", () => {
		const at = README.indexOf("the new note for José");
		const root = makeVault(readVault(path.join(ROOT, "examples", "vault")));
		try {
			const r = tend(["import", path.join(ROOT, "tests", "fixtures", "exchange", "Connections.csv"), "--vault", root, "--today", "2026-11-27"]);
			expect(r.code).toBe(0);
			expect(r.stdout).toContain("Created People/José O'Brien.md for José O'Brien (Connections.csv:6): company, position, email, linkedin");
			expect(read(root, "People/José O'Brien.md")).toBe(blockAfter(at));
		} finally {
			removeVault(root);
		}
	});
});
