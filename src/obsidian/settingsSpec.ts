/**
 * Every row of Tend's settings tab, described once: its name, what it does in the user's
 * words, the words the settings search should also find it by, its control, the check a
 * typed value must pass, and how it reads and writes TendSettings.
 *
 * Two renderers are built from this list (settingsTab.ts), so they cannot drift apart:
 * Obsidian 1.13 and later draw the tab themselves from the declarative definitions (and can
 * search them), older versions get the same rows drawn by `display()`. Simple values are
 * declarative controls; a row that is more than one value (a tier: name, cadence, positive
 * rule and its buttons; the days of the week) is a `custom` row drawn by the same code on
 * both paths.
 *
 * Counts and numbers are text fields on both paths, not number controls: Obsidian's number
 * control turns what it cannot parse into 0 before anything can check it, and 0 is a value
 * some of these take (an ask streak of 0 turns the reason off), so "five" would silently
 * become "off". A text field says "Write a whole number" instead.
 */
import { getLanguage, normalizePath, requireApiVersion, type Setting, type TextAreaComponent, type TextComponent } from "obsidian";
import { capacityOf, type Capacity } from "../core/capacity";
import type { Contact } from "../core/contact";
import { DEFAULT_SETTINGS, type Direction, type KeyNames, type LogOrder, type TendSettings } from "../core/settings";
import {
	checkCadence,
	checkCount,
	checkHeading,
	checkKeyName,
	checkKindName,
	checkPositiveNumber,
	checkPositiveRule,
	checkTemplate,
	checkTierName,
	checkWeekdays,
} from "./settingsRules";

/** What the rows need from the tab that shows them. */
export interface SettingsContext {
	/** The settings in force (read each time: they are replaced when data.json changes). */
	readonly settings: TendSettings;
	/** The tracked contacts, or null while Tend is still reading the vault. */
	readonly contacts: readonly Pick<Contact, "tierIndex" | "cadence">[] | null;
	/** Saves the settings (data.json) and re-reads the vault once typing settles. */
	save(): Promise<void>;
	/** Rows were added, removed or moved: the tab is drawn again. */
	restructure(): void;
	/** A value others depend on changed: `visible` and `disabled` are evaluated again. */
	refresh(): void;
}

interface RowBase {
	name: string;
	desc: string;
	/** More words the settings search finds the row by. */
	aliases?: string[];
	/** Shown only while this holds (re-evaluated after every change). */
	visible?: () => boolean;
	/** Greyed out while this holds. */
	disabled?: () => boolean;
}

/** A value typed in: saved only when `check` says nothing, else the reason is shown. */
export interface TextRow extends RowBase {
	type: "text" | "textarea";
	/** Where it lives in data.json (`keys.lastContact`), also the control's key. */
	key: string;
	placeholder: string;
	rows?: number;
	/** A wide input (the entry template). */
	wide?: boolean;
	get(): string;
	check(value: string): string | null;
	set(value: string): void;
}

export interface ToggleRow extends RowBase {
	type: "toggle";
	key: string;
	get(): boolean;
	set(value: boolean): void;
}

export interface DropdownRow extends RowBase {
	type: "dropdown";
	key: string;
	options: Record<string, string>;
	get(): string;
	set(value: string): void;
}

/** Text without a control: how a list of rows works, or a warning. */
export interface NoteRow extends RowBase {
	type: "note";
}

/** A row of several values, drawn by `draw` into the Setting either renderer gives it. */
export interface CustomRow extends RowBase {
	type: "custom";
	/** Where it lives in data.json, for the docs (`tiers`, `reachOutDays`). */
	field: string;
	draw(setting: Setting): void;
}

export type ValueRow = TextRow | ToggleRow | DropdownRow;
export type Row = ValueRow | NoteRow | CustomRow;

export interface Section {
	heading: string;
	rows: Row[];
}

/** A row that holds one value under a key, which both renderers read and write the same way. */
export function isValueRow(row: Row): row is ValueRow {
	return row.type === "text" || row.type === "textarea" || row.type === "toggle" || row.type === "dropdown";
}

/**
 * Takes `value` for the row if it is of the row's type and passes its check; says whether it
 * did. Both renderers write through this, so data.json only gets values Tend can use.
 */
export function acceptValue(row: ValueRow, value: unknown): boolean {
	switch (row.type) {
		case "text":
		case "textarea":
			if (typeof value !== "string" || row.check(value) !== null) return false;
			row.set(value);
			return true;
		case "toggle":
			if (typeof value !== "boolean") return false;
			row.set(value);
			return true;
		case "dropdown":
			if (typeof value !== "string" || !(value in row.options)) return false;
			row.set(value);
			return true;
	}
}

const KEY_LABELS: Record<keyof KeyNames, [string, string]> = {
	tier: ["Tier", "Which tier (and so which cadence) the contact is in."],
	cadence: ["Cadence", "A cadence of the contact's own, instead of the tier's."],
	lastContact: ["Last contact", "The date of the last contact; Tend moves it forward when it logs a touchpoint."],
	promises: ["Promises", "A list of YYYY-MM-DD what was promised."],
	snoozeUntil: ["Snooze until", "Not listed as due before this date."],
	birthday: ["Birthday", "YYYY-MM-DD, or --MM-DD when the year is unknown."],
	dates: ["Yearly dates", "A list of MM-DD label (a company anniversary)."],
	busy: ["Busy periods", "A list of MM-DD..MM-DD label."],
	interests: ["Interests", "Topics they care about."],
	goals: ["Goals", "What they are working toward."],
	offers: ["Offers", "What they can help others with."],
	difficult: ["Difficult", "A checkbox for a strained relationship."],
	type: ["Type", "The property that marks a note as a contact (see contact type)."],
};

const DIRECTIONS: Record<Direction, string> = { give: "Give", ask: "Ask", neutral: "Neutral" };
const ORDERS: Record<LogOrder, string> = { "newest-first": "Newest first", "oldest-first": "Oldest first" };

/** The rows of the tab, in order, for the settings as they are now. */
export function settingSections(ctx: SettingsContext): Section[] {
	const s = () => ctx.settings;
	const capacity = ctx.contacts === null ? null : capacityOf(ctx.contacts, ctx.settings);
	return [
		{
			heading: "Finding contacts",
			rows: [
				text("contactsFolder", "Contacts folder", "Notes in this folder and its subfolders are contacts. Empty: this rule is off.", DEFAULT_SETTINGS.contactsFolder, () => s().contactsFolder, noCheck, (v) => (s().contactsFolder = v.trim()), ["people"]),
				text("contactTag", "Contact tag", "Notes with this tag are contacts, nested tags included (contact/work). Empty: this rule is off.", DEFAULT_SETTINGS.contactTag, () => s().contactTag, noCheck, (v) => (s().contactTag = v.trim().replace(/^#/, ""))),
				text("contactType", "Contact type", `Notes whose ${s().keys.type} property has this value are contacts. Empty: this rule is off.`, DEFAULT_SETTINGS.contactType, () => s().contactType, noCheck, (v) => (s().contactType = v.trim())),
			],
		},
		{
			heading: "Property names",
			rows: (Object.keys(KEY_LABELS) as (keyof KeyNames)[]).map((key) => {
				const [label, desc] = KEY_LABELS[key];
				return text(`keys.${key}`, label, desc, DEFAULT_SETTINGS.keys[key], () => s().keys[key], checkKeyName, (v) => (s().keys[key] = v.trim()), ["property", "frontmatter"]);
			}),
		},
		{
			heading: "Tiers",
			rows: [
				{
					type: "note",
					name: "Cadence and positive rule",
					desc: "Tiers are in order of importance. Cadence: 6w, 90d, 3m, 1y, or a window such as 4-6w (due after 4 weeks, overdue after 6). Positive rule: at least one give or neutral touchpoint this often (empty: none).",
				},
				...s().tiers.map((tier, i) => tierRow(ctx, i, tier.name)),
				addRow("New tier", "Adds a tier at the end; give it a name and a cadence.", "Add tier", "tiers", ctx, () => {
					let n = s().tiers.length + 1;
					while (s().tiers.some((t) => t.name === `T${n}`)) n++;
					s().tiers.push({ name: `T${n}`, cadence: "6m", positiveEvery: "" });
				}),
			],
		},
		{
			heading: "Capacity",
			rows: capacityRows(ctx, capacity),
		},
		{
			heading: "Touchpoint kinds",
			rows: [
				{
					type: "note",
					name: "Give, ask or neutral",
					desc: "What a touchpoint was, and whether it gave, asked or neither. Give before you ask: Tend warns after a streak of asks.",
				},
				...s().kinds.map((kind, i) => kindRow(ctx, i, kind.name)),
				addRow("New kind", "Adds a kind at the end, neutral; give it a one-word name.", "Add kind", "kinds", ctx, () => {
					let n = 1;
					while (s().kinds.some((k) => k.name === `kind-${n}`)) n++;
					s().kinds.push({ name: `kind-${n}`, direction: "neutral" });
				}),
			],
		},
		{
			heading: "Touchpoint log",
			rows: [
				text("logHeading", "Log heading", "The heading the touchpoints are listed under, with its level.", DEFAULT_SETTINGS.logHeading, () => s().logHeading, checkHeading, (v) => (s().logHeading = v.trim())),
				{
					type: "dropdown",
					key: "logOrder",
					name: "Entry order",
					desc: "Where a new entry goes in the log.",
					options: ORDERS,
					get: () => s().logOrder,
					set: (v) => (s().logOrder = v as LogOrder),
				},
				{
					...text(
						"entryTemplate",
						"Entry template",
						"How a new entry is written: {{date}}, {{kind}} and {{summary}} once each; {{hours}} and {{name}} are optional.",
						DEFAULT_SETTINGS.entryTemplate,
						() => s().entryTemplate,
						checkTemplate,
						(v) => (s().entryTemplate = v),
					),
					wide: true,
				},
			],
		},
		{
			heading: "Dated notes and tasks",
			rows: mentionRows(ctx),
		},
		{
			heading: "Reminders",
			rows: [
				count(ctx, "promiseSoonDays", "Promise due soon", "How many days before a promise's date it shows as due soon."),
				count(ctx, "dateSoonDays", "Birthdays and yearly dates", "How many days ahead a birthday or yearly date makes a contact worth a note."),
				count(ctx, "busyEndedDays", "Back from a busy period", "For how many days after a busy period ends it makes a contact worth a note."),
				count(ctx, "askStreak", "Ask streak", "Asks in a row, with no give or neutral touchpoint between, before Tend says give first. 0 turns it off."),
			],
		},
		{
			heading: "Morning digest",
			rows: [
				{
					type: "toggle",
					key: "digest.dailyNote",
					name: "Add today's reach-outs to the daily note",
					desc: "Once a day, write a Reach out today checklist of who is due into today's daily note when it exists (the command also creates it). Checking a name off logs a touchpoint.",
					aliases: ["daily note", "digest", "checklist", "reach out today"],
					get: () => s().digest.dailyNote,
					set: (v) => (s().digest.dailyNote = v),
				},
			],
		},
		{
			heading: "New contacts",
			rows: [
				text("newContactFolder", "Folder", "Where new contact notes go. Empty: the contacts folder.", "", () => s().newContactFolder, noCheck, (v) => (s().newContactFolder = v.trim())),
				text("newContactTemplate", "Template note", "A note to copy for new contacts; {{name}} and {{date}} are filled in. Empty: a plain note.", "Templates/Contact.md", () => s().newContactTemplate, noCheck, (v) => (s().newContactTemplate = v.trim())),
			],
		},
	];
}

const noCheck = (): null => null;

function text(key: string, name: string, desc: string, placeholder: string, get: () => string, check: (v: string) => string | null, set: (v: string) => void, aliases?: string[]): TextRow {
	return { type: "text", key, name, desc, placeholder, get, check, set, ...(aliases ? { aliases } : {}) };
}

function count(ctx: SettingsContext, key: "promiseSoonDays" | "dateSoonDays" | "busyEndedDays" | "askStreak", name: string, desc: string): TextRow {
	return text(key, name, desc, String(DEFAULT_SETTINGS[key]), () => String(ctx.settings[key]), checkCount, (v) => (ctx.settings[key] = Number(v.trim())));
}

// ---------------------------------------------------------------------------------------
// Capacity and the days of the week

/** `7.4`, `12`, `0.3`: one decimal at most, as the load is an estimate. */
export function formatLoad(load: number): string {
	const rounded = Math.round(load * 10) / 10;
	if (rounded === 0 && load > 0) return "less than 0.1";
	return String(rounded);
}

function touchpoints(load: number): string {
	const n = formatLoad(load);
	return `${n} ${n === "1" ? "touchpoint" : "touchpoints"} a week`;
}

function contactsCount(n: number): string {
	return `${n} ${n === 1 ? "contact" : "contacts"}`;
}

/** The sentence beside the weekly capacity: what the current cadences ask for. */
export function impliedLoadSentence(capacity: Capacity | null): string {
	if (capacity === null) return "Tend is still reading your notes; open the settings again to see what your cadences ask for.";
	if (capacity.impliedLoad === 0) return "No contact has a tier with a cadence yet, so your cadences ask for nothing so far.";
	return `Your cadences ask for ${touchpoints(capacity.impliedLoad)}.`;
}

function capacityRows(ctx: SettingsContext, capacity: Capacity | null): Row[] {
	const s = () => ctx.settings;
	const top = capacity?.topTier ?? null;
	const lower = s().tiers[1]?.name;
	return [
		{
			...text(
				"weeklyCapacity",
				"Weekly capacity",
				`Touchpoints a week you can really give. ${impliedLoadSentence(capacity)}`,
				String(DEFAULT_SETTINGS.weeklyCapacity),
				() => String(s().weeklyCapacity),
				checkPositiveNumber,
				(v) => (s().weeklyCapacity = Number(v.trim())),
			),
			aliases: ["load", "touchpoints a week", "implied load"],
		},
		{
			type: "note",
			name: "More than you can give",
			desc:
				capacity === null
					? ""
					: `Your cadences ask for ${touchpoints(capacity.impliedLoad)}, more than your capacity: some contacts will fall overdue. Lengthen some cadences, move contacts to a lower tier, or raise the capacity.`,
			visible: () => capacity !== null && capacity.impliedLoad > s().weeklyCapacity,
		},
		{
			...text(
				"topTierCapacity",
				"Top tier size",
				`The most contacts your first tier should hold. An inner circle of 10 to 15 people leaves time for each.${top ? ` Tier ${top.tier} holds ${contactsCount(top.contacts)} now.` : ""}`,
				String(DEFAULT_SETTINGS.topTierCapacity),
				() => String(s().topTierCapacity),
				checkPositiveNumber,
				(v) => (s().topTierCapacity = Number(v.trim())),
			),
			aliases: ["inner circle", "tier capacity"],
		},
		{
			type: "note",
			name: "Your top tier is over that size",
			desc: top
				? `Tier ${top.tier} holds ${contactsCount(top.contacts)}: spread over so many, every touch gets shallower. Move some to ${lower ? `tier ${lower}` : "a lower tier"}, or raise the size.`
				: "",
			visible: () => top !== null && top.contacts > s().topTierCapacity,
		},
		{
			type: "custom",
			field: "reachOutDays",
			name: "Days you reach out",
			desc: "The days of the week you get in touch with people; plans put touchpoints on these days only.",
			aliases: ["weekdays", "weekend", ...weekdayNames("long")],
			draw: (setting) => drawWeekdays(ctx, setting),
		},
	];
}

/**
 * Monday to Sunday in the app's language when Obsidian says which (1.8.7 and later), else in
 * the system's; English if neither is known to Intl.
 */
export function weekdayNames(width: "short" | "long"): string[] {
	const language = requireApiVersion("1.8.7") ? getLanguage() : undefined;
	let format: Intl.DateTimeFormat;
	try {
		format = new Intl.DateTimeFormat(language, { weekday: width, timeZone: "UTC" });
	} catch {
		format = new Intl.DateTimeFormat("en", { weekday: width, timeZone: "UTC" });
	}
	// 2024-01-01 was a Monday; UTC, so the day does not depend on the time zone.
	return [1, 2, 3, 4, 5, 6, 7].map((d) => format.format(new Date(Date.UTC(2024, 0, d))));
}

function drawWeekdays(ctx: SettingsContext, setting: Setting): void {
	setting.setClass("tend-setting-days");
	const errorEl = setting.infoEl.createDiv({ cls: "tend-setting-error", attr: { role: "alert" } });
	const short = weekdayNames("short");
	const long = weekdayNames("long");
	for (let day = 1; day <= 7; day++) {
		setting.addButton((b) => {
			const on = () => ctx.settings.reachOutDays.includes(day);
			const show = () => {
				b.buttonEl.toggleClass("mod-cta", on());
				b.buttonEl.setAttr("aria-pressed", on() ? "true" : "false");
			};
			b.setButtonText(short[day - 1] ?? String(day)).setClass("tend-weekday");
			b.buttonEl.setAttr("aria-label", long[day - 1] ?? String(day));
			show();
			b.onClick(async () => {
				const days = on() ? ctx.settings.reachOutDays.filter((d) => d !== day) : [...ctx.settings.reachOutDays, day].sort((x, y) => x - y);
				const error = checkWeekdays(days);
				errorEl.setText(error ?? "");
				if (error !== null) return;
				ctx.settings.reachOutDays = days;
				show();
				await ctx.save();
			});
		});
	}
}

// ---------------------------------------------------------------------------------------
// Dated notes and tasks

/** One folder a line, as vault paths without slashes at the ends; empty lines dropped. */
export function readFolderList(text: string): string[] {
	const folders: string[] = [];
	for (const line of text.split(/\r?\n/)) {
		const t = line.trim();
		if (t === "") continue;
		const folder = normalizePath(t).replace(/^\/+|\/+$/g, "");
		if (folder !== "" && !folders.includes(folder)) folders.push(folder);
	}
	return folders;
}

function mentionRows(ctx: SettingsContext): Row[] {
	const m = () => ctx.settings.mentions;
	const off = () => !m().enabled;
	return [
		{
			type: "toggle",
			key: "mentions.enabled",
			name: "Read dated notes and tasks",
			desc: "A link to a contact from a note with a date (a daily note, a meeting note) counts as a meeting on that day; an open task that links a contact and has a due date is a promise to them.",
			aliases: ["daily notes", "meeting notes", "mentions", "tasks"],
			get: () => m().enabled,
			set: (v) => (m().enabled = v),
		},
		{
			type: "textarea",
			key: "mentions.includeFolders",
			name: "Only in these folders",
			desc: "One folder a line: dated notes elsewhere are not read. Empty: every folder.",
			placeholder: "Daily\nMeetings",
			rows: 3,
			get: () => m().includeFolders.join("\n"),
			check: noCheck,
			set: (v) => (m().includeFolders = readFolderList(v)),
			disabled: off,
		},
		{
			type: "textarea",
			key: "mentions.excludeFolders",
			name: "Never in these folders",
			desc: "One folder a line, such as your templates or an archive; this wins over the list above.",
			placeholder: "Templates\nArchive",
			rows: 3,
			get: () => m().excludeFolders.join("\n"),
			check: noCheck,
			set: (v) => (m().excludeFolders = readFolderList(v)),
			disabled: off,
		},
		{
			...text(
				"mentions.dateKey",
				"Date property",
				"The property that dates a note whose name is not a date: date: 2026-11-20, or 2026-11-20T10:30.",
				DEFAULT_SETTINGS.mentions.dateKey,
				() => m().dateKey,
				checkKeyName,
				(v) => (m().dateKey = v.trim()),
			),
			disabled: off,
		},
		{
			type: "toggle",
			key: "mentions.offerLog",
			name: "Offer to log meetings",
			desc: "When you save a dated note that links a contact, offer (once a day for each note) to add the meeting to the contact's log too.",
			get: () => m().offerLog,
			set: (v) => (m().offerLog = v),
			disabled: off,
		},
	];
}

// ---------------------------------------------------------------------------------------
// Tiers and kinds: rows of several fields, with buttons to reorder and remove

function tierRow(ctx: SettingsContext, i: number, tierName: string): CustomRow {
	return {
		type: "custom",
		field: "tiers",
		name: `Tier ${i + 1}`,
		desc: "",
		aliases: [tierName, "cadence", "positive rule"],
		draw: (setting) => {
			const tier = ctx.settings.tiers[i];
			if (!tier) return;
			setting.setClass("tend-setting-row");
			const errorEl = setting.infoEl.createDiv({ cls: "tend-setting-error", attr: { role: "alert" } });
			const row = `Tier ${i + 1}`;
			rowField(ctx, setting, errorEl, row, "Name", "tend-tier-name", tier.name, (v) => checkTierName(v, ctx.settings.tiers, i), (v) => (tier.name = v.trim()));
			rowField(ctx, setting, errorEl, row, "Cadence", "tend-tier-cadence", tier.cadence, checkCadence, (v) => (tier.cadence = v.trim()));
			rowField(ctx, setting, errorEl, row, "Positive rule", "tend-tier-positive", tier.positiveEvery, checkPositiveRule, (v) => (tier.positiveEvery = v.trim()));
			listButtons(ctx, setting, ctx.settings.tiers, i, "tier");
		},
	};
}

function kindRow(ctx: SettingsContext, i: number, kindName: string): CustomRow {
	return {
		type: "custom",
		field: "kinds",
		name: `Kind ${i + 1}`,
		desc: "",
		aliases: [kindName, "direction"],
		draw: (setting) => {
			const kind = ctx.settings.kinds[i];
			if (!kind) return;
			setting.setClass("tend-setting-row");
			const errorEl = setting.infoEl.createDiv({ cls: "tend-setting-error", attr: { role: "alert" } });
			rowField(ctx, setting, errorEl, `Kind ${i + 1}`, "Name", "tend-kind-name", kind.name, (v) => checkKindName(v, ctx.settings.kinds, i), (v) => (kind.name = v.trim()));
			setting.addDropdown((d) =>
				d
					.addOptions(DIRECTIONS)
					.setValue(kind.direction)
					.onChange(async (v) => {
						if (!(v in DIRECTIONS)) return;
						kind.direction = v as Direction;
						await ctx.save();
					}),
			);
			listButtons(ctx, setting, ctx.settings.kinds, i, "kind");
		},
	};
}

function addRow(name: string, desc: string, label: string, field: string, ctx: SettingsContext, add: () => void): CustomRow {
	return {
		type: "custom",
		field,
		name,
		desc,
		draw: (setting) => {
			setting.addButton((b) =>
				b.setButtonText(label).onClick(async () => {
					add();
					await ctx.save();
					ctx.restructure();
				}),
			);
		},
	};
}

/**
 * A text field that saves only what `check` accepts and says why otherwise: the reason in
 * `errorEl`, the input marked invalid for the eye and for screen readers.
 */
export function validatedInput(t: TextComponent | TextAreaComponent, errorEl: HTMLElement, check: (v: string) => string | null, apply: (v: string) => void, save: () => Promise<void>): void {
	t.onChange(async (v) => {
		const error = check(v);
		errorEl.setText(error ?? "");
		t.inputEl.toggleClass("tend-invalid", error !== null);
		t.inputEl.setAttr("aria-invalid", error !== null ? "true" : null);
		if (error !== null) return;
		apply(v);
		await save();
	});
}

/** One text field of a tier or kind row: labelled for screen readers, validated as typed. */
function rowField(ctx: SettingsContext, setting: Setting, errorEl: HTMLElement, row: string, field: string, cls: string, value: string, check: (v: string) => string | null, apply: (v: string) => void): void {
	setting.addText((t) => {
		t.setPlaceholder(field).setValue(value);
		t.inputEl.setAttr("aria-label", `${row} ${field.toLowerCase()}`);
		t.inputEl.addClass(cls);
		validatedInput(t, errorEl, check, apply, () => ctx.save());
	});
}

/** Up, down and remove for one item of a list setting (a list keeps at least one item). */
function listButtons<T>(ctx: SettingsContext, setting: Setting, list: T[], i: number, what: string): void {
	const move = async (to: number) => {
		const [item] = list.splice(i, 1);
		if (item === undefined) return;
		list.splice(to, 0, item);
		await ctx.save();
		ctx.restructure();
	};
	setting.addExtraButton((b) =>
		b
			.setIcon("arrow-up")
			.setTooltip(`Move this ${what} up`)
			.setDisabled(i === 0)
			.onClick(() => void move(i - 1)),
	);
	setting.addExtraButton((b) =>
		b
			.setIcon("arrow-down")
			.setTooltip(`Move this ${what} down`)
			.setDisabled(i === list.length - 1)
			.onClick(() => void move(i + 1)),
	);
	setting.addExtraButton((b) =>
		b
			.setIcon("trash-2")
			.setTooltip(`Remove this ${what}`)
			.setDisabled(list.length <= 1)
			.onClick(async () => {
				list.splice(i, 1);
				await ctx.save();
				ctx.restructure();
			}),
	);
}
