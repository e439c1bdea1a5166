/**
 * An icon button for a row (log, snooze): its label is read by screen readers and shown as
 * Obsidian's tooltip (no `title`, which would show a second one); a click runs the action
 * without also opening the row under it.
 */
import { setIcon, setTooltip } from "obsidian";

export function actionButton(parent: HTMLElement, icon: string, label: string, cls: string, run: () => void): void {
	const button = parent.createEl("button", { cls: `clickable-icon ${cls}`, attr: { type: "button", "aria-label": label } });
	setTooltip(button, label);
	setIcon(button, icon);
	button.addEventListener("click", (evt) => {
		evt.stopPropagation();
		run();
	});
}
