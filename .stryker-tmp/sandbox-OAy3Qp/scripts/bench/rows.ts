/** Every figure's name, stable: they go into docs/benchmarks.md and the issues' closing notes. */
// @ts-nocheck

export const PLUGIN_ROWS = [
	"plugin.contacts-from-cache",
	"plugin.read-all-logs",
	"plugin.update-one-note",
	"plugin.update-other-note",
	"plugin.due-list-from-scratch",
	"core.due-list",
	"plugin.first-paint",
	"plugin.onload-to-list",
	"plugin.all-reads-done",
];
export const PLUGIN_VALUES = ["heap.per-contact", "heap.per-contact.plugin"];
export const CLI_ROWS = ["cli.due", "cli.floor", "cli.due-over-floor"];
export const BUNDLE_VALUES = ["bundle.main-js", "bundle.part.tend", "bundle.part.yaml", "bundle.part.luxon", "bundle.part.other", "bundle.share.tend", "bundle.share.yaml", "bundle.share.luxon", "bundle.share.other"];
