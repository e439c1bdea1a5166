// The contact panel and the network stats in a real browser: `npm run test:browser-practices`.
//
// Renders them from the built main.js in Debian's Chromium (/usr/bin/chromium, driven by
// playwright-core; no browser is downloaded) on the example vault, the panel at sidebar width
// (300 px) beside Amara Okafor's note, and the stats modal, in the light theme. It checks that
// nothing in either sticks out or scrolls sideways and that the charts are there, and saves the
// screenshots the docs show (docs/contact-panel.png, docs/network-stats.png); it fails (exit 1)
// on any problem, or when Chromium is missing. The page is the due list's browser harness
// (tests/obsidian/browser/harness.ts), with obsidian-theme.css and Tend's styles.css.
import esbuild from "esbuild";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import stale from "./build-if-stale.cjs";

const { buildIfStale } = stale;
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CHROMIUM = process.env.TEND_CHROMIUM || "/usr/bin/chromium";
const TODAY = "2026-11-27T10:00:00Z";

if (!existsSync(CHROMIUM)) {
	console.error(`browser-practices: FAILED: no Chromium at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium); no browser is downloaded.`);
	process.exit(1);
}

function readVault(dir, rel = "") {
	const out = {};
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const p = rel === "" ? entry.name : `${rel}/${entry.name}`;
		if (entry.isDirectory()) Object.assign(out, readVault(join(dir, entry.name), p));
		else if (entry.name.endsWith(".md")) out[p] = readFileSync(join(dir, entry.name), "utf8");
	}
	return out;
}

buildIfStale({ root });
const work = mkdtempSync(join(tmpdir(), "tend-browser-practices-"));
const profile = mkdtempSync(join(tmpdir(), "tend-chromium-profile-"));
await esbuild.build({
	entryPoints: [join(root, "tests/obsidian/browser/harness.ts")],
	bundle: true,
	format: "iife",
	platform: "browser",
	target: "es2020",
	outfile: join(work, "harness.js"),
	alias: { obsidian: join(root, "tests/obsidian/fakeObsidian.ts") },
	logLevel: "warning",
});
copyFileSync(join(root, "main.js"), join(work, "main.js"));
copyFileSync(join(root, "styles.css"), join(work, "styles.css"));
copyFileSync(join(root, "tests/obsidian/browser/obsidian-theme.css"), join(work, "obsidian-theme.css"));
writeFileSync(
	join(work, "index.html"),
	`<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="obsidian-theme.css"><link rel="stylesheet" href="styles.css">
<script src="harness.js"></script><script src="main.js"></script>
</head><body></body></html>
`,
);

/** In the page: what sticks out sideways, or scrolls sideways, inside `selector`. */
function sideways(selector) {
	const problems = [];
	const box = document.querySelector(selector);
	if (!box) return [`${selector} is not in the page`];
	const br = box.getBoundingClientRect();
	const name = (el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}${el.textContent ? ` "${el.textContent.slice(0, 40)}"` : ""}`;
	for (const el of [box, ...box.querySelectorAll("*")]) {
		const r = el.getBoundingClientRect();
		if (r.width === 0 && r.height === 0) continue;
		if (r.left < br.left - 0.5 || r.right > br.right + 0.5) problems.push(`${name(el)} sticks out: ${r.left.toFixed(1)}..${r.right.toFixed(1)} in ${br.left.toFixed(1)}..${br.right.toFixed(1)}`);
		if (!(el instanceof SVGElement) && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) problems.push(`${name(el)} overflows sideways (${el.scrollWidth} > ${el.clientWidth})`);
	}
	return problems;
}

let failures = 0;
const fail = (what, message) => {
	failures++;
	console.error(`  FAIL ${what}: ${message}`);
};

const files = readVault(join(root, "examples/vault"));
const context = await chromium.launchPersistentContext(profile, {
	executablePath: CHROMIUM,
	headless: true,
	args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
	timezoneId: "UTC",
	deviceScaleFactor: 2,
	viewport: { width: 300, height: 1030 },
});
try {
	const page = await context.newPage();
	const errors = [];
	page.on("pageerror", (e) => errors.push(e.message));
	await page.clock.setFixedTime(new Date(TODAY));
	await page.goto(pathToFileURL(join(work, "index.html")).href);
	await page.evaluate(({ files }) => window.TendHarness.startPanel(files, "People/Amara Okafor.md", { theme: "light" }), { files });
	for (const e of errors) fail("contact panel", e);
	for (const p of await page.evaluate(sideways, ".tend-contact-panel")) fail("contact panel", p);
	const cells = await page.locator(".tend-contact-panel .tend-heat-cell").count();
	if (cells !== 52) fail("contact panel", `the heatmap has ${cells} weeks, not 52`);
	const name = await page.locator(".tend-contact-panel-name").textContent();
	if (name !== "Amara Okafor") fail("contact panel", `it shows "${name}"`);
	const shot = async (locator, file) => {
		const target = failures === 0 ? join(root, "docs", file) : join(tmpdir(), `tend-failed-${file}`);
		await locator.screenshot({ path: target });
		console.log(`  saved ${target.startsWith(root) ? relative(root, target) : target}`);
	};
	await shot(page.locator(".workspace-split.mod-right-split .tend-contact-panel"), "contact-panel.png");

	await page.setViewportSize({ width: 520, height: 1100 });
	await page.evaluate(() => window.TendHarness.showStats());
	for (const p of await page.evaluate(sideways, ".modal")) fail("network stats", p);
	const bars = await page.locator(".tend-stats .tend-chart-bar").count();
	if (bars !== 26) fail("network stats", `the chart has ${bars} weeks, not 26`);
	await shot(page.locator(".modal"), "network-stats.png");
	await page.close();
} finally {
	await context.close();
	rmSync(work, { recursive: true, force: true });
	rmSync(profile, { recursive: true, force: true });
}
if (failures > 0) {
	console.error(`browser-practices: ${failures} problem${failures === 1 ? "" : "s"}`);
	process.exit(1);
}
console.log("browser-practices: the contact panel fits at 300 px and the stats in their modal; screenshots saved");
