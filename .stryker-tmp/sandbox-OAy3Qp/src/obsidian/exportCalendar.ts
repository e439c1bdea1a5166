/**
 * The "Export calendar" command: writes the calendar feed (src/core/exchange/calendarFeed.ts)
 * to `Tend.ics` at the top of the vault. A calendar app can subscribe to that file where a
 * sync service publishes it, or import it; running the command again rewrites the file, and
 * the events keep their UIDs, so the app updates them instead of adding copies.
 *
 * The logs are read first (a due date depends on the newest touchpoint), so the feed is
 * complete even right after Obsidian starts.
 */
// @ts-nocheck

import { Notice, TFile, normalizePath, type App } from "obsidian";
import { calendarEvents } from "../core/exchange/calendarFeed";
import { renderCalendar } from "../core/exchange/icsWriter";
import { plural } from "../core/words";
import type { ExchangeServices } from "./importContacts";

export const CALENDAR_FILE = "Tend.ics";

/** Writes the feed; returns the vault path written, or null (with a notice) when it could not. */
export async function exportCalendar(app: App, services: ExchangeServices, now: number = Date.now()): Promise<string | null> {
	await services.index.readAll();
	const contacts = services.index.all();
	const events = calendarEvents(contacts, services.clock.today(), services.settings(), { vaultName: app.vault.getName() });
	const text = renderCalendar(events, { name: "Tend", stampMs: now });
	const path = normalizePath(CALENDAR_FILE);
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing && !(existing instanceof TFile)) {
		new Notice(`Tend: ${path} is a folder, so the calendar was not written.`);
		return null;
	}
	if (existing instanceof TFile) await app.vault.process(existing, () => text);
	else await app.vault.create(path, text);
	new Notice(`Tend: wrote ${plural(events.length, "event")} for ${plural(contacts.length, "contact")} to ${path}.`);
	return path;
}
