// @ts-nocheck
// A racing editor for the race tests (tests/cli/race.ts): a separate process that writes a note
// the way other programs do while `tend log` processes write it too. It runs until STOPFILE
// exists, then prints what it did as one JSON line.
//
//   node raceEditor.cjs rewrite NOTE STOPFILE [MIN-MAX]
//     Rewrites the note in place, as editors and fs.writeFile do: it opens the note, reads it,
//     bumps the number on its "Revision: N" line, truncates the file and writes the text back
//     in 64-byte chunks with pauses of up to 3 ms, then rests MIN-MAX ms (default 30-150). It reads and writes
//     through one handle, so on its own it never loses anyone's text; any loss is Tend's. Each
//     read is checked: the note must be whole (see `whole` below), never a fragment.
//     Prints {"rewrites": N, "fragments": N, "samples": [...]}.
//
//   node raceEditor.cjs append NOTE STOPFILE [MIN-MAX]
//     Appends "appended line N" lines (N = 0, 1, 2...), one write each, every MIN-MAX ms
//     (default 5-120).
//     Prints {"appended": N}.
"use strict";
const fs = require("fs");

const [mode, note, stopFile, pauses] = process.argv.slice(2);
const [pauseMin, pauseMax] = (pauses || (mode === "rewrite" ? "30-150" : "5-120")).split("-").map(Number);
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const between = (lo, hi) => lo + Math.floor(Math.random() * (hi - lo + 1));

/** The shape every complete version of the race note has (see race.ts). */
function whole(text) {
	return /^---\ntier: A\nlast_contact: \d{4}-\d{2}-\d{2}\n---\n# Ada\n\nMet at the conference\.\n(?:.+\n)+Revision: \d+\n\n## Touchpoints\n(?:- .+\n)*- 2026-10-01 call — Caught up\n/.test(text);
}

function readAll(fd) {
	const chunks = [];
	let pos = 0;
	for (;;) {
		const buf = Buffer.alloc(65536);
		const n = fs.readSync(fd, buf, 0, buf.length, pos);
		if (n === 0) break;
		chunks.push(buf.subarray(0, n));
		pos += n;
	}
	return Buffer.concat(chunks).toString("utf8");
}

if (mode === "rewrite") {
	let rewrites = 0;
	let fragments = 0;
	const samples = [];
	while (!fs.existsSync(stopFile)) {
		const fd = fs.openSync(note, "r+");
		const text = readAll(fd);
		if (!whole(text)) {
			fragments++;
			if (samples.length < 3) samples.push(text);
		}
		const next = Buffer.from(text.replace(/^Revision: (\d+)$/m, (_, n) => `Revision: ${Number(n) + 1}`), "utf8");
		fs.ftruncateSync(fd, 0);
		for (let at = 0; at < next.length; at += 64) {
			fs.writeSync(fd, next, at, Math.min(64, next.length - at), at);
			sleep(between(0, 3));
		}
		fs.closeSync(fd);
		rewrites++;
		sleep(between(pauseMin, pauseMax));
	}
	process.stdout.write(`${JSON.stringify({ rewrites, fragments, samples })}\n`);
} else if (mode === "append") {
	let appended = 0;
	while (!fs.existsSync(stopFile)) {
		fs.appendFileSync(note, `appended line ${appended}\n`);
		appended++;
		sleep(between(pauseMin, pauseMax));
	}
	process.stdout.write(`${JSON.stringify({ appended })}\n`);
} else {
	process.stderr.write("usage: node raceEditor.cjs rewrite|append NOTE STOPFILE\n");
	process.exit(2);
}
