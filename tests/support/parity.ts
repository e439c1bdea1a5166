/**
 * The reader parity check, shared by tests/obsidian/readerParity.test.ts and `npm run
 * test:corpus`: the CLI's reader (`contactFromText`, gray-matter) and the plugin's
 * (`contactFromCache` over a metadata cache as the fake Obsidian builds it, plus the text)
 * must give the same Contact, diagnostics included, and under the contacts the CLI's reader,
 * the core's parser and the cache must agree on the block and its values.
 */
import { readNoteText } from "../../src/cli/noteReader";
import { contactFromText as cliContact } from "../../src/cli/vault";
import type { Day } from "../../src/core/calendar";
import { deepEqual } from "../../src/core/edits/result";
import { parseFrontmatter } from "../../src/core/frontmatter";
import type { TendSettings } from "../../src/core/settings";
import { contactFromCache, withLogFromCache } from "../../src/obsidian/contactNote";
import { indexNote } from "../obsidian/fakeObsidian";

/** What the two readers and the core make of one note, in words; empty when they agree. */
export function readerDisagreements(path: string, text: string, settings: TendSettings, today: Day | null): string[] {
	const problems: string[] = [];
	const cli = cliContact(path, text, settings, today);
	const cache = indexNote(text);
	const plugin = contactFromCache(path, cache, text, settings, today);
	if (!deepEqual(plugin, cli)) problems.push(`contacts differ:\n  cli    ${JSON.stringify(cli)}\n  plugin ${JSON.stringify(plugin)}`);
	// The plugin's two steps (the cache at start, the log once the text is in) give the same contact.
	const first = contactFromCache(path, cache, null, settings, today);
	const second = first ? withLogFromCache(first, cache, text, settings, today) : null;
	if (second !== null && !deepEqual(second, plugin)) problems.push(`the log read onto the cache's contact differs:\n  at once ${JSON.stringify(plugin)}\n  in two  ${JSON.stringify(second)}`);
	// Below the contacts: the CLI's gray-matter reader, the core and the metadata cache agree on
	// the block and its values, so no setting can make them disagree later.
	const core = parseFrontmatter(text);
	const gray = readNoteText(text);
	if (gray.bodyStart !== core.bodyStart) problems.push(`the body starts at ${gray.bodyStart} for the CLI, ${core.bodyStart} for the core`);
	if (!deepEqual(gray.frontmatter, core.kind === "ok" ? core.data : null)) problems.push(`the CLI reads ${JSON.stringify(gray.frontmatter)}`);
	if (!deepEqual(gray.problem, core.kind === "error" ? core.problem : null)) problems.push(`the CLI's problem is ${JSON.stringify(gray.problem)}`);
	if (core.kind === "ok" && !deepEqual(cache.frontmatter, core.data)) problems.push(`the cache holds ${JSON.stringify(cache.frontmatter)}`);
	if (core.kind !== "ok" && cache.frontmatter !== undefined) problems.push(`the cache has properties the core does not: ${JSON.stringify(cache.frontmatter)}`);
	if ((core.kind === "none") !== (cache.frontmatterPosition === undefined)) problems.push("the cache and the core disagree on whether there is a block");
	return problems;
}
