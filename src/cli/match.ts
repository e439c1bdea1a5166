/**
 * `tend match WORDS... [--json]`: who would value this article, this event, this note. Lists
 * the contacts whose interests, goals, offers, tags, company or location share a significant
 * word with the query, best first (src/core/insights/match.ts says how they rank).
 */
import { keywords } from "../core/insights/keywords";
import { matchContacts, queryKeywords, type Match } from "../core/insights/match";
import { plural } from "../core/words";
import { switchFlag, UsageError } from "./args";
import { displayWidth, padEnd, truncate } from "./format";
import { loadProfiles } from "./profiles";
import { vaultArgs, type CommandIo } from "./vaultArgs";

const NAME_MAX = 28;

/** "eu, ai and regulation". */
export function wordList(words: readonly string[], last = "and"): string {
	if (words.length <= 1) return words.join("");
	return `${words.slice(0, -1).join(", ")} ${last} ${words[words.length - 1] ?? ""}`;
}

function matchJson(m: Match) {
	return { name: m.contact.name, path: m.contact.path, tier: m.contact.tier, words: m.words, score: m.score, hits: m.hits };
}

export function formatMatches(query: readonly string[], matches: readonly Match[]): string {
	const shown = query.join(" ");
	const words = queryKeywords(query).map((k) => k.word);
	if (matches.length === 0) return `Nobody's interests, goals, offers, tags, company or location mention ${wordList(words, "or")}.\n`;
	const out = [`Who would value "${shown}": ${plural(matches.length, "contact")}`, ""];
	const nameWidth = Math.min(NAME_MAX, Math.max(...matches.map((m) => displayWidth(m.contact.name))));
	const tierWidth = Math.max(1, ...matches.map((m) => displayWidth(m.contact.tier ?? "-")));
	const indent = " ".repeat(2 + nameWidth + 2 + tierWidth + 2);
	for (const m of matches) {
		out.push(`  ${padEnd(truncate(m.contact.name, nameWidth), nameWidth)}  ${padEnd(m.contact.tier ?? "-", tierWidth)}  ${m.words.join(", ")}`);
		for (const h of m.hits) out.push(`${indent}${h.field}: ${h.value}`);
	}
	return `${out.join("\n")}\n`;
}

export function cmdMatch(io: CommandIo, argv: readonly string[]): number {
	const { args, root, today } = vaultArgs(io, argv, { json: { value: false } });
	const query = args.positionals;
	if (query.length === 0) throw new UsageError('match what? Give some words: tend match "EU AI regulation"');
	if (keywords(query.join(" ")).length === 0) {
		throw new UsageError(`"${query.join(" ")}" has no word to match: common words such as "the", "for" or "help" are left out`);
	}
	const { profiles } = loadProfiles(root, today);
	const matches = matchContacts(profiles, query);
	if (switchFlag(args, "json")) {
		const out = { query, words: queryKeywords(query).map((k) => k.word), contacts: matches.map(matchJson) };
		io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
	} else io.stdout.write(formatMatches(query, matches));
	return 0;
}
