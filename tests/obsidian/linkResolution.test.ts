/**
 * @jest-environment jsdom
 *
 * Which note a link means. The plugin asks Obsidian (`metadataCache.getFirstLinkpathDest`) and
 * keeps no map of the vault's names of its own; the CLI has no app to ask and resolves with
 * VaultResolver (src/core/mentions/resolve.ts), its model of the same rules. Here: the fake's
 * getFirstLinkpathDest follows those rules (so the plugin's tests mean something), it agrees
 * with VaultResolver on any vault (so `tend` and the plugin count the same mentions), and the
 * plugin takes the app's answer, with the contacts' aliases only for a link the app leaves
 * unresolved.
 */
import fc from "fast-check";
import { VaultResolver } from "../../src/core/mentions/resolve";
import { LINK_CASES, LINK_NOTES as NOTES } from "../support/linkCases";
import { App, MetadataCache, TFile } from "./fakeObsidian";
import { openDueList, rows, settle, startPlugin, stopPlugins, useClock } from "./harness";

afterEach(() => {
	stopPlugins();
	jest.restoreAllMocks();
	jest.useRealTimers();
});

function vaultOf(paths: readonly string[]): App {
	return new App(Object.fromEntries(paths.map((p) => [p, "text\n"])));
}

describe("the fake's getFirstLinkpathDest", () => {
	const app = vaultOf([...NOTES, "Files/photo.png", "Files/photo.md"]);
	const dest = (link: string, source: string) => app.metadataCache.getFirstLinkpathDest(link, source)?.path ?? null;

	test.each([
		...LINK_CASES,
		["a file that is not a note, by its full name", "photo.png", "x.md", "Files/photo.png"],
		["a name without extension is the note", "photo", "x.md", "Files/photo.md"],
		["two paths that differ only in case, neither spelled as the link: the shortest, then code-point order", "PEOPLE/ADA LOVELACE", "x.md", "People/Ada Lovelace.md"],
	])("%s", (_what, link, source, expected) => {
		expect(dest(link, source)).toBe(expected);
	});

	test("nothing, and a path above the vault, resolve to nothing", () => {
		expect(dest("Nobody", "x.md")).toBeNull();
		expect(dest("../../x", "a.md")).toBeNull();
	});

	test("current at once after a create, a rename and a delete", async () => {
		const live = vaultOf(["People/Ada.md"]);
		const at = (link: string) => live.metadataCache.getFirstLinkpathDest(link, "Daily/x.md")?.path ?? null;
		expect(at("Ada")).toBe("People/Ada.md");
		const top = await live.vault.create("Ada.md", "top\n");
		expect(at("Ada")).toBe("Ada.md");
		await live.vault.rename(top, "Archive/Ace.md");
		expect(at("Ada")).toBe("People/Ada.md");
		expect(at("Ace")).toBe("Archive/Ace.md");
		await live.vault.delete(live.vault.getFileByPath("Archive/Ace.md") as TFile);
		expect(at("Ace")).toBeNull();
	});
});

test("the fake and VaultResolver agree on any vault of notes: the plugin and the CLI resolve links alike", () => {
	const segment = fc.constantFrom("a", "A", "b", "People", "people", "zz", "Ada", "ada", "Note");
	const notePath = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => `${parts.join("/")}.md`);
	const link = fc.tuple(fc.array(segment, { minLength: 1, maxLength: 3 }), fc.constantFrom("", ".md"), fc.constantFrom("", "./", "../", "/")).map(([parts, ext, lead]) => `${lead}${parts.join("/")}${ext}`);
	fc.assert(
		fc.property(fc.uniqueArray(notePath, { minLength: 1, maxLength: 12 }), fc.array(link, { minLength: 1, maxLength: 8 }), fc.nat(), (paths, links, pick) => {
			const app = vaultOf(paths);
			const resolver = new VaultResolver(paths);
			const source = paths[pick % paths.length] as string;
			for (const l of links) {
				expect([l, app.metadataCache.getFirstLinkpathDest(l, source)?.path ?? null]).toEqual([l, resolver.resolve(l, source)]);
			}
		}),
		// The first disagreement this property found: two folders that differ only in case.
		{ numRuns: 300, examples: [[["a.md", "People/a/Note.md", "People/A/Note.md"], ["people/a/Note", "a"], 0]] },
	);
});

describe("the plugin resolves links as the app does", () => {
	// A short cadence keeps Ada due either way, so her row says which last contact counted.
	const ADA = "---\ntier: A\ncadence: 5d\nlast_contact: 2026-09-01\n---\n# Ada\n";
	const DAILY = "# Friday\n\nLunch with [[The Countess]].\n";

	async function adaDays(files: Record<string, string>, before?: (app: App) => void): Promise<string | undefined> {
		useClock(2026, 11, 27);
		const running = await startPlugin(files, { before });
		await settle();
		const view = await openDueList(running.app);
		await settle();
		return rows(view).find((r) => r.name === "Ada")?.days;
	}

	test("a link the app resolves to a contact is that contact's mention, whatever Tend's own rules would say", async () => {
		const files = { "People/Ada.md": ADA, "Daily/2026-11-20.md": DAILY };
		// Without the app's say, [[The Countess]] is a link to no note.
		expect(await adaDays(files)).toBe("87d");
		stopPlugins();
		// The app resolves it to Ada (as if by a rule of Obsidian's that Tend does not know).
		const original = MetadataCache.prototype.getFirstLinkpathDest;
		let appOf: App | null = null;
		const asked = jest.spyOn(MetadataCache.prototype, "getFirstLinkpathDest").mockImplementation(function (this: MetadataCache, linkpath: string, source: string) {
			return linkpath === "The Countess" ? (appOf as App).vault.getFileByPath("People/Ada.md") : original.call(this, linkpath, source);
		});
		expect(await adaDays(files, (app) => (appOf = app))).toBe("7d");
		expect(asked).toHaveBeenCalledWith("The Countess", "Daily/2026-11-20.md");
	});

	test("a link the app leaves unresolved is the contact whose aliases hold it", async () => {
		const files = { "People/Ada.md": ADA.replace("tier: A\n", "tier: A\naliases: [The Countess]\n"), "Daily/2026-11-20.md": DAILY };
		expect(await adaDays(files)).toBe("7d");
	});

	test("a link the app resolves to another note is not the contact of that alias", async () => {
		const files = { "People/Ada.md": ADA.replace("tier: A\n", "tier: A\naliases: [The Countess]\n"), "Daily/2026-11-20.md": DAILY, "Books/The Countess.md": "A novel\n" };
		expect(await adaDays(files)).toBe("87d");
	});
});

test("in a host without getFirstLinkpathDest, the plugin resolves links by its own map of names, kept current", async () => {
	useClock(2026, 11, 27);
	const ada = "---\ntier: A\ncadence: 5d\nlast_contact: 2026-09-01\naliases: [Ace]\n---\n# Ada\n";
	const running = await startPlugin(
		{ "People/Ada.md": ada, "Daily/2026-11-20.md": "# Friday\n\nLunch with [[Ada]].\n" },
		{ before: (app) => Object.defineProperty(app.metadataCache, "getFirstLinkpathDest", { value: undefined }) },
	);
	await settle();
	const view = await openDueList(running.app);
	await settle();
	const days = () => rows(view).find((r) => r.name === "Ada")?.days;
	expect(days()).toBe("7d");
	// A note of the same name nearer the link's note takes the link from then on.
	await running.app.vault.create("Daily/Ada.md", "Not the contact\n");
	await running.app.vault.create("Daily/2026-11-25.md", "# Wednesday\n\nCoffee with [[Ada]].\n");
	await settle();
	expect(days()).toBe("7d");
	// An alias still counts for a link no note answers to.
	await running.app.vault.create("Journal/2026-11-21.md", "# Saturday\n\nA walk with [[Ace]].\n");
	await settle();
	expect(days()).toBe("6d");
});
