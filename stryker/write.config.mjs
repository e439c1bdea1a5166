// Mutation testing of the CLI's atomic write (`npm run mutate -- write`; not in CI).
import base from "./base.mjs";

export default {
	...base,
	mutate: ["src/cli/atomicWrite.ts"],
	// The in-process tests of applyEdit; the race and kill tests run a built CLI, which the
	// sandbox does not rebuild per mutant.
	jest: { ...base.jest, config: { testMatch: ["<rootDir>/tests/cli/atomicWrite.test.ts", "<rootDir>/tests/cli/atomicWrite.more.test.ts", "<rootDir>/tests/cli/symlinks.test.ts"] } },
	concurrency: 1,
	timeoutMS: 60000,
	htmlReporter: { fileName: "reports/mutation/write.html" },
	jsonReporter: { fileName: "reports/mutation/write.json" },
};
