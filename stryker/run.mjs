// `npm run mutate -- TARGET...`: runs StrykerJS on each target (edits, write, writer, index).
import { spawnSync } from "node:child_process";
const targets = process.argv.slice(2);
const known = ["edits", "write", "writer", "index"];
if (targets.length === 0 || targets.some((t) => !known.includes(t))) {
	console.error(`usage: npm run mutate -- ${known.join("|")} [...]`);
	process.exit(2);
}
for (const t of targets) {
	const r = spawnSync("npx", ["stryker", "run", `stryker/${t}.config.mjs`], { stdio: "inherit", env: { TEND_PROPERTY_RUNS: "100", ...process.env } });
	if (r.status !== 0) process.exit(r.status ?? 1);
}
