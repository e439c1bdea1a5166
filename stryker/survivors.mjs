// `node stryker/survivors.mjs reports/mutation/index.json [STATUS...]`: the mutants of a
// StrykerJS JSON report that no test caught (Survived and NoCoverage unless told), by source
// line, each with its mutator and its replacement (the mutated sub-expression only), to triage.
import { readFileSync } from "node:fs";

const [report, ...wanted] = process.argv.slice(2);
if (!report) {
	console.error("usage: node stryker/survivors.mjs REPORT.json [Survived|NoCoverage|Timeout...]");
	process.exit(2);
}
const statuses = new Set(wanted.length > 0 ? wanted : ["Survived", "NoCoverage"]);
const { files } = JSON.parse(readFileSync(report, "utf8"));
for (const [name, file] of Object.entries(files)) {
	const lines = file.source.split("\n");
	const left = file.mutants.filter((m) => statuses.has(m.status)).sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
	console.log(`${name}: ${left.length} of ${file.mutants.length} mutants`);
	let last = 0;
	for (const m of left) {
		const line = m.location.start.line;
		if (line !== last) console.log(`\n${line}| ${lines[line - 1].trim()}`);
		last = line;
		console.log(`    #${m.id} ${m.status} ${m.mutatorName}: ${JSON.stringify(m.replacement ?? "")}`);
	}
}
