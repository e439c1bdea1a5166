/**
 * People from a vCard file (`.vcf`): vCard 3.0 (RFC 2426; Apple Contacts, Google, Outlook)
 * and 4.0 (RFC 6350), parsed with ical.js, which unfolds lines and unescapes values.
 *
 * Each card is handed to ical.js on its own, so a broken card is reported with its line and
 * the others are still read. (Finding where cards begin and end is the only reading done
 * here; everything inside a card is ical.js's.)
 *
 * vCard 2.1 is not supported: its quoted-printable values and bare type words would be read
 * wrongly, so such a card is refused with a message that says how to export a newer version.
 */
// @ts-nocheck

import ICAL from "ical.js";
import { joinName, linkedinUrl, normalizeBirthday, uniqueValues, type ImportProblem, type Person, type ReadPeople } from "./person";

type Jcal = [string, JcalProperty[], unknown[]];
type JcalProperty = [string, Record<string, string | string[]>, string, ...unknown[]];

interface CardText {
	line: number;
	text: string;
}

/** The cards of the file with the line each begins on; text outside cards is ignored. */
function splitCards(text: string): { cards: CardText[]; problems: ImportProblem[] } {
	const lines = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
	const cards: CardText[] = [];
	const problems: ImportProblem[] = [];
	let start = -1;
	for (let i = 0; i < lines.length; i++) {
		const line = (lines[i] as string).trim().toUpperCase();
		if (line === "BEGIN:VCARD") {
			if (start !== -1) problems.push({ line: start + 1, message: "this card has no END:VCARD before the next card begins; it is skipped" });
			start = i;
		} else if (line === "END:VCARD" && start !== -1) {
			cards.push({ line: start + 1, text: `${lines.slice(start, i + 1).join("\r\n")}\r\n` });
			start = -1;
		}
	}
	if (start !== -1) problems.push({ line: start + 1, message: "this card has no END:VCARD; it is skipped" });
	return { cards, problems };
}

function textOf(value: unknown): string {
	if (Array.isArray(value)) return value.map(textOf).filter((s) => s !== "").join(" ");
	if (typeof value === "string") return value;
	return typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

function types(params: Record<string, string | string[]>): string[] {
	const t = params.type;
	const list = Array.isArray(t) ? t : t === undefined ? [] : [t];
	return list.flatMap((x) => x.split(",")).map((x) => x.trim().toLowerCase());
}

function isPreferred(params: Record<string, string | string[]>): boolean {
	return types(params).includes("pref") || params.pref === "1";
}

/** Values of one property, preferred ones (TYPE=pref, PREF=1) first. */
function valuesOf(props: readonly JcalProperty[], name: string): string[] {
	const matching = props.filter((p) => p[0] === name);
	const ordered = [...matching.filter((p) => isPreferred(p[1])), ...matching.filter((p) => !isPreferred(p[1]))];
	return ordered.map((p) => textOf(p.slice(3)).trim()).filter((v) => v !== "");
}

/** Apple writes `https\://` in URLs; the colon needs no escape. */
function unescapeUri(uri: string): string {
	return uri.replace(/\\:/g, ":");
}

function personFromCard(card: Jcal, line: number, problems: ImportProblem[]): Person | null {
	const props = card[1];
	const version = valuesOf(props, "version")[0] ?? "";
	if (version === "2.1" || props.some((p) => String(p[1].encoding ?? "").toUpperCase() === "QUOTED-PRINTABLE")) {
		problems.push({ line, message: "this card is vCard 2.1 (quoted-printable), which Tend does not read; export the contacts as vCard 3.0 or 4.0" });
		return null;
	}
	let name = valuesOf(props, "fn")[0] ?? "";
	if (name === "") {
		const n = props.find((p) => p[0] === "n");
		const parts = n && Array.isArray(n[3]) ? (n[3] as unknown[]) : [];
		// N is family; given; additional; prefix; suffix.
		name = joinName([textOf(parts[1]), textOf(parts[2]), textOf(parts[0])]);
	}
	name = name.replace(/\s+/g, " ").trim();
	if (name === "") {
		problems.push({ line, message: "this card has no name (FN or N); it is skipped" });
		return null;
	}

	const org = props.find((p) => p[0] === "org");
	const orgValue = org ? org[3] : undefined;
	const company = textOf(Array.isArray(orgValue) ? orgValue[0] : orgValue).trim();
	const position = valuesOf(props, "title")[0] ?? valuesOf(props, "role")[0] ?? "";

	let birthday: string | null = null;
	const bday = props.find((p) => p[0] === "bday");
	if (bday) {
		const raw = textOf(bday[3]);
		birthday = normalizeBirthday(raw);
		if (birthday === null) problems.push({ line, message: `${name}: the birthday "${raw}" is not a date Tend can use; it is left out` });
	}

	let linkedin: string | null = null;
	for (const p of props) {
		if (p[0] !== "url" && p[0] !== "x-socialprofile") continue;
		const url = linkedinUrl(unescapeUri(textOf(p[3])));
		if (url) {
			linkedin = url;
			break;
		}
	}

	return {
		name,
		emails: uniqueValues(valuesOf(props, "email").map((e) => e.replace(/^mailto:/i, ""))),
		phones: uniqueValues(valuesOf(props, "tel").map((t) => t.replace(/^tel:/i, ""))),
		company: company === "" ? null : company,
		position: position === "" ? null : position,
		birthday,
		linkedin,
		line,
	};
}

function errorText(e: unknown): string {
	const message = e instanceof Error ? e.message : String(e);
	return message.replace(/^invalid ical body\. /, "");
}

/** The line of the file that ical.js quotes in its message (`invalid line ... "FN Bad"`), else the card's first. */
function errorLine(card: CardText, message: string): number {
	const quoted = /"([^"]+)"\s*$/.exec(message)?.[1];
	if (quoted === undefined) return card.line;
	const at = card.text.split("\r\n").findIndex((l) => l === quoted || l.trim() === quoted.trim());
	return at === -1 ? card.line : card.line + at;
}

export function readVcards(text: string): ReadPeople {
	const { cards, problems } = splitCards(text);
	const people: Person[] = [];
	if (cards.length === 0 && problems.length === 0) problems.push({ line: 1, message: "no vCard in this file (no BEGIN:VCARD line)" });
	for (const card of cards) {
		let parsed: unknown;
		try {
			parsed = ICAL.parse(card.text);
		} catch (e) {
			const message = errorText(e);
			problems.push({ line: errorLine(card, message), message: `this card does not parse (${message}); it is skipped` });
			continue;
		}
		const list = (Array.isArray(parsed) && typeof parsed[0] === "string" ? [parsed] : parsed) as Jcal[];
		for (const jcal of list) {
			if (!Array.isArray(jcal) || jcal[0] !== "vcard") continue;
			const person = personFromCard(jcal, card.line, problems);
			if (person) people.push(person);
		}
	}
	return { format: "vCard", people, problems };
}
