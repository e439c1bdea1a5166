/**
 * Profiles for `npm run bench -- --profile DIR`: where the time of each row goes, and what
 * the index keeps in memory.
 *
 * - CPU: V8's sampling profiler (the one `node --cpu-prof` starts), run in-process only
 *   during a row's timed sections, so the vault's generation and the fake's indexing never
 *   show up. Each row writes its raw `.cpuprofile` (open it in Chrome DevTools) and a
 *   markdown summary: self time by function, by source file, and total (inclusive) time by
 *   function, each named by its source file and line (`src/core/log.ts:120`, not `bench.cjs`).
 * - Memory: two heap snapshots, before the index is built and after every log is read; the
 *   objects only the second holds (V8 keeps object ids across snapshots of one process) are
 *   what the index retains, grouped by kind and, for plain objects, by their property names.
 */
// @ts-nocheck

import * as fs from "fs";
import { Session } from "inspector";
import { SourceMap } from "module";
import * as path from "path";
import { fileURLToPath } from "url";

interface CallFrame {
	functionName: string;
	url: string;
	lineNumber: number;
	columnNumber: number;
}

interface ProfileNode {
	id: number;
	callFrame: CallFrame;
	children?: number[];
}

export interface CpuProfile {
	nodes: ProfileNode[];
	startTime: number;
	endTime: number;
	samples: number[];
	timeDeltas: number[];
}

/** In-process CPU profiling, started and stopped around each timed section. */
export class CpuProfiler {
	private readonly session = new Session();
	readonly profiles: CpuProfile[] = [];

	constructor(intervalMicros = 200) {
		this.session.connect();
		// The inspector answers these synchronously inside one thread.
		this.session.post("Profiler.enable");
		this.session.post("Profiler.setSamplingInterval", { interval: intervalMicros });
	}

	start(): void {
		this.session.post("Profiler.start");
	}

	stop(): void {
		this.session.post("Profiler.stop", (error, result) => {
			if (error) throw error;
			this.profiles.push(result.profile as CpuProfile);
		});
	}

	close(): void {
		this.session.disconnect();
	}
}

/**
 * Maps a position in a bundle to the source it came from: through the bundle's source map
 * when it has one (`file.map`, as run.mjs and the unminified main.js are built), else to the
 * file only, from the `// path` comments esbuild writes before each module (dist/tend.cjs).
 */
class SourceFiles {
	private readonly cache = new Map<string, { map: SourceMap | null; dir: string; markers: { line: number; file: string }[] }>();
	constructor(private readonly root: string) {}

	private load(url: string) {
		let entry = this.cache.get(url);
		if (entry) return entry;
		const file = url.startsWith("file:") ? fileURLToPath(url) : url;
		let text = "";
		try {
			text = fs.readFileSync(file, "utf8");
		} catch {
			// node: internals and evaluated code have no file.
		}
		let map: SourceMap | null = null;
		try {
			map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, "utf8")));
		} catch {
			map = null;
		}
		const markers: { line: number; file: string }[] = [];
		const lines = text.split("\n");
		for (let i = 0; i < lines.length; i++) {
			const m = /^\/\/ ((?:[\w@.-]+\/)*[\w@.-]+\.(?:ts|js|mjs|cjs|json))$/.exec(lines[i] as string);
			if (m) markers.push({ line: i, file: m[1] as string });
		}
		entry = { map, dir: path.dirname(file), markers };
		this.cache.set(url, entry);
		return entry;
	}

	/** `src/core/log.ts:120` (one-based line), `src/core/log.ts`, or "" when there is no file. */
	where(url: string, line: number, column: number): string {
		if (url === "") return "";
		const { map, dir, markers } = this.load(url);
		if (map) {
			const found = map.findEntry(line, column) as { originalSource?: string; originalLine?: number };
			if (found.originalSource) {
				const source = found.originalSource.startsWith("file:") ? fileURLToPath(found.originalSource) : path.resolve(dir, found.originalSource);
				return `${path.relative(this.root, source).split(path.sep).join("/")}:${(found.originalLine ?? 0) + 1}`;
			}
		}
		let found = -1;
		for (let lo = 0, hi = markers.length - 1; lo <= hi; ) {
			const mid = (lo + hi) >> 1;
			if ((markers[mid] as { line: number }).line <= line) {
				found = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		if (found >= 0) return (markers[found] as { file: string }).file;
		if (url.startsWith("node:")) return url;
		// A file loaded from disk as it is (jsdom, the floor's yaml): its path in the repository.
		const file = url.startsWith("file:") ? fileURLToPath(url) : url;
		const inRoot = path.relative(this.root, file);
		const named = inRoot.startsWith("..") || path.isAbsolute(inRoot) ? path.basename(file) : inRoot.split(path.sep).join("/");
		return `${named}:${line + 1}`;
	}
}

interface Tally {
	label: string;
	file: string;
	ms: number;
}

function pct(ms: number, total: number): string {
	return total > 0 ? `${((100 * ms) / total).toFixed(1)} %` : "-";
}

/** Which part of the code a file belongs to: a folder of src, a package, Node, the fake. */
function areaOf(file: string): string {
	if (file.startsWith("src/")) return file.split("/").slice(0, 2).join("/");
	const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
	if (pkg) return `package ${pkg[1]}`;
	if (file.startsWith("node:")) return "Node itself";
	if (file.startsWith("tests/obsidian/")) return "the fake Obsidian";
	if (file.startsWith("scripts/")) return "the bench";
	return file;
}

/** A function with no file: the collector, a regular expression, a native function. */
function builtinArea(label: string): string {
	if (label.startsWith("(")) return label;
	if (label.startsWith("RegExp:")) return "regular expressions";
	return "native functions (fs, strings, ...)";
}

/** A markdown summary of one or more profiles of the same work. */
export function summarizeCpu(title: string, profiles: readonly CpuProfile[], root: string, top = 25): string {
	const sources = new SourceFiles(root);
	const self = new Map<string, Tally>();
	const total = new Map<string, Tally>();
	const byFile = new Map<string, number>();
	const byArea = new Map<string, number>();
	let sampled = 0;
	for (const profile of profiles) {
		const nodes = new Map<number, ProfileNode>();
		const parent = new Map<number, number>();
		for (const node of profile.nodes) {
			nodes.set(node.id, node);
			for (const child of node.children ?? []) parent.set(child, node.id);
		}
		const keyOf = new Map<number, { key: string; label: string; file: string }>();
		const describe = (id: number) => {
			let d = keyOf.get(id);
			if (!d) {
				const frame = (nodes.get(id) as ProfileNode).callFrame;
				const name = frame.functionName || "(anonymous)";
				const where = sources.where(frame.url, frame.lineNumber, frame.columnNumber);
				d = { key: `${name}@${where}`, label: name, file: where };
				keyOf.set(id, d);
			}
			return d;
		};
		for (let i = 0; i < profile.samples.length; i++) {
			const id = profile.samples[i] as number;
			const next = profile.timeDeltas[i + 1];
			const ms = (next !== undefined ? next : Math.max(0, profile.endTime - profile.startTime - profile.timeDeltas.reduce((s, d) => s + d, 0))) / 1000;
			sampled += ms;
			const d = describe(id);
			const s = self.get(d.key) ?? { label: d.label, file: d.file, ms: 0 };
			s.ms += ms;
			self.set(d.key, s);
			const file = d.file === "" ? d.label : d.file.replace(/:\d+$/, "");
			byFile.set(file, (byFile.get(file) ?? 0) + ms);
			const area = d.file === "" ? builtinArea(d.label) : areaOf(file);
			byArea.set(area, (byArea.get(area) ?? 0) + ms);
			// Inclusive time: every function on the stack, once even when it recurses.
			const seen = new Set<string>();
			for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
				const a = describe(at);
				if (a.label === "(root)" || seen.has(a.key)) continue;
				seen.add(a.key);
				const t = total.get(a.key) ?? { label: a.label, file: a.file, ms: 0 };
				t.ms += ms;
				total.set(a.key, t);
			}
		}
	}
	const lines: string[] = [`# ${title}`, "", `${profiles.length} profiled run(s), ${sampled.toFixed(1)} ms sampled (V8 sampling profiler).`, ""];
	const table = (heading: string, rows: Tally[]) => {
		lines.push(`## ${heading}`, "", "| share | ms | function | where |", "| ---: | ---: | --- | --- |");
		for (const r of rows.slice(0, top)) lines.push(`| ${pct(r.ms, sampled)} | ${r.ms.toFixed(1)} | \`${r.label}\` | ${r.file} |`);
		lines.push("");
	};
	lines.push("## Self time by part", "", "| share | ms | part |", "| ---: | ---: | --- |");
	for (const [area, ms] of [...byArea].sort((a, b) => b[1] - a[1])) lines.push(`| ${pct(ms, sampled)} | ${ms.toFixed(1)} | ${area} |`);
	lines.push("");
	table("Self time by function", [...self.values()].sort((a, b) => b.ms - a.ms));
	lines.push("## Self time by file", "", "| share | ms | file |", "| ---: | ---: | --- |");
	for (const [file, ms] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`| ${pct(ms, sampled)} | ${ms.toFixed(1)} | ${file} |`);
	lines.push("");
	table("Total time by function (self and callees)", [...total.values()].sort((a, b) => b.ms - a.ms));
	return lines.join("\n");
}

/** Writes a row's profiles and their summary; returns the summary's path. */
export function writeCpuProfiles(dir: string, name: string, profiles: readonly CpuProfile[], root: string): string {
	fs.mkdirSync(dir, { recursive: true });
	profiles.forEach((p, i) => fs.writeFileSync(path.join(dir, `${name}.run${i + 1}.cpuprofile`), JSON.stringify(p)));
	const file = path.join(dir, `${name}.md`);
	fs.writeFileSync(file, `${summarizeCpu(name, profiles, root)}\n`);
	return file;
}

// ---------------------------------------------------------------------------------------
// Heap snapshots

interface Snapshot {
	snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] } };
	nodes: number[];
	edges: number[];
	strings: string[];
}

function readSnapshot(file: string): Snapshot {
	return JSON.parse(fs.readFileSync(file, "utf8")) as Snapshot;
}

function snapshotIds(s: Snapshot): Set<number> {
	const fields = s.snapshot.meta.node_fields;
	const width = fields.length;
	const idAt = fields.indexOf("id");
	const ids = new Set<number>();
	for (let i = 0; i < s.nodes.length; i += width) ids.add(s.nodes[i + idAt] as number);
	return ids;
}

/**
 * What `after` holds that `before` did not, grouped: plain objects by their property names
 * (a Contact, a Touchpoint, a Diagnostic each have their own), everything else by V8's kind.
 */
export function summarizeHeapDiff(title: string, beforeFile: string, afterFile: string, contacts: number, top = 30): string {
	const old = snapshotIds(readSnapshot(beforeFile));
	const s = readSnapshot(afterFile);
	const meta = s.snapshot.meta;
	const width = meta.node_fields.length;
	const at = (f: string) => meta.node_fields.indexOf(f);
	const [TYPE, NAME, ID, SIZE, EDGES] = [at("type"), at("name"), at("id"), at("self_size"), at("edge_count")];
	const ewidth = meta.edge_fields.length;
	const [ETYPE, ENAME] = [meta.edge_fields.indexOf("type"), meta.edge_fields.indexOf("name_or_index")];
	const nodeTypes = meta.node_types[0];
	const edgeTypes = meta.edge_types[0];
	const groups = new Map<string, { count: number; bytes: number }>();
	let totalBytes = 0;
	let edge = 0;
	for (let i = 0; i < s.nodes.length; i += width) {
		const edgeCount = s.nodes[i + EDGES] as number;
		const firstEdge = edge;
		edge += edgeCount * ewidth;
		if (old.has(s.nodes[i + ID] as number)) continue;
		const type = nodeTypes[s.nodes[i + TYPE] as number] as string;
		const name = s.strings[s.nodes[i + NAME] as number] as string;
		const bytes = s.nodes[i + SIZE] as number;
		let label: string;
		if (type === "object") {
			const props: string[] = [];
			for (let e = firstEdge; e < firstEdge + edgeCount * ewidth; e += ewidth) {
				if (edgeTypes[s.edges[e + ETYPE] as number] === "property") props.push(s.strings[s.edges[e + ENAME] as number] as string);
			}
			const shown = props.filter((p) => p !== "__proto__" && p !== "map");
			label = `${name} {${shown.slice(0, 8).join(", ")}${shown.length > 8 ? ", …" : ""}}`;
		} else if (type === "string" || type === "concatenated string" || type === "sliced string" || type === "number") label = type;
		else label = `${type} ${name.length > 60 ? `${name.slice(0, 57)}…` : name}`;
		const g = groups.get(label) ?? { count: 0, bytes: 0 };
		g.count++;
		g.bytes += bytes;
		groups.set(label, g);
		totalBytes += bytes;
	}
	const lines = [
		`# ${title}`,
		"",
		`Objects held after every log is read that were not there before the index was built: ${(totalBytes / contacts).toFixed(0)} B per contact (self sizes, ${contacts} contacts).`,
		"",
		"| B per contact | share | objects per contact | what |",
		"| ---: | ---: | ---: | --- |",
	];
	for (const [label, g] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top)) {
		lines.push(`| ${(g.bytes / contacts).toFixed(1)} | ${pct(g.bytes, totalBytes)} | ${(g.count / contacts).toFixed(2)} | \`${label.replace(/\|/g, "\\|")}\` |`);
	}
	return lines.join("\n");
}
