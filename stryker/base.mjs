// What every mutation run shares. StrykerJS mutates the TypeScript sources in a sandbox and
// runs the jest tests that cover each mutant. The plugin's tests load the built main.js: the
// sandbox has no main.js (ignorePatterns), so the tests' global setup builds it from the
// mutated sources, and a mutant in src/obsidian reaches the bundle the tests run.
export default {
	packageManager: "npm",
	testRunner: "jest",
	coverageAnalysis: "perTest",
	jest: { projectType: "custom", configFile: "jest.config.cjs", enableFindRelatedTests: false },
	ignorePatterns: ["main.js", "main.js.map", "dist", "reports", "coverage", ".stryker-tmp"],
	reporters: ["clear-text", "progress", "html", "json"],
	concurrency: 2,
	timeoutMS: 20000,
	// The first run (every test, with coverage per test) is slow on a busy two-core machine.
	dryRunTimeoutMinutes: 30,
	thresholds: { high: 85, low: 70, break: null },
	tempDirName: ".stryker-tmp",
};
