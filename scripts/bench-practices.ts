/**
 * `node scripts/run-ts.mjs scripts/bench-practices.ts`: how fast the practices are on a large
 * vault, as figures (never a pass/fail test: this machine is shared and its timings are noisy).
 * 20,000 generated contacts (BENCH_CONTACTS to change it), each with interests, goals, offers
 * and up to 12 log entries, read into profiles once; then, each the median of several runs
 * after a warm-up:
 *
 * - profiles: the notes' texts into profiles (contact, log, tags, company, location);
 * - stats: `tend stats`' numbers for the whole network;
 * - intros: every goal against every offer (through the word index);
 * - match: one query of three words against every contact;
 * - suggestions: one suggestion per contact, as the due list will ask for them;
 * - brief: one contact's brief.
 */
import { formatDay, parseIsoDay } from "../src/core/calendar";
import { readContact } from "../src/core/contact";
import { parseFrontmatter } from "../src/core/frontmatter";
import { brief, suggestionInput } from "../src/core/insights/brief";
import { introductions } from "../src/core/insights/intros";
import { matchContacts } from "../src/core/insights/match";
import { buildProfile, type Profile } from "../src/core/insights/profile";
import { stats } from "../src/core/insights/stats";
import { suggest } from "../src/core/insights/suggest";
import { evaluate } from "../src/core/schedule";
import { DEFAULT_SETTINGS } from "../src/core/settings";

const COUNT = Number(process.env.BENCH_CONTACTS ?? 20_000);
const TODAY = parseIsoDay("2026-11-27") as number;
const KINDS = ["share", "ask", "call", "check-in", "help", "meeting", "promise-kept", "intro"];
const WORDS = "pricing climbing robotics payments risk fundraising hiring design data contracts regulation health cooking chess sailing marketing sales security cloud mobile".split(" ");

function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

function makeNote(i: number, rnd: () => number): string {
	const word = () => WORDS[Math.floor(rnd() * WORDS.length)] ?? "data";
	// Rare words make most goals and offers specific to a few people, as in a real network.
	const rare = () => `topic${Math.floor(rnd() * 5000)}`;
	const tier = ["A", "B", "C"][Math.floor(rnd() * 3)] as string;
	const last = TODAY - Math.floor(rnd() * 200);
	const lines = ["---", `tier: ${tier}`, `last_contact: ${formatDay(last)}`, `company: Company ${i % 997}`, `location: City ${i % 101}`];
	lines.push("interests:", `  - ${word()}`, `  - ${rare()}`, "goals:", `  - Grow ${rare()} ${word()}`, "offers:", `  - ${rare()} reviews`, `  - ${word()} advice for ${rare()}`);
	lines.push("---", `# Contact ${i}`, "", "## Touchpoints");
	const entries = Math.floor(rnd() * 13);
	for (let e = 0; e < entries; e++) {
		const kind = KINDS[Math.floor(rnd() * KINDS.length)] ?? "call";
		const summary = kind === "promise-kept" ? `Kept "Send the deck", due ${formatDay(last - e * 15)}: on time` : `Touchpoint ${e}; they launch in City ${e}`;
		lines.push(`- ${formatDay(last - e * 15)} ${kind} — ${summary} (1h)`);
	}
	return `${lines.join("\n")}\n`;
}

function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] ?? 0;
}

function time(label: string, runs: number, fn: () => unknown): void {
	fn();
	const ms: number[] = [];
	for (let r = 0; r < runs; r++) {
		const t = process.hrtime.bigint();
		fn();
		ms.push(Number(process.hrtime.bigint() - t) / 1e6);
	}
	console.log(`${label.padEnd(44)} ${median(ms).toFixed(1).padStart(8)} ms (median of ${runs})`);
}

const rnd = random(42);
const notes = Array.from({ length: COUNT }, (_, i) => ({ path: `People/Contact ${i}.md`, text: makeNote(i, rnd) }));

function readProfiles(): Profile[] {
	return notes.map((n) => {
		const fm = parseFrontmatter(n.text);
		const data = fm.kind === "ok" ? fm.data : null;
		const contact = readContact({ path: n.path, frontmatter: data, text: n.text, bodyStart: fm.bodyStart }, DEFAULT_SETTINGS, TODAY);
		return buildProfile({ contact, frontmatter: data, text: n.text, bodyStart: fm.bodyStart }, DEFAULT_SETTINGS, TODAY);
	});
}

console.log(`${COUNT} contacts, ${notes.reduce((n, x) => n + (x.text.match(/^- \d{4}/gm)?.length ?? 0), 0)} log entries`);
const profiles = readProfiles();
time("profiles: notes into contacts + logs", 5, readProfiles);
time("stats (tend stats' numbers)", 7, () => stats(profiles, TODAY, DEFAULT_SETTINGS));
let pairs = 0;
time("intros (every goal against every offer)", 7, () => (pairs = introductions(profiles).length));
console.log(`  ${pairs} introductions suggested`);
let matched = 0;
time("match: 3 words against every contact", 7, () => (matched = matchContacts(profiles, ["payments", "risk", "Company 7"]).length));
console.log(`  ${matched} contacts matched`);
time("suggestions: one per contact", 7, () => {
	for (const p of profiles) suggest(suggestionInput(p, evaluate(p.contact, TODAY, DEFAULT_SETTINGS), TODAY, DEFAULT_SETTINGS));
});
time("brief: one contact", 21, () => brief(profiles[123] as Profile, TODAY, DEFAULT_SETTINGS));
