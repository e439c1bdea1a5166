// Mutation testing of the plugin's contact index (`npm run mutate -- index`; not in CI).
import base from "./base.mjs";

export default {
	...base,
	mutate: ["src/obsidian/contactIndex.ts"],
	jest: { ...base.jest, config: { testMatch: ["<rootDir>/tests/obsidian/{contactIndex,view,dueList,readerParity}.test.ts"] } },
	coverageAnalysis: "all",
	htmlReporter: { fileName: "reports/mutation/index.html" },
	jsonReporter: { fileName: "reports/mutation/index.json" },
};
