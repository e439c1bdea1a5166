/**
 * Frontmatter edits that change only the bytes they own.
 *
 * Obsidian's `processFrontMatter` re-serializes the whole block: comments go, quotes and list
 * styles change. These functions instead find the value's bytes through the `yaml` package's
 * node ranges and splice there (DESIGN.md, "Writes: what may change"):
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
// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { isAlias, isMap, isScalar, isSeq, parse, Scalar, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from "yaml";
import { asParsedNote, hasBom, resolveKey, YAML_OPTIONS, type FrontmatterBlock, type NoteSource, type ParsedNote } from "../frontmatter";
import { detectEol } from "../markdown";
import { finishEdit, plan, type Planned } from "./plan";
import { refuse, type EditRefused, type EditResult } from "./result";
import type { Splice } from "./splices";
type Range = [number, number, number];
function rangeOf(node: Node): Range | null {
  if (stryMutAct_9fa48("0")) {
    {}
  } else {
    stryCov_9fa48("0");
    const r = (node as {
      range?: Range | null;
    }).range;
    return stryMutAct_9fa48("1") ? r && null : (stryCov_9fa48("1"), r ?? null);
  }
}
function lineStart(text: string, offset: number): number {
  if (stryMutAct_9fa48("2")) {
    {}
  } else {
    stryCov_9fa48("2");
    return stryMutAct_9fa48("3") ? text.lastIndexOf("\n", offset - 1) - 1 : (stryCov_9fa48("3"), text.lastIndexOf(stryMutAct_9fa48("4") ? "" : (stryCov_9fa48("4"), "\n"), stryMutAct_9fa48("5") ? offset + 1 : (stryCov_9fa48("5"), offset - 1)) + 1);
  }
}

/** Offset just past the line ending of the line that holds `offset`. */
function lineNext(text: string, offset: number): number {
  if (stryMutAct_9fa48("6")) {
    {}
  } else {
    stryCov_9fa48("6");
    const nl = text.indexOf(stryMutAct_9fa48("7") ? "" : (stryCov_9fa48("7"), "\n"), offset);
    return (stryMutAct_9fa48("10") ? nl !== -1 : stryMutAct_9fa48("9") ? false : stryMutAct_9fa48("8") ? true : (stryCov_9fa48("8", "9", "10"), nl === (stryMutAct_9fa48("11") ? +1 : (stryCov_9fa48("11"), -1)))) ? text.length : stryMutAct_9fa48("12") ? nl - 1 : (stryCov_9fa48("12"), nl + 1);
  }
}

/** Offset of the end of the line that holds `offset`, before its line ending. */
function lineEnd(text: string, offset: number): number {
  if (stryMutAct_9fa48("13")) {
    {}
  } else {
    stryCov_9fa48("13");
    const nl = text.indexOf(stryMutAct_9fa48("14") ? "" : (stryCov_9fa48("14"), "\n"), offset);
    if (stryMutAct_9fa48("17") ? nl !== -1 : stryMutAct_9fa48("16") ? false : stryMutAct_9fa48("15") ? true : (stryCov_9fa48("15", "16", "17"), nl === (stryMutAct_9fa48("18") ? +1 : (stryCov_9fa48("18"), -1)))) return text.length;
    return (stryMutAct_9fa48("21") ? nl > 0 || text.charCodeAt(nl - 1) === 13 : stryMutAct_9fa48("20") ? false : stryMutAct_9fa48("19") ? true : (stryCov_9fa48("19", "20", "21"), (stryMutAct_9fa48("24") ? nl <= 0 : stryMutAct_9fa48("23") ? nl >= 0 : stryMutAct_9fa48("22") ? true : (stryCov_9fa48("22", "23", "24"), nl > 0)) && (stryMutAct_9fa48("26") ? text.charCodeAt(nl - 1) !== 13 : stryMutAct_9fa48("25") ? true : (stryCov_9fa48("25", "26"), text.charCodeAt(stryMutAct_9fa48("27") ? nl + 1 : (stryCov_9fa48("27"), nl - 1)) === 13)))) ? stryMutAct_9fa48("28") ? nl + 1 : (stryCov_9fa48("28"), nl - 1) : nl;
  }
}
function lineNumber(text: string, offset: number): number {
  if (stryMutAct_9fa48("29")) {
    {}
  } else {
    stryCov_9fa48("29");
    let n = 1;
    for (let i = 0; stryMutAct_9fa48("32") ? i >= offset : stryMutAct_9fa48("31") ? i <= offset : stryMutAct_9fa48("30") ? false : (stryCov_9fa48("30", "31", "32"), i < offset); stryMutAct_9fa48("33") ? i-- : (stryCov_9fa48("33"), i++)) if (stryMutAct_9fa48("36") ? text.charCodeAt(i) !== 10 : stryMutAct_9fa48("35") ? false : stryMutAct_9fa48("34") ? true : (stryCov_9fa48("34", "35", "36"), text.charCodeAt(i) === 10)) stryMutAct_9fa48("37") ? n-- : (stryCov_9fa48("37"), n++);
    return n;
  }
}
const INDICATOR_START = stryMutAct_9fa48("39") ? /^[^-?:,[\]{}#&*!|>'"%@`]/ : stryMutAct_9fa48("38") ? /[-?:,[\]{}#&*!|>'"%@`]/ : (stryCov_9fa48("38", "39"), /^[-?:,[\]{}#&*!|>'"%@`]/);

/** Whether a string can be written as a plain YAML scalar and read back as the same string. */
export function isPlainSafe(value: string, inFlow: boolean): boolean {
  if (stryMutAct_9fa48("40")) {
    {}
  } else {
    stryCov_9fa48("40");
    if (stryMutAct_9fa48("43") ? (value === "" || value !== value.trim()) && /[\n\r\t]/.test(value) : stryMutAct_9fa48("42") ? false : stryMutAct_9fa48("41") ? true : (stryCov_9fa48("41", "42", "43"), (stryMutAct_9fa48("45") ? value === "" && value !== value.trim() : stryMutAct_9fa48("44") ? false : (stryCov_9fa48("44", "45"), (stryMutAct_9fa48("47") ? value !== "" : stryMutAct_9fa48("46") ? false : (stryCov_9fa48("46", "47"), value === (stryMutAct_9fa48("48") ? "Stryker was here!" : (stryCov_9fa48("48"), "")))) || (stryMutAct_9fa48("50") ? value === value.trim() : stryMutAct_9fa48("49") ? false : (stryCov_9fa48("49", "50"), value !== (stryMutAct_9fa48("51") ? value : (stryCov_9fa48("51"), value.trim())))))) || (stryMutAct_9fa48("52") ? /[^\n\r\t]/ : (stryCov_9fa48("52"), /[\n\r\t]/)).test(value))) return stryMutAct_9fa48("53") ? true : (stryCov_9fa48("53"), false);
    if (stryMutAct_9fa48("56") ? INDICATOR_START.test(value) || !/^[-?:][^\s,[\]{}]/.test(value) : stryMutAct_9fa48("55") ? false : stryMutAct_9fa48("54") ? true : (stryCov_9fa48("54", "55", "56"), INDICATOR_START.test(value) && (stryMutAct_9fa48("57") ? /^[-?:][^\s,[\]{}]/.test(value) : (stryCov_9fa48("57"), !(stryMutAct_9fa48("61") ? /^[-?:][^\S,[\]{}]/ : stryMutAct_9fa48("60") ? /^[-?:][\s,[\]{}]/ : stryMutAct_9fa48("59") ? /^[^-?:][^\s,[\]{}]/ : stryMutAct_9fa48("58") ? /[-?:][^\s,[\]{}]/ : (stryCov_9fa48("58", "59", "60", "61"), /^[-?:][^\s,[\]{}]/)).test(value))))) return stryMutAct_9fa48("62") ? true : (stryCov_9fa48("62"), false);
    if (stryMutAct_9fa48("65") ? (value.includes(": ") || value.includes(" #")) && value.endsWith(":") : stryMutAct_9fa48("64") ? false : stryMutAct_9fa48("63") ? true : (stryCov_9fa48("63", "64", "65"), (stryMutAct_9fa48("67") ? value.includes(": ") && value.includes(" #") : stryMutAct_9fa48("66") ? false : (stryCov_9fa48("66", "67"), value.includes(stryMutAct_9fa48("68") ? "" : (stryCov_9fa48("68"), ": ")) || value.includes(stryMutAct_9fa48("69") ? "" : (stryCov_9fa48("69"), " #")))) || (stryMutAct_9fa48("70") ? value.startsWith(":") : (stryCov_9fa48("70"), value.endsWith(stryMutAct_9fa48("71") ? "" : (stryCov_9fa48("71"), ":")))))) return stryMutAct_9fa48("72") ? true : (stryCov_9fa48("72"), false);
    if (stryMutAct_9fa48("75") ? inFlow || /[,[\]{}]/.test(value) : stryMutAct_9fa48("74") ? false : stryMutAct_9fa48("73") ? true : (stryCov_9fa48("73", "74", "75"), inFlow && (stryMutAct_9fa48("76") ? /[^,[\]{}]/ : (stryCov_9fa48("76"), /[,[\]{}]/)).test(value))) return stryMutAct_9fa48("77") ? true : (stryCov_9fa48("77"), false);
    try {
      if (stryMutAct_9fa48("78")) {
        {}
      } else {
        stryCov_9fa48("78");
        return stryMutAct_9fa48("81") ? parse(`${value}\n`, YAML_OPTIONS) !== value : stryMutAct_9fa48("80") ? false : stryMutAct_9fa48("79") ? true : (stryCov_9fa48("79", "80", "81"), parse(stryMutAct_9fa48("82") ? `` : (stryCov_9fa48("82"), `${value}\n`), YAML_OPTIONS) === value);
      }
    } catch {
      if (stryMutAct_9fa48("83")) {
        {}
      } else {
        stryCov_9fa48("83");
        return stryMutAct_9fa48("84") ? true : (stryCov_9fa48("84"), false);
      }
    }
  }
}
export type QuoteStyle = "plain" | "double" | "single";
function doubleQuoted(value: string): string {
  if (stryMutAct_9fa48("85")) {
    {}
  } else {
    stryCov_9fa48("85");
    return JSON.stringify(value);
  }
}

/** The YAML text of a string value in the given style (plain falls back to double quotes). */
export function renderScalar(value: string, style: QuoteStyle, inFlow = stryMutAct_9fa48("86") ? true : (stryCov_9fa48("86"), false)): string {
  if (stryMutAct_9fa48("87")) {
    {}
  } else {
    stryCov_9fa48("87");
    if (stryMutAct_9fa48("90") ? style === "single" || !/[\n\r]/.test(value) : stryMutAct_9fa48("89") ? false : stryMutAct_9fa48("88") ? true : (stryCov_9fa48("88", "89", "90"), (stryMutAct_9fa48("92") ? style !== "single" : stryMutAct_9fa48("91") ? true : (stryCov_9fa48("91", "92"), style === (stryMutAct_9fa48("93") ? "" : (stryCov_9fa48("93"), "single")))) && (stryMutAct_9fa48("94") ? /[\n\r]/.test(value) : (stryCov_9fa48("94"), !(stryMutAct_9fa48("95") ? /[^\n\r]/ : (stryCov_9fa48("95"), /[\n\r]/)).test(value))))) return stryMutAct_9fa48("96") ? `` : (stryCov_9fa48("96"), `'${value.replace(/'/g, stryMutAct_9fa48("97") ? "" : (stryCov_9fa48("97"), "''"))}'`);
    if (stryMutAct_9fa48("100") ? style === "plain" || isPlainSafe(value, inFlow) : stryMutAct_9fa48("99") ? false : stryMutAct_9fa48("98") ? true : (stryCov_9fa48("98", "99", "100"), (stryMutAct_9fa48("102") ? style !== "plain" : stryMutAct_9fa48("101") ? true : (stryCov_9fa48("101", "102"), style === (stryMutAct_9fa48("103") ? "" : (stryCov_9fa48("103"), "plain")))) && isPlainSafe(value, inFlow))) return value;
    return doubleQuoted(value);
  }
}
function styleOf(node: Node | null | undefined): QuoteStyle {
  if (stryMutAct_9fa48("104")) {
    {}
  } else {
    stryCov_9fa48("104");
    if (stryMutAct_9fa48("107") ? !node && !isScalar(node) : stryMutAct_9fa48("106") ? false : stryMutAct_9fa48("105") ? true : (stryCov_9fa48("105", "106", "107"), (stryMutAct_9fa48("108") ? node : (stryCov_9fa48("108"), !node)) || (stryMutAct_9fa48("109") ? isScalar(node) : (stryCov_9fa48("109"), !isScalar(node))))) return stryMutAct_9fa48("110") ? "" : (stryCov_9fa48("110"), "plain");
    if (stryMutAct_9fa48("113") ? node.type !== Scalar.QUOTE_DOUBLE : stryMutAct_9fa48("112") ? false : stryMutAct_9fa48("111") ? true : (stryCov_9fa48("111", "112", "113"), node.type === Scalar.QUOTE_DOUBLE)) return stryMutAct_9fa48("114") ? "" : (stryCov_9fa48("114"), "double");
    if (stryMutAct_9fa48("117") ? node.type !== Scalar.QUOTE_SINGLE : stryMutAct_9fa48("116") ? false : stryMutAct_9fa48("115") ? true : (stryCov_9fa48("115", "116", "117"), node.type === Scalar.QUOTE_SINGLE)) return stryMutAct_9fa48("118") ? "" : (stryCov_9fa48("118"), "single");
    return stryMutAct_9fa48("119") ? "" : (stryCov_9fa48("119"), "plain");
  }
}
function renderKey(key: string, style: QuoteStyle): string {
  if (stryMutAct_9fa48("120")) {
    {}
  } else {
    stryCov_9fa48("120");
    if (stryMutAct_9fa48("123") ? style === "plain" && isPlainSafe(key, false) || !key.includes(":") : stryMutAct_9fa48("122") ? false : stryMutAct_9fa48("121") ? true : (stryCov_9fa48("121", "122", "123"), (stryMutAct_9fa48("125") ? style === "plain" || isPlainSafe(key, false) : stryMutAct_9fa48("124") ? true : (stryCov_9fa48("124", "125"), (stryMutAct_9fa48("127") ? style !== "plain" : stryMutAct_9fa48("126") ? true : (stryCov_9fa48("126", "127"), style === (stryMutAct_9fa48("128") ? "" : (stryCov_9fa48("128"), "plain")))) && isPlainSafe(key, stryMutAct_9fa48("129") ? true : (stryCov_9fa48("129"), false)))) && (stryMutAct_9fa48("130") ? key.includes(":") : (stryCov_9fa48("130"), !key.includes(stryMutAct_9fa48("131") ? "" : (stryCov_9fa48("131"), ":")))))) return key;
    return (stryMutAct_9fa48("134") ? style !== "single" : stryMutAct_9fa48("133") ? false : stryMutAct_9fa48("132") ? true : (stryCov_9fa48("132", "133", "134"), style === (stryMutAct_9fa48("135") ? "" : (stryCov_9fa48("135"), "single")))) ? stryMutAct_9fa48("136") ? `` : (stryCov_9fa48("136"), `'${key.replace(/'/g, stryMutAct_9fa48("137") ? "" : (stryCov_9fa48("137"), "''"))}'`) : doubleQuoted(key);
  }
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
export type Properties = {
  ok: true;
  located: Located | null;
} | EditRefused;
export function locateProperties(note: ParsedNote): Properties {
  if (stryMutAct_9fa48("138")) {
    {}
  } else {
    stryCov_9fa48("138");
    const parsed = note.frontmatter;
    if (stryMutAct_9fa48("141") ? parsed.kind !== "none" : stryMutAct_9fa48("140") ? false : stryMutAct_9fa48("139") ? true : (stryCov_9fa48("139", "140", "141"), parsed.kind === (stryMutAct_9fa48("142") ? "" : (stryCov_9fa48("142"), "none")))) return stryMutAct_9fa48("143") ? {} : (stryCov_9fa48("143"), {
      ok: stryMutAct_9fa48("144") ? false : (stryCov_9fa48("144"), true),
      located: null
    });
    if (stryMutAct_9fa48("147") ? parsed.kind !== "error" : stryMutAct_9fa48("146") ? false : stryMutAct_9fa48("145") ? true : (stryCov_9fa48("145", "146", "147"), parsed.kind === (stryMutAct_9fa48("148") ? "" : (stryCov_9fa48("148"), "error")))) {
      if (stryMutAct_9fa48("149")) {
        {}
      } else {
        stryCov_9fa48("149");
        return refuse(stryMutAct_9fa48("150") ? `` : (stryCov_9fa48("150"), `its frontmatter does not parse (line ${parsed.problem.line}: ${parsed.problem.message}); the note was not changed`), parsed.problem.line);
      }
    }
    const contents = parsed.document.contents;
    return stryMutAct_9fa48("151") ? {} : (stryCov_9fa48("151"), {
      ok: stryMutAct_9fa48("152") ? false : (stryCov_9fa48("152"), true),
      located: stryMutAct_9fa48("153") ? {} : (stryCov_9fa48("153"), {
        text: note.text,
        block: parsed.block,
        document: parsed.document,
        data: parsed.data,
        map: isMap(contents) ? contents : null,
        eol: detectEol(note.text),
        base: parsed.block.yamlStart
      })
    });
  }
}

/** Plans one frontmatter part on a note and finishes it as a whole edit. */
function single(note: NoteSource, planned: (loc: Located | null, text: string) => Planned): EditResult {
  if (stryMutAct_9fa48("154")) {
    {}
  } else {
    stryCov_9fa48("154");
    const parsed = asParsedNote(note);
    const found = locateProperties(parsed);
    if (stryMutAct_9fa48("157") ? false : stryMutAct_9fa48("156") ? true : stryMutAct_9fa48("155") ? found.ok : (stryCov_9fa48("155", "156", "157"), !found.ok)) return found;
    const p = planned(found.located, parsed.text);
    return p.ok ? finishEdit(parsed, stryMutAct_9fa48("158") ? [] : (stryCov_9fa48("158"), [p])) : p;
  }
}
function findPair(map: YAMLMap<unknown, unknown> | null, key: string): Pair<unknown, unknown> | null {
  if (stryMutAct_9fa48("159")) {
    {}
  } else {
    stryCov_9fa48("159");
    if (stryMutAct_9fa48("162") ? false : stryMutAct_9fa48("161") ? true : stryMutAct_9fa48("160") ? map : (stryCov_9fa48("160", "161", "162"), !map)) return null;
    const keys = map.items.map(stryMutAct_9fa48("163") ? () => undefined : (stryCov_9fa48("163"), p => isScalar(p.key) ? String(p.key.value) : stryMutAct_9fa48("164") ? "Stryker was here!" : (stryCov_9fa48("164"), "")));
    const name = resolveKey(keys, key);
    return stryMutAct_9fa48("165") ? map.items.find(p => isScalar(p.key) && String(p.key.value) === name) && null : (stryCov_9fa48("165"), map.items.find(stryMutAct_9fa48("166") ? () => undefined : (stryCov_9fa48("166"), p => stryMutAct_9fa48("169") ? isScalar(p.key) || String(p.key.value) === name : stryMutAct_9fa48("168") ? false : stryMutAct_9fa48("167") ? true : (stryCov_9fa48("167", "168", "169"), isScalar(p.key) && (stryMutAct_9fa48("171") ? String(p.key.value) !== name : stryMutAct_9fa48("170") ? true : (stryCov_9fa48("170", "171"), String(p.key.value) === name))))) ?? null);
  }
}
function keyName(pair: Pair<unknown, unknown>): string {
  if (stryMutAct_9fa48("172")) {
    {}
  } else {
    stryCov_9fa48("172");
    return isScalar(pair.key) ? String(pair.key.value) : stryMutAct_9fa48("173") ? "Stryker was here!" : (stryCov_9fa48("173"), "");
  }
}
function at(from: number, to: number, insert: string): Splice {
  if (stryMutAct_9fa48("174")) {
    {}
  } else {
    stryCov_9fa48("174");
    return stryMutAct_9fa48("175") ? {} : (stryCov_9fa48("175"), {
      from,
      to,
      insert
    });
  }
}

/** A new frontmatter block at the top of a note that has none. */
function newBlock(text: string, line: string): Splice {
  if (stryMutAct_9fa48("176")) {
    {}
  } else {
    stryCov_9fa48("176");
    const eol = detectEol(text);
    const start = hasBom(text) ? 1 : 0;
    return at(start, start, stryMutAct_9fa48("177") ? `` : (stryCov_9fa48("177"), `---${eol}${line}${eol}---${eol}`));
  }
}

/** Column of the first key in a block map: a top-level map may be indented. */
function mapIndent(loc: Located): string {
  if (stryMutAct_9fa48("178")) {
    {}
  } else {
    stryCov_9fa48("178");
    const first = stryMutAct_9fa48("179") ? loc.map.items[0] : (stryCov_9fa48("179"), loc.map?.items[0]);
    const r = (stryMutAct_9fa48("182") ? first || isScalar(first.key) : stryMutAct_9fa48("181") ? false : stryMutAct_9fa48("180") ? true : (stryCov_9fa48("180", "181", "182"), first && isScalar(first.key))) ? rangeOf(first.key) : null;
    if (stryMutAct_9fa48("185") ? false : stryMutAct_9fa48("184") ? true : stryMutAct_9fa48("183") ? r : (stryCov_9fa48("183", "184", "185"), !r)) return stryMutAct_9fa48("186") ? "Stryker was here!" : (stryCov_9fa48("186"), "");
    const offset = stryMutAct_9fa48("187") ? loc.base - r[0] : (stryCov_9fa48("187"), loc.base + r[0]);
    const prefix = stryMutAct_9fa48("188") ? loc.text : (stryCov_9fa48("188"), loc.text.slice(lineStart(loc.text, offset), offset));
    return (stryMutAct_9fa48("192") ? /^[^ \t]*$/ : stryMutAct_9fa48("191") ? /^[ \t]$/ : stryMutAct_9fa48("190") ? /^[ \t]*/ : stryMutAct_9fa48("189") ? /[ \t]*$/ : (stryCov_9fa48("189", "190", "191", "192"), /^[ \t]*$/)).test(prefix) ? prefix : stryMutAct_9fa48("193") ? "Stryker was here!" : (stryCov_9fa48("193"), "");
  }
}
function keyStyle(loc: Located): QuoteStyle {
  if (stryMutAct_9fa48("194")) {
    {}
  } else {
    stryCov_9fa48("194");
    const first = stryMutAct_9fa48("195") ? loc.map.items[0] : (stryCov_9fa48("195"), loc.map?.items[0]);
    return first ? styleOf(first.key as Node) : stryMutAct_9fa48("196") ? "" : (stryCov_9fa48("196"), "plain");
  }
}

/**
 * Adds a new property: a line at the end of a block map, an entry in a flow map (`{"a": 1}`
 * frontmatter), or a new block when the note has none. `valuePart` renders what follows the
 * colon, leading space or line break included.
 */
function addProperty(loc: Located | null, text: string, key: string, valuePart: (inFlow: boolean) => string): Splice | null {
  if (stryMutAct_9fa48("197")) {
    {}
  } else {
    stryCov_9fa48("197");
    if (stryMutAct_9fa48("200") ? false : stryMutAct_9fa48("199") ? true : stryMutAct_9fa48("198") ? loc : (stryCov_9fa48("198", "199", "200"), !loc)) return newBlock(text, stryMutAct_9fa48("201") ? `` : (stryCov_9fa48("201"), `${renderKey(key, stryMutAct_9fa48("202") ? "" : (stryCov_9fa48("202"), "plain"))}:${valuePart(stryMutAct_9fa48("203") ? true : (stryCov_9fa48("203"), false))}`));
    const map = loc.map;
    const style = keyStyle(loc);
    if (stryMutAct_9fa48("206") ? map || map.flow : stryMutAct_9fa48("205") ? false : stryMutAct_9fa48("204") ? true : (stryCov_9fa48("204", "205", "206"), map && map.flow)) {
      if (stryMutAct_9fa48("207")) {
        {}
      } else {
        stryCov_9fa48("207");
        const r = rangeOf(map);
        if (stryMutAct_9fa48("210") ? false : stryMutAct_9fa48("209") ? true : stryMutAct_9fa48("208") ? r : (stryCov_9fa48("208", "209", "210"), !r)) return null;
        const entry = stryMutAct_9fa48("211") ? `` : (stryCov_9fa48("211"), `${renderKey(key, style)}:${valuePart(stryMutAct_9fa48("212") ? false : (stryCov_9fa48("212"), true))}`);
        const last = map.items[stryMutAct_9fa48("213") ? map.items.length + 1 : (stryCov_9fa48("213"), map.items.length - 1)];
        if (stryMutAct_9fa48("216") ? false : stryMutAct_9fa48("215") ? true : stryMutAct_9fa48("214") ? last : (stryCov_9fa48("214", "215", "216"), !last)) {
          if (stryMutAct_9fa48("217")) {
            {}
          } else {
            stryCov_9fa48("217");
            const open = stryMutAct_9fa48("218") ? loc.base - r[0] : (stryCov_9fa48("218"), loc.base + r[0]);
            return at(stryMutAct_9fa48("219") ? open - 1 : (stryCov_9fa48("219"), open + 1), stryMutAct_9fa48("220") ? open - 1 : (stryCov_9fa48("220"), open + 1), entry);
          }
        }
        const lastRange = last.value ? rangeOf(last.value as Node) : rangeOf(last.key as Node);
        const keyRange = rangeOf(last.key as Node);
        if (stryMutAct_9fa48("223") ? !lastRange && !keyRange : stryMutAct_9fa48("222") ? false : stryMutAct_9fa48("221") ? true : (stryCov_9fa48("221", "222", "223"), (stryMutAct_9fa48("224") ? lastRange : (stryCov_9fa48("224"), !lastRange)) || (stryMutAct_9fa48("225") ? keyRange : (stryCov_9fa48("225"), !keyRange)))) return null;
        const end = stryMutAct_9fa48("226") ? loc.base - lastRange[1] : (stryCov_9fa48("226"), loc.base + lastRange[1]);
        if (stryMutAct_9fa48("229") ? false : stryMutAct_9fa48("228") ? true : stryMutAct_9fa48("227") ? text.slice(loc.base + r[0], loc.base + r[1]).includes("\n") : (stryCov_9fa48("227", "228", "229"), !(stryMutAct_9fa48("230") ? text.includes("\n") : (stryCov_9fa48("230"), text.slice(stryMutAct_9fa48("231") ? loc.base - r[0] : (stryCov_9fa48("231"), loc.base + r[0]), stryMutAct_9fa48("232") ? loc.base - r[1] : (stryCov_9fa48("232"), loc.base + r[1])).includes(stryMutAct_9fa48("233") ? "" : (stryCov_9fa48("233"), "\n")))))) return at(end, end, stryMutAct_9fa48("234") ? `` : (stryCov_9fa48("234"), `, ${entry}`));
        const keyAt = stryMutAct_9fa48("235") ? loc.base - keyRange[0] : (stryCov_9fa48("235"), loc.base + keyRange[0]);
        const indent = stryMutAct_9fa48("236") ? text : (stryCov_9fa48("236"), text.slice(lineStart(text, keyAt), keyAt));
        return at(end, end, stryMutAct_9fa48("237") ? `` : (stryCov_9fa48("237"), `,${loc.eol}${(stryMutAct_9fa48("241") ? /^[^ \t]*$/ : stryMutAct_9fa48("240") ? /^[ \t]$/ : stryMutAct_9fa48("239") ? /^[ \t]*/ : stryMutAct_9fa48("238") ? /[ \t]*$/ : (stryCov_9fa48("238", "239", "240", "241"), /^[ \t]*$/)).test(indent) ? indent : stryMutAct_9fa48("242") ? "" : (stryCov_9fa48("242"), "  ")}${entry}`));
      }
    }
    const line = stryMutAct_9fa48("243") ? `` : (stryCov_9fa48("243"), `${mapIndent(loc)}${renderKey(key, style)}:${valuePart(stryMutAct_9fa48("244") ? true : (stryCov_9fa48("244"), false))}${loc.eol}`);
    return at(loc.block.contentEnd, loc.block.contentEnd, line);
  }
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
  if (stryMutAct_9fa48("245")) {
    {}
  } else {
    stryCov_9fa48("245");
    const pair = loc ? findPair(loc.map, key) : null;
    if (stryMutAct_9fa48("248") ? loc && !loc.map || loc.document.contents !== null : stryMutAct_9fa48("247") ? false : stryMutAct_9fa48("246") ? true : (stryCov_9fa48("246", "247", "248"), (stryMutAct_9fa48("250") ? loc || !loc.map : stryMutAct_9fa48("249") ? true : (stryCov_9fa48("249", "250"), loc && (stryMutAct_9fa48("251") ? loc.map : (stryCov_9fa48("251"), !loc.map)))) && (stryMutAct_9fa48("253") ? loc.document.contents === null : stryMutAct_9fa48("252") ? true : (stryCov_9fa48("252", "253"), loc.document.contents !== null)))) return refuse(stryMutAct_9fa48("254") ? "" : (stryCov_9fa48("254"), "its frontmatter is not a set of properties"));
    const name = pair ? keyName(pair) : key;
    const sets: [string, unknown][] = stryMutAct_9fa48("255") ? [] : (stryCov_9fa48("255"), [stryMutAct_9fa48("256") ? [] : (stryCov_9fa48("256"), [name, value])]);
    if (stryMutAct_9fa48("259") ? !loc && !pair : stryMutAct_9fa48("258") ? false : stryMutAct_9fa48("257") ? true : (stryCov_9fa48("257", "258", "259"), (stryMutAct_9fa48("260") ? loc : (stryCov_9fa48("260"), !loc)) || (stryMutAct_9fa48("261") ? pair : (stryCov_9fa48("261"), !pair)))) {
      if (stryMutAct_9fa48("262")) {
        {}
      } else {
        stryCov_9fa48("262");
        // In JSON-style frontmatter (`{"tags": "x"}`) a new value is quoted like its keys.
        const style = stryMutAct_9fa48("263") ? options.style && (loc?.map?.flow && keyStyle(loc) === "double" ? "double" : "plain") : (stryCov_9fa48("263"), options.style ?? ((stryMutAct_9fa48("266") ? loc?.map?.flow || keyStyle(loc) === "double" : stryMutAct_9fa48("265") ? false : stryMutAct_9fa48("264") ? true : (stryCov_9fa48("264", "265", "266"), (stryMutAct_9fa48("268") ? loc.map?.flow : stryMutAct_9fa48("267") ? loc?.map.flow : (stryCov_9fa48("267", "268"), loc?.map?.flow)) && (stryMutAct_9fa48("270") ? keyStyle(loc) !== "double" : stryMutAct_9fa48("269") ? true : (stryCov_9fa48("269", "270"), keyStyle(loc) === (stryMutAct_9fa48("271") ? "" : (stryCov_9fa48("271"), "double")))))) ? stryMutAct_9fa48("272") ? "" : (stryCov_9fa48("272"), "double") : stryMutAct_9fa48("273") ? "" : (stryCov_9fa48("273"), "plain")));
        const added = addProperty(loc, text, key, stryMutAct_9fa48("274") ? () => undefined : (stryCov_9fa48("274"), inFlow => stryMutAct_9fa48("275") ? `` : (stryCov_9fa48("275"), ` ${renderScalar(value, style, inFlow)}`)));
        if (stryMutAct_9fa48("278") ? added !== null : stryMutAct_9fa48("277") ? false : stryMutAct_9fa48("276") ? true : (stryCov_9fa48("276", "277", "278"), added === null)) return refuse(stryMutAct_9fa48("279") ? `` : (stryCov_9fa48("279"), `Tend could not add ${key} to its frontmatter`));
        return plan(stryMutAct_9fa48("280") ? [] : (stryCov_9fa48("280"), [added]), sets);
      }
    }
    const node = pair.value as Node | null;
    if (stryMutAct_9fa48("283") ? node || isAlias(node) || !isScalar(node) : stryMutAct_9fa48("282") ? false : stryMutAct_9fa48("281") ? true : (stryCov_9fa48("281", "282", "283"), node && (stryMutAct_9fa48("285") ? isAlias(node) && !isScalar(node) : stryMutAct_9fa48("284") ? true : (stryCov_9fa48("284", "285"), isAlias(node) || (stryMutAct_9fa48("286") ? isScalar(node) : (stryCov_9fa48("286"), !isScalar(node))))))) {
      if (stryMutAct_9fa48("287")) {
        {}
      } else {
        stryCov_9fa48("287");
        return refuse(stryMutAct_9fa48("288") ? `` : (stryCov_9fa48("288"), `${name} holds ${isSeq(node) ? stryMutAct_9fa48("289") ? "" : (stryCov_9fa48("289"), "a list") : isMap(node) ? stryMutAct_9fa48("290") ? "" : (stryCov_9fa48("290"), "a set of properties") : stryMutAct_9fa48("291") ? "" : (stryCov_9fa48("291"), "an alias")}, not a single value; the note was not changed`), lineNumber(text, stryMutAct_9fa48("292") ? loc.base - (rangeOf(node)?.[0] ?? 0) : (stryCov_9fa48("292"), loc.base + (stryMutAct_9fa48("293") ? rangeOf(node)?.[0] && 0 : (stryCov_9fa48("293"), (stryMutAct_9fa48("294") ? rangeOf(node)[0] : (stryCov_9fa48("294"), rangeOf(node)?.[0])) ?? 0)))));
      }
    }
    if (stryMutAct_9fa48("297") ? node || node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL : stryMutAct_9fa48("296") ? false : stryMutAct_9fa48("295") ? true : (stryCov_9fa48("295", "296", "297"), node && (stryMutAct_9fa48("299") ? node.type === Scalar.BLOCK_FOLDED && node.type === Scalar.BLOCK_LITERAL : stryMutAct_9fa48("298") ? true : (stryCov_9fa48("298", "299"), (stryMutAct_9fa48("301") ? node.type !== Scalar.BLOCK_FOLDED : stryMutAct_9fa48("300") ? false : (stryCov_9fa48("300", "301"), node.type === Scalar.BLOCK_FOLDED)) || (stryMutAct_9fa48("303") ? node.type !== Scalar.BLOCK_LITERAL : stryMutAct_9fa48("302") ? false : (stryCov_9fa48("302", "303"), node.type === Scalar.BLOCK_LITERAL)))))) {
      if (stryMutAct_9fa48("304")) {
        {}
      } else {
        stryCov_9fa48("304");
        return refuse(stryMutAct_9fa48("305") ? `` : (stryCov_9fa48("305"), `${name} holds a block of text (| or >); the note was not changed`), lineNumber(text, stryMutAct_9fa48("306") ? loc.base - (rangeOf(node)?.[0] ?? 0) : (stryCov_9fa48("306"), loc.base + (stryMutAct_9fa48("307") ? rangeOf(node)?.[0] && 0 : (stryCov_9fa48("307"), (stryMutAct_9fa48("308") ? rangeOf(node)[0] : (stryCov_9fa48("308"), rangeOf(node)?.[0])) ?? 0)))));
      }
    }
    const r = node ? rangeOf(node) : null;
    const source = (stryMutAct_9fa48("311") ? node || isScalar(node) : stryMutAct_9fa48("310") ? false : stryMutAct_9fa48("309") ? true : (stryCov_9fa48("309", "310", "311"), node && isScalar(node))) ? stryMutAct_9fa48("312") ? node.source && "" : (stryCov_9fa48("312"), node.source ?? (stryMutAct_9fa48("313") ? "Stryker was here!" : (stryCov_9fa48("313"), ""))) : stryMutAct_9fa48("314") ? "Stryker was here!" : (stryCov_9fa48("314"), "");
    if (stryMutAct_9fa48("317") ? (!node || !r) && source === "" && r[0] === r[1] : stryMutAct_9fa48("316") ? false : stryMutAct_9fa48("315") ? true : (stryCov_9fa48("315", "316", "317"), (stryMutAct_9fa48("319") ? !node && !r : stryMutAct_9fa48("318") ? false : (stryCov_9fa48("318", "319"), (stryMutAct_9fa48("320") ? node : (stryCov_9fa48("320"), !node)) || (stryMutAct_9fa48("321") ? r : (stryCov_9fa48("321"), !r)))) || (stryMutAct_9fa48("323") ? source === "" || r[0] === r[1] : stryMutAct_9fa48("322") ? false : (stryCov_9fa48("322", "323"), (stryMutAct_9fa48("325") ? source !== "" : stryMutAct_9fa48("324") ? true : (stryCov_9fa48("324", "325"), source === (stryMutAct_9fa48("326") ? "Stryker was here!" : (stryCov_9fa48("326"), "")))) && (stryMutAct_9fa48("328") ? r[0] !== r[1] : stryMutAct_9fa48("327") ? true : (stryCov_9fa48("327", "328"), r[0] === r[1])))))) {
      if (stryMutAct_9fa48("329")) {
        {}
      } else {
        stryCov_9fa48("329");
        // `key:` with no value: write it right after the colon, before any comment.
        const keyRange = rangeOf(pair.key as Node);
        if (stryMutAct_9fa48("332") ? false : stryMutAct_9fa48("331") ? true : stryMutAct_9fa48("330") ? keyRange : (stryCov_9fa48("330", "331", "332"), !keyRange)) return refuse(stryMutAct_9fa48("333") ? `` : (stryCov_9fa48("333"), `Tend could not find ${name} in its frontmatter`));
        const colon = text.indexOf(stryMutAct_9fa48("334") ? "" : (stryCov_9fa48("334"), ":"), stryMutAct_9fa48("335") ? loc.base - keyRange[1] : (stryCov_9fa48("335"), loc.base + keyRange[1]));
        if (stryMutAct_9fa48("338") ? colon !== -1 : stryMutAct_9fa48("337") ? false : stryMutAct_9fa48("336") ? true : (stryCov_9fa48("336", "337", "338"), colon === (stryMutAct_9fa48("339") ? +1 : (stryCov_9fa48("339"), -1)))) return refuse(stryMutAct_9fa48("340") ? `` : (stryCov_9fa48("340"), `Tend could not find ${name} in its frontmatter`));
        const inFlow = stryMutAct_9fa48("343") ? loc.map?.flow !== true : stryMutAct_9fa48("342") ? false : stryMutAct_9fa48("341") ? true : (stryCov_9fa48("341", "342", "343"), (stryMutAct_9fa48("344") ? loc.map.flow : (stryCov_9fa48("344"), loc.map?.flow)) === (stryMutAct_9fa48("345") ? false : (stryCov_9fa48("345"), true)));
        return plan(stryMutAct_9fa48("346") ? [] : (stryCov_9fa48("346"), [at(stryMutAct_9fa48("347") ? colon - 1 : (stryCov_9fa48("347"), colon + 1), stryMutAct_9fa48("348") ? colon - 1 : (stryCov_9fa48("348"), colon + 1), stryMutAct_9fa48("349") ? `` : (stryCov_9fa48("349"), ` ${renderScalar(value, stryMutAct_9fa48("350") ? options.style && "plain" : (stryCov_9fa48("350"), options.style ?? (stryMutAct_9fa48("351") ? "" : (stryCov_9fa48("351"), "plain"))), inFlow)}`))]), sets);
      }
    }
    const rendered = renderScalar(value, styleOf(node), stryMutAct_9fa48("354") ? loc.map?.flow !== true : stryMutAct_9fa48("353") ? false : stryMutAct_9fa48("352") ? true : (stryCov_9fa48("352", "353", "354"), (stryMutAct_9fa48("355") ? loc.map.flow : (stryCov_9fa48("355"), loc.map?.flow)) === (stryMutAct_9fa48("356") ? false : (stryCov_9fa48("356"), true))));
    return plan(stryMutAct_9fa48("357") ? [] : (stryCov_9fa48("357"), [at(stryMutAct_9fa48("358") ? loc.base - r[0] : (stryCov_9fa48("358"), loc.base + r[0]), stryMutAct_9fa48("359") ? loc.base - r[1] : (stryCov_9fa48("359"), loc.base + r[1]), rendered)]), sets);
  }
}

/**
 * Sets a top-level property to a text value. Only the old value's bytes change (or one line
 * is added); quoting style is kept. Refuses when the frontmatter does not parse or the
 * property holds a list, a map or a block of text.
 */
export function setFrontmatterScalar(note: NoteSource, key: string, value: string, options: ScalarOptions = {}): EditResult {
  if (stryMutAct_9fa48("360")) {
    {}
  } else {
    stryCov_9fa48("360");
    return single(note, stryMutAct_9fa48("361") ? () => undefined : (stryCov_9fa48("361"), (loc, text) => planSetScalar(loc, text, key, value, options)));
  }
}

/** Plans emptying a property's value (`snooze_until:`), keeping the key, its comment and its place. */
export function planClearValue(loc: Located | null, text: string, key: string): Planned {
  if (stryMutAct_9fa48("362")) {
    {}
  } else {
    stryCov_9fa48("362");
    const pair = loc ? findPair(loc.map, key) : null;
    if (stryMutAct_9fa48("365") ? !loc && !pair : stryMutAct_9fa48("364") ? false : stryMutAct_9fa48("363") ? true : (stryCov_9fa48("363", "364", "365"), (stryMutAct_9fa48("366") ? loc : (stryCov_9fa48("366"), !loc)) || (stryMutAct_9fa48("367") ? pair : (stryCov_9fa48("367"), !pair)))) return plan(stryMutAct_9fa48("368") ? ["Stryker was here"] : (stryCov_9fa48("368"), []), stryMutAct_9fa48("369") ? ["Stryker was here"] : (stryCov_9fa48("369"), []));
    const name = keyName(pair);
    const node = pair.value as Node | null;
    if (stryMutAct_9fa48("372") ? !node && isScalar(node) && node.value === null : stryMutAct_9fa48("371") ? false : stryMutAct_9fa48("370") ? true : (stryCov_9fa48("370", "371", "372"), (stryMutAct_9fa48("373") ? node : (stryCov_9fa48("373"), !node)) || (stryMutAct_9fa48("375") ? isScalar(node) || node.value === null : stryMutAct_9fa48("374") ? false : (stryCov_9fa48("374", "375"), isScalar(node) && (stryMutAct_9fa48("377") ? node.value !== null : stryMutAct_9fa48("376") ? true : (stryCov_9fa48("376", "377"), node.value === null)))))) return plan(stryMutAct_9fa48("378") ? ["Stryker was here"] : (stryCov_9fa48("378"), []), stryMutAct_9fa48("379") ? ["Stryker was here"] : (stryCov_9fa48("379"), []));
    if (stryMutAct_9fa48("382") ? (!isScalar(node) || node.type === Scalar.BLOCK_FOLDED) && node.type === Scalar.BLOCK_LITERAL : stryMutAct_9fa48("381") ? false : stryMutAct_9fa48("380") ? true : (stryCov_9fa48("380", "381", "382"), (stryMutAct_9fa48("384") ? !isScalar(node) && node.type === Scalar.BLOCK_FOLDED : stryMutAct_9fa48("383") ? false : (stryCov_9fa48("383", "384"), (stryMutAct_9fa48("385") ? isScalar(node) : (stryCov_9fa48("385"), !isScalar(node))) || (stryMutAct_9fa48("387") ? node.type !== Scalar.BLOCK_FOLDED : stryMutAct_9fa48("386") ? false : (stryCov_9fa48("386", "387"), node.type === Scalar.BLOCK_FOLDED)))) || (stryMutAct_9fa48("389") ? node.type !== Scalar.BLOCK_LITERAL : stryMutAct_9fa48("388") ? false : (stryCov_9fa48("388", "389"), node.type === Scalar.BLOCK_LITERAL)))) {
      if (stryMutAct_9fa48("390")) {
        {}
      } else {
        stryCov_9fa48("390");
        return refuse(stryMutAct_9fa48("391") ? `` : (stryCov_9fa48("391"), `${name} does not hold a single value; the note was not changed`));
      }
    }
    const r = rangeOf(node);
    if (stryMutAct_9fa48("394") ? false : stryMutAct_9fa48("393") ? true : stryMutAct_9fa48("392") ? r : (stryCov_9fa48("392", "393", "394"), !r)) return refuse(stryMutAct_9fa48("395") ? `` : (stryCov_9fa48("395"), `Tend could not find ${name} in its frontmatter`));
    let from = stryMutAct_9fa48("396") ? loc.base - r[0] : (stryCov_9fa48("396"), loc.base + r[0]);
    // Take the space between the colon and the value with it: `key: x` -> `key:`.
    while (stryMutAct_9fa48("398") ? from > 0 || text[from - 1] === " " || text[from - 1] === "\t" : stryMutAct_9fa48("397") ? false : (stryCov_9fa48("397", "398"), (stryMutAct_9fa48("401") ? from <= 0 : stryMutAct_9fa48("400") ? from >= 0 : stryMutAct_9fa48("399") ? true : (stryCov_9fa48("399", "400", "401"), from > 0)) && (stryMutAct_9fa48("403") ? text[from - 1] === " " && text[from - 1] === "\t" : stryMutAct_9fa48("402") ? true : (stryCov_9fa48("402", "403"), (stryMutAct_9fa48("405") ? text[from - 1] !== " " : stryMutAct_9fa48("404") ? false : (stryCov_9fa48("404", "405"), text[stryMutAct_9fa48("406") ? from + 1 : (stryCov_9fa48("406"), from - 1)] === (stryMutAct_9fa48("407") ? "" : (stryCov_9fa48("407"), " ")))) || (stryMutAct_9fa48("409") ? text[from - 1] !== "\t" : stryMutAct_9fa48("408") ? false : (stryCov_9fa48("408", "409"), text[stryMutAct_9fa48("410") ? from + 1 : (stryCov_9fa48("410"), from - 1)] === (stryMutAct_9fa48("411") ? "" : (stryCov_9fa48("411"), "\t")))))))) stryMutAct_9fa48("412") ? from++ : (stryCov_9fa48("412"), from--);
    return plan(stryMutAct_9fa48("413") ? [] : (stryCov_9fa48("413"), [at(from, stryMutAct_9fa48("414") ? loc.base - r[1] : (stryCov_9fa48("414"), loc.base + r[1]), stryMutAct_9fa48("415") ? "Stryker was here!" : (stryCov_9fa48("415"), ""))]), stryMutAct_9fa48("416") ? [] : (stryCov_9fa48("416"), [stryMutAct_9fa48("417") ? [] : (stryCov_9fa48("417"), [name, null])]));
  }
}

/** Empties a property's value (`snooze_until:`), keeping the key, its comment and its place. */
export function clearFrontmatterValue(note: NoteSource, key: string): EditResult {
  if (stryMutAct_9fa48("418")) {
    {}
  } else {
    stryCov_9fa48("418");
    return single(note, stryMutAct_9fa48("419") ? () => undefined : (stryCov_9fa48("419"), (loc, text) => planClearValue(loc, text, key)));
  }
}
interface ListAt {
  loc: Located;
  pair: Pair<unknown, unknown>;
  seq: YAMLSeq;
  name: string;
}
type ListLookup = {
  ok: true;
  list: ListAt | null;
  pair: Pair<unknown, unknown> | null;
} | EditRefused;
function findList(loc: Located | null, text: string, key: string): ListLookup {
  if (stryMutAct_9fa48("420")) {
    {}
  } else {
    stryCov_9fa48("420");
    if (stryMutAct_9fa48("423") ? loc && !loc.map || loc.document.contents !== null : stryMutAct_9fa48("422") ? false : stryMutAct_9fa48("421") ? true : (stryCov_9fa48("421", "422", "423"), (stryMutAct_9fa48("425") ? loc || !loc.map : stryMutAct_9fa48("424") ? true : (stryCov_9fa48("424", "425"), loc && (stryMutAct_9fa48("426") ? loc.map : (stryCov_9fa48("426"), !loc.map)))) && (stryMutAct_9fa48("428") ? loc.document.contents === null : stryMutAct_9fa48("427") ? true : (stryCov_9fa48("427", "428"), loc.document.contents !== null)))) return refuse(stryMutAct_9fa48("429") ? "" : (stryCov_9fa48("429"), "its frontmatter is not a set of properties"));
    const pair = loc ? findPair(loc.map, key) : null;
    if (stryMutAct_9fa48("432") ? !loc && !pair : stryMutAct_9fa48("431") ? false : stryMutAct_9fa48("430") ? true : (stryCov_9fa48("430", "431", "432"), (stryMutAct_9fa48("433") ? loc : (stryCov_9fa48("433"), !loc)) || (stryMutAct_9fa48("434") ? pair : (stryCov_9fa48("434"), !pair)))) return stryMutAct_9fa48("435") ? {} : (stryCov_9fa48("435"), {
      ok: stryMutAct_9fa48("436") ? false : (stryCov_9fa48("436"), true),
      list: null,
      pair
    });
    const node = pair.value as Node | null;
    if (stryMutAct_9fa48("439") ? node || isSeq(node) : stryMutAct_9fa48("438") ? false : stryMutAct_9fa48("437") ? true : (stryCov_9fa48("437", "438", "439"), node && isSeq(node))) return stryMutAct_9fa48("440") ? {} : (stryCov_9fa48("440"), {
      ok: stryMutAct_9fa48("441") ? false : (stryCov_9fa48("441"), true),
      list: stryMutAct_9fa48("442") ? {} : (stryCov_9fa48("442"), {
        loc,
        pair,
        seq: node,
        name: keyName(pair)
      }),
      pair
    });
    if (stryMutAct_9fa48("445") ? !node && isScalar(node) && node.value === null : stryMutAct_9fa48("444") ? false : stryMutAct_9fa48("443") ? true : (stryCov_9fa48("443", "444", "445"), (stryMutAct_9fa48("446") ? node : (stryCov_9fa48("446"), !node)) || (stryMutAct_9fa48("448") ? isScalar(node) || node.value === null : stryMutAct_9fa48("447") ? false : (stryCov_9fa48("447", "448"), isScalar(node) && (stryMutAct_9fa48("450") ? node.value !== null : stryMutAct_9fa48("449") ? true : (stryCov_9fa48("449", "450"), node.value === null)))))) return stryMutAct_9fa48("451") ? {} : (stryCov_9fa48("451"), {
      ok: stryMutAct_9fa48("452") ? false : (stryCov_9fa48("452"), true),
      list: null,
      pair
    });
    const line = lineNumber(text, stryMutAct_9fa48("453") ? loc.base - (rangeOf(node)?.[0] ?? 0) : (stryCov_9fa48("453"), loc.base + (stryMutAct_9fa48("454") ? rangeOf(node)?.[0] && 0 : (stryCov_9fa48("454"), (stryMutAct_9fa48("455") ? rangeOf(node)[0] : (stryCov_9fa48("455"), rangeOf(node)?.[0])) ?? 0))));
    return refuse(stryMutAct_9fa48("456") ? `` : (stryCov_9fa48("456"), `${keyName(pair)} holds ${isMap(node) ? stryMutAct_9fa48("457") ? "" : (stryCov_9fa48("457"), "a set of properties") : stryMutAct_9fa48("458") ? "" : (stryCov_9fa48("458"), "a single value")}, not a list; make it a list first (the note was not changed)`), line);
  }
}
function listData(list: ListAt | null, loc: Located | null, pair: Pair<unknown, unknown> | null, key: string): {
  name: string;
  items: unknown[];
} {
  if (stryMutAct_9fa48("459")) {
    {}
  } else {
    stryCov_9fa48("459");
    const name = pair ? keyName(pair) : key;
    const value = stryMutAct_9fa48("460") ? loc.data[name] : (stryCov_9fa48("460"), loc?.data[name]);
    return stryMutAct_9fa48("461") ? {} : (stryCov_9fa48("461"), {
      name,
      items: (stryMutAct_9fa48("464") ? list || Array.isArray(value) : stryMutAct_9fa48("463") ? false : stryMutAct_9fa48("462") ? true : (stryCov_9fa48("462", "463", "464"), list && Array.isArray(value))) ? stryMutAct_9fa48("465") ? [] : (stryCov_9fa48("465"), [...(value as unknown[])]) : stryMutAct_9fa48("466") ? ["Stryker was here"] : (stryCov_9fa48("466"), [])
    });
  }
}

/** Plans adding one item at the end of a list property, in the list's own style. */
export function planAddListItem(loc: Located | null, text: string, key: string, item: string): Planned {
  if (stryMutAct_9fa48("467")) {
    {}
  } else {
    stryCov_9fa48("467");
    const found = findList(loc, text, key);
    if (stryMutAct_9fa48("470") ? false : stryMutAct_9fa48("469") ? true : stryMutAct_9fa48("468") ? found.ok : (stryCov_9fa48("468", "469", "470"), !found.ok)) return found;
    const {
      list,
      pair
    } = found;
    const {
      name,
      items
    } = listData(list, loc, pair, key);
    const sets: [string, unknown][] = stryMutAct_9fa48("471") ? [] : (stryCov_9fa48("471"), [stryMutAct_9fa48("472") ? [] : (stryCov_9fa48("472"), [name, stryMutAct_9fa48("473") ? [] : (stryCov_9fa48("473"), [...items, item])])]);
    if (stryMutAct_9fa48("476") ? false : stryMutAct_9fa48("475") ? true : stryMutAct_9fa48("474") ? list : (stryCov_9fa48("474", "475", "476"), !list)) {
      if (stryMutAct_9fa48("477")) {
        {}
      } else {
        stryCov_9fa48("477");
        if (stryMutAct_9fa48("480") ? loc || pair : stryMutAct_9fa48("479") ? false : stryMutAct_9fa48("478") ? true : (stryCov_9fa48("478", "479", "480"), loc && pair)) {
          if (stryMutAct_9fa48("481")) {
            {}
          } else {
            stryCov_9fa48("481");
            // `key:` with no value becomes a block list under the key.
            const keyRange = rangeOf(pair.key as Node);
            if (stryMutAct_9fa48("484") ? false : stryMutAct_9fa48("483") ? true : stryMutAct_9fa48("482") ? keyRange : (stryCov_9fa48("482", "483", "484"), !keyRange)) return refuse(stryMutAct_9fa48("485") ? `` : (stryCov_9fa48("485"), `Tend could not find ${name} in its frontmatter`));
            if (stryMutAct_9fa48("488") ? loc.map.flow : stryMutAct_9fa48("487") ? false : stryMutAct_9fa48("486") ? true : (stryCov_9fa48("486", "487", "488"), loc.map?.flow)) {
              if (stryMutAct_9fa48("489")) {
                {}
              } else {
                stryCov_9fa48("489");
                const colon = text.indexOf(stryMutAct_9fa48("490") ? "" : (stryCov_9fa48("490"), ":"), stryMutAct_9fa48("491") ? loc.base - keyRange[1] : (stryCov_9fa48("491"), loc.base + keyRange[1]));
                if (stryMutAct_9fa48("494") ? colon !== -1 : stryMutAct_9fa48("493") ? false : stryMutAct_9fa48("492") ? true : (stryCov_9fa48("492", "493", "494"), colon === (stryMutAct_9fa48("495") ? +1 : (stryCov_9fa48("495"), -1)))) return refuse(stryMutAct_9fa48("496") ? `` : (stryCov_9fa48("496"), `Tend could not find ${name} in its frontmatter`));
                return plan(stryMutAct_9fa48("497") ? [] : (stryCov_9fa48("497"), [at(stryMutAct_9fa48("498") ? colon - 1 : (stryCov_9fa48("498"), colon + 1), stryMutAct_9fa48("499") ? colon - 1 : (stryCov_9fa48("499"), colon + 1), stryMutAct_9fa48("500") ? `` : (stryCov_9fa48("500"), ` [${renderScalar(item, stryMutAct_9fa48("501") ? "" : (stryCov_9fa48("501"), "plain"), stryMutAct_9fa48("502") ? false : (stryCov_9fa48("502"), true))}]`))]), sets);
              }
            }
            const end = lineEnd(text, stryMutAct_9fa48("503") ? loc.base - keyRange[1] : (stryCov_9fa48("503"), loc.base + keyRange[1]));
            const indent = mapIndent(loc);
            return plan(stryMutAct_9fa48("504") ? [] : (stryCov_9fa48("504"), [at(end, end, stryMutAct_9fa48("505") ? `` : (stryCov_9fa48("505"), `${loc.eol}${indent}  - ${renderScalar(item, stryMutAct_9fa48("506") ? "" : (stryCov_9fa48("506"), "plain"))}`))]), sets);
          }
        }
        const eol = stryMutAct_9fa48("507") ? loc?.eol && detectEol(text) : (stryCov_9fa48("507"), (stryMutAct_9fa48("508") ? loc.eol : (stryCov_9fa48("508"), loc?.eol)) ?? detectEol(text));
        const indent = loc ? mapIndent(loc) : stryMutAct_9fa48("509") ? "Stryker was here!" : (stryCov_9fa48("509"), "");
        const added = addProperty(loc, text, key, stryMutAct_9fa48("510") ? () => undefined : (stryCov_9fa48("510"), inFlow => inFlow ? stryMutAct_9fa48("511") ? `` : (stryCov_9fa48("511"), ` [${renderScalar(item, stryMutAct_9fa48("512") ? "" : (stryCov_9fa48("512"), "plain"), stryMutAct_9fa48("513") ? false : (stryCov_9fa48("513"), true))}]`) : stryMutAct_9fa48("514") ? `` : (stryCov_9fa48("514"), `${eol}${indent}  - ${renderScalar(item, stryMutAct_9fa48("515") ? "" : (stryCov_9fa48("515"), "plain"))}`)));
        return (stryMutAct_9fa48("518") ? added !== null : stryMutAct_9fa48("517") ? false : stryMutAct_9fa48("516") ? true : (stryCov_9fa48("516", "517", "518"), added === null)) ? refuse(stryMutAct_9fa48("519") ? `` : (stryCov_9fa48("519"), `Tend could not add ${key} to its frontmatter`)) : plan(stryMutAct_9fa48("520") ? [] : (stryCov_9fa48("520"), [added]), sets);
      }
    }
    const {
      seq
    } = list;
    const base = list.loc.base;
    const last = seq.items[seq.items.length - 1] as Node | undefined;
    if (stryMutAct_9fa48("522") ? false : stryMutAct_9fa48("521") ? true : (stryCov_9fa48("521", "522"), seq.flow)) {
      if (stryMutAct_9fa48("523")) {
        {}
      } else {
        stryCov_9fa48("523");
        const r = rangeOf(seq);
        if (stryMutAct_9fa48("526") ? false : stryMutAct_9fa48("525") ? true : stryMutAct_9fa48("524") ? r : (stryCov_9fa48("524", "525", "526"), !r)) return refuse(stryMutAct_9fa48("527") ? `` : (stryCov_9fa48("527"), `Tend could not find ${name} in its frontmatter`));
        const rendered = renderScalar(item, styleOf(stryMutAct_9fa48("528") ? last && null : (stryCov_9fa48("528"), last ?? null)), stryMutAct_9fa48("529") ? false : (stryCov_9fa48("529"), true));
        if (stryMutAct_9fa48("532") ? false : stryMutAct_9fa48("531") ? true : stryMutAct_9fa48("530") ? last : (stryCov_9fa48("530", "531", "532"), !last)) {
          if (stryMutAct_9fa48("533")) {
            {}
          } else {
            stryCov_9fa48("533");
            const open = stryMutAct_9fa48("534") ? base - r[0] : (stryCov_9fa48("534"), base + r[0]);
            return plan(stryMutAct_9fa48("535") ? [] : (stryCov_9fa48("535"), [at(stryMutAct_9fa48("536") ? open - 1 : (stryCov_9fa48("536"), open + 1), stryMutAct_9fa48("537") ? open - 1 : (stryCov_9fa48("537"), open + 1), rendered)]), sets);
          }
        }
        const lr = rangeOf(last);
        if (stryMutAct_9fa48("540") ? false : stryMutAct_9fa48("539") ? true : stryMutAct_9fa48("538") ? lr : (stryCov_9fa48("538", "539", "540"), !lr)) return refuse(stryMutAct_9fa48("541") ? `` : (stryCov_9fa48("541"), `Tend could not find ${name} in its frontmatter`));
        return plan(stryMutAct_9fa48("542") ? [] : (stryCov_9fa48("542"), [at(stryMutAct_9fa48("543") ? base - lr[1] : (stryCov_9fa48("543"), base + lr[1]), stryMutAct_9fa48("544") ? base - lr[1] : (stryCov_9fa48("544"), base + lr[1]), stryMutAct_9fa48("545") ? `` : (stryCov_9fa48("545"), `, ${rendered}`))]), sets);
      }
    }
    if (stryMutAct_9fa48("548") ? false : stryMutAct_9fa48("547") ? true : stryMutAct_9fa48("546") ? last : (stryCov_9fa48("546", "547", "548"), !last)) return refuse(stryMutAct_9fa48("549") ? `` : (stryCov_9fa48("549"), `Tend could not find ${name}'s items`));
    const lr = rangeOf(last);
    if (stryMutAct_9fa48("552") ? false : stryMutAct_9fa48("551") ? true : stryMutAct_9fa48("550") ? lr : (stryCov_9fa48("550", "551", "552"), !lr)) return refuse(stryMutAct_9fa48("553") ? `` : (stryCov_9fa48("553"), `Tend could not find ${name}'s items`));
    const valueStart = stryMutAct_9fa48("554") ? base - lr[0] : (stryCov_9fa48("554"), base + lr[0]);
    const prefix = stryMutAct_9fa48("555") ? text : (stryCov_9fa48("555"), text.slice(lineStart(text, valueStart), valueStart));
    if (stryMutAct_9fa48("558") ? false : stryMutAct_9fa48("557") ? true : stryMutAct_9fa48("556") ? /^[ \t]*-[ \t]+$/.test(prefix) : (stryCov_9fa48("556", "557", "558"), !(stryMutAct_9fa48("564") ? /^[ \t]*-[^ \t]+$/ : stryMutAct_9fa48("563") ? /^[ \t]*-[ \t]$/ : stryMutAct_9fa48("562") ? /^[^ \t]*-[ \t]+$/ : stryMutAct_9fa48("561") ? /^[ \t]-[ \t]+$/ : stryMutAct_9fa48("560") ? /^[ \t]*-[ \t]+/ : stryMutAct_9fa48("559") ? /[ \t]*-[ \t]+$/ : (stryCov_9fa48("559", "560", "561", "562", "563", "564"), /^[ \t]*-[ \t]+$/)).test(prefix))) {
      if (stryMutAct_9fa48("565")) {
        {}
      } else {
        stryCov_9fa48("565");
        return refuse(stryMutAct_9fa48("566") ? `` : (stryCov_9fa48("566"), `${name}'s last item is not on a line of its own; the note was not changed`));
      }
    }
    const next = lineNext(text, stryMutAct_9fa48("567") ? base - Math.max(lr[0], lr[1] - 1) : (stryCov_9fa48("567"), base + (stryMutAct_9fa48("568") ? Math.min(lr[0], lr[1] - 1) : (stryCov_9fa48("568"), Math.max(lr[0], stryMutAct_9fa48("569") ? lr[1] + 1 : (stryCov_9fa48("569"), lr[1] - 1))))));
    const ending = (stryMutAct_9fa48("572") ? next === text.length || !text.endsWith("\n") : stryMutAct_9fa48("571") ? false : stryMutAct_9fa48("570") ? true : (stryCov_9fa48("570", "571", "572"), (stryMutAct_9fa48("574") ? next !== text.length : stryMutAct_9fa48("573") ? true : (stryCov_9fa48("573", "574"), next === text.length)) && (stryMutAct_9fa48("575") ? text.endsWith("\n") : (stryCov_9fa48("575"), !(stryMutAct_9fa48("576") ? text.startsWith("\n") : (stryCov_9fa48("576"), text.endsWith(stryMutAct_9fa48("577") ? "" : (stryCov_9fa48("577"), "\n")))))))) ? list.loc.eol : stryMutAct_9fa48("578") ? "Stryker was here!" : (stryCov_9fa48("578"), "");
    const line = stryMutAct_9fa48("579") ? `` : (stryCov_9fa48("579"), `${ending}${prefix}${renderScalar(item, styleOf(last))}${(stryMutAct_9fa48("582") ? ending !== "" : stryMutAct_9fa48("581") ? false : stryMutAct_9fa48("580") ? true : (stryCov_9fa48("580", "581", "582"), ending === (stryMutAct_9fa48("583") ? "Stryker was here!" : (stryCov_9fa48("583"), "")))) ? list.loc.eol : stryMutAct_9fa48("584") ? "Stryker was here!" : (stryCov_9fa48("584"), "")}`);
    return plan(stryMutAct_9fa48("585") ? [] : (stryCov_9fa48("585"), [at(next, next, line)]), sets);
  }
}

/** Adds one item at the end of a list property, in the list's own style. */
export function addListItem(note: NoteSource, key: string, item: string): EditResult {
  if (stryMutAct_9fa48("586")) {
    {}
  } else {
    stryCov_9fa48("586");
    return single(note, stryMutAct_9fa48("587") ? () => undefined : (stryCov_9fa48("587"), (loc, text) => planAddListItem(loc, text, key, item)));
  }
}
function findItem(list: ListAt, index: number): {
  node: Node;
  range: Range;
} | EditRefused {
  if (stryMutAct_9fa48("588")) {
    {}
  } else {
    stryCov_9fa48("588");
    const node = list.seq.items[index] as Node | undefined;
    const r = node ? rangeOf(node) : null;
    if (stryMutAct_9fa48("591") ? !node && !r : stryMutAct_9fa48("590") ? false : stryMutAct_9fa48("589") ? true : (stryCov_9fa48("589", "590", "591"), (stryMutAct_9fa48("592") ? node : (stryCov_9fa48("592"), !node)) || (stryMutAct_9fa48("593") ? r : (stryCov_9fa48("593"), !r)))) return refuse(stryMutAct_9fa48("594") ? `` : (stryCov_9fa48("594"), `${list.name} has no item ${stryMutAct_9fa48("595") ? index - 1 : (stryCov_9fa48("595"), index + 1)}`));
    return stryMutAct_9fa48("596") ? {} : (stryCov_9fa48("596"), {
      node,
      range: r
    });
  }
}

/** Plans removing item `index` (zero-based). A block list left empty becomes `key: []`, as Obsidian writes it. */
export function planRemoveListItem(loc: Located | null, text: string, key: string, index: number): Planned {
  if (stryMutAct_9fa48("597")) {
    {}
  } else {
    stryCov_9fa48("597");
    const found = findList(loc, text, key);
    if (stryMutAct_9fa48("600") ? false : stryMutAct_9fa48("599") ? true : stryMutAct_9fa48("598") ? found.ok : (stryCov_9fa48("598", "599", "600"), !found.ok)) return found;
    const {
      list,
      pair
    } = found;
    if (stryMutAct_9fa48("603") ? false : stryMutAct_9fa48("602") ? true : stryMutAct_9fa48("601") ? list : (stryCov_9fa48("601", "602", "603"), !list)) return refuse(stryMutAct_9fa48("604") ? `` : (stryCov_9fa48("604"), `${key} has no item ${stryMutAct_9fa48("605") ? index - 1 : (stryCov_9fa48("605"), index + 1)}`));
    const {
      name,
      items
    } = listData(list, loc, pair, key);
    const item = findItem(list, index);
    if (stryMutAct_9fa48("607") ? false : stryMutAct_9fa48("606") ? true : (stryCov_9fa48("606", "607"), (stryMutAct_9fa48("608") ? "" : (stryCov_9fa48("608"), "ok")) in item)) return item;
    items.splice(index, 1);
    const sets: [string, unknown][] = stryMutAct_9fa48("609") ? [] : (stryCov_9fa48("609"), [stryMutAct_9fa48("610") ? [] : (stryCov_9fa48("610"), [name, items])]);
    const base = list.loc.base;
    const seq = list.seq;
    if (stryMutAct_9fa48("612") ? false : stryMutAct_9fa48("611") ? true : (stryCov_9fa48("611", "612"), seq.flow)) {
      if (stryMutAct_9fa48("613")) {
        {}
      } else {
        stryCov_9fa48("613");
        const prev = (stryMutAct_9fa48("617") ? index <= 0 : stryMutAct_9fa48("616") ? index >= 0 : stryMutAct_9fa48("615") ? false : stryMutAct_9fa48("614") ? true : (stryCov_9fa48("614", "615", "616", "617"), index > 0)) ? rangeOf(seq.items[index - 1] as Node) : null;
        const next = (stryMutAct_9fa48("621") ? index >= seq.items.length - 1 : stryMutAct_9fa48("620") ? index <= seq.items.length - 1 : stryMutAct_9fa48("619") ? false : stryMutAct_9fa48("618") ? true : (stryCov_9fa48("618", "619", "620", "621"), index < (stryMutAct_9fa48("622") ? seq.items.length + 1 : (stryCov_9fa48("622"), seq.items.length - 1)))) ? rangeOf(seq.items[index + 1] as Node) : null;
        if (stryMutAct_9fa48("624") ? false : stryMutAct_9fa48("623") ? true : (stryCov_9fa48("623", "624"), next)) return plan(stryMutAct_9fa48("625") ? [] : (stryCov_9fa48("625"), [at(stryMutAct_9fa48("626") ? base - item.range[0] : (stryCov_9fa48("626"), base + item.range[0]), stryMutAct_9fa48("627") ? base - next[0] : (stryCov_9fa48("627"), base + next[0]), stryMutAct_9fa48("628") ? "Stryker was here!" : (stryCov_9fa48("628"), ""))]), sets);
        if (stryMutAct_9fa48("630") ? false : stryMutAct_9fa48("629") ? true : (stryCov_9fa48("629", "630"), prev)) return plan(stryMutAct_9fa48("631") ? [] : (stryCov_9fa48("631"), [at(stryMutAct_9fa48("632") ? base - prev[1] : (stryCov_9fa48("632"), base + prev[1]), stryMutAct_9fa48("633") ? base - item.range[1] : (stryCov_9fa48("633"), base + item.range[1]), stryMutAct_9fa48("634") ? "Stryker was here!" : (stryCov_9fa48("634"), ""))]), sets);
        return plan(stryMutAct_9fa48("635") ? [] : (stryCov_9fa48("635"), [at(stryMutAct_9fa48("636") ? base - item.range[0] : (stryCov_9fa48("636"), base + item.range[0]), stryMutAct_9fa48("637") ? base - item.range[1] : (stryCov_9fa48("637"), base + item.range[1]), stryMutAct_9fa48("638") ? "Stryker was here!" : (stryCov_9fa48("638"), ""))]), sets);
      }
    }
    const from = lineStart(text, stryMutAct_9fa48("639") ? base - item.range[0] : (stryCov_9fa48("639"), base + item.range[0]));
    const prefix = stryMutAct_9fa48("640") ? text : (stryCov_9fa48("640"), text.slice(from, stryMutAct_9fa48("641") ? base - item.range[0] : (stryCov_9fa48("641"), base + item.range[0])));
    if (stryMutAct_9fa48("644") ? false : stryMutAct_9fa48("643") ? true : stryMutAct_9fa48("642") ? /^[ \t]*-[ \t]+$/.test(prefix) : (stryCov_9fa48("642", "643", "644"), !(stryMutAct_9fa48("650") ? /^[ \t]*-[^ \t]+$/ : stryMutAct_9fa48("649") ? /^[ \t]*-[ \t]$/ : stryMutAct_9fa48("648") ? /^[^ \t]*-[ \t]+$/ : stryMutAct_9fa48("647") ? /^[ \t]-[ \t]+$/ : stryMutAct_9fa48("646") ? /^[ \t]*-[ \t]+/ : stryMutAct_9fa48("645") ? /[ \t]*-[ \t]+$/ : (stryCov_9fa48("645", "646", "647", "648", "649", "650"), /^[ \t]*-[ \t]+$/)).test(prefix))) return refuse(stryMutAct_9fa48("651") ? `` : (stryCov_9fa48("651"), `${name}'s item ${stryMutAct_9fa48("652") ? index - 1 : (stryCov_9fa48("652"), index + 1)} is not on a line of its own; the note was not changed`));
    const to = lineNext(text, stryMutAct_9fa48("653") ? base - Math.max(item.range[0], item.range[1] - 1) : (stryCov_9fa48("653"), base + (stryMutAct_9fa48("654") ? Math.min(item.range[0], item.range[1] - 1) : (stryCov_9fa48("654"), Math.max(item.range[0], stryMutAct_9fa48("655") ? item.range[1] + 1 : (stryCov_9fa48("655"), item.range[1] - 1))))));
    const removal = at(from, to, stryMutAct_9fa48("656") ? "Stryker was here!" : (stryCov_9fa48("656"), ""));
    if (stryMutAct_9fa48("660") ? seq.items.length <= 1 : stryMutAct_9fa48("659") ? seq.items.length >= 1 : stryMutAct_9fa48("658") ? false : stryMutAct_9fa48("657") ? true : (stryCov_9fa48("657", "658", "659", "660"), seq.items.length > 1)) return plan(stryMutAct_9fa48("661") ? [] : (stryCov_9fa48("661"), [removal]), sets);
    // The colon comes before the item's line, so its offset is the same in the old text.
    const keyRange = rangeOf(list.pair.key as Node);
    const colon = keyRange ? text.indexOf(stryMutAct_9fa48("662") ? "" : (stryCov_9fa48("662"), ":"), stryMutAct_9fa48("663") ? base - keyRange[1] : (stryCov_9fa48("663"), base + keyRange[1])) : stryMutAct_9fa48("664") ? +1 : (stryCov_9fa48("664"), -1);
    if (stryMutAct_9fa48("667") ? colon === -1 && colon >= from : stryMutAct_9fa48("666") ? false : stryMutAct_9fa48("665") ? true : (stryCov_9fa48("665", "666", "667"), (stryMutAct_9fa48("669") ? colon !== -1 : stryMutAct_9fa48("668") ? false : (stryCov_9fa48("668", "669"), colon === (stryMutAct_9fa48("670") ? +1 : (stryCov_9fa48("670"), -1)))) || (stryMutAct_9fa48("673") ? colon < from : stryMutAct_9fa48("672") ? colon > from : stryMutAct_9fa48("671") ? false : (stryCov_9fa48("671", "672", "673"), colon >= from)))) return refuse(stryMutAct_9fa48("674") ? `` : (stryCov_9fa48("674"), `Tend could not find ${name} in its frontmatter`));
    return plan(stryMutAct_9fa48("675") ? [] : (stryCov_9fa48("675"), [at(stryMutAct_9fa48("676") ? colon - 1 : (stryCov_9fa48("676"), colon + 1), stryMutAct_9fa48("677") ? colon - 1 : (stryCov_9fa48("677"), colon + 1), stryMutAct_9fa48("678") ? "" : (stryCov_9fa48("678"), " []")), removal]), sets);
  }
}

/** Where a block map of one `key: scalar` pair on one line ends (before any comment), or null. */
function oneLineMapEnd(text: string, base: number, node: Node): number | null {
  if (stryMutAct_9fa48("679")) {
    {}
  } else {
    stryCov_9fa48("679");
    if (stryMutAct_9fa48("682") ? (!isMap(node) || node.flow) && node.items.length !== 1 : stryMutAct_9fa48("681") ? false : stryMutAct_9fa48("680") ? true : (stryCov_9fa48("680", "681", "682"), (stryMutAct_9fa48("684") ? !isMap(node) && node.flow : stryMutAct_9fa48("683") ? false : (stryCov_9fa48("683", "684"), (stryMutAct_9fa48("685") ? isMap(node) : (stryCov_9fa48("685"), !isMap(node))) || node.flow)) || (stryMutAct_9fa48("687") ? node.items.length === 1 : stryMutAct_9fa48("686") ? false : (stryCov_9fa48("686", "687"), node.items.length !== 1)))) return null;
    const pair = node.items[0];
    const value = pair?.value as Node | null | undefined;
    const start = rangeOf(node);
    const end = (stryMutAct_9fa48("690") ? value || isScalar(value) : stryMutAct_9fa48("689") ? false : stryMutAct_9fa48("688") ? true : (stryCov_9fa48("688", "689", "690"), value && isScalar(value))) ? rangeOf(value) : null;
    if (stryMutAct_9fa48("693") ? (!start || !end || (value as Scalar).type === Scalar.BLOCK_FOLDED) && (value as Scalar).type === Scalar.BLOCK_LITERAL : stryMutAct_9fa48("692") ? false : stryMutAct_9fa48("691") ? true : (stryCov_9fa48("691", "692", "693"), (stryMutAct_9fa48("695") ? (!start || !end) && (value as Scalar).type === Scalar.BLOCK_FOLDED : stryMutAct_9fa48("694") ? false : (stryCov_9fa48("694", "695"), (stryMutAct_9fa48("697") ? !start && !end : stryMutAct_9fa48("696") ? false : (stryCov_9fa48("696", "697"), (stryMutAct_9fa48("698") ? start : (stryCov_9fa48("698"), !start)) || (stryMutAct_9fa48("699") ? end : (stryCov_9fa48("699"), !end)))) || (stryMutAct_9fa48("701") ? (value as Scalar).type !== Scalar.BLOCK_FOLDED : stryMutAct_9fa48("700") ? false : (stryCov_9fa48("700", "701"), (value as Scalar).type === Scalar.BLOCK_FOLDED)))) || (stryMutAct_9fa48("703") ? (value as Scalar).type !== Scalar.BLOCK_LITERAL : stryMutAct_9fa48("702") ? false : (stryCov_9fa48("702", "703"), (value as Scalar).type === Scalar.BLOCK_LITERAL)))) return null;
    return (stryMutAct_9fa48("704") ? text.includes("\n") : (stryCov_9fa48("704"), text.slice(stryMutAct_9fa48("705") ? base - start[0] : (stryCov_9fa48("705"), base + start[0]), stryMutAct_9fa48("706") ? base - end[1] : (stryCov_9fa48("706"), base + end[1])).includes(stryMutAct_9fa48("707") ? "" : (stryCov_9fa48("707"), "\n")))) ? null : stryMutAct_9fa48("708") ? base - end[1] : (stryCov_9fa48("708"), base + end[1]);
  }
}

/** Removes item `index` (zero-based). A block list left empty becomes `key: []`, as Obsidian writes it. */
export function removeListItem(note: NoteSource, key: string, index: number): EditResult {
  if (stryMutAct_9fa48("709")) {
    {}
  } else {
    stryCov_9fa48("709");
    return single(note, stryMutAct_9fa48("710") ? () => undefined : (stryCov_9fa48("710"), (loc, text) => planRemoveListItem(loc, text, key, index)));
  }
}

/** Plans replacing the text of item `index` (zero-based), keeping its quoting. */
export function planReplaceListItem(loc: Located | null, text: string, key: string, index: number, value: string): Planned {
  if (stryMutAct_9fa48("711")) {
    {}
  } else {
    stryCov_9fa48("711");
    const found = findList(loc, text, key);
    if (stryMutAct_9fa48("714") ? false : stryMutAct_9fa48("713") ? true : stryMutAct_9fa48("712") ? found.ok : (stryCov_9fa48("712", "713", "714"), !found.ok)) return found;
    const {
      list,
      pair
    } = found;
    if (stryMutAct_9fa48("717") ? false : stryMutAct_9fa48("716") ? true : stryMutAct_9fa48("715") ? list : (stryCov_9fa48("715", "716", "717"), !list)) return refuse(stryMutAct_9fa48("718") ? `` : (stryCov_9fa48("718"), `${key} has no item ${stryMutAct_9fa48("719") ? index - 1 : (stryCov_9fa48("719"), index + 1)}`));
    const {
      name,
      items
    } = listData(list, loc, pair, key);
    const item = findItem(list, index);
    if (stryMutAct_9fa48("721") ? false : stryMutAct_9fa48("720") ? true : (stryCov_9fa48("720", "721"), (stryMutAct_9fa48("722") ? "" : (stryCov_9fa48("722"), "ok")) in item)) return item;
    const base = list.loc.base;
    // `- 2026-12-10 Intro re: data` is a one-key map to YAML but a line of text to the user
    // (the reader reads it so): it is replaced by the new text, quoted so it reads as text.
    const textMap = oneLineMapEnd(text, base, item.node);
    if (stryMutAct_9fa48("725") ? textMap === null || !isScalar(item.node) || item.node.type === Scalar.BLOCK_FOLDED || item.node.type === Scalar.BLOCK_LITERAL : stryMutAct_9fa48("724") ? false : stryMutAct_9fa48("723") ? true : (stryCov_9fa48("723", "724", "725"), (stryMutAct_9fa48("727") ? textMap !== null : stryMutAct_9fa48("726") ? true : (stryCov_9fa48("726", "727"), textMap === null)) && (stryMutAct_9fa48("729") ? (!isScalar(item.node) || item.node.type === Scalar.BLOCK_FOLDED) && item.node.type === Scalar.BLOCK_LITERAL : stryMutAct_9fa48("728") ? true : (stryCov_9fa48("728", "729"), (stryMutAct_9fa48("731") ? !isScalar(item.node) && item.node.type === Scalar.BLOCK_FOLDED : stryMutAct_9fa48("730") ? false : (stryCov_9fa48("730", "731"), (stryMutAct_9fa48("732") ? isScalar(item.node) : (stryCov_9fa48("732"), !isScalar(item.node))) || (stryMutAct_9fa48("734") ? item.node.type !== Scalar.BLOCK_FOLDED : stryMutAct_9fa48("733") ? false : (stryCov_9fa48("733", "734"), item.node.type === Scalar.BLOCK_FOLDED)))) || (stryMutAct_9fa48("736") ? item.node.type !== Scalar.BLOCK_LITERAL : stryMutAct_9fa48("735") ? false : (stryCov_9fa48("735", "736"), item.node.type === Scalar.BLOCK_LITERAL)))))) {
      if (stryMutAct_9fa48("737")) {
        {}
      } else {
        stryCov_9fa48("737");
        return refuse(stryMutAct_9fa48("738") ? `` : (stryCov_9fa48("738"), `${name}'s item ${stryMutAct_9fa48("739") ? index - 1 : (stryCov_9fa48("739"), index + 1)} is not a single line of text; the note was not changed`));
      }
    }
    items[index] = value;
    const rendered = renderScalar(value, (stryMutAct_9fa48("742") ? textMap !== null : stryMutAct_9fa48("741") ? false : stryMutAct_9fa48("740") ? true : (stryCov_9fa48("740", "741", "742"), textMap === null)) ? styleOf(item.node) : stryMutAct_9fa48("743") ? "" : (stryCov_9fa48("743"), "double"), stryMutAct_9fa48("746") ? list.seq.flow !== true : stryMutAct_9fa48("745") ? false : stryMutAct_9fa48("744") ? true : (stryCov_9fa48("744", "745", "746"), list.seq.flow === (stryMutAct_9fa48("747") ? false : (stryCov_9fa48("747"), true))));
    return plan(stryMutAct_9fa48("748") ? [] : (stryCov_9fa48("748"), [at(stryMutAct_9fa48("749") ? base - item.range[0] : (stryCov_9fa48("749"), base + item.range[0]), stryMutAct_9fa48("750") ? textMap && base + item.range[1] : (stryCov_9fa48("750"), textMap ?? (stryMutAct_9fa48("751") ? base - item.range[1] : (stryCov_9fa48("751"), base + item.range[1]))), rendered)]), stryMutAct_9fa48("752") ? [] : (stryCov_9fa48("752"), [stryMutAct_9fa48("753") ? [] : (stryCov_9fa48("753"), [name, items])]));
  }
}

/** Replaces the text of item `index` (zero-based), keeping its quoting. */
export function replaceListItem(note: NoteSource, key: string, index: number, value: string): EditResult {
  if (stryMutAct_9fa48("754")) {
    {}
  } else {
    stryCov_9fa48("754");
    return single(note, stryMutAct_9fa48("755") ? () => undefined : (stryCov_9fa48("755"), (loc, text) => planReplaceListItem(loc, text, key, index, value)));
  }
}