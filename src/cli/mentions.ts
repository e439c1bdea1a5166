/**
 * The CLI's side of "contact recorded where it happens" (issue 10): the vault's dated notes and
 * tasks read from their text on disk with the core's rules (src/core/mentions), the Daily notes
 * plugin's settings read from the config folder, and `tend promise keep` on a task promise.
 *
 * The plugin reads the same notes from Obsidian's metadata cache
 * (src/obsidian/mentionsFromCache.ts); tests/obsidian/mentionsParity.test.ts checks that both
 * give every contact the same mentions and task promises on one fixture vault.
 */
import * as fs from "fs";
import * as path from "path";
import { formatDay, type Day } from "../core/calendar";
import type { Contact } from "../core/contact";
import type { Diagnostic } from "../core/diagnostics";
import { choosePromise, type PromisePick } from "../core/edits/requests";
import { checkOffTask } from "../core/edits/taskEdit";
import { dailyNotesEnabled, readDailyNotes, type DailyNotesFormat } from "../core/mentions/dailyNotes";
import { MentionIndex } from "../core/mentions/mentionIndex";
import { aliasesOf, VaultResolver } from "../core/mentions/resolve";
import type { NoteDate } from "../core/mentions/datedNote";
import { interpretScan } from "../core/mentions/interpret";
import type { NoteScan } from "../core/mentions/scan";
import { scanNoteText } from "../core/mentions/textScan";
import type { MentionSettings, TendSettings } from "../core/settings";
import { plural } from "../core/words";
import { UsageError } from "./args";
import { applyEdit } from "./atomicWrite";
import { readNoteText } from "./noteReader";
import { decodeNote, listNotes } from "./vault";
import type { CommandIo } from "./vaultArgs";

/** Obsidian's config folder in the vault, as vault.ts's settingsPath names it. */
function configDir(): string {
	return (process.env.TEND_CONFIG_DIR || ".obsidian").replace(/\/+$/, "");
}

function readJson(root: string, rel: string): { found: false } | { found: true; data: unknown } | { found: true; error: string } {
	let raw: string;
	try {
		raw = fs.readFileSync(path.join(root, ...rel.split("/")), "utf8");
	} catch {
		return { found: false };
	}
	try {
		return { found: true, data: JSON.parse(raw) as unknown };
	} catch (e) {
		return { found: true, error: e instanceof Error ? e.message : String(e) };
	}
}

/**
 * What the Daily notes settings say, as read from the config folder: plain data, so the vault
 * reader can hand it to its worker threads (parallelRead.ts), which make the same format of it
 * with dailyNotesOf.
 */
export interface DailyNotesInput {
	settings: unknown;
	enabled: boolean | null;
}

/**
 * The Daily notes core plugin's format, from `<config>/daily-notes.json` and whether the plugin
 * is on in `<config>/core-plugins.json`, with a warning when Tend cannot use them. `input` is
 * what it was made from (null when there is no format).
 */
export function readDailyNotesConfig(root: string): { daily: DailyNotesFormat | null; diagnostics: Diagnostic[]; input: DailyNotesInput | null } {
	const dir = configDir();
	const diagnostics: Diagnostic[] = [];
	const plugins = readJson(root, `${dir}/core-plugins.json`);
	const enabled = plugins.found && "data" in plugins ? dailyNotesEnabled(plugins.data) : null;
	if (enabled === false) return { daily: null, diagnostics, input: null };
	const rel = `${dir}/daily-notes.json`;
	const file = readJson(root, rel);
	if (file.found && "error" in file) {
		diagnostics.push({ path: rel, severity: "warning", message: `the Daily notes settings are not valid JSON (${file.error}); daily notes count by an ISO date name or a date property only` });
		return { daily: null, diagnostics, input: null };
	}
	const input: DailyNotesInput = { settings: file.found ? file.data : null, enabled };
	const read = readDailyNotes(input.settings, input.enabled);
	if (read === null) return { daily: null, diagnostics, input: null };
	if (!read.ok) {
		diagnostics.push({ path: rel, severity: "warning", message: read.reason });
		return { daily: null, diagnostics, input: null };
	}
	return { daily: read.daily, diagnostics, input };
}

/** The format readDailyNotesConfig made from `input`. */
export function dailyNotesOf(input: DailyNotesInput | null): DailyNotesFormat | null {
	if (input === null) return null;
	const read = readDailyNotes(input.settings, input.enabled);
	return read !== null && read.ok ? read.daily : null;
}

/** A note's text with its properties, as the reader already has it. */
export interface ReadNote {
	path: string;
	text: string;
	frontmatter: Record<string, unknown> | null;
	bodyStart: number;
}

export interface VaultMentions {
	index: MentionIndex;
	/** Warnings about tasks (a date that does not exist) and the Daily notes settings. */
	diagnostics: Diagnostic[];
}

/** Every note of the vault on disk, read once (the notes `loadVault` read can be handed over instead). */
export function readAllNotes(root: string): ReadNote[] {
	const out: ReadNote[] = [];
	for (const note of listNotes(root)) {
		let bytes: Buffer;
		try {
			bytes = fs.readFileSync(note.absolute);
		} catch {
			continue; // loadVault reports a note that cannot be read.
		}
		const { text } = decodeNote(note.path, bytes);
		const read = readNoteText(text);
		out.push({ path: note.path, text, frontmatter: read.frontmatter, bodyStart: read.bodyStart });
	}
	return out;
}

/**
 * What one note can add to the mentions, taken from its text while it is read so the text
 * need not be kept: its links and tasks (the part of the rules that needs only the note), its
 * day when it is a dated note, and a contact note's aliases. Turned into mentions by
 * indexMentions once every note is known, since a link resolves against the whole vault.
 */
export interface ScannedNote {
	path: string;
	date: NoteDate | null;
	scan: NoteScan;
	/** A contact note's aliases (null for any other note). */
	aliases: string[] | null;
}

/**
 * The note's part of the mention rules (textScan.ts, scanNoteText), or null when it cannot add
 * anything: not a contact, no link and no task.
 */
export function scanNote(note: ReadNote, isContact: boolean, settings: MentionSettings, daily: DailyNotesFormat | null): ScannedNote | null {
	const { date, scan } = scanNoteText(note.path, note.text, note.frontmatter, note.bodyStart, settings, daily, isContact);
	if (!isContact && scan.links.length === 0 && scan.tasks.length === 0) return null;
	return { path: note.path, date, scan, aliases: isContact ? aliasesOf(note.frontmatter) : null };
}

/**
 * The vault's mentions and task promises from its scanned notes. `paths` are every note that
 * was read, in the order read (links resolve against them as Obsidian's do); `contacts` the
 * vault's contacts; `scanned` what scanNote kept, in the same order.
 */
export function indexMentions(paths: readonly string[], contacts: readonly Contact[], scanned: readonly ScannedNote[], today: Day): VaultMentions {
	const index = new MentionIndex();
	const diagnostics: Diagnostic[] = [];
	const contactPaths = new Set(contacts.map((c) => c.path));
	const aliases = new Map<string, string[]>();
	for (const n of scanned) if (n.aliases !== null && contactPaths.has(n.path)) aliases.set(n.path, n.aliases);
	const resolver = new VaultResolver(paths, aliases);
	const isContact = (p: string) => contactPaths.has(p);
	for (const n of scanned) {
		const found = interpretScan(n.scan, { path: n.path, date: n.date, today, resolver, isContact });
		diagnostics.push(...found.warnings);
		if (found.mentions.length + found.promises.length + found.kept.length > 0) index.update(n.path, found);
	}
	return { index, diagnostics };
}

/**
 * The vault's mentions and task promises. `contacts` are the vault's contacts (loadVault); the
 * notes are read from disk unless given. (loadVaultWithMentions does the same while loadVault
 * reads each note, and keeps no note's text.)
 */
export function loadMentions(root: string, settings: TendSettings, contacts: readonly Contact[], today: Day, notes: readonly ReadNote[] = readAllNotes(root)): VaultMentions {
	const { daily, diagnostics } = readDailyNotesConfig(root);
	if (!settings.mentions.enabled) return { index: new MentionIndex(), diagnostics };
	const contactPaths = new Set(contacts.map((c) => c.path));
	const scanned: ScannedNote[] = [];
	for (const n of notes) {
		const s = scanNote(n, contactPaths.has(n.path), settings.mentions, daily);
		if (s !== null) scanned.push(s);
	}
	const found = indexMentions(
		notes.map((n) => n.path),
		contacts,
		scanned,
		today,
	);
	return { index: found.index, diagnostics: [...diagnostics, ...found.diagnostics] };
}

/**
 * `tend promise keep NAME` when the contact has task promises (`contact` from
 * loadVaultWithMentions: its promises are the note's own, then its tasks, numbered after them,
 * each listed with its note:line): when the pick is a task, checks it off in its note with the
 * done date (`date`, the day it was kept). Returns the exit code when it handled the command, or
 * null when the pick is one of the contact note's own promises (main.ts goes on as before).
 */
export function keepTaskPromise(io: CommandIo, root: string, settings: TendSettings, contact: Contact, pick: PromisePick, date: Day): number | null {
	if (!settings.mentions.enabled || !contact.promises.some((p) => p.source)) return null;
	const choice = choosePromise(contact.promises, pick);
	if (!choice.ok) throw new UsageError(`${contact.path} ${choice.reason}`);
	const task = choice.promise.source;
	if (!task) return null;
	const due = choice.promise.due as Day;
	const file = path.join(root, ...task.path.split("/"));
	const outcome = applyEdit(file, (text) => checkOffTask(text, { line: task.line, text: task.text }, date), { vault: root, env: io.env });
	if (!outcome.ok) {
		const where = outcome.line !== undefined ? `${task.path}:${outcome.line}` : `${task.path}:${task.line}`;
		io.stderr.write(`tend promise: ${where}: not changed: ${outcome.reason}\n`);
		return 2;
	}
	const late = date - due;
	const timing = late <= 0 ? "on time" : `${plural(late, "day")} late`;
	io.stdout.write(`Kept "${choice.promise.what}" for ${contact.name}: checked off in ${task.path}:${task.line}, done ${formatDay(date)}, due ${formatDay(due)}: ${timing}\n`);
	return 0;
}
