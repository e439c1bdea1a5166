/**
 * Frontmatter edits that change only the bytes they own.
 *
 * Obsidian's `processFrontMatter` re-serializes the whole block: comments go, quotes and list
 * styles change. These functions instead find the value's bytes through the `yaml` package's
 * node ranges and splice there, so every other byte of the note stays as it was:
 *
 * - set a scalar: replace the value's bytes, in the same quoting style; add one `key: value`
 *   line at the end of the block when the key is missing; create the block when the note has
 *   none;
 * - add, remove or replace one item of a list, in its own style (block `- item` or flow
 *   `[a, b]`).
 *
 * Each edit is planned on the note as it was read (`plan*`, which chained edits in requests.ts
 * combine) and finished by `finishEdit` (plan.ts): the splices are applied at once and the
 * result is re-parsed, once, to check that the properties equal the old ones plus the
 * planned changes, so a case these splices did not foresee is refused instead of written.
 * Every function here is linear in the note's size.
 */
import { isAlias, isMap, isScalar, isSeq, parse, Scalar, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from "yaml";
import { asParsedNote, hasBom, resolveKey, YAML_OPTIONS, type FrontmatterBlock, type NoteSource, type ParsedNote } from "../frontmatter";
import { detectEol } from "../markdown";
import { finishEdit, plan, type Planned } from "./plan";
import { refuse, type EditRefused, type EditResult } from "./result";
import type { Splice } from "./splices";

type Range = [number, number, number];

function rangeOf(node: Node): Range | null {
	const r = (node as { range?: Range | null }).range;
	return r ?? null;
}

function lineStart(text: string, offset: number): number {
	return text.lastIndexOf("\n", offset - 1) + 1;
}

/** Offset just past the line ending of the line that holds `offset`. */
function lineNext(text: string, offset: number): number {
	const nl = text.indexOf("\n", offset);
	return nl === -1 ? text.length : nl + 1;
}

/** Offset of the end of the line that holds `offset`, before its line ending. */
function lineEnd(text: string, offset: number): number {
	const nl = text.indexOf("\n", offset);
	if (nl === -1) return text.length;
	return nl > 0 && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
}

function lineNumber(text: string, offset: number): number {
	let n = 1;
	for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
	return n;
}

const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** Whether a string can be written as a plain YAML scalar and read back as the same string. */
export function isPlainSafe(value: string, inFlow: boolean): boolean {
	if (value === "" || value !== value.trim() || /[\n\r\t]/.test(value)) return false;
	if (INDICATOR_START.test(value) && !/^[-?:][^\s,[\]{}]/.test(value)) return false;
	if (value.includes(": ") || value.includes(" #") || value.endsWith(":")) return false;
	if (inFlow && /[,[\]{}]/.test(value)) return false;
	try {
		return parse(`${value}\n`, YAML_OPTIONS) === value;
	} catch {
		return false;
	}
}

export type QuoteStyle = "plain" | "double" | "single";

function doubleQuoted(value: string): string {
	return JSON.stringify(value);
}

/** The YAML text of a string value in the given style (plain falls back to double quotes). */
export function renderScalar(value: string, style: QuoteStyle, inFlow = false): string {
	if (style === "single" && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
	if (style === "plain" && isPlainSafe(value, inFlow)) return value;
	return doubleQuoted(value);
}

function styleOf(node: Node | null | undefined): QuoteStyle {
	if (!node || !isScalar(node)) return "plain";
	if (node.type === Scalar.QUOTE_DOUBLE) return "double";
	if (node.type === Scalar.QUOTE_SINGLE) return "single";
	return "plain";
}

function renderKey(key: string, style: QuoteStyle): string {
	if (style === "plain" && isPlainSafe(key, false) && !key.includes(":")) return key;
	return style === "single" ? `'${key.replace(/'/g, "''")}'` : doubleQuoted(key);
}

export interface Located {
	text: string;
	block: FrontmatterBlock;
	document: Document;
	data: Record<string, unknown>;
	map: YAMLMap | null;
	eol: string;
	/** Offset of the YAML source within the note (node ranges are relative to it). */
	base: number;
}

/** The note's properties with their nodes (null: no frontmatter), or a refusal when they do not parse. */
export type Properties = { ok: true; located: Located | null } | EditRefused;

export function locateProperties(note: ParsedNote): Properties {
	const parsed = note.frontmatter;
	if (parsed.kind === "none") return { ok: true, located: null };
	if (parsed.kind === "error") {
		return refuse(`its frontmatter does not parse (line ${parsed.problem.line}: ${parsed.problem.message}); the note was not changed`, parsed.problem.line);
	}
	const contents = parsed.document.contents;
	return {
		ok: true,
		located: {
			text: note.text,
			block: parsed.block,
			document: parsed.document,
			data: parsed.data,
			map: isMap(contents) ? contents : null,
			eol: detectEol(note.text),
			base: parsed.block.yamlStart,
		},
	};
}

/** Plans one frontmatter part on a note and finishes it as a whole edit. */
function single(note: NoteSource, planned: (loc: Located | null, text: string) => Planned): EditResult {
	const parsed = asParsedNote(note);
	const found = locateProperties(parsed);
	if (!found.ok) return found;
	const p = planned(found.located, parsed.text);
	return p.ok ? finishEdit(parsed, [p]) : p;
}

function findPair(map: YAMLMap<unknown, unknown> | null, key: string): Pair<unknown, unknown> | null {
	if (!map) return null;
	const keys = map.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ""));
	const name = resolveKey(keys, key);
	return map.items.find((p) => isScalar(p.key) && String(p.key.value) === name) ?? null;
}

function keyName(pair: Pair<unknown, unknown>): string {
	return isScalar(pair.key) ? String(pair.key.value) : "";
}

function at(from: number, to: number, insert: string): Splice {
	return { from, to, insert };
}

/** A new frontmatter block at the top of a note that has none. */
function newBlock(text: string, line: string): Splice {
	const eol = detectEol(text);
	const start = hasBom(text) ? 1 : 0;
	return at(start, start, `---${eol}${line}${eol}---${eol}`);
}

/** Column of the first key in a block map: a top-level map may be indented. */
function mapIndent(loc: Located): string {
	const first = loc.map?.items[0];
	const r = first && isScalar(first.key) ? rangeOf(first.key) : null;
	if (!r) return "";
	const offset = loc.base + r[0];
	const prefix = loc.text.slice(lineStart(loc.text, offset), offset);
	return /^[ \t]*$/.test(prefix) ? prefix : "";
}

function keyStyle(loc: Located): QuoteStyle {
	const first = loc.map?.items[0];
	return first ? styleOf(first.key as Node) : "plain";
}

/**
 * Adds a new property: a line at the end of a block map, an entry in a flow map (`{"a": 1}`
 * frontmatter), or a new block when the note has none. `valuePart` renders what follows the
 * colon, leading space or line break included.
 */
function addProperty(loc: Located | null, text: string, key: string, valuePart: (inFlow: boolean) => string): Splice | null {
	if (!loc) return newBlock(text, `${renderKey(key, "plain")}:${valuePart(false)}`);
	const map = loc.map;
	const style = keyStyle(loc);
	if (map && map.flow) {
		const r = rangeOf(map);
		if (!r) return null;
		const entry = `${renderKey(key, style)}:${valuePart(true)}`;
		const last = map.items[map.items.length - 1];
		if (!last) {
			const open = loc.base + r[0];
			return at(open + 1, open + 1, entry);
		}
		const lastRange = last.value ? rangeOf(last.value as Node) : rangeOf(last.key as Node);
		const keyRange = rangeOf(last.key as Node);
		if (!lastRange || !keyRange) return null;
		const end = loc.base + lastRange[1];
		if (!text.slice(loc.base + r[0], loc.base + r[1]).includes("\n")) return at(end, end, `, ${entry}`);
		const keyAt = loc.base + keyRange[0];
		const indent = text.slice(lineStart(text, keyAt), keyAt);
		return at(end, end, `,${loc.eol}${/^[ \t]*$/.test(indent) ? indent : "  "}${entry}`);
	}
	const line = `${mapIndent(loc)}${renderKey(key, style)}:${valuePart(false)}${loc.eol}`;
	return at(loc.block.contentEnd, loc.block.contentEnd, line);
}

export interface ScalarOptions {
	/** Quoting for a value Tend adds (an existing value keeps its own). Default plain. */
	style?: QuoteStyle;
}

/**
 * Plans setting a top-level property to a text value. Only the old value's bytes change (or
 * one line is added); quoting style is kept. Refuses when the property holds a list, a map or
 * a block of text.
 */
export function planSetScalar(loc: Located | null, text: string, key: string, value: string, options: ScalarOptions = {}): Planned {
	const pair = loc ? findPair(loc.map, key) : null;
	if (loc && !loc.map && loc.document.contents !== null) return refuse("its frontmatter is not a set of properties");
	const name = pair ? keyName(pair) : key;
	const sets: [string, unknown][] = [[name, value]];
	if (!loc || !pair) {
		// In JSON-style frontmatter (`{"tags": "x"}`) a new value is quoted like its keys.
		const style = options.style ?? (loc?.map?.flow && keyStyle(loc) === "double" ? "double" : "plain");
		const added = addProperty(loc, text, key, (inFlow) => ` ${renderScalar(value, style, inFlow)}`);
		if (added === null) return refuse(`Tend could not add ${key} to its frontmatter`);
		return plan([added], sets);
	}
	const node = pair.value as Node | null;
	if (node && (isAlias(node) || !isScalar(node))) {
		return refuse(`${name} holds ${isSeq(node) ? "a list" : isMap(node) ? "a set of properties" : "an alias"}, not a single value; the note was not changed`, lineNumber(text, loc.base + (rangeOf(node)?.[0] ?? 0)));
	}
	if (node && (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL)) {
		return refuse(`${name} holds a block of text (| or >); the note was not changed`, lineNumber(text, loc.base + (rangeOf(node)?.[0] ?? 0)));
	}
	const r = node ? rangeOf(node) : null;
	const source = node && isScalar(node) ? (node.source ?? "") : "";
	if (!node || !r || (source === "" && r[0] === r[1])) {
		// `key:` with no value: write it right after the colon, before any comment.
		const keyRange = rangeOf(pair.key as Node);
		if (!keyRange) return refuse(`Tend could not find ${name} in its frontmatter`);
		const colon = text.indexOf(":", loc.base + keyRange[1]);
		if (colon === -1) return refuse(`Tend could not find ${name} in its frontmatter`);
		const inFlow = loc.map?.flow === true;
		return plan([at(colon + 1, colon + 1, ` ${renderScalar(value, options.style ?? "plain", inFlow)}`)], sets);
	}
	const rendered = renderScalar(value, styleOf(node), loc.map?.flow === true);
	return plan([at(loc.base + r[0], loc.base + r[1], rendered)], sets);
}

/**
 * Sets a top-level property to a text value. Only the old value's bytes change (or one line
 * is added); quoting style is kept. Refuses when the frontmatter does not parse or the
 * property holds a list, a map or a block of text.
 */
export function setFrontmatterScalar(note: NoteSource, key: string, value: string, options: ScalarOptions = {}): EditResult {
	return single(note, (loc, text) => planSetScalar(loc, text, key, value, options));
}

/** Plans emptying a property's value (`snooze_until:`), keeping the key, its comment and its place. */
export function planClearValue(loc: Located | null, text: string, key: string): Planned {
	const pair = loc ? findPair(loc.map, key) : null;
	if (!loc || !pair) return plan([], []);
	const name = keyName(pair);
	const node = pair.value as Node | null;
	if (!node || (isScalar(node) && node.value === null)) return plan([], []);
	if (!isScalar(node) || node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL) {
		return refuse(`${name} does not hold a single value; the note was not changed`);
	}
	const r = rangeOf(node);
	if (!r) return refuse(`Tend could not find ${name} in its frontmatter`);
	let from = loc.base + r[0];
	// Take the space between the colon and the value with it: `key: x` -> `key:`.
	while (from > 0 && (text[from - 1] === " " || text[from - 1] === "\t")) from--;
	return plan([at(from, loc.base + r[1], "")], [[name, null]]);
}

/** Empties a property's value (`snooze_until:`), keeping the key, its comment and its place. */
export function clearFrontmatterValue(note: NoteSource, key: string): EditResult {
	return single(note, (loc, text) => planClearValue(loc, text, key));
}

interface ListAt {
	loc: Located;
	pair: Pair<unknown, unknown>;
	seq: YAMLSeq;
	name: string;
}

type ListLookup = { ok: true; list: ListAt | null; pair: Pair<unknown, unknown> | null } | EditRefused;

function findList(loc: Located | null, text: string, key: string): ListLookup {
	if (loc && !loc.map && loc.document.contents !== null) return refuse("its frontmatter is not a set of properties");
	const pair = loc ? findPair(loc.map, key) : null;
	if (!loc || !pair) return { ok: true, list: null, pair };
	const node = pair.value as Node | null;
	if (node && isSeq(node)) return { ok: true, list: { loc, pair, seq: node, name: keyName(pair) }, pair };
	if (!node || (isScalar(node) && node.value === null)) return { ok: true, list: null, pair };
	const line = lineNumber(text, loc.base + (rangeOf(node)?.[0] ?? 0));
	return refuse(`${keyName(pair)} holds ${isMap(node) ? "a set of properties" : "a single value"}, not a list; make it a list first (the note was not changed)`, line);
}

function listData(list: ListAt | null, loc: Located | null, pair: Pair<unknown, unknown> | null, key: string): { name: string; items: unknown[] } {
	const name = pair ? keyName(pair) : key;
	const value = loc?.data[name];
	return { name, items: list && Array.isArray(value) ? [...(value as unknown[])] : [] };
}

/** Plans adding one item at the end of a list property, in the list's own style. */
export function planAddListItem(loc: Located | null, text: string, key: string, item: string): Planned {
	const found = findList(loc, text, key);
	if (!found.ok) return found;
	const { list, pair } = found;
	const { name, items } = listData(list, loc, pair, key);
	const sets: [string, unknown][] = [[name, [...items, item]]];

	if (!list) {
		if (loc && pair) {
			// `key:` with no value becomes a block list under the key.
			const keyRange = rangeOf(pair.key as Node);
			if (!keyRange) return refuse(`Tend could not find ${name} in its frontmatter`);
			if (loc.map?.flow) {
				const colon = text.indexOf(":", loc.base + keyRange[1]);
				if (colon === -1) return refuse(`Tend could not find ${name} in its frontmatter`);
				return plan([at(colon + 1, colon + 1, ` [${renderScalar(item, "plain", true)}]`)], sets);
			}
			const end = lineEnd(text, loc.base + keyRange[1]);
			const indent = mapIndent(loc);
			return plan([at(end, end, `${loc.eol}${indent}  - ${renderScalar(item, "plain")}`)], sets);
		}
		const eol = loc?.eol ?? detectEol(text);
		const indent = loc ? mapIndent(loc) : "";
		const added = addProperty(loc, text, key, (inFlow) =>
			inFlow ? ` [${renderScalar(item, "plain", true)}]` : `${eol}${indent}  - ${renderScalar(item, "plain")}`,
		);
		return added === null ? refuse(`Tend could not add ${key} to its frontmatter`) : plan([added], sets);
	}

	const { seq } = list;
	const base = list.loc.base;
	const last = seq.items[seq.items.length - 1] as Node | undefined;
	if (seq.flow) {
		const r = rangeOf(seq);
		if (!r) return refuse(`Tend could not find ${name} in its frontmatter`);
		const rendered = renderScalar(item, styleOf(last ?? null), true);
		if (!last) {
			const open = base + r[0];
			return plan([at(open + 1, open + 1, rendered)], sets);
		}
		const lr = rangeOf(last);
		if (!lr) return refuse(`Tend could not find ${name} in its frontmatter`);
		return plan([at(base + lr[1], base + lr[1], `, ${rendered}`)], sets);
	}
	if (!last) return refuse(`Tend could not find ${name}'s items`);
	const lr = rangeOf(last);
	if (!lr) return refuse(`Tend could not find ${name}'s items`);
	const valueStart = base + lr[0];
	const prefix = text.slice(lineStart(text, valueStart), valueStart);
	if (!/^[ \t]*-[ \t]+$/.test(prefix)) {
		return refuse(`${name}'s last item is not on a line of its own; the note was not changed`);
	}
	const next = lineNext(text, base + Math.max(lr[0], lr[1] - 1));
	const ending = next === text.length && !text.endsWith("\n") ? list.loc.eol : "";
	const line = `${ending}${prefix}${renderScalar(item, styleOf(last))}${ending === "" ? list.loc.eol : ""}`;
	return plan([at(next, next, line)], sets);
}

/** Adds one item at the end of a list property, in the list's own style. */
export function addListItem(note: NoteSource, key: string, item: string): EditResult {
	return single(note, (loc, text) => planAddListItem(loc, text, key, item));
}

function findItem(list: ListAt, index: number): { node: Node; range: Range } | EditRefused {
	const node = list.seq.items[index] as Node | undefined;
	const r = node ? rangeOf(node) : null;
	if (!node || !r) return refuse(`${list.name} has no item ${index + 1}`);
	return { node, range: r };
}

/** Plans removing item `index` (zero-based). A block list left empty becomes `key: []`, as Obsidian writes it. */
export function planRemoveListItem(loc: Located | null, text: string, key: string, index: number): Planned {
	const found = findList(loc, text, key);
	if (!found.ok) return found;
	const { list, pair } = found;
	if (!list) return refuse(`${key} has no item ${index + 1}`);
	const { name, items } = listData(list, loc, pair, key);
	const item = findItem(list, index);
	if ("ok" in item) return item;
	items.splice(index, 1);
	const sets: [string, unknown][] = [[name, items]];
	const base = list.loc.base;
	const seq = list.seq;
	if (seq.flow) {
		const prev = index > 0 ? rangeOf(seq.items[index - 1] as Node) : null;
		const next = index < seq.items.length - 1 ? rangeOf(seq.items[index + 1] as Node) : null;
		if (next) return plan([at(base + item.range[0], base + next[0], "")], sets);
		if (prev) return plan([at(base + prev[1], base + item.range[1], "")], sets);
		return plan([at(base + item.range[0], base + item.range[1], "")], sets);
	}
	const from = lineStart(text, base + item.range[0]);
	const prefix = text.slice(from, base + item.range[0]);
	if (!/^[ \t]*-[ \t]+$/.test(prefix)) return refuse(`${name}'s item ${index + 1} is not on a line of its own; the note was not changed`);
	const to = lineNext(text, base + Math.max(item.range[0], item.range[1] - 1));
	const removal = at(from, to, "");
	if (seq.items.length > 1) return plan([removal], sets);
	// The colon comes before the item's line, so its offset is the same in the old text.
	const keyRange = rangeOf(list.pair.key as Node);
	const colon = keyRange ? text.indexOf(":", base + keyRange[1]) : -1;
	if (colon === -1 || colon >= from) return refuse(`Tend could not find ${name} in its frontmatter`);
	return plan([at(colon + 1, colon + 1, " []"), removal], sets);
}

/** Where a block map of one `key: scalar` pair on one line ends (before any comment), or null. */
function oneLineMapEnd(text: string, base: number, node: Node): number | null {
	if (!isMap(node) || node.flow || node.items.length !== 1) return null;
	const pair = node.items[0];
	const value = pair?.value as Node | null | undefined;
	const start = rangeOf(node);
	const end = value && isScalar(value) ? rangeOf(value) : null;
	if (!start || !end || (value as Scalar).type === Scalar.BLOCK_FOLDED || (value as Scalar).type === Scalar.BLOCK_LITERAL) return null;
	return text.slice(base + start[0], base + end[1]).includes("\n") ? null : base + end[1];
}

/** Removes item `index` (zero-based). A block list left empty becomes `key: []`, as Obsidian writes it. */
export function removeListItem(note: NoteSource, key: string, index: number): EditResult {
	return single(note, (loc, text) => planRemoveListItem(loc, text, key, index));
}

/** Plans replacing the text of item `index` (zero-based), keeping its quoting. */
export function planReplaceListItem(loc: Located | null, text: string, key: string, index: number, value: string): Planned {
	const found = findList(loc, text, key);
	if (!found.ok) return found;
	const { list, pair } = found;
	if (!list) return refuse(`${key} has no item ${index + 1}`);
	const { name, items } = listData(list, loc, pair, key);
	const item = findItem(list, index);
	if ("ok" in item) return item;
	const base = list.loc.base;
	// `- 2026-12-10 Intro re: data` is a one-key map to YAML but a line of text to the user
	// (the reader reads it so): it is replaced by the new text, quoted so it reads as text.
	const textMap = oneLineMapEnd(text, base, item.node);
	if (textMap === null && (!isScalar(item.node) || item.node.type === Scalar.BLOCK_FOLDED || item.node.type === Scalar.BLOCK_LITERAL)) {
		return refuse(`${name}'s item ${index + 1} is not a single line of text; the note was not changed`);
	}
	items[index] = value;
	const rendered = renderScalar(value, textMap === null ? styleOf(item.node) : "double", list.seq.flow === true);
	return plan([at(base + item.range[0], textMap ?? base + item.range[1], rendered)], [[name, items]]);
}

/** Replaces the text of item `index` (zero-based), keeping its quoting. */
export function replaceListItem(note: NoteSource, key: string, index: number, value: string): EditResult {
	return single(note, (loc, text) => planReplaceListItem(loc, text, key, index, value));
}
