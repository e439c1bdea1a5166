/**
 * `tend intros [--json]`: pairs of contacts worth introducing, where one's goal meets the
 * other's offer, best first, leaving out pairs already introduced
 * (src/core/insights/intros.ts). The first 20 are printed unless `--all`; `--json` has all.
 */
import { introductions, type Introduction } from "../core/insights/intros";
import { plural } from "../core/words";
import { switchFlag, UsageError } from "./args";
import { loadProfiles } from "./profiles";
import { vaultArgs, type CommandIo } from "./vaultArgs";

function introJson(i: Introduction) {
	const who = (c: { name: string; path: string; tier: string | null }) => ({ name: c.name, path: c.path, tier: c.tier });
	return {
		a: who(i.a),
		b: who(i.b),
		words: i.words,
		directions: i.directions.map((d) => ({ seeker: who(d.seeker), goal: d.goal, helper: who(d.helper), offer: d.offer, words: d.words })),
	};
}

/** Pairs shown without --all: a large vault can have hundreds. */
export const SHOWN_INTROS = 20;

export function formatIntros(intros: readonly Introduction[], all = false): string {
	if (intros.length === 0) {
		return "No introductions to suggest: no contact's goal shares a word with another contact's offer (add goals and offers to contact notes).\n";
	}
	const out = [`Introductions worth making: ${plural(intros.length, "pair")}`, ""];
	const shown = all ? intros : intros.slice(0, SHOWN_INTROS);
	for (const i of shown) {
		out.push(`  ${i.a.name} and ${i.b.name} (${i.words.join(", ")})`);
		for (const d of i.directions) out.push(`    ${d.seeker.name}'s goal "${d.goal}" meets ${d.helper.name}'s offer "${d.offer}"`);
	}
	if (shown.length < intros.length) out.push(`  … and ${intros.length - shown.length} more ("tend intros --all" lists them)`);
	out.push("", 'Log one with an intro entry in both notes (tend log A B --kind intro --summary "Introduced [[A]] and [[B]]"); it is then not suggested again.');
	return `${out.join("\n")}\n`;
}

export function cmdIntros(io: CommandIo, argv: readonly string[]): number {
	const { args, root, today } = vaultArgs(io, argv, { json: { value: false }, all: { value: false } });
	if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0] ?? ""}"`);
	const { profiles } = loadProfiles(root, today);
	const intros = introductions(profiles);
	if (switchFlag(args, "json")) io.stdout.write(`${JSON.stringify({ introductions: intros.map(introJson) }, null, 2)}\n`);
	else io.stdout.write(formatIntros(intros, switchFlag(args, "all")));
	return 0;
}
