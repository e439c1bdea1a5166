/**
 * The flags every `tend` command shares (`--vault DIR`, `--today YYYY-MM-DD`), in one place
 * for main.ts and the command modules beside it (`tend ics`, `tend import`): a vault folder
 * that does not exist and a date that is not one are usage errors (exit 2).
 */
// @ts-nocheck

import * as fs from "fs";
import * as path from "path";
import { parseIsoDay, type Day } from "../core/calendar";
import { parseArgs, stringFlag, UsageError, type FlagSpec, type ParsedArgs } from "./args";
import { localToday } from "./clock";

/** What a command module needs from the process (main.ts's `Io` has this shape). */
export interface CommandIo {
	stdout: { write(text: string): unknown; isTTY?: boolean };
	stderr: { write(text: string): unknown };
	env: Record<string, string | undefined>;
	cwd: string;
	now(): number;
}

export interface VaultArgs {
	args: ParsedArgs;
	/** The vault folder, absolute. */
	root: string;
	/** The vault as the user named it, for messages. */
	shown: string;
	today: Day;
}

const COMMON: Record<string, FlagSpec> = { vault: { value: true }, today: { value: true } };

/** `--today`: a calendar date, never relative (the relative dates count from it). */
export function parseTodayFlag(args: ParsedArgs): Day | undefined {
	const text = stringFlag(args, "today");
	if (text === undefined) return undefined;
	const day = parseIsoDay(text.trim());
	if (day === null) {
		const shape = /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? "is not a date that exists" : "is not a date (YYYY-MM-DD)";
		throw new UsageError(`--today ${text} ${shape}`);
	}
	return day;
}

/** Parses a command's flags with the shared ones, and checks the vault folder exists. */
export function vaultArgs(io: CommandIo, argv: readonly string[], spec: Record<string, FlagSpec>): VaultArgs {
	const args = parseArgs(argv, { ...COMMON, ...spec });
	const root = path.resolve(io.cwd, stringFlag(args, "vault") ?? ".");
	let isDir = false;
	try {
		isDir = fs.statSync(root).isDirectory();
	} catch {
		isDir = false;
	}
	if (!isDir) throw new UsageError(`the vault folder ${root} does not exist`);
	return { args, root, shown: stringFlag(args, "vault") ?? ".", today: parseTodayFlag(args) ?? localToday(io.now()) };
}
