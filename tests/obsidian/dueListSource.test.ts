/**
 * @jest-environment jsdom
 *
 * What the due list view's windowed list reads (src/obsidian/dueListSource.ts): sections as
 * a heading and their rows, made only when drawn, with positions and keys that lead back to
 * the model's rows, for all tiers and for one.
 */
import "./fakeObsidian";
import { formatDay, parseIsoDay } from "../../src/core/calendar";
import type { Contact } from "../../src/core/contact";
import { DueList } from "../../src/core/dueList/model";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { DueListSource, rowKey, type DueItem } from "../../src/obsidian/dueListSource";
import { filteredSections } from "../../src/obsidian/tierFilter";
import { VirtualList } from "../../src/obsidian/virtualList";
import { ContactBuilder } from "../support/contactBuilder";

const today = parseIsoDay("2026-11-27") as number;

/** n contacts in tiers A, B, C; about half of them due or overdue. */
function bigModel(n: number): DueList {
	const contacts: Contact[] = [];
	for (let i = 0; i < n; i++) {
		const tier = ["A", "B", "C"][i % 3] as string;
		contacts.push(new ContactBuilder(`P${String(i).padStart(5, "0")}`).tier(tier).lastContact(formatDay(today - (i % 400))).build() as Contact);
	}
	return new DueList(contacts, today, DEFAULT_SETTINGS);
}

const model = bigModel(20_000);

test("a list over 20,000 contacts draws a screenful and reads only those rows from the model", () => {
	const listed = model.listed;
	expect(listed).toBeGreaterThan(5_000);
	const contactAt = jest.spyOn(model, "contactAt");
	const contacts = jest.spyOn(model, "contacts");
	const rows = jest.spyOn(model, "rows");
	const scroller = document.body.createDiv();
	const drawn: DueItem[] = [];
	const list = new VirtualList<DueItem>(scroller, (item) => drawn.push(item));
	const source = new DueListSource(model, filteredSections(model, -1), 54, 36);
	list.setSource(source);
	expect(source.rowCount).toBe(model.sections().reduce((n, s) => n + s.count, 0));
	expect(source.length).toBe(source.rowCount + model.sections().length);
	expect(drawn.length).toBeLessThan(40);
	expect(contactAt.mock.calls.length).toBeLessThanOrEqual(drawn.length);
	expect(contacts).not.toHaveBeenCalled();
	expect(rows).not.toHaveBeenCalled();
	expect(list.offsetOf(source.length)).toBe(source.rowCount * 54 + model.sections().length * 36);
	jest.restoreAllMocks();
});

test("places, positions and keys lead to the same rows as the model's sections", () => {
	const source = new DueListSource(model, filteredSections(model, -1), 54, 36);
	let place = 0;
	let position = 0;
	for (const s of model.sections()) {
		const heading = source.item(place);
		expect(heading).toMatchObject({ kind: "section", section: s });
		expect(source.indexOfKey(heading.key)).toBe(place);
		expect(source.exceptions).toContainEqual([place, 36]);
		// The first, a middle and the last row of each section.
		for (const j of [0, s.count >> 1, s.count - 1]) {
			const item = source.item(place + 1 + j);
			const contact = model.contactAt(s.id, j) as Contact;
			expect(item).toMatchObject({ kind: "row", section: s.id, index: j, position: position + j, key: rowKey(s.id, contact.path) });
			expect(source.indexOfKey(item.key)).toBe(place + 1 + j);
			expect(source.indexOfPosition(position + j)).toBe(place + 1 + j);
			expect(source.rowAt(position + j)?.contact).toBe(contact);
			expect(source.positionOf(s.id, contact.path)).toBe(position + j);
			expect(source.positionOfContact(contact.path)).toBe(position + j);
		}
		expect(source.isFirstOfSection(place + 1)).toBe(true);
		expect(source.isFirstOfSection(place + 2)).toBe(s.count === 1);
		place += 1 + s.count;
		position += s.count;
	}
	expect(source.indexOfPosition(-1)).toBe(-1);
	expect(source.indexOfPosition(source.rowCount)).toBe(-1);
	expect(source.indexOfKey("overdue:People/Nobody.md")).toBe(-1);
	expect(source.indexOfKey("section:snoozed")).toBe(-1);
});

test("one tier: only its rows, in the model's order, and a contact of another tier is not found", () => {
	const shown = filteredSections(model, 1);
	const source = new DueListSource(model, shown, 54, 36);
	const tierB: string[] = [];
	const others: string[] = [];
	for (const s of model.sections()) for (let i = 0; i < s.count; i++) (model.contactAt(s.id, i)?.tierIndex === 1 ? tierB : others).push(rowKey(s.id, model.contactAt(s.id, i)?.path as string));
	expect(source.rowCount).toBe(tierB.length);
	const drawnKeys = Array.from({ length: source.rowCount }, (_, p) => source.rowAt(p)?.key);
	expect(drawnKeys).toEqual(tierB);
	for (const key of [tierB[0], tierB[tierB.length - 1]]) expect(source.indexOfKey(key as string)).toBe(source.indexOfPosition(drawnKeys.indexOf(key)));
	expect(source.indexOfKey(others[0] as string)).toBe(-1);
});

test("after a reorder, a contact's key leads to its new place", () => {
	const m = bigModel(300);
	const [first] = m.rows("overdue");
	const path = (first as { contact: Contact }).contact.path;
	const before = new DueListSource(m, filteredSections(m, -1), 54, 36);
	const key = rowKey("overdue", path);
	expect(before.indexOfKey(key)).toBe(1);
	// Just overdue now (a few days past its tier's 6, 13 or 26 weeks): it moves down its section.
	const contact = m.get(path) as Contact;
	const days = { A: 45, B: 95, C: 186 }[contact.tier as "A" | "B" | "C"];
	m.set(new ContactBuilder(contact.name).path(path).tier(contact.tier as string).lastContact(formatDay(today - days)).build() as Contact);
	expect(m.indexOf("overdue", path)).toBeGreaterThan(0);
	const after = new DueListSource(m, filteredSections(m, -1), 54, 36);
	const place = after.indexOfKey(key);
	expect(place).toBeGreaterThan(1);
	expect(after.item(place)).toMatchObject({ kind: "row", key, contact: { path } });
});

test("a place past the end of a section that lost rows is a gap until the view redraws", () => {
	const m = bigModel(300);
	const source = new DueListSource(m, filteredSections(m, -1), 54, 36);
	const [first] = m.sections();
	const id = (first as { id: string }).id as "overdue";
	const last = source.indexOfPosition((first as { count: number }).count - 1);
	const path = (source.item(last) as { contact: Contact }).contact.path;
	m.delete(path);
	expect(source.item(last)).toEqual({ kind: "gap", key: `gap:${last}` });
	expect(source.rowAt((first as { count: number }).count - 1)).toBeUndefined();
	expect(new DueListSource(m, filteredSections(m, -1), 54, 36).indexOfKey(rowKey(id, path))).toBe(-1);
});
