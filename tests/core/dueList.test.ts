/**
 * The one due-list model (src/core/dueList/model.ts) that the panel and `tend due` render:
 * its sections and their order, rows with labels and sentences, counts, who comes next, the
 * untracked counts; and that it stays exactly what a fresh build gives through any sequence
 * of changes, new days and settings (it moves one entry per change instead of sorting again).
 */
import fc from "fast-check";
import { formatDay, parseIsoDay } from "../../src/core/calendar";
import type { Contact } from "../../src/core/contact";
import { compareNameKeys, keyPrefix, nameKey, namePrefix, NAME_ORDER } from "../../src/core/dueList/names";
import { DueList, dueRowJson, LISTED_SECTIONS, SECTION_ORDER, SECTION_TITLES, type SectionId } from "../../src/core/dueList/model";
import { capacityOf } from "../../src/core/capacity";
import { dueList } from "../../src/core/schedule";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { contactFromText as cliContact } from "../../src/cli/vault";
import { EXAMPLE_VAULT, note, readVault } from "../obsidian/harness";
import { ContactBuilder } from "../support/contactBuilder";

const day = (iso: string) => parseIsoDay(iso) as number;
const today = day("2026-11-27");

function contacts(files: Record<string, string>): Contact[] {
	return Object.entries(files)
		.map(([path, text]) => cliContact(path, text, DEFAULT_SETTINGS, today))
		.filter((c): c is Contact => c !== null);
}

const example = contacts(readVault(EXAMPLE_VAULT));
const model = (cs: Contact[], on = today) => new DueList(cs, on, DEFAULT_SETTINGS);
const rowsOf = (m: DueList) => m.sections().flatMap((s) => m.rows(s.id));

describe("sections", () => {
	test("come in a fixed order, and each listed contact appears once in the schedule", () => {
		const m = model(example);
		expect(m.sections().map((s) => s.title)).toEqual(["Overdue", "Due", "Promises", "Coming up", "Needs attention"]);
		const scheduled = m
			.sections()
			.filter((s) => s.id !== "attention")
			.flatMap((s) => m.rows(s.id).map((r) => r.contact.path));
		expect(new Set(scheduled).size).toBe(scheduled.length);
		const listed = dueList(example, today, DEFAULT_SETTINGS);
		expect(m.listed).toBe(listed.length);
		expect(new Set(scheduled)).toEqual(new Set(listed.map((e) => e.contact.path)));
	});

	test("statuses map to sections: overdue, due and new, promises only, other urgent reasons", () => {
		const m = model(example);
		for (const section of m.sections()) {
			for (const row of m.rows(section.id)) {
				if (section.id === "overdue") expect(row.status).toBe("overdue");
				if (section.id === "due") expect(["due", "new"]).toContain(row.status);
				if (section.id === "promises") {
					expect(["ok", "snoozed", "waiting"]).toContain(row.status);
					expect(row.reasons.some((r) => r.kind === "promise-late" || r.kind === "promise-soon")).toBe(true);
				}
				if (section.id === "coming-up") {
					expect(["ok", "snoozed", "waiting"]).toContain(row.status);
					expect(row.reasons.some((r) => r.kind === "promise-late" || r.kind === "promise-soon")).toBe(false);
				}
			}
		}
		const names = (id: SectionId) => m.rows(id).map((r) => r.name);
		expect(names("overdue")).toEqual(["Noah Fischer", "Dana Whitfield", "Amara Okafor"]);
		expect(names("due")).toEqual(["Grace Liu", "Maya Singh", "Olivia Brown", "Chen Wei", "Ben Carter"]);
		expect(names("promises")).toEqual(["Hiro Tanaka", "Elena Petrova"]);
		expect(names("coming-up")).toEqual(["Kemi Adeyemi", "Jonas Berg", "Isabel Moreno", "Priya Raman"]);
		expect(names("attention")).toContain("Liam O'Brien");
	});

	test("the core's order holds inside a section", () => {
		const m = model(example);
		const order = dueList(example, today, DEFAULT_SETTINGS).map((e) => e.contact.path);
		for (const section of m.sections().filter((s) => s.id !== "attention")) {
			const paths = m.rows(section.id).map((r) => r.contact.path);
			expect(paths).toEqual(order.filter((p) => paths.includes(p)));
		}
	});

	test("with `all`, the contacts not on the list too, and `ranked` is the core's order", () => {
		const m = new DueList(example, today, DEFAULT_SETTINGS, { all: true });
		expect(m.sections().map((s) => s.id)).toEqual(["overdue", "due", "promises", "coming-up", "snoozed", "attention"]);
		expect(m.ranked().map((r) => r.contact.path)).toEqual(dueList(example, today, DEFAULT_SETTINGS, { all: true }).map((e) => e.contact.path));
		expect(model(example).ranked().map((r) => r.contact.path)).toEqual(dueList(example, today, DEFAULT_SETTINGS).map((e) => e.contact.path));
		expect(SECTION_ORDER.map((id) => SECTION_TITLES[id])).toEqual(["Overdue", "Due", "Promises", "Coming up", "Not due yet", "Snoozed", "Waiting: in a busy period", "Needs attention"]);
	});
});

describe("rows", () => {
	test("carry tier, days since last contact and reasons with a label and the sentence", () => {
		const m = model(example);
		const amara = m.rows("overdue").find((r) => r.name === "Amara Okafor");
		expect(amara).toMatchObject({ tier: "A", days: "53d", daysTitle: "Last contact 2026-10-05 (53 days ago)", lastContactSource: "log", suggestion: { kind: "promise-moved", text: '"Send the EU AI Act summary" is 7 days late: send it now, or tell them and agree a new date' } });
		expect(amara?.reasons.map((r) => r.label)).toEqual(["Overdue by 11 days", "Promise 7 days late: Send the EU AI Act summary"]);
		expect(amara?.reasons[1]?.text).toBe('Promised "Send the EU AI Act summary" by November 20: 7 days late');
		expect(amara?.reasons[1]?.severity).toBe("error");
		expect(amara?.reasons[1]?.promise?.what).toBe("Send the EU AI Act summary");
		expect(amara?.reasons[1]?.day).toBe(day("2026-11-20"));
		const grace = m.rows("due").find((r) => r.name === "Grace Liu");
		expect(grace).toMatchObject({ days: "never", reasons: [expect.objectContaining({ label: "No contact logged yet" })] });
	});

	test("a label for every reason kind", () => {
		const files = {
			"People/Due.md": note(["tier: A", "last_contact: 2026-10-30"]),
			"People/Soon.md": note(["tier: A", "last_contact: 2026-11-20", "promises:", "  - 2026-11-28 Send the deck"]),
			"People/Birthday.md": note(["tier: B", "last_contact: 2026-11-20", "birthday: 1990-11-27"]),
			"People/Back.md": note(["tier: B", "last_contact: 2026-11-20", "busy:", "  - 11-01..11-20 fundraising"]),
			"People/Asker.md": note(["tier: B"], "## Touchpoints\n- 2026-11-20 ask — a\n- 2026-11-10 ask — b\n- 2026-11-01 ask — c\n"),
			"People/Lapsed.md": note(["tier: A", "last_contact: 2026-11-20"], "## Touchpoints\n- 2026-11-20 ask — a\n- 2026-07-01 share — b\n"),
			"People/Hard.md": note(["tier: C", "last_contact: 2026-11-20", "difficult: true"]),
		};
		const all = rowsOf(model(contacts(files)));
		const labels = (name: string) => all.find((r) => r.name === name)?.reasons.map((r) => r.label);
		expect(labels("Due")).toEqual(["Due today"]);
		expect(labels("Soon")).toEqual(["Promise due tomorrow: Send the deck"]);
		expect(labels("Birthday")).toEqual(["Birthday today"]);
		expect(labels("Back")).toEqual(["Back from fundraising (7 days ago)"]);
		expect(all.find((r) => r.name === "Back")?.reasons[0]?.text).toBe("Back from fundraising since November 20 (7 days ago)");
		expect(labels("Lapsed")).toContain("Time to give: share, help or check in");
		expect(all.find((r) => r.name === "Asker")).toBeUndefined();
		expect(all.find((r) => r.name === "Hard")).toBeUndefined();
		const later = rowsOf(model(contacts(files), day("2027-06-01")));
		expect(later.find((r) => r.name === "Asker")?.reasons.map((r) => r.label)).toContain("Give before you ask again");
		expect(later.find((r) => r.name === "Hard")?.reasons.map((r) => r.label)).toContain("Strained: keep it in writing");
		expect(later.find((r) => r.name === "Due")?.reasons[0]?.label).toMatch(/^Overdue by \d+ days$/);
	});

	test("Needs attention lists diagnostics with their lines (errors first) and contacts without a tier", () => {
		const files = {
			"People/Broken.md": "---\ntier: A\nbad: [x\n---\n",
			"People/Warned.md": note(["tier: B", "last_contact: 2026-11-20"], "## Touchpoints\n- 2026-11-20 gossip — ?\n"),
			"People/Untiered.md": note(["company: Acme"]),
		};
		const attention = model(contacts(files)).rows("attention");
		expect(attention.map((r) => r.name)).toEqual(["Broken", "Untiered", "Warned"]);
		expect(attention[0]?.line).toBe(3);
		expect(attention[0]?.reasons[0]?.label).toMatch(/^Line 3: frontmatter does not parse/);
		expect(attention[0]?.reasons[0]?.text).toMatch(/^error: Line 3: frontmatter does not parse/);
		expect(attention[0]?.reasons[0]?.severity).toBe("error");
		expect(attention[1]?.reasons.map((r) => [r.kind, r.label, r.text])).toEqual([["no-tier", "Needs a tier: add a tier property to track this contact", "No tier: add a tier property (A, B, C) to track this contact"]]);
		expect(attention[2]?.reasons[0]?.label).toMatch(/^Line 6: .*unknown kind "gossip"/);
	});

	test("print as tend due --json's contacts: the documented fields, then the model's", () => {
		const row = model(example).rows("overdue")[2];
		const json = dueRowJson(row as NonNullable<typeof row>);
		expect(Object.keys(json)).toEqual(["name", "path", "tier", "status", "lastContact", "dueDate", "overdueDate", "daysSince", "reasons", "promises", "section", "lastContactSource", "suggestion"]);
		expect(json).toMatchObject({ name: "Amara Okafor", section: "overdue", lastContactSource: "log", suggestion: { kind: "promise-moved", text: '"Send the EU AI Act summary" is 7 days late: send it now, or tell them and agree a new date' } });
		expect(json.reasons[0]).toEqual({ kind: "overdue", text: "Last contact 53 days ago; it was due by November 16 (every 4–6 weeks)", label: "Overdue by 11 days" });
	});

	test("name where the last contact comes from: the log, the property, or a mention", () => {
		const log = new ContactBuilder("Log").tier("A").lastContact("2026-11-01").touchpoint("2026-11-01", "call").build();
		const field = new ContactBuilder("Field").tier("A").lastContact("2026-11-05").touchpoint("2026-11-01", "call").build();
		const mention = new ContactBuilder("Mention").tier("A").lastContact("2026-11-01").mentioned("2026-11-10", "Daily/2026-11-10.md").build();
		const rows = new DueList([log, field, mention], today, DEFAULT_SETTINGS, { all: true }).ranked();
		const source = (name: string) => rows.find((r) => r.name === name)?.lastContactSource;
		expect(source("Log")).toBe("log");
		expect(source("Field")).toBe("frontmatter");
		expect(source("Mention")).toEqual({ kind: "mention", path: "Daily/2026-11-10.md" });
		expect(rows.find((r) => r.name === "Mention")?.lastContact).toBe(day("2026-11-10"));
	});
});

describe("counts", () => {
	test("nobody due: the model says who comes next", () => {
		const files = { "People/Later.md": note(["tier: A", "last_contact: 2026-11-20"]), "People/Sooner.md": note(["tier: A", "last_contact: 2026-11-10"]) };
		const m = model(contacts(files));
		expect(m.listed).toBe(0);
		expect(m.sections()).toEqual([]);
		expect(m.next()).toEqual({ names: ["Sooner"], day: day("2026-12-08") });
		const empty = model([]);
		expect([empty.size, empty.listed, empty.next(), empty.sections()]).toEqual([0, 0, null, []]);
	});

	test("who comes next counts a snooze's end and a busy period's, and names everyone due that day", () => {
		const snoozed = new ContactBuilder("Snoozed").tier("A").lastContact("2026-01-01").snoozeUntil("2027-01-10").build();
		expect(model([snoozed]).next()).toEqual({ names: ["Snoozed"], day: day("2027-01-10") });
		const busy = new ContactBuilder("Busy").tier("A").lastContact("2026-01-01").busy("11-15..12-15", "close").build();
		expect(model([busy]).next()).toEqual({ names: ["Busy"], day: day("2026-12-16") });
		const same = ["Cy", "Ada", "Bo"].map((n) => new ContactBuilder(n).tier("A").lastContact("2026-11-06").build());
		expect(model(same).next()).toEqual({ names: ["Ada", "Bo", "Cy"], day: day("2026-12-04") });
		// Names that sort alike ("Ada" and "ada") come in the rows' order (by path), whichever
		// came first: a list built in either order, or changed one contact at a time, says the same.
		const upper = new ContactBuilder("Ada").tier("A").lastContact("2026-11-06").build();
		const lower = new ContactBuilder("ada").tier("A").lastContact("2026-11-06").build();
		const oneByOne = model([]);
		oneByOne.set(lower);
		oneByOne.set(upper);
		for (const m of [model([upper, lower]), model([lower, upper]), oneByOne]) expect(m.next()).toEqual({ names: ["Ada", "ada"], day: day("2026-12-04") });
	});

	test("contacts not tracked, by reason", () => {
		const files = {
			"People/Ada.md": note(["tier: A", "last_contact: 2026-11-20"]),
			"People/No tier.md": note(["company: X"]),
			"People/Also none.md": "Just text\n",
			"People/Zed.md": note(["tier: Z"]),
			"People/Broken.md": "---\ntier: [A\n---\n",
			"People/Listed.md": note(["tier: [A, B]"]),
		};
		const m = model(contacts(files));
		expect(m.untracked()).toEqual({ total: 5, withProblems: 3, byReason: { "no-tier": 2, "unknown-tier": 1, "bad-tier": 1, "tier-cadence": 0, "broken-frontmatter": 1 } });
		m.delete("People/Zed.md");
		expect(m.untracked()).toMatchObject({ total: 4, withProblems: 2 });
		expect(m.count("attention")).toBe(4);
	});
});

/** Everything the model shows, as plain data: each section's rows' keys, labels and counts. */
function view(m: DueList) {
	return {
		sections: m.sections(),
		listed: m.listed,
		rows: SECTION_ORDER.map((id) => m.rows(id).map((r) => `${r.key} ${r.reasons.map((x) => x.label).join("; ")}`)),
		reasons: SECTION_ORDER.map((id) => Array.from({ length: m.count(id) }, (_, i) => m.reasonsAt(id, i))),
		next: m.next(),
		untracked: m.untracked(),
		// What the panel's header shows, kept as contacts change: the same as counting afresh.
		listedInTier: DEFAULT_SETTINGS.tiers.map((_, i) => m.listedInTier(i)),
		capacity: roundedCapacity(m),
		// indexOf (a binary search) finds every row where the section has it.
		indexOf: SECTION_ORDER.map((id) => m.rows(id).map((r, i) => m.indexOf(id, r.contact.path) === i)),
	};
}

/** The model's capacity, checked against capacityOf over its contacts (the sums differ only in rounding). */
function roundedCapacity(m: DueList) {
	const c = m.capacity();
	const fresh = capacityOf(m.contacts(), DEFAULT_SETTINGS);
	const round = (x: number) => Math.round(x * 1e9) / 1e9;
	const plain = (x: typeof c) => ({ ...x, impliedLoad: round(x.impliedLoad), tiers: x.tiers.map((t) => ({ ...t, weeklyLoad: round(t.weeklyLoad) })) });
	expect(plain(c)).toEqual(plain(fresh));
	return plain(c);
}

describe("one change moves one entry, and the list is what a fresh build gives", () => {
	const names = ["Ada", "ada", "Bo", "Bö", "Cy 2", "Cy 10", "Dee-Ann", "Dee Ann", "O'Brien", "Øyvind", "Zoë", "zoe", "李伟"];
	const days = ["2026-06-01", "2026-09-15", "2026-10-01", "2026-10-20", "2026-11-01", "2026-11-26", "2026-12-05"];
	const contactArb = fc
		.record({
			name: fc.constantFrom(...names),
			folder: fc.constantFrom("People", "People/Work"),
			tier: fc.constantFrom("A", "B", "C", null),
			last: fc.option(fc.constantFrom(...days)),
			logged: fc.option(fc.constantFrom(...days)),
			kind: fc.constantFrom("ask", "share", "call"),
			promise: fc.option(fc.constantFrom("2026-11-20", "2026-11-28", "2027-02-01")),
			birthday: fc.option(fc.constantFrom("--11-30", "--06-01", "1990-12-01")),
			snooze: fc.option(fc.constantFrom("2026-12-01", "2026-11-01")),
			busy: fc.option(fc.constantFrom("11-01..11-20", "11-20..12-10")),
			problem: fc.option(fc.constantFrom("error", "warning") as fc.Arbitrary<"error" | "warning">),
			difficult: fc.boolean(),
		})
		.map((r) => {
			const b = new ContactBuilder(r.name).path(`${r.folder}/${r.name}.md`);
			if (r.tier) b.tier(r.tier);
			if (r.last) b.lastContact(r.last);
			if (r.logged) b.touchpoint(r.logged, r.kind);
			if (r.promise) b.promise(r.promise, "Send it");
			if (r.birthday) b.birthday(r.birthday);
			if (r.snooze) b.snoozeUntil(r.snooze);
			if (r.busy) b.busy(r.busy, "busy");
			if (r.problem) b.diagnostic(r.problem, "a problem", 3);
			if (r.difficult) b.difficult();
			return b.build() as Contact;
		});
	const op = fc.oneof(
		contactArb.map((c) => ({ kind: "set" as const, c })),
		fc.constantFrom(...names).map((n) => ({ kind: "delete" as const, path: `People/${n}.md` })),
		fc.constantFrom("2026-11-27", "2026-11-28", "2026-12-20").map((d) => ({ kind: "day" as const, day: day(d) })),
		fc.constant({ kind: "read" as const }),
	);

	test.each([false, true])("through any sequence of changes, days and reads (all: %s)", (all) => {
		fc.assert(
			fc.property(fc.array(contactArb, { maxLength: 25 }), fc.array(op, { maxLength: 30 }), (start, ops) => {
				const m = new DueList(start, today, DEFAULT_SETTINGS, { all });
				const current = new Map(start.map((c) => [c.path, c]));
				let on = today;
				for (const o of ops) {
					if (o.kind === "set") {
						m.set(o.c);
						current.set(o.c.path, o.c);
					} else if (o.kind === "delete") {
						expect(m.delete(o.path)).toBe(current.delete(o.path));
					} else if (o.kind === "day") {
						m.setToday(o.day);
						on = o.day;
					} else view(m);
				}
				expect(view(m)).toEqual(view(new DueList(current.values(), on, DEFAULT_SETTINGS, { all })));
				expect(m.size).toBe(current.size);
			}),
			{ numRuns: 300 },
		);
	});

	test("built from scratch, it is the list built one contact at a time in any order, before and after the same changes", () => {
		// Longer names that share their first seven key characters (names.ts, `namePrefix`) or
		// differ only past them, with the short ones above: ties on the numbers are common.
		const more = ["Adalbert 2", "Adalbert 10", "Adalberta", "Adalbert-Ann", "Adalbért", "Adalbert Ø", "Adalbert 0012345678901"];
		const named = fc.tuple(contactArb, fc.constantFrom(...names, ...more)).map(([c, name]) => ({ ...c, name, path: `People/${name}.md` }));
		fc.assert(
			fc.property(
				fc.array(named, { maxLength: 30 }),
				fc.array(fc.nat(), { maxLength: 30 }),
				fc.array(fc.boolean(), { maxLength: 30 }),
				fc.array(fc.oneof(named.map((c) => ({ kind: "set" as const, c })), fc.constantFrom(...names, ...more).map((n) => ({ kind: "delete" as const, path: `People/${n}.md` }))), { maxLength: 20 }),
				(start, order, reads, ops) => {
					const scratch = new DueList(start, today, DEFAULT_SETTINGS);
					// The same contacts one at a time, in another order (a later one at a path
					// still wins): read now and then, so most are moved in by binary search.
					const last = new Map(start.map((c) => [c.path, c]));
					const shuffled = [...last.values()];
					order.forEach((k, i) => {
						const j = k % shuffled.length;
						if (shuffled.length > 0) [shuffled[i % shuffled.length], shuffled[j]] = [shuffled[j] as Contact, shuffled[i % shuffled.length] as Contact];
					});
					const oneByOne = new DueList([], today, DEFAULT_SETTINGS);
					shuffled.forEach((c, i) => {
						oneByOne.set(c);
						if (reads[i]) view(oneByOne);
					});
					expect(view(oneByOne)).toEqual(view(scratch));
					for (const o of ops) {
						for (const m of [scratch, oneByOne]) {
							if (o.kind === "set") m.set(o.c);
							else m.delete(o.path);
						}
						if (o.kind === "set") last.set(o.c.path, o.c);
						else last.delete(o.path);
					}
					expect(view(scratch)).toEqual(view(oneByOne));
					expect(view(scratch)).toEqual(view(new DueList(last.values(), today, DEFAULT_SETTINGS)));
					expect(scratch.size).toBe(last.size);
				},
			),
			{ numRuns: 300 },
		);
	});

	test("a burst of changes sorts once and gives the same list", () => {
		const many = Array.from({ length: 300 }, (_, i) => new ContactBuilder(`P${i}`).tier(["A", "B", "C"][i % 3] as string).lastContact(formatDay(today - (i % 120))).build() as Contact);
		const m = new DueList(many.slice(0, 10), today, DEFAULT_SETTINGS);
		view(m);
		for (const c of many.slice(10)) m.set(c);
		expect(view(m)).toEqual(view(new DueList(many, today, DEFAULT_SETTINGS)));
		for (const s of LISTED_SECTIONS) expect(m.rows(s).length).toBe(m.count(s));
	});

	test("a change makes again only the changed contact's row; new settings make every row again", () => {
		const many = Array.from({ length: 40 }, (_, i) => new ContactBuilder(`P${i}`).tier("B").lastContact(formatDay(today - 100 - i)).build() as Contact);
		const m = new DueList(many, today, DEFAULT_SETTINGS);
		const first = m.rows("overdue", 0, 30);
		const changed = first[3]?.contact.path as string;
		m.set(new ContactBuilder(changed.slice(7, -3)).tier("B").lastContact(formatDay(today - 300)).build() as Contact);
		const again = m.rows("overdue", 0, 30);
		const same = again.filter((r) => first.includes(r));
		expect(same.length).toBe(29);
		expect(again.find((r) => r.contact.path === changed)?.daysSince).toBe(300);
		// A tier's cadence changed: the reasons say so on every row.
		const longer = { ...DEFAULT_SETTINGS, tiers: DEFAULT_SETTINGS.tiers.map((t) => (t.name === "B" ? { ...t, cadence: "2-3w" } : t)) };
		m.setSettings(longer);
		const after = m.rows("overdue", 0, 30);
		expect(after).toHaveLength(30);
		expect(after.some((r) => first.includes(r))).toBe(false);
		expect(view(m)).toEqual(view(new DueList([...m.contacts()], today, longer)));
	});

	test("indexOf: -1 for a contact in another section or not in the list", () => {
		const m = model(example);
		const [first] = m.rows("overdue");
		expect(first).toBeDefined();
		const path = (first as { contact: Contact }).contact.path;
		expect(m.indexOf("overdue", path)).toBe(0);
		expect(m.indexOf("due", path)).toBe(-1);
		expect(m.indexOf("overdue", "People/Nobody.md")).toBe(-1);
	});

	test("the header's counts follow a contact that changes tier, cadence or section, and one deleted", () => {
		const ada = new ContactBuilder("Ada").tier("A").lastContact("2026-01-01");
		const m = new DueList([ada.build() as Contact], today, DEFAULT_SETTINGS);
		expect(m.listedInTier(0)).toBe(1);
		expect(m.capacity().tiers[0]?.contacts).toBe(1);
		m.set(new ContactBuilder("Ada").tier("B").lastContact("2026-01-01").build() as Contact);
		expect([m.listedInTier(0), m.listedInTier(1)]).toEqual([0, 1]);
		expect(m.capacity().tiers.map((t) => t.contacts)).toEqual([0, 1, 0]);
		// Contacted today: no longer listed, still part of the load.
		m.set(new ContactBuilder("Ada").tier("B").lastContact(formatDay(today)).build() as Contact);
		expect(m.listedInTier(1)).toBe(0);
		expect(m.capacity().tiers[1]?.contacts).toBe(1);
		m.delete("People/Ada.md");
		expect(m.capacity()).toEqual(capacityOf([], DEFAULT_SETTINGS));
	});
});

describe("name order", () => {
	test("a name's key orders names as the collator does", () => {
		const alphabet = ["a", "b", "A", "Z", "e", "é", "É", "ü", "ñ", " ", "0", "1", "9", "10", "007", "-", "'", ".", ",", "_", "&", "(", "$", "İ", "ß", "ø", "李", "\t"];
		const name = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 7 }).map((parts) => parts.join(""));
		fc.assert(
			fc.property(name, name, (a, b) => {
				expect(Math.sign(compareNameKeys(a, nameKey(a), b, nameKey(b)))).toBe(Math.sign(NAME_ORDER.compare(a, b)));
			}),
			{ numRuns: 5000 },
		);
	});

	test("a name's prefix is the number of its key's first characters, and orders names as the collator does where prefixes differ", () => {
		const alphabet = ["a", "b", "A", "Z", "e", "é", "ü", " ", "0", "1", "9", "10", "007", "0123456789", "12345678901", "-", "'", ".", "&", "$", "ß", "ø", "李", "\t", "abcdefg", "Abcdefgh"];
		const name = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 9 }).map((parts) => parts.join(""));
		fc.assert(
			fc.property(name, name, (a, b) => {
				const pa = namePrefix(a);
				const pb = namePrefix(b);
				expect([pa, pb]).toEqual([keyPrefix(nameKey(a)), keyPrefix(nameKey(b))]);
				if (pa !== pb && pa >= 0 && pb >= 0) expect(Math.sign(pa - pb)).toBe(Math.sign(NAME_ORDER.compare(a, b)));
			}),
			{ numRuns: 5000 },
		);
		expect(namePrefix("Adalbert 2")).toBe(namePrefix("Adalbert 10"));
		expect(namePrefix("Ada")).toBeLessThan(namePrefix("Ada Bo"));
		expect(namePrefix("Øyvind")).toBe(-1);
	});

	test("contacts that tie on the numbers are listed in the collator's order of their names", () => {
		const alphabet = ["a", "B", "é", "ø", " ", "2", "10", "-", "Adalbert", "adalbért", "Zoë", "李"];
		const name = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(""));
		fc.assert(
			fc.property(fc.uniqueArray(name, { maxLength: 20 }), (names) => {
				const tied = names.map((n) => new ContactBuilder(n).tier("B").lastContact("2026-01-01").build() as Contact);
				const listed = new DueList(tied, today, DEFAULT_SETTINGS).rows("overdue").map((r) => r.contact.path);
				const expected = [...tied].sort((a, b) => NAME_ORDER.compare(a.name, b.name) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((c) => c.path);
				expect(listed).toEqual(expected);
			}),
			{ numRuns: 500 },
		);
	});

	test("names that only the collator can order have no key", () => {
		expect([nameKey("Øyvind"), nameKey("Strauß"), nameKey("李伟"), nameKey("Ada 12345678901")]).toEqual([null, null, null, null]);
		expect(nameKey("José Núñez")).toBe(nameKey("jose nunez"));
	});
});
