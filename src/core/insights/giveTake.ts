/**
 * Give and take, and time equity. Good relationships are kept by giving more than you take:
 * every touchpoint's kind has a direction in the settings (`share`, `help`, `intro`, ... give;
 * `ask` asks; `call`, `meeting`, ... are neutral), and an entry's `(1.5h)` is the time it took.
 *
 * - The counts and the hours cover the last 12 months: entries after the same day 12 calendar
 *   months before today, up to today (an entry dated in the future is not counted yet).
 * - The balance is gives minus asks in that window; below zero you have taken more than given.
 * - `asksSinceGive` looks at the whole log: the asks dated after your newest give (a give on
 *   the same day as an ask counts as after it, as the ask streak does).
 */
import { addMonths, type Day } from "../calendar";
import type { Touchpoint } from "../log";

export interface GiveTake {
	give: number;
	ask: number;
	neutral: number;
	/** Hours recorded on give entries. */
	hoursGiven: number;
	/** Hours recorded on every entry. */
	hours: number;
	/** give - ask. */
	balance: number;
	/** Asks since the newest give, over the whole log. */
	asksSinceGive: number;
	/** Whether the log holds any give entry at all. */
	hasGiven: boolean;
}

/** The first day of the 12-month window that ends today. */
export function yearWindowStart(today: Day): Day {
	return addMonths(today, -12) + 1;
}

type Entry = Pick<Touchpoint, "day" | "direction" | "hours">;

export function asksSinceGive(entries: readonly Entry[]): number {
	let newestGive = -Infinity;
	for (const t of entries) if (t.direction === "give" && t.day > newestGive) newestGive = t.day;
	let asks = 0;
	for (const t of entries) if (t.direction === "ask" && t.day > newestGive) asks++;
	return asks;
}

export function giveTake(entries: readonly Entry[], today: Day): GiveTake {
	const from = yearWindowStart(today);
	const out: GiveTake = { give: 0, ask: 0, neutral: 0, hoursGiven: 0, hours: 0, balance: 0, asksSinceGive: asksSinceGive(entries), hasGiven: false };
	for (const t of entries) {
		if (t.direction === "give") out.hasGiven = true;
		if (t.day < from || t.day > today) continue;
		out[t.direction]++;
		if (t.hours !== null) {
			out.hours += t.hours;
			if (t.direction === "give") out.hoursGiven += t.hours;
		}
	}
	out.balance = out.give - out.ask;
	return out;
}

export interface ContactBalance {
	name: string;
	path: string;
	balance: number;
	asksSinceGive: number;
}

export interface NetworkBalance {
	give: number;
	ask: number;
	neutral: number;
	hoursGiven: number;
	hours: number;
	balance: number;
	/** Contacts where you asked more than you gave, the most negative first. */
	negative: ContactBalance[];
}

/** Give and take summed over every contact, with the contacts whose balance is negative. */
export function networkBalance(items: readonly { contact: { name: string; path: string }; entries: readonly Entry[] }[], today: Day): NetworkBalance {
	const out: NetworkBalance = { give: 0, ask: 0, neutral: 0, hoursGiven: 0, hours: 0, balance: 0, negative: [] };
	for (const item of items) {
		const g = giveTake(item.entries, today);
		out.give += g.give;
		out.ask += g.ask;
		out.neutral += g.neutral;
		out.hoursGiven += g.hoursGiven;
		out.hours += g.hours;
		if (g.balance < 0) out.negative.push({ name: item.contact.name, path: item.contact.path, balance: g.balance, asksSinceGive: g.asksSinceGive });
	}
	out.balance = out.give - out.ask;
	out.negative.sort((a, b) => a.balance - b.balance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	return out;
}

/** "once", "twice", "3 times". */
export function times(n: number): string {
	return n === 1 ? "once" : n === 2 ? "twice" : `${n} times`;
}

/** Whether logging an ask deserves the gentle note: the balance is negative and asks are waiting for a give. */
export function askNoteDue(g: Pick<GiveTake, "balance" | "asksSinceGive">): boolean {
	return g.balance < 0 && g.asksSinceGive > 0;
}

/**
 * The gentle note shown when you log an ask while the balance is negative:
 * "You have asked Ben Carter 4 times since you last gave; offer something before the next ask."
 * The log form of the plugin shows the same sentence.
 */
export function askNote(g: Pick<GiveTake, "asksSinceGive" | "hasGiven">, name?: string): string {
	const whom = name === undefined || name === "" ? "" : ` ${name}`;
	const since = g.hasGiven ? "since you last gave" : "and not given anything yet";
	return `You have asked${whom} ${times(g.asksSinceGive)} ${since}; offer something before the next ask.`;
}

/** "1.5 h", "45 min", "0 h": hours as people read them. */
export function hoursText(hours: number): string {
	if (hours > 0 && hours < 1) return `${Math.round(hours * 60)} min`;
	const rounded = Math.round(hours * 10) / 10;
	return `${rounded} h`;
}

/** "3 given, 1 asked, 2 neutral". */
export function countsText(g: Pick<GiveTake, "give" | "ask" | "neutral">): string {
	return `${g.give} given, ${g.ask} asked, ${g.neutral} neutral`;
}
