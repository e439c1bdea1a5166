/**
 * A suggested touchpoint: not just "contact Ada", but what to do, from the contact's situation.
 * The first rule that applies wins, in this order (what cannot wait comes first):
 *
 * 1. A promise is late: tell them now and agree a new date (kind `promise-moved`).
 * 2. A promise is due soon: keep it, or tell them now if it will slip (kind `promise-kept`).
 * 3. A birthday or yearly date is coming: congratulate them, naming it (kind `congrats`).
 * 4. A busy period just ended: check in now that it is over, naming it (kind `check-in`).
 * 5. You have been asking: after an ask streak, or with asks since your last give while the
 *    12-month balance is negative, offer help before the next ask, naming a goal when they have
 *    one (kind `help`).
 * 6. The newest entry is recent (within FOLLOW_UP_DAYS): follow up on its subject (kind
 *    `check-in`). A thread still warm is the most natural opener.
 * 7. They have interests or goals: share something about one of them, naming it (kind
 *    `share`). Which one turns over every week (and differs between contacts), so the
 *    suggestion is not always about the first interest.
 * 8. There is an older entry: follow up on its subject (kind `check-in`).
 * 9. Otherwise: check in and ask what they are working on (kind `check-in`).
 *
 * The kinds are Tend's default kind names, so a log form can be filled in with the suggestion.
 * The input is a small plain object, so the due list can ask for a suggestion per listed
 * contact without handing over the whole note.
 */
import { formatLongDay, type Day } from "../calendar";
import type { Direction } from "../settings";
import { inDays, plural } from "../words";
import { outcomeOf } from "./followThrough";
import { times } from "./giveTake";

export const FOLLOW_UP_DAYS = 45;
const SUBJECT_MAX = 80;

export interface SuggestionReason {
	/** A due-list reason kind: `birthday`, `date`, `busy-ended`, `ask-streak`, ... */
	kind: string;
	/** The day it is about (the birthday, the end of the busy period). */
	day?: Day;
	/** A yearly date's or a busy period's label. */
	label?: string;
}

export interface SuggestionInput {
	reasons: readonly SuggestionReason[];
	promises: readonly { due: Day | null; what: string; status: "late" | "soon" | "open" }[];
	interests: readonly string[];
	goals: readonly string[];
	/** The newest log entry, or null. */
	newest: { kind: string; summary: string; day: Day; direction: Direction } | null;
	/** Asks since the newest give (src/core/insights/giveTake.ts). */
	asksSinceGive: number;
	/** Gives minus asks over the last 12 months. */
	balance: number;
	today: Day;
	/** Varies the interest named between contacts (the note's path does); "" when absent. */
	seed?: string;
}

export type SuggestionKind = "promise-moved" | "promise-kept" | "congrats" | "check-in" | "help" | "share";

export interface Suggestion {
	kind: SuggestionKind;
	text: string;
}

function quoted(what: string): string {
	return what.trim() === "" ? "your promise" : `"${what.trim()}"`;
}

/** Cut at a word boundary to SUBJECT_MAX characters, ending in "…" when cut. */
export function shorten(text: string, max = SUBJECT_MAX): string {
	const t = text.trim().replace(/\s+/g, " ");
	if (t.length <= max) return t;
	const cut = t.slice(0, max - 1);
	const space = cut.lastIndexOf(" ");
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.—–-]+$/, "")}…`;
}

/** What a follow-up is about: the summary, or the promise a `promise-kept` entry kept. */
function subjectOf(newest: NonNullable<SuggestionInput["newest"]>): string | null {
	const outcome = outcomeOf(newest);
	if (outcome?.kind === "moved") return null;
	if (outcome?.kind === "kept" && outcome.what !== null && outcome.what !== "") return outcome.what;
	const s = newest.summary.trim();
	return s === "" ? null : s;
}

function hash(text: string): number {
	let h = 0;
	for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
	return h;
}

/** The week number of a day, weeks starting on Monday (day 0, 1970-01-01, was a Thursday). */
function weekOf(day: Day): number {
	return Math.floor((day + 3) / 7);
}

function when(day: Day, today: Day): string {
	return day === today ? "today" : `on ${formatLongDay(day)}`;
}

export function suggest(input: SuggestionInput): Suggestion {
	const { today } = input;
	const dated = input.promises.filter((p) => p.due !== null).sort((a, b) => (a.due ?? 0) - (b.due ?? 0));
	const late = dated.find((p) => p.status === "late");
	if (late && late.due !== null) {
		return {
			kind: "promise-moved",
			text: `${quoted(late.what)} is ${plural(today - late.due, "day")} late: send it now, or tell them and agree a new date`,
		};
	}
	const soon = dated.find((p) => p.status === "soon");
	if (soon && soon.due !== null) {
		return { kind: "promise-kept", text: `Keep your word: ${quoted(soon.what)} is due ${inDays(soon.due - today)}; if it will slip, tell them now` };
	}
	const dates = input.reasons.filter((r) => (r.kind === "birthday" || r.kind === "date") && r.day !== undefined).sort((a, b) => (a.day ?? 0) - (b.day ?? 0));
	const date = dates[0];
	if (date && date.day !== undefined) {
		if (date.kind === "birthday") return { kind: "congrats", text: `Wish them a happy birthday ${when(date.day, today)}` };
		const label = date.label?.trim() ?? "";
		return { kind: "congrats", text: label === "" ? `Congratulate them on their yearly date ${when(date.day, today)}` : `Congratulate them on "${label}" ${when(date.day, today)}` };
	}
	const ended = input.reasons.find((r) => r.kind === "busy-ended");
	if (ended) {
		const label = ended.label?.trim() ?? "";
		return { kind: "check-in", text: label === "" ? "Check in now that their busy period is over" : `Check in now that ${label} is over` };
	}
	const streak = input.reasons.some((r) => r.kind === "ask-streak");
	if (streak || (input.balance < 0 && input.asksSinceGive > 0)) {
		const goal = input.goals[0];
		const asked = input.asksSinceGive > 0 ? `You have asked ${times(input.asksSinceGive)} since you last gave: ` : "";
		const what = goal === undefined ? "offer help or share something useful" : `offer help with "${shorten(goal)}"`;
		const text = `${asked}${what} before the next ask`;
		return { kind: "help", text: text.charAt(0).toUpperCase() + text.slice(1) };
	}
	const newest = input.newest;
	const subject = newest ? subjectOf(newest) : null;
	if (newest && subject !== null && today - newest.day <= FOLLOW_UP_DAYS) {
		return { kind: "check-in", text: `Follow up on: ${shorten(subject)}` };
	}
	const topics = [...input.interests.map((t) => ({ t, goal: false })), ...input.goals.map((t) => ({ t, goal: true }))].filter((x) => x.t.trim() !== "");
	if (topics.length > 0) {
		const pick = topics[(weekOf(today) + hash(input.seed ?? "")) % topics.length] ?? topics[0];
		if (pick) {
			return pick.goal
				? { kind: "share", text: `Share something that helps with "${shorten(pick.t)}"` }
				: { kind: "share", text: `Share something about ${shorten(pick.t)}` };
		}
	}
	if (subject !== null) return { kind: "check-in", text: `Follow up on: ${shorten(subject)}` };
	return { kind: "check-in", text: "Check in and ask what they are working on" };
}
