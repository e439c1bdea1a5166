/**
 * Whether an imported person already has a note: the same email address, or the same name
 * once case, accents, Unicode forms, punctuation and spacing are set aside ("José O'Brien",
 * "jose obrien" and "JOSÉ  O’BRIEN" are one person). A note's `aliases` count as its names.
 *
 * An email address is the stronger sign: it decides when it points at one note. A name that
 * fits several notes is ambiguous, and the person is left for the user to sort out rather
 * than guessed at or duplicated.
 */
// @ts-nocheck

import { baseName } from "../contact";
import { resolveKey } from "../frontmatter";
import type { Person } from "./person";

/** A contact note as the import sees it. */
export interface ExistingNote {
	path: string;
	/** Parsed frontmatter; null when the note has none or it does not parse. */
	frontmatter: Record<string, unknown> | null;
}

/** Email property names read when matching (Tend writes `email`). */
export const EMAIL_KEYS = ["email", "emails"];

/** The form of a name that two spellings of it share. */
export function foldName(name: string): string {
	return name
		.normalize("NFKD")
		.replace(/\p{M}/gu, "")
		.toLowerCase()
		.replace(/ß/g, "ss")
		.replace(/['’‘`´]/g, "")
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}

export function foldEmail(email: string): string {
	return email.trim().replace(/^mailto:/i, "").toLowerCase();
}

function textValues(value: unknown): string[] {
	const items = Array.isArray(value) ? value : [value];
	return items.filter((v): v is string | number => typeof v === "string" || typeof v === "number").map((v) => String(v).trim()).filter((v) => v !== "");
}

/** A property's text values, by name in any case (`Email` is `email`). */
export function propertyValues(frontmatter: Record<string, unknown> | null, key: string): string[] {
	if (!frontmatter) return [];
	return textValues(frontmatter[resolveKey(Object.keys(frontmatter), key)]);
}

export function noteEmails(note: ExistingNote): string[] {
	return EMAIL_KEYS.flatMap((k) => propertyValues(note.frontmatter, k)).map(foldEmail);
}

export function noteNames(note: ExistingNote): string[] {
	return [baseName(note.path), ...propertyValues(note.frontmatter, "aliases"), ...propertyValues(note.frontmatter, "alias")].map(foldName).filter((n) => n !== "");
}

export type NoteMatch =
	| { kind: "none" }
	| { kind: "one"; note: ExistingNote; by: "email" | "name" }
	| { kind: "ambiguous"; notes: ExistingNote[] };

/** Looks people up among many notes without scanning every note for every person. */
export class NoteFinder {
	private readonly byEmail = new Map<string, ExistingNote[]>();
	private readonly byName = new Map<string, ExistingNote[]>();

	constructor(notes: readonly ExistingNote[]) {
		for (const note of notes) {
			for (const e of new Set(noteEmails(note))) push(this.byEmail, e, note);
			for (const n of new Set(noteNames(note))) push(this.byName, n, note);
		}
	}

	find(person: Person): NoteMatch {
		const byEmail = unique(person.emails.flatMap((e) => this.byEmail.get(foldEmail(e)) ?? []));
		if (byEmail.length === 1) return { kind: "one", note: byEmail[0] as ExistingNote, by: "email" };
		const byName = unique(this.byName.get(foldName(person.name)) ?? []);
		if (byName.length === 1) return { kind: "one", note: byName[0] as ExistingNote, by: "name" };
		// Several notes: when the emails narrow them to one of the name's notes, that is the one.
		if (byName.length > 1 && byEmail.length > 1) {
			const both = byName.filter((n) => byEmail.includes(n));
			if (both.length === 1) return { kind: "one", note: both[0] as ExistingNote, by: "email" };
		}
		const candidates = unique([...byEmail, ...byName]);
		return candidates.length === 0 ? { kind: "none" } : { kind: "ambiguous", notes: candidates };
	}
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function unique<T>(items: readonly T[]): T[] {
	return [...new Set(items)];
}
