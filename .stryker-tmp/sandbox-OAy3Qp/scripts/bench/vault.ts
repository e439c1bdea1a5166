/**
 * The benchmark's vault: a seeded generator of the notes a heavy Tend user keeps.
 *
 * For `contacts` = N it makes
 * - N contact notes: most under `People/` (the default contacts folder), some elsewhere found
 *   by a `contact` tag (frontmatter or inline) or by `type: contact`, as users mix them. Their
 *   frontmatter is what people write by hand: comments, block and flow lists, quoted values,
 *   tags, company, role, location, interests / goals / offers, promises (late, soon, later),
 *   a birthday, yearly dates, busy periods, a snooze now and then, a cadence override, an
 *   occasional strained relationship. The body has a few paragraphs, a `## Notes` section
 *   and a `## Touchpoints` log of 5 to 30 entries (kinds from the default settings, time
 *   spent on some, indented notes under some, a `[[link]]` in some).
 * - N notes that are not contacts: projects, meeting notes and topics, some with
 *   frontmatter, linking contacts.
 * - `dailyPerContact` x N daily notes (`Daily/YYYY/YYYY-MM-DD.md`, one per day going back
 *   from today), each linking a few contacts with `[[Name]]`.
 *
 * Every note depends only on its own index and the seed, so contact 17 is the same note in
 * a vault of 1,000 and one of 20,000; dates are relative to `today`. About a third of the
 * contacts are due or overdue (last contact spread over 1.5 times each tier's window).
 */
// @ts-nocheck

import { formatDay, toYmd, type Day } from "../../src/core/calendar";

export interface VaultSpec {
	contacts: number;
	/** Daily notes per contact (2 in every vault of the benchmark). */
	dailyPerContact: number;
	today: Day;
	seed?: number;
}

export interface Note {
	path: string;
	text: string;
}

export interface GeneratedVault {
	contacts: Note[];
	others: Note[];
	daily: Note[];
}

/** mulberry32: small, fast and good enough to make varied, repeatable notes. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const FIRST = [
	"Ada", "Alan", "Amara", "Ana", "Andrei", "Anika", "Arjun", "Astrid", "Beatriz", "Ben", "Bilal", "Camille", "Carlos", "Chen", "Chiara", "Daniel",
	"Dara", "David", "Elif", "Elena", "Emeka", "Emma", "Farah", "Felix", "Fatima", "Gabriel", "Grace", "Hana", "Hassan", "Helga", "Hiro", "Ines",
	"Ivan", "Jack", "Jana", "Javier", "Jin", "José", "Julia", "Kai", "Karim", "Kateryna", "Kenji", "Lars", "Layla", "Leo", "Lina", "Lucía",
	"Magnus", "Maya", "Mei", "Mateo", "Mia", "Mohammed", "Nadia", "Naledi", "Noah", "Nora", "Olga", "Omar", "Priya", "Rafael", "Ravi", "Rosa",
	"Sakura", "Samuel", "Sara", "Sebastian", "Sofia", "Sven", "Tariq", "Thandiwe", "Tomás", "Una", "Valentina", "Viktor", "Wei", "Yara", "Yusuf", "Zoë",
];
const LAST = [
	"Abbott", "Adeyemi", "Alvarez", "Andersen", "Bauer", "Becker", "Bianchi", "Brennan", "Carvalho", "Castillo", "Chandra", "Chowdhury", "Costa", "Dubois", "Eriksson", "Fischer",
	"Fontaine", "García", "Greenberg", "Haddad", "Hansen", "Herrera", "Hoffmann", "Ibrahim", "Ivanova", "Jansen", "Kaur", "Kim", "Kowalski", "Kuznetsov", "Larsen", "Lee",
	"Lindqvist", "López", "Mahlangu", "Marino", "Martins", "Mehta", "Moreau", "Müller", "Nakamura", "Nguyen", "Novak", "Núñez", "Okafor", "O'Brien", "Olsen", "Park",
	"Patel", "Petrov", "Quinn", "Rahman", "Rossi", "Santos", "Schmidt", "Silva", "Singh", "Sokolova", "Suzuki", "Tanaka", "Tremblay", "Van Dijk", "Vargas", "Wagner",
	"Walsh", "Weber", "Wójcik", "Yamamoto", "Yilmaz", "Zhang", "Zhou", "Zimmermann",
];
const COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "Wayne Enterprises", "Wonka", "Tyrell", "Cyberdyne", "Soylent", "Vandelay Industries"];
const COMPANY_SUFFIX = ["", " GmbH", ", Inc.", " Ltd", " & Co", " Labs", " Group"];
const ROLES = ["Head of data", "VP Sales", "CFO", "Founder", "Staff engineer", "Product lead", "Design director", "Partner", "Recruiter", "Analyst"];
const CITIES = ["Berlin, Germany", "Lisbon", "New York, NY", "São Paulo", "Lagos", "Tokyo", "Toronto", "Nairobi", "Stockholm", "Bangalore", "Mexico City", "Melbourne"];
const TOPICS = ["pricing", "climbing", "EU AI Act", "hiring", "data platforms", "jazz", "sourdough", "marathons", "board games", "open source", "fundraising", "urban cycling", "chess", "design systems"];
const GOALS = ["raise a seed round", "hire a CFO", "move to Lisbon", "launch in Germany in Q1", "find a co-founder", "get promoted to director", "write a book", "cut churn by half"];
const OFFERS = ["intros to VCs", "feedback on pitch decks", "hiring advice", "a spare desk in Berlin", "reviews of data models", "mentoring", "legal contacts", "podcast guest spots"];
const PROMISES = ["Send the deck", "Intro to Priya re data platform", "Share the hiring plan", "Review their draft", "Send the EU AI Act summary", "Book a call with the team", "Return the book"];
const KINDS: [string, number][] = [
	["share", 5], ["check-in", 5], ["call", 4], ["meeting", 4], ["ask", 3], ["help", 2], ["congrats", 1], ["intro", 1], ["thanks", 1], ["promise-kept", 1], ["promise-moved", 1],
];
const SUMMARIES = [
	"Sent the EU AI Act summary; they launch in Germany in Q1",
	"Coffee; their team is hiring two designers",
	"Asked for an intro to their CFO",
	"Quick call about pricing experiments",
	"Congratulated them on the new role",
	"Shared an article on data contracts",
	"Lunch near their office, talked about climbing trips",
	"Reviewed their pitch deck, three pages of notes",
	"Introduced them to a recruiter",
	"Thanked them for the reference",
	"Checked in after the conference",
	"Met at the meetup; they want feedback on onboarding",
];
const MAX_DAYS: Record<string, number> = { A: 42, B: 91, C: 182, "": 365 };

function pick<T>(rnd: () => number, items: readonly T[]): T {
	return items[Math.floor(rnd() * items.length)] as T;
}

function weighted(rnd: () => number): string {
	const total = KINDS.reduce((s, [, w]) => s + w, 0);
	let r = rnd() * total;
	for (const [kind, w] of KINDS) {
		r -= w;
		if (r < 0) return kind;
	}
	return "call";
}

function pad(n: number): string {
	return String(n).padStart(2, "0");
}

function monthDay(day: Day): string {
	const ymd = toYmd(day);
	return `${pad(ymd.month)}-${pad(ymd.day)}`;
}

/** Contact i's name: unique in the vault, the same whatever the vault's size. */
export function contactName(i: number): string {
	const first = FIRST[i % FIRST.length] as string;
	const last = LAST[Math.floor(i / FIRST.length) % LAST.length] as string;
	const round = Math.floor(i / (FIRST.length * LAST.length));
	return round === 0 ? `${first} ${last}` : `${first} ${last} ${round + 1}`;
}

/** Where contact i lives, and what makes it a contact there. */
function placement(i: number): { folder: string; how: "folder" | "fm-tag" | "inline-tag" | "type" } {
	const r = i % 20;
	if (r === 3) return { folder: "Work/Clients", how: "fm-tag" };
	if (r === 11) return { folder: "Notes/Network", how: "inline-tag" };
	if (r === 17) return { folder: "CRM", how: "type" };
	return { folder: i % 7 === 0 ? "People/Alumni" : "People", how: "folder" };
}

export function contactPath(i: number): string {
	return `${placement(i).folder}/${contactName(i)}.md`;
}

function list(rnd: () => number, key: string, items: string[]): string[] {
	if (items.length === 0) return [];
	// Flow lists and block lists, both common in hand-written frontmatter.
	if (rnd() < 0.35) return [`${key}: [${items.map((x) => (/[,:[\]{}#&*!|>'"%@`]/.test(x) ? JSON.stringify(x) : x)).join(", ")}]`];
	return [`${key}:`, ...items.map((x, n) => (n === 0 && rnd() < 0.2 ? `  - ${x} # the first one they mentioned` : `  - ${/: |#/.test(x) ? JSON.stringify(x) : x}`))];
}

function some<T>(rnd: () => number, items: readonly T[], max: number): T[] {
	const count = Math.floor(rnd() * (max + 1));
	const out = new Set<T>();
	for (let k = 0; k < count; k++) out.add(pick(rnd, items));
	return [...out];
}

export function contactNote(i: number, count: number, today: Day, seed: number): Note {
	const rnd = random(seed * 1_000_003 + i);
	const { folder, how } = placement(i);
	const name = contactName(i);
	const tier = (["A", "B", "B", "C", "C", "C", ""] as const)[Math.floor(rnd() * 7)] as string;
	const window = MAX_DAYS[tier] ?? 365;
	const last = today - Math.floor(rnd() * window * 1.5);
	const fm: string[] = ["---"];
	if (rnd() < 0.3) fm.push(`# ${pick(rnd, ["Met at the 2024 fintech summit", "Via Priya", "Former colleague", "From the climbing gym"])}`);
	if (how === "type") fm.push("type: contact");
	const tags = how === "fm-tag" ? ["contact", pick(rnd, ["work", "client", "contact/work"])] : rnd() < 0.3 ? [pick(rnd, ["work", "friend", "mentor"])] : [];
	if (tags.length > 0) fm.push(...(rnd() < 0.5 ? [`tags: [${tags.join(", ")}]`] : ["tags:", ...tags.map((t) => `  - ${t}`)]));
	if (tier !== "") fm.push(rnd() < 0.15 ? `tier: "${tier}"` : `tier: ${tier}`);
	if (rnd() < 0.08) fm.push(`cadence: ${pick(rnd, ["6w", "4-6 weeks", "monthly", "quarterly", "90d"])}`);
	const company = `${pick(rnd, COMPANIES)}${pick(rnd, COMPANY_SUFFIX)}`;
	fm.push(/[,&]/.test(company) ? `company: "${company}"` : `company: ${company}`);
	// A few notes Tend cannot fully read, as in any real vault: a quote left open (the YAML
	// does not parse; only for notes the folder makes contacts), a date that does not exist.
	// Fixed indices rather than chance, so even the smoke test's 40 contacts hold one of each.
	if (how === "folder" && i % 331 === 5) fm.push(`role: '${pick(rnd, ROLES)}`);
	else if (rnd() < 0.6) fm.push(`role: '${pick(rnd, ROLES)}'`);
	if (rnd() < 0.7) fm.push(`location: ${pick(rnd, CITIES)}`);
	if (i % 199 === 8) fm.push(`last_contact: ${toYmd(last).year}-02-30`);
	else if (rnd() < 0.9) fm.push(`last_contact: ${formatDay(last - (rnd() < 0.3 ? Math.floor(rnd() * 20) : 0))}${rnd() < 0.1 ? "  # from the old CRM" : ""}`);
	if (rnd() < 0.4) fm.push(rnd() < 0.5 ? `birthday: ${1960 + Math.floor(rnd() * 40)}-${monthDay(today + Math.floor(rnd() * 365))}` : `birthday: "--${monthDay(today + Math.floor(rnd() * 365))}"`);
	fm.push(...list(rnd, "interests", some(rnd, TOPICS, 4)));
	fm.push(...list(rnd, "goals", some(rnd, GOALS, 2)));
	fm.push(...list(rnd, "offers", some(rnd, OFFERS, 2)));
	if (rnd() < 0.25) {
		const promises = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => `${formatDay(today - 10 + Math.floor(rnd() * 40))} ${pick(rnd, PROMISES)}`);
		fm.push("promises:", ...promises.map((p) => `  - ${p}`));
	}
	if (rnd() < 0.2) fm.push(...list(rnd, "dates", [`${monthDay(today + Math.floor(rnd() * 365))} company anniversary`]));
	if (rnd() < 0.1) {
		const start = today - 30 + Math.floor(rnd() * 120);
		fm.push("busy:", `  - ${monthDay(start)}..${monthDay(start + 10 + Math.floor(rnd() * 30))} ${pick(rnd, ["year-end close", "parental leave", "product launch"])}`);
	}
	if (rnd() < 0.04) fm.push(`snooze_until: ${formatDay(today + 1 + Math.floor(rnd() * 60))}`);
	if (rnd() < 0.02) fm.push("difficult: true");
	fm.push("---");

	const body: string[] = [`# ${name}`, ""];
	body.push(`${pick(rnd, ROLES)} at ${company}. ${pick(rnd, ["Met through", "Introduced by", "Worked with"])} [[${contactName((i * 7 + 3) % count)}]].`);
	if (how === "inline-tag") body.push("", "#contact #network");
	body.push("", "## Notes", `- Cares about ${pick(rnd, TOPICS)}`, `- Kids: ${Math.floor(rnd() * 3)}`, "");
	body.push("## Touchpoints");
	const entries = 5 + Math.floor(rnd() * 26);
	let day = last;
	for (let e = 0; e < entries; e++) {
		const kind = rnd() < 0.002 ? "lunch" : weighted(rnd);
		const hours = rnd() < 0.3 ? ` (${pick(rnd, ["1h", "30 min", "2h", "15 min"])})` : "";
		const link = rnd() < 0.1 ? ` with [[${contactName((i + e + 1) % count)}]]` : "";
		body.push(`- ${formatDay(day)} ${kind} — ${pick(rnd, SUMMARIES)}${link}${hours}`);
		if (rnd() < 0.15) body.push(`  - follow up on ${pick(rnd, TOPICS)}`);
		day -= 7 + Math.floor(rnd() * window * 0.8);
	}
	body.push("");
	return { path: `${folder}/${name}.md`, text: `${fm.join("\n")}\n${body.join("\n")}` };
}

export function otherNote(i: number, count: number, seed: number): Note {
	const rnd = random(seed * 2_000_003 + i);
	const kind = i % 3;
	const link = () => `[[${contactName(Math.floor(rnd() * count))}]]`;
	if (kind === 0) {
		const text = [
			"---",
			"tags: [project]",
			`status: ${pick(rnd, ["active", "paused", "done"])}`,
			`owner: "${link()}"`,
			"---",
			`# Project ${i}`,
			"",
			`Working with ${link()} and ${link()} on ${pick(rnd, TOPICS)}.`,
			"",
			"## Tasks",
			`- [ ] Draft the plan for ${pick(rnd, TOPICS)}`,
			`- [x] Kick-off with ${link()}`,
			"",
		];
		return { path: `Projects/Project ${i}.md`, text: text.join("\n") };
	}
	if (kind === 1) {
		const text = [`# Meeting ${i}`, "", `Attendees: ${link()}, ${link()}`, "", "## Notes", `- ${pick(rnd, SUMMARIES)}`, `- Next: ${pick(rnd, PROMISES)} #followup`, ""];
		return { path: `Meetings/Meeting ${i}.md`, text: text.join("\n") };
	}
	const text = ["---", `aliases: ["${pick(rnd, TOPICS)} notes"]`, "---", `# ${pick(rnd, TOPICS)} ${i}`, "", `See ${link()}.`, "", "```", "## not a heading", "```", ""];
	return { path: `Topics/Topic ${i}.md`, text: text.join("\n") };
}

export function dailyNote(k: number, count: number, today: Day, seed: number): Note {
	const rnd = random(seed * 3_000_017 + k);
	const day = today - k;
	const iso = formatDay(day);
	const lines: string[] = [];
	if (rnd() < 0.5) lines.push("---", "tags: [daily]", "---");
	lines.push(`# ${iso}`, "", "## Log");
	const links = 1 + Math.floor(rnd() * 3);
	for (let n = 0; n < links; n++) lines.push(`- ${pick(rnd, ["Coffee with", "Call with", "Emailed", "Lunch with"])} [[${contactName(Math.floor(rnd() * count))}]] about ${pick(rnd, TOPICS)}`);
	lines.push("", "## Tasks", `- [ ] ${pick(rnd, PROMISES)}`, "");
	return { path: `Daily/${iso.slice(0, 4)}/${iso}.md`, text: lines.join("\n") };
}

export function generateVault(spec: VaultSpec): GeneratedVault {
	const seed = spec.seed ?? 1;
	const n = spec.contacts;
	return {
		contacts: Array.from({ length: n }, (_, i) => contactNote(i, n, spec.today, seed)),
		others: Array.from({ length: n }, (_, i) => otherNote(i, n, seed)),
		daily: Array.from({ length: n * spec.dailyPerContact }, (_, k) => dailyNote(k, n, spec.today, seed)),
	};
}

/** Every note of a generated vault, by path. */
export function vaultFiles(vault: GeneratedVault): Record<string, string> {
	const files: Record<string, string> = {};
	for (const group of [vault.contacts, vault.others, vault.daily]) for (const note of group) files[note.path] = note.text;
	return files;
}
