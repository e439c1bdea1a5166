/**
 * Reads an address book export, whichever it is: a vCard file (`.vcf`, `.vcard`, or any file
 * whose text has `BEGIN:VCARD`) or a CSV (LinkedIn's or Google's, told apart by the header).
 */
// @ts-nocheck

import { readContactsCsv } from "./contactsCsv";
import type { ReadPeople } from "./person";
import { readVcards } from "./vcard";

/** The file extensions an import takes. */
export const IMPORT_EXTENSIONS = ["vcf", "vcard", "csv"];

export function readPeople(fileName: string, text: string): ReadPeople {
	const ext = fileName.slice(fileName.lastIndexOf(".") + 1).toLowerCase();
	if (ext === "vcf" || ext === "vcard") return readVcards(text);
	if (ext === "csv") return readContactsCsv(text);
	return /^\s*BEGIN:VCARD\s*$/im.test(text) ? readVcards(text) : readContactsCsv(text);
}
