// Mutation testing of the pure edits (run by hand: `npm run mutate -- edits`; not in CI).
import base from "./base.mjs";

export default {
	...base,
	mutate: ["src/core/edits/**/*.ts"],
	jest: { ...base.jest, config: { testMatch: ["<rootDir>/tests/core/edits/**/*.test.ts", "<rootDir>/tests/core/exchange/importPlan.test.ts"] } },
	htmlReporter: { fileName: "reports/mutation/edits.html" },
	jsonReporter: { fileName: "reports/mutation/edits.json" },
};
