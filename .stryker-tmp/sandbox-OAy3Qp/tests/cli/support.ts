/** Temporary vaults and an in-process `tend` for the CLI tests. */
// @ts-nocheck

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run, type Io } from "../../src/cli/main";
import { buildCliCopy } from "./race";

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
 * Builds the `tend` command from the current sources before the file's tests, into a temporary
 * folder (see `buildCliCopy`), and returns a getter for its bin script.
 */
export function builtCli(): () => string {
	let dir = "";
	let cli = "";
	beforeAll(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), "tend-cli-"));
		cli = buildCliCopy(path.join(__dirname, "..", ".."), dir);
	});
	afterAll(() => {
		if (dir) fs.rmSync(dir, { recursive: true, force: true });
	});
	return () => cli;
}
