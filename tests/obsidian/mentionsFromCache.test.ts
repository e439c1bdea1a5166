/**
 * The cache reader's two ways through a note (src/obsidian/mentionsFromCache.ts): a note
 * with no backtick, `%%` or `<!--` in its body is read without splitting its text into
 * lines; any other note goes through hiddenParts. Both must give the same links and tasks.
 */
import * as fs from "fs";
import * as path from "path";
import { parseIsoDay } from "../../src/core/calendar";
import { VaultResolver } from "../../src/core/mentions/resolve";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { mentionsFromCache, scanCache } from "../../src/obsidian/mentionsFromCache";
import { indexNote } from "./fakeObsidian";

const ROOT = path.join(__dirname, "..", "fixtures", "mentions-vault");

function notes(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? notes(path.join(dir, e.name)) : e.name.endsWith(".md") ? [fs.readFileSync(path.join(dir, e.name), "utf8")] : []));
}

const hand = [
	"---\ndate: 2026-11-20\n---\n- [ ] Send [[Ada]] the deck 📅 2026-11-30\n  - [x] Call [[Bo]]\n- [[Ada]] lunch\n",
	"Met [[Ada]].\r\n\r\n- [ ] Follow up with [[Bo]] due:: 2026-12-01\r\n- [x] Done with [[Ada]]\r\n",
	"- [ ] first line task [[Ada]]",
	"> - [ ] quoted [[Ada]]\n\n1. [ ] numbered [[Bo]]\n",
];

test("a note read without its lines gives what the full reading gives", () => {
	const texts = [...notes(ROOT), ...hand];
	let fast = 0;
	let withTasks = 0;
	for (const text of texts) {
		const cache = indexNote(text);
		const scan = scanCache(cache as never, text);
		// An empty comment after the end: the same note, read the full way.
		const full = scanCache(cache as never, `${text}\n%%%%\n`);
		expect(scan).toEqual(full);
		const body = text.slice(cache.frontmatterPosition?.end.offset ?? 0);
		if (!/`|%%|<!--/.test(body)) {
			fast++;
			if (scan.tasks.length > 0) withTasks++;
		}
	}
	// Both ways were taken, by notes with tasks among others.
	expect(fast).toBeGreaterThan(3);
	expect(fast).toBeLessThan(texts.length);
	expect(withTasks).toBeGreaterThan(1);
});

test("list items the cache gives out of order are read as in order (nested tasks decide their links)", () => {
	const texts = [...notes(ROOT), ...hand];
	let nested = 0;
	for (const text of texts) {
		const cache = indexNote(text);
		const items = cache.listItems ?? [];
		if (items.some((i) => i.parent >= 0)) nested++;
		const reversed = { ...cache, listItems: [...items].reverse() };
		expect(scanCache(reversed as never, text)).toEqual(scanCache(cache as never, text));
	}
	expect(nested).toBeGreaterThan(0);
});

test("a note that links no contact is done with a lookup per link: its list items, sections and text are not looked at", () => {
	const resolver = new VaultResolver(["People/Ada.md", "Ideas/Graphs.md", "Daily/2026-11-20.md"]);
	const ctx = { settings: DEFAULT_SETTINGS.mentions, daily: null, today: parseIsoDay("2026-11-27") as number, resolver, isContact: (p: string) => p.startsWith("People/") };
	const read = (text: string) => {
		const cache = indexNote(text);
		const looked: string[] = [];
		const watched = new Proxy(cache, {
			get(target, key, receiver) {
				if (key === "listItems" || key === "sections" || key === "frontmatter") looked.push(key);
				return Reflect.get(target, key, receiver) as unknown;
			},
		});
		return { found: mentionsFromCache("Daily/2026-11-20.md", watched as never, text, ctx), looked };
	};
	const none = read("- [ ] Read up on [[Graphs]] 📅 2026-11-30\n- [[Graphs]] again\n");
	expect(none.found).toEqual({ mentions: [], promises: [], kept: [], warnings: [] });
	expect(none.looked).toEqual([]);
	const some = read("- [ ] Send [[Ada]] the deck 📅 2026-11-30\n- [[Graphs]] again\n");
	expect(some.found.promises.map((p) => p.contact)).toEqual(["People/Ada.md"]);
	expect(some.found.mentions).toEqual([]);
	expect(some.looked).toContain("listItems");
});

test("each link of a note is resolved once, however often the note links it and whichever rule asks", () => {
	const vault = new VaultResolver(["People/Ada.md", "People/Ben.md", "Ideas/Graphs.md", "Daily/2026-11-20.md"]);
	const asked: string[] = [];
	const resolver = {
		resolve(linkpath: string, source: string) {
			asked.push(linkpath);
			return vault.resolve(linkpath, source);
		},
	};
	const ctx = { settings: DEFAULT_SETTINGS.mentions, daily: null, today: parseIsoDay("2026-11-27") as number, resolver, isContact: (p: string) => p.startsWith("People/") };
	const text = "---\ndate: 2026-11-20\n---\n- [[Graphs]] with [[Ada]]\n- [ ] Send [[Ada]] the deck 📅 2026-11-30\n- [[Ada]] and [[Ben]] again\n";
	const found = mentionsFromCache("Daily/2026-11-20.md", indexNote(text) as never, text, ctx);
	expect(found.mentions.map((m) => m.contact).sort()).toEqual(["People/Ada.md", "People/Ben.md"]);
	expect(found.promises.map((p) => p.contact)).toEqual(["People/Ada.md"]);
	expect(asked.sort()).toEqual(["Ada", "Ben", "Graphs"]);
});

test("a quote alone, or a code block alone, still hides its links and tasks", () => {
	// Notes with one kind of block and not the other: each kind is found on its own.
	const quoted = "- [[Ada]] lunch\n\n> [!note]\n> - [ ] Send [[Ada]] the deck\n> Met [[Bo]]\n";
	const scan = scanCache(indexNote(quoted) as never, quoted);
	expect(scan.links.map((l) => [l.link, l.counts])).toEqual([
		["Ada", true],
		["Ada", false],
		["Bo", false],
	]);
	expect(scan.tasks).toEqual([]);
	// The cache lists no link inside code, but a link there must not count even if it did.
	const code = "- [[Ada]] lunch\n\n```\n- [ ] Send [[Bo]] the deck\n```\n";
	const cache = indexNote(code);
	const withCodeLink = { ...cache, links: [...(cache.links ?? []), { link: "Bo", original: "[[Bo]]", position: { start: { line: 3, col: 11, offset: 36 }, end: { line: 3, col: 17, offset: 42 } } }] };
	expect(scanCache(withCodeLink as never, code).links.map((l) => l.link)).toEqual(["Ada"]);
});

test("a note that starts with a list is read to its end (the first item is not its own parent)", () => {
	// The cache gives a list on line 0 the parent 0 (minus its first line). A link in that
	// item with no task, and a link below the list, each walk up from the item.
	const texts = ["- [[Ada]] lunch\n", "- lunch\n\nMet [[Ada]] later\n", "- [[Ada]] lunch\n  - [ ] Send [[Bo]] the deck\n\nThen [[Bo]]\n"];
	const counted = texts.map((text) => {
		const cache = indexNote(text);
		expect(cache.listItems?.[0]?.parent === 0).toBe(true);
		return scanCache(cache as never, text).links.map((l) => `${l.link} ${l.counts}`);
	});
	expect(counted).toEqual([["Ada true"], ["Ada true"], ["Ada true", "Bo false", "Bo true"]]);
});
