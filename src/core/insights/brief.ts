/**
 * A brief before a conversation: everything worth remembering about one person on one page.
 * Status and reasons (with "drifting" when the silence is well past their usual rhythm), the
 * suggested touchpoint, one open question, the last three entries, open promises, interests
 * and goals, the coming dates, give and take, follow-through, and a 12-month heatmap.
 *
 * Pure data: `tend brief` renders it as markdown, the plugin's contact panel as elements.
 */
import { nextYearly, toYmd, type Day } from "../calendar";
import type { Contact } from "../contact";
import type { Touchpoint } from "../log";
import { evaluate, type Evaluation, type PromiseState, type Reason } from "../schedule";
import type { TendSettings } from "../settings";
import { HEATMAP_WEEKS, weeklyCounts, type Week } from "./activity";
import { drifting, driftText, type Drift } from "./drifting";
import { followThrough, type FollowThrough } from "./followThrough";
import { giveTake, type GiveTake } from "./giveTake";
import { lastContactFrom, newestFirst, type Profile } from "./profile";
import { openQuestion, type OpenQuestion } from "./question";
import { suggest, type Suggestion, type SuggestionInput, type SuggestionReason } from "./suggest";

export const BRIEF_ENTRIES = 3;

export interface ComingDate {
	kind: "birthday" | "date";
	/** "Birthday", or the yearly date's label. */
	label: string;
	day: Day;
	/** Whole years on that day (age, anniversary), when the year is known and positive. */
	years: number | null;
}

export interface BriefReason {
	kind: Reason["kind"] | "drifting";
	text: string;
}

export interface Brief {
	contact: Contact;
	evaluation: Evaluation;
	reasons: BriefReason[];
	drift: Drift | null;
	suggestion: Suggestion;
	question: OpenQuestion;
	/** The newest entries, newest first. */
	lastEntries: Touchpoint[];
	promises: PromiseState[];
	comingDates: ComingDate[];
	giveTake: GiveTake;
	followThrough: FollowThrough;
	heatmap: Week[];
}

/** Birthday and yearly dates at their next occurrence (today included), soonest first. */
export function comingDates(contact: Pick<Contact, "birthday" | "dates">, today: Day): ComingDate[] {
	const out: ComingDate[] = [];
	const years = (year: number | null, day: Day) => {
		if (year === null) return null;
		const n = toYmd(day).year - year;
		return n > 0 ? n : null;
	};
	if (contact.birthday) {
		const day = nextYearly(today, contact.birthday.month, contact.birthday.day);
		out.push({ kind: "birthday", label: "Birthday", day, years: years(contact.birthday.year, day) });
	}
	for (const d of contact.dates) {
		const day = nextYearly(today, d.month, d.day);
		out.push({ kind: "date", label: d.label, day, years: years(d.year, day) });
	}
	return out.sort((a, b) => a.day - b.day);
}

/** The label behind a reason (a yearly date's, a busy period's), found again on the contact. */
function labelOf(reason: Reason, contact: Contact): string | undefined {
	if (reason.day === undefined) return undefined;
	const { month, day } = toYmd(reason.day);
	if (reason.kind === "date") return contact.dates.find((d) => d.month === month && d.day === day)?.label;
	if (reason.kind === "busy-ended") {
		const full = toYmd(reason.day);
		return contact.busy.find((b) => b.end.month === month && b.end.day === day && (b.yearly || b.end.year === full.year))?.label;
	}
	return undefined;
}

/** The suggestion's input for a contact, from its evaluation and its log. */
export function suggestionInput(profile: Pick<Profile, "contact" | "entries">, evaluation: Pick<Evaluation, "reasons" | "promises">, today: Day, settings: TendSettings): SuggestionInput {
	const newest = newestFirst(profile.entries, settings.logOrder)[0] ?? null;
	const g = giveTake(profile.entries, today);
	const reasons: SuggestionReason[] = evaluation.reasons.map((r) => {
		const label = labelOf(r, profile.contact);
		return { kind: r.kind, ...(r.day !== undefined ? { day: r.day } : {}), ...(label !== undefined ? { label } : {}) };
	});
	return {
		reasons,
		promises: evaluation.promises.map((p) => ({ due: p.due, what: p.what, status: p.status })),
		interests: profile.contact.interests,
		goals: profile.contact.goals,
		newest: newest ? { kind: newest.kind, summary: newest.summary, day: newest.day, direction: newest.direction } : null,
		asksSinceGive: g.asksSinceGive,
		balance: g.balance,
		today,
		seed: profile.contact.path,
	};
}

export function brief(profile: Profile, today: Day, settings: TendSettings): Brief {
	const { contact, entries } = profile;
	const evaluation = evaluate(contact, today, settings);
	const drift = drifting(
		entries.map((e) => e.day),
		lastContactFrom(contact, entries),
		today,
	);
	const reasons: BriefReason[] = evaluation.reasons.map((r) => ({ kind: r.kind, text: r.text }));
	if (drift?.drifting) reasons.push({ kind: "drifting", text: `Drifting: ${driftText(drift).replace(/^U/, "u")}` });
	const ordered = newestFirst(entries, settings.logOrder);
	return {
		contact,
		evaluation,
		reasons,
		drift,
		suggestion: suggest(suggestionInput(profile, evaluation, today, settings)),
		question: openQuestion({ goals: contact.goals, newestSummary: ordered[0]?.summary ?? null }),
		lastEntries: ordered.slice(0, BRIEF_ENTRIES),
		promises: evaluation.promises,
		comingDates: comingDates(contact, today),
		giveTake: giveTake(entries, today),
		followThrough: followThrough(entries),
		heatmap: weeklyCounts(
			entries.map((e) => e.day),
			today,
			HEATMAP_WEEKS,
		),
	};
}
