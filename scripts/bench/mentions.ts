/**
 * Figures for "contact recorded where it happens" (issue 10, item 5), as rows of the
 * `npm run bench` table: 20,000 contacts and 50,000 dated notes (each linking two or three
 * contacts, some with tasks).
 *
 * - the first full scan: every dated note read by the text reader (the CLI's) and put in the
 *   mention index; and the same by the cache reader (the plugin's) from metadata-cache objects
 *   already built (Obsidian holds them; building them is not Tend's cost);
 * - the update after one daily note changed: the cache reader on that note plus
 *   `MentionIndex.update`, the work the plugin does on a `changed` event (the target is under
 *   1 ms), as the median of 2,000 updates.
 */
import { formatDay, parseIsoDay } from "../../src/core/calendar";
import { parseFrontmatter } from "../../src/core/frontmatter";
import { MentionIndex } from "../../src/core/mentions/mentionIndex";
import { VaultResolver } from "../../src/core/mentions/resolve";
import { mentionsFromText } from "../../src/core/mentions/textScan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { mentionsFromCache } from "../../src/obsidian/mentionsFromCache";
import { indexNote } from "../../tests/obsidian/fakeObsidian";

const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 20_000);
const NOTES = Number(process.env.BENCH_DATED_NOTES ?? 50_000);
const TODAY = parseIsoDay("2026-11-27") as number;

function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

function datedNote(i: number, rnd: () => number): { path: string; text: string } {
	const day = formatDay(TODAY - (i % 3000));
	const who = () => `Contact ${Math.floor(rnd() * CONTACTS)}`;
	const lines = [`# ${day}`, "", `Met [[${who()}]] and [[${who()}|them]] about the launch.`, "", "- [x] Sent the notes", `- [ ] Call [[${who()}]] next week`];
	if (rnd() < 0.3) lines.push(`- [ ] Send [[${who()}]] the deck 📅 ${formatDay(TODAY + 7)}`);
	if (rnd() < 0.2) lines.push("", "```", "code [[Not a mention]]", "```");
	lines.push("", "Some more text about the day, the weather and the coffee.", "");
	return { path: `Daily/${day} Note ${i}.md`, text: lines.join("\n") };
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(runs: number, fn: () => void): number {
	fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = process.hrtime.bigint();
		fn();
		times.push(Number(process.hrtime.bigint() - start) / 1e6);
	}
	return median(times);
}

/** The rows this module adds to the benchmark table. */
export function mentionRows(): string[] {
	const contacts = Array.from({ length: CONTACTS }, (_, i) => `People/Contact ${i}.md`);
	const contactSet = new Set(contacts);
	const notes = Array.from({ length: NOTES }, (_, i) => datedNote(i, random(i + 7)));
	const resolver = new VaultResolver([...contacts, ...notes.map((n) => n.path)]);
	const ctx = { settings: DEFAULT_SETTINGS.mentions, daily: null, today: TODAY, resolver, isContact: (p: string) => contactSet.has(p) };
	const parsed = notes.map((n) => ({ ...n, fm: parseFrontmatter(n.text) }));
	const caches = notes.map((n) => indexNote(n.text));

	let index = new MentionIndex();
	const textScan = time(3, () => {
		index = new MentionIndex();
		for (const n of parsed) index.update(n.path, mentionsFromText(n.path, n.text, n.fm.kind === "ok" ? n.fm.data : null, n.fm.bodyStart, ctx));
	});
	const cacheScan = time(3, () => {
		index = new MentionIndex();
		notes.forEach((n, i) => index.update(n.path, mentionsFromCache(n.path, caches[i] as ReturnType<typeof indexNote>, n.text, ctx)));
	});
	const mentionCount = index.contactPaths().reduce((sum, c) => sum + index.mentionsOf(c).length, 0);

	// One daily note saved again and again, alternating between two versions (a link added and removed).
	const target = notes[NOTES >> 1] as { path: string; text: string };
	const edited = `${target.text}\nLunch with [[Contact 42]].\n`;
	const versions = [target, { path: target.path, text: edited }].map((v) => ({ text: v.text, cache: indexNote(v.text) }));
	const updates: number[] = [];
	for (let i = 0; i < 2_000; i++) {
		const v = versions[i % 2] as (typeof versions)[number];
		const start = process.hrtime.bigint();
		index.update(target.path, mentionsFromCache(target.path, v.cache, v.text, ctx));
		updates.push(Number(process.hrtime.bigint() - start) / 1e6);
	}
	const sorted = [...updates].sort((a, b) => a - b);
	const p99 = sorted[Math.floor(sorted.length * 0.99)] as number;
	const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
	return [
		`| mentions: first full scan, text reader, ${NOTES} dated notes, ${CONTACTS} contacts (${mentionCount} mentions) | ${fmt(textScan)} | | |`,
		`| mentions: first full scan, cache reader, ${NOTES} dated notes | ${fmt(cacheScan)} | | |`,
		`| mentions: update after one daily note changed (cache reader + index), median of 2,000; p99 ${(p99 * 1000).toFixed(0)} µs | ${(median(updates) * 1000).toFixed(0)} µs | ${(sorted[0] as number * 1000).toFixed(0)} µs | ${((sorted[sorted.length - 1] as number) * 1000).toFixed(0)} µs |`,
	];
}

/** `node scripts/run-ts.mjs scripts/bench/mentions.ts` runs these rows alone. */
export function main(): number {
	console.log("| what | median | min | max |");
	console.log("| --- | --- | --- | --- |");
	for (const row of mentionRows()) console.log(row);
	return 0;
}
