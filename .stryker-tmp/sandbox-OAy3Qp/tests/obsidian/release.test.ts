/**
 * Releasing: `npm version` runs version-bump.mjs (manifest.json and versions.json follow
 * package.json), and the tag workflow checks, builds and drafts a release with the three
 * files Obsidian installs. The repository's address is the same everywhere it is written.
 */
// @ts-nocheck

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "yaml";
import { ROOT } from "./harness";

const read = (f: string) => fs.readFileSync(path.join(ROOT, f), "utf8");

describe("version-bump.mjs", () => {
	function bump(version: string | undefined) {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tend-bump-"));
		for (const f of ["manifest.json", "versions.json"]) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
		const env: NodeJS.ProcessEnv = { ...process.env };
		delete env.npm_package_version;
		if (version !== undefined) env.npm_package_version = version;
		const r = spawnSync(process.execPath, [path.join(ROOT, "version-bump.mjs")], { cwd: dir, env, encoding: "utf8" });
		const files = { manifest: fs.readFileSync(path.join(dir, "manifest.json"), "utf8"), versions: fs.readFileSync(path.join(dir, "versions.json"), "utf8") };
		fs.rmSync(dir, { recursive: true, force: true });
		return { ...r, ...files };
	}

	test("sets the manifest's version and maps it to minAppVersion in versions.json, keeping the old entries", () => {
		const r = bump("0.2.0");
		expect(r.status).toBe(0);
		const manifest = JSON.parse(r.manifest);
		expect(manifest.version).toBe("0.2.0");
		expect({ ...manifest, version: "x" }).toEqual({ ...JSON.parse(read("manifest.json")), version: "x" });
		expect(JSON.parse(r.versions)).toEqual({ ...JSON.parse(read("versions.json")), "0.2.0": manifest.minAppVersion });
		// The files keep their tab indentation and final newline.
		expect(r.manifest).toMatch(/^\{\n\t"id": "tend",/);
		expect(r.versions.endsWith("}\n")).toBe(true);
	});

	test.each([["v0.2.0"], ["0.2"], [undefined]])("refuses %p and changes nothing", (version) => {
		const r = bump(version);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/is not a version Obsidian accepts/);
		expect(r.manifest).toBe(read("manifest.json"));
		expect(r.versions).toBe(read("versions.json"));
	});

	test("npm version runs it and stages both files", () => {
		expect(JSON.parse(read("package.json")).scripts.version).toBe("node version-bump.mjs && git add manifest.json versions.json");
	});
});

describe("the release workflow", () => {
	const workflow = parse(read(".github/workflows/release.yml")) as {
		on: { push: { tags: string[] } };
		permissions: Record<string, string>;
		jobs: { release: { steps: { name?: string; run?: string; uses?: string }[] } };
	};
	const steps = workflow.jobs.release.steps;
	const runs = steps.map((s) => s.run ?? "").join("\n");

	test("runs on a pushed tag and may write the release", () => {
		expect(workflow.on.push.tags).toEqual(["*"]);
		expect(workflow.permissions.contents).toBe("write");
	});

	test("installs, typechecks, lints, tests in three time zones and builds, in that order, before it drafts the release", () => {
		const order = ["npm ci", "npm run typecheck", "npm run lint", "TZ=UTC npm test", "TZ=America/Los_Angeles npm test", "TZ=Pacific/Kiritimati npm test", "npm run build", "gh release create"];
		const at = order.map((c) => runs.indexOf(c));
		expect(at.every((i) => i >= 0)).toBe(true);
		expect([...at].sort((a, b) => a - b)).toEqual(at);
	});

	test("drafts the release named after the tag, with main.js, manifest.json and styles.css as files", () => {
		const release = steps.find((s) => s.run?.includes("gh release create"))?.run ?? "";
		expect(release).toMatch(/gh release create "\$GITHUB_REF_NAME" main\.js manifest\.json styles\.css/);
		expect(release).toContain("--draft");
		expect(release).toContain('--title "$GITHUB_REF_NAME"');
	});

	test("stops when the tag is not the version (a v in front, or a version not bumped)", () => {
		const check = steps.find((s) => s.name?.startsWith("The tag is the version"))?.run ?? "";
		const script = /node -e '([\s\S]*)'/.exec(check)?.[1];
		if (!script) throw new Error("no version check");
		const runCheck = (tag: string) => spawnSync(process.execPath, ["-e", script], { cwd: ROOT, env: { ...process.env, GITHUB_REF_NAME: tag }, encoding: "utf8" });
		const version = JSON.parse(read("manifest.json")).version as string;
		expect(runCheck(version).status).toBe(0);
		const withV = runCheck(`v${version}`);
		expect(withV.status).toBe(1);
		expect(withV.stderr).toContain(`the tag v${version} is not manifest.json version ${version}`);
		expect(runCheck("99.0.0").status).toBe(1);
	});
});

describe("the repository's address", () => {
	const repo = "https://github.com/tend-crm/tend";
	test("is the same in package.json, the manifest's authorUrl and the README", () => {
		const pkg = JSON.parse(read("package.json"));
		expect(pkg.repository).toEqual({ type: "git", url: `git+${repo}.git` });
		expect(pkg.bugs.url).toBe(`${repo}/issues`);
		expect(JSON.parse(read("manifest.json")).authorUrl).toBe(repo.slice(0, repo.lastIndexOf("/")));
		expect(read("README.md")).toContain(repo);
	});
});
