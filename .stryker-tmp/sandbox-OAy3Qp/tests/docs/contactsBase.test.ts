/**
 * examples/vault/Contacts.base, the Bases table of the example vault: valid YAML in the shape
 * Obsidian's Bases reads (filters, formulas, properties, views), selecting contacts by Tend's
 * default rules, and every column it shows defined.
 */
// @ts-nocheck

import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

const ROOT = path.join(__dirname, "..", "..");
const base = parse(fs.readFileSync(path.join(ROOT, "examples", "vault", "Contacts.base"), "utf8")) as {
	filters: { or: string[] };
	formulas: Record<string, string>;
	properties: Record<string, { displayName: string }>;
	views: { type: string; name: string; order: string[]; sort?: { property: string; direction: string }[]; filters?: unknown }[];
};

test("selects notes by Tend's default contact rules: folder, tag, type", () => {
	expect(base.filters.or).toEqual([
		`file.inFolder("${DEFAULT_SETTINGS.contactsFolder}")`,
		`file.hasTag("${DEFAULT_SETTINGS.contactTag}")`,
		`${DEFAULT_SETTINGS.keys.type} == "${DEFAULT_SETTINGS.contactType}"`,
	]);
});

test("a table of contacts with tier, last contact and a days-since-contact formula", () => {
	expect(base.formulas.days_since_contact).toBe(`if(${DEFAULT_SETTINGS.keys.lastContact}, (today() - date(${DEFAULT_SETTINGS.keys.lastContact})).days, "")`);
	const [table] = base.views;
	expect(table).toMatchObject({ type: "table", name: "Contacts" });
	expect(table?.order).toEqual(expect.arrayContaining(["file.name", DEFAULT_SETTINGS.keys.tier, DEFAULT_SETTINGS.keys.lastContact, "formula.days_since_contact"]));
});

test("every formula a view shows or sorts by is defined, and every view is a known type", () => {
	for (const view of base.views) {
		expect(["table", "cards", "list", "map"]).toContain(view.type);
		const used = [...view.order, ...(view.sort ?? []).map((s) => s.property)].filter((p) => p.startsWith("formula."));
		for (const p of used) expect(Object.keys(base.formulas)).toContain(p.slice("formula.".length));
	}
	for (const key of Object.keys(base.properties).filter((k) => k.startsWith("formula."))) expect(base.formulas).toHaveProperty(key.slice(8));
});
