/** Temporary vaults and an in-process `tend` for the CLI tests. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run, type Io } from "../../src/cli/main";

export function makeVault(files: Record<string, string | Buffer>): string {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), "tend-vault-"));
	for (const [rel, content] of Object.entries(files)) {
		const abs = path.join(root, ...rel.split("/"));
		fs.mkdirSync(path.dirname(abs), { recursive: true });
		fs.writeFileSync(abs, content);
	}
	return root;
}

export function removeVault(root: string): void {
	fs.rmSync(root, { recursive: true, force: true });
}

/**
 * A `vault(files)` for one test file: each call makes a temporary vault, and all of them are
 * removed after the file's tests.
 */
export function tempVaults(): (files: Record<string, string>) => string {
	const made: string[] = [];
	afterAll(() => made.forEach(removeVault));
	return (files) => {
		const root = makeVault(files);
		made.push(root);
		return root;
	};
}

export function read(root: string, rel: string): string {
	return fs.readFileSync(path.join(root, ...rel.split("/")), "utf8");
}

export interface Ran {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs `tend ARGS` in-process, as the bin script would, with captured output. */
export function tend(args: string[], options: { cwd?: string; tty?: boolean; env?: Record<string, string> } = {}): Ran {
	let stdout = "";
	let stderr = "";
	const io: Io = {
		stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false },
		stderr: { write: (s: string) => (stderr += s) },
		env: options.env ?? {},
		cwd: options.cwd ?? process.cwd(),
		now: () => Date.UTC(2026, 10, 27, 12),
	};
	const code = run(args, io);
	return { code, stdout, stderr };
}

export function note(frontmatter: string, body = ""): string {
	return `---\n${frontmatter.trim()}\n---\n${body}`;
}

/**
 * Builds the `tend` command from the current sources, before the file's tests, into a temporary
 * folder laid out as the package is (`bin/tend.js` beside `dist/tend.cjs`), and returns a getter
 * for the bin script's path. Tests that run tend as child processes use their own build, so a
 * rebuild of `dist/` by another test can never swap the file under a running process.
 */
export function builtCli(): () => string {
	const root = path.join(__dirname, "..", "..");
	let dir = "";
	beforeAll(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), "tend-cli-"));
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const esbuild = require("esbuild") as typeof import("esbuild");
		// The same options as the CLI build in esbuild.config.mjs.
		esbuild.buildSync({ entryPoints: [path.join(root, "src", "cli", "main.ts")], bundle: true, platform: "node", target: "node18", format: "cjs", outfile: path.join(dir, "dist", "tend.cjs"), logLevel: "error" });
		fs.mkdirSync(path.join(dir, "bin"));
		fs.copyFileSync(path.join(root, "bin", "tend.js"), path.join(dir, "bin", "tend.js"));
	});
	afterAll(() => {
		if (dir) fs.rmSync(dir, { recursive: true, force: true });
	});
	return () => path.join(dir, "bin", "tend.js");
}
