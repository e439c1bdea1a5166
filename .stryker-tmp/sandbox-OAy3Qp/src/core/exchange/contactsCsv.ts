/**
 * People from the two CSV exports people have: LinkedIn's `Connections.csv` and Google
 * Contacts' "Google CSV". The file is read with papaparse (quoted fields, commas and line
 * breaks inside quotes, a BOM, CRLF); this module only maps columns to a person.
 *
 * - LinkedIn (Settings → Data privacy → Get a copy of your data → Connections) writes a few
 *   lines of notes before the header `First Name,Last Name,URL,Email Address,Company,
 *   Position,Connected On`; the header is found wherever it starts. Email Address is empty
 *   unless the connection allowed it.
 * - Google (contacts.google.com → Export → Google CSV) writes `First Name, Middle Name, Last
 *   Name, ..., Organization Name, Organization Title, ..., Birthday, ..., E-mail 1 - Value,
 *   ..., Phone 1 - Value, ..., Website 1 - Value`. Its older export had `Name, Given Name,
 *   Additional Name, Family Name, ..., Organization 1 - Name, Organization 1 - Title`; both
 *   are read. A cell with several values joins them with ` ::: `.
 */
// @ts-nocheck

import Papa from "papaparse";
import { joinName, linkedinUrl, normalizeBirthday, uniqueValues, type ImportProblem, type Person, type ReadPeople } from "./person";

interface Row {
	cells: string[];
	line: number;
}

/** Every row of the file with the line it starts on (a quoted cell may span lines). */
function readRows(text: string): { rows: Row[]; problems: ImportProblem[] } {
	const source = text.replace(/^\ufeff/, "");
	const rows: Row[] = [];
	const problems: ImportProblem[] = [];
	let lineAt = 0;
	let line = 1;
	const lineOf = (offset: number) => {
		for (; lineAt < offset && lineAt < source.length; lineAt++) if (source.charCodeAt(lineAt) === 10) line++;
		return line;
	};
	let rowStart = 0;
	Papa.parse<string[]>(source, {
		delimiter: ",",
		skipEmptyLines: false,
		step: (result) => {
			const start = rowStart;
			rowStart = result.meta.cursor;
			// The cursor stops before the row's line break; the next row starts after it.
			if (source.startsWith("\r\n", rowStart)) rowStart += 2;
			else if (source[rowStart] === "\n" || source[rowStart] === "\r") rowStart += 1;
			const at = lineOf(start);
			for (const e of result.errors) problems.push({ line: at, message: `${e.message.replace(/\.$/, "")}; this row may be read wrongly` });
			const cells = result.data;
			if (cells.length === 1 && (cells[0] ?? "").trim() === "") return;
			rows.push({ cells, line: at });
		},
	});
	return { rows, problems };
}

type Columns = Map<string, number>;

function columnsOf(header: readonly string[]): Columns {
	const map: Columns = new Map();
	header.forEach((h, i) => {
		const key = h.trim().toLowerCase();
		if (!map.has(key)) map.set(key, i);
	});
	return map;
}

function cell(row: Row, columns: Columns, name: string): string {
	const i = columns.get(name.toLowerCase());
	return i === undefined ? "" : (row.cells[i] ?? "").trim();
}

/** Every value of the numbered columns `E-mail 1 - Value`, `E-mail 2 - Value`, ... split on ` ::: `. */
function numbered(row: Row, columns: Columns, prefix: string): string[] {
	const out: string[] = [];
	for (const [name, i] of columns) {
		const m = /^(.+?) (\d+) - value$/.exec(name);
		if (!m || m[1] !== prefix.toLowerCase()) continue;
		out.push(...(row.cells[i] ?? "").split(":::"));
	}
	return out.map((v) => v.trim()).filter((v) => v !== "");
}

const NAME_COLUMNS = ["first name", "given name", "name"];

function isHeader(cells: readonly string[]): boolean {
	const names = cells.map((c) => c.trim().toLowerCase());
	return NAME_COLUMNS.some((n) => names.includes(n)) && names.length >= 2;
}

function linkedinPerson(row: Row, columns: Columns): Person {
	const email = cell(row, columns, "Email Address");
	return {
		name: joinName([cell(row, columns, "First Name"), cell(row, columns, "Last Name")]),
		emails: email === "" ? [] : [email],
		phones: [],
		company: cell(row, columns, "Company") || null,
		position: cell(row, columns, "Position") || null,
		birthday: null,
		linkedin: linkedinUrl(cell(row, columns, "URL")),
		line: row.line,
	};
}

function googlePerson(row: Row, columns: Columns, problems: ImportProblem[]): Person {
	const c = (name: string) => cell(row, columns, name);
	const name =
		joinName([c("First Name"), c("Middle Name"), c("Last Name"), c("Name Suffix")]) ||
		c("Name") ||
		joinName([c("Given Name"), c("Additional Name"), c("Family Name"), c("Name Suffix")]);
	const birthdayText = c("Birthday");
	const birthday = birthdayText === "" ? null : normalizeBirthday(birthdayText);
	if (birthdayText !== "" && birthday === null) problems.push({ line: row.line, message: `${name || "this row"}: the birthday "${birthdayText}" is not a date Tend can use; it is left out` });
	const linkedin = numbered(row, columns, "Website").map(linkedinUrl).find((u) => u !== null) ?? null;
	return {
		name,
		emails: uniqueValues(numbered(row, columns, "E-mail")),
		phones: uniqueValues(numbered(row, columns, "Phone")),
		company: c("Organization Name") || c("Organization 1 - Name") || null,
		position: c("Organization Title") || c("Organization 1 - Title") || null,
		birthday,
		linkedin,
		line: row.line,
	};
}

export function readContactsCsv(text: string): ReadPeople {
	const { rows, problems } = readRows(text);
	const headerAt = rows.findIndex((r) => isHeader(r.cells));
	if (headerAt === -1) {
		problems.unshift({ line: 1, message: "no header row with a First Name or Name column: this is not a LinkedIn or Google contacts export" });
		return { format: "CSV", people: [], problems };
	}
	const header = rows[headerAt] as Row;
	const columns = columnsOf(header.cells);
	const linkedin = columns.has("url") && columns.has("connected on");
	const google = [...columns.keys()].some((k) => /^(e-mail|phone) \d+ - value$/.test(k) || k === "given name" || k === "organization name");
	if (!linkedin && !google) {
		problems.unshift({ line: header.line, message: "the header is neither LinkedIn's (First Name, Last Name, URL, ..., Connected On) nor Google's (First Name, ..., E-mail 1 - Value, ...)" });
		return { format: "CSV", people: [], problems };
	}
	const people: Person[] = [];
	for (const row of rows.slice(headerAt + 1)) {
		const person = linkedin ? linkedinPerson(row, columns) : googlePerson(row, columns, problems);
		if (person.name === "") {
			problems.push({ line: row.line, message: "this row has no name; it is skipped" });
			continue;
		}
		people.push(person);
	}
	return { format: linkedin ? "LinkedIn connections" : "Google contacts", people, problems };
}
