// Mutation testing of the plugin's note writer and undo (`npm run mutate -- writer`; not in CI).
import base from "./base.mjs";

export default {
	...base,
	mutate: ["src/obsidian/noteWriter.ts", "src/obsidian/undo.ts"],
	jest: { ...base.jest, config: { testMatch: ["<rootDir>/tests/obsidian/{noteWriter,writes,undo,commands}.test.ts"] } },
	// The tests load main.js, built once in the sandbox from the instrumented sources, so
	// per-test coverage of the bundle is not known: every mutant runs every test above.
	coverageAnalysis: "all",
	htmlReporter: { fileName: "reports/mutation/writer.html" },
	jsonReporter: { fileName: "reports/mutation/writer.json" },
};
