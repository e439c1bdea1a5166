/**
 * A large vault is read on several threads (src/cli/parallelRead.ts): the built CLI must print
 * exactly what one thread prints, whatever thread read which batch, and the mention rules must
 * find the same things now that each note is scanned while it is read (mentions.ts, scanNote)
 * instead of after every note has been read.
 */
import { spawnSync } from "child_process";
import fc from "fast-check";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generateVault, vaultFiles } from "../../scripts/bench/vault";
import { scanNote } from "../../src/cli/mentions";
import { batchSizeFor, MAX_BATCH, MAX_THREADS, MIN_NOTES, registerTask, runBatches, threadsFor } from "../../src/cli/parallelRead";
import { parseIsoDay, type Day } from "../../src/core/calendar";
import { scanText } from "../../src/core/mentions/textScan";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { note, tempVaults } from "./support";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "tend.js");
const TODAY = parseIsoDay("2026-11-27") as Day;
const vault = tempVaults();

function tendProcess(args: string[], env: Record<string, string>) {
	const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env } });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("how many threads read", () => {
	it("reads a small vault on one thread, a large one on up to MAX_THREADS, and TEND_THREADS decides when set", () => {
		expect(threadsFor(MIN_NOTES - 1, {})).toBe(1);
		expect(threadsFor(MIN_NOTES, {})).toBeGreaterThanOrEqual(1);
		expect(threadsFor(MIN_NOTES, {})).toBeLessThanOrEqual(MAX_THREADS);
		expect(threadsFor(10, { TEND_THREADS: "3" })).toBe(3);
		expect(threadsFor(1_000_000, { TEND_THREADS: "1" })).toBe(1);
		// Anything that is not a whole number of at least one is ignored.
		for (const bad of ["0", "-2", "1.5", "many", " "]) expect(threadsFor(10, { TEND_THREADS: bad })).toBe(1);
	});

	it("cuts the notes into about eight batches per thread, of 16 to MAX_BATCH notes", () => {
		expect(batchSizeFor(40_000, 2)).toBe(MAX_BATCH);
		expect(batchSizeFor(600, 3)).toBe(25);
		expect(batchSizeFor(20, 4)).toBe(16);
	});
});

describe("runBatches on one thread (the sources, as jest loads them, cannot start a worker)", () => {
	it("runs every batch once and returns the results in batch order", () => {
		const seen: number[] = [];
		registerTask("test-square", (job: { base: number }) => (batch: number) => {
			seen.push(batch);
			return job.base + batch * batch;
		});
		expect(runBatches("test-square", { base: 1 }, 5, 4, {})).toEqual([1, 2, 5, 10, 17]);
		expect(seen).toEqual([0, 1, 2, 3, 4]);
	});

	it("refuses a task that was never registered", () => {
		expect(() => runBatches("no-such-task", {}, 1, 1, {})).toThrow("no task named no-such-task");
	});
});

describe("the built tend on several threads", () => {
	const files: Record<string, string> = {
		...vaultFiles(generateVault({ contacts: 120, dailyPerContact: 2, today: TODAY })),
		// Diagnostics in the notes' order, spread over the batches.
		"People/Broken A.md": "---\ntier: A\nlast_contact: [oops\n---\n",
		"People/Zed Broken.md": note("tier: Q\nlast_contact: 2026-02-30"),
		// A task promise in a contact note, for another contact.
		"People/Ada Task.md": note("tier: A\nlast_contact: 2026-11-01", "## Touchpoints\n- 2026-11-01 call — hi\n\n- [ ] Send [[Bo Task]] the deck 📅 2026-12-01\n"),
		"People/Bo Task.md": note("tier: B\nlast_contact: 2026-10-01"),
	};
	const root = vault(files);
	const commands = [
		["due", "--all", "--json"],
		["check", "--json"],
		["stats", "--json"],
		["brief", "Ada Task"],
	];

	it("prints what one thread prints, with the workers reading every batch and the results put back in order", () => {
		for (const args of commands) {
			const full = [...args, "--vault", root, "--today", "2026-11-27"];
			const one = tendProcess(full, { TEND_THREADS: "1", TEND_THREADS_REPORT: "1" });
			const workers = tendProcess(full, { TEND_THREADS: "3", TEND_MAIN_READS: "0", TEND_THREADS_REPORT: "1" });
			const notes = Object.keys(files).length;
			const batches = Math.ceil(notes / batchSizeFor(notes, 3));
			expect(one.stderr).toContain(`read ${Math.ceil(notes / batchSizeFor(notes, 1))} batches on 1 thread:`);
			// Every batch was read by a worker: what comes back is the workers' work.
			expect(workers.stderr).toContain(`read ${batches} batches on 3 threads: 0 on the main thread, ${batches} on 2 workers`);
			const rest = (s: string) => s.replace(/^tend: read .*\n/m, "");
			expect({ args, code: workers.code, stdout: workers.stdout, stderr: rest(workers.stderr) }).toEqual({ args, code: one.code, stdout: one.stdout, stderr: rest(one.stderr) });
			expect(one.stdout.length).toBeGreaterThan(100);
		}
		// The vault gave the commands something to agree on.
		const check = JSON.parse(tendProcess(["check", "--json", "--vault", root, "--today", "2026-11-27"], { TEND_THREADS: "2", TEND_MAIN_READS: "0" }).stdout) as { diagnostics: { path: string }[] };
		const paths = check.diagnostics.map((d) => d.path);
		expect(paths).toEqual(expect.arrayContaining(["People/Broken A.md", "People/Zed Broken.md"]));
		const due = JSON.parse(tendProcess(["due", "--all", "--json", "--vault", root, "--today", "2026-11-27"], { TEND_THREADS: "2", TEND_MAIN_READS: "0" }).stdout) as { contacts: { name: string; promises?: { what: string }[] }[] };
		expect(due.contacts.length).toBeGreaterThan(100);
		expect(JSON.stringify(due.contacts.find((c) => c.name === "Bo Task"))).toContain("Send Bo Task the deck");
	});
});

describe("a worker that cannot start", () => {
	const root = vault({
		...vaultFiles(generateVault({ contacts: 30, dailyPerContact: 2, today: TODAY })),
		"People/Broken A.md": "---\ntier: A\nlast_contact: [oops\n---\n",
	});

	/** The built CLI from a copy of the bundle that is deleted once loaded, so a worker started from it fails to load. */
	function withBundleGone(args: string[], env: Record<string, string>) {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tend-gone-"));
		const copy = path.join(dir, "tend.cjs");
		fs.copyFileSync(path.join(ROOT, "dist", "tend.cjs"), copy);
		const script = `const t = require(${JSON.stringify(copy)}); require("fs").rmSync(${JSON.stringify(dir)}, { recursive: true }); process.exitCode = t.main(${JSON.stringify(args)});`;
		const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1", TEND_THREADS_REPORT: "1", ...env }, timeout: 60_000 });
		return { code: r.status, stdout: r.stdout, stderr: r.stderr };
	}

	it("leaves every batch to the main thread, or its batches are read there once it has been silent for a while", () => {
		const args = ["check", "--json", "--vault", root, "--today", "2026-11-27"];
		const one = tendProcess(args, { TEND_THREADS: "1" });
		const gone = withBundleGone(args, { TEND_THREADS: "2" });
		expect(gone.stderr).toMatch(/read (\d+) batches on 2 threads: \1 on the main thread, 0 on 1 worker/);
		expect(gone.stdout).toBe(one.stdout);
		// The main thread was told to leave every batch to the worker, which never comes: after
		// STALL_MS it reads them itself, and nothing is lost.
		const stalled = withBundleGone(args, { TEND_THREADS: "2", TEND_MAIN_READS: "0" });
		expect(stalled.stderr).toMatch(/read (\d+) batches on 2 threads: \1 on the main thread, 0 on 1 worker/);
		expect(stalled.code).toBe(one.code);
		expect(stalled.stdout).toBe(one.stdout);
		expect(JSON.parse(stalled.stdout)).toMatchObject({ diagnostics: expect.arrayContaining([expect.objectContaining({ path: "People/Broken A.md" })]) });
	}, 60_000);
});

describe("scanNote", () => {
	const LINES = [
		"- [ ] Send [[Bo]] the deck 📅 2026-12-01",
		"1. [x] Called [[Bo]] ✅ 2026-11-01",
		"10) [ ] ask [[Bo]]",
		"  * [>] later [[Bo]]",
		"+\t[-] dropped [[Bo]]",
		"> - [ ] quoted [[Bo]]",
		">> * [ ] deeper [[Bo]]",
		"- [ ]",
		"- [] not a box [[Bo]]",
		"-[ ] no space [[Bo]]",
		"- item with [[Bo]]",
		"  - nested under it",
		"text with [[Bo]]",
		"```",
		"<!--",
		"-->",
		"%%",
		"",
		"# Heading",
		"---",
	];

	it("keeps every task of a note that is not dated, as the full scan finds them", () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 12 }), fc.boolean(), (lines, crlf) => {
				const text = lines.join(crlf ? "\r\n" : "\n");
				const read = { path: "Projects/Plan.md", text, frontmatter: null, bodyStart: 0 };
				const kept = scanNote(read, false, DEFAULT_SETTINGS.mentions, null);
				expect(kept?.date ?? null).toBeNull();
				expect(kept?.scan.tasks ?? []).toEqual(scanText(text, null, 0).tasks);
			}),
			{ numRuns: 2000 },
		);
	});

	it("scans every line of a dated note, links included", () => {
		const text = "text with [[Bo]]\n- [ ] ask [[Bo]]\n";
		const kept = scanNote({ path: "Daily/2026-11-20.md", text, frontmatter: null, bodyStart: 0 }, false, DEFAULT_SETTINGS.mentions, null);
		expect(kept?.date).toEqual({ day: parseIsoDay("2026-11-20"), by: "name" });
		expect(kept?.scan).toEqual(scanText(text, null, 0));
		// Not dated, no task: nothing to keep; a contact note is kept for its aliases.
		expect(scanNote({ path: "Projects/P.md", text: "text with [[Bo]]", frontmatter: null, bodyStart: 0 }, false, DEFAULT_SETTINGS.mentions, null)).toBeNull();
		expect(scanNote({ path: "People/Ada.md", text: "x", frontmatter: { aliases: ["Ada L"] }, bodyStart: 0 }, true, DEFAULT_SETTINGS.mentions, null)).toMatchObject({ aliases: ["Ada L"], scan: { links: [], tasks: [] } });
	});
});
