/**
 * Inserting one touchpoint entry under the log heading, keeping the section in date order
 * (DESIGN.md, "Precise rules"): newest first, a new entry goes above the entries of the same
 * or an earlier date; oldest first, it goes below the entries of the same or an earlier
 * date. Without the heading, the heading and the entry are appended at the end of the note,
 * after a blank line. Nothing else in the note changes: one line is inserted (two or three
 * when the heading is added), in the note's own line ending.
 *
 * The entry is planned as one splice (`planEntry`), so a chained edit (requests.ts) can plan
 * it after its frontmatter changes and still return exact splices.
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
import { parseIsoDay, type Day } from "../calendar";
import { asParsedNote, locateFrontmatter, type NoteSource } from "../frontmatter";
import { entryBlockEnd } from "../log";
import { detectEol, findSection, isBlank, parseHeadingSetting, scanCode, noteLines, topLevelItem, type Line } from "../markdown";
import type { TendSettings } from "../settings";
import { readEntryLine } from "../template";
import { finishEdit } from "./plan";
import { refuse, type EditRefused, type EditResult } from "./result";
import type { Splice } from "./splices";

/** The heading line to write: the setting, with `## ` added when it has no level. */
export function headingLine(setting: string): string {
  if (stryMutAct_9fa48("756")) {
    {}
  } else {
    stryCov_9fa48("756");
    const trimmed = stryMutAct_9fa48("757") ? setting : (stryCov_9fa48("757"), setting.trim());
    return (stryMutAct_9fa48("760") ? /^#{1,6}[^ \t]/ : stryMutAct_9fa48("759") ? /^#[ \t]/ : stryMutAct_9fa48("758") ? /#{1,6}[ \t]/ : (stryCov_9fa48("758", "759", "760"), /^#{1,6}[ \t]/)).test(trimmed) ? trimmed : stryMutAct_9fa48("761") ? `` : (stryCov_9fa48("761"), `## ${trimmed}`);
  }
}

/**
 * Plans inserting `line` (a rendered entry, no line ending) for `day` into the log of `text`:
 * one splice, an insertion.
 */
export function planEntry(text: string, line: string, day: Day, settings: TendSettings): {
  ok: true;
  splice: Splice;
} | EditRefused {
  if (stryMutAct_9fa48("762")) {
    {}
  } else {
    stryCov_9fa48("762");
    if (stryMutAct_9fa48("764") ? false : stryMutAct_9fa48("763") ? true : (stryCov_9fa48("763", "764"), (stryMutAct_9fa48("765") ? /[^\r\n]/ : (stryCov_9fa48("765"), /[\r\n]/)).test(line))) return refuse(stryMutAct_9fa48("766") ? "" : (stryCov_9fa48("766"), "a touchpoint entry must be one line"));
    const eol = detectEol(text);
    const lines = noteLines(text);
    const block = locateFrontmatter(text);
    let firstBody = 0;
    if (stryMutAct_9fa48("768") ? false : stryMutAct_9fa48("767") ? true : (stryCov_9fa48("767", "768"), block)) while (stryMutAct_9fa48("770") ? firstBody < lines.length || (lines[firstBody] as Line).start < block.bodyStart : stryMutAct_9fa48("769") ? false : (stryCov_9fa48("769", "770"), (stryMutAct_9fa48("773") ? firstBody >= lines.length : stryMutAct_9fa48("772") ? firstBody <= lines.length : stryMutAct_9fa48("771") ? true : (stryCov_9fa48("771", "772", "773"), firstBody < lines.length)) && (stryMutAct_9fa48("776") ? (lines[firstBody] as Line).start >= block.bodyStart : stryMutAct_9fa48("775") ? (lines[firstBody] as Line).start <= block.bodyStart : stryMutAct_9fa48("774") ? true : (stryCov_9fa48("774", "775", "776"), (lines[firstBody] as Line).start < block.bodyStart)))) stryMutAct_9fa48("777") ? firstBody-- : (stryCov_9fa48("777"), firstBody++);
    const scan = scanCode(lines);
    const section = findSection(lines, scan.mask, parseHeadingSetting(settings.logHeading), firstBody);
    const insert = stryMutAct_9fa48("778") ? () => undefined : (stryCov_9fa48("778"), (() => {
      const insert = (offset: number, inserted: string) => stryMutAct_9fa48("779") ? {} : (stryCov_9fa48("779"), {
        ok: true as const,
        splice: stryMutAct_9fa48("780") ? {} : (stryCov_9fa48("780"), {
          from: offset,
          to: offset,
          insert: inserted
        })
      });
      return insert;
    })());
    const end = text.length;
    if (stryMutAct_9fa48("783") ? false : stryMutAct_9fa48("782") ? true : stryMutAct_9fa48("781") ? section : (stryCov_9fa48("781", "782", "783"), !section)) {
      if (stryMutAct_9fa48("784")) {
        {}
      } else {
        stryCov_9fa48("784");
        if (stryMutAct_9fa48("786") ? false : stryMutAct_9fa48("785") ? true : (stryCov_9fa48("785", "786"), scan.openAtEnd)) {
          if (stryMutAct_9fa48("787")) {
            {}
          } else {
            stryCov_9fa48("787");
            let open = stryMutAct_9fa48("788") ? lines.length + 1 : (stryCov_9fa48("788"), lines.length - 1);
            while (stryMutAct_9fa48("790") ? open > 0 || scan.mask[open - 1] : stryMutAct_9fa48("789") ? false : (stryCov_9fa48("789", "790"), (stryMutAct_9fa48("793") ? open <= 0 : stryMutAct_9fa48("792") ? open >= 0 : stryMutAct_9fa48("791") ? true : (stryCov_9fa48("791", "792", "793"), open > 0)) && scan.mask[stryMutAct_9fa48("794") ? open + 1 : (stryCov_9fa48("794"), open - 1)])) stryMutAct_9fa48("795") ? open++ : (stryCov_9fa48("795"), open--);
            return refuse(stryMutAct_9fa48("796") ? `` : (stryCov_9fa48("796"), `the note ends inside a code block that is never closed (from line ${stryMutAct_9fa48("797") ? open - 1 : (stryCov_9fa48("797"), open + 1)}), so a log heading added at the end would be part of it; close the code block or add a "${headingLine(settings.logHeading)}" heading`), stryMutAct_9fa48("798") ? open - 1 : (stryCov_9fa48("798"), open + 1));
          }
        }
        const heading = headingLine(settings.logHeading);
        if (stryMutAct_9fa48("801") ? text === "" && text === "\uFEFF" : stryMutAct_9fa48("800") ? false : stryMutAct_9fa48("799") ? true : (stryCov_9fa48("799", "800", "801"), (stryMutAct_9fa48("803") ? text !== "" : stryMutAct_9fa48("802") ? false : (stryCov_9fa48("802", "803"), text === (stryMutAct_9fa48("804") ? "Stryker was here!" : (stryCov_9fa48("804"), "")))) || (stryMutAct_9fa48("806") ? text !== "\uFEFF" : stryMutAct_9fa48("805") ? false : (stryCov_9fa48("805", "806"), text === (stryMutAct_9fa48("807") ? "" : (stryCov_9fa48("807"), "\uFEFF")))))) return insert(end, stryMutAct_9fa48("808") ? `` : (stryCov_9fa48("808"), `${heading}${eol}${line}${eol}`));
        const lastLine = lines[stryMutAct_9fa48("809") ? lines.length + 1 : (stryCov_9fa48("809"), lines.length - 1)];
        const endsWithBlank = stryMutAct_9fa48("812") ? lastLine !== undefined || isBlank(lastLine.text) : stryMutAct_9fa48("811") ? false : stryMutAct_9fa48("810") ? true : (stryCov_9fa48("810", "811", "812"), (stryMutAct_9fa48("814") ? lastLine === undefined : stryMutAct_9fa48("813") ? true : (stryCov_9fa48("813", "814"), lastLine !== undefined)) && isBlank(lastLine.text));
        if (stryMutAct_9fa48("817") ? text.startsWith("\n") : stryMutAct_9fa48("816") ? false : stryMutAct_9fa48("815") ? true : (stryCov_9fa48("815", "816", "817"), text.endsWith(stryMutAct_9fa48("818") ? "" : (stryCov_9fa48("818"), "\n")))) return insert(end, stryMutAct_9fa48("819") ? `` : (stryCov_9fa48("819"), `${endsWithBlank ? stryMutAct_9fa48("820") ? "Stryker was here!" : (stryCov_9fa48("820"), "") : eol}${heading}${eol}${line}${eol}`));
        // No final newline: the note keeps ending without one.
        return insert(end, stryMutAct_9fa48("821") ? `` : (stryCov_9fa48("821"), `${eol}${endsWithBlank ? stryMutAct_9fa48("822") ? "Stryker was here!" : (stryCov_9fa48("822"), "") : eol}${heading}${eol}${line}`));
      }
    }
    const entries: {
      index: number;
      day: Day;
    }[] = stryMutAct_9fa48("823") ? ["Stryker was here"] : (stryCov_9fa48("823"), []);
    for (let i = section.first; stryMutAct_9fa48("826") ? i >= section.end : stryMutAct_9fa48("825") ? i <= section.end : stryMutAct_9fa48("824") ? false : (stryCov_9fa48("824", "825", "826"), i < section.end); stryMutAct_9fa48("827") ? i-- : (stryCov_9fa48("827"), i++)) {
      if (stryMutAct_9fa48("828")) {
        {}
      } else {
        stryCov_9fa48("828");
        if (stryMutAct_9fa48("830") ? false : stryMutAct_9fa48("829") ? true : (stryCov_9fa48("829", "830"), scan.mask[i])) continue;
        const l = lines[i] as Line;
        if (stryMutAct_9fa48("833") ? topLevelItem(l.text) !== null : stryMutAct_9fa48("832") ? false : stryMutAct_9fa48("831") ? true : (stryCov_9fa48("831", "832", "833"), topLevelItem(l.text) === null)) continue;
        const fields = readEntryLine(settings.entryTemplate, l.text);
        const d = fields ? parseIsoDay(fields.date) : null;
        if (stryMutAct_9fa48("836") ? d === null : stryMutAct_9fa48("835") ? false : stryMutAct_9fa48("834") ? true : (stryCov_9fa48("834", "835", "836"), d !== null)) entries.push(stryMutAct_9fa48("837") ? {} : (stryCov_9fa48("837"), {
          index: i,
          day: d
        }));
      }
    }
    const newestFirst = stryMutAct_9fa48("840") ? settings.logOrder === "oldest-first" : stryMutAct_9fa48("839") ? false : stryMutAct_9fa48("838") ? true : (stryCov_9fa48("838", "839", "840"), settings.logOrder !== (stryMutAct_9fa48("841") ? "" : (stryCov_9fa48("841"), "oldest-first")));
    const before = entries.find(stryMutAct_9fa48("842") ? () => undefined : (stryCov_9fa48("842"), e => newestFirst ? stryMutAct_9fa48("846") ? e.day > day : stryMutAct_9fa48("845") ? e.day < day : stryMutAct_9fa48("844") ? false : stryMutAct_9fa48("843") ? true : (stryCov_9fa48("843", "844", "845", "846"), e.day <= day) : stryMutAct_9fa48("850") ? e.day <= day : stryMutAct_9fa48("849") ? e.day >= day : stryMutAct_9fa48("848") ? false : stryMutAct_9fa48("847") ? true : (stryCov_9fa48("847", "848", "849", "850"), e.day > day)));
    if (stryMutAct_9fa48("852") ? false : stryMutAct_9fa48("851") ? true : (stryCov_9fa48("851", "852"), before)) return insert((lines[before.index] as Line).start, stryMutAct_9fa48("853") ? line - eol : (stryCov_9fa48("853"), line + eol));
    const last = entries[stryMutAct_9fa48("854") ? entries.length + 1 : (stryCov_9fa48("854"), entries.length - 1)];
    const afterLine = last ? stryMutAct_9fa48("855") ? entryBlockEnd(lines, last.index, section.end) + 1 : (stryCov_9fa48("855"), entryBlockEnd(lines, last.index, section.end) - 1) : section.heading;
    const anchor = lines[afterLine] as Line;
    // The anchor is the last line and has no line ending: the entry becomes the last line.
    if (stryMutAct_9fa48("858") ? anchor.next !== anchor.end : stryMutAct_9fa48("857") ? false : stryMutAct_9fa48("856") ? true : (stryCov_9fa48("856", "857", "858"), anchor.next === anchor.end)) return insert(end, stryMutAct_9fa48("859") ? eol - line : (stryCov_9fa48("859"), eol + line));
    return insert(anchor.next, stryMutAct_9fa48("860") ? line - eol : (stryCov_9fa48("860"), line + eol));
  }
}

/** Inserts `line` (a rendered entry, no line ending) for `day` into the note's log. */
export function insertEntry(note: NoteSource, line: string, day: Day, settings: TendSettings): EditResult {
  if (stryMutAct_9fa48("861")) {
    {}
  } else {
    stryCov_9fa48("861");
    return finishEdit(asParsedNote(note), stryMutAct_9fa48("862") ? ["Stryker was here"] : (stryCov_9fa48("862"), []), stryMutAct_9fa48("863") ? {} : (stryCov_9fa48("863"), {
      body: stryMutAct_9fa48("864") ? () => undefined : (stryCov_9fa48("864"), text => planEntry(text, line, day, settings))
    }));
  }
}