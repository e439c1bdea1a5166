/**
 * The practice commands through the CLI's `run()`: `tend match`, `tend intros`, `tend brief`,
 * `tend stats`, the filters and the capacity warning of `tend due`, and `tend log` for
 * several contacts (all names and notes checked before any note is written) with its gentle
 * note after an ask.
 */
import { note, read, tempVaults, tend } from "./support";

const TODAY = ["--today", "2026-11-27"];
const vault = tempVaults();

const NETWORK: Record<string, string> = {
	"People/Ada Lovelace.md": note(
		"tier: A\nlast_contact: 2026-10-05\ncompany: Analytical Engines\nlocation: London\ninterests:\n  - EU AI regulation\n  - chess\ngoals:\n  - Close the Series A\n  - Improve at chess\npromises:\n  - 2026-11-20 Send the EU AI Act summary",
		"\n## Touchpoints\n- 2026-10-05 meeting — Lunch; they launch in Germany in Q1 (1.5h)\n- 2026-09-01 promise-kept — Kept \"Send the deck\", due 2026-09-02: on time\n- 2026-08-01 share — Sent the paper (1h)\n",
	),
	"People/Ben Carter.md": note(
		"tier: A\nlast_contact: 2026-11-10\ntags: [investor]\noffers:\n  - Series A fundraising advice\n  - pricing reviews",
		"\n## Touchpoints\n- 2026-11-10 ask — Asked for a referral\n- 2026-10-20 ask — Asked for feedback\n- 2026-09-15 ask — Asked for a deck review\n- 2026-08-01 share — Sent the audit template\n",
	),
	"People/Work/Cleo Durand.md": note("tier: B\nlast_contact: 2026-11-01\ntags: [work/clients]\ninterests: [Régulation, investors]\noffers: [chess coaching]"),
	"People/Dana Whitfield.md": note("tier: C\ndifficult: true\ngoals: [More chess coaching]"),
	"Notes/Idea.md": "# Not a contact\n",
};

describe("tend match", () => {
	it("lists who would value the words, best first, with what matched", () => {
		const root = vault(NETWORK);
		const r = tend(["match", "EU", "regulations", "--vault", root, ...TODAY]);
		expect(r.code).toBe(0);
		expect(r.stdout).toBe(
			[
				'Who would value "EU regulations": 2 contacts',
				"",
				"  Ada Lovelace  A  eu, regulations",
				"                   interests: EU AI regulation",
				"  Cleo Durand   B  regulations",
				"                   interests: Régulation",
				"",
			].join("\n"),
		);
	});

	it("prints JSON with --json", () => {
		const root = vault(NETWORK);
		const r = tend(["match", "investors", "--json", "--vault", root, ...TODAY]);
		const out = JSON.parse(r.stdout) as { query: string[]; words: string[]; contacts: { name: string; words: string[]; hits: { field: string }[] }[] };
		expect(out.query).toEqual(["investors"]);
		expect(out.contacts.map((c) => [c.name, c.hits.map((h) => h.field)])).toEqual([
			["Cleo Durand", ["interests"]],
			["Ben Carter", ["tags"]],
		]);
	});

	it("says so when nobody matches, and refuses a query of common words only", () => {
		const root = vault(NETWORK);
		expect(tend(["match", "gardening", "--vault", root, ...TODAY]).stdout).toBe("Nobody's interests, goals, offers, tags, company or location mention gardening.\n");
		const r = tend(["match", "the", "for", "--vault", root, ...TODAY]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/"the for" has no word to match/);
		expect(tend(["match", "--vault", root, ...TODAY]).code).toBe(2);
	});
});

describe("tend intros", () => {
	it("suggests pairs where a goal meets an offer, never a difficult contact", () => {
		const root = vault(NETWORK);
		const r = tend(["intros", "--vault", root, ...TODAY]);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain("Introductions worth making: 2 pairs\n\n  Ada Lovelace and Ben Carter (series)\n    Ada Lovelace's goal \"Close the Series A\" meets Ben Carter's offer \"Series A fundraising advice\"\n");
		expect(r.stdout).toContain("  Ada Lovelace and Cleo Durand (chess)\n");
		expect(r.stdout).not.toContain("Dana");
	});

	it("leaves out a pair once an intro entry names the other", () => {
		const root = vault({ ...NETWORK, "People/Ben Carter.md": `${NETWORK["People/Ben Carter.md"] ?? ""}- 2026-07-01 intro — Introduced him to [[Ada Lovelace]]\n` });
		const out = JSON.parse(tend(["intros", "--json", "--vault", root, ...TODAY]).stdout) as { introductions: { a: { name: string }; b: { name: string }; words: string[] }[] };
		expect(out.introductions.map((i) => [i.a.name, i.b.name, i.words])).toEqual([["Ada Lovelace", "Cleo Durand", ["chess"]]]);
	});

	it("prints the best 20 pairs unless --all, and all of them in JSON", () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 24; i++) {
			files[`People/Seeker ${i}.md`] = note(`tier: A\ngoals: [kayak${i} trips]`);
			files[`People/Helper ${i}.md`] = note(`tier: B\noffers: [kayak${i} rentals]`);
		}
		const root = vault(files);
		const text = tend(["intros", "--vault", root, ...TODAY]).stdout;
		expect(text).toMatch(/^Introductions worth making: 24 pairs\n/);
		expect(text.match(/ meets /g)).toHaveLength(20);
		expect(text).toContain('  … and 4 more ("tend intros --all" lists them)\n');
		expect(tend(["intros", "--all", "--vault", root, ...TODAY]).stdout.match(/ meets /g)).toHaveLength(24);
		expect((JSON.parse(tend(["intros", "--json", "--vault", root, ...TODAY]).stdout) as { introductions: unknown[] }).introductions).toHaveLength(24);
	});

	it("says what to add when there is nothing to suggest", () => {
		const root = vault({ "People/Solo.md": note("tier: A") });
		expect(tend(["intros", "--vault", root, ...TODAY]).stdout).toMatch(/^No introductions to suggest/);
		expect(tend(["intros", "extra", "--vault", root, ...TODAY]).code).toBe(2);
	});
});

describe("tend brief", () => {
	it("prints a markdown brief with every section", () => {
		const root = vault(NETWORK);
		const r = tend(["brief", "ada lovelace", "--vault", root, ...TODAY]);
		expect(r.code).toBe(0);
		const md = r.stdout;
		expect(md.startsWith("# Ada Lovelace\n\nTier A (every 4–6 weeks) · overdue · last contact 2026-10-05, 53 days ago\nNote: People/Ada Lovelace.md\n")).toBe(true);
		for (const heading of ["Why now", "Suggested touchpoint", "Ask them", "Last touchpoints", "Open promises", "Interests and goals", "Coming dates", "Give and take, last 12 months", "Follow-through", "Touchpoints, last 12 months"]) {
			expect(md).toContain(`\n## ${heading}\n`);
		}
		expect(md).toContain('\n"Send the EU AI Act summary" is 7 days late: send it now, or tell them and agree a new date (promise-moved)\n');
		expect(md).toContain("\nHow is launching in Germany going?\n");
		expect(md).toContain("- 2026-11-20 Send the EU AI Act summary: 7 days late\n");
		expect(md).toContain("2 given, 0 asked, 1 neutral; balance +2.\nTime: 1 h given, of 2.5 h recorded.\n");
		expect(md).toContain("Promises: 1 deadline: 1 kept on time (100%), 0 renegotiated before the deadline (0%), 0 late (0%).\n");
		const heat = /\n {4}(.*)\n {4}(.*)\n$/.exec(md);
		expect(heat?.[2]).toHaveLength(52);
		expect(heat?.[2]?.replace(/·/g, "")).toBe("111");
	});

	it("prints JSON with --json", () => {
		const root = vault(NETWORK);
		const out = JSON.parse(tend(["brief", "Ben Carter", "--json", "--vault", root, ...TODAY]).stdout) as Record<string, unknown>;
		expect(out).toMatchObject({
			name: "Ben Carter",
			status: "ok",
			suggestion: { kind: "help", text: 'You have asked 3 times since you last gave: offer help or share something useful before the next ask' },
			giveTake: { give: 1, ask: 3, asksSinceGive: 3, balance: -2 },
		});
		expect(out.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "ask-streak" })]));
		expect((out.lastEntries as unknown[]).length).toBe(3);
		expect((out.heatmap as unknown[]).length).toBe(52);
	});

	it("refuses an unknown name, a note that is not a contact, and two names", () => {
		const root = vault(NETWORK);
		expect(tend(["brief", "Zed", "--vault", root, ...TODAY]).stderr).toMatch(/no contact matches "Zed"/);
		expect(tend(["brief", "Idea", "--vault", root, ...TODAY]).stderr).toMatch(/Notes\/Idea.md is not a contact note/);
		expect(tend(["brief", "Ada", "Ben", "--vault", root, ...TODAY]).code).toBe(2);
	});
});

describe("tend stats", () => {
	it("prints the network at a glance", () => {
		const root = vault(NETWORK);
		const r = tend(["stats", "--vault", root, ...TODAY]);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain("Contacts: 4 (4 tracked)\n  Tier  Contacts  On cadence\n  A     2         1 (50%)\n  B     1         1 (100%)\n  C     1         1 (100%)\n");
		expect(r.stdout).toContain("Weekly load: 0.7 touchpoints a week from your cadences, against a capacity of 10.\n");
		expect(r.stdout).toContain("\nGive and take, last 12 months\n  3 given, 3 asked, 1 neutral: 1 given per ask\n  1 h given, of 2.5 h recorded\n  Asked more than given: Ben Carter (-2)\n");
		expect(r.stdout).toContain("\nPromises (1 deadline with a known timing)\n  Kept on time: 1 (100%)\n  Renegotiated before the deadline: 0 (0%)\n  Late: 0 (0%)\n");
		const chart = r.stdout.slice(r.stdout.indexOf("Touchpoints a week"));
		expect(chart.split("\n")[1]).toMatch(/^ {2}[ ▁▂▃▄▅▆▇█]{1,26}$/);
	});

	it("warns when over capacity, and prints JSON", () => {
		const root = vault({ ...NETWORK, ".obsidian/plugins/tend/data.json": JSON.stringify({ topTierCapacity: 1, weeklyCapacity: 1 }) });
		const r = tend(["stats", "--vault", root, ...TODAY]);
		expect(r.stdout).toContain("Warning: Tier A holds 2 contacts, more than the 1 you can keep close (topTierCapacity): move some to a lower tier.\n");
		const out = JSON.parse(tend(["stats", "--json", "--vault", root, ...TODAY]).stdout) as { warnings: string[]; tiers: unknown[]; weeks: unknown[] };
		expect(out.warnings).toHaveLength(1);
		expect(out.tiers).toHaveLength(3);
		expect(out.weeks).toHaveLength(26);
	});
});

describe("tend due filters", () => {
	const names = (stdout: string) => (JSON.parse(stdout) as { contacts: { name: string }[] }).contacts.map((c) => c.name).sort();

	it.each([
		[["--tier", "A"], ["Ada Lovelace", "Ben Carter"]],
		[["--tier", "B,C"], ["Cleo Durand", "Dana Whitfield"]],
		[["--tag", "work"], ["Cleo Durand"]],
		[["--tag", "#Investor"], ["Ben Carter"]],
		[["--folder", "People/Work"], ["Cleo Durand"]],
		[["--folder", "People/Work", "--tier", "A"], []],
	])("due --all %j", (flags, expected) => {
		const root = vault(NETWORK);
		expect(names(tend(["due", "--all", "--json", ...flags, "--vault", root, ...TODAY]).stdout)).toEqual(expected);
	});

	it("keeps only the shown contacts' diagnostics, and says what it shows", () => {
		const root = vault({ ...NETWORK, "People/Maya.md": note("tier: B\nlast_contact: 2026-09-31") });
		const all = JSON.parse(tend(["due", "--json", "--vault", root, ...TODAY]).stdout) as { diagnostics: unknown[] };
		expect(all.diagnostics).toHaveLength(1);
		const a = JSON.parse(tend(["due", "--json", "--tier", "A", "--vault", root, ...TODAY]).stdout) as { diagnostics: unknown[] };
		expect(a.diagnostics).toEqual([]);
		const text = tend(["due", "--tier", "A", "--vault", root, ...TODAY]).stdout;
		expect(text).toMatch(/Showing tier A: 2 of 5 contact notes\.\n$/);
		expect(text).not.toContain("Cleo");
	});

	it("refuses a tier that is not in the settings, naming the near one", () => {
		const root = vault(NETWORK);
		const r = tend(["due", "--tier", "a", "--vault", root, ...TODAY]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/--tier a is not a tier \(tier names are compared as written: did you mean A\?\); the tiers are A, B, C/);
	});

	it("says so when no contact passes, instead of calling the vault empty", () => {
		const root = vault(NETWORK);
		const r = tend(["due", "--tag", "nobody", "--vault", root, ...TODAY]);
		expect(r.code).toBe(0);
		expect(r.stdout).toBe("Tend: no contact note matches tag #nobody (of 4 contact notes).\nShowing tag #nobody: 0 of 4 contact notes.\n");
	});

	it("ends with a capacity warning when the cadences ask for more than the week holds", () => {
		const root = vault({ ...NETWORK, ".obsidian/plugins/tend/data.json": JSON.stringify({ weeklyCapacity: 1, tiers: [{ name: "A", cadence: "1w" }, { name: "B", cadence: "2w" }, { name: "C", cadence: "4w" }] }) });
		const r = tend(["due", "--vault", root, ...TODAY]);
		expect(r.stdout).toMatch(/\nWarning: Your cadences ask for 2\.8 touchpoints a week, more than your capacity of 1 \(weeklyCapacity\): loosen some cadences or move contacts to a lower tier\.\n$/);
		expect(tend(["due", "--vault", vault(NETWORK), ...TODAY]).stdout).not.toContain("Warning");
	});
});

describe("tend log for several contacts", () => {
	const LOG = ["--kind", "meeting", "--summary", "Panel at the summit", ...TODAY];

	it("logs one touchpoint into each note and reports each", () => {
		const root = vault(NETWORK);
		const r = tend(["log", "Ada Lovelace", "ben carter", "People/Work/Cleo Durand", "--vault", root, ...LOG]);
		expect(r).toMatchObject({ code: 0, stderr: "" });
		expect(r.stdout).toBe(
			[
				"Logged meeting with Ada Lovelace on 2026-11-27 in People/Ada Lovelace.md; last_contact 2026-10-05 -> 2026-11-27",
				"Logged meeting with Ben Carter on 2026-11-27 in People/Ben Carter.md; last_contact 2026-11-10 -> 2026-11-27",
				"Logged meeting with Cleo Durand on 2026-11-27 in People/Work/Cleo Durand.md; last_contact 2026-11-01 -> 2026-11-27",
				"",
			].join("\n"),
		);
		for (const p of ["People/Ada Lovelace.md", "People/Ben Carter.md", "People/Work/Cleo Durand.md"]) expect(read(root, p)).toContain("- 2026-11-27 meeting — Panel at the summit\n");
	});

	it("refuses the whole command when one name is unknown, writing nothing", () => {
		const root = vault(NETWORK);
		const r = tend(["log", "Ada Lovelace", "Zed", "--vault", root, ...LOG]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/no contact matches "Zed"/);
		expect(read(root, "People/Ada Lovelace.md")).toBe(NETWORK["People/Ada Lovelace.md"]);
	});

	it("refuses the whole command when one note would be refused, writing nothing", () => {
		const broken = "---\ntier: A\nbad: [unclosed\n---\n# Broken\n";
		const root = vault({ ...NETWORK, "People/Broken.md": broken });
		const r = tend(["log", "Ada Lovelace", "Ben Carter", "Broken", "--vault", root, ...LOG]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/^tend log: People\/Broken\.md:\d+: not changed: .*; no note was written\n$/);
		expect(read(root, "People/Ada Lovelace.md")).toBe(NETWORK["People/Ada Lovelace.md"]);
		expect(read(root, "People/Ben Carter.md")).toBe(NETWORK["People/Ben Carter.md"]);
		expect(read(root, "People/Broken.md")).toBe(broken);
	});

	it("refuses a note named twice", () => {
		const root = vault(NETWORK);
		const r = tend(["log", "Ada Lovelace", "ada lovelace", "--vault", root, ...LOG]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/"Ada Lovelace" and "ada lovelace" are the same contact \(People\/Ada Lovelace\.md\); name each contact once/);
		expect(read(root, "People/Ada Lovelace.md")).toBe(NETWORK["People/Ada Lovelace.md"]);
	});

	it("renders {{name}} for each contact", () => {
		const root = vault({ ...NETWORK, ".obsidian/plugins/tend/data.json": JSON.stringify({ entryTemplate: "- {{date}} {{kind}} with {{name}} — {{summary}}" }) });
		expect(tend(["log", "Ada Lovelace", "Ben Carter", "--vault", root, ...LOG]).code).toBe(0);
		expect(read(root, "People/Ben Carter.md")).toContain("- 2026-11-27 meeting with Ben Carter — Panel at the summit\n");
		expect(read(root, "People/Ada Lovelace.md")).toContain("- 2026-11-27 meeting with Ada Lovelace — Panel at the summit\n");
	});
});

describe("the gentle note after an ask", () => {
	it("says how many asks wait for a give when the balance is negative", () => {
		const root = vault(NETWORK);
		const r = tend(["log", "Ben Carter", "--kind", "ask", "--summary", "Asked for an intro", "--vault", root, ...TODAY]);
		expect(r.code).toBe(0);
		expect(r.stdout.split("\n")[1]).toBe("You have asked Ben Carter 4 times since you last gave; offer something before the next ask.");
	});

	it("stays quiet when the balance is not negative, and for other kinds", () => {
		const root = vault(NETWORK);
		expect(tend(["log", "Ada Lovelace", "--kind", "ask", "--summary", "Asked", "--vault", root, ...TODAY]).stdout).not.toContain("You have asked");
		expect(tend(["log", "Ben Carter", "--kind", "call", "--summary", "Called", "--vault", root, ...TODAY]).stdout).not.toContain("You have asked");
	});
});

describe("help", () => {
	it.each(["brief", "match", "intros", "stats"])("tend %s --help", (command) => {
		const r = tend([command, "--help"]);
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(new RegExp(`^Usage: tend ${command}`));
		expect(r.stdout).toContain("Example: tend ");
	});

	it("lists the new commands in the overview", () => {
		const r = tend(["--help"]);
		for (const c of ["tend brief NAME", "tend match WORDS...", "tend intros", "tend stats", "tend log NAME...", "--tier T"]) expect(r.stdout).toContain(c);
	});
});
