/**
 * `tend`: the command line over a vault folder. See `tend help` and the README.
 *
 * Exit codes (docs/cli.md, "Exit codes, output and errors"): 0 success; 1 `check` found errors; 2 bad usage or a
 * refused write.
 */
import * as path from "path";
import { formatDay, type Day } from "../core/calendar";
import { readContact, type Contact } from "../core/contact";
import { hasErrors, type Diagnostic } from "../core/diagnostics";
import { addPromise, choosePromise, clearSnooze, keepPromise, logTouchpoint, movePromise, snooze } from "../core/edits/requests";
import type { EditDone, EditResult } from "../core/edits/result";
import type { ParsedNote } from "../core/frontmatter";
import { findByName } from "../core/names";
import { DueList, dueRowJson } from "../core/dueList/model";
import { findKind, type TendSettings } from "../core/settings";
import { DATE_FORMS, parseDateInput } from "../core/relativeDate";
import { parseHoursText } from "../core/template";
import { version } from "../../package.json";
import { stringFlag, switchFlag, UsageError, wantsHelp, type FlagSpec, type ParsedArgs } from "./args";
import { applyEdit } from "./atomicWrite";
import { chooseStyle, formatCheck, formatDueList } from "./format";
import { serveIfWorker } from "./parallelRead";
import { loadVault, readContactNote, type LoadedVault } from "./vault";
import { cmdIcs } from "./ics";
import { cmdImport } from "./importCommand";
import { keepTaskPromise } from "./mentions";
import { loadVaultWithMentions } from "./vaultMentions";
import { notePromises } from "../core/mentions/withMentions";
import { cmdBrief } from "./brief";
import { DUE_FILTER_FLAGS, dueFilterOf, dueFooter, filterVault, noneMatchText } from "./dueFilters";
import { cmdIntros } from "./intros";
import { askNoteAfter, checkDistinct, firstRefusal } from "./logSeveral";
import { cmdMatch } from "./match";
import { cmdStats } from "./stats";
import { cmdDigest, DIGEST_HELP } from "./digest";
import { cmdPlan, PLAN_HELP } from "./plan";
import { vaultArgs } from "./vaultArgs";

export interface Io {
	stdout: { write(text: string): unknown; isTTY?: boolean };
	stderr: { write(text: string): unknown };
	env: Record<string, string | undefined>;
	cwd: string;
	now(): number;
}

const DATES = `Dates (D) are YYYY-MM-DD, or counted from --today: today, tomorrow, yesterday;
3d, 2w, 1m, 1y ahead (also +3d, "in 3 days", "2 weeks"); -3d or "3 days ago" behind; a
weekday, "friday" (the next Friday after today: on a Friday, a week from today) or
"last friday"; "next week", "next month", "last week".`;

/** Option lines, the descriptions in one column; a description may run on over lines. */
function options(rows: [string, string][]): string {
	return rows.map(([flag, text]) => `  ${flag.padEnd(21)}${text.split("\n").join(`\n${" ".repeat(23)}`)}`).join("\n");
}

const COMMON_OPTIONS: [string, string][] = [
	["--vault DIR", "the vault folder (default: the current folder)"],
	["--today YYYY-MM-DD", "the day to count from (default: today's local date)"],
	["-h, --help", "this help"],
];

const PICK_OPTIONS: [string, string][] = [
	["--what TEXT", "the promise whose text contains TEXT (any case)"],
	["--due D", "the promise due on that day"],
	["--index N", "the Nth promise in the note's list (1 is the first)"],
];

interface CommandHelp {
	/** The usage line in the overview and at the top of the command's help. */
	synopsis: string;
	/** What the command does, in a few lines. */
	about: string;
	options: [string, string][];
	/** Whether the command takes dates (then the help explains the forms). */
	dates: boolean;
	example: string;
}

const HELP: Record<string, CommandHelp> = {
	due: {
		synopsis: "tend due [--all] [--tier T] [--tag X] [--folder F] [--json]",
		about: `Who to get in touch with, and why: overdue, due and new contacts first, then those with
another reason (a promise, a birthday, a busy period that ended). When nobody is due, it
says who comes next; it counts the contact notes it cannot track, and why. Exit 0 whatever
it finds.`,
		options: [
			["--all", "also list contacts that are not due, snoozed, waiting or not tracked"],
			["--tier T", "only contacts of these tiers (a comma list: A,B)"],
			["--tag X", "only contacts with one of these tags; nested tags count (work\nmatches #work/clients)"],
			["--folder F", "only contacts under one of these folders (People/Work)"],
			["--json", 'one JSON object for scripts: {"today", "contacts", "diagnostics"}'],
		],
		dates: false,
		example: "tend due --vault ~/Notes",
	},
	check: {
		synopsis: "tend check [--json]",
		about: `Every problem in contact notes and in Tend's settings, as path:line: severity: message.
Exit 1 when any is an error, 0 otherwise.`,
		options: [["--json", '{"diagnostics": [...]} for scripts']],
		dates: false,
		example: "tend check --vault ~/Notes",
	},
	log: {
		synopsis: "tend log NAME... --kind K --summary TEXT [--date D] [--hours H]",
		about: `Adds a touchpoint under the note's log heading and moves last_contact forward to its date
(never backward). NAME is a contact's note name (any case) or its path in the vault; give
several to log one touchpoint (a group lunch, a panel) in each note: every name is checked
before any note is written. An ask while you have asked more than given says so.`,
		options: [
			["--kind K", "the kind of touchpoint, one of the settings' kinds (by default\nshare, congrats, intro, help, thanks, promise-kept, ask, check-in,\nmeeting, call, promise-moved)"],
			["--summary TEXT", "what happened (one line; quote it)"],
			["--date D", "the day it happened (default: today)"],
			["--hours H", "time spent, from 1 minute to 24 hours: 1.5, 2h, 45min"],
		],
		dates: true,
		example: 'tend log "Ada Lovelace" --kind share --summary "Sent the paper" --date yesterday',
	},
	brief: {
		synopsis: "tend brief NAME [--json]",
		about: `A page to read before a conversation, in markdown: status and reasons, a suggested
touchpoint, one question to ask, the last 3 touchpoints, open promises, interests and goals,
coming dates, give and take, follow-through, and a 12-month heatmap of touchpoints.`,
		options: [["--json", "one JSON object for scripts"]],
		dates: false,
		example: 'tend brief "Amara Okafor" --vault ~/Notes',
	},
	match: {
		synopsis: "tend match WORDS... [--json]",
		about: `Who would value this: contacts whose interests, goals, offers, tags, company or location
share a word with WORDS (any case and accents, plurals folded, common words left out),
best first, with the words that matched.`,
		options: [["--json", '{"query", "words", "contacts"} for scripts']],
		dates: false,
		example: "tend match EU AI regulation --vault ~/Notes",
	},
	intros: {
		synopsis: "tend intros [--all] [--json]",
		about: `Introductions worth making: pairs where one contact's goal shares a word with another's
offer, best first, with the words; pairs already introduced (an intro entry in either note
that names the other) are left out.`,
		options: [
			["--all", "every pair, not just the best 20"],
			["--json", '{"introductions": [...]} for scripts (every pair)'],
		],
		dates: false,
		example: "tend intros --vault ~/Notes",
	},
	stats: {
		synopsis: "tend stats [--json]",
		about: `The network at a glance: contacts per tier and the share on cadence, the weekly load
against your capacity, give and take, promises kept on time, who is drifting from their
usual rhythm, and touchpoints a week over the last 26 weeks.`,
		options: [["--json", "one JSON object for scripts"]],
		dates: false,
		example: "tend stats --vault ~/Notes",
	},
	snooze: {
		synopsis: "tend snooze NAME --until D | --clear",
		about: "Hides a contact from the due list until a day (its promises still show), or ends a snooze.",
		options: [
			["--until D", "the first day the contact may be due again"],
			["--clear", "end the snooze (empties snooze_until, keeps the property)"],
		],
		dates: true,
		example: 'tend snooze "Farid Haddad" --until 2w',
	},
	"promise add": {
		synopsis: "tend promise add NAME --due D --what TEXT",
		about: `Records a promise (YYYY-MM-DD what) in the note's promises list. The same promise (the
same day and the same text, in any case) is refused rather than added twice.`,
		options: [
			["--due D", "when it is due"],
			["--what TEXT", "what you promised"],
		],
		dates: true,
		example: 'tend promise add "Elena Petrova" --due friday --what "Introduce her to Marco"',
	},
	"promise keep": {
		synopsis: "tend promise keep NAME [--what TEXT] [--due D] [--index N] [--date D]",
		about: `Marks a promise kept: removes it and logs a promise-kept touchpoint that says whether it
was on time. With several promises, pick one by its text, its due date or its position. An
open task that links the contact and has a due date (📅 2026-12-04 or [due:: 2026-12-04]) is
a promise too, listed with its note:line; keeping it checks it off there with the done date.`,
		options: [...PICK_OPTIONS, ["--date D", "the day you kept it (default: today)"]],
		dates: true,
		example: 'tend promise keep "Elena Petrova" --what marco',
	},
	"promise move": {
		synopsis: "tend promise move NAME --to D [--what TEXT] [--due D] [--index N] [--date D]",
		about: `Renegotiates a promise: changes its date in place and logs a promise-moved touchpoint
with the old and new dates. With several promises, pick one as for "promise keep".`,
		options: [["--to D", "the new due date"], ...PICK_OPTIONS, ["--date D", "the day you renegotiated it (default: today)"]],
		dates: true,
		example: 'tend promise move "Hiro Tanaka" --to 2026-12-18 --due 2026-11-25',
	},
	ics: {
		synopsis: "tend ics [--out FILE]",
		about: `A calendar feed (RFC 5545) of the vault's contacts: each tracked contact's next due date as
an all-day event, birthdays and yearly dates as yearly events, open promises on their day.
Event UIDs stay the same from run to run, so a calendar app updates its events.`,
		options: [["--out FILE", "write the feed to FILE in one step instead of standard output"]],
		dates: false,
		example: "tend ics --vault ~/Notes --out ~/Calendars/Tend.ics",
	},
	import: {
		synopsis: "tend import FILE [--dry-run]",
		about: `People from a vCard file (3.0 or 4.0), LinkedIn's Connections.csv or a Google contacts CSV,
as contact notes in the contacts folder. A person who already has a note (same email, or the
same name in any case or accents) only gets the properties the note lacks; nothing is
overwritten and no second note is made.`,
		options: [["--dry-run", "list what would change and write nothing"]],
		dates: false,
		example: "tend import ~/Downloads/Connections.csv --vault ~/Notes --dry-run",
	},
	plan: PLAN_HELP,
	digest: DIGEST_HELP,
};

function overview(): string {
	const line = (synopsis: string, what: string) => (synopsis.length <= 44 ? `  ${synopsis.padEnd(44)}${what}` : `  ${synopsis}\n  ${" ".repeat(44)}${what}`);
	return `tend ${version}: keep in touch with the people who matter, from a vault of contact notes

Usage:
${line(HELP.due?.synopsis ?? "", "who to get in touch with, and why")}
${line(HELP.check?.synopsis ?? "", "problems in contact notes (exit 1 on errors)")}
${line(HELP.log?.synopsis ?? "", "add a touchpoint, move last_contact forward")}
${line(HELP.snooze?.synopsis ?? "", "hide a contact until a day")}
${line(HELP["promise add"]?.synopsis ?? "", "record a promise")}
${line(HELP["promise keep"]?.synopsis ?? "", "mark a promise kept (logs promise-kept)")}
${line(HELP["promise move"]?.synopsis ?? "", "renegotiate a promise (logs promise-moved)")}
${line(HELP.brief?.synopsis ?? "", "a brief before a conversation")}
${line(HELP.match?.synopsis ?? "", "who would value this")}
${line(HELP.intros?.synopsis ?? "", "introductions worth making")}
${line(HELP.stats?.synopsis ?? "", "the network at a glance")}
${line(HELP.ics?.synopsis ?? "", "due dates, birthdays, promises as a calendar")}
${line(HELP.import?.synopsis ?? "", "contacts from a .vcf, LinkedIn or Google CSV")}
${line(HELP.plan?.synopsis ?? "", "who to reach each week, within your capacity")}
${line(HELP.digest?.synopsis ?? "", "the morning digest, as markdown for mail")}
  tend CMD --help                             the help of one command
  tend --version                              the version

Every command takes --vault DIR (default: the current folder) and --today YYYY-MM-DD
(default: today's local date). NAME is a contact's note name or its path in the vault.

${DATES}

Exit codes: 0 success, 1 check found errors, 2 bad usage or a refused write.
`;
}

function commandHelp(name: string): string {
	const help = HELP[name];
	if (!help) return overview();
	const parts = [`Usage: ${help.synopsis}`, help.about, options([...help.options, ...COMMON_OPTIONS])];
	if (help.dates) parts.push(DATES);
	parts.push(`Example: ${help.example}`);
	return `${parts.join("\n\n")}\n`;
}

class Refusal extends Error {}

/** A date flag: YYYY-MM-DD or a date counted from today (src/core/relativeDate.ts). */
function parseDayFlag(ctx: Context, name: string): Day | undefined {
	const text = stringFlag(ctx.args, name);
	if (text === undefined) return undefined;
	const parsed = parseDateInput(text, ctx.today);
	if (parsed.ok) return parsed.day;
	if (parsed.problem === "no-such-day") throw new UsageError(`--${name} ${text} is not a date that exists`);
	throw new UsageError(`--${name} "${text}" is not a date; use ${DATE_FORMS}`);
}

function requireDayFlag(ctx: Context, name: string): Day {
	const day = parseDayFlag(ctx, name);
	if (day === undefined) throw new UsageError(`--${name} D is required (YYYY-MM-DD, or a date like tomorrow, friday, 2w)`);
	return day;
}

function requireText(args: ParsedArgs, name: string): string {
	const text = stringFlag(args, name);
	if (text === undefined || text.trim() === "") throw new UsageError(`--${name} TEXT is required`);
	return text;
}

/** `--hours`: a number of hours (`1.5`, `1,5`) or a time with a unit (`2h`, `45min`). */
function parseHoursFlag(args: ParsedArgs): number | null {
	const text = stringFlag(args, "hours");
	if (text === undefined) return null;
	const t = text.trim();
	const hours = /^\d+(?:[.,]\d+)?$/.test(t) ? Number(t.replace(",", ".")) : parseHoursText(t);
	const limits = "time spent is recorded from 1 minute to 24 hours: 1.5, 2h, 45min";
	if (hours === null || !Number.isFinite(hours)) throw new UsageError(`--hours ${text} is not a time; ${limits}`);
	if (hours * 60 < 1) throw new UsageError(`--hours ${text} is under a minute; ${limits}`);
	if (hours > 24) throw new UsageError(`--hours ${text} is more than 24 hours; ${limits} (log a longer effort as one touchpoint a day)`);
	return hours;
}

interface Context {
	io: Io;
	args: ParsedArgs;
	root: string;
	/** The vault as the user named it, for messages. */
	shown: string;
	today: Day;
}

function context(io: Io, argv: readonly string[], spec: Record<string, FlagSpec>): Context {
	return { io, ...vaultArgs(io, argv, spec) };
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
	return [...list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}

function diagnosticJson(d: Diagnostic) {
	// `line` is one-based, or null when the problem has no line (a settings field, a file that cannot be read).
	return { path: d.path, line: d.line ?? null, severity: d.severity, message: d.message };
}

function cmdDue(io: Io, argv: readonly string[]): number {
	const ctx = context(io, argv, { all: { value: false }, json: { value: false }, ...DUE_FILTER_FLAGS });
	noPositionals(ctx.args);
	const whole = loadVaultWithMentions(ctx.root, ctx.today);
	const filter = dueFilterOf(ctx.args, whole.settings);
	const vault = filterVault(whole, filter, ctx.today);
	// The one due-list model both the CLI and the side panel render (src/core/dueList/model.ts).
	const list = new DueList(vault.contacts, ctx.today, vault.settings, { all: switchFlag(ctx.args, "all") });
	const diagnostics = sortDiagnostics(vault.diagnostics);
	if (switchFlag(ctx.args, "json")) {
		const out = { today: formatDay(ctx.today), contacts: list.ranked().map(dueRowJson), diagnostics: diagnostics.map(diagnosticJson) };
		io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
	} else {
		if (vault.contacts.length === 0 && whole.contacts.length > 0) io.stdout.write(noneMatchText(whole, filter));
		else io.stdout.write(formatDueList(list, diagnostics, ctx.today, ctx.shown, chooseStyle(io.stdout, io.env), vault.settings));
		io.stdout.write(dueFooter(whole, vault, filter));
	}
	return 0;
}

function cmdCheck(io: Io, argv: readonly string[]): number {
	const ctx = context(io, argv, { json: { value: false } });
	noPositionals(ctx.args);
	const vault = loadVaultWithMentions(ctx.root, ctx.today);
	const diagnostics = sortDiagnostics(vault.diagnostics);
	if (switchFlag(ctx.args, "json")) io.stdout.write(`${JSON.stringify({ diagnostics: diagnostics.map(diagnosticJson) }, null, 2)}\n`);
	else io.stdout.write(formatCheck(diagnostics, vault.contacts.length, chooseStyle(io.stdout, io.env), { vault: ctx.shown, settings: vault.settings }));
	return hasErrors(diagnostics) ? 1 : 0;
}

function noPositionals(args: ParsedArgs): void {
	if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0] ?? ""}"`);
}

function oneName(args: ParsedArgs): string {
	if (args.positionals.length === 0) throw new UsageError("which contact? Give a NAME");
	if (args.positionals.length > 1) {
		throw new UsageError(`one NAME at a time (got ${args.positionals.map((p) => `"${p}"`).join(", ")}); quote a name with spaces`);
	}
	return args.positionals[0] as string;
}

function findContact(vault: LoadedVault, name: string): Contact {
	const match = findByName(vault.contacts, name);
	if (match.ok) return match.item;
	const other = findByName(vault.otherNotes.map((p) => ({ path: p })), name);
	if (other.ok) {
		throw new UsageError(
			`${other.item.path} is not a contact note: put it under ${vault.settings.contactsFolder || "the contacts folder"}/, tag it #${vault.settings.contactTag || "contact"}, or give it type: ${vault.settings.contactType || "contact"}`,
		);
	}
	throw new UsageError(match.reason);
}

/**
 * Applies an edit to a contact's note; prints warnings; a refusal exits 2 naming the file.
 * The note's text is read (through gray-matter) once per attempt, and the edit works on that
 * very parse: `note` is the text with its parsed frontmatter, `current` the contact it is.
 */
function write(
	ctx: Context,
	contact: Contact,
	edit: (note: ParsedNote, current: Contact) => EditResult,
	settings: TendSettings,
): { before: string; after: string; current: Contact; result: EditDone } {
	const file = path.join(ctx.root, ...contact.path.split("/"));
	let last: { current: Contact; result: EditDone } | null = null;
	const outcome = applyEdit(
		file,
		(text) => {
			const read = readContactNote(contact.path, text, settings, ctx.today);
			const current = read.contact ?? contact;
			const result = edit(read.read.note, current);
			last = result.ok ? { current, result } : null;
			return result;
		},
		{ vault: ctx.root, env: ctx.io.env },
	);
	if (!outcome.ok) {
		const where = outcome.line !== undefined ? `${contact.path}:${outcome.line}` : contact.path;
		throw new Refusal(`${where}: not changed: ${outcome.reason}`);
	}
	for (const w of outcome.warnings) ctx.io.stderr.write(`tend: warning: ${contact.path}: ${w}\n`);
	// What was written is the result of the edit's last run (it runs again when the note changed).
	const written = last as { current: Contact; result: EditDone } | null;
	if (written === null) throw new Error(`tend: the edit of ${contact.path} did not run`);
	return { before: outcome.before, after: outcome.after, ...written };
}

/** "; last_contact a -> b" when the write moved it: from the contact read and the edit's checked properties. */
function lastContactChange(settings: TendSettings, written: { current: Contact; result: EditDone }, relPath: string, today: Day): string {
	const from = written.current.lastContactField;
	const after = readContact({ path: relPath, frontmatter: written.result.frontmatter, text: null, bodyStart: 0 }, settings, today);
	const to = after.lastContactField;
	if (from === to) return "";
	return `; ${settings.keys.lastContact} ${from === null ? "(none)" : formatDay(from)} -> ${to === null ? "(none)" : formatDay(to)}`;
}

function cmdLog(io: Io, argv: readonly string[]): number {
	const ctx = context(io, argv, { kind: { value: true }, summary: { value: true }, date: { value: true }, hours: { value: true } });
	const names = ctx.args.positionals;
	if (names.length === 0) throw new UsageError("which contact? Give a NAME (or several)");
	const kindText = stringFlag(ctx.args, "kind");
	if (kindText === undefined) throw new UsageError("--kind K is required");
	const summary = requireText(ctx.args, "summary");
	const date = parseDayFlag(ctx, "date") ?? ctx.today;
	const hours = parseHoursFlag(ctx.args);
	const vault = loadVault(ctx.root, ctx.today);
	const kind = findKind(vault.settings, kindText.trim());
	if (!kind) throw new UsageError(`unknown kind "${kindText}"; the kinds are ${vault.settings.kinds.map((k) => k.name).join(", ")}`);
	// Every name is resolved, and the edit tried on every note, before any note is written (logSeveral.ts).
	const contacts = names.map((name) => findContact(vault, name));
	checkDistinct(names, contacts);
	if (date > ctx.today) io.stderr.write(`tend: warning: ${formatDay(date)} is in the future\n`);
	const edit = (text: ParsedNote, current: Contact) => logTouchpoint(text, { date, kind: kind.name, summary, hours, name: current.name }, vault.settings);
	const refused = contacts.length > 1 ? firstRefusal(ctx.root, contacts, edit, vault.settings, ctx.today) : null;
	if (refused) throw new Refusal(`${refused.path}${refused.line === undefined ? "" : `:${refused.line}`}: not changed: ${refused.reason}; no note was written`);
	const done: string[] = [];
	for (const contact of contacts) {
		let written: ReturnType<typeof write>;
		try {
			written = write(ctx, contact, edit, vault.settings);
		} catch (e) {
			if (e instanceof Refusal && done.length > 0) throw new Refusal(`${e.message} (already logged in ${done.join(", ")})`);
			throw e;
		}
		done.push(contact.path);
		const change = lastContactChange(vault.settings, written, contact.path, ctx.today);
		io.stdout.write(`Logged ${kind.name} with ${contact.name} on ${formatDay(date)} in ${contact.path}${change}\n`);
		const note = kind.direction === "ask" ? askNoteAfter(contact.path, written.after, vault.settings, ctx.today, contact.name) : null;
		if (note !== null) io.stdout.write(`${note}\n`);
	}
	return 0;
}

function cmdSnooze(io: Io, argv: readonly string[]): number {
	const ctx = context(io, argv, { until: { value: true }, clear: { value: false } });
	const name = oneName(ctx.args);
	const until = parseDayFlag(ctx, "until");
	const clear = switchFlag(ctx.args, "clear");
	if (until === undefined && !clear) throw new UsageError("give --until D (YYYY-MM-DD, or a date like 2w, friday), or --clear to end a snooze");
	if (until !== undefined && clear) throw new UsageError("give either --until or --clear, not both");
	const vault = loadVault(ctx.root, ctx.today);
	const contact = findContact(vault, name);
	if (until !== undefined) {
		if (until <= ctx.today) io.stderr.write(`tend: warning: ${formatDay(until)} is not after today, so the snooze has no effect\n`);
		write(ctx, contact, (text) => snooze(text, until, vault.settings), vault.settings);
		io.stdout.write(`Snoozed ${contact.name} until ${formatDay(until)} (${contact.path})\n`);
	} else {
		write(ctx, contact, (text) => clearSnooze(text, vault.settings), vault.settings);
		io.stdout.write(`${contact.name} is no longer snoozed (${contact.path})\n`);
	}
	return 0;
}

/** `--index N`: a position in the note's promises list, 1 for the first. */
function parseIndexFlag(args: ParsedArgs): number | undefined {
	const text = stringFlag(args, "index");
	if (text === undefined) return undefined;
	if (!/^\d+$/.test(text.trim()) || Number(text.trim()) < 1) throw new UsageError(`--index ${text} should be a position in the list: 1 for the first promise, 2 for the second, ...`);
	return Number(text.trim());
}

function cmdPromise(io: Io, argv: readonly string[]): number {
	const action = argv[0];
	const rest = argv.slice(1);
	if (action === "add") {
		const ctx = context(io, rest, { due: { value: true }, what: { value: true } });
		const name = oneName(ctx.args);
		const due = requireDayFlag(ctx, "due");
		const what = requireText(ctx.args, "what");
		const vault = loadVault(ctx.root, ctx.today);
		const contact = findContact(vault, name);
		write(ctx, contact, (text, current) => addPromise(text, due, what, vault.settings, current.promises), vault.settings);
		io.stdout.write(`Promised ${contact.name} "${what.trim()}" by ${formatDay(due)} (${contact.path})\n`);
		return 0;
	}
	if (action === "keep" || action === "move") {
		const spec: Record<string, FlagSpec> = { what: { value: true }, date: { value: true }, due: { value: true }, index: { value: true } };
		if (action === "move") spec.to = { value: true };
		const ctx = context(io, rest, spec);
		const name = oneName(ctx.args);
		const to = action === "move" ? requireDayFlag(ctx, "to") : null;
		const date = parseDayFlag(ctx, "date") ?? ctx.today;
		const pick = { what: stringFlag(ctx.args, "what"), due: parseDayFlag(ctx, "due"), index: parseIndexFlag(ctx.args) };
		// A task that links the contact and has a due date is a promise too (issue 10): `keep`
		// lists the note's promises and the tasks together; `move` changes the note's own only.
		const vault = to === null ? loadVaultWithMentions(ctx.root, ctx.today) : loadVault(ctx.root, ctx.today);
		const contact = findContact(vault, name);
		const viaTask = to === null ? keepTaskPromise(io, ctx.root, vault.settings, contact, pick, date) : null;
		if (viaTask !== null) return viaTask;
		const first = choosePromise(notePromises(contact), pick);
		if (!first.ok) throw new UsageError(`${contact.path} ${first.reason}`);
		write(
			ctx,
			contact,
			(text, current) => {
				const choice = choosePromise(current.promises, pick);
				if (!choice.ok) return { ok: false, reason: choice.reason };
				// The note may have changed since it was first read: act only on the promise the
				// user was shown, never on another one that now sits at the same position.
				if (choice.promise.raw !== first.promise.raw) {
					return { ok: false, reason: `its promises changed while Tend was writing (the promise picked is now "${choice.promise.raw}", not "${first.promise.raw}"); run the command again` };
				}
				return to === null
					? keepPromise(text, choice.promise, date, vault.settings, current.name)
					: movePromise(text, choice.promise, to, date, vault.settings, current.name);
			},
			vault.settings,
		);
		const label = first.promise.what || first.promise.raw;
		if (to === null) io.stdout.write(`Kept "${label}" for ${contact.name} (${contact.path})\n`);
		else io.stdout.write(`Moved "${label}" for ${contact.name} to ${formatDay(to)} (${contact.path})\n`);
		return 0;
	}
	throw new UsageError(action === undefined ? "promise what? add, keep or move" : `unknown promise action "${action}"; use add, keep or move`);
}

const COMMANDS: Record<string, (io: Io, argv: readonly string[]) => number> = {
	due: cmdDue,
	check: cmdCheck,
	log: cmdLog,
	snooze: cmdSnooze,
	promise: cmdPromise,
	ics: cmdIcs,
	import: cmdImport,
	brief: cmdBrief,
	match: cmdMatch,
	intros: cmdIntros,
	stats: cmdStats,
	plan: cmdPlan,
	digest: cmdDigest,
};

/** The help topic the words name: `log`, `promise keep`, or `promise` (all three). */
function helpTopic(command: string, rest: readonly string[]): string {
	if (command === "promise") {
		const action = rest.find((w) => !w.startsWith("-"));
		if (action !== undefined && HELP[`promise ${action}`]) return `promise ${action}`;
		return "promise";
	}
	return command;
}

function printHelp(io: Io, topic: string): void {
	if (topic === "promise") {
		io.stdout.write(["promise add", "promise keep", "promise move"].map(commandHelp).join("\n"));
		return;
	}
	io.stdout.write(commandHelp(topic));
}

export function run(argv: readonly string[], io: Io): number {
	const [command, ...rest] = argv;
	if (command === "--version" || command === "-V" || command === "version") {
		io.stdout.write(`tend ${version}\n`);
		return 0;
	}
	if (command === undefined || command === "--help" || command === "-h") {
		(command === undefined ? io.stderr : io.stdout).write(overview());
		return command === undefined ? 2 : 0;
	}
	if (command === "help") {
		const [topic, ...more] = rest;
		if (topic === undefined) {
			io.stdout.write(overview());
			return 0;
		}
		if (!COMMANDS[topic]) {
			io.stderr.write(`tend help: unknown command "${topic}"\n\n${overview()}`);
			return 2;
		}
		printHelp(io, helpTopic(topic, more));
		return 0;
	}
	const handler = COMMANDS[command];
	if (!handler) {
		io.stderr.write(`tend: unknown command "${command}"\n\n${overview()}`);
		return 2;
	}
	// `--help` and `-h` are always options, never a value: `tend log Ada --summary --help`
	// asks for help (only `--summary=--help` gives that text as the summary).
	if (wantsHelp(rest)) {
		printHelp(io, helpTopic(command, rest));
		return 0;
	}
	try {
		return handler(io, rest);
	} catch (e) {
		if (e instanceof UsageError) {
			const topic = helpTopic(command, rest);
			io.stderr.write(`tend ${topic}: ${e.message}\n(run "tend ${topic} --help" for usage)\n`);
			return 2;
		}
		if (e instanceof Refusal) {
			io.stderr.write(`tend ${command}: ${e.message}\n`);
			return 2;
		}
		throw e;
	}
}

export function main(argv: readonly string[]): number {
	// `tend due | head -3`: when the reader stops reading, stop quietly (the work is done; only
	// the rest of the output is unwanted) instead of dying with an EPIPE stack trace.
	process.stdout.on("error", (e: NodeJS.ErrnoException) => {
		if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
		throw e;
	});
	return run(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), now: () => Date.now() });
}

// Started as one of loadVault's reading threads (parallelRead.ts), the built CLI reads batches
// of notes for the thread that started it instead of running a command.
serveIfWorker();
