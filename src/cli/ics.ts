/**
 * `tend ics [--out FILE]`: the calendar feed of the vault's contacts (see
 * src/core/exchange/calendarFeed.ts for what it holds). To standard output, or written to
 * FILE in one step (a calendar app that watches the file never reads half of it).
 */
import * as path from "path";
import { hasErrors } from "../core/diagnostics";
import { calendarEvents } from "../core/exchange/calendarFeed";
import { renderCalendar } from "../core/exchange/icsWriter";
import { plural } from "../core/words";
import { stringFlag, UsageError } from "./args";
import { replaceAtomically } from "./createFile";
import { loadVaultWithMentions } from "./vaultMentions";
import { vaultArgs, type CommandIo } from "./vaultArgs";


export function cmdIcs(io: CommandIo, argv: readonly string[]): number {
	const { args, root, today } = vaultArgs(io, argv, { out: { value: true } });
	if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0] ?? ""}"`);
	const out = stringFlag(args, "out");
	const vault = loadVaultWithMentions(root, today);
	const events = calendarEvents(vault.contacts, today, vault.settings, { vaultName: path.basename(root) });
	const text = renderCalendar(events, { name: "Tend", stampMs: io.now() });
	if (hasErrors(vault.diagnostics)) io.stderr.write(`tend ics: some contact notes have errors (their bad values are left out): run "tend check" to see them\n`);
	if (out === undefined) {
		io.stdout.write(text);
		return 0;
	}
	const file = path.resolve(io.cwd, out);
	replaceAtomically(file, text);
	io.stdout.write(`Wrote ${plural(events.length, "event")} for ${plural(vault.contacts.length, "contact")} to ${out}\n`);
	return 0;
}
