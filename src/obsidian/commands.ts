/**
 * Tend's commands. No default hotkeys (users pick their own); ids without the plugin id and
 * names in sentence case, as Obsidian's guidelines ask (Obsidian adds "Tend: " in front).
 * The palette shows "Tend: Undo last change", which says whose change it undoes next to the
 * editor's own Undo (Obsidian's review rules forbid repeating the plugin's name in a name).
 */
import type { Plugin } from "obsidian";
import type { TendActions } from "./actions";
import type { DailyChecklist } from "./dailyChecklist";
import { exportCalendar } from "./exportCalendar";
import { importContacts } from "./importContacts";
import type { Practices } from "./practices";

export function registerCommands(plugin: Plugin, actions: TendActions, openDueList: () => Promise<void>, practices: { practices: Practices; openPanel: () => Promise<void> }): void {
	plugin.addCommand({ id: "open-due-list", name: "Open due list", callback: () => openDueList() });
	plugin.addCommand({
		id: "log-touchpoint",
		name: "Log a touchpoint",
		callback: () => actions.withContact("Log a touchpoint with…", (c) => actions.logTouchpoint(c)),
	});
	plugin.addCommand({ id: "snooze", name: "Snooze a contact", callback: () => actions.withContact("Snooze…", (c) => actions.snooze(c)) });
	plugin.addCommand({ id: "add-promise", name: "Add a promise", callback: () => actions.withContact("Promise to…", (c) => actions.addPromise(c)) });
	plugin.addCommand({
		id: "keep-promise",
		name: "Mark a promise kept",
		callback: () => actions.withContact("Kept a promise to…", (c) => actions.keepPromise(c)),
	});
	plugin.addCommand({ id: "move-promise", name: "Move a promise", callback: () => actions.withContact("Move a promise to…", (c) => actions.movePromise(c)) });
	plugin.addCommand({ id: "new-contact", name: "New contact", callback: () => actions.newContact() });
	plugin.addCommand({ id: "check-contact-notes", name: "Check contact notes", callback: () => actions.checkNotes() });
	plugin.addCommand({ id: "export-calendar", name: "Export calendar", callback: () => void exportCalendar(plugin.app, actions) });
	plugin.addCommand({ id: "import-contacts", name: "Import contacts", callback: () => importContacts(plugin.app, actions) });
	plugin.addCommand({ id: "undo-last-change", name: "Undo last change", callback: () => actions.undoLast() });
	const p = practices.practices;
	plugin.addCommand({ id: "open-contact-panel", name: "Open contact panel", callback: () => practices.openPanel() });
	plugin.addCommand({ id: "prepare-conversation", name: "Prepare for a conversation", callback: () => p.prepare() });
	plugin.addCommand({ id: "who-would-value-this-note", name: "Who would value this note?", callback: () => p.whoWouldValue() });
	plugin.addCommand({ id: "suggest-introductions", name: "Suggest introductions", callback: () => p.suggestIntros() });
	plugin.addCommand({ id: "log-touchpoint-several", name: "Log a touchpoint with several contacts", callback: () => p.logSeveral() });
	plugin.addCommand({ id: "show-network-stats", name: "Show network stats", callback: () => p.showStats() });
}

/** The daily note's checklist (dailyChecklist.ts): made or brought up to date, the note created when missing. */
export function registerDailyNoteCommand(plugin: Plugin, daily: DailyChecklist): void {
	plugin.addCommand({ id: "add-reach-outs-to-daily-note", name: "Add today's reach-outs to the daily note", callback: () => void daily.addToDailyNote(true) });
}
