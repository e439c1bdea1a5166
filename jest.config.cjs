// Dates are calendar days, so the suite must pass in any time zone. It runs in UTC unless TZ
// is set: `.ci/run` also runs it in America/Los_Angeles and Pacific/Kiritimati (UTC+14).
// (Set here, in the main process, so every worker inherits it.)
process.env.TZ = process.env.TZ || "UTC";

/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: "node",
	testMatch: ["<rootDir>/tests/**/*.test.ts"],
	// A mutation run (`npm run mutate`) keeps its sandboxes here; they are copies of the project.
	modulePathIgnorePatterns: ["<rootDir>/.stryker-tmp/", "<rootDir>/reports/"],
	transform: {
		// tsconfig.json with source maps (it turns them off for the type check): coverage and
		// stack traces then point at the lines of the .ts files, not of the compiled code.
		"^.+\\.ts$": ["ts-jest", { tsconfig: { sourceMap: true }, isolatedModules: true, diagnostics: false }],
		// The built plugin is loaded as it is, with its source map (tests/obsidian/bundleTransform.cjs).
		"^.+[\\\\/]main\\.js$": "<rootDir>/tests/obsidian/bundleTransform.cjs",
		// The CLI's display-width library and its dependencies ship only as ES modules: compile
		// them to CommonJS for jest (esbuild bundles them for the real CLI).
		"/node_modules/.+\\.js$": ["ts-jest", { tsconfig: { allowJs: true, isolatedModules: true }, diagnostics: false }],
	},
	transformIgnorePatterns: ["/node_modules/(?!(string-width|get-east-asian-width|strip-ansi|ansi-regex|emoji-regex)/)"],
	// The `obsidian` package holds only types; tests and the built main.js get the fake.
	moduleNameMapper: { "^obsidian$": "<rootDir>/tests/obsidian/fakeObsidian.ts" },
	// The plugin's integration tests load the built main.js: build it first when it is stale.
	globalSetup: "<rootDir>/tests/obsidian/globalSetup.cjs",
	// Coverage (`npm run test:coverage`) per source file. The plugin's tests run the built
	// main.js, so its coverage is mapped back to src/ through main.js.map: V8 records what the
	// bundle ran, and the map says which line of which source file each part came from.
	// `forceCoverageMatch` lets the bundle in although it is not itself under src/.
	coverageProvider: "v8",
	collectCoverageFrom: ["src/**/*.ts"],
	forceCoverageMatch: ["**/main.js", "!**/node_modules/**"],
	coverageReporters: ["text", "text-summary", "lcov"],
};
