import fc from "fast-check";
import { applySplices, invertSplices, mergeSplices, spliceBetween, withoutNoOps, type Splice } from "../../../src/core/edits/splices";

describe("applySplices", () => {
	it("applies splices in the old text's offsets, earliest first", () => {
		const before = "---\nlast_contact: 2026-01-01\n---\nA\n## Touchpoints\n- old\n";
		const splices: Splice[] = [
			{ from: 18, to: 28, insert: "2026-11-20" },
			{ from: before.indexOf("- old"), to: before.indexOf("- old"), insert: "- new\n" },
		];
		expect(applySplices(before, splices)).toBe("---\nlast_contact: 2026-11-20\n---\nA\n## Touchpoints\n- new\n- old\n");
	});

	it("keeps the order of two insertions at one offset", () => {
		expect(applySplices("ab", [{ from: 1, to: 1, insert: "1" }, { from: 1, to: 1, insert: "2" }])).toBe("a12b");
	});

	it("leaves the text alone for no splices", () => {
		expect(applySplices("a\nb", [])).toBe("a\nb");
	});

	it.each<[string, Splice[]]>([
		["out of order", [{ from: 3, to: 3, insert: "x" }, { from: 1, to: 1, insert: "y" }]],
		["overlapping", [{ from: 0, to: 3, insert: "x" }, { from: 2, to: 4, insert: "y" }]],
		["reversed", [{ from: 3, to: 1, insert: "x" }]],
		["past the end", [{ from: 2, to: 9, insert: "x" }]],
	])("throws on splices %s instead of guessing", (_what, splices) => {
		expect(() => applySplices("abcdef", splices)).toThrow(RangeError);
	});

	it("gives what applying each splice in turn gives, for any number of splices (property)", () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.nat(50), fc.nat(3), fc.constantFrom("", "x", "yz\n")), { maxLength: 30 }), (raw) => {
				const text = "0123456789\n".repeat(6);
				const splices: Splice[] = [];
				let at = 0;
				for (const [gap, length, insert] of raw) {
					const from = Math.min(text.length, at + gap);
					const to = Math.min(text.length, from + length);
					splices.push({ from, to, insert });
					at = to;
				}
				let slow = text;
				for (const s of [...splices].reverse()) slow = slow.slice(0, s.from) + s.insert + slow.slice(s.to);
				expect(applySplices(text, splices)).toBe(slow);
			}),
			{ numRuns: 300 },
		);
		const long = "line\n".repeat(20_000);
		const many = Array.from({ length: 20_000 }, (_, i) => ({ from: i * 5, to: i * 5 + 4, insert: "LINE" }));
		expect(applySplices(long, many)).toBe("LINE\n".repeat(20_000));
	});
});

describe("mergeSplices", () => {
	it("sorts several lists into one, keeping the lists' order at equal offsets", () => {
		const a = [{ from: 10, to: 12, insert: "a" }];
		const b = [
			{ from: 2, to: 2, insert: "b" },
			{ from: 12, to: 12, insert: "c" },
		];
		expect(mergeSplices([a, b])).toEqual([b[0], a[0], b[1]]);
		expect(mergeSplices([[{ from: 5, to: 5, insert: "1" }], [{ from: 5, to: 5, insert: "2" }]])?.map((s) => s.insert)).toEqual(["1", "2"]);
	});

	it("is null when two splices overlap", () => {
		expect(mergeSplices([[{ from: 0, to: 5, insert: "" }], [{ from: 4, to: 6, insert: "x" }]])).toBeNull();
	});
});

describe("withoutNoOps", () => {
	it("drops splices that write back the bytes already there", () => {
		expect(withoutNoOps("abc", [{ from: 0, to: 1, insert: "a" }, { from: 1, to: 2, insert: "B" }, { from: 3, to: 3, insert: "" }])).toEqual([{ from: 1, to: 2, insert: "B" }]);
	});
});

/** Splices on a text, valid for applySplices: sorted, not overlapping, inside the text. */
const textAndSplices = fc.string({ maxLength: 60 }).chain((text) =>
	fc
		.array(fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.string({ maxLength: 8 })), { maxLength: 6 })
		.map((raw) => {
			const splices: Splice[] = [];
			let at = 0;
			for (const [a, b, insert] of raw.map(([x, y, s]) => [Math.min(x, y), Math.max(x, y), s] as const).sort((p, q) => p[0] - q[0])) {
				if (a < at) continue;
				splices.push({ from: a, to: b, insert });
				at = b;
			}
			return { text, splices };
		}),
);

describe("invertSplices (undo in an open editor changes only what the write changed)", () => {
	it("turns the new text back into the old one", () => {
		fc.assert(
			fc.property(textAndSplices, ({ text, splices }) => {
				const after = applySplices(text, splices);
				expect(applySplices(after, invertSplices(text, splices))).toBe(text);
			}),
			{ numRuns: 500 },
		);
	});

	it("touches only the ranges the write inserted", () => {
		const before = "---\nlast_contact: 2026-01-01\n---\nA\n## Touchpoints\n- old\n";
		const at = before.indexOf("- old");
		const splices: Splice[] = [
			{ from: 18, to: 28, insert: "2026-11-20" },
			{ from: at, to: at, insert: "- new\n" },
		];
		expect(invertSplices(before, splices)).toEqual([
			{ from: 18, to: 28, insert: "2026-01-01" },
			{ from: at, to: at + 6, insert: "" },
		]);
	});
});

describe("spliceBetween", () => {
	it("is one splice over the region where two texts differ", () => {
		expect(spliceBetween("abcXYdef", "abcZdef")).toEqual([{ from: 3, to: 5, insert: "Z" }]);
		expect(spliceBetween("same", "same")).toEqual([]);
		// The common start and the common end may not overlap: a line added among equal lines
		// is one insertion, not a splice that runs backwards.
		expect(spliceBetween("aa", "aaa")).toEqual([{ from: 2, to: 2, insert: "a" }]);
		expect(spliceBetween("- x\n- x\n", "- x\n")).toEqual([{ from: 4, to: 8, insert: "" }]);
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom("a", "b", "\n"), maxLength: 12 }), fc.string({ unit: fc.constantFrom("a", "b", "\n"), maxLength: 12 }), (a, b) => {
				const [s] = spliceBetween(a, b);
				if (s) expect(s.from).toBeLessThanOrEqual(s.to);
				expect(applySplices(a, spliceBetween(a, b))).toBe(b);
			}),
		);
		fc.assert(
			fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
				expect(applySplices(a, spliceBetween(a, b))).toBe(b);
			}),
		);
	});
});
