/**
 * `node scripts/run-ts.mjs scripts/bench-exchange.ts`: figures for the calendar feed and the
 * import on a large vault (never a pass/fail test: this machine is shared and noisy).
 *
 * - the feed of 20,000 contacts (due dates, birthdays, promises), and its size;
 * - reading a 5,000-person Google CSV and a 5,000-card vCard file;
 * - planning the import of 5,000 people against 20,000 contact notes (half of them match).
 * Each figure is the median of 5 runs after a warm-up.
 */
// @ts-nocheck

import { formatDay, parseIsoDay } from "../src/core/calendar";
import { readContact, type Contact } from "../src/core/contact";
import { calendarFeed } from "../src/core/exchange/calendarFeed";
import { planImport } from "../src/core/exchange/importPlan";
import type { ExistingNote } from "../src/core/exchange/matching";
import { readContactsCsv } from "../src/core/exchange/contactsCsv";
import { readVcards } from "../src/core/exchange/vcard";
import { parseFrontmatter } from "../src/core/frontmatter";
import { DEFAULT_SETTINGS } from "../src/core/settings";

const CONTACTS = 20_000;
const PEOPLE = 5_000;
const TODAY = parseIsoDay("2026-11-27") as number;

function time(label: string, fn: () => unknown): void {
	fn();
	const runs: number[] = [];
	for (let i = 0; i < 5; i++) {
		const t = performance.now();
		fn();
		runs.push(performance.now() - t);
	}
	runs.sort((a, b) => a - b);
	console.log(`${label}: ${(runs[2] as number).toFixed(1)} ms`);
}

const notes: { path: string; text: string }[] = [];
for (let i = 0; i < CONTACTS; i++) {
	const fm = [`tier: ${"ABC"[i % 3]}`, `last_contact: ${formatDay(TODAY - (i % 200))}`, `email: person${i}@example.com`];
	if (i % 3 === 0) fm.push(`birthday: --${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`);
	if (i % 5 === 0) fm.push("promises:", `  - ${formatDay(TODAY + (i % 30))} Send the deck`);
	notes.push({ path: `People/Person ${i}.md`, text: `---\n${fm.join("\n")}\n---\n` });
}
const parsed = notes.map((n) => ({ path: n.path, data: (parseFrontmatter(n.text) as { data: Record<string, unknown> }).data, text: n.text }));
const contacts: Contact[] = parsed.map((n) => readContact({ path: n.path, frontmatter: n.data, text: n.text, bodyStart: n.text.length }, DEFAULT_SETTINGS, TODAY));
const existing: ExistingNote[] = parsed.map((n) => ({ path: n.path, frontmatter: n.data }));

let feed = "";
time(`calendar feed of ${CONTACTS} contacts`, () => (feed = calendarFeed(contacts, TODAY, DEFAULT_SETTINGS, 0, { vaultName: "Vault" })));
console.log(`  ${(feed.match(/BEGIN:VEVENT/g) ?? []).length} events, ${(Buffer.byteLength(feed) / 1024 / 1024).toFixed(1)} MB`);

const header = "First Name,Middle Name,Last Name,Organization Name,Organization Title,Birthday,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value";
const rows = Array.from({ length: PEOPLE }, (_, i) => `Person,,${i * 4},"Company ${i}, Inc.",Engineer,1990-01-0${1 + (i % 9)},Work,person${i * 4}@example.com,Mobile,+1 555 ${i}`);
const csv = `${header}\n${rows.join("\n")}\n`;
const vcf = Array.from({ length: PEOPLE }, (_, i) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${i * 4}\r\nORG:Company ${i}\r\nEMAIL;type=INTERNET:person${i * 4}@example.com\r\nTEL;type=CELL:+1 555 ${i}\r\nBDAY:1990-01-0${1 + (i % 9)}\r\nEND:VCARD\r\n`).join("");
time(`reading a ${PEOPLE}-person Google CSV`, () => readContactsCsv(csv));
time(`reading a ${PEOPLE}-card vCard file`, () => readVcards(vcf));
const people = readContactsCsv(csv).people;
time(`planning ${PEOPLE} people against ${CONTACTS} notes`, () => planImport(people, existing, DEFAULT_SETTINGS, () => false));
