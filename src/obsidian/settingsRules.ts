/**
 * What the settings tab accepts, as pure checks that return an error sentence or null. The
 * tab shows the sentence next to the field and does not save the value, so data.json only
 * ever holds settings that the core's loadSettings takes as they are (the CLI reads the same
 * file).
 */
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

/** A count of days or entries as the tab checks it: a whole number, 0 or more. */
export function checkCount(text: string): string | null {
	const r = readCount(text);
	return r.ok ? null : r.error;
}

/** A capacity (touchpoints a week, contacts in a tier): a whole number, 1 or more. */
export function checkPositiveNumber(text: string): string | null {
	const t = text.trim();
	if (!/^\d+$/.test(t) || Number(t) < 1) return "Write a whole number, 1 or more.";
	return null;
}

/** The days of the week someone reaches out: ISO numbers, at least one. */
export function checkWeekdays(days: readonly number[]): string | null {
	if (days.length === 0) return "Pick at least one day.";
	if (!days.every((d) => Number.isInteger(d) && d >= 1 && d <= 7)) return "A day is 1 (Monday) to 7 (Sunday).";
	return null;
}

function capitalize(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
