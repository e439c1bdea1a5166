/**
 * Tend's settings: one plain object that the plugin saves with `saveData` (as
 * `.obsidian/plugins/tend/data.json`) and the `tend` command line reads from the same file,
 * so both see the same tiers, kinds and key names.
 */
import { parseCadence } from "./cadence";
import type { Diagnostic, Severity } from "./diagnostics";
import { editDistance, nearLimit } from "./similar";
import { validateTemplate } from "./template";

export type Direction = "give" | "ask" | "neutral";

export interface TierSetting {
	/** The value of the `tier` property, compared as text. */
	name: string;
	/** A cadence such as `4-6w`. */
	cadence: string;
	/**
	 * Optional "positive rule": at least one give or neutral touchpoint this often (for
	 * example `13w`). Empty means no rule.
	 */
	positiveEvery: string;
}

export interface KindSetting {
	name: string;
	direction: Direction;
}

/** Frontmatter key names; a user may already call `last_contact` something else. */
export interface KeyNames {
	tier: string;
	cadence: string;
	lastContact: string;
	promises: string;
	snoozeUntil: string;
	birthday: string;
	dates: string;
	busy: string;
	interests: string;
	goals: string;
	offers: string;
	difficult: string;
	type: string;
}

export type LogOrder = "newest-first" | "oldest-first";

/**
 * Contact recorded where it happens (src/core/mentions): a link to a contact from a dated note
 * (a daily note, a meeting note) is a `meeting` touchpoint on the note's day, and an open task
 * that links a contact and has a due date is a promise to them.
 */
export interface MentionSettings {
	/** Read dated notes and tasks at all. */
	enabled: boolean;
	/** Only notes under these vault folders count as dated notes (subfolders included). Empty: every folder. */
	includeFolders: string[];
	/** Notes under these folders are never dated notes (an archive, templates). */
	excludeFolders: string[];
	/** The frontmatter property that dates a note (`date: 2026-11-20` or `2026-11-20T10:30`). */
	dateKey: string;
	/** When a dated note that links a contact is saved, offer to add a log entry to the contact's note too. */
	offerLog: boolean;
}

export interface TendSettings {
	/** Notes under this vault folder (subfolders included) are contacts. Empty: off. */
	contactsFolder: string;
	/** Notes with this tag (nested tags count) are contacts. Empty: off. */
	contactTag: string;
	/** Notes whose `type` property has this value are contacts. Empty: off. */
	contactType: string;
	keys: KeyNames;
	/** In order of importance: the first tier ranks first when two contacts tie. */
	tiers: TierSetting[];
	kinds: KindSetting[];
	/** The heading of the touchpoint log, with its level: `## Touchpoints`. */
	logHeading: string;
	logOrder: LogOrder;
	/** `{{date}}`, `{{kind}}`, `{{summary}}`, `{{hours}}`, `{{name}}`. */
	entryTemplate: string;
	/** A promise due within this many days is "soon". */
	promiseSoonDays: number;
	/** A birthday or yearly date within this many days is a reason to get in touch. */
	dateSoonDays: number;
	/** A busy period that ended within this many days is a reason to get in touch. */
	busyEndedDays: number;
	/** This many asks in a row, with no give or neutral entry between, is an "ask streak". */
	askStreak: number;
	/** Folder for notes made by the "new contact" command. Empty: the contacts folder. */
	newContactFolder: string;
	/** Optional template note for new contacts (vault path). */
	newContactTemplate: string;
	/**
	 * Touchpoints a week the user can really give. The weekly plan fits under it; the due
	 * list's header shows it beside the load the cadences imply (src/core/capacity.ts).
	 */
	weeklyCapacity: number;
	/**
	 * How many contacts the first tier should hold at most. Good practice keeps the inner
	 * circle to 10-15 people: more, and every touch gets shallow. Above it is a warning.
	 */
	topTierCapacity: number;
	/** The days of the week the user reaches out, ISO numbers (1 Monday ... 7 Sunday), in order. */
	reachOutDays: number[];
	mentions: MentionSettings;
}

export const DEFAULT_SETTINGS: TendSettings = {
	contactsFolder: "People",
	contactTag: "contact",
	contactType: "contact",
	keys: {
		tier: "tier",
		cadence: "cadence",
		lastContact: "last_contact",
		promises: "promises",
		snoozeUntil: "snooze_until",
		birthday: "birthday",
		dates: "dates",
		busy: "busy",
		interests: "interests",
		goals: "goals",
		offers: "offers",
		difficult: "difficult",
		type: "type",
	},
	tiers: [
		{ name: "A", cadence: "4-6w", positiveEvery: "13w" },
		{ name: "B", cadence: "10-13w", positiveEvery: "" },
		{ name: "C", cadence: "20-26w", positiveEvery: "" },
	],
	kinds: [
		{ name: "share", direction: "give" },
		{ name: "congrats", direction: "give" },
		{ name: "intro", direction: "give" },
		{ name: "help", direction: "give" },
		{ name: "thanks", direction: "give" },
		{ name: "promise-kept", direction: "give" },
		{ name: "ask", direction: "ask" },
		{ name: "check-in", direction: "neutral" },
		{ name: "meeting", direction: "neutral" },
		{ name: "call", direction: "neutral" },
		{ name: "promise-moved", direction: "neutral" },
	],
	logHeading: "## Touchpoints",
	logOrder: "newest-first",
	entryTemplate: "- {{date}} {{kind}} — {{summary}}",
	promiseSoonDays: 2,
	dateSoonDays: 7,
	busyEndedDays: 14,
	askStreak: 3,
	newContactFolder: "",
	newContactTemplate: "",
	weeklyCapacity: 10,
	topTierCapacity: 15,
	reachOutDays: [1, 2, 3, 4, 5],
	mentions: { enabled: true, includeFolders: [], excludeFolders: [], dateKey: "date", offerLog: false },
};

export interface SettingsProblem {
	/** The setting's name, as in data.json (`tiers[1].cadence`). */
	setting: string;
	/**
	 * `error`: a value Tend cannot use (it falls back to the default, so notes may be read in
	 * a way the user did not mean); `warning`: a field Tend does not know (a typo such as
	 * `contactFolder`, or a field of a newer version), which is left alone.
	 */
	severity: Severity;
	message: string;
}

export interface LoadedSettings {
	settings: TendSettings;
	problems: SettingsProblem[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function cloneDefaults(): TendSettings {
	return {
		...DEFAULT_SETTINGS,
		keys: { ...DEFAULT_SETTINGS.keys },
		tiers: DEFAULT_SETTINGS.tiers.map((t) => ({ ...t })),
		kinds: DEFAULT_SETTINGS.kinds.map((k) => ({ ...k })),
		reachOutDays: [...DEFAULT_SETTINGS.reachOutDays],
		mentions: { ...DEFAULT_SETTINGS.mentions, includeFolders: [], excludeFolders: [] },
	};
}

/**
 * Settings from whatever `loadData()` or data.json held: known fields of the right type
 * are taken, everything else falls back to the default and is reported. Never throws.
 */
export function loadSettings(data: unknown): LoadedSettings {
	const settings = cloneDefaults();
	const problems: SettingsProblem[] = [];
	if (data === null || data === undefined) return { settings, problems };
	if (!isRecord(data)) {
		problems.push({ setting: "(file)", severity: "error", message: "settings are not a JSON object; using the defaults" });
		return { settings, problems };
	}
	const bad = (setting: string, message: string) => problems.push({ setting, severity: "error", message });
	const unknown = (where: string, value: Record<string, unknown>, known: readonly string[]) => {
		for (const field of unknownFields(value, known)) {
			const name = where === "" ? field.name : `${where}.${field.name}`;
			const hint = field.suggestion === null ? "" : `; did you mean ${where === "" ? "" : `${where}.`}${field.suggestion}?`;
			problems.push({ setting: name, severity: "warning", message: `Tend has no such setting and does not read it${hint}` });
		}
	};
	unknown("", data, Object.keys(DEFAULT_SETTINGS));

	for (const key of [
		"contactsFolder",
		"contactTag",
		"contactType",
		"logHeading",
		"entryTemplate",
		"newContactFolder",
		"newContactTemplate",
	] as const) {
		if (!(key in data)) continue;
		const value = data[key];
		if (typeof value === "string") settings[key] = value;
		else bad(key, `${key} should be text; using "${DEFAULT_SETTINGS[key]}"`);
	}
	for (const key of ["promiseSoonDays", "dateSoonDays", "busyEndedDays", "askStreak"] as const) {
		if (!(key in data)) continue;
		const value = data[key];
		if (typeof value === "number" && Number.isInteger(value) && value >= 0) settings[key] = value;
		else bad(key, `${key} should be a whole number of 0 or more; using ${DEFAULT_SETTINGS[key]}`);
	}
	for (const key of ["weeklyCapacity", "topTierCapacity"] as const) {
		if (!(key in data)) continue;
		const value = data[key];
		if (typeof value === "number" && Number.isInteger(value) && value >= 1) settings[key] = value;
		else bad(key, `${key} should be a whole number of 1 or more; using ${DEFAULT_SETTINGS[key]}`);
	}
	if ("reachOutDays" in data) {
		const days = readWeekdays(data.reachOutDays);
		if (days) settings.reachOutDays = days;
		else bad("reachOutDays", `reachOutDays should be a non-empty list of weekdays, 1 (Monday) to 7 (Sunday); using ${DEFAULT_SETTINGS.reachOutDays.join(", ")}`);
	}
	if ("logOrder" in data) {
		if (data.logOrder === "newest-first" || data.logOrder === "oldest-first") settings.logOrder = data.logOrder;
		else bad("logOrder", `logOrder should be "newest-first" or "oldest-first"; using "newest-first"`);
	}
	if ("keys" in data) {
		if (isRecord(data.keys)) {
			unknown("keys", data.keys, Object.keys(DEFAULT_SETTINGS.keys));
			for (const name of Object.keys(DEFAULT_SETTINGS.keys) as (keyof KeyNames)[]) {
				const value = data.keys[name];
				if (value === undefined) continue;
				if (typeof value === "string" && value.trim() !== "") settings.keys[name] = value.trim();
				else bad(`keys.${name}`, `keys.${name} should be a property name; using "${DEFAULT_SETTINGS.keys[name]}"`);
			}
		} else bad("keys", "keys should be an object of property names; using the defaults");
	}
	if ("tiers" in data) {
		if (Array.isArray(data.tiers)) data.tiers.forEach((t, i) => isRecord(t) && unknown(`tiers[${i}]`, t, TIER_FIELDS));
		const tiers = readTiers(data.tiers, bad);
		if (tiers) settings.tiers = tiers;
	}
	if ("kinds" in data) {
		if (Array.isArray(data.kinds)) data.kinds.forEach((k, i) => isRecord(k) && unknown(`kinds[${i}]`, k, KIND_FIELDS));
		const kinds = readKinds(data.kinds, bad);
		if (kinds) settings.kinds = kinds;
	}
	if ("mentions" in data) {
		if (isRecord(data.mentions)) {
			unknown("mentions", data.mentions, Object.keys(DEFAULT_SETTINGS.mentions));
			readMentionSettings(data.mentions, settings.mentions, bad);
		} else bad("mentions", "mentions should be an object; using the defaults");
	}
	const template = validateTemplate(settings.entryTemplate);
	if (!template.ok) {
		bad("entryTemplate", `${template.error}; using "${DEFAULT_SETTINGS.entryTemplate}"`);
		settings.entryTemplate = DEFAULT_SETTINGS.entryTemplate;
	}
	return { settings, problems };
}

/** The fields of `mentions` that are given and of the right type; the rest keep their defaults. */
function readMentionSettings(data: Record<string, unknown>, into: MentionSettings, bad: (s: string, m: string) => void): void {
	for (const key of ["enabled", "offerLog"] as const) {
		if (!(key in data)) continue;
		if (typeof data[key] === "boolean") into[key] = data[key];
		else bad(`mentions.${key}`, `mentions.${key} should be true or false; using ${String(DEFAULT_SETTINGS.mentions[key])}`);
	}
	for (const key of ["includeFolders", "excludeFolders"] as const) {
		if (!(key in data)) continue;
		const value = data[key];
		if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
			into[key] = value.map((v) => v.trim().replace(/^\/+|\/+$/g, "")).filter((v) => v !== "");
		} else bad(`mentions.${key}`, `mentions.${key} should be a list of folder paths; using none`);
	}
	if ("dateKey" in data) {
		const value = data.dateKey;
		if (typeof value === "string" && value.trim() !== "") into.dateKey = value.trim();
		else bad("mentions.dateKey", `mentions.dateKey should be a property name; using "${DEFAULT_SETTINGS.mentions.dateKey}"`);
	}
}

const TIER_FIELDS: readonly (keyof TierSetting)[] = ["name", "cadence", "positiveEvery"];
const KIND_FIELDS: readonly (keyof KindSetting)[] = ["name", "direction"];

/** Fields of `value` that are not in `known`, each with the known field it is closest to, if any is close. */
function unknownFields(value: Record<string, unknown>, known: readonly string[]): { name: string; suggestion: string | null }[] {
	const out: { name: string; suggestion: string | null }[] = [];
	const fold = (s: string) => s.toLowerCase().replace(/[\s_.-]+/g, "");
	for (const name of Object.keys(value)) {
		if (known.includes(name)) continue;
		let suggestion: string | null = null;
		let best = Infinity;
		for (const k of known) {
			const limit = Math.max(1, nearLimit(fold(k)));
			const d = fold(name) === fold(k) ? 0 : editDistance(fold(name), fold(k), limit);
			if (d <= limit && d < best) {
				best = d;
				suggestion = k;
			}
		}
		out.push({ name, suggestion });
	}
	return out;
}

/** A list of ISO weekday numbers, sorted and without repeats; null when it is not one. */
function readWeekdays(value: unknown): number[] | null {
	if (!Array.isArray(value) || value.length === 0) return null;
	if (!value.every((d) => typeof d === "number" && Number.isInteger(d) && d >= 1 && d <= 7)) return null;
	return [...new Set(value as number[])].sort((a, b) => a - b);
}

function readTiers(value: unknown, bad: (s: string, m: string) => void): TierSetting[] | null {
	if (!Array.isArray(value) || value.length === 0) {
		bad("tiers", "tiers should be a non-empty list; using A, B and C");
		return null;
	}
	const tiers: TierSetting[] = [];
	const seen = new Set<string>();
	value.forEach((item, i) => {
		const where = `tiers[${i}]`;
		const rawName = isRecord(item) && (typeof item.name === "string" || typeof item.name === "number") ? String(item.name).trim() : "";
		if (!isRecord(item) || rawName === "") {
			bad(where, `${where} needs a name; it is left out`);
			return;
		}
		const name = rawName;
		if (seen.has(name)) {
			bad(where, `tier "${name}" is listed twice; the second is left out`);
			return;
		}
		const cadence = typeof item.cadence === "string" ? item.cadence : "";
		const parsed = parseCadence(cadence);
		// The tier is kept: notes with it are then reported as untracked because of the
		// settings, instead of being blamed for a tier that "does not exist".
		if (!parsed.ok) bad(`${where}.cadence`, `tier "${name}": ${parsed.error}; its contacts are not tracked until it is fixed`);
		let positiveEvery = typeof item.positiveEvery === "string" ? item.positiveEvery.trim() : "";
		if (positiveEvery !== "") {
			const rule = parseCadence(positiveEvery);
			if (!rule.ok) {
				bad(`${where}.positiveEvery`, `tier "${name}" positive rule: ${rule.error}; no rule is used`);
				positiveEvery = "";
			}
		}
		seen.add(name);
		tiers.push({ name, cadence: cadence.trim(), positiveEvery });
	});
	if (tiers.length === 0) {
		bad("tiers", "no usable tier; using A, B and C");
		return null;
	}
	if (!tiers.some((t) => parseCadence(t.cadence).ok)) {
		bad("tiers", "no tier has a cadence that parses; using A, B and C");
		return null;
	}
	return tiers;
}

function readKinds(value: unknown, bad: (s: string, m: string) => void): KindSetting[] | null {
	if (!Array.isArray(value) || value.length === 0) {
		bad("kinds", "kinds should be a non-empty list; using the default kinds");
		return null;
	}
	const kinds: KindSetting[] = [];
	const seen = new Set<string>();
	value.forEach((item, i) => {
		const where = `kinds[${i}]`;
		if (!isRecord(item) || typeof item.name !== "string" || !/^[^\s]+$/.test(item.name.trim())) {
			bad(where, `${where} needs a one-word name; it is left out`);
			return;
		}
		const name = item.name.trim();
		const direction = item.direction;
		if (direction !== "give" && direction !== "ask" && direction !== "neutral") {
			bad(`${where}.direction`, `kind "${name}" needs a direction of give, ask or neutral; it is left out`);
			return;
		}
		if (seen.has(name.toLowerCase())) {
			bad(where, `kind "${name}" is listed twice; the second is left out`);
			return;
		}
		seen.add(name.toLowerCase());
		kinds.push({ name, direction });
	});
	if (kinds.length === 0) {
		bad("kinds", "no usable kind; using the default kinds");
		return null;
	}
	return kinds;
}

/** Settings problems as diagnostics on the settings file, for `check` and the plugin's report. */
export function settingsDiagnostics(problems: readonly SettingsProblem[], path: string): Diagnostic[] {
	return problems.map((p) => ({ path, severity: p.severity, message: `setting ${p.setting}: ${p.message}` }));
}

/** The kind's setting, matched case-insensitively (`Call` is `call`). */
export function findKind(settings: TendSettings, name: string): KindSetting | undefined {
	const wanted = name.toLowerCase();
	return settings.kinds.find((k) => k.name.toLowerCase() === wanted);
}
