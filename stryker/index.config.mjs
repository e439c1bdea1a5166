// Mutation testing of the plugin's contact index (`npm run mutate -- index`; not in CI).
import base from "./base.mjs";

export default {
	...base,
	mutate: ["src/obsidian/contactIndex.ts"],
	jest: { ...base.jest, config: { testMatch: ["<rootDir>/tests/obsidian/{contactIndex,view,dueList,readerParity}.test.ts"] } },
	// The tests run in jsdom (their docblock), whose environment reports no coverage to
	// StrykerJS: without coverage analysis, each mutant runs every test above (the active mutant
	// reaches the bundle through the environment variable StrykerJS sets).
	coverageAnalysis: "off",
	htmlReporter: { fileName: "reports/mutation/index.html" },
	jsonReporter: { fileName: "reports/mutation/index.json" },
};
