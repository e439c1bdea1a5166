/**
 * `npm run test:corpus -- DIR`: the edit-fidelity checks over a folder of real notes.
 *
 * Every `.md` file under DIR is copied to a temporary folder (DIR may be read-only) and, through
 * the same atomic write the CLI uses:
 * 1. a touchpoint is logged: the result must differ from the original only in the owned
 *    regions (the `last_contact` value or one added line, and one inserted entry line or an
 *    appended log heading with its entry), its frontmatter must parse to the original data
 *    plus `last_contact`, and the log must read the new entry back;
 * 2. `last_contact` is set to a later date: only that value changes;
 * 3. the same `last_contact` write again leaves the file byte-identical;
 * 4. reader parity: the CLI's reader (gray-matter) and the plugin's (a metadata cache as the
 *    fake Obsidian builds it, plus the text) give the same contact, diagnostics included, read
 *    as a contact under `People/` and as a note elsewhere (tests/support/parity.ts).
 * A note may be refused only when its frontmatter does not parse, and then it keeps its bytes.
 * Prints one line per failure and `N passed, N failed`; exits 1 on any failure.
 */
// @ts-nocheck

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { formatDay, parseIsoDay } from "../src/core/calendar";
import { baseName } from "../src/core/contact";
import { setFrontmatterScalar } from "../src/core/edits/frontmatterEdit";
import { headingLine } from "../src/core/edits/logEdit";
import { logTouchpoint, renderTouchpoint } from "../src/core/edits/requests";
import { parseFrontmatter } from "../src/core/frontmatter";
import { readLog } from "../src/core/log";
import { parseHeadingSetting, scanCode, findSection, noteLines } from "../src/core/markdown";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { applyEdit } from "../src/cli/atomicWrite";
import { checkFrontmatter, checkLogEdit } from "../tests/support/fidelity";
import { readerDisagreements } from "../tests/support/parity";

const settings = DEFAULT_SETTINGS;
/** The copies are this check's own, so no other program writes them: skip the waits for one. */
const PRIVATE = { timing: { quietMs: 0, emptyQuietMs: 0, watchMs: 0 } };
const LOG_DAY = parseIsoDay("2026-11-27") as number;
const LATER = "2026-11-28";

function listMarkdown(dir: string): string[] {
	const out: string[] = [];
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const abs = path.join(dir, entry.name);
		if (entry.isDirectory()) out.push(...listMarkdown(abs));
		else if (entry.name.toLowerCase().endsWith(".md")) out.push(abs);
	}
	return out.sort();
}

/** What `last_contact` should hold after logging on LOG_DAY, computed independently. */
function expectedLastContact(data: Record<string, unknown>, key: string): string | undefined {
	const value = data[key];
	const day = formatDay(LOG_DAY);
	if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return day;
	if (typeof value !== "string") return undefined;
	const m = /^(\[\[)?(\d{4}-\d{2}-\d{2})([T ][0-9:.+\-Z]+)?(\]\])?$/.exec(value.trim());
	if (!m) return undefined;
	const old = parseIsoDay(m[2] ?? "");
	if (old === null || old >= LOG_DAY) return undefined;
	return m[1] && m[4] ? `[[${day}]]` : day;
}

function hasHeading(text: string, bodyStart: number): boolean {
	const lines = noteLines(text);
	let first = 0;
	while (first < lines.length && (lines[first]?.start ?? 0) < bodyStart) first++;
	return findSection(lines, scanCode(lines).mask, parseHeadingSetting(settings.logHeading), first) !== null;
}

/** The reader parity check on one note's text, as a contact and as a note outside the folder. */
function checkParity(file: string): string[] {
	const text = fs.readFileSync(file, "utf8");
	const name = path.basename(file);
	return [`People/${name}`, `Notes/${name}`].flatMap((p) => readerDisagreements(p, text, settings, LOG_DAY).map((d) => `parity (${p}): ${d}`));
}

function checkNote(file: string, work: string): string[] {
	const original = fs.readFileSync(file);
	const copy = path.join(work, path.basename(file));
	fs.writeFileSync(copy, original);
	const before = original.toString("utf8");
	const parsed = parseFrontmatter(before);
	const name = baseName(path.basename(file));
	const request = { date: LOG_DAY, kind: "call", summary: "Corpus check: caught up on their plans", hours: 1.5, name };

	const logged = applyEdit(copy, (text) => logTouchpoint(text, request, settings), PRIVATE);
	if (!logged.ok) {
		if (!fs.readFileSync(copy).equals(original)) return ["a refused note was changed on disk"];
		if (parsed.kind === "error") return [];
		return [`refused although its frontmatter parses: ${logged.reason}`];
	}
	if (parsed.kind === "error") return ["its frontmatter does not parse, yet it was written"];
	const after = fs.readFileSync(copy, "utf8");
	const data = parsed.kind === "ok" ? parsed.data : {};
	const key = Object.keys(data).find((k) => k === settings.keys.lastContact) ?? Object.keys(data).find((k) => k.toLowerCase() === settings.keys.lastContact) ?? settings.keys.lastContact;
	const rendered = renderTouchpoint(request, settings);
	if (!rendered.ok) return [`the entry does not render: ${rendered.reason}`];
	const problems = checkLogEdit(
		before,
		after,
		{
			key,
			value: expectedLastContact(data, key),
			entry: rendered.line,
			heading: headingLine(settings.logHeading),
			headingExisted: hasHeading(before, parsed.bodyStart),
		},
		(text, k, v) => {
			const r = setFrontmatterScalar(text, k, v);
			return r.ok ? r.text : text;
		},
	).map((p) => `log: ${p}`);

	const afterParsed = parseFrontmatter(after);
	const log = readLog(file, after, afterParsed.bodyStart, settings, null);
	if (!log.touchpoints.some((t) => t.day === LOG_DAY && t.kind === "call" && t.summary === request.summary && t.hours === 1.5)) {
		problems.push("log: the new entry does not read back");
	}

	const set = applyEdit(copy, (text) => setFrontmatterScalar(text, key, LATER), PRIVATE);
	if (!set.ok) return [...problems, `set ${key}: refused: ${set.reason}`];
	const afterSet = fs.readFileSync(copy, "utf8");
	problems.push(...checkFrontmatter(after, afterSet, { key, value: LATER }).map((p) => `set ${key}: ${p}`));
	const bodyBefore = after.slice(parseFrontmatter(after).bodyStart);
	const bodyAfter = afterSet.slice(parseFrontmatter(afterSet).bodyStart);
	if (bodyBefore !== bodyAfter) problems.push(`set ${key}: the body changed`);
	const bytes = fs.readFileSync(copy);
	const again = applyEdit(copy, (text) => setFrontmatterScalar(text, key, LATER), PRIVATE);
	if (!again.ok || again.changed || !fs.readFileSync(copy).equals(bytes)) problems.push(`set ${key} twice: the second write changed the file`);
	return problems;
}

export function main(args: string[]): number {
	const dir = args[0];
	if (!dir) {
		console.error("usage: npm run test:corpus -- DIR");
		return 2;
	}
	if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
		console.error(`test:corpus: ${dir} is not a folder`);
		return 2;
	}
	const files = listMarkdown(dir);
	const work = fs.mkdtempSync(path.join(os.tmpdir(), "tend-corpus-"));
	let passed = 0;
	let failed = 0;
	let refused = 0;
	try {
		for (const file of files) {
			const rel = path.relative(dir, file);
			let problems: string[];
			try {
				problems = [...checkParity(file), ...checkNote(file, work)];
			} catch (e) {
				problems = [`crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`];
			}
			if (parseFrontmatter(fs.readFileSync(file, "utf8")).kind === "error") refused++;
			if (problems.length === 0) passed++;
			else {
				failed++;
				for (const p of problems) console.log(`FAIL ${rel}: ${p}`);
			}
		}
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
	console.log(`${files.length} notes checked (${refused} refused because their frontmatter does not parse, as expected)`);
	console.log(`${passed} passed, ${failed} failed`);
	return failed === 0 && files.length > 0 ? 0 : 1;
}
