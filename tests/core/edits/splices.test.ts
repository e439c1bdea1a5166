import fc from "fast-check";
import { applySplices, diffSplices } from "../../../src/core/edits/splices";

describe("diffSplices", () => {
	it("finds the two regions of a touchpoint edit", () => {
		const before = "---\nlast_contact: 2026-01-01\n---\nA\nB\n## Touchpoints\n- old\n";
		const after = "---\nlast_contact: 2026-11-20\n---\nA\nB\n## Touchpoints\n- new\n- old\n";
		const splices = diffSplices(before, after);
		expect(splices).toEqual([
			{ from: 4, to: 29, insert: "last_contact: 2026-11-20\n" },
			{ from: before.indexOf("- old"), to: before.indexOf("- old"), insert: "- new\n" },
		]);
		expect(applySplices(before, splices)).toBe(after);
	});

	it("is empty for equal texts", () => {
		expect(diffSplices("a\nb", "a\nb")).toEqual([]);
	});

	it("turns any text into any other (property)", () => {
		const lines = fc.array(fc.constantFrom("a\n", "b\n", "c\r\n", "\n", "d"), { maxLength: 12 });
		fc.assert(
			fc.property(lines, lines, (a, b) => {
				const before = a.join("");
				const after = b.join("");
				const splices = diffSplices(before, after);
				expect(applySplices(before, splices)).toBe(after);
				for (let i = 1; i < splices.length; i++) expect((splices[i] as { from: number }).from).toBeGreaterThanOrEqual((splices[i - 1] as { to: number }).to);
			}),
			{ numRuns: 500 },
		);
	});
});
