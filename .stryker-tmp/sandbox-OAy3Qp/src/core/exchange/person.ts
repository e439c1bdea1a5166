/**
 * A person read from an address book export (vCard, LinkedIn's or Google's CSV), before it
 * becomes a contact note: only what the export knew, every field optional but the name.
 */
// @ts-nocheck


export interface Person {
	/** The full name as the person would write it: "Amara Okafor". */
	name: string;
	emails: string[];
	phones: string[];
	company: string | null;
	position: string | null;
	/** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown (Tend's birthday forms). */
	birthday: string | null;
	/** A LinkedIn profile URL. */
	linkedin: string | null;
	/** The 1-based line of the export where this person starts, for messages. */
	line: number;
}

/** A problem with one entry of an export; the rest is still read. */
export interface ImportProblem {
	line: number;
	message: string;
}

export interface ReadPeople {
	/** What the file was read as: "vCard", "LinkedIn connections", "Google contacts". */
	format: string;
	people: Person[];
	problems: ImportProblem[];
}

function isValidMonthDay(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
	return day <= days;
}

/**
 * A birthday in Tend's form from what exports write: `1985-03-14`, `19850314`, `--03-14`,
 * `--0314`, a date-time (`1985-03-14T00:00:00Z`, the day as written). Null when it is none
 * of these or names a day that does not exist; February 29 without a year is kept.
 */
export function normalizeBirthday(text: string): string | null {
	const t = text.trim();
	let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/.exec(t);
	if (m) {
		const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
		// vCard 4 writes an unknown year as `--`; some exporters write the year 1604 or 0000 instead.
		if (year === 0 || year === 1604) return isValidMonthDay(2000, month, day) ? `--${m[2]}-${m[3]}` : null;
		return isValidMonthDay(year, month, day) ? `${m[1]}-${m[2]}-${m[3]}` : null;
	}
	m = /^--(\d{2})-?(\d{2})$/.exec(t);
	if (m) return isValidMonthDay(2000, Number(m[1]), Number(m[2])) ? `--${m[1]}-${m[2]}` : null;
	return null;
}

/** The LinkedIn profile among a person's links, normalized to https. */
export function linkedinUrl(text: string): string | null {
	const t = text.trim();
	if (!/^(?:https?:\/\/)?(?:[\w-]+\.)?linkedin\.com\//i.test(t)) return null;
	return /^https?:\/\//i.test(t) ? t.replace(/^http:/i, "https:") : `https://${t}`;
}

/** Removes blanks and repeats, keeping the first spelling. */
export function uniqueValues(values: readonly string[], key: (v: string) => string = (v) => v.toLowerCase()): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const raw of values) {
		const v = raw.trim();
		if (v === "" || seen.has(key(v))) continue;
		seen.add(key(v));
		out.push(v);
	}
	return out;
}

/** A phone number as a key: its digits, with a leading + kept. */
export function phoneKey(phone: string): string {
	const digits = phone.replace(/[^\d+]/g, "");
	return digits.startsWith("+") ? `+${digits.slice(1).replace(/\+/g, "")}` : digits.replace(/\+/g, "");
}

/** Joins name parts, skipping empty ones: ["Amara", "", "Okafor"] -> "Amara Okafor". */
export function joinName(parts: readonly (string | null | undefined)[]): string {
	return parts
		.map((p) => (p ?? "").trim())
		.filter((p) => p !== "")
		.join(" ")
		.replace(/\s+/g, " ");
}
