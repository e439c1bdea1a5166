/**
 * README examples that write: `<!-- example on a copy of examples/vault: ARGS -->` and a
 * ```text block. The commands (several are joined with ` && `) run one after another on a
 * fresh copy of the example vault, each with `--vault` the copy, and print exactly the block.
 * The example vault itself is never written.
 */
import * as fs from "fs";
import * as path from "path";
import { makeVault, removeVault, tend } from "../cli/support";

const ROOT = path.join(__dirname, "..", "..");
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

function blockAfter(from: number): string {
	const open = README.indexOf("```", from);
	const start = README.indexOf("\n", open) + 1;
	return README.slice(start, README.indexOf("\n```", start) + 1);
}

function words(line: string): string[] {
	return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "");
}

function readTree(dir: string, rel = ""): Record<string, string> {
	const out: Record<string, string> = {};
	for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
		const p = rel === "" ? entry.name : `${rel}/${entry.name}`;
		if (entry.isDirectory()) Object.assign(out, readTree(dir, p));
		else out[p] = fs.readFileSync(path.join(dir, p), "utf8");
	}
	return out;
}

describe("README examples on a copy of the example vault", () => {
	const examples = [...README.matchAll(/<!-- example on a copy of examples\/vault: (.+?) -->/g)];
	it("has the log-for-several and the ask-note ones", () => expect(examples.length).toBeGreaterThanOrEqual(2));
	it.each(examples.map((m) => [m[1] as string, m.index ?? 0]))("tend %s", (commands, at) => {
		const root = makeVault(readTree(path.join(ROOT, "examples", "vault")));
		try {
			let stdout = "";
			for (const command of commands.split(" && ")) {
				const r = tend([...words(command), "--vault", root]);
				expect([command, r.code, r.stderr]).toEqual([command, 0, ""]);
				stdout += r.stdout;
			}
			expect(stdout).toBe(blockAfter(at));
		} finally {
			removeVault(root);
		}
	});
});
