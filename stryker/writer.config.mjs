// Mutation testing of the plugin's note writer and undo (`npm run mutate -- writer`; not in CI).
import base from "./base.mjs";

export default {
	...base,
	mutate: ["src/obsidian/noteWriter.ts", "src/obsidian/undo.ts"],
	jest: { ...base.jest, config: { testMatch: ["<rootDir>/tests/obsidian/{noteWriter,writes,undo,commands}.test.ts"] } },
	// The tests load main.js, built once in the sandbox from the instrumented sources, and run
	// in jsdom (their docblock), whose environment reports no coverage to StrykerJS: without
	// coverage analysis, each mutant runs every test above (the active mutant reaches the
	// bundle through the environment variable StrykerJS sets).
	coverageAnalysis: "off",
	htmlReporter: { fileName: "reports/mutation/writer.html" },
	jsonReporter: { fileName: "reports/mutation/writer.json" },
};
