/**
 * `tend`: the command line over a vault folder. See `tend help` and the README.
 *
 * Exit codes (DESIGN.md, "Command line"): 0 success; 1 `check` found errors; 2 bad usage or a
 * refused write.
 */
import * as fs from "fs";
import * as path from "path";
import { formatDay, parseIsoDay, type Day } from "../core/calendar";
import type { Contact } from "../core/contact";
import { hasErrors, type Diagnostic } from "../core/diagnostics";
import { addPromise, choosePromise, clearSnooze, keepPromise, logTouchpoint, movePromise, snooze } from "../core/edits/requests";
import type { EditResult } from "../core/edits/result";
import { findByName } from "../core/names";
import { dueList, evaluationJson } from "../core/schedule";
import { findKind, type TendSettings } from "../core/settings";
import { parseHoursText } from "../core/template";
import { parseArgs, stringFlag, switchFlag, UsageError, type FlagSpec, type ParsedArgs } from "./args";
import { applyEdit } from "./atomicWrite";
import { localToday } from "./clock";
import { chooseStyle, formatCheck, formatDueList } from "./format";
import { contactFromText, loadVault, type LoadedVault } from "./vault";

export interface Io {
	stdout: { write(text: string): unknown; isTTY?: boolean };
	stderr: { write(text: string): unknown };
	env: Record<string, string | undefined>;
	cwd: string;
	now(): number;
}

const USAGE = `tend: keep in touch with the people who matter, from a vault of contact notes

Usage:
  tend due [--all] [--json]                   who to get in touch with, and why
  tend check [--json]                         problems in contact notes (exit 1 on errors)
  tend log NAME --kind K --summary TEXT [--date D] [--hours H]
                                              add a touchpoint, move last_contact forward
  tend snooze NAME --until D | --clear        hide a contact until a day
  tend promise add NAME --due D --what TEXT   record a promise
  tend promise keep NAME [--what TEXT] [--date D]
                                              mark a promise kept (logs promise-kept)
  tend promise move NAME --to D [--what TEXT] [--date D]
                                              renegotiate a promise (logs promise-moved)

Every command takes --vault DIR (default: the current folder) and --today YYYY-MM-DD
(default: today's local date). NAME is a contact's note name or its path in the vault.
Exit codes: 0 success, 1 check found errors, 2 bad usage or a refused write.
`;

const COMMON: Record<string, FlagSpec> = { vault: { value: true }, today: { value: true }, help: { value: false } };

class Refusal extends Error {}

function parseDayFlag(args: ParsedArgs, name: string): Day | undefined {
	const text = stringFlag(args, name);
	if (text === undefined) return undefined;
	const day = parseIsoDay(text.trim());
	if (day === null) {
		const shape = /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? "is not a date that exists" : "is not a date (YYYY-MM-DD)";
		throw new UsageError(`--${name} ${text} ${shape}`);
	}
	return day;
}

function requireDayFlag(args: ParsedArgs, name: string): Day {
	const day = parseDayFlag(args, name);
	if (day === undefined) throw new UsageError(`--${name} YYYY-MM-DD is required`);
	return day;
}

function requireText(args: ParsedArgs, name: string): string {
	const text = stringFlag(args, name);
	if (text === undefined || text.trim() === "") throw new UsageError(`--${name} TEXT is required`);
	return text;
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
	const args = parseArgs(argv, { ...COMMON, ...spec });
	const root = path.resolve(io.cwd, stringFlag(args, "vault") ?? ".");
	let isDir = false;
	try {
		isDir = fs.statSync(root).isDirectory();
	} catch {
		isDir = false;
	}
	if (!isDir) throw new UsageError(`the vault folder ${root} does not exist`);
	const today = parseDayFlag(args, "today") ?? localToday(io.now());
	return { io, args, root, shown: stringFlag(args, "vault") ?? ".", today };
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
	return [...list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}

function diagnosticJson(d: Diagnostic) {
	return { path: d.path, severity: d.severity, message: d.message };
}

function cmdDue(io: Io, argv: readonly string[]): number {
	const ctx = context(io, argv, { all: { value: false }, json: { value: false } });
	noPositionals(ctx.args);
	const vault = loadVault(ctx.root, ctx.today);
	const list = dueList(vault.contacts, ctx.today, vault.settings, { all: switchFlag(ctx.args, "all") });
	const diagnostics = sortDiagnostics(vault.diagnostics);
	if (switchFlag(ctx.args, "json")) {
		const out = { today: formatDay(ctx.today), contacts: list.map(evaluationJson), diagnostics: diagnostics.map(diagnosticJson) };
		io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
	} else {
		io.stdout.write(formatDueList(list, diagnostics, ctx.today, ctx.shown, chooseStyle(io.stdout, io.env)));
	}
	return 0;
}

function cmdCheck(io: Io, argv: readonly string[]): number {
	const ctx = context(io, argv, { json: { value: false } });
	noPositionals(ctx.args);
	const vault = loadVault(ctx.root, ctx.today);
	const diagnostics = sortDiagnostics(vault.diagnostics);
	if (switchFlag(ctx.args, "json")) io.stdout.write(`${JSON.stringify({ diagnostics: diagnostics.map(diagnosticJson) }, null, 2)}\n`);
	else io.stdout.write(formatCheck(diagnostics, vault.contacts.length, chooseStyle(io.stdout, io.env)));
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

/** Applies an edit to a contact's note; prints warnings; a refusal exits 2 naming the file. */
function write(ctx: Context, contact: Contact, edit: (text: string, current: Contact) => EditResult, settings: TendSettings): { before: string; after: string } {
	const file = path.join(ctx.root, ...contact.path.split("/"));
	const outcome = applyEdit(
		file,
		(text) => {
			const current = contactFromText(contact.path, text, settings, ctx.today) ?? contact;
			return edit(text, current);
		},
		{ vault: ctx.root, env: ctx.io.env },
	);
	if (!outcome.ok) {
		const where = outcome.line !== undefined ? `${contact.path}:${outcome.line}` : contact.path;
		throw new Refusal(`${where}: not changed: ${outcome.reason}`);
	}
	for (const w of outcome.warnings) ctx.io.stderr.write(`tend: warning: ${contact.path}: ${w}\n`);
	return { before: outcome.before, after: outcome.after };
}

function lastContactChange(settings: TendSettings, before: string, after: string, relPath: string, today: Day): string {
	const a = contactFromText(relPath, before, settings, today);
	const b = contactFromText(relPath, after, settings, today);
	const from = a?.lastContactField ?? null;
	const to = b?.lastContactField ?? null;
	if (from === to) return "";
	return `; ${settings.keys.lastContact} ${from === null ? "(none)" : formatDay(from)} -> ${to === null ? "(none)" : formatDay(to)}`;
}

function cmdLog(io: Io, argv: readonly string[]): number {
	const ctx = context(io, argv, { kind: { value: true }, summary: { value: true }, date: { value: true }, hours: { value: true } });
	const name = oneName(ctx.args);
	const kindText = stringFlag(ctx.args, "kind");
	const summary = stringFlag(ctx.args, "summary");
	if (kindText === undefined || kindText.trim() === "") throw new UsageError("--kind K is required");
	if (summary === undefined) throw new UsageError("--summary TEXT is required");
	const date = parseDayFlag(ctx.args, "date") ?? ctx.today;
	const hoursText = stringFlag(ctx.args, "hours");
	let hours: number | null = null;
	if (hoursText !== undefined) {
		hours = /^\d+(?:[.,]\d+)?$/.test(hoursText.trim()) ? Number(hoursText.trim().replace(",", ".")) : parseHoursText(hoursText);
		if (hours === null || !(hours > 0) || hours > 24) throw new UsageError(`--hours ${hoursText} should be a number of hours above 0, like 1.5 (or 45min)`);
	}
	const vault = loadVault(ctx.root, ctx.today);
	const kind = findKind(vault.settings, kindText.trim());
	if (!kind) throw new UsageError(`unknown kind "${kindText}"; the kinds are ${vault.settings.kinds.map((k) => k.name).join(", ")}`);
	const contact = findContact(vault, name);
	if (date > ctx.today) io.stderr.write(`tend: warning: ${formatDay(date)} is in the future\n`);
	const { before, after } = write(
		ctx,
		contact,
		(text, current) => logTouchpoint(text, { date, kind: kind.name, summary, hours, name: current.name }, vault.settings),
		vault.settings,
	);
	const change = lastContactChange(vault.settings, before, after, contact.path, ctx.today);
	io.stdout.write(`Logged ${kind.name} with ${contact.name} on ${formatDay(date)} in ${contact.path}${change}\n`);
	return 0;
}

function cmdSnooze(io: Io, argv: readonly string[]): number {
	const ctx = context(io, argv, { until: { value: true }, clear: { value: false } });
	const name = oneName(ctx.args);
	const until = parseDayFlag(ctx.args, "until");
	const clear = switchFlag(ctx.args, "clear");
	if (until === undefined && !clear) throw new UsageError("give --until YYYY-MM-DD, or --clear to end a snooze");
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

function cmdPromise(io: Io, argv: readonly string[]): number {
	const action = argv[0];
	const rest = argv.slice(1);
	if (action === "add") {
		const ctx = context(io, rest, { due: { value: true }, what: { value: true } });
		const name = oneName(ctx.args);
		const due = requireDayFlag(ctx.args, "due");
		const what = requireText(ctx.args, "what");
		const vault = loadVault(ctx.root, ctx.today);
		const contact = findContact(vault, name);
		write(ctx, contact, (text) => addPromise(text, due, what, vault.settings), vault.settings);
		io.stdout.write(`Promised ${contact.name} "${what.trim()}" by ${formatDay(due)} (${contact.path})\n`);
		return 0;
	}
	if (action === "keep" || action === "move") {
		const spec: Record<string, FlagSpec> = { what: { value: true }, date: { value: true } };
		if (action === "move") spec.to = { value: true };
		const ctx = context(io, rest, spec);
		const name = oneName(ctx.args);
		const to = action === "move" ? requireDayFlag(ctx.args, "to") : null;
		const date = parseDayFlag(ctx.args, "date") ?? ctx.today;
		const what = stringFlag(ctx.args, "what");
		const vault = loadVault(ctx.root, ctx.today);
		const contact = findContact(vault, name);
		const first = choosePromise(contact.promises, what);
		if (!first.ok) throw new UsageError(`${contact.path} ${first.reason}`);
		write(
			ctx,
			contact,
			(text, current) => {
				const choice = choosePromise(current.promises, what);
				if (!choice.ok) return { ok: false, reason: choice.reason };
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
};

export function run(argv: readonly string[], io: Io): number {
	const [command, ...rest] = argv;
	if (command === undefined || command === "help" || command === "--help" || command === "-h") {
		(command === undefined ? io.stderr : io.stdout).write(USAGE);
		return command === undefined ? 2 : 0;
	}
	const handler = COMMANDS[command];
	if (!handler) {
		io.stderr.write(`tend: unknown command "${command}"\n\n${USAGE}`);
		return 2;
	}
	if (rest.includes("--help")) {
		io.stdout.write(USAGE);
		return 0;
	}
	try {
		return handler(io, rest);
	} catch (e) {
		if (e instanceof UsageError) {
			io.stderr.write(`tend ${command}: ${e.message}\n(run "tend help" for usage)\n`);
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
	return run(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), now: () => Date.now() });
}
