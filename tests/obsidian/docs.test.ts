/**
 * @jest-environment jsdom
 *
 * docs/plugin.md cannot drift from the plugin: every before/after example runs through the
 * built plugin's command and form, every documented default is the real default, and every
 * documented command and setting exists under that name.
 */
import * as fs from "fs";
import * as path from "path";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { openModals } from "./fakeObsidian";
import { click, flush, ROOT, setField, settingTab, settle, startPlugin, stopPlugins, topModal, useClock } from "./harness";

const doc = fs.readFileSync(path.join(ROOT, "docs", "plugin.md"), "utf8");

interface Example {
	path: string;
	before: string;
	title: string;
	fields: [string, string][];
	after: string;
}

function examples(): Example[] {
	const re = /<!-- example before: (.+?) -->\n```markdown\n([\s\S]*?)```\n\n<!-- example form: (.+?) -->\n<!-- example after -->\n```markdown\n([\s\S]*?)```/g;
	return [...doc.matchAll(re)].map((m) => {
		const [title, ...fields] = (m[3] as string).split(" | ");
		return {
			path: m[1] as string,
			before: m[2] as string,
			title: title as string,
			fields: fields.map((f) => {
				const at = f.indexOf(": ");
				return [f.slice(0, at), f.slice(at + 2)] as [string, string];
			}),
			after: m[4] as string,
		};
	});
}

afterEach(() => {
	stopPlugins();
	jest.useRealTimers();
});

test("the docs hold an example for every command that writes to a contact", () => {
	expect(examples().map((e) => e.title)).toEqual(["Log a touchpoint", "Snooze", "Add a promise", "Mark a promise kept", "Move a promise"]);
});

test.each(examples().map((e) => [e.title, e] as [string, Example]))("the example of %s is what the plugin writes", async (_title, e) => {
	useClock(2026, 11, 27);
	const running = await startPlugin({ [e.path]: e.before, "People/Someone else.md": "---\ntier: C\n---\n" });
	await settle();
	const app = running.app;
	const command = [...app.commands.values()].find((c) => c.name === `Tend: ${e.title}` || c.name === `Tend: ${e.title} a contact`);
	if (!command) throw new Error(`no command named like "${e.title}"`);
	expect(app.executeCommandById(command.id)).toBe(true);
	// Pick the contact the example is about.
	const picker = topModal() as unknown as { inputEl: HTMLInputElement; resultContainerEl: HTMLElement };
	const name = path.basename(e.path, ".md");
	picker.inputEl.value = name;
	picker.inputEl.dispatchEvent(new Event("input"));
	await flush();
	click(Array.from(picker.resultContainerEl.querySelectorAll(".suggestion-item")).find((el) => el.textContent?.startsWith(name)) as Element);
	await flush();
	if (e.fields.length > 0) {
		const form = topModal().contentEl;
		for (const [field, value] of e.fields) setField(form, field, value);
		const submit = Array.from(form.querySelectorAll("button")).find((b) => b.classList.contains("mod-cta"));
		click(submit as HTMLButtonElement);
		await flush();
	}
	expect(openModals).toHaveLength(0);
	expect(app.vault.text(e.path)).toBe(e.after);
});

function table(heading: string): string[][] {
	const at = doc.indexOf(`### ${heading}\n`);
	if (at < 0) throw new Error(`no section ${heading}`);
	const end = doc.indexOf("\n### ", at + 1);
	const section = doc.slice(at, end < 0 ? undefined : end);
	return section
		.split("\n")
		.filter((l) => l.startsWith("| ") && !l.startsWith("| ---") && !/^\| (setting|tier|default kinds) \|/.test(l))
		.map((l) => l.split(" | ").map((c) => c.replace(/^\| |\s*\|$/g, "").trim()));
}

const unquote = (s: string) => s.replace(/^`|`$/g, "");

test("every documented default is the real default, under the setting's real name in the tab", async () => {
	useClock(2026, 11, 27);
	const running = await startPlugin({});
	const tab = settingTab(running.app);
	tab.display();
	const names = new Set(Array.from(tab.containerEl.querySelectorAll(".setting-item-name")).map((n) => n.textContent));
	const settings = DEFAULT_SETTINGS as unknown as Record<string, unknown>;
	const rows = ["Finding contacts", "Property names", "Capacity", "Touchpoint log", "Dated notes and tasks", "Reminders", "Morning digest", "New contacts"].flatMap(table);
	expect(rows.length).toBe(3 + 13 + 3 + 3 + 5 + 4 + 1 + 2);
	const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
	for (const [label, value] of rows) {
		const m = /^(.+) \(`([\w.]+)`\)$/.exec(label as string);
		if (!m) throw new Error(`a settings row without its field: ${label}`);
		expect(names).toContain(m[1]);
		const field = m[2] as string;
		const actual = field.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], settings);
		let documented: unknown = unquote(value as string);
		if (field === "logOrder") documented = (documented as string).toLowerCase().replace(" ", "-");
		if ((value as string).startsWith("empty")) documented = "";
		if (typeof actual === "number") documented = Number(documented);
		if (typeof actual === "boolean") documented = documented === "on" ? true : documented === "off" ? false : documented;
		if (Array.isArray(actual)) documented = (value as string).startsWith("empty") ? [] : unquote(value as string).split(", ").map((d) => DAYS.indexOf(d) + 1);
		expect([field, documented]).toEqual([field, actual]);
	}
	expect(table("Tiers").map((r) => r.map(unquote))).toEqual(DEFAULT_SETTINGS.tiers.map((t) => [t.name, t.cadence, t.positiveEvery]));
	const kinds = table("Touchpoint kinds").flatMap(([list, direction]) => (list as string).split(", ").map((k) => `${unquote(k)} ${direction}`));
	expect(kinds.sort()).toEqual(DEFAULT_SETTINGS.kinds.map((k) => `${k.name} ${k.direction}`).sort());
});

test("every command is documented under its name, and only those", async () => {
	useClock(2026, 11, 27);
	const running = await startPlugin({});
	const commandsSection = doc.slice(doc.indexOf("## Commands"), doc.indexOf("## Settings"));
	const documented = [...commandsSection.matchAll(/^\*\*([A-Z][^*]*?(?:\?|(?=\.)))\.?\*\*/gm)].map((m) => m[1]);
	const actual = [...running.app.commands.values()].map((c) => c.name.replace(/^Tend: /, ""));
	expect(documented.sort()).toEqual(actual.sort());
});

test("the screenshots the docs show exist", () => {
	for (const m of doc.matchAll(/!\[[^\]]*\]\(([^)]+\.png)\)/g)) expect(fs.existsSync(path.join(ROOT, "docs", m[1] as string))).toBe(true);
});
