/**
 * Who would value this: the contacts whose interests, goals, offers, tags, company or location
 * share a significant word (keywords.ts) with a query: an article's title, a note's tags and
 * topics, or words typed after `tend match`.
 *
 * Best first: more query words matched; then the weight of the fields they matched in, each
 * word counted once at its best field (interests and goals 3, offers and tags 2, company and
 * location 1: what a person cares about says more than where they work); then tier order,
 * then name.
 */
import type { Contact } from "../contact";
import { keywords, type Keyword } from "./keywords";
import type { Profile } from "./profile";

export type MatchField = "interests" | "goals" | "offers" | "tags" | "company" | "location";

export const FIELD_WEIGHT: Readonly<Record<MatchField, number>> = { interests: 3, goals: 3, offers: 2, tags: 2, company: 1, location: 1 };

export interface MatchHit {
	field: MatchField;
	/** The item as written in the note. */
	value: string;
	/** The query's words it holds, as typed in the query (lower case). */
	words: string[];
}

export interface Match {
	contact: Pick<Contact, "name" | "path" | "tier" | "tierIndex">;
	/** The query's words that matched, in the query's order. */
	words: string[];
	score: number;
	hits: MatchHit[];
}

export type MatchSubject = Pick<Profile, "tags" | "company" | "location"> & {
	contact: Pick<Contact, "name" | "path" | "tier" | "tierIndex" | "interests" | "goals" | "offers">;
};

/** Every item a contact can be matched on, field by field. */
export function matchItems(s: MatchSubject): { field: MatchField; value: string }[] {
	const out: { field: MatchField; value: string }[] = [];
	for (const v of s.contact.interests) out.push({ field: "interests", value: v });
	for (const v of s.contact.goals) out.push({ field: "goals", value: v });
	for (const v of s.contact.offers) out.push({ field: "offers", value: v });
	for (const v of s.tags) out.push({ field: "tags", value: v });
	if (s.company !== null) out.push({ field: "company", value: s.company });
	if (s.location !== null) out.push({ field: "location", value: s.location });
	return out;
}

/** The query's significant words (what is matched), from the words or phrases given. */
export function queryKeywords(query: readonly string[]): Keyword[] {
	return keywords(query.join(" "));
}

const NAME_ORDER = new Intl.Collator("en", { sensitivity: "base", numeric: true });

export function matchContacts(subjects: readonly MatchSubject[], query: readonly string[]): Match[] {
	const wanted = queryKeywords(query);
	if (wanted.length === 0) return [];
	const out: Match[] = [];
	// Many contacts share a company, a location or a tag: fold each text once.
	const keysOf = new Map<string, Set<string>>();
	const keysFor = (text: string) => {
		let keys = keysOf.get(text);
		if (keys === undefined) {
			keys = new Set(keywords(text).map((k) => k.key));
			keysOf.set(text, keys);
		}
		return keys;
	};
	for (const s of subjects) {
		const hits: MatchHit[] = [];
		const best = new Map<string, number>();
		for (const item of matchItems(s)) {
			const keys = keysFor(item.value);
			const words = wanted.filter((w) => keys.has(w.key));
			if (words.length === 0) continue;
			hits.push({ field: item.field, value: item.value, words: words.map((w) => w.word) });
			for (const w of words) best.set(w.key, Math.max(best.get(w.key) ?? 0, FIELD_WEIGHT[item.field]));
		}
		if (hits.length === 0) continue;
		let score = 0;
		for (const weight of best.values()) score += weight;
		const { name, path, tier, tierIndex } = s.contact;
		out.push({ contact: { name, path, tier, tierIndex }, words: wanted.filter((w) => best.has(w.key)).map((w) => w.word), score, hits });
	}
	const tierRank = (m: Match) => (m.contact.tierIndex < 0 ? Number.MAX_SAFE_INTEGER : m.contact.tierIndex);
	return out.sort((a, b) => b.words.length - a.words.length || b.score - a.score || tierRank(a) - tierRank(b) || NAME_ORDER.compare(a.contact.name, b.contact.name));
}
