/**
 * Real `tend log` processes against one note while another process writes it the way editors
 * do (tests/cli/race.ts has the harness; `npm run test:race` runs a heavier version).
 */
// @ts-nocheck

import * as path from "path";
import { describeRace, race } from "./race";
import { builtCli } from "./support";

const editorScript = path.join(__dirname, "raceEditor.cjs");
const cli = builtCli();

describe("tend log racing another program's writes", () => {
	it("an editor rewriting the note in place (truncate, then chunks): no fragment, no lost entry", async () => {
		// Where there is no /proc to say that the editor still holds the note open (not Linux),
		// Tend cannot tell an editor that stalled mid-write for longer than its quiet period from
		// one that finished, and a busy machine stalls processes for 100 ms: there the test gives
		// Tend a 300 ms quiet period. `npm run test:race` runs the defaults, and prints counts.
		const env: Record<string, string> = process.platform === "linux" ? {} : { TEND_SETTLE_MS: "300" };
		const r = await race({ cli: cli(), editorScript, editor: "rewrite", writers: 4, rounds: 1, env, editorPauseMs: [150, 500] });
		const counts = describeRace(r);
		expect({ counts, crashed: r.crashed, refused: r.refused }).toEqual({ counts, crashed: [], refused: [] });
		expect(r.succeeded).toBe(5);
		expect(r.rewrites).toBeGreaterThan(0);
		expect({ counts, fragments: r.fragmentSamples }).toEqual({ counts, fragments: [] });
		expect({ counts, lost: r.lostEntries, duplicated: r.duplicatedEntries, leftovers: r.leftovers }).toEqual({ counts, lost: [], duplicated: [], leftovers: [] });
		// A rewrite that went into the file Tend replaced is redone or, when it cannot be merged,
		// saved beside the note: never silently gone.
		expect(r.lostRewrites).toBeLessThanOrEqual(r.conflicts);
	}, 120_000);

	it("an editor appending lines: every appended line and every entry survives", async () => {
		const r = await race({ cli: cli(), editorScript, editor: "append", writers: 4, rounds: 1 });
		const counts = describeRace(r);
		expect({ counts, crashed: r.crashed, refused: r.refused }).toEqual({ counts, crashed: [], refused: [] });
		expect(r.succeeded).toBe(5);
		expect(r.appended).toBeGreaterThan(0);
		expect({ counts, fragments: r.fragmentSamples }).toEqual({ counts, fragments: [] });
		expect({ counts, lost: r.lostEntries, duplicated: r.duplicatedEntries, lines: r.lostEditorLines }).toEqual({ counts, lost: [], duplicated: [], lines: [] });
		expect({ counts, leftovers: r.leftovers, conflicts: r.conflicts }).toEqual({ counts, leftovers: [], conflicts: 0 });
	}, 120_000);
});
