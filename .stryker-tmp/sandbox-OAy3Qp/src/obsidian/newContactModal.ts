/** The form for a new contact: the person's name and, optionally, their tier. */
// @ts-nocheck

import { Setting, type App } from "obsidian";
import type { TendSettings } from "../core/settings";
import { FormModal } from "./formModal";

export class NewContactModal extends FormModal {
	private name = "";
	private tier: string;

	constructor(
		app: App,
		private readonly settings: TendSettings,
		private readonly folder: string,
		private readonly onSubmit: (name: string, tier: string) => Promise<string | null>,
	) {
		super(app, "New contact", "Create");
		this.tier = settings.tiers[1]?.name ?? settings.tiers[0]?.name ?? "";
	}

	protected build(el: HTMLElement): void {
		new Setting(el)
			.setName("Name")
			.setDesc(`The note is created in ${this.folder === "" ? "the vault's top folder" : `${this.folder}/`}.`)
			.addText((t) => {
				t.setPlaceholder("Full name").onChange((v) => (this.name = v));
				window.setTimeout(() => t.inputEl.focus(), 0);
			});
		new Setting(el)
			.setName("Tier")
			.setDesc("How often to be in touch. Without a tier the contact is not scheduled yet.")
			.addDropdown((d) => {
				for (const t of this.settings.tiers) d.addOption(t.name, `${t.name} (every ${t.cadence})`);
				d.addOption("", "No tier yet");
				d.setValue(this.tier).onChange((v) => (this.tier = v));
			});
	}

	protected async submit(): Promise<string | null> {
		if (this.name.trim() === "") return "Write the person's name.";
		return this.onSubmit(this.name, this.tier);
	}
}
