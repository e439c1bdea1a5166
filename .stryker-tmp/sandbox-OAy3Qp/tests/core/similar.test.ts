// @ts-nocheck
import fc from "fast-check";
import { canonical, editDistance, foldName, letterMask, nearLimit, surelyFar } from "../../src/core/similar";

describe("foldName: one form for names people type differently", () => {
	it.each([
		["José Núñez", "jose nunez"],
		["JOSE NUNEZ", "jose nunez"],
		["Jose\u0301 Nu\u0301n\u0303ez", "jose nunez"],
		["  jose   nunez ", "jose nunez"],
		["Søren Kierkegaard", "soren kierkegaard"],
		["Łukasz Straße", "lukasz strasse"],
		["Ærøskøbing", "aeroskobing"],
		["Zoë İnce", "zoe ince"],
		["Ｆｕｌｌ", "full"],
	])("%j folds to %j", (name, folded) => {
		expect(foldName(name)).toBe(folded);
	});

	it("canonical makes a decomposed (NFD) name equal the composed one, and keeps accents", () => {
		expect(canonical("Jose\u0301")).toBe("José");
		expect(canonical("José")).toBe("José");
		expect(canonical("José")).not.toBe("Jose");
	});
});

describe("editDistance", () => {
	it.each([
		["tier", "tier", 0],
		["teir", "tier", 1],
		["tie", "tier", 1],
		["tiers", "tier", 1],
		["lastcontacted", "lastcontact", 2],
		["kitten", "sitting", 3],
		["", "abc", 3],
		["José", "Jose", 1],
	])("%j to %j is %d", (a, b, d) => {
		expect(editDistance(a, b, 5)).toBe(d);
		expect(editDistance(b, a, 5)).toBe(d);
	});

	it("stops at max + 1 when the strings are further apart", () => {
		expect(editDistance("kitten", "sitting", 1)).toBe(2);
		expect(editDistance("a", "abcdefgh", 2)).toBe(3);
		expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
	});

	it("nearLimit allows none for short words, one from four letters, two from eight", () => {
		expect([nearLimit("tag"), nearLimit("tier"), nearLimit("cadence"), nearLimit("lastcontact")]).toEqual([0, 1, 1, 2]);
	});
});

describe("surelyFar: the letter-set bound never rules out a near word", () => {
	const word = fc.string({ unit: fc.constantFrom(..."abcdeiklmnorstuy019_- é"), maxLength: 12 });

	it("whenever it says far, the edit distance is above max", () => {
		fc.assert(
			fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
				if (surelyFar(letterMask(a), letterMask(b), max)) expect(editDistance(a, b, max)).toBeGreaterThan(max);
			}),
			{ numRuns: 2000 },
		);
	});

	it("it does rule out unrelated words", () => {
		expect(surelyFar(letterMask("key123"), letterMask("tier"), 1)).toBe(true);
		expect(surelyFar(letterMask("teir"), letterMask("tier"), 1)).toBe(false);
	});
});
