/**
 * How the core's statuses and reasons become the panel's sections and short reasons
 * (src/obsidian/dueList.ts), on the example vault and on small cases.
 */
// @ts-nocheck

import { parseIsoDay } from "../../src/core/calendar";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { contactFromText as cliContact } from "../../src/cli/vault";
import { buildDueList, SECTION_TITLES } from "../../src/obsidian/dueList";
import { dueList } from "../../src/core/schedule";
import type { Contact } from "../../src/core/contact";
import { EXAMPLE_VAULT, note, readVault } from "./harness";

const day = (iso: string) => parseIsoDay(iso) as number;
const today = day("2026-11-27");

function contacts(files: Record<string, string>): Contact[] {
	return Object.entries(files)
		.map(([path, text]) => cliContact(path, text, DEFAULT_SETTINGS, today))
		.filter((c): c is Contact => c !== null);
}

const example = contacts(readVault(EXAMPLE_VAULT));

test("sections come in a fixed order, and each listed contact appears once in the schedule", () => {
	const model = buildDueList(example, today, DEFAULT_SETTINGS);
	expect(model.sections.map((s) => s.title)).toEqual(["Overdue", "Due", "Promises", "Coming up", "Needs attention"]);
	const scheduled = model.sections.filter((s) => s.id !== "attention").flatMap((s) => s.rows.map((r) => r.contact.path));
	expect(new Set(scheduled).size).toBe(scheduled.length);
	const listed = dueList(example, today, DEFAULT_SETTINGS);
	expect(model.listed).toBe(listed.length);
	expect(new Set(scheduled)).toEqual(new Set(listed.map((e) => e.contact.path)));
});

test("statuses map to sections: overdue, due and new, promises only, other urgent reasons", () => {
	const model = buildDueList(example, today, DEFAULT_SETTINGS);
	for (const section of model.sections) {
		for (const row of section.rows) {
			const e = row.evaluation;
			if (section.id === "overdue") expect(e.status).toBe("overdue");
			if (section.id === "due") expect(["due", "new"]).toContain(e.status);
			if (section.id === "promises") {
				expect(["ok", "snoozed", "waiting"]).toContain(e.status);
				expect(e.reasons.some((r) => r.kind === "promise-late" || r.kind === "promise-soon")).toBe(true);
			}
			if (section.id === "coming-up") {
				expect(["ok", "snoozed", "waiting"]).toContain(e.status);
				expect(e.reasons.some((r) => r.kind === "promise-late" || r.kind === "promise-soon")).toBe(false);
			}
		}
	}
	const names = (id: string) => model.sections.find((s) => s.id === id)?.rows.map((r) => r.name);
	expect(names("overdue")).toEqual(["Noah Fischer", "Dana Whitfield", "Amara Okafor"]);
	expect(names("due")).toEqual(["Grace Liu", "Maya Singh", "Olivia Brown", "Chen Wei", "Ben Carter"]);
	expect(names("promises")).toEqual(["Hiro Tanaka", "Elena Petrova"]);
	expect(names("coming-up")).toEqual(["Kemi Adeyemi", "Jonas Berg", "Isabel Moreno", "Priya Raman"]);
	expect(names("attention")).toContain("Liam O'Brien");
});

test("the core's order holds inside a section", () => {
	const model = buildDueList(example, today, DEFAULT_SETTINGS);
	const order = dueList(example, today, DEFAULT_SETTINGS).map((e) => e.contact.path);
	for (const section of model.sections.filter((s) => s.id !== "attention")) {
		const paths = section.rows.map((r) => r.contact.path);
		expect(paths).toEqual(order.filter((p) => paths.includes(p)));
	}
});

test("rows carry tier, days since last contact and short reasons with the full sentence", () => {
	const model = buildDueList(example, today, DEFAULT_SETTINGS);
	const amara = model.sections[0]?.rows.find((r) => r.name === "Amara Okafor");
	expect(amara).toMatchObject({ tier: "A", days: "53d", daysTitle: "Last contact 2026-10-05 (53 days ago)" });
	expect(amara?.reasons.map((r) => r.text)).toEqual(["Overdue by 11 days", "Promise 7 days late: Send the EU AI Act summary"]);
	expect(amara?.reasons[1]?.full).toBe('Promised "Send the EU AI Act summary" by November 20: 7 days late');
	expect(amara?.reasons[1]?.severity).toBe("error");
	const grace = model.sections[1]?.rows.find((r) => r.name === "Grace Liu");
	expect(grace).toMatchObject({ days: "never", reasons: [expect.objectContaining({ text: "No contact logged yet" })] });
});

test("short reasons for every reason kind", () => {
	const files = {
		"People/Due.md": note(["tier: A", "last_contact: 2026-10-30"]),
		"People/DueToday.md": note(["tier: A", "last_contact: 2026-10-30"]),
		"People/Soon.md": note(["tier: A", "last_contact: 2026-11-20", "promises:", "  - 2026-11-28 Send the deck"]),
		"People/Birthday.md": note(["tier: B", "last_contact: 2026-11-20", "birthday: 1990-11-27"]),
		"People/Back.md": note(["tier: B", "last_contact: 2026-11-20", "busy:", "  - 11-01..11-20 fundraising"]),
		"People/Asker.md": note(["tier: B"], "## Touchpoints\n- 2026-11-20 ask — a\n- 2026-11-10 ask — b\n- 2026-11-01 ask — c\n"),
		"People/Lapsed.md": note(["tier: A", "last_contact: 2026-11-20"], "## Touchpoints\n- 2026-11-20 ask — a\n- 2026-07-01 share — b\n"),
		"People/Hard.md": note(["tier: C", "last_contact: 2026-11-20", "difficult: true"]),
	};
	const model = buildDueList(contacts(files), today, DEFAULT_SETTINGS);
	const all = model.sections.flatMap((s) => s.rows);
	const texts = (name: string) => all.find((r) => r.name === name)?.reasons.map((r) => r.text);
	expect(texts("Due")).toEqual(["Due today"]);
	expect(texts("Soon")).toEqual(["Promise due tomorrow: Send the deck"]);
	expect(texts("Birthday")).toEqual(["Birthday today"]);
	expect(texts("Back")).toEqual(["Back from fundraising (7 days ago)"]);
	expect(texts("Lapsed")).toContain("Time to give: share, help or check in");
	// Asker is not listed (ok, no urgent reason), so its streak shows only when it is.
	expect(all.find((r) => r.name === "Asker")).toBeUndefined();
	expect(all.find((r) => r.name === "Hard")).toBeUndefined();
	const later = buildDueList(contacts(files), day("2027-06-01"), DEFAULT_SETTINGS).sections.flatMap((s) => s.rows);
	expect(later.find((r) => r.name === "Asker")?.reasons.map((r) => r.text)).toContain("Give before you ask again");
	expect(later.find((r) => r.name === "Hard")?.reasons.map((r) => r.text)).toContain("Strained: keep it in writing");
	expect(later.find((r) => r.name === "Due")?.reasons[0]?.text).toMatch(/^Overdue by \d+ days$/);
});

test("Needs attention lists diagnostics with their lines (errors first) and contacts without a tier", () => {
	const files = {
		"People/Broken.md": "---\ntier: A\nbad: [x\n---\n",
		"People/Warned.md": note(["tier: B", "last_contact: 2026-11-20"], "## Touchpoints\n- 2026-11-20 gossip — ?\n"),
		"People/Untiered.md": note(["company: Acme"]),
	};
	const model = buildDueList(contacts(files), today, DEFAULT_SETTINGS);
	const attention = model.sections.find((s) => s.id === SECTION_TITLES.attention.toLowerCase().replace(/ /g, "-") || s.id === "attention");
	expect(attention?.rows.map((r) => r.name)).toEqual(["Broken", "Untiered", "Warned"]);
	const broken = attention?.rows[0];
	expect(broken?.line).toBe(3);
	expect(broken?.reasons[0]?.text).toMatch(/^Line 3: frontmatter does not parse/);
	expect(broken?.reasons[0]?.severity).toBe("error");
	expect(attention?.rows[1]?.reasons.map((r) => r.kind)).toEqual(["no-tier"]);
	expect(attention?.rows[2]?.reasons[0]?.text).toMatch(/^Line 6: .*unknown kind "gossip"/);
});

test("nobody due: the model says who comes next", () => {
	const files = { "People/Later.md": note(["tier: A", "last_contact: 2026-11-20"]), "People/Sooner.md": note(["tier: A", "last_contact: 2026-11-10"]) };
	const model = buildDueList(contacts(files), today, DEFAULT_SETTINGS);
	expect(model.listed).toBe(0);
	expect(model.sections).toEqual([]);
	expect(model.next).toEqual({ name: "Sooner", day: day("2026-12-08") });
	expect(buildDueList([], today, DEFAULT_SETTINGS)).toMatchObject({ contacts: 0, listed: 0, next: null, sections: [] });
});
