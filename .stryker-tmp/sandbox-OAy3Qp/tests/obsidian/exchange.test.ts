/**
 * @jest-environment jsdom
 *
 * The built plugin's "Export calendar" and "Import contacts" commands on the fake Obsidian:
 * the feed written into the vault (the same events and UIDs as `tend ics`), and an import
 * that writes nothing before the preview's "Import", then creates and completes notes the
 * way `tend import` does.
 */
// @ts-nocheck

import * as fs from "fs";
import ICAL from "ical.js";
import * as path from "path";
import { notices, openModals, type App } from "./fakeObsidian";
import { button, choose, EXAMPLE_VAULT, flush, readVault, ROOT, settle, startPlugin, stopPlugins, topModal, useClock } from "./harness";
import { tend } from "../cli/support";

const FIXTURES = path.join(ROOT, "tests", "fixtures", "exchange");
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), "utf8");

afterEach(() => {
	stopPlugins();
	jest.useRealTimers();
});

async function start(files: Record<string, string>): Promise<App> {
	useClock(2026, 11, 27);
	const running = await startPlugin(files);
	await settle();
	return running.app;
}

function run(app: App, id: string): void {
	expect(app.executeCommandById(`tend:${id}`)).toBe(true);
}

const events = (text: string) =>
	new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((e) => ({
		uid: e.getFirstPropertyValue("uid"),
		summary: e.getFirstPropertyValue("summary"),
		start: (e.getFirstPropertyValue("dtstart") as ICAL.Time).toString(),
	}));

describe("Export calendar", () => {
	test("writes Tend.ics with the same events and UIDs as tend ics, and rewrites it in place", async () => {
		const app = await start(readVault(EXAMPLE_VAULT));
		run(app, "export-calendar");
		await settle();
		const text = app.vault.text("Tend.ics") as string;
		const cli = tend(["ics", "--vault", "examples/vault", "--today", "2026-11-27"], { cwd: ROOT }).stdout;
		expect(events(text)).toEqual(events(cli));
		expect(events(text).length).toBeGreaterThan(15);
		expect(text).toContain("URL:obsidian://open?vault=Test%20vault&file=People%2FAmara%20Okafor.md\r\n");
		// The notice docs/plugin.md quotes.
		expect(notices).toContain("Tend: wrote 21 events for 16 contacts to Tend.ics.");

		// A touchpoint later, the file is rewritten: Amara is no longer due today, same UID.
		const amara = events(text).find((e) => e.summary === "Get in touch with Amara Okafor");
		const note = app.vault.getFileByPath("People/Amara Okafor.md");
		if (!note) throw new Error("no note");
		await app.vault.process(note, (t) => t.replace("last_contact: 2026-10-05", "last_contact: 2026-11-26"));
		await settle();
		run(app, "export-calendar");
		await settle();
		const again = events(app.vault.text("Tend.ics") as string).find((e) => e.summary === "Get in touch with Amara Okafor");
		expect(again).toEqual({ ...amara, start: "2026-12-24" });
		expect(app.vault.getFiles().filter((f) => f.extension === "ics")).toHaveLength(1);
	});

	test("a folder named Tend.ics is left alone, with a notice", async () => {
		const app = await start({ "Tend.ics/readme.md": "x", "People/Ada.md": "---\ntier: A\n---\n" });
		run(app, "export-calendar");
		await settle();
		expect(notices).toContain("Tend: Tend.ics is a folder, so the calendar was not written.");
		expect(app.vault.writes).toEqual([]);
	});
});

describe("Import contacts", () => {
	const AMARA = "---\ntier: A # inner circle\ncompany: Lumen\n---\n# Amara\n";

	test("with no export in the vault, says how to bring one", async () => {
		const app = await start({ "People/Ada.md": "---\ntier: A\n---\n" });
		run(app, "import-contacts");
		await flush();
		expect(openModals).toHaveLength(0);
		expect(notices.at(-1)).toMatch(/^Tend: no contacts export in this vault\. Put a \.vcf file, LinkedIn's Connections\.csv/);
	});

	test("picks the file, previews every change, writes nothing until Import, then reports what it did", async () => {
		const app = await start({ "People/Amara Okafor.md": AMARA, "Downloads/Connections.csv": fixture("Connections.csv"), "Downloads/contacts.vcf": fixture("contacts-v3.vcf") });
		run(app, "import-contacts");
		await choose("connections", "Connections.csv");
		await flush();
		const preview = topModal();
		expect(preview.titleEl.textContent).toBe("Import contacts");
		const text = preview.contentEl.textContent ?? "";
		expect(preview.contentEl.querySelector(".tend-check-summary")?.textContent).toBe(
			"Downloads/Connections.csv (LinkedIn connections): 4 people. 3 new notes, 1 note to update, 0 unchanged, 0 skipped.",
		);
		expect(text).toContain("Connections.csv:9not readthis row has no name; it is skipped");
		const labels = Array.from(preview.contentEl.querySelectorAll(".tend-check-severity")).map((el) => el.textContent);
		expect(labels).toEqual(["not read", "update", "new note", "new note", "new note"]);
		expect(text).toContain('Would add position, linkedin to People/Amara Okafor.md (matched by name, Connections.csv:5); would keep company (has "Lumen"; not added: Lumen Health, GmbH)');
		expect(text).toContain("Would create People/José O'Brien.md for José O'Brien (Connections.csv:6): company, position, email, linkedin");
		expect(app.vault.writes).toEqual([]);

		button(preview.contentEl, "Import").click();
		await settle();
		expect(app.vault.text("People/Amara Okafor.md")).toBe(
			"---\ntier: A # inner circle\ncompany: Lumen\nposition: Head of Regulatory Affairs, EMEA\nlinkedin: https://www.linkedin.com/in/amara-okafor\n---\n# Amara\n",
		);
		// The same note `tend import` writes for the same person.
		expect(app.vault.text("People/José O'Brien.md")).toBe(
			'---\ntier:\ncompany: Acme\nposition: CTO, "Platform" team\nemail: jose@obrien.example\nlinkedin: https://www.linkedin.com/in/jose-obrien\n---\n\n## Touchpoints\n',
		);
		expect(topModal().titleEl.textContent).toBe("Contacts imported");
		expect(topModal().contentEl.querySelector(".tend-check-summary")?.textContent).toBe("3 notes created, 1 updated, 0 unchanged, 0 skipped.");
		expect(notices.at(-1)).toBe("Tend: imported Connections.csv: 3 notes created, 1 updated, 0 unchanged, 0 skipped.");
		button(topModal().contentEl, "Done").click();
		expect(openModals).toHaveLength(0);

		// The new contacts are in the index, without a tier; a second import finds them all.
		run(app, "import-contacts");
		await choose("connections", "Connections.csv");
		await flush();
		expect(topModal().contentEl.querySelector(".tend-check-summary")?.textContent).toBe(
			"Downloads/Connections.csv (LinkedIn connections): 4 people. 0 new notes, 0 notes to update, 4 unchanged, 0 skipped.",
		);
		const nothing = button(topModal().contentEl, "Nothing to import");
		expect(nothing.disabled).toBe(true);
	});

	test("Cancel writes nothing", async () => {
		const app = await start({ "contacts.vcf": fixture("contacts-v4.vcf") });
		run(app, "import-contacts");
		await choose("contacts", "contacts.vcf");
		await flush();
		const text = topModal().contentEl.textContent ?? "";
		expect(text).toContain("contacts.vcf:30not readthis card is vCard 2.1 (quoted-printable), which Tend does not read; export the contacts as vCard 3.0 or 4.0");
		button(topModal().contentEl, "Cancel").click();
		await settle();
		expect(app.vault.writes).toEqual([]);
	});

	test("a note that appeared after the preview is not overwritten", async () => {
		const app = await start({ "contacts.vcf": fixture("contacts-v4.vcf") });
		run(app, "import-contacts");
		await choose("contacts", "contacts.vcf");
		await flush();
		await app.vault.create("People/Priya Raman.md", "typed by hand meanwhile\n");
		button(topModal().contentEl, "Import").click();
		await settle();
		expect(app.vault.text("People/Priya Raman.md")).toBe("typed by hand meanwhile\n");
		expect(topModal().contentEl.textContent).toContain("Skipped Priya Raman (contacts.vcf:1): People/Priya Raman.md appeared meanwhile; it was not overwritten");
	});
});
