/**
 * `tend due --tier A --tag work --folder People/Work`: the due list of part of the vault.
 * Each flag takes a comma list (`--tier A,B`: a flag is given once, as every flag is); the
 * rules are src/core/insights/filters.ts's. The weekly load and the top tier's size are the
 * whole vault's whatever the filter: capacity is about everyone you keep up with.
 */
import { capacityOf } from "../core/capacity";
import { capacityWarnings } from "../core/insights/capacityNotes";
import { describeFilter, filterContacts, filterList, isFiltering, type ContactFilter } from "../core/insights/filters";
import type { TendSettings } from "../core/settings";
import { stringFlag, UsageError, type FlagSpec, type ParsedArgs } from "./args";
import { contactNotes } from "./format";
import { profilesOf } from "./profiles";
import type { LoadedVault } from "./vault";

export const DUE_FILTER_FLAGS: Record<string, FlagSpec> = { tier: { value: true }, tag: { value: true }, folder: { value: true } };

/** The filter the flags ask for; a tier that is not in the settings is a usage error. */
export function dueFilterOf(args: ParsedArgs, settings: TendSettings): ContactFilter {
	const tiers = filterList(stringFlag(args, "tier"));
	const names = settings.tiers.map((t) => t.name);
	for (const t of tiers) {
		if (names.includes(t)) continue;
		const near = names.find((n) => n.toLowerCase() === t.toLowerCase());
		throw new UsageError(`--tier ${t} is not a tier${near === undefined ? "" : ` (tier names are compared as written: did you mean ${near}?)`}; the tiers are ${names.join(", ")}`);
	}
	return { tiers, tags: filterList(stringFlag(args, "tag")), folders: filterList(stringFlag(args, "folder")) };
}

/**
 * The vault with only the contacts that pass, and only their diagnostics (problems of the
 * settings or of notes that could not be read stay).
 */
export function filterVault(vault: LoadedVault, filter: ContactFilter, today: number): LoadedVault {
	if (!isFiltering(filter)) return vault;
	const tags = filter.tags.length > 0 ? new Map(profilesOf(vault, today).map((p) => [p.contact.path, p.tags])) : new Map<string, string[]>();
	const contacts = filterContacts(vault.contacts, filter, (c) => tags.get(c.path) ?? []);
	const kept = new Set(contacts.map((c) => c.path));
	const all = new Set(vault.contacts.map((c) => c.path));
	return { ...vault, contacts, diagnostics: vault.diagnostics.filter((d) => kept.has(d.path) || !all.has(d.path)) };
}

/** What `tend due` prints when the filter leaves nobody. */
export function noneMatchText(vault: LoadedVault, filter: ContactFilter): string {
	return `Tend: no contact note matches ${describeFilter(filter)} (of ${contactNotes(vault.contacts.length)}).\n`;
}

/** Lines after the due list: which part of the vault it shows, and capacity warnings. */
export function dueFooter(whole: LoadedVault, shown: LoadedVault, filter: ContactFilter): string {
	const lines: string[] = [];
	if (isFiltering(filter)) lines.push(`Showing ${describeFilter(filter)}: ${shown.contacts.length} of ${contactNotes(whole.contacts.length)}.`);
	for (const w of capacityWarnings(capacityOf(whole.contacts, whole.settings))) lines.push(`Warning: ${w}`);
	return lines.map((l) => `${l}\n`).join("");
}
