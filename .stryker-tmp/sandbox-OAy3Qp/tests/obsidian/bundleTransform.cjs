// @ts-nocheck
// A jest transform for the built main.js: the code stays byte for byte the bundle users
// install (it is not compiled again), and jest gets the bundle's source map (main.js.map,
// written beside it by esbuild.config.mjs and never shipped). With the map, coverage of the
// plugin tests is reported per source file (src/obsidian/*.ts, src/core/*.ts) instead of for
// one minified bundle.
//
// The map is trimmed to Tend's own sources first: the bundled libraries (yaml, luxon) are
// not Tend's code, and coverage would otherwise list every file of theirs.
const crypto = require("crypto");
const fs = require("fs");

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

/** The segments of a source map's `mappings`, per generated line, with absolute values. */
function decodeMappings(mappings) {
	const lines = [];
	const state = [0, 0, 0, 0, 0]; // column, source, line, column, name (the last four carry over lines)
	for (const lineText of mappings.split(";")) {
		state[0] = 0;
		const segments = [];
		for (const segmentText of lineText.split(",")) {
			if (segmentText === "") continue;
			const fields = [];
			let value = 0;
			let shift = 0;
			for (const c of segmentText) {
				const digit = B64_VALUE.get(c);
				if (digit === undefined) throw new Error(`main.js.map: "${c}" is not a base64 digit`);
				value += (digit & 31) << shift;
				if (digit & 32) shift += 5;
				else {
					fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
					value = 0;
					shift = 0;
				}
			}
			const segment = fields.map((delta, i) => (state[i] += delta));
			segments.push(segment);
		}
		lines.push(segments);
	}
	return lines;
}

function encodeValue(n) {
	let v = n < 0 ? (-n << 1) | 1 : n << 1;
	let out = "";
	do {
		let digit = v & 31;
		v >>>= 5;
		if (v > 0) digit |= 32;
		out += B64[digit];
	} while (v > 0);
	return out;
}

function encodeMappings(lines) {
	const state = [0, 0, 0, 0, 0];
	return lines
		.map((segments) => {
			state[0] = 0;
			return segments
				.map((segment) => segment.map((value, i) => {
					const delta = value - state[i];
					state[i] = value;
					return encodeValue(delta);
				}).join(""))
				.join(",");
		})
		.join(";");
}

/** The map with only the sources `keep` accepts (and the mappings into them). */
function trimSourceMap(map, keep) {
	const renumber = new Map();
	const sources = [];
	const sourcesContent = [];
	map.sources.forEach((source, i) => {
		if (!keep(source)) return;
		renumber.set(i, sources.length);
		sources.push(source);
		sourcesContent.push(map.sourcesContent ? map.sourcesContent[i] : null);
	});
	const lines = decodeMappings(map.mappings).map((segments) =>
		segments.flatMap((segment) => {
			if (segment.length === 1) return [segment];
			const to = renumber.get(segment[1]);
			return to === undefined ? [] : [[segment[0], to, ...segment.slice(2)]];
		}),
	);
	return { ...map, sources, sourcesContent, mappings: encodeMappings(lines) };
}

const isTends = (source) => !source.split(/[\\/]/).includes("node_modules");

function readMap(bundlePath) {
	const mapPath = `${bundlePath}.map`;
	return fs.existsSync(mapPath) ? fs.readFileSync(mapPath, "utf8") : null;
}

module.exports = {
	process(sourceText, sourcePath) {
		const raw = readMap(sourcePath);
		if (raw === null) return { code: sourceText };
		return { code: sourceText, map: trimSourceMap(JSON.parse(raw), isTends) };
	},
	getCacheKey(sourceText, sourcePath) {
		return crypto
			.createHash("sha256")
			.update(sourceText)
			.update("\0")
			.update(readMap(sourcePath) ?? "")
			.update("\0")
			.update(fs.readFileSync(__filename))
			.digest("hex");
	},
	trimSourceMap,
	decodeMappings,
	encodeMappings,
};
