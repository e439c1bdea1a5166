/**
 * What the due list view remembers between sessions: the tier filter and which of its own
 * parts are collapsed. It is kept in the browser's local storage under a key that names the
 * vault, not in the plugin's settings: it is a way of looking, not a setting, so it should not
 * sync to another device through data.json, and each vault keeps its own. (Obsidian's own
 * `App.loadLocalStorage`, which keys by vault, needs Obsidian 1.8.7; Tend supports 1.7.2.)
 * Two vaults with the same folder name share it, which costs nothing worse than a filter.
 */
import type { App } from "obsidian";

export interface ViewState {
	/** The tier shown, or null for all. */
	tier: string | null;
	/** Ids of the collapsed parts ("this-week", "forecast"). */
	collapsed: string[];
}

export function viewStateKey(app: App): string {
	return `tend-due-view:${app.vault.getName()}`;
}

export function loadViewState(app: App): ViewState {
	let raw: unknown = null;
	try {
		const text = window.localStorage.getItem(viewStateKey(app));
		raw = text === null ? null : (JSON.parse(text) as unknown);
	} catch {
		// Storage turned off, or a value that is not ours: start from the defaults.
		raw = null;
	}
	const o = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
	return {
		tier: typeof o.tier === "string" && o.tier !== "" ? o.tier : null,
		collapsed: Array.isArray(o.collapsed) ? o.collapsed.filter((c): c is string => typeof c === "string") : [],
	};
}

export function saveViewState(app: App, state: ViewState): void {
	try {
		window.localStorage.setItem(viewStateKey(app), JSON.stringify({ tier: state.tier, collapsed: state.collapsed }));
	} catch {
		// Storage full or turned off: the state lasts for this session only.
	}
}
