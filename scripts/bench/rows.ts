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
/** The parts main.js is counted in, each with the folder of its sources: Tend's own code, each library it bundles, and the rest (no folder). */
export const BUNDLE_FOLDERS = { tend: "src/", yaml: "node_modules/yaml/", luxon: "node_modules/luxon/", "ical-js": "node_modules/ical.js/", papaparse: "node_modules/papaparse/", other: null } as const;
export const BUNDLE_PARTS = Object.keys(BUNDLE_FOLDERS) as (keyof typeof BUNDLE_FOLDERS)[];
export const BUNDLE_VALUES = ["bundle.main-js", ...BUNDLE_PARTS.map((p) => `bundle.part.${p}`), ...BUNDLE_PARTS.map((p) => `bundle.share.${p}`)];
