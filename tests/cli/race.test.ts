/**
 * Real `tend log` processes against one note while another process writes it the way editors
 * do (tests/cli/race.ts has the harness; `npm run test:race` runs a heavier version).
 */
import * as path from "path";
import { describeRace, race } from "./race";
import { builtCli } from "./support";

const editorScript = path.join(__dirname, "raceEditor.cjs");
const cli = builtCli();

describe("tend log racing another program's writes", () => {
	it("an editor rewriting the note in place (truncate, then chunks): no fragment, no lost entry", async () => {
		// Tend cannot tell an editor that stopped mid-write for longer than its quiet period from
		// one that finished; on this shared machine a process can stall for 100 ms, so the test
		// gives Tend a 300 ms quiet period (and the editor longer rests, so that Tend finds one).
		// `npm run test:race` runs the defaults, and prints what it finds.
		const r = await race({ cli: cli(), editorScript, editor: "rewrite", writers: 4, rounds: 1, env: { TEND_SETTLE_MS: "300" }, editorPauseMs: [200, 700] });
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
