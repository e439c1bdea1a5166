/**
 * @jest-environment jsdom
 *
 * The contact index (src/obsidian/contactIndex.ts) over the fake Obsidian, in the situations
 * the real app creates: a slow background read overtaken by a newer change, a read that
 * fails, a batch that throws, a metadata cache still indexing at layout ready, folder
 * renames reported in either order, `modify` after the write returned.
 */
import { parseIsoDay, type Day } from "../../src/core/calendar";
import type { Contact } from "../../src/core/contact";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { Clock } from "../../src/obsidian/clock";
import { BULK_NOTIFY_MS, ContactIndex, READ_BATCH } from "../../src/obsidian/contactIndex";
import { App, indexNote, TFile, TFolder, type FakeOptions } from "./fakeObsidian";
import { note, useClock } from "./harness";

const day = (iso: string) => parseIsoDay(iso) as Day;

let app: App | null = null;
let index: ContactIndex | null = null;

afterEach(() => {
	index?.unload();
	app?.destroy();
	index = null;
	app = null;
	jest.useRealTimers();
	jest.restoreAllMocks();
	document.body.empty();
});

/** An index over the notes, started as at layout ready, with `now` as its clock. */
function build(files: Record<string, string>, options: FakeOptions = {}, now: () => number = () => Date.now()): { app: App; index: ContactIndex } {
	useClock(2026, 11, 27);
	app = new App(files, options);
	index = new ContactIndex(app as never, () => DEFAULT_SETTINGS, new Clock(now));
	index.load();
	const started = index;
	app.workspace.onLayoutReady(() => started.start());
	app.workspace.setLayoutReady();
	return { app, index };
}

async function tasks(ms = 0): Promise<void> {
	await jest.advanceTimersByTimeAsync(ms);
}

/** Pending promises, then every timer, run until the index and the cache are quiet. */
async function settle(): Promise<void> {
	let i = 0;
	do await jest.advanceTimersByTimeAsync(10);
	while (jest.getTimerCount() > 0 && ++i < 100);
}

const contact = (idx: ContactIndex, path: string): Contact => {
	const c = idx.get(path);
	if (!c) throw new Error(`${path} is not in the index`);
	return c;
};

/**
 * What the index knows of a contact's log: how many entries, and the newest one's summary (a
 * contact keeps a digest of its log, not its entries).
 */
const logOf = (c: Contact) => ({ entries: c.log.count, newest: c.log.newestSummary });

const logged = (...entries: string[]) => note(["tier: A", "last_contact: 2026-10-01"], `## Touchpoints\n${entries.map((e) => `- ${e}\n`).join("")}`);

describe("the log read onto the contact start-up read from the cache", () => {
	test("is the contact a whole read gives, and only while the cache still holds the frontmatter it was read from", async () => {
		const files = { "People/Ada.md": logged("2026-11-01 call — Lunch"), "People/Bo.md": logged("2026-11-02 share — Sent the deck") };
		const { app, index } = build(files);
		// The cache of Bo's note changes (tier B) before its log is read, with no event yet.
		const caches = (app.metadataCache as unknown as { caches: Map<string, unknown> }).caches;
		caches.set("People/Bo.md", indexNote((files["People/Bo.md"] as string).replace("tier: A", "tier: B")));
		await settle();
		expect(contact(index, "People/Ada.md").tier).toBe("A");
		expect(logOf(contact(index, "People/Ada.md"))).toEqual({ entries: 1, newest: "Lunch" });
		// Bo's properties come from the cache as it is now, not from what start-up read.
		expect(contact(index, "People/Bo.md").tier).toBe("B");
		expect(logOf(contact(index, "People/Bo.md"))).toEqual({ entries: 1, newest: "Sent the deck" });
		// Nothing start-up read is kept once every log is in.
		expect((index as unknown as { fromCache: unknown }).fromCache).toBeNull();
	});
});

describe("the version guard: a slow background read never undoes a newer change", () => {
	test("a read that started before the note changed is dropped when it comes back", async () => {
		const { app, index } = build({ "People/Ada.md": logged("2026-10-01 call — Old news") });
		const release = app.vault.holdReads();
		await tasks(); // the background reader starts, and its read of Ada waits
		expect(index.get("People/Ada.md")?.logRead).toBe(false);
		// The user logs a touchpoint meanwhile; the cache reports the new text.
		await app.vault.modify(app.vault.getFileByPath("People/Ada.md") as TFile, logged("2026-11-26 call — Fresh news", "2026-10-01 call — Old news"));
		await tasks();
		expect(logOf(contact(index, "People/Ada.md"))).toEqual({ entries: 2, newest: "Fresh news" });
		// The old read finally arrives, with the old text: it must not win.
		release();
		await settle();
		expect(logOf(contact(index, "People/Ada.md"))).toEqual({ entries: 2, newest: "Fresh news" });
		expect(contact(index, "People/Ada.md").logRead).toBe(true);
	});

	test("a read that started before the note was deleted does not bring it back", async () => {
		const { app, index } = build({ "People/Ada.md": logged("2026-10-01 call — Old news") });
		const release = app.vault.holdReads();
		await tasks();
		await app.vault.delete(app.vault.getFileByPath("People/Ada.md") as TFile);
		expect(index.get("People/Ada.md")).toBeUndefined();
		release();
		await settle();
		expect(index.get("People/Ada.md")).toBeUndefined();
	});
});

describe("a read that fails", () => {
	test("gives the note an error that says why; the other notes are read; the next change reads it again", async () => {
		const { app, index } = build({ "People/Ada.md": logged("2026-10-01 call — Lunch"), "People/Bo.md": logged("2026-09-01 call — Coffee"), "Notes/Idea.md": "an idea" });
		app.vault.failingReads.set("People/Ada.md", new Error("EBUSY: resource busy or locked, read"));
		app.vault.failingReads.set("Notes/Idea.md", new Error("EIO"));
		await settle();
		const ada = contact(index, "People/Ada.md");
		expect(ada.tier).toBe("A");
		expect(ada.logRead).toBe(false);
		expect(ada.diagnostics).toEqual([
			{
				path: "People/Ada.md",
				severity: "error",
				message: "Tend could not read this note (EBUSY: resource busy or locked, read); its touchpoint log may be missing or out of date until the note changes",
			},
		]);
		expect(logOf(contact(index, "People/Bo.md"))).toEqual({ entries: 1, newest: "Coffee" });
		expect(contact(index, "People/Bo.md").diagnostics).toEqual([]);
		// A note that is not a contact stays out, readable or not.
		expect(index.get("Notes/Idea.md")).toBeUndefined();
		expect(index.pending).toBe(0);

		// The note can be read again and changes: the change carries its text.
		app.vault.failingReads.delete("People/Ada.md");
		await app.vault.modify(app.vault.getFileByPath("People/Ada.md") as TFile, logged("2026-11-20 call — Catch-up", "2026-10-01 call — Lunch"));
		await settle();
		expect(contact(index, "People/Ada.md").diagnostics).toEqual([]);
		expect(logOf(contact(index, "People/Ada.md"))).toEqual({ entries: 2, newest: "Catch-up" });
	});

	test("a refresh (settings, a new day) reads it again", async () => {
		const { app, index } = build({ "People/Ada.md": logged("2026-10-01 call — Lunch") });
		app.vault.failingReads.set("People/Ada.md", new Error("EIO"));
		await settle();
		expect(contact(index, "People/Ada.md").diagnostics).toHaveLength(1);
		app.vault.failingReads.delete("People/Ada.md");
		index.refreshAll();
		await settle();
		expect(contact(index, "People/Ada.md").diagnostics).toEqual([]);
		expect(contact(index, "People/Ada.md").logRead).toBe(true);
	});

	test("the check report's full read finishes too", async () => {
		const { app, index } = build({ "People/Ada.md": logged("2026-10-01 call — Lunch"), "People/Bo.md": logged("2026-09-01 call — Coffee") });
		app.vault.failingReads.set("People/Ada.md", new Error("EIO"));
		await index.readAll();
		expect(index.pending).toBe(0);
		expect(contact(index, "People/Ada.md").diagnostics.map((d) => d.severity)).toEqual(["error"]);
		expect(contact(index, "People/Bo.md").logRead).toBe(true);
	});
});

describe("a batch that throws", () => {
	test("its notes get an error, and the background reader goes on with the next batch", async () => {
		let clockBroken = false;
		const files: Record<string, string> = {};
		for (let i = 0; i < READ_BATCH + 5; i++) files[`People/P${String(i).padStart(2, "0")}.md`] = logged(`2026-10-0${(i % 9) + 1} call — Note ${i}`);
		// The clock fails once, in the middle of the background reading (as luxon does when
		// the system clock gives no valid time): the whole first batch cannot be read.
		const { index } = build(files, {}, () => (clockBroken ? ((clockBroken = false), Number.NaN) : Date.now()));
		expect(index.all()).toHaveLength(READ_BATCH + 5);
		clockBroken = true;
		await settle();
		const unread = index.all().filter((c) => !c.logRead);
		const read = index.all().filter((c) => c.logRead);
		expect(unread).toHaveLength(READ_BATCH);
		expect(read).toHaveLength(5);
		for (const c of unread) expect(c.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^Tend could not read this note \(the clock gives no valid date/)]);
		expect(index.pending).toBe(0);
		expect(jest.getTimerCount()).toBe(0);
	});

	test("a note that makes the reading throw is an error on that note alone", async () => {
		const { app, index } = build({ "People/Ada.md": logged("2026-10-01 call — Lunch"), "People/Bo.md": logged("2026-09-01 call — Coffee") });
		const real = app.metadataCache.getFileCache.bind(app.metadataCache);
		let calls = 0;
		jest.spyOn(app.metadataCache, "getFileCache").mockImplementation((file) => {
			if (file.path === "People/Ada.md" && ++calls > 0) throw new TypeError("Cannot read properties of undefined (reading 'frontmatter')");
			return real(file);
		});
		await settle();
		expect(contact(index, "People/Ada.md").diagnostics.map((d) => d.message)).toEqual([expect.stringContaining("(Cannot read properties of undefined (reading 'frontmatter'))")]);
		expect(contact(index, "People/Bo.md").logRead).toBe(true);
		expect(index.pending).toBe(0);
	});
});

describe("the app as it really behaves", () => {
	test("notes the cache indexes after layout ready are read, and listed once the cache knows them", async () => {
		const { index } = build(
			{ "People/Ada.md": logged("2026-10-01 call — Lunch"), "Inbox/Bo.md": note(["tags: [contact]", "tier: B"], "## Touchpoints\n- 2026-09-01 call — Coffee\n"), "Notes/Idea.md": "an idea" },
			{ unindexed: ["People/Ada.md", "Inbox/Bo.md", "Notes/Idea.md"] },
		);
		// At layout ready nothing is known from the cache; the notes are read from their text.
		expect(index.all()).toEqual([]);
		await settle();
		expect(index.all().map((c) => c.path).sort()).toEqual(["Inbox/Bo.md", "People/Ada.md"]);
		expect(logOf(contact(index, "Inbox/Bo.md"))).toEqual({ entries: 1, newest: "Coffee" });
		expect(contact(index, "People/Ada.md").logRead).toBe(true);
	});

	test.each(["contents-first", "folder-first"] as const)("a folder renamed with its events %s re-keys every contact and keeps its log", async (order) => {
		const { app, index } = build(
			{ "People/Team/Ada.md": logged("2026-10-01 call — Lunch"), "People/Team/Sub/Bo.md": logged("2026-09-01 call — Coffee"), "People/Cy.md": logged("2026-08-01 call — Tea") },
			{ folderRenameOrder: order },
		);
		await settle();
		// Each has one entry: its newest is its log.
		const summaries = () => index.all().map((c) => `${c.path}: ${c.log.newestSummary ?? ""}`).sort();
		expect(summaries()).toEqual(["People/Cy.md: Tea", "People/Team/Ada.md: Lunch", "People/Team/Sub/Bo.md: Coffee"]);
		await app.vault.rename(app.vault.getFolderByPath("People/Team") as TFolder, "People/Crew");
		// Right after the events, before any re-read: every contact under its new path, with its log.
		expect(summaries()).toEqual(["People/Crew/Ada.md: Lunch", "People/Crew/Sub/Bo.md: Coffee", "People/Cy.md: Tea"]);
		await settle();
		expect(summaries()).toEqual(["People/Crew/Ada.md: Lunch", "People/Crew/Sub/Bo.md: Coffee", "People/Cy.md: Tea"]);
		// Out of the contacts folder, they are contacts no more.
		await app.vault.rename(app.vault.getFolderByPath("People/Crew") as TFolder, "Archive");
		await settle();
		expect(summaries()).toEqual(["People/Cy.md: Tea"]);
	});

	test("a folder's delete event alone drops every contact inside it, and only those", async () => {
		const { app, index } = build({
			"People/Team/Ada.md": logged("2026-10-01 call — Lunch"),
			"People/Team/Sub/Bo.md": logged("2026-09-01 call — Coffee"),
			"People/Team2/Dee.md": logged("2026-09-02 call — Walk"),
			"People/Cy.md": logged("2026-08-01 call — Tea"),
		});
		await settle();
		let heard = 0;
		index.on("changed", () => heard++);
		app.vault.trigger("delete", app.vault.getFolderByPath("People/Team"));
		expect(index.all().map((c) => c.path).sort()).toEqual(["People/Cy.md", "People/Team2/Dee.md"]);
		expect(heard).toBe(1);
		// Again (no contact left inside): nothing changes, nothing is said.
		app.vault.trigger("delete", app.vault.getFolderByPath("People/Team"));
		expect(heard).toBe(1);
	});

	test("modify after the write returned: the index follows all the same", async () => {
		const { app, index } = build({ "People/Ada.md": logged("2026-10-01 call — Lunch") }, { lateModify: true });
		await settle();
		await app.vault.process(app.vault.getFileByPath("People/Ada.md") as TFile, (t) => t.replace("last_contact: 2026-10-01", "last_contact: 2026-11-20"));
		expect(contact(index, "People/Ada.md").lastContactField).toBe(day("2026-10-01"));
		await settle();
		expect(contact(index, "People/Ada.md").lastContactField).toBe(day("2026-11-20"));
	});
});

describe("background work stays in the background (issue 8)", () => {
	const many = (n: number) => {
		const files: Record<string, string> = {};
		for (let i = 0; i < n; i++) files[`People/P${String(i).padStart(4, "0")}.md`] = logged(`2026-10-0${(i % 9) + 1} call — Note ${i}`);
		return files;
	};

	test("while the logs are read in bulk, the listeners hear at most one change per BULK_NOTIFY_MS, and one at once when the last read is in", async () => {
		// Reads that come back 60 ms after they start, READ_BATCH at a time: the reading takes
		// several rounds of slices and tasks, each of which changes the list.
		const { app, index } = build(many(READ_BATCH * 12));
		const heard: number[] = [];
		index.on("changed", () => heard.push(Date.now()));
		// The list grows while the reading goes on, not only when the last read is in.
		let heardWhileReading = 0;
		index.on("changed", () => {
			if (index.pending > 0) heardWhileReading++;
		});
		const started = Date.now();
		let rounds = 0;
		while (index.pending > 0 && ++rounds < 100) {
			const release = app.vault.holdReads();
			await tasks(60);
			release();
			await tasks(0);
		}
		expect(rounds).toBeGreaterThan(4);
		expect(index.pending).toBe(0);
		expect(heardWhileReading).toBeGreaterThan(0);
		await settle();
		const took = Date.now() - started;
		expect(took).toBeGreaterThan(BULK_NOTIFY_MS);
		// Without the throttle every slice is heard: hundreds of redraws.
		expect(heard.length).toBeLessThanOrEqual(Math.ceil(took / BULK_NOTIFY_MS) + 2);
		expect(heard.length).toBeGreaterThan(0);
		for (let i = 1; i < heard.length - 1; i++) expect((heard[i] as number) - (heard[i - 1] as number)).toBeGreaterThanOrEqual(BULK_NOTIFY_MS);
		expect(index.all().every((c) => c.logRead)).toBe(true);
	});

	test("an edit during the bulk read is heard at once", async () => {
		const { app, index } = build(many(READ_BATCH * 2));
		const release = app.vault.holdReads();
		await tasks();
		expect(index.pending).toBeGreaterThan(0);
		let heard = 0;
		index.on("changed", () => heard++);
		await app.vault.modify(app.vault.getFileByPath("People/P0001.md") as TFile, logged("2026-11-26 call — Fresh"));
		await tasks(1);
		expect(heard).toBe(1);
		expect(logOf(contact(index, "People/P0001.md")).newest).toBe("Fresh");
		release();
		await settle();
	});

	test("start() scans no note for mentions: the scan runs in later tasks, and counts the contacts known by then", async () => {
		useClock(2026, 11, 27);
		const files = { "People/Ada.md": logged("2026-10-01 call — Lunch"), "Daily/2026-11-20.md": "Coffee with [[Ada]].\n" };
		app = new App(files);
		const local = new ContactIndex(app as never, () => DEFAULT_SETTINGS, new Clock(() => Date.now()));
		index = local;
		local.load();
		const looked = jest.spyOn(app.metadataCache, "getFileCache");
		local.start();
		// The contacts came from the cache; no note was looked at for links yet.
		const calls = looked.mock.calls.map(([f]) => f.path);
		expect(calls).toEqual(["People/Ada.md", "Daily/2026-11-20.md"].filter((p) => calls.includes(p)));
		expect(calls.filter((p) => p === "Daily/2026-11-20.md").length).toBeLessThanOrEqual(1);
		expect(local.mentions.scanning).toBe(true);
		expect(contact(local, "People/Ada.md").lastMention ?? null).toBeNull();
		await settle();
		expect(local.mentions.scanning).toBe(false);
		expect(contact(local, "People/Ada.md").lastMention?.day).toBe(day("2026-11-20"));
	});
});

describe("busy until the mentions' scan is done too", () => {
	test("with every log read and the scan still going, the index is busy; when the scan ends it says so at once", async () => {
		const { index } = build({ "People/Ada.md": logged("2026-10-01 call — Lunch"), "Daily/2026-11-20.md": "Coffee with [[Ada]].\n" });
		// The logs are read without a timer; the scan waits for its first task.
		await index.readAll();
		expect(index.pending).toBe(0);
		expect(index.mentions.scanning).toBe(true);
		expect(index.busy).toBe(true);
		let heard = 0;
		index.on("changed", () => heard++);
		let done = false;
		void index.settled().then(() => (done = true));
		await settle();
		expect(done).toBe(true);
		expect(index.busy).toBe(false);
		expect(heard).toBeGreaterThan(0);
		expect(contact(index, "People/Ada.md").lastMention?.day).toBe(day("2026-11-20"));
	});
});

test("a deleted dated note takes its mention with it: the contact's last mention goes back to the one before", async () => {
	const { app, index } = build({ "People/Ada.md": logged("2026-10-01 call — Lunch"), "Daily/2026-11-20.md": "Coffee with [[Ada]].\n", "Daily/2026-11-10.md": "Call with [[Ada]].\n" });
	await settle();
	expect(contact(index, "People/Ada.md").lastMention?.day).toBe(day("2026-11-20"));
	await app.vault.delete(app.vault.getFileByPath("Daily/2026-11-20.md") as TFile);
	expect(contact(index, "People/Ada.md").lastMention?.day).toBe(day("2026-11-10"));
	await app.vault.delete(app.vault.getFileByPath("Daily/2026-11-10.md") as TFile);
	expect(contact(index, "People/Ada.md").lastMention ?? null).toBeNull();
});

describe("renames", () => {
	const summaries = (idx: ContactIndex) => idx.all().map((c) => `${c.path}: ${c.log.newestSummary ?? ""}`).sort();

	test("a folder's rename event alone re-keys the contacts inside it, and only those; moved out of the contacts folder, they go once read", async () => {
		const { app, index } = build({
			"People/Team/Ada.md": logged("2026-10-01 call — Lunch"),
			"People/Team/Cy.md": logged("2026-10-02 call — Walk"),
			"People/Team/Sub/Bo.md": logged("2026-09-01 call — Coffee"),
			// Its path less the folder's ("People/Team") is "People/Crew/Cy.md" once moved: a
			// sibling whose name starts with the folder's must be left alone.
			"People/Team Cy.md": logged("2026-08-01 call — Tea"),
		});
		await settle();
		// Only the folder's event is heard (neither the index nor the cache hears the notes').
		const trigger = app.vault.trigger.bind(app.vault);
		jest.spyOn(app.vault, "trigger").mockImplementation((name: string, ...data: unknown[]) => {
			if (name !== "rename" || !(data[0] instanceof TFile)) trigger(name, ...data);
		});
		await app.vault.rename(app.vault.getFolderByPath("People/Team") as TFolder, "People/Crew");
		const moved = ["People/Crew/Ada.md: Lunch", "People/Crew/Cy.md: Walk", "People/Crew/Sub/Bo.md: Coffee", "People/Team Cy.md: Tea"];
		expect(summaries(index)).toEqual(moved);
		await settle();
		expect(summaries(index)).toEqual(moved);
		expect(index.all().every((c) => c.logRead)).toBe(true);
		await app.vault.rename(app.vault.getFolderByPath("People/Crew") as TFolder, "Archive");
		await settle();
		expect(summaries(index)).toEqual(["People/Team Cy.md: Tea"]);
		expect(index.pending).toBe(0);
	});

	test("a contact renamed keeps its log under its new name, and takes up the mentions of that name", async () => {
		const { app, index } = build({ "People/Ada.md": logged("2026-10-01 call — Lunch"), "Daily/2026-11-20.md": "Coffee with [[Ada Lovelace]].\n" });
		await settle();
		expect(contact(index, "People/Ada.md").lastMention ?? null).toBeNull();
		await app.vault.rename(app.vault.getFileByPath("People/Ada.md") as TFile, "People/Ada Lovelace.md");
		expect(summaries(index)).toEqual(["People/Ada Lovelace.md: Lunch"]);
		expect(contact(index, "People/Ada Lovelace.md").name).toBe("Ada Lovelace");
		await settle();
		expect(summaries(index)).toEqual(["People/Ada Lovelace.md: Lunch"]);
		expect(contact(index, "People/Ada Lovelace.md").lastMention?.day).toBe(day("2026-11-20"));
		// The rebuild the rename started is over, and did not fail.
		expect(index.busy).toBe(false);
		await expect(index.settled()).resolves.toBeUndefined();
	});

	test("the mentions rebuilt after a contact's rename still know every contact's aliases", async () => {
		// A link Obsidian leaves unresolved ([[Ace]]) is the contact whose aliases hold it; the
		// rebuild a contact's rename starts gets the aliases again from every contact's path.
		const { app, index } = build({
			"People/Ada.md": note(["tier: A", "last_contact: 2026-10-01", "aliases: [Ace]"], "## Touchpoints\n- 2026-10-01 call — Lunch\n"),
			"People/Bo.md": logged("2026-10-02 call — Walk"),
			"Daily/2026-11-20.md": "Coffee with [[Ace]].\n",
		});
		await settle();
		expect(contact(index, "People/Ada.md").lastMention?.day).toBe(day("2026-11-20"));
		await app.vault.rename(app.vault.getFileByPath("People/Bo.md") as TFile, "People/Bo Chen.md");
		await settle();
		expect(index.busy).toBe(false);
		expect(contact(index, "People/Ada.md").lastMention?.day).toBe(day("2026-11-20"));
	});

	test("a dated note renamed to another day moves its mention to that day", async () => {
		const { app, index } = build({ "People/Ada.md": logged("2026-10-01 call — Lunch"), "Daily/2026-11-20.md": "Coffee with [[Ada]].\n" });
		await settle();
		expect(contact(index, "People/Ada.md").lastMention?.day).toBe(day("2026-11-20"));
		await app.vault.rename(app.vault.getFileByPath("Daily/2026-11-20.md") as TFile, "Daily/2026-11-25.md");
		await settle();
		expect(contact(index, "People/Ada.md").lastMention?.day).toBe(day("2026-11-25"));
	});

	test("a note renamed into the contacts folder becomes a contact and its log is read; one renamed out is a contact no more", async () => {
		const { app, index } = build({ "People/Ada.md": logged("2026-10-01 call — Lunch"), "Notes/Bo.md": logged("2026-09-01 call — Coffee") });
		await settle();
		expect(summaries(index)).toEqual(["People/Ada.md: Lunch"]);
		await app.vault.rename(app.vault.getFileByPath("Notes/Bo.md") as TFile, "People/Bo.md");
		expect(index.all().map((c) => c.path).sort()).toEqual(["People/Ada.md", "People/Bo.md"]);
		await settle();
		expect(summaries(index)).toEqual(["People/Ada.md: Lunch", "People/Bo.md: Coffee"]);
		expect(contact(index, "People/Bo.md").logRead).toBe(true);
		await app.vault.rename(app.vault.getFileByPath("People/Ada.md") as TFile, "Archive/Ada.md");
		expect(summaries(index)).toEqual(["People/Bo.md: Coffee"]);
		await settle();
		expect(summaries(index)).toEqual(["People/Bo.md: Coffee"]);
		expect(index.pending).toBe(0);
	});

	test("a note renamed while the bulk read holds its read: the old read is dropped and the note is read under its new path", async () => {
		const { app, index } = build({ "People/Ada.md": logged("2026-10-01 call — Lunch"), "People/Bo.md": logged("2026-09-01 call — Coffee") });
		const release = app.vault.holdReads();
		await tasks();
		expect(index.pending).toBe(2);
		await app.vault.rename(app.vault.getFileByPath("People/Ada.md") as TFile, "People/Ada Lovelace.md");
		expect(index.get("People/Ada.md")).toBeUndefined();
		release();
		await settle();
		expect(summaries(index)).toEqual(["People/Ada Lovelace.md: Lunch", "People/Bo.md: Coffee"]);
		expect(index.all().every((c) => c.logRead)).toBe(true);
		expect(index.pending).toBe(0);
	});

	test("a file that is not a note, renamed in the contacts folder, is no contact", async () => {
		const { app, index } = build({ "People/Ada.md": logged("2026-10-01 call — Lunch"), "People/photo.png": "tier: A\n" });
		await settle();
		await app.vault.rename(app.vault.getFileByPath("People/photo.png") as TFile, "People/portrait.png");
		await settle();
		expect(index.all().map((c) => c.path)).toEqual(["People/Ada.md"]);
	});
});

describe("the version guard when a slice cannot start (the settings or the clock fail)", () => {
	/** An index whose clock fails while `broken` is set. */
	function withBreakableClock(files: Record<string, string>) {
		const state = { broken: false };
		const built = build(files, {}, () => (state.broken ? Number.NaN : Date.now()));
		return { ...built, state };
	}

	test("a read that started before the note changed does not mark the newer text unreadable", async () => {
		const { app, index, state } = withBreakableClock({ "People/Ada.md": logged("2026-10-01 call — Old news") });
		const release = app.vault.holdReads();
		await tasks();
		await app.vault.modify(app.vault.getFileByPath("People/Ada.md") as TFile, logged("2026-11-26 call — Fresh news", "2026-10-01 call — Old news"));
		await tasks();
		expect(logOf(contact(index, "People/Ada.md"))).toEqual({ entries: 2, newest: "Fresh news" });
		// The old read comes back while the clock fails: it is stale, so it says nothing.
		state.broken = true;
		release();
		await tasks();
		state.broken = false;
		await settle();
		expect(contact(index, "People/Ada.md").diagnostics).toEqual([]);
		expect(logOf(contact(index, "People/Ada.md"))).toEqual({ entries: 2, newest: "Fresh news" });
		expect(index.pending).toBe(0);
	});

	test("the notes it marks unreadable are heard at once, even as the last of the reading", async () => {
		const { app, index, state } = withBreakableClock({ "People/Ada.md": logged("2026-10-01 call — Lunch") });
		const release = app.vault.holdReads();
		await settle();
		expect(index.pending).toBe(1);
		const heard: number[] = [];
		index.on("changed", () => heard.push(contact(index, "People/Ada.md").diagnostics.length));
		state.broken = true;
		release();
		await tasks();
		state.broken = false;
		expect(contact(index, "People/Ada.md").diagnostics.map((d) => d.severity)).toEqual(["error"]);
		expect(index.pending).toBe(0);
		expect(heard).toEqual([1]);
	});
});

describe("what a read can meet", () => {
	test("a note whose lookup throws gets that error", async () => {
		const { app, index } = build({ "People/Ada.md": logged("2026-10-01 call — Lunch"), "People/Bo.md": logged("2026-09-01 call — Coffee") });
		const real = app.vault.getFileByPath.bind(app.vault);
		// The first lookup of Ada is the background read's (the mentions' scan looks later).
		let thrown = false;
		jest.spyOn(app.vault, "getFileByPath").mockImplementation((path) => {
			if (path === "People/Ada.md" && !thrown) {
				thrown = true;
				throw new Error("EACCES");
			}
			return real(path);
		});
		await settle();
		expect(contact(index, "People/Ada.md").diagnostics.map((d) => d.message)).toEqual([expect.stringContaining("(EACCES)")]);
		expect(contact(index, "People/Bo.md").logRead).toBe(true);
		expect(index.pending).toBe(0);
	});

	test("a note gone before its read starts (its delete event still to come) is no error", async () => {
		const { app, index } = build({ "People/Ada.md": logged("2026-10-01 call — Lunch"), "People/Bo.md": logged("2026-09-01 call — Coffee") });
		const real = app.vault.getFileByPath.bind(app.vault);
		jest.spyOn(app.vault, "getFileByPath").mockImplementation((path) => (path === "People/Ada.md" ? null : real(path)));
		await settle();
		expect(contact(index, "People/Ada.md").diagnostics).toEqual([]);
		expect(contact(index, "People/Bo.md").logRead).toBe(true);
		expect(index.pending).toBe(0);
	});

	test("a read that fails without saying why is said to have failed", async () => {
		const { app, index } = build({ "People/Ada.md": logged("2026-10-01 call — Lunch") });
		jest.spyOn(app.vault, "cachedRead").mockRejectedValue(undefined);
		await settle();
		expect(contact(index, "People/Ada.md").diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^Tend could not read this note \(the read failed\);/)]);
	});

	test("the mentions' scan stops past SLICE_MS and goes on in the next task, until every note is read", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 600; i++) {
			files[`People/C${i}.md`] = note(["tier: A", "last_contact: 2026-10-01"]);
			files[`Daily/2026-11-20 ${i}.md`] = `Met [[C${i}]].\n`;
		}
		const { index } = build(files);
		// Each look at the time says 5 ms have passed: a slice has time for a batch or two.
		let t = 0;
		jest.spyOn(performance, "now").mockImplementation(() => (t += 5));
		const mentioned = () => index.all().filter((c) => c.lastMention).length;
		const between: number[] = [];
		for (let i = 0; i < 500 && mentioned() < 600; i++) {
			await jest.advanceTimersToNextTimerAsync();
			between.push(mentioned());
		}
		expect(mentioned()).toBe(600);
		// Between two tasks, some of the notes were read and some not yet.
		expect(between.filter((n) => n > 0 && n < 600).length).toBeGreaterThan(1);
	});

	test("the parsing stops at SLICE_MS and goes on in the next task, until every note is read", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 30; i++) files[`People/P${String(i).padStart(2, "0")}.md`] = logged(`2026-10-0${(i % 9) + 1} call — Note ${i}`);
		const { app, index } = build(files);
		const release = app.vault.holdReads();
		await settle();
		expect(index.pending).toBe(30);
		// Each look at the time says 3 ms have passed: a slice has time for a few notes.
		let t = 0;
		jest.spyOn(performance, "now").mockImplementation(() => (t += 3));
		release();
		for (let i = 0; i < 10; i++) await Promise.resolve();
		jest.advanceTimersToNextTimer();
		const read = index.all().filter((c) => c.logRead).length;
		expect(read).toBeGreaterThan(1);
		expect(read).toBeLessThan(30);
		await settle();
		expect(index.all().filter((c) => c.logRead)).toHaveLength(30);
		expect(index.pending).toBe(0);
		// Nothing that arrived is kept once parsed: each arrival holds a note's whole text.
		expect((index as unknown as { arrived: unknown[] }).arrived).toEqual([]);
	});
});
