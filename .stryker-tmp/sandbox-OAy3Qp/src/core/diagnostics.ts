/**
 * Problems found in a note. A diagnostic never stops Tend: the bad value is left out of the
 * schedule, the rest of the contact still works, and the note is never rewritten to "fix" it.
 */
// @ts-nocheck

export type Severity = "error" | "warning";

export interface Diagnostic {
	/** Vault-relative path with `/` separators. */
	path: string;
	severity: Severity;
	message: string;
	/** One-based line in the note, when the problem has one. */
	line?: number;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
	return diagnostics.some((d) => d.severity === "error");
}

/** `People/Ada.md:4: error: ...`, the shape compilers use, so editors can jump to it. */
export function formatDiagnostic(d: Diagnostic): string {
	const where = d.line !== undefined ? `${d.path}:${d.line}` : d.path;
	return `${where}: ${d.severity}: ${d.message}`;
}
