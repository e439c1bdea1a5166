// @ts-nocheck
// Builds main.js before the plugin's integration tests load it, so they always test the
// bundle users install (built by esbuild.config.mjs, minified), never a stale one.
const { buildIfStale } = require("../../scripts/build-if-stale.cjs");

module.exports = async function buildPlugin() {
	buildIfStale();
};
