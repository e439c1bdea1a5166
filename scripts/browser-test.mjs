// The due list in a real browser: `npm run test:browser`.
//
// Renders the view from the built main.js in Debian's Chromium (/usr/bin/chromium, driven by
// playwright-core; no browser is downloaded), on the example vault, at sidebar width
// (300 px) and phone width (390 px, body.is-phone), in the light and the dark theme, and
// checks that nothing overflows horizontally, that every row of the due list can be seen
// whole, that a reason wraps to two lines before it is cut, and that every icon button has a
// label and a tooltip. It saves the screenshots the docs show (docs/due-list-*.png: the panel
// from its first line) and fails (exit 1) on any problem, or when Chromium is missing.
//
// The page is tests/obsidian/browser/harness.ts (the fake Obsidian, bundled for the
// browser) with tests/obsidian/browser/obsidian-theme.css standing in for Obsidian's
// stylesheet, plus Tend's own styles.css.
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
const EVIL = "<img src=x onerror=alert(1)>";
const LONG_PROMISE = "Send the EU AI Act summary with the annotated comparison of every member state's implementation timeline and the open questions for the board";

if (!existsSync(CHROMIUM)) {
	console.error(`browser-test: FAILED: no Chromium at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium); no browser is downloaded.`);
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


// The bundle users install, fresh.
const bundle = join(root, "main.js");
buildIfStale({ root });

const work = mkdtempSync(join(tmpdir(), "tend-browser-"));
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
copyFileSync(bundle, join(work, "main.js"));
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

const example = readVault(join(root, "examples/vault"));
const scenarios = [
	{ name: "sidebar, light", width: 300, height: 1210, theme: "light", phone: false, shot: "due-list-light.png" },
	{ name: "sidebar, dark", width: 300, height: 1210, theme: "dark", phone: false, shot: "due-list-dark.png" },
	// A Monday, so that This week holds the whole week's plan.
	{ name: "sidebar, This week on a Monday", width: 300, height: 1210, theme: "light", phone: false, shot: "due-list-this-week.png", forecastShot: "due-list-forecast.png", today: "2026-11-30T10:00:00Z" },
	{ name: "phone, light", width: 390, height: 844, theme: "light", phone: true, shot: "due-list-phone.png" },
	{ name: "phone, dark", width: 390, height: 844, theme: "dark", phone: true, shot: "due-list-phone-dark.png" },
	{ name: "sidebar, a name that is markup", width: 300, height: 600, theme: "light", phone: false, files: { ...example, [`People/${EVIL}.md`]: "---\ntier: A\n---\n" } },
	{ name: "phone, no contacts", width: 390, height: 844, theme: "dark", phone: true, files: { "Notes/Idea.md": "# An idea\n" } },
	{
		name: "sidebar, a reason too long for two lines",
		width: 300,
		height: 600,
		theme: "light",
		phone: false,
		files: { ...example, "People/Zoe Long.md": `---\ntier: A\nlast_contact: 2026-11-20\npromises:\n  - 2026-11-20 ${LONG_PROMISE}\n---\n` },
		longReason: `Promise 7 days late: ${LONG_PROMISE}`,
	},
];

/** In the page: every icon button with a label, Obsidian's tooltip and a visible icon. */
function iconButtonProblems() {
	const problems = [];
	for (const b of document.querySelectorAll(".tend-due-view button, .tend-due-view .clickable-icon")) {
		if (!b.querySelector("svg")) continue;
		const label = b.getAttribute("aria-label") ?? "";
		const where = `${b.className} in "${b.closest(".tend-row")?.querySelector(".tend-row-name")?.textContent ?? "?"}"`;
		if (label.trim() === "") problems.push(`${where} has no aria-label`);
		if (b.getAttribute("data-tooltip") !== label) problems.push(`${where} has no tooltip (setTooltip)`);
		if (b.hasAttribute("title")) problems.push(`${where} has a title too, which shows a second tooltip`);
		const icon = b.querySelector("svg").getBoundingClientRect();
		if (icon.width < 14 || icon.height < 14) problems.push(`${where}: the icon is ${icon.width}x${icon.height} px`);
	}
	return problems;
}

/**
 * In the page: every reason shows in at most two lines, whole when it fits in two; `long`
 * must be cut after its second line. Returns the problems and the line count of each reason.
 */
function reasonProblems(long) {
	const problems = [];
	const lines = {};
	for (const r of document.querySelectorAll(".tend-reason")) {
		const style = getComputedStyle(r);
		const lineHeight = parseFloat(style.lineHeight);
		const content = r.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
		const count = Math.round(content / lineHeight);
		lines[r.textContent] = count;
		if (count < 1 || count > 2) problems.push(`"${r.textContent.slice(0, 50)}" takes ${count} lines`);
		const cut = r.scrollHeight > r.clientHeight + 1;
		if (r.textContent === long) {
			if (!cut || count !== 2) problems.push(`the long reason is not cut after two lines (${count} lines, cut: ${cut})`);
		} else if (cut) problems.push(`"${r.textContent}" is cut although it is not the long one`);
	}
	return { problems, lines };
}

/** In the page: what sticks out sideways, or scrolls sideways, inside the view. */
function horizontalProblems() {
	const problems = [];
	const view = document.querySelector(".tend-due-view");
	if (!view) return ["the due list view is not in the page"];
	const vr = view.getBoundingClientRect();
	const name = (el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}${el.textContent ? ` "${el.textContent.slice(0, 40)}"` : ""}`;
	if (document.documentElement.scrollWidth > window.innerWidth) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${window.innerWidth})`);
	for (const el of [view, ...view.querySelectorAll("*")]) {
		const r = el.getBoundingClientRect();
		if (r.width === 0 && r.height === 0) continue;
		if (r.left < vr.left - 0.5 || r.right > vr.right + 0.5) problems.push(`${name(el)} sticks out: ${r.left.toFixed(1)}..${r.right.toFixed(1)} in ${vr.left.toFixed(1)}..${vr.right.toFixed(1)}`);
		const style = getComputedStyle(el);
		const clipsWithEllipsis = style.textOverflow === "ellipsis";
		if (!clipsWithEllipsis && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) problems.push(`${name(el)} overflows sideways (${el.scrollWidth} > ${el.clientWidth})`);
	}
	return problems;
}

/** In the page: scrolls through the list and returns every row seen whole, in order. */
async function rowsSeenWhole() {
	const scroller = document.querySelector(".tend-due-scroller");
	const titles = { overdue: "Overdue", due: "Due", promises: "Promises", "coming-up": "Coming up", attention: "Needs attention" };
	const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
	const seen = [];
	const problems = [];
	scroller.scrollTop = 0;
	await frame();
	for (let step = 0; step < 200; step++) {
		const sr = scroller.getBoundingClientRect();
		for (const row of scroller.querySelectorAll(".tend-row")) {
			const r = row.getBoundingClientRect();
			if (r.top < sr.top - 0.5 || r.bottom > sr.bottom + 0.5) continue;
			const section = Object.keys(titles).find((id) => row.classList.contains(`tend-row-${id}`));
			const label = `${titles[section]}: ${row.querySelector(".tend-row-name").textContent}`;
			const nameRect = row.querySelector(".tend-row-name").getBoundingClientRect();
			if (r.height <= 0 || nameRect.width < 20) problems.push(`${label}: the name has no room (${nameRect.width.toFixed(1)} px)`);
			for (const reason of row.querySelectorAll(".tend-reason")) {
				const rr = reason.getBoundingClientRect();
				if (rr.height <= 0 || rr.bottom > r.bottom + 0.5) problems.push(`${label}: a reason is cut off`);
			}
			if (!seen.includes(label)) seen.push(label);
		}
		if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
		scroller.scrollTop += Math.max(40, scroller.clientHeight * 0.6);
		await frame();
	}
	scroller.scrollTop = 0;
	await frame();
	return { seen, problems };
}

let failures = 0;
const fail = (scenario, message) => {
	failures++;
	console.error(`  FAIL ${scenario}: ${message}`);
};

const context = await chromium.launchPersistentContext(profile, {
	executablePath: CHROMIUM,
	headless: true,
	args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
	timezoneId: "UTC",
	deviceScaleFactor: 2,
	viewport: { width: 300, height: 800 },
});
try {
	for (const s of scenarios) {
		const files = s.files ?? example;
		const before = failures;
		const page = await context.newPage();
		const errors = [];
		page.on("pageerror", (e) => errors.push(e.message));
		page.on("dialog", async (d) => {
			errors.push(`a dialog opened: ${d.message()}`);
			await d.dismiss();
		});
		await page.setViewportSize({ width: s.width, height: s.height });
		await page.clock.setFixedTime(new Date(s.today ?? TODAY));
		await page.goto(pathToFileURL(join(work, "index.html")).href);
		await page.evaluate(({ files, theme, phone }) => window.TendHarness.start(files, { theme, phone }), { files, theme: s.theme, phone: s.phone });
		for (const e of errors) fail(s.name, e);
		for (const p of await page.evaluate(horizontalProblems)) fail(s.name, p);
		for (const p of await page.evaluate(iconButtonProblems)) fail(s.name, p);
		const reasons = await page.evaluate(reasonProblems, s.longReason ?? null);
		for (const p of reasons.problems) fail(s.name, p);
		// At sidebar width the promise's key words take a second line, and show whole.
		const amara = "Promise 7 days late: Send the EU AI Act summary";
		if (files === example && !s.phone && !s.today && reasons.lines[amara] !== 2) fail(s.name, `"${amara}" takes ${reasons.lines[amara]} lines, not 2`);
		const expected = await page.evaluate((files) => window.TendHarness.expectedRows(files), files);
		const { seen, problems } = await page.evaluate(rowsSeenWhole);
		for (const p of problems) fail(s.name, p);
		if (JSON.stringify(seen) !== JSON.stringify(expected)) fail(s.name, `rows seen whole:\n    ${seen.join("\n    ")}\n  expected:\n    ${expected.join("\n    ")}`);
		if (files === example && expected.length < 15) fail(s.name, `only ${expected.length} rows expected on the example vault`);
		if ((await page.locator("img").count()) > 0) fail(s.name, "an <img> element is in the page");
		if (s.files && s.files[`People/${EVIL}.md`] && !seen.includes(`Due: ${EVIL}`)) fail(s.name, "the contact named like markup is not shown as text");
		if (s.files && !s.files["People/Amara Okafor.md"]) {
			const message = await page.locator(".tend-due-message-title").textContent();
			if (message !== "No contacts yet: create one") fail(s.name, `empty state says "${message}"`);
		}
		if (s.shot) {
			// The panel from its first line: on a phone the whole screen, in the sidebar the sidebar.
			const top = await page.evaluate(() => document.querySelector(".tend-due-view").getBoundingClientRect().top);
			if (top > 1) fail(s.name, `the panel starts ${top} px below the top of the screenshot`);
			// A screenshot of a failing layout goes to the temp folder, never over the docs' one.
			const target = failures === before ? join(root, "docs", s.shot) : join(tmpdir(), `tend-failed-${s.shot}`);
			if (s.phone) await page.screenshot({ path: target });
			else await page.locator(".workspace-split.mod-right-split").screenshot({ path: target });
			console.log(`  saved ${target.startsWith(root) ? relative(root, target) : target}`);
			if (s.forecastShot) {
				// The plan's own scroller at its end: the forecast chart with its legend.
				await page.evaluate(() => {
					const plan = document.querySelector(".tend-plan");
					plan.scrollTop = plan.scrollHeight;
				});
				const second = failures === before ? join(root, "docs", s.forecastShot) : join(tmpdir(), `tend-failed-${s.forecastShot}`);
				await page.locator(".tend-due-view").screenshot({ path: second, clip: undefined });
				console.log(`  saved ${second.startsWith(root) ? relative(root, second) : second}`);
			}
		}
		console.log(`${failures === before ? "ok" : "FAILED"}  ${s.name}: ${seen.length} rows seen whole`);
		await page.close();
	}
} finally {
	await context.close();
	rmSync(work, { recursive: true, force: true });
	rmSync(profile, { recursive: true, force: true });
}

if (failures > 0) {
	console.error(`browser-test: ${failures} problem${failures === 1 ? "" : "s"}`);
	process.exit(1);
}
console.log("browser-test: the due list fits at 300 px and 390 px, light and dark, every row shows whole, reasons wrap to two lines, every icon button is labelled");
