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
 * - At most MAX_PER_SEEKER helpers for one contact's goals, and no word that too many
 *   contacts offer (commonWordLimit): a suggestion should be a reason, not a coincidence.
 *
 * Goals and offers are indexed by word, so the work grows with the matches, not with the
 * square of the number of contacts.
 */
import type { Contact } from "../contact";
import type { Touchpoint } from "../log";
import { foldName } from "../similar";
import { foldPlural, keywords, type Keyword } from "./keywords";

export const INTRO_KIND = "intro";

/** At most this many helpers are suggested for one contact's goals, the best first. */
export const MAX_PER_SEEKER = 5;

/**
 * A word that this many contacts offer is too common to say two people fit: at least 25, or
 * 1% of the contacts in a large vault ("data" among 20,000 offers would pair everyone).
 */
export function commonWordLimit(contacts: number): number {
	return Math.max(25, Math.ceil(contacts / 100));
}

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

/** Whether folded text holds the folded name as a whole word. */
function holdsName(hay: string, needle: string): boolean {
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

/** Whether `text` names `name` as a whole word (folded: any case, no accents). */
export function namesContact(text: string, name: string): boolean {
	return holdsName(foldName(text), foldName(name));
}

/** The folded summaries of a note's `intro` entries. */
function introTexts(s: IntroSubject): string[] {
	return s.entries.filter((e) => e.kind.toLowerCase() === INTRO_KIND).map((e) => foldName(e.summary));
}

/** Whether either note has an `intro` entry that names the other. */
export function alreadyIntroduced(a: IntroSubject, b: IntroSubject): boolean {
	return introducedFolded(introTexts(a), foldName(a.contact.name), introTexts(b), foldName(b.contact.name));
}

function introducedFolded(aIntros: readonly string[], aName: string, bIntros: readonly string[], bName: string): boolean {
	return aIntros.some((t) => holdsName(t, bName)) || bIntros.some((t) => holdsName(t, aName));
}

interface Indexed {
	subject: IntroSubject;
	goals: Keyword[][];
	offers: Keyword[][];
	/** Folded, for the "already introduced" check. */
	name: string;
	intros: string[];
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
		.map((subject) => ({
			subject,
			goals: subject.contact.goals.map(keywords),
			offers: subject.contact.offers.map(keywords),
			name: foldName(subject.contact.name),
			intros: introTexts(subject),
		}));
	// Word -> every offer holding it, as helper * stride + offer index (numbers, not pairs:
	// a large vault has hundreds of thousands of them), helpers in ascending order.
	const stride = Math.max(1, ...indexed.map((x) => x.offers.length));
	const offering = new Map<string, number[]>();
	const helperCount = new Map<string, number>();
	indexed.forEach((x, h) => {
		const seen = new Set<string>();
		x.offers.forEach((words, o) => {
			for (const w of words) {
				const list = offering.get(w.key);
				if (list) list.push(h * stride + o);
				else offering.set(w.key, [h * stride + o]);
				if (!seen.has(w.key)) {
					seen.add(w.key);
					helperCount.set(w.key, (helperCount.get(w.key) ?? 0) + 1);
				}
			}
		});
	});
	const tooCommon = commonWordLimit(indexed.length);
	// Per seeker, the best goal/offer pair with each helper; then its best few helpers.
	const best: (IntroDirection & { seekerIndex: number; helperIndex: number })[] = [];
	indexed.forEach((seeker, s) => {
		const candidates = new Map<number, { goal: number; offer: number; words: string[] }>();
		seeker.goals.forEach((goalWords, g) => {
			const shared = new Map<number, string[]>();
			for (const w of goalWords) {
				if ((helperCount.get(w.key) ?? 0) > tooCommon) continue;
				for (const code of offering.get(w.key) ?? []) {
					if (Math.floor(code / stride) === s) continue;
					const words = shared.get(code);
					if (words) words.push(w.word);
					else shared.set(code, [w.word]);
				}
			}
			for (const [code, words] of shared) {
				const h = Math.floor(code / stride);
				const known = candidates.get(h);
				if (known && known.words.length >= words.length) continue;
				candidates.set(h, { goal: g, offer: code - h * stride, words });
			}
		});
		const kept = [...candidates.entries()]
			.filter(([h]) => {
				const helper = indexed[h] as Indexed;
				return !introducedFolded(seeker.intros, seeker.name, helper.intros, helper.name);
			})
			.sort(([h1, c1], [h2, c2]) => {
				const a = (indexed[h1] as Indexed).subject.contact;
				const b = (indexed[h2] as Indexed).subject.contact;
				return c2.words.length - c1.words.length || tierRank(a) - tierRank(b) || NAME_ORDER.compare(a.name, b.name);
			})
			.slice(0, MAX_PER_SEEKER);
		for (const [h, c] of kept) {
			const helper = (indexed[h] as Indexed).subject.contact;
			best.push({
				seeker: ref(seeker.subject.contact),
				goal: seeker.subject.contact.goals[c.goal] ?? "",
				helper: ref(helper),
				offer: helper.offers[c.offer] ?? "",
				words: c.words,
				seekerIndex: s,
				helperIndex: h,
			});
		}
	});
	const pairs = new Map<string, { x: number; y: number; directions: IntroDirection[] }>();
	for (const d of best) {
		const [x, y] = d.seekerIndex < d.helperIndex ? [d.seekerIndex, d.helperIndex] : [d.helperIndex, d.seekerIndex];
		const key = `${x}:${y}`;
		const pair = pairs.get(key) ?? { x, y, directions: [] };
		pair.directions.push({ seeker: d.seeker, goal: d.goal, helper: d.helper, offer: d.offer, words: d.words });
		pairs.set(key, pair);
	}
	const out: Introduction[] = [];
	for (const p of pairs.values()) {
		p.directions.sort((d1, d2) => d2.words.length - d1.words.length || NAME_ORDER.compare(d1.seeker.name, d2.seeker.name));
		const first = p.directions[0] as IntroDirection;
		// Each word once by its folded form: "payments" in one direction is "payment" in the other.
		const byKey = new Map<string, string>();
		for (const w of p.directions.flatMap((d) => d.words)) {
			const key = foldPlural(foldName(w));
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
