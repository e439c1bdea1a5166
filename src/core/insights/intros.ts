/**
 * Introductions worth making: one contact's goal shares a significant word (keywords.ts) with
 * another's offer ("Close the Series A" and "Series A fundraising advice"). An introduction is
 * one of the most generous things you can do for two people, and the notes already know who
 * needs what.
 *
 * - A pair is suggested once, with each direction that fits (A's goal and B's offer, B's goal
 *   and A's offer); for each direction, the goal and the offer that share the most words.
 * - Pairs already introduced are left out: an `intro` entry in either note that names the
 *   other (`[[Ben Carter]]`, `[[People/Ben Carter|Ben]]` or the plain name, in any case and
 *   accents, as a whole word).
 * - A contact marked `difficult` is never suggested: an introduction lends your trust.
 * - Best first: more distinct shared words; then pairs that fit both ways; then tier order
 *   (the sum of both tiers' positions), then names.
 *
 * Goals and offers are indexed by word, so the work grows with the matches, not with the
 * square of the number of contacts.
 */
import type { Contact } from "../contact";
import type { Touchpoint } from "../log";
import { foldName } from "../similar";
import { keywords, type Keyword } from "./keywords";

export const INTRO_KIND = "intro";

export type IntroContact = Pick<Contact, "name" | "path" | "tier" | "tierIndex">;

export interface IntroSubject {
	contact: IntroContact & Pick<Contact, "goals" | "offers" | "difficult">;
	entries: readonly Pick<Touchpoint, "kind" | "summary">[];
}

export interface IntroDirection {
	/** Whose goal it is. */
	seeker: IntroContact;
	goal: string;
	/** Whose offer it is. */
	helper: IntroContact;
	offer: string;
	/** The shared words, as written in the goal (lower case). */
	words: string[];
}

export interface Introduction {
	a: IntroContact;
	b: IntroContact;
	/** Every shared word of both directions, each once (by its folded form). */
	words: string[];
	directions: IntroDirection[];
}

/** Whether `text` names `name` as a whole word (folded: any case, no accents). */
export function namesContact(text: string, name: string): boolean {
	const hay = foldName(text);
	const needle = foldName(name);
	if (needle === "") return false;
	let at = hay.indexOf(needle);
	while (at !== -1) {
		const before = hay.charAt(at - 1);
		const after = hay.charAt(at + needle.length);
		if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
		at = hay.indexOf(needle, at + 1);
	}
	return false;
}

/** Whether either note has an `intro` entry that names the other. */
export function alreadyIntroduced(a: IntroSubject, b: IntroSubject): boolean {
	const names = (s: IntroSubject, other: IntroSubject) =>
		s.entries.some((e) => e.kind.toLowerCase() === INTRO_KIND && namesContact(e.summary, other.contact.name));
	return names(a, b) || names(b, a);
}

interface Indexed {
	subject: IntroSubject;
	goals: Keyword[][];
	offers: Keyword[][];
}

function tierRank(c: IntroContact): number {
	return c.tierIndex < 0 ? 1000 : c.tierIndex;
}

const NAME_ORDER = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function ref(c: IntroContact): IntroContact {
	return { name: c.name, path: c.path, tier: c.tier, tierIndex: c.tierIndex };
}

export function introductions(subjects: readonly IntroSubject[]): Introduction[] {
	const indexed: Indexed[] = subjects
		.filter((s) => !s.contact.difficult)
		.map((subject) => ({ subject, goals: subject.contact.goals.map(keywords), offers: subject.contact.offers.map(keywords) }));
	// Word -> [helper, offer index] for every offer.
	const offering = new Map<string, [number, number][]>();
	indexed.forEach((x, h) =>
		x.offers.forEach((words, o) => {
			for (const w of words) {
				const list = offering.get(w.key) ?? [];
				list.push([h, o]);
				offering.set(w.key, list);
			}
		}),
	);
	// Seeker -> helper -> the best goal/offer pair found so far.
	const best = new Map<string, IntroDirection & { seekerIndex: number; helperIndex: number }>();
	indexed.forEach((seeker, s) =>
		seeker.goals.forEach((goalWords, g) => {
			const shared = new Map<string, { helper: number; offer: number; words: string[] }>();
			for (const w of goalWords) {
				for (const [h, o] of offering.get(w.key) ?? []) {
					if (h === s) continue;
					const key = `${h}:${o}`;
					const entry = shared.get(key) ?? { helper: h, offer: o, words: [] };
					entry.words.push(w.word);
					shared.set(key, entry);
				}
			}
			for (const m of shared.values()) {
				const key = `${s}>${m.helper}`;
				const known = best.get(key);
				if (known && known.words.length >= m.words.length) continue;
				const helper = indexed[m.helper] as Indexed;
				best.set(key, {
					seeker: ref(seeker.subject.contact),
					goal: seeker.subject.contact.goals[g] ?? "",
					helper: ref(helper.subject.contact),
					offer: helper.subject.contact.offers[m.offer] ?? "",
					words: m.words,
					seekerIndex: s,
					helperIndex: m.helper,
				});
			}
		}),
	);
	const pairs = new Map<string, { x: number; y: number; directions: IntroDirection[] }>();
	for (const d of best.values()) {
		const [x, y] = d.seekerIndex < d.helperIndex ? [d.seekerIndex, d.helperIndex] : [d.helperIndex, d.seekerIndex];
		const key = `${x}:${y}`;
		const pair = pairs.get(key) ?? { x, y, directions: [] };
		const { seekerIndex: _s, helperIndex: _h, ...direction } = d;
		pair.directions.push(direction);
		pairs.set(key, pair);
	}
	const out: Introduction[] = [];
	for (const p of pairs.values()) {
		const sx = (indexed[p.x] as Indexed).subject;
		const sy = (indexed[p.y] as Indexed).subject;
		if (alreadyIntroduced(sx, sy)) continue;
		p.directions.sort((d1, d2) => d2.words.length - d1.words.length || NAME_ORDER.compare(d1.seeker.name, d2.seeker.name));
		const first = p.directions[0] as IntroDirection;
		// Each word once by its folded form: "payments" in one direction is "payment" in the other.
		const byKey = new Map<string, string>();
		for (const w of p.directions.flatMap((d) => d.words)) {
			const key = keywords(w)[0]?.key ?? w;
			if (!byKey.has(key)) byKey.set(key, w);
		}
		const words = [...byKey.values()];
		out.push({ a: first.seeker, b: first.helper, words, directions: p.directions });
	}
	return out.sort(
		(i, j) =>
			j.words.length - i.words.length ||
			j.directions.length - i.directions.length ||
			tierRank(i.a) + tierRank(i.b) - (tierRank(j.a) + tierRank(j.b)) ||
			NAME_ORDER.compare(i.a.name, j.a.name) ||
			NAME_ORDER.compare(i.b.name, j.b.name),
	);
}
