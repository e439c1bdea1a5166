/**
 * `tend import FILE [--dry-run]`: people from a vCard file, LinkedIn's Connections.csv or a
 * Google contacts CSV, as contact notes (src/core/exchange/importPlan.ts decides what).
 *
 * Writes go through the same safe writes as every command: a new note is created without
 * ever replacing a file (createFile.ts); a matched note gets its missing properties through
 * the atomic edit of atomicWrite.ts, computed again on the note as it is at that moment.
 * A path that would leave the vault folder is refused, whatever the settings say.
 */
import * as fs from "fs";
import * as path from "path";
import { addMissingProperties, newPersonNote, planImport, type PlannedChange } from "../core/exchange/importPlan";
import { additionWords, emptyTally, linesWord, planLine, tallyWords, type Tally } from "../core/exchange/importReport";
import type { ExistingNote } from "../core/exchange/matching";
import { readPeople } from "../core/exchange/readPeople";
import type { TendSettings } from "../core/settings";
import { switchFlag, UsageError } from "./args";
import { applyEdit } from "./atomicWrite";
import { createExclusive } from "./createFile";
import { readNoteText } from "./noteReader";
import { listNotes, loadVault } from "./vault";
import { vaultArgs, type CommandIo } from "./vaultArgs";


function readExport(io: CommandIo, file: string): string {
	const abs = path.resolve(io.cwd, file);
	let bytes: Buffer;
	try {
		bytes = fs.readFileSync(abs);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		throw new UsageError(code === "ENOENT" ? `${file} does not exist` : code === "EISDIR" ? `${file} is a folder, not a file` : `${file} cannot be read: ${(e as Error).message}`);
	}
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		throw new UsageError(`${file} is UTF-16 text; save it as UTF-8 (most exports are) and import it again`);
	}
	const text = bytes.toString("utf8");
	if (!Buffer.from(text, "utf8").equals(bytes)) {
		const bad = text.indexOf("\ufffd");
		const line = bad === -1 ? 1 : text.slice(0, bad).split("\n").length;
		throw new UsageError(`${file}:${line}: not valid UTF-8 text; save the export as UTF-8 and import it again`);
	}
	return text;
}

/** The absolute path of a vault path, or null when it would not be inside the vault. */
function insideVault(root: string, rel: string): string | null {
	if (rel === "" || path.isAbsolute(rel) || rel.split("/").some((p) => p === ".." || p === "")) return null;
	const abs = path.resolve(root, ...rel.split("/"));
	const back = path.relative(root, abs);
	return back === "" || back.startsWith("..") || path.isAbsolute(back) ? null : abs;
}

export function cmdImport(io: CommandIo, argv: readonly string[]): number {
	const { args, root, today } = vaultArgs(io, argv, { "dry-run": { value: false } });
	if (args.positionals.length === 0) throw new UsageError("which file? Give a .vcf or .csv export: tend import FILE");
	if (args.positionals.length > 1) throw new UsageError(`one FILE at a time (got ${args.positionals.map((p) => `"${p}"`).join(", ")})`);
	const file = args.positionals[0] as string;
	const dryRun = switchFlag(args, "dry-run");
	const shown = path.basename(file);

	const read = readPeople(file, readExport(io, file));
	for (const p of read.problems) io.stderr.write(`tend import: ${shown}:${p.line}: ${p.message}\n`);
	if (read.people.length === 0) {
		io.stderr.write(`tend import: no people found in ${file}; nothing was written\n`);
		return 2;
	}

	const vault = loadVault(root, today);
	const existing: ExistingNote[] = vault.contacts.map((c) => {
		let frontmatter: Record<string, unknown> | null = null;
		try {
			frontmatter = readNoteText(fs.readFileSync(path.join(root, ...c.path.split("/")), "utf8")).frontmatter;
		} catch {
			frontmatter = null;
		}
		return { path: c.path, frontmatter };
	});
	const taken = new Set(listNotes(root).map((n) => n.path.toLowerCase()));
	const exists = (rel: string) => {
		if (taken.has(rel.toLowerCase())) return true;
		const abs = insideVault(root, rel);
		return abs !== null && fs.existsSync(abs);
	};
	const plan = planImport(read.people, existing, vault.settings, exists);
	if ("error" in plan) throw new UsageError(plan.error);

	const count = read.people.length === 1 ? "1 person" : `${read.people.length} people`;
	io.stdout.write(`Read ${count} from ${shown} (${read.format}).\n`);
	const tally = emptyTally();
	for (const change of plan.changes) {
		const line = dryRun ? dryRunLine(change, shown, tally) : apply(io, root, change, shown, vault.settings, tally);
		io.stdout.write(`${line}\n`);
	}
	io.stdout.write(`\n${tallyWords(tally, dryRun)}.${dryRun ? " Dry run: nothing was written." : ""}\n`);
	if (tally.created > 0 && !dryRun) io.stdout.write(`New contacts have no ${vault.settings.keys.tier} yet: give each one a tier to schedule it ("tend due" lists them under Needs attention).\n`);
	return tally.failed > 0 ? 2 : 0;
}

function dryRunLine(change: PlannedChange, shown: string, tally: Tally): string {
	if (change.kind === "create") tally.created++;
	else if (change.kind === "skip") tally.skipped++;
	else if (change.additions.length === 0) tally.unchanged++;
	else tally.updated++;
	return planLine(change, shown);
}

function apply(io: CommandIo, root: string, change: PlannedChange, shown: string, settings: TendSettings, tally: Tally): string {
	const from = linesWord(shown, change.lines);
	if (change.kind === "skip") {
		tally.skipped++;
		return planLine(change, shown);
	}
	const abs = insideVault(root, change.path);
	if (abs === null) {
		tally.failed++;
		return `Not written: ${change.path} for ${change.person.name} (${from}) would not be inside the vault folder`;
	}
	if (change.kind === "create") {
		const text = newPersonNote(change.path, change.person, settings);
		if (!text.ok) {
			tally.failed++;
			return `Not written: ${change.path} for ${change.person.name} (${from}): ${text.reason}`;
		}
		for (const w of text.warnings) io.stderr.write(`tend import: warning: ${change.path}: ${w}\n`);
		const created = createExclusive(abs, text.text);
		if (created.ok) {
			tally.created++;
			return `Created ${change.path} for ${change.person.name} (${from})${change.additions.length > 0 ? `: ${additionWords(change.additions)}` : ""}`;
		}
		if (created.exists) {
			tally.skipped++;
			return `Skipped ${change.person.name} (${from}): ${change.path} appeared meanwhile; it was not overwritten`;
		}
		tally.failed++;
		return `Not written: ${change.path} for ${change.person.name} (${from}): ${created.reason}`;
	}
	let added: string[] = [];
	let kept: string[] = [];
	const outcome = applyEdit(
		abs,
		(text) => {
			const r = addMissingProperties(text, change.wanted);
			added = r.added;
			kept = r.kept;
			return r.result;
		},
		{ vault: root, env: io.env },
	);
	const how = `matched by ${change.by}`;
	const keptWords = kept.length > 0 ? `; kept ${kept.join("; ")}` : "";
	if (!outcome.ok) {
		tally.failed++;
		const where = outcome.line !== undefined ? `${change.path}:${outcome.line}` : change.path;
		return `Not written: ${where} (${how}, ${from}): ${outcome.reason}`;
	}
	if (!outcome.changed) {
		tally.unchanged++;
		return `Unchanged ${change.path} (${how}, ${from}): nothing to add${keptWords}`;
	}
	tally.updated++;
	return `Added ${added.join(", ")} to ${change.path} (${how}, ${from})${keptWords}`;
}
