/** Every figure's name, stable: they go into docs/benchmarks.md and the issues' closing notes. */
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
/** The parts main.js is counted in: Tend's own code, each library it bundles, and the rest. */
export const BUNDLE_PARTS = ["tend", "yaml", "luxon", "ical-js", "papaparse", "other"] as const;
export const BUNDLE_VALUES = ["bundle.main-js", ...BUNDLE_PARTS.map((p) => `bundle.part.${p}`), ...BUNDLE_PARTS.map((p) => `bundle.share.${p}`)];
