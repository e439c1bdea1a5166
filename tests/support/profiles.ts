/**
 * Profiles for the practice tests (src/core/insights/profile.ts): a Contact from the
 * ContactBuilder, its log as the entries, and the matching-only properties given by hand.
 */
import type { Contact } from "../../src/core/contact";
import type { Profile } from "../../src/core/insights/profile";
import { DEFAULT_SETTINGS, type TendSettings } from "../../src/core/settings";
import { ContactBuilder } from "./contactBuilder";

export function profile(
	contact: ContactBuilder | Contact,
	extra: Partial<Pick<Profile, "tags" | "company" | "location">> = {},
	settings: TendSettings = DEFAULT_SETTINGS,
): Profile {
	const built = contact instanceof ContactBuilder ? contact.build(settings) : null;
	const c = built ?? (contact as Contact);
	return { contact: c, entries: built?.touchpoints ?? [], tags: extra.tags ?? [], company: extra.company ?? null, location: extra.location ?? null };
}
