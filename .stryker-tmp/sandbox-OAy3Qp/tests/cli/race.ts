/**
 * The race harness behind `tests/cli/race.test.ts` (a few seconds) and `npm run test:race`
 * (20 writers, many rounds, kills): real `tend log` processes against one note while a racing
 * editor process (`raceEditor.cjs`) writes it too, then an account of what was lost.
 *
 * - `rewrite`: an editor rewrites the note in place (truncate, then chunked writes). It checks
 *   every version it reads for fragments; the harness counts tend entries lost, and rewrites
 *   lost (the note's "Revision" counter against the editor's count of rewrites).
 * - `append`: an editor appends numbered lines; the harness also reads the note every few
 *   milliseconds, checking that it is never a fragment, and counts appended lines lost.
 * In both, every tend entry whose process reported success must be in the note exactly once.
 * With `kill`, some tend processes are killed with SIGKILL at a random moment; the writes after
 * them must not wait for their locks, and their temporary files must be gone at the end.
 */
// @ts-nocheck

import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/**
 * Builds the `tend` command from the sources in `repo` into `dir`, laid out as the package is
 * (`bin/tend.js` beside `dist/tend.cjs`), and returns the bin script. Race runs use their own
 * build: a rebuild of the package's `dist/` (the jest setup makes one when sources changed)
 * must never swap the file under running writers. The options are the CLI build's in
 * esbuild.config.mjs.
 */
export function buildCliCopy(repo: string, dir: string): string {
	// esbuild's API in a child process: this file also runs inside an esbuild bundle, which
	// cannot bundle esbuild itself.
	const options = { entryPoints: [path.join(repo, "src", "cli", "main.ts")], bundle: true, platform: "node", target: "node18", format: "cjs", outfile: path.join(dir, "dist", "tend.cjs"), logLevel: "error" };
	const code = `require(${JSON.stringify(path.join(repo, "node_modules", "esbuild"))}).buildSync(${JSON.stringify(options)})`;
	const built = spawnSync(process.execPath, ["-e", code], { encoding: "utf8" });
	if (built.status !== 0) throw new Error(`building the CLI failed: ${built.stderr}`);
	fs.mkdirSync(path.join(dir, "bin"), { recursive: true });
	fs.copyFileSync(path.join(repo, "bin", "tend.js"), path.join(dir, "bin", "tend.js"));
	return path.join(dir, "bin", "tend.js");
}

export const RACE_NOTE = [
	"---",
	"tier: A",
	"last_contact: 2026-10-01",
	"---",
	"# Ada",
	"",
	"Met at the conference.",
	...Array.from({ length: 24 }, (_, i) => `Notes, line ${i + 1}: what they are building, who they hire, what they asked for.`),
	"Revision: 0",
	"",
	"## Touchpoints",
	"- 2026-10-01 call — Caught up",
	"",
].join("\n");

/** Whether `text` is a whole version of RACE_NOTE (the same test as raceEditor.cjs's). */
export function whole(text: string): boolean {
	return /^---\ntier: A\nlast_contact: \d{4}-\d{2}-\d{2}\n---\n# Ada\n\nMet at the conference\.\n(?:.+\n)+Revision: \d+\n\n## Touchpoints\n(?:- .+\n)*- 2026-10-01 call — Caught up\n/.test(text);
}

export interface RaceConfig {
	/** A script that runs the built `tend` (bin/tend.js, or a bundle of src/cli/main.ts). */
	cli: string;
	/** tests/cli/raceEditor.cjs (passed in: the script runs this file from a bundle elsewhere). */
	editorScript: string;
	editor: "rewrite" | "append";
	/** tend log processes started at once, per round. */
	writers: number;
	rounds: number;
	/** Kill one writer in this many with SIGKILL at a random moment (0: none). */
	killOneIn?: number;
	/** Extra environment for the tend processes. */
	env?: Record<string, string>;
	/** The editor's rest between writes, in ms (default: raceEditor.cjs's). */
	editorPauseMs?: [number, number];
}

export interface RaceResult {
	editor: "rewrite" | "append";
	writers: number;
	rounds: number;
	/** tend processes that reported success / were refused (exit 2) / were killed. */
	succeeded: number;
	refused: string[];
	killed: number;
	/** Other exits (crashes): always a failure. */
	crashed: string[];
	/** Entries whose process reported success but that are missing, or present twice. */
	lostEntries: string[];
	duplicatedEntries: string[];
	/** append: appended lines missing from the note. */
	appended: number;
	lostEditorLines: string[];
	/** rewrite: rewrites the editor made, and how many the note's Revision counter misses. */
	rewrites: number;
	lostRewrites: number;
	/** Versions of the note seen that were not whole (by the editor or the harness's reader). */
	fragments: number;
	fragmentSamples: string[];
	/** Files beside the note at the end other than the note (temporary files, locks)... */
	leftovers: string[];
	/** ...and conflict copies (`Ada.tend-conflict-*.md`), counted apart. */
	conflicts: number;
	seconds: number;
}

interface Exit {
	code: number | null;
	signal: NodeJS.Signals | null;
	stderr: string;
	stdout: string;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, onSpawn?: (kill: () => void) => void): Promise<Exit> {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"] });
		let stdout = "";
		let stderr = "";
		child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
		child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
		child.on("error", reject);
		child.on("close", (code, signal) => resolve({ code, signal, stderr, stdout }));
		onSpawn?.(() => child.kill("SIGKILL"));
	});
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function occurrences(text: string, line: string): number {
	let n = 0;
	for (let at = text.indexOf(line); at !== -1; at = text.indexOf(line, at + line.length)) n++;
	return n;
}

export async function race(config: RaceConfig): Promise<RaceResult> {
	const started = Date.now();
	const root = fs.mkdtempSync(path.join(os.tmpdir(), "tend-race-"));
	const people = path.join(root, "People");
	const note = path.join(people, "Ada.md");
	const stop = path.join(root, "stop");
	fs.mkdirSync(people);
	fs.writeFileSync(note, RACE_NOTE);
	const result: RaceResult = {
		editor: config.editor,
		writers: config.writers,
		rounds: config.rounds,
		succeeded: 0,
		refused: [],
		killed: 0,
		crashed: [],
		lostEntries: [],
		duplicatedEntries: [],
		appended: 0,
		lostEditorLines: [],
		rewrites: 0,
		lostRewrites: 0,
		fragments: 0,
		fragmentSamples: [],
		leftovers: [],
		conflicts: 0,
		seconds: 0,
	};
	const fragment = (where: string, text: string) => {
		result.fragments++;
		if (result.fragmentSamples.length < 3) result.fragmentSamples.push(`${where}:\n${text}`);
	};
	try {
		const editor = run(process.execPath, [config.editorScript, config.editor, note, stop, ...(config.editorPauseMs ? [config.editorPauseMs.join("-")] : [])], process.env);
		// With the appender, this reader checks every version of the note it can catch.
		let reading = config.editor === "append";
		const reader = (async () => {
			while (reading) {
				const text = fs.readFileSync(note, "utf8");
				if (!whole(text)) fragment("read by the harness", text);
				await delay(3);
			}
		})();

		const env = { ...process.env, ...config.env };
		const succeeded: string[] = [];
		for (let round = 0; round < config.rounds; round++) {
			const wave = Array.from({ length: config.writers }, (_, i) => {
				const summary = `writer ${round}-${i}`;
				const doomed = config.killOneIn ? Math.random() < 1 / config.killOneIn : false;
				const args = [config.cli, "log", "Ada", "--vault", root, "--today", "2026-11-27", "--kind", "call", "--summary", summary];
				return run(process.execPath, args, env, (kill) => {
					if (doomed) setTimeout(kill, 30 + Math.floor(Math.random() * 400));
				}).then((exit) => ({ summary, exit }));
			});
			for (const { summary, exit } of await Promise.all(wave)) {
				if (exit.signal === "SIGKILL") result.killed++;
				else if (exit.code === 0) succeeded.push(summary);
				else if (exit.code === 2) result.refused.push(exit.stderr.trim());
				else result.crashed.push(`${summary}: exit ${exit.code} ${exit.signal ?? ""} ${exit.stderr.trim()}`);
			}
		}
		// One last write cleans what killed writers left; it runs while the editor still writes.
		const last = await run(process.execPath, [config.cli, "log", "Ada", "--vault", root, "--today", "2026-11-27", "--kind", "call", "--summary", "last writer"], env);
		if (last.code === 0) succeeded.push("last writer");
		else result.crashed.push(`last writer: exit ${last.code} ${last.stderr.trim()}`);

		fs.writeFileSync(stop, "");
		const done = await editor;
		reading = false;
		await reader;
		const report = JSON.parse(done.stdout.trim().split("\n").pop() || "{}") as { rewrites?: number; fragments?: number; samples?: string[]; appended?: number };
		const text = fs.readFileSync(note, "utf8");
		if (!whole(text)) fragment("the note at the end", text);
		for (let i = 0; i < (report.fragments ?? 0); i++) fragment("read by the editor", report.samples?.[i] ?? "");
		result.succeeded = succeeded.length;
		for (const summary of succeeded) {
			const n = occurrences(text, `- 2026-11-27 call — ${summary}\n`);
			if (n === 0) result.lostEntries.push(summary);
			if (n > 1) result.duplicatedEntries.push(summary);
		}
		result.appended = report.appended ?? 0;
		for (let i = 0; i < result.appended; i++) if (occurrences(text, `appended line ${i}\n`) !== 1) result.lostEditorLines.push(`appended line ${i}`);
		result.rewrites = report.rewrites ?? 0;
		if (config.editor === "rewrite") result.lostRewrites = result.rewrites - Number(/^Revision: (\d+)$/m.exec(text)?.[1] ?? 0);
		for (const name of fs.readdirSync(people)) {
			if (name === "Ada.md") continue;
			if (/^Ada\.tend-conflict-.*\.md$/.test(name)) result.conflicts++;
			else result.leftovers.push(name);
		}
	} finally {
		fs.writeFileSync(stop, "");
		result.seconds = Math.round((Date.now() - started) / 100) / 10;
		fs.rmSync(root, { recursive: true, force: true });
	}
	return result;
}

/** One line of counts, for the script's output and the tests' failure messages. */
export function describeRace(r: RaceResult): string {
	const parts = [
		`${r.editor} editor, ${r.writers} writers x ${r.rounds} rounds: ${r.succeeded} tend writes succeeded, ${r.refused.length} refused, ${r.killed} killed, ${r.crashed.length} crashed`,
		`lost entries ${r.lostEntries.length}, duplicated ${r.duplicatedEntries.length}`,
		r.editor === "append" ? `lost editor lines ${r.lostEditorLines.length} of ${r.appended}` : `lost rewrites ${r.lostRewrites} of ${r.rewrites}`,
		`fragments ${r.fragments}`,
		`leftover files ${r.leftovers.length}`,
		`conflict copies ${r.conflicts}`,
		`${r.seconds} s`,
	];
	return parts.join("; ");
}
