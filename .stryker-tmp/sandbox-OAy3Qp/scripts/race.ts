/**
 * `npm run test:race [-- --writers 20 --rounds 5 --kill 8]`: the heavy race test, run by hand.
 *
 * Builds the CLI into a temporary folder, then for each racing editor of tests/cli/race.ts
 * (one that rewrites the note in place, one that appends lines) runs WRITERS `tend log`
 * processes at once, ROUNDS times, with Tend's default timing; then the same again while one
 * writer in KILL is killed with SIGKILL at a random moment. Prints the machine's load and one
 * line of counts per run (lost entries, lost editor lines or rewrites, fragments, leftover
 * files, conflict copies) and exits 1 when anything was lost, torn or left behind. A rewrite
 * saved in a conflict copy is not lost; refusals are counted, not failures (Tend refuses
 * rather than lose anything).
 */
// @ts-nocheck

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildCliCopy, describeRace, race, type RaceResult } from "../tests/cli/race";

function option(args: string[], name: string, fallback: number): number {
	const at = args.indexOf(`--${name}`);
	if (at === -1) return fallback;
	const value = Number(args[at + 1]);
	if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
	return value;
}

function failures(r: RaceResult): number {
	return r.crashed.length + r.lostEntries.length + r.duplicatedEntries.length + r.lostEditorLines.length + Math.max(0, r.lostRewrites - r.conflicts) + r.fragments + r.leftovers.length;
}

export async function main(args: string[]): Promise<number> {
	const writers = option(args, "writers", 20);
	const rounds = option(args, "rounds", 5);
	const kill = option(args, "kill", 8);
	// npm runs scripts from the package folder; this file itself runs from a temporary bundle.
	const repo = path.resolve(".");
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tend-race-cli-"));
	const cli = buildCliCopy(repo, dir);
	const editorScript = path.join(repo, "tests", "cli", "raceEditor.cjs");
	console.log(`load average ${os.loadavg().map((n) => n.toFixed(1)).join(" ")} on ${os.cpus().length} cores`);
	let failed = 0;
	for (const killOneIn of kill > 0 ? [0, kill] : [0]) {
		for (const editor of ["rewrite", "append"] as const) {
			const r = await race({ cli, editorScript, editor, writers, rounds, killOneIn });
			console.log(`${describeRace(r)}${killOneIn ? ` (one writer in ${killOneIn} killed)` : ""}`);
			const reasons = new Map<string, number>();
			for (const why of r.refused) reasons.set(why, (reasons.get(why) ?? 0) + 1);
			for (const [why, n] of reasons) console.log(`  refused ${n}x: ${why}`);
			for (const c of r.crashed) console.log(`  crashed: ${c}`);
			for (const s of r.fragmentSamples) console.log(`  fragment ${s.split("\n")[0]}\n${s.split("\n").slice(1, 12).map((l) => `    | ${l}`).join("\n")}`);
			if (r.leftovers.length) console.log(`  left behind: ${r.leftovers.join(", ")}`);
			failed += failures(r);
		}
	}
	fs.rmSync(dir, { recursive: true, force: true });
	console.log(`load average ${os.loadavg().map((n) => n.toFixed(1)).join(" ")}`);
	console.log(failed === 0 ? "nothing lost, torn or left behind" : `${failed} problems`);
	return failed === 0 ? 0 : 1;
}
