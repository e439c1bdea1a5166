/**
 * The due list's suggestion and "drifting" reason come from what a contact keeps of its log
 * (the digest), `tend brief` from the whole log: they must agree. Checked on the example vault
 * over four months of days, and on generated logs (any mix of gives, asks and neutral entries,
 * several on a day, in either log order).
 */
import fc from "fast-check";
import * as path from "path";
import { readContact } from "../../src/core/contact";
import { DueList } from "../../src/core/dueList/model";
import { parseFrontmatter } from "../../src/core/frontmatter";
import { brief } from "../../src/core/insights/brief";
import { buildProfile } from "../../src/core/insights/profile";
import { loadProfiles } from "../../src/cli/profiles";
import { DEFAULT_SETTINGS, type TendSettings } from "../../src/core/settings";
import { formatDay } from "../../src/core/calendar";
import { day, settingsWith } from "../support/builders";

const EXAMPLES = path.join(__dirname, "..", "..", "examples", "vault");

/** What the brief says and what the due list's row says, for every listed contact. */
function compare(list: DueList, briefOf: (path: string) => ReturnType<typeof brief>): number {
	let compared = 0;
	for (const row of list.ranked()) {
		if (row.status === "untracked") continue;
		const b = briefOf(row.contact.path);
		expect({ path: row.contact.path, suggestion: row.suggestion }).toEqual({ path: row.contact.path, suggestion: b.suggestion });
		const drift = b.reasons.find((r) => r.kind === "drifting")?.text ?? null;
		expect({ path: row.contact.path, drift: row.reasons.find((r) => r.kind === "drifting")?.text ?? null }).toEqual({ path: row.contact.path, drift });
		compared++;
	}
	return compared;
}

describe("the due list's suggestion and drifting reason", () => {
	it("are the brief's on the example vault, day after day", () => {
		let compared = 0;
		let drifting = 0;
		const kinds = new Set<string>();
		for (let today = day("2026-10-01"); today <= day("2027-01-31"); today += 3) {
			const { vault, profiles } = loadProfiles(EXAMPLES, today);
			const list = new DueList(vault.contacts, today, vault.settings, { all: true });
			const byPath = new Map(profiles.map((p) => [p.contact.path, p]));
			compared += compare(list, (p) => brief(byPath.get(p) as NonNullable<ReturnType<typeof byPath.get>>, today, vault.settings));
			for (const row of list.ranked()) {
				if (row.suggestion) kinds.add(row.suggestion.kind);
				if (row.reasons.some((r) => r.kind === "drifting")) drifting++;
			}
		}
		expect(compared).toBeGreaterThan(300);
		// The vault exercises the rules, not only the fallback.
		expect(drifting).toBeGreaterThan(0);
		expect([...kinds].sort()).toEqual(expect.arrayContaining(["check-in", "congrats", "help", "promise-kept", "promise-moved", "share"]));
	});

	it("are the brief's on generated logs", () => {
		const entry = fc.record({
			offset: fc.integer({ min: -500, max: 5 }),
			kind: fc.constantFrom("call", "share", "ask", "intro", "coffee", "promise-kept"),
			summary: fc.constantFrom("", "Talked shop", "Sent the deck they asked for last week at the conference in Lisbon", "Kept: Send the deck"),
		});
		fc.assert(
			fc.property(fc.array(entry, { maxLength: 14 }), fc.boolean(), fc.boolean(), fc.integer({ min: -200, max: 0 }), (entries, oldestFirst, interests, lastOffset) => {
				const today = day("2026-11-27");
				const settings: TendSettings = oldestFirst ? settingsWith({ logOrder: "oldest-first" }) : DEFAULT_SETTINGS;
				const lines = entries.map((e) => `- ${formatDay(today + e.offset)} ${e.kind} — ${e.summary}`.trimEnd());
				const fm = `---\ntier: A\nlast_contact: ${formatDay(today + lastOffset)}\n${interests ? "interests: [chess, go]\ngoals: [Raise a seed round]\n" : ""}---\n`;
				const text = `${fm}# Ada\n\n## Touchpoints\n${lines.join("\n")}\n`;
				const parsed = parseFrontmatter(text);
				const frontmatter = parsed.kind === "ok" ? parsed.data : null;
				const contact = readContact({ path: "People/Ada.md", frontmatter, text, bodyStart: parsed.bodyStart }, settings, today);
				const profile = buildProfile({ contact, frontmatter, text, bodyStart: parsed.bodyStart }, settings, today);
				// Every status, listed or not, gets a suggestion: compare all of them.
				const list = new DueList([contact], today, settings, { all: true });
				expect(compare(list, () => brief(profile, today, settings))).toBe(1);
			}),
			{ numRuns: 400 },
		);
	});

	it("is null on a row of Needs attention, and in --json as {kind, text}", () => {
		const today = day("2026-11-27");
		const { vault } = loadProfiles(EXAMPLES, today);
		const list = new DueList(vault.contacts, today, vault.settings);
		for (const row of list.rows("attention")) expect(row.suggestion).toBeNull();
		const amara = list.rows("promises").find((r) => r.name === "Amara Okafor");
		expect(amara?.suggestion).toEqual({ kind: "promise-moved", text: '"Send the EU AI Act summary" is 7 days late: send it now, or tell them and agree a new date' });
	});
});
