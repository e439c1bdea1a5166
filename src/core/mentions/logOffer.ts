/**
 * The optional offer (issue 10, item 6; setting `mentions.offerLog`): when a dated note that
 * links a contact is saved, a Notice with a button offers to add the meeting to the contact's
 * own log too. This is the decision alone, pure: which contacts to offer, and whether this note
 * was already offered today. The plugin shows the Notice and, on the button, logs a `meeting`
 * touchpoint through the usual edit for each contact.
 *
 * Rules:
 * - at most one offer per note and day (the day the note is saved), whatever the number of saves;
 * - only contacts the note mentions (interpret.ts: a counting link, the note dated today or
 *   earlier), and only those whose log has no entry on the note's day yet: a contact whose
 *   meeting is already logged needs no offer;
 * - nothing when the setting is off or no contact is left.
 */
import type { Day } from "../calendar";
import type { Mention } from "./interpret";

export interface LogOfferInput {
	enabled: boolean;
	/** The saved note. */
	source: string;
	/** The note's mentions, as the reader found them after the save. */
	mentions: readonly Mention[];
	today: Day;
	/** The days each contact's log already has an entry on, by contact path. */
	loggedDays: (contact: string) => ReadonlySet<Day>;
	/** Keys of the offers already made (offerKey), kept by the caller for the session. */
	offered: ReadonlySet<string>;
}

export interface LogOffer {
	/** Record this key once the offer is shown: the note is not offered again today. */
	key: string;
	/** The contacts to offer, in path order. */
	contacts: string[];
	/** The note's day, the date of the entries the offer would log. */
	day: Day;
}

/** The key of an offer: one per note and day. */
export function offerKey(source: string, today: Day): string {
	return `${today}\u0000${source}`;
}

/** The offer to make after `source` was saved, or null. */
export function decideLogOffer(input: LogOfferInput): LogOffer | null {
	if (!input.enabled || input.mentions.length === 0) return null;
	const key = offerKey(input.source, input.today);
	if (input.offered.has(key)) return null;
	const mine = input.mentions.filter((m) => m.source === input.source && m.day <= input.today);
	const day = mine[0]?.day;
	if (day === undefined) return null;
	const contacts = [...new Set(mine.filter((m) => !input.loggedDays(m.contact).has(m.day)).map((m) => m.contact))].sort();
	return contacts.length === 0 ? null : { key, contacts, day };
}

/** The offers made before today are of no more use: the keys of today's, to keep. */
export function pruneOffers(offered: Iterable<string>, today: Day): Set<string> {
	const prefix = `${today}\u0000`;
	return new Set([...offered].filter((k) => k.startsWith(prefix)));
}
