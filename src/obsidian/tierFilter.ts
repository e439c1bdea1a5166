/**
 * The due list view's tier filter: the sections, their counts and "next due" for one tier
 * (or all). Pure (no `obsidian` import): it reads the core's due-list model and leaves it as
 * it is, so the model stays the one source of the sections' order.
 *
 * A contact belongs to a tier by its place in the settings' tiers (`tierIndex`), so a note
 * that spells its tier in another case still counts. The counts beside each tier are the
 * contacts on the due list (the four schedule sections), as in the header's title.
 */
import type { Day } from "../core/calendar";
import type { Contact } from "../core/contact";
import { DueList, LISTED_SECTIONS, type NextDue, type SectionSummary } from "../core/dueList/model";
import type { TendSettings } from "../core/settings";

export interface TierCount {
	/** The tier's name, as in the settings. */
	tier: string;
	/** Its place in the settings' tiers. */
	index: number;
	/** Contacts of the tier on the due list. */
	listed: number;
}

export interface TierCounts {
	all: number;
	tiers: TierCount[];
}

/** Contacts on the due list, in all and per tier of the settings (counts the model keeps: no contact is visited). */
export function tierCounts(model: DueList, settings: TendSettings): TierCounts {
	let all = 0;
	for (const id of LISTED_SECTIONS) all += model.count(id);
	return { all, tiers: settings.tiers.map((t, index) => ({ tier: t.name, index, listed: model.listedInTier(index) })) };
}

/** The place of a tier's name in the settings, or -1 (a remembered tier since removed). */
export function tierIndexOf(settings: TendSettings, tier: string | null): number {
	if (tier === null) return -1;
	return settings.tiers.findIndex((t) => t.name === tier);
}

export interface FilteredSection {
	section: SectionSummary;
	/**
	 * The places in the model's section of the rows shown, ascending: the tier's; null when
	 * every row of the section is shown (row i is the model's row i), so showing all tiers
	 * visits no contact.
	 */
	indices: number[] | null;
}

/**
 * The sections with the places of their rows, only the tier's rows when `tierIndex` is 0 or
 * more; empty sections left out. Only contacts are looked at: no row is put into words here
 * (the view does that for the rows it draws). For one tier this visits every row of the
 * sections: the view keeps the result for as long as the model's revision stays.
 */
export function filteredSections(model: DueList, tierIndex: number): FilteredSection[] {
	if (tierIndex < 0) return model.sections().map((section) => ({ section, indices: null }));
	const out: FilteredSection[] = [];
	for (const section of model.sections()) {
		const indices: number[] = [];
		for (let i = 0; i < section.count; i++) if (tierIndex < 0 || model.contactAt(section.id, i)?.tierIndex === tierIndex) indices.push(i);
		if (indices.length > 0) out.push({ section: tierIndex < 0 ? section : { ...section, count: indices.length }, indices });
	}
	return out;
}

/** Contacts on the due list among the filtered sections. */
export function listedIn(sections: readonly FilteredSection[]): number {
	return sections.filter((s) => (LISTED_SECTIONS as readonly string[]).includes(s.section.id)).reduce((n, s) => n + s.section.count, 0);
}

/**
 * Who of the tier comes due first when none of them is due now: the model's own rule
 * (`DueList.next`) over the tier's contacts only.
 */
export function nextDueIn(model: DueList, tierIndex: number, today: Day, settings: TendSettings): NextDue | null {
	if (tierIndex < 0) return model.next();
	const contacts: Contact[] = model.contacts().filter((c) => c.tierIndex === tierIndex);
	return new DueList(contacts, today, settings).next();
}
