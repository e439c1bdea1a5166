/** What the settings tab accepts: exactly what the core's loadSettings keeps as it is. */
// @ts-nocheck

import { DEFAULT_SETTINGS, loadSettings } from "../../src/core/settings";
import { checkCadence, checkHeading, checkKeyName, checkKindName, checkPositiveRule, checkTemplate, checkTierName, readCount } from "../../src/obsidian/settingsRules";

test.each(["6w", "4-6w", "4 – 6 weeks", "monthly", "quarterly", "90d", "1y"])("cadence %s is accepted, and loadSettings keeps it", (c) => {
	expect(checkCadence(c)).toBeNull();
	const loaded = loadSettings({ tiers: [{ name: "A", cadence: c, positiveEvery: "" }] });
	expect(loaded.problems).toEqual([]);
});

test.each(["", "0w", "6-4w", "4w-6m", "often"])("cadence %j is refused with a sentence, and loadSettings would drop it", (c) => {
	expect(checkCadence(c)).toMatch(/^[A-Z].*\.$/);
	expect(loadSettings({ tiers: [{ name: "A", cadence: c, positiveEvery: "" }] }).problems).not.toEqual([]);
});

test("a positive rule may be empty", () => {
	expect(checkPositiveRule("")).toBeNull();
	expect(checkPositiveRule("13w")).toBeNull();
	expect(checkPositiveRule("sometimes")).not.toBeNull();
});

test("tier and kind names: present, unique, kinds one word", () => {
	const tiers = DEFAULT_SETTINGS.tiers;
	expect(checkTierName("D", tiers, 0)).toBeNull();
	expect(checkTierName("A", tiers, 0)).toBeNull();
	expect(checkTierName("B", tiers, 0)).toBe('There is already a tier "B".');
	expect(checkTierName(" ", tiers, 0)).toBe("A tier needs a name.");
	const kinds = DEFAULT_SETTINGS.kinds;
	expect(checkKindName("coffee", kinds, 0)).toBeNull();
	expect(checkKindName("Call", kinds, 0)).toBe('There is already a kind "Call".');
	expect(checkKindName("two words", kinds, 0)).toMatch(/one word/);
	expect(checkKindName("", kinds, 0)).toMatch(/needs a name/);
});

test("templates are checked with the core's validateTemplate", () => {
	expect(checkTemplate("- {{date}} {{kind}} — {{summary}}")).toBeNull();
	expect(checkTemplate("- {{date}} {{kind}} with {{name}}: {{summary}} ({{hours}})")).toBeNull();
	expect(checkTemplate("{{date}} {{kind}} {{summary}}")).toMatch(/^The entry template must start with a list marker/);
	expect(checkTemplate("- {{date}} {{summary}}")).toBe("The entry template needs {{kind}} exactly once.");
});

test("property names, the log heading and counts", () => {
	expect(checkKeyName("last-contacted")).toBeNull();
	expect(checkKeyName(" ")).not.toBeNull();
	expect(checkHeading("## Touchpoints")).toBeNull();
	expect(checkHeading("##")).not.toBeNull();
	expect(readCount("3")).toEqual({ ok: true, value: 3 });
	expect(readCount("0")).toEqual({ ok: true, value: 0 });
	expect(readCount("-1").ok).toBe(false);
	expect(readCount("1.5").ok).toBe(false);
});
