/**
 * Icon buttons for a row (log, snooze): the label is read by screen readers and shown as
 * Obsidian's tooltip (no `title`, which would show a second one).
 */
import { setIcon, setTooltip } from "obsidian";

function labelled(button: HTMLButtonElement, label: string, cls: string): HTMLButtonElement {
	button.addClass(cls);
	button.setAttribute("aria-label", label);
	setTooltip(button, label);
	return button;
}

/** A button whose click runs the action without also opening the row under it. */
export function actionButton(parent: HTMLElement, icon: string, label: string, cls: string, run: () => void): void {
	const button = labelled(parent.createEl("button", { cls: "clickable-icon", attr: { type: "button" } }), label, cls);
	setIcon(button, icon);
	button.addEventListener("click", (evt) => {
		evt.stopPropagation();
		run();
	});
}

/**
 * Buttons for a long list, each a copy of one button drawn per icon: the due list draws two
 * per row, and drawing an icon (`setIcon` builds its SVG) cost more than the rest of the row.
 * They have no listener of their own; the list handles their clicks (dueListView.ts).
 */
export class IconButtons {
	private readonly drawn = new Map<string, HTMLButtonElement>();

	add(parent: HTMLElement, icon: string, label: string, cls: string): HTMLButtonElement {
		let template = this.drawn.get(icon);
		if (!template) {
			// Made apart from any window: a copy joins the document of the list it is added to.
			template = createEl("button", { cls: "clickable-icon", attr: { type: "button" } });
			setIcon(template, icon);
			this.drawn.set(icon, template);
		}
		const button = labelled(template.cloneNode(true) as HTMLButtonElement, label, cls);
		parent.appendChild(button);
		return button;
	}
}
