/** Picks a contact by name, for commands run outside a contact note. */
// @ts-nocheck

import { FuzzySuggestModal, type App, type FuzzyMatch } from "obsidian";
import type { Contact } from "../core/contact";

export class ContactPicker extends FuzzySuggestModal<Contact> {
	private readonly contacts: Contact[];

	constructor(
		app: App,
		contacts: readonly Contact[],
		placeholder: string,
		private readonly onPick: (contact: Contact) => void,
	) {
		super(app);
		this.contacts = [...contacts].sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || (a.path < b.path ? -1 : 1));
		this.setPlaceholder(placeholder);
	}

	getItems(): Contact[] {
		return this.contacts;
	}

	getItemText(contact: Contact): string {
		return contact.name;
	}

	override renderSuggestion(match: FuzzyMatch<Contact>, el: HTMLElement): void {
		el.createDiv({ text: match.item.name });
		el.createEl("small", { cls: "tend-suggestion-note", text: match.item.path });
	}

	onChooseItem(contact: Contact): void {
		this.onPick(contact);
	}
}
