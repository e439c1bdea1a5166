/**
 * Reading the exports people have (fixtures in tests/fixtures/exchange, shaped like the real
 * files): vCard 3 from Apple Contacts, vCard 4, LinkedIn's Connections.csv with its notes
 * preamble, Google's CSV (current and legacy headers). Bad entries are reported with their
 * line and the rest is read.
 */
// @ts-nocheck

import * as fs from "fs";
import * as path from "path";
import { readContactsCsv } from "../../../src/core/exchange/contactsCsv";
import { linkedinUrl, normalizeBirthday, phoneKey } from "../../../src/core/exchange/person";
import { readPeople } from "../../../src/core/exchange/readPeople";
import { readVcards } from "../../../src/core/exchange/vcard";

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "..", "..", "fixtures", "exchange", name), "utf8");

describe("vCard 3 (Apple Contacts export: CRLF, folded lines, TYPE=pref, item groups)", () => {
	const read = readVcards(fixture("contacts-v3.vcf"));

	it("reads every card, with no problems", () => {
		expect(read.problems).toEqual([]);
		expect(read.format).toBe("vCard");
		expect(read.people.map((p) => p.name)).toEqual(["Amara Okafor", "Jörg Müller", "Chen Wei"]);
	});

	it("takes name, company, position, emails (preferred first), phones, birthday and the LinkedIn link", () => {
		expect(read.people[0]).toEqual({
			name: "Amara Okafor",
			emails: ["amara@okafor.example", "amara.okafor@lumen.example"],
			phones: ["+49 151 2345 6789", "+49 30 1234 5678"],
			company: "Lumen Health",
			position: "Head of Regulatory Affairs",
			birthday: "1988-12-01",
			linkedin: "https://www.linkedin.com/in/amara-okafor",
			line: 1,
		});
	});

	it("builds the name from N when there is no FN, and reads Apple's year-less birthday (1604)", () => {
		expect(read.people[1]).toMatchObject({ name: "Jörg Müller", company: "Stadtwerke Köln", birthday: "--03-14", line: 18 });
	});

	it("takes the day of a date-time birthday as written, and X-SOCIALPROFILE for LinkedIn (made https)", () => {
		expect(read.people[2]).toMatchObject({ birthday: "1988-12-01", linkedin: "https://www.linkedin.com/in/chenwei", phones: ["(415) 555-0199"] });
	});
});

describe("vCard 4", () => {
	const read = readVcards(fixture("contacts-v4.vcf"));

	it("reads PREF=1, tel: URIs, --MMDD and YYYYMMDD birthdays", () => {
		expect(read.people[0]).toEqual({
			name: "Priya Raman",
			emails: ["priya.raman@mail.example", "priya@northwind.example"],
			phones: ["+1-555-0100"],
			company: "Northwind Capital",
			position: "Partner",
			birthday: "--12-03",
			linkedin: "https://www.linkedin.com/in/priya-raman",
			line: 1,
		});
		expect(read.people[1]).toMatchObject({ name: "Hiro Tanaka", birthday: "1985-03-14", phones: ["+81-3-1234-5678"] });
	});

	it("reports a card that does not parse at its bad line, a birthday that is not a date, and vCard 2.1; the rest is read", () => {
		expect(read.people.map((p) => p.name)).toEqual(["Priya Raman", "Hiro Tanaka", "Leap Year"]);
		expect(read.people[2]?.birthday).toBeNull();
		expect(read.problems).toEqual([
			{ line: 23, message: 'this card does not parse (invalid line (no token ";" or ":") "EMAIL this line has no colon"); it is skipped' },
			{ line: 25, message: 'Leap Year: the birthday "sometime in spring" is not a date Tend can use; it is left out' },
			{ line: 30, message: "this card is vCard 2.1 (quoted-printable), which Tend does not read; export the contacts as vCard 3.0 or 4.0" },
		]);
	});

	it("reports a card without END and a file without cards", () => {
		expect(readVcards("BEGIN:VCARD\nVERSION:3.0\nFN:Half\n").problems).toEqual([{ line: 1, message: "this card has no END:VCARD; it is skipped" }]);
		expect(readVcards("hello\n").problems).toEqual([{ line: 1, message: "no vCard in this file (no BEGIN:VCARD line)" }]);
		expect(readVcards("BEGIN:VCARD\nVERSION:4.0\nORG:Acme\nEND:VCARD\n").problems).toEqual([{ line: 1, message: "this card has no name (FN or N); it is skipped" }]);
	});
});

describe("LinkedIn's Connections.csv", () => {
	const read = readContactsCsv(fixture("Connections.csv"));

	it("finds the header after the notes preamble and reads quoted fields with commas and quotes", () => {
		expect(read.format).toBe("LinkedIn connections");
		expect(read.people.map((p) => [p.name, p.company, p.position, p.line])).toEqual([
			["Amara Okafor", "Lumen Health, GmbH", "Head of Regulatory Affairs, EMEA", 5],
			["José O'Brien", "Acme", 'CTO, "Platform" team', 6],
			["Kemi Adeyemi", "Brightpath", "Founder", 7],
			["Noah Fischer", "Fischer & Söhne", "Managing Director", 8],
		]);
		expect(read.people[1]).toMatchObject({ emails: ["jose@obrien.example"], linkedin: "https://www.linkedin.com/in/jose-obrien", birthday: null });
		expect(read.people[0]?.emails).toEqual([]);
	});

	it("reports the row without a name", () => {
		expect(read.problems).toEqual([{ line: 9, message: "this row has no name; it is skipped" }]);
	});
});

describe("Google contacts CSV", () => {
	const read = readContactsCsv(fixture("google.csv"));

	it("reads the current header (BOM, multi-line notes, ' ::: ' joined values, numbered columns)", () => {
		expect(read.format).toBe("Google contacts");
		expect(read.people[0]).toEqual({
			name: "Elena Petrova",
			emails: ["elena.petrova@finlytics.example", "elena@petrova.example", "elena.p@mail.example"],
			phones: ["+44 7700 900123"],
			company: "Finlytics",
			position: "Head of Payments Risk",
			birthday: "1990-07-01",
			linkedin: "https://www.linkedin.com/in/elena-petrova",
			line: 2,
		});
		expect(read.people[1]).toMatchObject({ name: "Liam O'Brien Jr.", birthday: "--03-14", phones: ["+353 85 123 4567", "+353 1 555 0101"], line: 4 });
		expect(read.people[2]).toMatchObject({ name: "Maya Singh", company: "Singh, Patel & Co", birthday: null, line: 5 });
	});

	it("reports a birthday that does not exist and a row without a name, by line", () => {
		expect(read.problems).toEqual([
			{ line: 5, message: 'Maya Singh: the birthday "1992-02-30" is not a date Tend can use; it is left out' },
			{ line: 6, message: "this row has no name; it is skipped" },
		]);
	});

	it("reads the legacy header (Name, Given Name, Organization 1 - Name)", () => {
		const legacy = readContactsCsv(fixture("google-legacy.csv"));
		expect(legacy.problems).toEqual([]);
		expect(legacy.people).toEqual([
			{
				name: "Grace Liu",
				emails: ["grace@liu.example"],
				phones: ["+1 206 555 0142"],
				company: "Cascade Bio",
				position: "Head of Research",
				birthday: "1991-05-20",
				linkedin: "https://linkedin.com/in/grace-liu",
				line: 2,
			},
		]);
	});

	it("refuses a CSV that is neither export, naming the line", () => {
		expect(readContactsCsv("a,b\n1,2\n").problems).toEqual([{ line: 1, message: "no header row with a First Name or Name column: this is not a LinkedIn or Google contacts export" }]);
		expect(readContactsCsv("\n\nName,Age\nAda,36\n").problems[0]).toEqual({
			line: 3,
			message: "the header is neither LinkedIn's (First Name, Last Name, URL, ..., Connected On) nor Google's (First Name, ..., E-mail 1 - Value, ...)",
		});
	});

	it("reports an unclosed quote with its line", () => {
		const r = readContactsCsv('First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,,,"Analytical Engines,x,01 Jan 2020\n');
		expect(r.problems).toEqual([{ line: 2, message: "Quoted field unterminated; this row may be read wrongly" }]);
	});
});

describe("readPeople picks the reader by extension, or by content", () => {
	it.each([
		["contacts.vcf", "vCard"],
		["contacts.VCARD", "vCard"],
		["Connections.csv", "LinkedIn connections"],
	])("%s", (name, format) => {
		const text = name.endsWith("csv") ? fixture("Connections.csv") : fixture("contacts-v3.vcf");
		expect(readPeople(name, text).format).toBe(format);
	});
	it("a file without a known extension", () => {
		expect(readPeople("export.txt", fixture("contacts-v4.vcf")).format).toBe("vCard");
		expect(readPeople("export.txt", fixture("google.csv")).format).toBe("Google contacts");
	});
});

describe("values", () => {
	it.each([
		["1985-03-14", "1985-03-14"],
		["19850314", "1985-03-14"],
		["1985-03-14T00:00:00Z", "1985-03-14"],
		["--03-14", "--03-14"],
		["--0314", "--03-14"],
		["--02-29", "--02-29"],
		["1604-02-29", "--02-29"],
		["0000-07-04", "--07-04"],
		["1985-02-29", null],
		["2000-13-01", null],
		["March 14", null],
		["", null],
	])("birthday %j -> %j", (text, expected) => expect(normalizeBirthday(text)).toBe(expected));

	it("LinkedIn links, https, with or without www or a scheme; other links are not", () => {
		expect(linkedinUrl("http://www.linkedin.com/in/ada")).toBe("https://www.linkedin.com/in/ada");
		expect(linkedinUrl("linkedin.com/in/ada")).toBe("https://linkedin.com/in/ada");
		expect(linkedinUrl("https://de.linkedin.com/in/ada")).toBe("https://de.linkedin.com/in/ada");
		expect(linkedinUrl("https://notlinkedin.com/in/ada")).toBeNull();
		expect(linkedinUrl("https://example.com/linkedin.com/")).toBeNull();
	});

	it("phone keys compare digits, keeping a leading +", () => {
		expect(phoneKey("+1 (555) 010-0")).toBe("+15550100");
		expect(phoneKey("tel 555 0100")).toBe("5550100");
	});
});
