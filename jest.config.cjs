// Dates are calendar days, so the suite must pass in any time zone. It runs in UTC unless TZ
// is set: `.ci/run` also runs it in America/Los_Angeles and Pacific/Kiritimati (UTC+14).
// (Set here, in the main process, so every worker inherits it.)
process.env.TZ = process.env.TZ || "UTC";

/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: "node",
	testMatch: ["<rootDir>/tests/**/*.test.ts"],
	transform: {
		"^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true, diagnostics: false }],
		// The CLI's display-width library and its dependencies ship only as ES modules: compile
		// them to CommonJS for jest (esbuild bundles them for the real CLI).
		"/node_modules/.+\\.js$": ["ts-jest", { tsconfig: { allowJs: true, isolatedModules: true }, diagnostics: false }],
	},
	transformIgnorePatterns: ["/node_modules/(?!(string-width|get-east-asian-width|strip-ansi|ansi-regex|emoji-regex)/)"],
	// The `obsidian` package holds only types; tests and the built main.js get the fake.
	moduleNameMapper: { "^obsidian$": "<rootDir>/tests/obsidian/fakeObsidian.ts" },
	// The plugin's integration tests load the built main.js: build it first when it is stale.
	globalSetup: "<rootDir>/tests/obsidian/globalSetup.cjs",
};
