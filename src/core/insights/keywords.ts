/**
 * Significant words: what `tend match` and `tend intros` compare. A note's interests, goals
 * and offers are short phrases people type ("intros to seed investors", "EU AI regulation"),
 * so a phrase is reduced to the words that carry its meaning:
 *
 * - split at anything that is not a letter or a digit (`data-contracts` is two words);
 * - case and accents folded (`Zürich` is `zurich`), as contact names are;
 * - stop words left out: a small English list (`the`, `to`, `for`, ...) and the words every
 *   goal or offer shares and that say nothing about its subject (`help`, `advice`, `intro`,
 *   `find`, `need`, ...): otherwise every goal "find X" would match every offer "find Y";
 * - one-letter words and bare numbers left out (`Series A` is `series`, `2026` nothing), while
 *   `Q1` or `AI` stay;
 * - plurals folded by a few English rules (`investors` -> `investor`, `companies` ->
 *   `company`, `launches` -> `launch`; `status`, `analysis` and `class` are left alone). The
 *   rules are applied to both sides alike, so a folded form that is not a real word
 *   (`series` -> `sery`) still matches itself; people are shown the words as they typed them.
 *
 * No stemmer package: the rules above fit in a screen, are easy to predict, and a stemmer
 * that merges `organ` and `organization` would suggest worse matches.
 */
import { foldName } from "../similar";

const ENGLISH = `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each else even ever every few for from
further had has have having he her here hers herself him himself his how i if in into is it its itself just
let like may me might more most much must my myself no nor not now of off on once only or other our ours
ourselves out over own per same she should so some such than that the their theirs them themselves then
there these they this those through thus to too under until up upon us very via was we were what when where
which while who whom whose why will with within without would yet you your yours yourself yourselves`;

// Words that every goal and offer may hold whatever it is about.
const FILLER = `advice advise advising ask asking better best build building connect connecting find finding
get getting good great help helping helps intro introduce introducing introduction intros look looking
make making need needs new offer offering plan planning question questions someone something start
starting support thing things try trying want wanted wants way work working`;

export const STOP_WORDS: ReadonlySet<string> = new Set(`${ENGLISH} ${FILLER}`.split(/\s+/).filter((w) => w !== ""));

/** One word's plural folded to its singular by a few rules (see the file's comment). */
export function foldPlural(word: string): string {
	if (word.length <= 3) return word;
	if (/(?:ss|us|is|ous)$/.test(word)) return word;
	if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
	if (/(?:sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
	if (word.endsWith("s")) return word.slice(0, -1);
	return word;
}

export interface Keyword {
	/** The folded form that is compared. */
	key: string;
	/** The word as written, in lower case: what a person is shown. */
	word: string;
}

const SPLIT = /[^\p{L}\p{N}]+/u;

/** The significant words of a text, in order, each once (by its folded form). */
export function keywords(text: string): Keyword[] {
	const out: Keyword[] = [];
	const seen = new Set<string>();
	for (const raw of text.split(SPLIT)) {
		if (raw === "") continue;
		const word = raw.toLowerCase();
		const folded = foldName(raw);
		if (folded.length < 2 || /^\p{N}+$/u.test(folded) || STOP_WORDS.has(folded)) continue;
		const key = foldPlural(folded);
		if (STOP_WORDS.has(key) || seen.has(key)) continue;
		seen.add(key);
		out.push({ key, word });
	}
	return out;
}

/** The folded forms of the significant words of several texts. */
export function keySet(texts: readonly string[]): Set<string> {
	const out = new Set<string>();
	for (const t of texts) for (const k of keywords(t)) out.add(k.key);
	return out;
}
