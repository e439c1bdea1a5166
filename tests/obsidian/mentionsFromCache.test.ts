/**
 * The cache reader's two ways through a note (src/obsidian/mentionsFromCache.ts): a note
 * with no backtick, `%%` or `<!--` in its body is read without splitting its text into
 * lines; any other note goes through hiddenParts. Both must give the same links and tasks.
 */
import * as fs from "fs";
import * as path from "path";
import { scanCache } from "../../src/obsidian/mentionsFromCache";
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
