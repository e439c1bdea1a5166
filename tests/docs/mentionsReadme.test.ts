/**
 * The README's "Contact recorded where it happens" example runs: the daily note as shown, the
 * meaning the README gives it, and `tend promise keep` printing and writing what it shows.
 */
import * as fs from "fs";
import * as path from "path";
import { loadMentions } from "../../src/cli/mentions";
import { loadVault } from "../../src/cli/vault";
import { formatDay, parseIsoDay } from "../../src/core/calendar";
import { makeVault, read, removeVault, tend } from "../cli/support";

const README = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
const SECTION = README.slice(README.indexOf("## Contact recorded where it happens"), README.indexOf("### Details: how links and dates are read"));

/** The fenced blocks of the section, in order. */
function blocks(): string[] {
	return [...SECTION.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
}

const person = (tier: string) => `---\ntier: ${tier}\n---\n`;

test("the daily note means what the README says, and keeping the promise writes what it shows", () => {
	const [daily, command, output, before, after] = blocks();
	if (!daily || !command || !output || !before || !after) throw new Error("the README section lost an example");
	const root = makeVault({ "Daily/2026-11-20.md": daily, "People/Ada Lovelace.md": person("A"), "People/Grace Hopper.md": person("B"), "People/Alan Turing.md": person("C") });
	try {
		const today = parseIsoDay("2026-11-27") as number;
		const vault = loadVault(root, today);
		const { index } = loadMentions(root, vault.settings, vault.contacts, today);
		const on = (p: string) => index.mentionsOf(p).map((m) => formatDay(m.day));
		expect(on("People/Ada Lovelace.md")).toEqual(["2026-11-20"]);
		expect(on("People/Grace Hopper.md")).toEqual(["2026-11-20"]);
		expect(on("People/Alan Turing.md")).toEqual([]);
		expect(index.promisesOf("People/Ada Lovelace.md").map((p) => `${formatDay(p.due)} ${p.what}`)).toEqual(["2026-12-04 Send Ada Lovelace the deck"]);
		expect(index.keptOf("People/Ada Lovelace.md").map((k) => formatDay(k.done))).toEqual(["2026-11-20"]);

		const words = [...command.trim().matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "");
		expect(words[0]).toBe("tend");
		const r = tend([...words.slice(1), "--vault", root, "--today", "2026-12-03"]);
		expect(r.stderr).toBe("");
		expect(r.stdout).toBe(output);
		expect(read(root, "Daily/2026-11-20.md")).toBe(daily.replace(before, after));
		expect(read(root, "People/Ada Lovelace.md")).toBe(person("A"));
	} finally {
		removeVault(root);
	}
});
