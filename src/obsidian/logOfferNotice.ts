/**
 * The log offer (issue 10, item 6; setting `mentions.offerLog`, off by default): when a dated
 * note that links contacts is saved, a notice offers to add the meeting to each contact's own
 * log too, with a "Log it" button. The decision is the core's (src/core/mentions/logOffer.ts):
 * at most once per note and day, only contacts the note mentions, and not a contact whose log
 * already has its newest entry on the note's day. The entries are written as one action
 * through the safe writer, so one Undo takes them all back.
 */
import { Notice } from "obsidian";
import { formatDay } from "../core/calendar";
import { logTouchpoint } from "../core/edits/requests";
import type { Mention } from "../core/mentions/interpret";
import { decideLogOffer, pruneOffers } from "../core/mentions/logOffer";
import { mentionName } from "../core/mentions/withMentions";
import type { TendSettings } from "../core/settings";
import type { TendActions } from "./actions";
import type { Clock } from "./clock";
import type { ContactIndex } from "./contactIndex";

/** How long the offer stays up: long enough to finish a sentence and decide. */
const OFFER_MS = 15_000;

export class LogOffers {
	private offered = new Set<string>();

	constructor(
		private readonly index: ContactIndex,
		private readonly actions: TendActions,
		private readonly settings: () => TendSettings,
		private readonly clock: Clock,
	) {}

	/** A note was saved and read: offer to log its mentions, if the rules say so. */
	consider(source: string, mentions: readonly Mention[]): void {
		const settings = this.settings();
		if (!settings.mentions.offerLog || mentions.length === 0) return;
		const today = this.clock.today();
		this.offered = pruneOffers(this.offered, today);
		const offer = decideLogOffer({
			enabled: true,
			source,
			mentions,
			today,
			// The contact keeps a digest of its log: its newest entry's day is the one known here.
			loggedDays: (contact) => {
				const newest = this.index.get(contact)?.log.newest;
				return new Set(newest === null || newest === undefined ? [] : [newest]);
			},
			offered: this.offered,
		});
		if (!offer) return;
		this.offered.add(offer.key);
		const contacts = offer.contacts.map((p) => this.index.get(p)).filter((c) => c !== undefined);
		if (contacts.length === 0) return;
		const names = contacts.map((c) => c.name).join(", ");
		const note = mentionName(source);
		const fragment = createFragment((f) => {
			f.createSpan({ cls: "tend-notice-message", text: `Tend: log the meeting of ${formatDay(offer.day)} with ${names} in their notes too?` });
			const button = f.createEl("button", { cls: "tend-notice-log", text: "Log it", attr: { "aria-label": `Log the meeting with ${names}` } });
			button.addEventListener("click", () => {
				button.disabled = true;
				void this.actions.writeGroup(
					`Logged the meeting of ${formatDay(offer.day)} with ${names}.`,
					contacts.map((c) => ({
						kind: "edit" as const,
						path: c.path,
						edit: (text: string, current) => logTouchpoint(text, { date: offer.day, kind: "meeting", summary: `Noted in [[${note}]]`, hours: null, name: current?.name ?? c.name }, this.settings()),
					})),
				);
			});
		});
		new Notice(fragment, OFFER_MS);
	}
}
