#!/usr/bin/env node
// @ts-nocheck
// The `tend` command. The code lives in src/cli and is bundled to dist/tend.cjs by
// `npm run build` (which `npm ci` runs too, through the "prepare" script).
"use strict";
const fs = require("fs");
const path = require("path");

const bundle = path.join(__dirname, "..", "dist", "tend.cjs");
if (!fs.existsSync(bundle)) {
	process.stderr.write('tend: not built yet; run "npm run build" in ' + path.dirname(__dirname) + "\n");
	process.exit(2);
}
process.exitCode = require(bundle).main(process.argv.slice(2));
