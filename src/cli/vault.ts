/**
 * A vault folder on disk: its notes, its contacts and the plugin's saved settings. This is
 * the only part of Tend, with `atomicWrite.ts`, that touches the file system.
 */
import { isUtf8 } from "buffer";
import * as fs from "fs";
import * as path from "path";
import type { Day } from "../core/calendar";
import { frontmatterMayMakeContact, isContactNote, readContact, type Contact } from "../core/contact";
import type { Diagnostic } from "../core/diagnostics";
import { hasBom, locateFrontmatter, yamlSource } from "../core/frontmatter";
import { inlineTags } from "../core/markdown";
import { frontmatterMayMention } from "../core/mentions/textScan";
import { loadSettings, settingsDiagnostics, type TendSettings } from "../core/settings";
import type { DailyNotesFormat } from "../core/mentions/dailyNotes";
import { dailyNotesOf, scanNote, type DailyNotesInput, type ScannedNote } from "./mentions";
import { readNoteText, type NoteRead } from "./noteReader";
import { batchSizeFor, registerTask, runBatches, threadsFor } from "./parallelRead";

/**
 * Where the plugin keeps its settings, relative to the vault. Obsidian's config folder is
 * `.obsidian` unless the user renamed it; the CLI cannot ask Obsidian, so TEND_CONFIG_DIR
 * names another one.
 */
export function settingsPath(configDir = process.env.TEND_CONFIG_DIR || ".obsidian"): string {
	return `${configDir.replace(/\/+$/, "")}/plugins/tend/data.json`;
}

export interface VaultNote {
	/** Vault-relative, `/` separators. */
	path: string;
	absolute: string;
	text: string;
}

/**
 * Every `.md` file under `root`, skipping dot-folders (`.obsidian`, `.trash`, `.git`).
 *
 * Symbolic links, as Obsidian desktop reads them (it follows links), with one note read once:
 * - A link whose target is inside the vault, where this walk reaches it anyway (a note or
 *   folder outside dot-folders), is skipped: the note is listed once, at its real path, so a
 *   link to the contacts folder neither duplicates contacts nor hides them under another path.
 * - A link that leaves the vault (or leads into a dot-folder) is followed, and its notes are
 *   listed at the link's path, so `due` and `check` see them as Obsidian does. Tend does not
 *   write them: `atomicWrite.ts` refuses a note whose real path is outside the vault.
 * - Broken links are skipped, and a folder reached twice (two links to one folder, a link
 *   that loops) is walked once.
 */
export function listNotes(root: string): { path: string; absolute: string }[] {
	const out: { path: string; absolute: string }[] = [];
	const seen = new Set<string>();
	let realRoot: string;
	try {
		realRoot = fs.realpathSync(root);
	} catch {
		return out;
	}
	/** Whether the walk lists `real` at its own path anyway: inside the vault, no dot-folder. */
	const walkedAnyway = (real: string, isDir: boolean): boolean => {
		const rel = path.relative(realRoot, real);
		if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return rel === "";
		if (rel.split(path.sep).some((part) => part.startsWith("."))) return false;
		return isDir || real.toLowerCase().endsWith(".md");
	};
	const walk = (dir: string, rel: string) => {
		let real: string;
		try {
			real = fs.realpathSync(dir);
		} catch {
			return;
		}
		if (seen.has(real)) return;
		seen.add(real);
		let entries: fs.Dirent[];
		try {
			entries = fs.readdirSync(dir, { withFileTypes: true });
		} catch {
			return;
		}
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const abs = path.join(dir, entry.name);
			const relPath = rel === "" ? entry.name : `${rel}/${entry.name}`;
			let isDir = entry.isDirectory();
			let isFile = entry.isFile();
			if (entry.isSymbolicLink()) {
				try {
					const st = fs.statSync(abs);
					isDir = st.isDirectory();
					isFile = st.isFile();
					const target = fs.realpathSync(abs);
					if (walkedAnyway(target, isDir)) continue;
					if (isFile) {
						if (seen.has(target)) continue;
						seen.add(target);
					}
				} catch {
					continue;
				}
			}
			if (isDir) walk(abs, relPath);
			else if (isFile && entry.name.toLowerCase().endsWith(".md")) out.push({ path: relPath, absolute: abs });
		}
	};
	walk(root, "");
	return out;
}

export interface LoadedVault {
	root: string;
	settings: TendSettings;
	contacts: Contact[];
	/** Diagnostics of contact notes and of the settings file. */
	diagnostics: Diagnostic[];
	/** Paths of notes that are not contacts (to say "not a contact" rather than "not found"). */
	otherNotes: string[];
}

export function readSettingsFile(root: string): { settings: TendSettings; diagnostics: Diagnostic[] } {
	const rel = settingsPath();
	const file = path.join(root, ...rel.split("/"));
	let raw: string;
	try {
		raw = fs.readFileSync(file, "utf8");
	} catch {
		return { settings: loadSettings(null).settings, diagnostics: [] };
	}
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch (e) {
		const why = e instanceof Error ? e.message : String(e);
		return {
			settings: loadSettings(null).settings,
			diagnostics: [{ path: rel, severity: "error", message: `Tend's settings are not valid JSON (${why}); using the defaults` }],
		};
	}
	const loaded = loadSettings(data);
	return {
		settings: loaded.settings,
		diagnostics: settingsDiagnostics(loaded.problems, rel),
	};
}

/** A note's text read once: the reader's view of it, and the contact it is (or null). */
export interface ContactRead {
	read: NoteRead;
	contact: Contact | null;
}

/**
 * Reads one note into a contact (null when it is not a contact note), keeping the parse so
 * that a write can edit the text it was read from without parsing it again.
 */
export function readContactNote(relPath: string, text: string, settings: TendSettings, today: Day | null): ContactRead {
	const read = readNoteText(text);
	return { read, contact: contactOfRead(relPath, text, read, tagsToDecide(relPath, text, read.bodyStart, settings), settings, today) };
}

const NO_TAGS: string[] = [];

/**
 * The inline tags of the body that starts at `bodyStart`, as far as isContactNote needs them: a
 * note in the contacts folder is a contact whatever its tags say, so its body is not read for them.
 */
function tagsToDecide(relPath: string, text: string, bodyStart: number, settings: TendSettings): string[] {
	if (isContactNote(relPath, null, NO_TAGS, settings)) return NO_TAGS;
	const body = text.slice(bodyStart);
	return body.includes("#") ? inlineTags(body) : NO_TAGS;
}

function contactOfRead(relPath: string, text: string, read: NoteRead, tags: string[], settings: TendSettings, today: Day | null): Contact | null {
	if (!isContactNote(relPath, read.frontmatter, tags, settings)) return null;
	return readContact({ path: relPath, frontmatter: read.frontmatter, frontmatterProblem: read.problem, text, bodyStart: read.bodyStart }, settings, today);
}

/**
 * A note of the vault as loadVault reads it: its contact (or null), and its properties for
 * the mention rules. Most notes of a vault are not contacts, and only their links and date
 * matter; so the YAML of a note is parsed only when it is a contact by its folder or inline
 * tags, or when its YAML source could make it one or give it a link or a date property
 * (frontmatterMayMakeContact, frontmatterMayMention: exact tests on the source that may say
 * yes for nothing, never no for something). Another note's properties are left unparsed
 * (null): every rule reads them as it reads a note without frontmatter, and a note that is not
 * a contact has no diagnostics, so even YAML that does not parse makes no difference there.
 */
export function readListedNote(relPath: string, text: string, settings: TendSettings, today: Day | null): NoteSeen & { contact: Contact | null } {
	const block = locateFrontmatter(text);
	const bodyStart = block ? block.bodyStart : hasBom(text) ? 1 : 0;
	const tags = tagsToDecide(relPath, text, bodyStart, settings);
	if (block !== null && !isContactNote(relPath, null, tags, settings)) {
		const source = yamlSource(text, block);
		if (!frontmatterMayMakeContact(source, settings) && !frontmatterMayMention(source, settings.mentions)) {
			return { path: relPath, text, frontmatter: null, bodyStart, contact: null };
		}
	}
	const read = readNoteText(text, block);
	return { path: relPath, text, frontmatter: read.frontmatter, bodyStart: read.bodyStart, contact: contactOfRead(relPath, text, read, tags, settings, today) };
}

/** Reads one note into a contact, or null when it is not a contact note. */
export function contactFromText(relPath: string, text: string, settings: TendSettings, today: Day | null): Contact | null {
	return readContactNote(relPath, text, settings, today).contact;
}

/**
 * The first byte offset where `bytes` stop being valid UTF-8 (only called once `isUtf8` has
 * said they are not, so its cost is paid for broken files alone).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i] as number;
		const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		if (need < 0) return i;
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			// Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
			if (k === 1 && ((b === 0xe0 && c < 0xa0) || (b === 0xed && c > 0x9f) || (b === 0xf0 && c < 0x90) || (b === 0xf4 && c > 0x8f))) return i;
		}
		i += need + 1;
	}
	return -1;
}

/**
 * A note's text, and a warning when its bytes are not valid UTF-8 (Obsidian and Tend read
 * notes as UTF-8). Such a note is still read as well as possible, with U+FFFD for the bytes
 * that do not decode, so its contact shows; every write to it is refused (atomicWrite.ts),
 * since writing the decoded text back would change bytes Tend does not own.
 */
export function decodeNote(relPath: string, bytes: Buffer): { text: string; diagnostic: Diagnostic | null } {
	const text = bytes.toString("utf8");
	if (isUtf8(bytes)) return { text, diagnostic: null };
	const bad = firstInvalidUtf8(bytes);
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < bad; i++) {
		if (bytes[i] === 10) {
			line++;
			lineStart = i + 1;
		}
	}
	const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
	const byte = `0x${(bytes[bad] ?? 0).toString(16).padStart(2, "0")}`;
	const what = utf16 ? "it looks like UTF-16 text" : `the byte ${byte} at column ${bad - lineStart + 1} does not decode`;
	return {
		text,
		diagnostic: {
			path: relPath,
			severity: "warning",
			line: bad >= 0 ? line : undefined,
			message: `the note is not valid UTF-8 (${what}); it is read with the bad bytes replaced, and Tend will not write to it until it is saved as UTF-8`,
		},
	};
}

/**
 * A note file's text, as decodeNote gives it from the file's bytes. Node reads a file into a
 * string with one call when asked for UTF-8 (open, read and close in native code, where
 * reading a Buffer first takes four calls from JavaScript and a copy); it decodes bytes that
 * are not UTF-8 to U+FFFD, so a text without U+FFFD came from valid UTF-8, and only a text
 * with one is read again as bytes, for decodeNote to say where they go wrong.
 *
 * Each thread reads synchronously, one note after the other: on the project's 2-core machine,
 * fs.promises.readFile over the 40,000 notes of the benchmark's vault took 8 s with 8 or 32
 * reads in flight, against 1.1 to 1.7 s for this loop (each promise read is four round trips
 * through the thread pool). The notes are read concurrently by worker threads instead, each
 * reading its batches this way (loadVault, parallelRead.ts).
 */
export function readNoteFile(relPath: string, absolute: string): { text: string; diagnostic: Diagnostic | null } {
	const text = fs.readFileSync(absolute, "utf8");
	if (!text.includes("\uFFFD")) return { text, diagnostic: null };
	return decodeNote(relPath, fs.readFileSync(absolute));
}

/** A note as readListedNote read it: its properties for the mention rules (null when left unparsed). */
export interface NoteSeen {
	path: string;
	text: string;
	frontmatter: Record<string, unknown> | null;
	bodyStart: number;
}

/** What loadVault reads of each note for the mention rules (loadVaultWithMentions), or null for none. */
export interface MentionReading {
	/** The Daily notes settings (mentions.ts, readDailyNotesConfig). */
	daily: DailyNotesInput | null;
}

/** One batch of notes read: loadVault reads a vault batch by batch, on several threads when it is large. */
export interface BatchRead {
	contacts: Contact[];
	/** The diagnostics of the batch's notes, in their order. */
	diagnostics: Diagnostic[];
	otherNotes: string[];
	/** Notes that could not be read (their diagnostic is in `diagnostics`). */
	unread: string[];
	/** What each note can add to the mentions (when asked for), in the notes' order. */
	scanned: ScannedNote[];
}

/** What a batch needs: plain data, so that a worker thread can be handed it as it is. */
export interface ReadJob {
	notes: { path: string; absolute: string }[];
	settings: TendSettings;
	today: Day | null;
	mentions: MentionReading | null;
	batchSize: number;
}

/**
 * Reads batch `batch` of the job's notes: each note is read from disk, decoded, turned into its
 * contact (or not), scanned for the mention rules when asked, and let go, so that no note's text
 * outlives its batch.
 */
export function readBatch(job: ReadJob, batch: number, daily: DailyNotesFormat | null): BatchRead {
	const out: BatchRead = { contacts: [], diagnostics: [], otherNotes: [], unread: [], scanned: [] };
	const end = Math.min(job.notes.length, (batch + 1) * job.batchSize);
	for (let i = batch * job.batchSize; i < end; i++) {
		const note = job.notes[i] as ReadJob["notes"][number];
		let decoded: ReturnType<typeof decodeNote>;
		try {
			decoded = readNoteFile(note.path, note.absolute);
		} catch (e) {
			out.diagnostics.push({ path: note.path, severity: "error", message: `cannot be read: ${e instanceof Error ? e.message : String(e)}` });
			out.unread.push(note.path);
			continue;
		}
		const { text, diagnostic } = decoded;
		const seen = readListedNote(note.path, text, job.settings, job.today);
		const read = seen.contact;
		if (job.mentions !== null && job.settings.mentions.enabled) {
			const scanned = scanNote(seen, read !== null, job.settings.mentions, daily);
			if (scanned !== null) out.scanned.push(scanned);
		}
		if (read) {
			const contact = diagnostic ? { ...read, diagnostics: [diagnostic, ...read.diagnostics] } : read;
			out.contacts.push(contact);
			out.diagnostics.push(...contact.diagnostics);
		} else out.otherNotes.push(note.path);
	}
	return out;
}

registerTask("read-notes", (job: ReadJob) => {
	const daily = job.mentions === null ? null : dailyNotesOf(job.mentions.daily);
	return (batch: number) => readBatch(job, batch, daily);
});

export interface LoadOptions {
	/** Scan each note for the mention rules as it is read (loadVaultWithMentions). */
	mentions?: MentionReading;
}

/** loadVault's result, with what the notes gave the mention rules when asked for. */
export interface LoadedNotes extends LoadedVault {
	/** Every note read, in order (links resolve against them). */
	paths: string[];
	scanned: ScannedNote[];
}

/**
 * Every note of the vault read once, in the order listNotes gives. A large vault is read on
 * several threads (parallelRead.ts); the result is the same, in the same order, as when one
 * thread reads it.
 */
export function loadVault(root: string, today: Day | null, options: LoadOptions = {}): LoadedNotes {
	const { settings, diagnostics } = readSettingsFile(root);
	const notes = listNotes(root);
	const threads = threadsFor(notes.length, process.env);
	const batchSize = batchSizeFor(notes.length, threads);
	const job: ReadJob = { notes, settings, today, mentions: options.mentions ?? null, batchSize };
	const batches = runBatches<ReadJob, BatchRead>("read-notes", job, Math.ceil(notes.length / batchSize), threads, process.env);
	const contacts: Contact[] = [];
	const otherNotes: string[] = [];
	const scanned: ScannedNote[] = [];
	const unread = new Set<string>();
	for (const b of batches) {
		for (const c of b.contacts) contacts.push(c);
		for (const d of b.diagnostics) diagnostics.push(d);
		for (const p of b.otherNotes) otherNotes.push(p);
		for (const s of b.scanned) scanned.push(s);
		for (const p of b.unread) unread.add(p);
	}
	const paths = unread.size === 0 ? notes.map((n) => n.path) : notes.filter((n) => !unread.has(n.path)).map((n) => n.path);
	return { root, settings, contacts, diagnostics, otherNotes, paths, scanned };
}
