/**
 * What the settings tab accepts, as pure checks that return an error sentence or null. The
 * tab shows the sentence next to the field and does not save the value, so data.json only
 * ever holds settings that the core's loadSettings takes as they are (the CLI reads the same
 * file).
 */
// @ts-nocheck

import { parseCadence } from "../core/cadence";
import type { KindSetting, TierSetting } from "../core/settings";
import { validateTemplate } from "../core/template";

export function checkTierName(name: string, tiers: readonly TierSetting[], index: number): string | null {
	const n = name.trim();
	if (n === "") return "A tier needs a name.";
	if (tiers.some((t, i) => i !== index && t.name === n)) return `There is already a tier "${n}".`;
	return null;
}

export function checkCadence(text: string): string | null {
	const parsed = parseCadence(text);
	return parsed.ok ? null : `${capitalize(parsed.error)}.`;
}

export function checkPositiveRule(text: string): string | null {
	if (text.trim() === "") return null;
	return checkCadence(text);
}

export function checkKindName(name: string, kinds: readonly KindSetting[], index: number): string | null {
	const n = name.trim();
	if (n === "") return "A kind needs a name.";
	if (/\s/.test(n)) return "A kind is one word (use a dash: check-in).";
	if (kinds.some((k, i) => i !== index && k.name.toLowerCase() === n.toLowerCase())) return `There is already a kind "${n}".`;
	return null;
}

export function checkTemplate(text: string): string | null {
	const check = validateTemplate(text);
	return check.ok ? null : `${capitalize(check.error)}.`;
}

export function checkKeyName(text: string): string | null {
	return text.trim() === "" ? "A property needs a name." : null;
}

export function checkHeading(text: string): string | null {
	const t = text.replace(/^#+/, "").trim();
	return t === "" ? "The log needs a heading, like ## Touchpoints." : null;
}

/** A whole number of days (or entries), 0 or more. */
export function readCount(text: string): { ok: true; value: number } | { ok: false; error: string } {
	const t = text.trim();
	if (!/^\d+$/.test(t)) return { ok: false, error: "Write a whole number, 0 or more." };
	return { ok: true, value: Number(t) };
}

function capitalize(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
