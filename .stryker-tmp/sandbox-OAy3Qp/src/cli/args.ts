/**
 * A small, strict argument parser: `--flag value`, `--flag=value`, boolean `--flag`, and
 * positional words. Unknown flags are errors (exit 2), never silently ignored.
 *
 * A value never looks like an option: in `--summary --today 2026-11-27` the user forgot the
 * summary, so taking `--today` as the summary would write the wrong text into a note. The next
 * word is a flag's value only when it does not start with `--` and is not `-h` or `-V` (a
 * leading single dash stays a value: `--date -3d`). A value that does start with `--` is given
 * with `=`: `--summary=--draft--`. An empty or blank value is an error too: no flag means
 * "nothing".
 */
// @ts-nocheck


export class UsageError extends Error {}

export interface FlagSpec {
	/** Takes a value (`--kind share`) or is a switch (`--json`). */
	value: boolean;
}

export interface ParsedArgs {
	positionals: string[];
	flags: Map<string, string | true>;
}

/** Words that are always options, never values: `--anything`, `-h`, `-V`. */
export function looksLikeOption(word: string): boolean {
	return word.startsWith("--") || word === "-h" || word === "-V";
}

/** Whether the words ask for help (`--help` or `-h`), looking only before a `--`. */
export function wantsHelp(argv: readonly string[]): boolean {
	for (const arg of argv) {
		if (arg === "--") return false;
		if (arg === "--help" || arg === "-h") return true;
	}
	return false;
}

export function parseArgs(argv: readonly string[], spec: Record<string, FlagSpec>): ParsedArgs {
	const positionals: string[] = [];
	const flags = new Map<string, string | true>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		if (arg === "--") {
			positionals.push(...argv.slice(i + 1));
			break;
		}
		if (!arg.startsWith("--") || arg === "-") {
			if (arg.startsWith("-") && arg.length > 1 && !/^-\d/.test(arg)) throw new UsageError(`unknown option ${arg}`);
			positionals.push(arg);
			continue;
		}
		const eq = arg.indexOf("=");
		const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
		const flag = spec[name];
		if (!flag) throw new UsageError(`unknown option --${name}`);
		if (flags.has(name)) throw new UsageError(`--${name} is given twice`);
		if (!flag.value) {
			if (eq !== -1) throw new UsageError(`--${name} takes no value`);
			flags.set(name, true);
			continue;
		}
		let value: string | undefined;
		if (eq !== -1) value = arg.slice(eq + 1);
		else {
			value = argv[i + 1];
			if (value !== undefined && looksLikeOption(value)) {
				throw new UsageError(`--${name} needs a value, but "${value}" is an option; to give a value that starts with "--", write --${name}=${value}`);
			}
			i++;
		}
		if (value === undefined) throw new UsageError(`--${name} needs a value`);
		if (value.trim() === "") throw new UsageError(`--${name} is empty; give it a value, or leave it out`);
		flags.set(name, value);
	}
	return { positionals, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
	const v = args.flags.get(name);
	return typeof v === "string" ? v : undefined;
}

export function switchFlag(args: ParsedArgs, name: string): boolean {
	return args.flags.get(name) === true;
}
