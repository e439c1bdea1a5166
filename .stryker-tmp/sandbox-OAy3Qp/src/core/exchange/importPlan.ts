/**
 * What an import will do, decided before anything is written (and shown as the preview in
 * the plugin, or by `tend import --dry-run`):
 *
 * - a person with no note gets a new contact note in the new-contact folder (else the
 *   contacts folder) with what the export knew and an empty tier, so it waits under "needs a
 *   tier" until the user picks one;
 * - a person who has a note (see matching.ts) gets only the properties the note lacks; a
 *   value the note already has is never replaced, and the plan says what was kept;
 * - the same person twice in one file is merged into one note.
 *
 * The writes are pure edits (`text -> text | refusal`) that the CLI applies with its atomic
 * write and the plugin with `Vault.process`; an update re-checks the note as it is when it
 * is written, so a value the user typed meanwhile is not overwritten either.
 */
// @ts-nocheck

import { folderPrefix, isContactNote } from "../contact";
import { addListItem, setFrontmatterScalar } from "../edits/frontmatterEdit";
import { headingLine } from "../edits/logEdit";
import { done, refuse, rewritten, type EditResult } from "../edits/result";
import { spliceBetween } from "../edits/splices";
import { parseFrontmatter, resolveKey } from "../frontmatter";
import type { TendSettings } from "../settings";
import { foldEmail, foldName, NoteFinder, propertyValues, type ExistingNote } from "./matching";
import { phoneKey, uniqueValues, type Person } from "./person";

/** One property an import writes, with its values (one value is written as text, several as a list). */
export interface Addition {
	key: string;
	values: string[];
}

export type PlannedChange =
	| { kind: "create"; path: string; person: Person; lines: number[]; additions: Addition[] }
	| {
			kind: "update";
			path: string;
			person: Person;
			lines: number[];
			by: "email" | "name";
			/** Everything the person brings; the write adds what the note lacks at that moment. */
			wanted: Addition[];
			/** What the note lacks now (the preview). */
			additions: Addition[];
			kept: string[];
	  }
	| { kind: "skip"; person: Person; lines: number[]; reason: string };

export interface ImportPlan {
	changes: PlannedChange[];
	/** Where new notes go ("" for the top of the vault). */
	folder: string;
}

/** Property names the import writes besides Tend's own (birthday and tier come from settings). */
export const IMPORT_KEYS = { company: "company", position: "position", email: "email", phone: "phone", linkedin: "linkedin" } as const;

// Characters a file name or a link cannot hold (Obsidian refuses \ / : and breaks links on
// # ^ [ ] |; Windows refuses * ? " < > too), and control characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g;
// Names Windows reserves for devices, in any case and with any extension.
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/i;
const MAX_NAME = 120;

/**
 * A note name for a person: unsafe characters become spaces, no leading dot (a hidden file,
 * or `..`), no trailing dot or space, not a reserved device name. "" when nothing is left.
 * The result never holds a `/` or `\`, so it cannot leave the folder it is put in.
 */
export function safeNoteName(name: string): string {
	let s = name.normalize("NFC").replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
	s = s.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
	if ([...s].length > MAX_NAME) s = [...s].slice(0, MAX_NAME).join("").replace(/[.\s]+$/, "");
	if (RESERVED.test(s)) s = `${s} (contact)`;
	return s;
}

/**
 * The folder new notes go to: the new-contact folder, else the contacts folder, else the
 * top of the vault; null when the setting would climb out of the vault (`..`).
 */
export function importFolder(settings: TendSettings): string | null {
	const folder = settings.newContactFolder.trim() !== "" ? settings.newContactFolder : settings.contactsFolder;
	const prefix = folderPrefix(folder.replace(/\\/g, "/")).replace(/\/$/, "");
	if (prefix.split("/").some((part) => part === ".." || part === ".")) return null;
	return prefix.replace(/\/{2,}/g, "/");
}

/** The properties a person brings, in the order a new note lists them. */
export function personProperties(person: Person, settings: TendSettings): Addition[] {
	const out: Addition[] = [];
	const add = (key: string, values: (string | null)[]) => {
		const kept = values.filter((v): v is string => v !== null && v.trim() !== "").map((v) => v.trim());
		if (kept.length > 0) out.push({ key, values: kept });
	};
	add(IMPORT_KEYS.company, [person.company]);
	add(IMPORT_KEYS.position, [person.position]);
	add(IMPORT_KEYS.email, person.emails);
	add(IMPORT_KEYS.phone, person.phones);
	add(settings.keys.birthday, [person.birthday]);
	add(IMPORT_KEYS.linkedin, [person.linkedin]);
	return out;
}

function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0);
}

function sameValue(key: string, a: string, b: string): boolean {
	if (key === IMPORT_KEYS.email) return foldEmail(a) === foldEmail(b);
	if (key === IMPORT_KEYS.phone) return phoneKey(a) === phoneKey(b);
	return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export interface AdditionsOutcome {
	result: EditResult;
	/** What was (or would be) added: `company`, `email (2)`. */
	added: string[];
	/** What the note already had and kept: `company (has "Acme")`. */
	kept: string[];
}

function describe(a: Addition): string {
	return a.values.length > 1 ? `${a.key} (${a.values.length})` : a.key;
}

/**
 * Which of `wanted` a note's properties lack: a missing or empty property gets the values, a
 * list gets the values it does not hold yet; any other value is kept (and said so).
 */
export function missingProperties(data: Record<string, unknown> | null, wanted: readonly Addition[]): { additions: Addition[]; kept: string[] } {
	const additions: Addition[] = [];
	const kept: string[] = [];
	for (const a of wanted) {
		const key = data ? resolveKey(Object.keys(data), a.key) : a.key;
		const value = data?.[key];
		if (isEmpty(value)) {
			additions.push({ key, values: a.values });
			continue;
		}
		const have = propertyValues(data, key);
		const fresh = a.values.filter((v) => !have.some((h) => sameValue(a.key, h, v)));
		if (fresh.length === 0) continue;
		if (Array.isArray(value)) additions.push({ key, values: fresh });
		else kept.push(`${key} (has ${JSON.stringify(have[0] ?? String(value))}; not added: ${fresh.join(", ")})`);
	}
	return { additions, kept };
}

/** Adds the properties a note lacks, to the note as it is now (see `missingProperties`). */
export function addMissingProperties(text: string, wanted: readonly Addition[]): AdditionsOutcome {
	const parsed = parseFrontmatter(text);
	if (parsed.kind === "error") {
		const reason = `its frontmatter does not parse (line ${parsed.problem.line}: ${parsed.problem.message}); the note was not changed`;
		return { result: refuse(reason, parsed.problem.line), added: [], kept: [] };
	}
	const data = parsed.kind === "ok" ? parsed.data : null;
	const { additions, kept } = missingProperties(data, wanted);
	let current = text;
	let frontmatter = data;
	const added: string[] = [];
	for (const a of additions) {
		const isList = Array.isArray(data?.[a.key]);
		const step: EditResult =
			a.values.length === 1 && !isList
				? setFrontmatterScalar(current, a.key, a.values[0] as string)
				: a.values.reduce<EditResult>((r, v) => (r.ok ? addListItem(r.text, a.key, v) : r), done(current, [], frontmatter));
		if (!step.ok) return { result: step, added, kept };
		current = step.text;
		frontmatter = step.frontmatter;
		added.push(describe(a));
	}
	// Every step changes only the frontmatter, so the one region between the first and the
	// last change is the whole edit (an open note keeps its cursor in the body).
	return { result: done(current, spliceBetween(text, current), frontmatter), added, kept };
}

/** The text of a new contact note for a person: an empty tier, what is known, the empty log. */
export function newPersonNote(path: string, person: Person, settings: TendSettings): EditResult {
	let text = `---\n${settings.keys.tier}:\n---\n\n${headingLine(settings.logHeading)}\n`;
	const outcome = addMissingProperties(text, personProperties(person, settings));
	if (!outcome.result.ok) return outcome.result;
	text = outcome.result.text;
	if (!isContactNote(path, outcome.result.frontmatter, [], settings)) {
		// The note goes outside the contacts folder: mark it so that Tend still sees it.
		const marked =
			settings.contactType.trim() !== ""
				? setFrontmatterScalar(text, settings.keys.type, settings.contactType.trim())
				: settings.contactTag.trim() !== ""
					? addListItem(text, "tags", settings.contactTag.trim().replace(/^#/, ""))
					: rewritten(text, text, ["with the current settings (no contacts folder, tag or type) Tend will not see this note as a contact"]);
		if (!marked.ok) return marked;
		return rewritten("", marked.text, marked.warnings);
	}
	return rewritten("", text);
}

function mergePerson(into: Person, other: Person): Person {
	return {
		name: into.name,
		emails: uniqueValues([...into.emails, ...other.emails], foldEmail),
		phones: uniqueValues([...into.phones, ...other.phones], phoneKey),
		company: into.company ?? other.company,
		position: into.position ?? other.position,
		birthday: into.birthday ?? other.birthday,
		linkedin: into.linkedin ?? other.linkedin,
		line: into.line,
	};
}

function notePath(folder: string, name: string): string {
	return folder === "" ? `${name}.md` : `${folder}/${name}.md`;
}

/**
 * Plans the import of `people` into a vault whose contact notes are `existing`. `exists`
 * says whether a vault path is taken by any file (a new note never replaces one); compared
 * without case, since macOS and Windows disks do not tell `Ada.md` from `ada.md`.
 */
export function planImport(people: readonly Person[], existing: readonly ExistingNote[], settings: TendSettings, exists: (path: string) => boolean): ImportPlan | { error: string } {
	const folder = importFolder(settings);
	if (folder === null) return { error: `the new-contact folder "${settings.newContactFolder || settings.contactsFolder}" climbs out of the vault (..); fix it in Tend's settings` };
	const finder = new NoteFinder(existing);
	const updates = new Map<string, { person: Person; lines: number[]; by: "email" | "name" }>();
	const creates: { person: Person; lines: number[] }[] = [];
	const skips: PlannedChange[] = [];
	const order: (string | { create: number } | { skip: number })[] = [];

	for (const person of people) {
		const match = finder.find(person);
		if (match.kind === "one") {
			const had = updates.get(match.note.path);
			if (had) {
				had.person = mergePerson(had.person, person);
				had.lines.push(person.line);
			} else {
				updates.set(match.note.path, { person, lines: [person.line], by: match.by });
				order.push(match.note.path);
			}
			continue;
		}
		if (match.kind === "ambiguous") {
			skips.push({ kind: "skip", person, lines: [person.line], reason: `several notes could be ${person.name}: ${match.notes.map((n) => n.path).join(", ")}; add the details by hand` });
			order.push({ skip: skips.length - 1 });
			continue;
		}
		const name = foldName(person.name);
		const emails = new Set(person.emails.map(foldEmail));
		const same = creates.find((c) => foldName(c.person.name) === name || c.person.emails.some((e) => emails.has(foldEmail(e))));
		if (same) {
			same.person = mergePerson(same.person, person);
			same.lines.push(person.line);
			continue;
		}
		creates.push({ person, lines: [person.line] });
		order.push({ create: creates.length - 1 });
	}

	const byPath = new Map(existing.map((n) => [n.path, n]));
	const taken = new Set<string>();
	const changes: PlannedChange[] = [];
	for (const item of order) {
		if (typeof item === "string") {
			const u = updates.get(item);
			const note = byPath.get(item);
			if (!u || !note) continue;
			const wanted = personProperties(u.person, settings);
			const { additions, kept } = missingProperties(note.frontmatter, wanted);
			changes.push({ kind: "update", path: item, person: u.person, lines: u.lines, by: u.by, wanted, additions, kept });
		} else if ("skip" in item) {
			changes.push(skips[item.skip] as PlannedChange);
		} else {
			const c = creates[item.create] as { person: Person; lines: number[] };
			const base = safeNoteName(c.person.name);
			if (base === "") {
				changes.push({ kind: "skip", person: c.person, lines: c.lines, reason: `the name "${c.person.name}" has no letters Tend can use in a file name` });
				continue;
			}
			let path = notePath(folder, base);
			// Two people whose names make the same file name: the second gets a number.
			for (let n = 2; taken.has(path.toLowerCase()); n++) path = notePath(folder, `${base} ${n}`);
			if (exists(path)) {
				// A contact note there would have matched: this is some other file.
				changes.push({ kind: "skip", person: c.person, lines: c.lines, reason: `${path} exists and is not a contact note; it was not overwritten` });
				continue;
			}
			taken.add(path.toLowerCase());
			changes.push({ kind: "create", path, person: c.person, lines: c.lines, additions: personProperties(c.person, settings) });
		}
	}
	return { changes, folder };
}
