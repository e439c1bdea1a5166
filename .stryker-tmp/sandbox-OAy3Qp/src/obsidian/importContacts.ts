/**
 * The "Import contacts" command: pick an export in the vault (a `.vcf`, LinkedIn's
 * Connections.csv or a Google CSV), see what would change, then import. Nothing is written
 * before the user confirms in the preview.
 *
 * The core decides (src/core/exchange/importPlan.ts); this applies it: a new note with
 * `Vault.create`, which refuses a path that exists, so no file is ever replaced; a matched
 * note through the NoteWriter (one editor change when it is open, `Vault.process` otherwise),
 * with the missing properties computed again on the note's text at that moment.
 */
// @ts-nocheck

import { FuzzySuggestModal, Modal, Notice, Setting, TFile, type App, type FuzzyMatch } from "obsidian";
import { addMissingProperties, newPersonNote, planImport, type ImportPlan, type PlannedChange } from "../core/exchange/importPlan";
import { additionWords, emptyTally, linesWord, planLine, tallyWords, type Tally } from "../core/exchange/importReport";
import type { ExistingNote } from "../core/exchange/matching";
import type { ReadPeople } from "../core/exchange/person";
import { IMPORT_EXTENSIONS, readPeople } from "../core/exchange/readPeople";
import type { TendSettings } from "../core/settings";
import type { Clock } from "./clock";
import type { ContactIndex } from "./contactIndex";
import { NoteWriter } from "./noteWriter";

/** What the import and the calendar export need from the plugin. */
export interface ExchangeServices {
	readonly index: ContactIndex;
	readonly clock: Clock;
	readonly settings: () => TendSettings;
}

/** The exports in the vault that an import can take, newest first. */
export function importableFiles(app: App): TFile[] {
	return app.vault
		.getFiles()
		.filter((f) => IMPORT_EXTENSIONS.includes(f.extension.toLowerCase()))
		.sort((a, b) => b.stat.mtime - a.stat.mtime || a.path.localeCompare(b.path));
}

export class ExportPicker extends FuzzySuggestModal<TFile> {
	constructor(
		app: App,
		private readonly files: TFile[],
		private readonly onPick: (file: TFile) => void,
	) {
		super(app);
		this.setPlaceholder("Import contacts from…");
	}

	getItems(): TFile[] {
		return this.files;
	}

	getItemText(file: TFile): string {
		return file.path;
	}

	override renderSuggestion(match: FuzzyMatch<TFile>, el: HTMLElement): void {
		el.createDiv({ text: match.item.name });
		el.createEl("small", { cls: "tend-suggestion-note", text: match.item.path });
	}

	onChooseItem(file: TFile): void {
		this.onPick(file);
	}
}

/** Reads the export and plans the import against the vault's contacts as they are now. */
export async function prepareImport(app: App, services: ExchangeServices, file: TFile): Promise<{ read: ReadPeople; plan: ImportPlan } | { error: string }> {
	const text = await app.vault.read(file);
	const read = readPeople(file.name, text);
	const existing: ExistingNote[] = services.index.all().map((c) => {
		const note = app.vault.getFileByPath(c.path);
		const frontmatter = note ? (app.metadataCache.getFileCache(note)?.frontmatter ?? null) : null;
		return { path: c.path, frontmatter };
	});
	// Compared without case: on macOS and Windows `Ada.md` and `ada.md` are one file.
	const taken = new Set(app.vault.getAllLoadedFiles().map((f) => f.path.toLowerCase()));
	const plan = planImport(read.people, existing, services.settings(), (path) => taken.has(path.toLowerCase()));
	return "error" in plan ? { error: plan.error } : { read, plan };
}

function countOf(plan: ImportPlan): Tally {
	const t = emptyTally();
	for (const c of plan.changes) {
		if (c.kind === "create") t.created++;
		else if (c.kind === "skip") t.skipped++;
		else if (c.additions.length === 0) t.unchanged++;
		else t.updated++;
	}
	return t;
}

async function ensureFolder(app: App, folder: string): Promise<void> {
	if (folder === "" || app.vault.getFolderByPath(folder)) return;
	await app.vault.createFolder(folder);
}

/** Writes the plan; returns one line per person, as `tend import` prints them. */
export async function applyImport(app: App, services: ExchangeServices, plan: ImportPlan, fileName: string): Promise<{ lines: string[]; tally: Tally }> {
	const settings = services.settings();
	const writer = new NoteWriter(app, services.settings, services.clock);
	const tally = emptyTally();
	const lines: string[] = [];
	for (const change of plan.changes) lines.push(await applyChange(app, writer, change, fileName, settings, tally));
	return { lines, tally };
}

async function applyChange(app: App, writer: NoteWriter, change: PlannedChange, fileName: string, settings: TendSettings, tally: Tally): Promise<string> {
	const from = linesWord(fileName, change.lines);
	if (change.kind === "skip") {
		tally.skipped++;
		return planLine(change, fileName);
	}
	if (change.kind === "create") {
		const text = newPersonNote(change.path, change.person, settings);
		if (!text.ok) {
			tally.failed++;
			return `Not written: ${change.path} for ${change.person.name} (${from}): ${text.reason}`;
		}
		if (app.vault.getAbstractFileByPath(change.path)) {
			tally.skipped++;
			return `Skipped ${change.person.name} (${from}): ${change.path} appeared meanwhile; it was not overwritten`;
		}
		try {
			await ensureFolder(app, change.path.includes("/") ? change.path.slice(0, change.path.lastIndexOf("/")) : "");
			await app.vault.create(change.path, text.text);
		} catch (e) {
			// Vault.create refuses a path that exists: the note is left as it is.
			tally.skipped++;
			return `Skipped ${change.person.name} (${from}): ${change.path} could not be created (${e instanceof Error ? e.message : String(e)}); nothing was overwritten`;
		}
		tally.created++;
		return `Created ${change.path} for ${change.person.name} (${from})${change.additions.length > 0 ? `: ${additionWords(change.additions)}` : ""}`;
	}
	let added: string[] = [];
	let kept: string[] = [];
	const outcome = await writer.apply(change.path, (text) => {
		const r = addMissingProperties(text, change.wanted);
		added = r.added;
		kept = r.kept;
		return r.result;
	});
	const how = `matched by ${change.by}`;
	const keptWords = kept.length > 0 ? `; kept ${kept.join("; ")}` : "";
	if (!outcome.ok) {
		tally.failed++;
		return `Not written: ${change.path} (${how}, ${from}): ${outcome.reason}`;
	}
	if (added.length === 0) {
		tally.unchanged++;
		return `Unchanged ${change.path} (${how}, ${from}): nothing to add${keptWords}`;
	}
	tally.updated++;
	return `Added ${added.join(", ")} to ${change.path} (${how}, ${from})${keptWords}`;
}

/** The label and class of a preview row: what will happen to that person. */
function rowKind(change: PlannedChange): [string, string] {
	if (change.kind === "create") return ["new note", "mod-create"];
	if (change.kind === "skip") return ["skipped", "mod-warning"];
	return change.additions.length === 0 ? ["unchanged", "mod-unchanged"] : ["update", "mod-update"];
}

/** The preview: what the file holds and what the import would do; nothing is written before "Import". */
export class ImportPreviewModal extends Modal {
	private busy = false;

	constructor(
		app: App,
		private readonly services: ExchangeServices,
		private readonly file: TFile,
		private readonly read: ReadPeople,
		private readonly plan: ImportPlan,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Import contacts");
		const el = this.contentEl;
		el.empty();
		el.addClass("tend-check", "tend-import");
		const tally = countOf(this.plan);
		const people = this.read.people.length === 1 ? "1 person" : `${this.read.people.length} people`;
		el.createEl("p", { cls: "tend-check-summary", text: `${this.file.path} (${this.read.format}): ${people}. ${tallyWords(tally, true)}.` });
		const list = el.createDiv({ cls: "tend-check-list", attr: { role: "list" } });
		for (const p of this.read.problems) this.item(list, "mod-warning", linesWord(this.file.name, [p.line]), "not read", p.message);
		for (const c of this.plan.changes) {
			const [label, cls] = rowKind(c);
			this.item(list, cls, c.kind === "skip" ? c.person.name : c.path, label, planLine(c, this.file.name));
		}
		const nothing = tally.created === 0 && tally.updated === 0;
		if (tally.created > 0) el.createEl("p", { cls: "setting-item-description", text: "New contacts get no tier: give each one a tier to schedule it. They are listed under needs attention until then." });
		new Setting(el)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) => {
				b.setButtonText(nothing ? "Nothing to import" : "Import").setDisabled(nothing);
				if (!nothing) b.setCta().onClick(() => void this.doImport());
			});
	}

	private item(list: HTMLElement, cls: string, where: string, label: string, message: string): void {
		const item = list.createDiv({ cls: `tend-check-item ${cls}`, attr: { role: "listitem" } });
		item.createSpan({ cls: "tend-check-where", text: where });
		item.createSpan({ cls: "tend-check-severity", text: label });
		item.createDiv({ cls: "tend-check-message", text: message });
	}

	async doImport(): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		const { lines, tally } = await applyImport(this.app, this.services, this.plan, this.file.name);
		new Notice(`Tend: imported ${this.file.name}: ${tallyWords(tally, false)}.`);
		const el = this.contentEl;
		el.empty();
		this.setTitle("Contacts imported");
		el.createEl("p", { cls: "tend-check-summary", text: `${tallyWords(tally, false)}.` });
		const list = el.createDiv({ cls: "tend-check-list", attr: { role: "list" } });
		for (const line of lines) {
			const cls = line.startsWith("Not written") ? "mod-error" : line.startsWith("Skipped") ? "mod-warning" : "";
			list.createDiv({ cls: `tend-check-item ${cls}`.trim(), attr: { role: "listitem" } }).createDiv({ cls: "tend-check-message", text: line });
		}
		new Setting(el).addButton((b) =>
			b
				.setButtonText("Done")
				.setCta()
				.onClick(() => this.close()),
		);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** The command: pick a file, read it, show the preview. */
export function importContacts(app: App, services: ExchangeServices): void {
	const files = importableFiles(app);
	if (files.length === 0) {
		new Notice("Tend: no contacts export in this vault. Put a .vcf file, LinkedIn's Connections.csv or a Google contacts .csv in the vault first.", 10_000);
		return;
	}
	new ExportPicker(app, files, (file) => {
		void prepareImport(app, services, file).then((prepared) => {
			if ("error" in prepared) {
				new Notice(`Tend: ${prepared.error}`, 10_000);
				return;
			}
			if (prepared.read.people.length === 0) {
				const first = prepared.read.problems[0];
				new Notice(`Tend: no people found in ${file.path}${first ? ` (line ${first.line}: ${first.message})` : ""}.`, 10_000);
				return;
			}
			new ImportPreviewModal(app, services, file, prepared.read, prepared.plan).open();
		});
	}).open();
}
