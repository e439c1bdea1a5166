/**
 * A real `tend log` process killed with SIGKILL while it holds the note's lock (the test-only
 * TEND_TEST_HOLD_LOCK_MS makes it hold the lock before reading the note): the next write must
 * not wait for that lock at all.
 */
// @ts-nocheck

import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { lockPath } from "../../src/cli/atomicWrite";
import { builtCli, note, read, tempVaults, tend } from "./support";

const vault = tempVaults();
const cli = builtCli();
const ADA = note("tier: A\nlast_contact: 2026-10-01", "# Ada\n\n## Touchpoints\n- 2026-10-01 call — Caught up\n");
const logArgs = (root: string, summary: string) => ["log", "Ada", "--vault", root, "--today", "2026-11-27", "--kind", "call", "--summary", summary];

/** Resolves once `test()` holds, checking every 20 ms (the test's timeout bounds the wait). */
async function until(test: () => boolean): Promise<void> {
	while (!test()) await new Promise((resolve) => setTimeout(resolve, 20));
}

function lockHolder(file: string): number | null {
	try {
		return (JSON.parse(fs.readFileSync(lockPath(file), "utf8")) as { pid: number }).pid;
	} catch {
		return null;
	}
}

describe("a tend log killed with kill -9 while it holds the lock", () => {
	it("holds a live lock that it refreshes, and after the kill the next write takes the lock at once", async () => {
		const root = vault({ "People/Ada.md": ADA });
		const file = path.join(root, "People", "Ada.md");
		const child = spawn(process.execPath, [cli(), ...logArgs(root, "killed")], { env: { ...process.env, TEND_TEST_HOLD_LOCK_MS: "600000" }, stdio: "ignore" });
		const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
		await until(() => lockHolder(file) === child.pid);

		// While it lives, its lock is respected: a writer that will not wait is refused.
		const blocked = tend(logArgs(root, "while it holds the lock"), { env: { TEND_LOCK_WAIT_MS: "0" } });
		expect(blocked.code).toBe(2);
		expect(blocked.stderr).toContain(`another tend process (pid ${child.pid} on this computer) is still writing the note`);

		// It refreshes its lock while it holds it.
		fs.utimesSync(lockPath(file), new Date(0), new Date(0));
		await until(() => fs.statSync(lockPath(file)).mtimeMs > 0);

		child.kill("SIGKILL");
		expect(await exited).toBe("SIGKILL");
		expect(lockHolder(file)).toBe(child.pid);

		// TEND_LOCK_WAIT_MS=0: this write succeeds only if the dead writer's lock is stale at once.
		const after = tend(logArgs(root, "after the kill"), { env: { TEND_LOCK_WAIT_MS: "0" } });
		expect(after).toMatchObject({ code: 0, stderr: "" });
		expect(read(root, "People/Ada.md")).toBe(note("tier: A\nlast_contact: 2026-11-27", "# Ada\n\n## Touchpoints\n- 2026-11-27 call — after the kill\n- 2026-10-01 call — Caught up\n"));
		expect(fs.readdirSync(path.join(root, "People"))).toEqual(["Ada.md"]);
	}, 60_000);
});
