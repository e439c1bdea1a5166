/**
 * The weekly plan's docs are tests too:
 * - the README's `tend plan --json` sample: its fields, first touchpoint and first forecast
 *   week are what `tend plan --json` prints for the example vault;
 * - the README's `<!-- plan advice: ARGS -->` block is what `tend plan ARGS` advises;
 * - docs/planning.md's tables hold the rows `npm run simulate` prints (checked for one
 *   capacity of each start: a whole run takes a few seconds more).
 */
import * as fs from "fs";
import * as path from "path";
import { STARTS, startTable } from "../../scripts/simulate";
import { tend } from "../cli/support";

const ROOT = path.join(__dirname, "..", "..");
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const PLANNING = fs.readFileSync(path.join(ROOT, "docs", "planning.md"), "utf8");

/** The fenced block right after `from` (its fence may be indented, inside a list item). */
function blockAfter(text: string, from: number): string {
	const open = text.indexOf("```", from);
	const start = text.indexOf("\n", open) + 1;
	const close = /\n[ \t]*```/.exec(text.slice(start));
	return text.slice(start, start + (close?.index ?? 0) + 1);
}

const EXAMPLE = ["plan", "--vault", "examples/vault", "--today", "2026-11-27"];

describe("README: tend plan", () => {
	it("--json sample is what the example vault gives", () => {
		const sample = JSON.parse(blockAfter(README, README.indexOf("<!-- plan json sample -->"))) as Record<string, unknown[]> & { weeks: { start: string; touchpoints: unknown[] }[] };
		const actual = JSON.parse(tend([...EXAMPLE, "--json"], { cwd: ROOT }).stdout) as typeof sample;
		expect(Object.keys(sample)).toEqual(Object.keys(actual));
		for (const key of ["today", "capacity", "impliedLoad", "lapses", "advice"]) expect(sample[key]).toEqual(actual[key]);
		expect(sample.weeks[0]?.start).toBe(actual.weeks[0]?.start);
		expect(sample.weeks[0]?.touchpoints[0]).toEqual(actual.weeks[0]?.touchpoints[0]);
		expect(sample.forecast?.[0]).toEqual(actual.forecast?.[0]);
	});

	it("advice example is what the command advises", () => {
		const m = /<!-- plan advice: (.+?) -->/.exec(README);
		expect(m).not.toBeNull();
		const args = (m?.[1] ?? "").split(" ");
		const block = blockAfter(README, m?.index ?? 0)
			.split("\n")
			.map((l) => l.trim())
			.filter((l) => l !== "");
		const out = tend([...EXAMPLE, ...args], { cwd: ROOT }).stdout;
		const advice = out.slice(out.indexOf("What to change\n")).split("\n").slice(1);
		expect(advice.slice(0, block.length).map((l) => l.trim())).toEqual(block);
	});
});

describe("docs/planning.md", () => {
	it.each(STARTS.map(([title, behind]) => [title, behind]))("%s: the table holds what the simulation prints", (title, behind) => {
		const { lines, problems } = startTable(title as string, behind as number, 1, [14]);
		expect(PLANNING).toContain(lines[0]);
		for (const row of lines.filter((l) => l.startsWith("| 14 "))) expect(PLANNING).toContain(row);
		expect(problems).toEqual([]);
	});
});
