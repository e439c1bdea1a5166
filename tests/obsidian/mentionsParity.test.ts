/**
 * @jest-environment jsdom
 *
 * The CLI and the plugin give every contact the same mentions and task promises on one vault
 * (issue 10, item 3): the CLI's text reader over the fixture vault on disk
 * (src/cli/mentions.ts), and the plugin's cache reader (src/obsidian/mentionsFromCache.ts)
 * over what the fake metadata cache indexes from the same files.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { dailyNotesOf, loadMentions, readDailyNotesConfig } from "../../src/cli/mentions";
import { loadVault } from "../../src/cli/vault";
import { formatDay, parseIsoDay } from "../../src/core/calendar";
import { dailyNotesEnabled, readDailyNotes } from "../../src/core/mentions/dailyNotes";
import { MentionIndex } from "../../src/core/mentions/mentionIndex";
import { aliasesOf, VaultResolver } from "../../src/core/mentions/resolve";
import { loadSettings } from "../../src/core/settings";
import { contactFromCache } from "../../src/obsidian/contactNote";
import { mayMention, mentionsFromCache } from "../../src/obsidian/mentionsFromCache";
import { App, TFile } from "./fakeObsidian";
import { openDueList, rows, settle, startPlugin, stopPlugins, useClock } from "./harness";
import { loadVaultWithMentions } from "../../src/cli/vaultMentions";
import { DueList } from "../../src/core/dueList/model";

const ROOT = path.join(__dirname, "..", "fixtures", "mentions-vault");
const TODAY = parseIsoDay("2026-11-27") as number;

function markdownFiles(dir: string, rel = ""): Record<string, string> {
	const out: Record<string, string> = {};
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const p = rel === "" ? entry.name : `${rel}/${entry.name}`;
		if (entry.isDirectory()) Object.assign(out, markdownFiles(path.join(dir, entry.name), p));
		else if (entry.name.endsWith(".md")) out[p] = fs.readFileSync(path.join(dir, entry.name), "utf8");
	}
	return out;
}

/** What the plugin would find: contacts and mentions from the fake metadata cache. */
function pluginReading(): { index: MentionIndex; warnings: string[]; unread: string[]; giving: string[] } {
	const files = markdownFiles(ROOT);
	const json = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, ".obsidian", name), "utf8")) as unknown;
	const settings = loadSettings(json("plugins/tend/data.json")).settings;
	const daily = readDailyNotes(json("daily-notes.json"), dailyNotesEnabled(json("core-plugins.json")));
	const app = new App(files);
	const notes = app.vault.getMarkdownFiles();
	const contacts = new Set<string>();
	const aliases = new Map<string, string[]>();
	for (const file of notes) {
		const cache = app.metadataCache.getFileCache(file);
		if (contactFromCache(file.path, cache, files[file.path] ?? "", settings, TODAY)) {
			contacts.add(file.path);
			aliases.set(file.path, aliasesOf(cache?.frontmatter ?? null));
		}
	}
	const resolver = new VaultResolver(
		notes.map((f: TFile) => f.path),
		aliases,
	);
	const ctx = { settings: settings.mentions, daily: daily?.ok ? daily.daily : null, today: TODAY, resolver, isContact: (p: string) => contacts.has(p) };
	const index = new MentionIndex();
	const warnings: string[] = [];
	// The notes the plugin's first scan leaves unread (mayMention), and the notes that give something.
	const unread: string[] = [];
	const giving: string[] = [];
	for (const file of notes) {
		const cache = app.metadataCache.getFileCache(file);
		if (!cache) throw new Error(`no cache for ${file.path}`);
		if (!mayMention(file.path, cache, ctx.settings, ctx.daily)) unread.push(file.path);
		const found = mentionsFromCache(file.path, cache, files[file.path] ?? "", ctx);
		if (found.mentions.length + found.promises.length + found.kept.length + found.warnings.length > 0) giving.push(file.path);
		warnings.push(...found.warnings.map((w) => `${w.path}:${w.line ?? ""} ${w.message}`));
		index.update(file.path, found);
	}
	return { index, warnings, unread, giving };
}

function cliReading(): { index: MentionIndex; warnings: string[]; contacts: string[] } {
	const vault = loadVault(ROOT, TODAY);
	const { index, diagnostics } = loadMentions(ROOT, vault.settings, vault.contacts, TODAY);
	return { index, warnings: diagnostics.map((w) => `${w.path}:${w.line ?? ""} ${w.message}`), contacts: vault.contacts.map((c) => c.path) };
}

function summary(index: MentionIndex, contacts: readonly string[]) {
	return Object.fromEntries(
		contacts.map((c) => [
			c,
			{
				newest: index.newest(c),
				mentions: index.mentionsOf(c).map((m) => `${formatDay(m.day)} ${m.source}:${m.line ?? "properties"}`),
				promises: index.promisesOf(c).map((p) => `${formatDay(p.due)} ${p.what} (${p.source}:${p.line}, ${p.format})`),
				kept: index.keptOf(c).map((k) => `${formatDay(k.done)} ${k.what} (${k.source}:${k.line}, late ${String(k.late)})`),
			},
		]),
	);
}

test("the text reader and the cache reader agree on every contact's mentions, promises and kept tasks", () => {
	const cli = cliReading();
	const plugin = pluginReading();
	expect(summary(plugin.index, cli.contacts)).toEqual(summary(cli.index, cli.contacts));
	expect(plugin.warnings).toEqual(cli.warnings);
});

test("the notes the plugin leaves unread at start (no date, no task) give nothing when read", () => {
	const { unread, giving } = pluginReading();
	expect(unread.length).toBeGreaterThan(2);
	expect(giving.length).toBeGreaterThan(2);
	expect(unread.filter((p) => giving.includes(p))).toEqual([]);
});

test("what the fixture vault says, rule by rule", () => {
	const cli = cliReading();
	const s = summary(cli.index, cli.contacts);
	expect(s["People/Ada Lovelace.md"]).toEqual({
		newest: { day: parseIsoDay("2026-11-20"), path: "Daily/2026-11-20.md" },
		// The daily note (an alias, a checked task; not the item under the open task), the Journal
		// note by the Daily notes format (an alias in another case); not the archive (excluded),
		// not next week's planning note (a day after today).
		mentions: ["2026-11-20 Daily/2026-11-20.md:6", "2026-11-18 Journal/18.11.2026.md:1"],
		promises: [
			"2026-11-26 Send Ada Lovelace the budget (Projects/Launch.md:3, tasks)",
			"2026-12-02 Introduce Ada Lovelace to the compiler team (People/Grace Hopper.md:7, tasks)",
			"2026-12-04 Send Ada Lovelace the deck (Daily/2026-11-20.md:11, tasks)",
		],
		kept: ["2026-11-24 Draft the memo for Ada (Projects/Launch.md:5, late 0)", "2026-11-20 Sent Ada Lovelace the slides (Daily/2026-11-20.md:10, late null)"],
	});
	expect(s["People/Grace Hopper.md"]).toEqual({
		// The attendees property of the daily note; the standup's markdown link (dated by its property).
		newest: { day: parseIsoDay("2026-11-20"), path: "Daily/2026-11-20.md" },
		mentions: ["2026-11-20 Daily/2026-11-20.md:properties", "2026-11-19 Meetings/Standup.md:4"],
		promises: ["2026-11-25 Review Grace Hopper's draft (Daily/2026-11-20.md:12, dataview)"],
		kept: ["2026-11-22 Book a room with Grace Hopper (Projects/Launch.md:4, late 2)"],
	});
	// Alan Turing: only the Journal note's path link; the open task, the quote, the callout, the
	// comment, the code block and the embed do not count, the bad due date is a warning, and
	// `[[Alan Turing]]` in Projects/ is the project note beside it (the source's folder first).
	expect(s["People/Alan Turing.md"]?.mentions).toEqual(["2026-11-18 Journal/18.11.2026.md:1"]);
	expect(s["People/Alan Turing.md"]?.promises).toEqual([]);
	expect(cli.warnings).toEqual([expect.stringMatching(/^Projects\/Launch\.md:6 the due date 📅 2026-02-30 of this task is not a date that exists/)]);
});

test("the Daily notes settings are read from the config folder, and a format Tend cannot read is a warning", () => {
	const config = readDailyNotesConfig(ROOT);
	expect(config.daily?.format).toBe("DD.MM.YYYY");
	// What a worker thread is handed makes the same format (src/cli/parallelRead.ts).
	expect(dailyNotesOf(config.input)?.format).toBe("DD.MM.YYYY");
	expect(dailyNotesOf(config.input)?.match("24.11.2026")).toBe(config.daily?.match("24.11.2026"));
	expect(dailyNotesOf(null)).toBeNull();
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tend-daily-"));
	try {
		fs.mkdirSync(path.join(tmp, ".obsidian"));
		fs.writeFileSync(path.join(tmp, ".obsidian", "daily-notes.json"), JSON.stringify({ format: "dddd, MMMM Do YYYY" }));
		expect(readDailyNotesConfig(tmp)).toEqual({ daily: null, diagnostics: [{ path: ".obsidian/daily-notes.json", severity: "warning", message: expect.stringContaining("uses dddd") }], input: null });
		fs.writeFileSync(path.join(tmp, ".obsidian", "core-plugins.json"), JSON.stringify({ "daily-notes": false }));
		expect(readDailyNotesConfig(tmp)).toEqual({ daily: null, diagnostics: [], input: null });
		fs.writeFileSync(path.join(tmp, ".obsidian", "core-plugins.json"), "{");
		fs.writeFileSync(path.join(tmp, ".obsidian", "daily-notes.json"), "{");
		expect(readDailyNotesConfig(tmp).diagnostics[0]?.message).toContain("not valid JSON");
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
});

describe("the due lists agree (issue 10, item 4)", () => {
	afterEach(() => {
		stopPlugins();
		jest.useRealTimers();
	});

	/** The CLI's due list: every row with its last contact's source and its promises' notes and lines. */
	function cliDue() {
		const vault = loadVaultWithMentions(ROOT, TODAY);
		const list = new DueList(vault.contacts, TODAY, vault.settings, { all: true });
		return list.sections().flatMap((s) =>
			list.rows(s.id).map((r) => ({
				section: s.title,
				name: r.name,
				days: r.days,
				reasons: r.reasons.map((x) => x.label),
				source: r.section === "attention" || r.lastContactSource === null || typeof r.lastContactSource !== "object" ? null : r.lastContactSource.path,
				tasks: r.reasons.flatMap((x) => (x.promise?.commitment.source ? [`${x.promise.commitment.source.path}:${x.promise.commitment.source.line}`] : [])),
			})),
		);
	}

	test("the plugin's panel lists what tend due lists, with the same last-contact notes and task lines", async () => {
		const files = markdownFiles(ROOT);
		const json = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, ".obsidian", name), "utf8")) as unknown;
		useClock(2026, 11, 27);
		const running = await startPlugin(files, {
			data: json("plugins/tend/data.json"),
			// Obsidian keeps the Daily notes core plugin's options on its internal plugin (no public
			// API); the fake gets them from the same config files the CLI reads.
			before: (app) => {
				(app as unknown as { internalPlugins: unknown }).internalPlugins = {
					getPluginById: (id: string) => (id === "daily-notes" ? { enabled: dailyNotesEnabled(json("core-plugins.json")) ?? true, instance: { options: json("daily-notes.json") } } : null),
				};
			},
		});
		await settle();
		// The panel shows the listed sections; the CLI's list with `all` has the rest too.
		const view = await openDueList(running.app);
		await settle();
		const drawn = Array.from(view.querySelectorAll<HTMLElement>(".tend-row")).map((el) => ({
			name: el.querySelector(".tend-row-name")?.textContent ?? "",
			source: el.querySelector(".tend-row-days-mention")?.getAttribute("data-source") ?? null,
			tasks: Array.from(el.querySelectorAll(".tend-reason-task")).map((t) => t.getAttribute("data-source") ?? ""),
		}));
		const panel = rows(view).map((r, i) => ({ section: r.section, name: r.name, days: r.days, reasons: r.reasons, source: drawn[i]?.source ?? null, tasks: drawn[i]?.tasks ?? [] }));
		const cli = cliDue().filter((r) => panel.some((p) => p.section === r.section));
		expect(panel).toEqual(cli);
		// What the fixture says: Ada and Grace were last met in the daily note, each with a late task.
		expect(panel.filter((r) => r.source !== null).map((r) => `${r.name}: ${r.source} ${r.tasks.join(",")}`)).toEqual([
			"Grace Hopper: Daily/2026-11-20.md Daily/2026-11-20.md:12",
			"Ada Lovelace: Daily/2026-11-20.md Projects/Launch.md:3",
		]);
	});
});
