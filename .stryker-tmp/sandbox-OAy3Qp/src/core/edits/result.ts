/**
 * What an edit returns: the new text with the splices that make it, or a refusal that says
 * why (and on which line). Every write in Tend is such a pure function; the plugin and the
 * CLI only apply the result.
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
import { parseFrontmatter } from "../frontmatter";
import type { Splice } from "./splices";
export type EditResult = EditDone | EditRefused;
export interface EditDone {
  ok: true;
  text: string;
  /**
   * The changes from the old text to `text`: ranges in the old text with their new text,
   * earliest first, never overlapping, so `applySplices(old, splices) === text`. Empty when
   * nothing changed. The plugin's editor transaction is made of exactly these.
   */
  splices: Splice[];
  /**
   * The properties of the new text (as the check that re-parses it read them), or null when
   * it has no frontmatter. Callers use them instead of parsing the new text again.
   */
  frontmatter: Record<string, unknown> | null;
  /** Things the user should know that did not stop the edit. */
  warnings: string[];
}
export interface EditRefused {
  ok: false;
  /** A sentence for the user; the caller adds the file name. */
  reason: string;
  /** One-based line in the note, when the refusal has one. */
  line?: number;
}
export function done(text: string, splices: Splice[], frontmatter: Record<string, unknown> | null, warnings: string[] = stryMutAct_9fa48("1378") ? ["Stryker was here"] : (stryCov_9fa48("1378"), [])): EditDone {
  if (stryMutAct_9fa48("1379")) {
    {}
  } else {
    stryCov_9fa48("1379");
    return stryMutAct_9fa48("1380") ? {} : (stryCov_9fa48("1380"), {
      ok: stryMutAct_9fa48("1381") ? false : (stryCov_9fa48("1381"), true),
      text,
      splices,
      frontmatter,
      warnings
    });
  }
}

/**
 * A text made from another one as a whole (a new note from a template): one splice that
 * replaces all of `before`, and the properties parsed from the new text.
 */
export function rewritten(before: string, text: string, warnings: string[] = stryMutAct_9fa48("1382") ? ["Stryker was here"] : (stryCov_9fa48("1382"), [])): EditDone {
  if (stryMutAct_9fa48("1383")) {
    {}
  } else {
    stryCov_9fa48("1383");
    const parsed = parseFrontmatter(text);
    const splices = (stryMutAct_9fa48("1386") ? text !== before : stryMutAct_9fa48("1385") ? false : stryMutAct_9fa48("1384") ? true : (stryCov_9fa48("1384", "1385", "1386"), text === before)) ? stryMutAct_9fa48("1387") ? ["Stryker was here"] : (stryCov_9fa48("1387"), []) : stryMutAct_9fa48("1388") ? [] : (stryCov_9fa48("1388"), [stryMutAct_9fa48("1389") ? {} : (stryCov_9fa48("1389"), {
      from: 0,
      to: before.length,
      insert: text
    })]);
    return done(text, splices, (stryMutAct_9fa48("1392") ? parsed.kind !== "ok" : stryMutAct_9fa48("1391") ? false : stryMutAct_9fa48("1390") ? true : (stryCov_9fa48("1390", "1391", "1392"), parsed.kind === (stryMutAct_9fa48("1393") ? "" : (stryCov_9fa48("1393"), "ok")))) ? parsed.data : null, warnings);
  }
}
export function refuse(reason: string, line?: number): EditRefused {
  if (stryMutAct_9fa48("1394")) {
    {}
  } else {
    stryCov_9fa48("1394");
    return (stryMutAct_9fa48("1397") ? line !== undefined : stryMutAct_9fa48("1396") ? false : stryMutAct_9fa48("1395") ? true : (stryCov_9fa48("1395", "1396", "1397"), line === undefined)) ? stryMutAct_9fa48("1398") ? {} : (stryCov_9fa48("1398"), {
      ok: stryMutAct_9fa48("1399") ? true : (stryCov_9fa48("1399"), false),
      reason
    }) : stryMutAct_9fa48("1400") ? {} : (stryCov_9fa48("1400"), {
      ok: stryMutAct_9fa48("1401") ? true : (stryCov_9fa48("1401"), false),
      reason,
      line
    });
  }
}
export function deepEqual(a: unknown, b: unknown): boolean {
  if (stryMutAct_9fa48("1402")) {
    {}
  } else {
    stryCov_9fa48("1402");
    if (stryMutAct_9fa48("1405") ? a !== b : stryMutAct_9fa48("1404") ? false : stryMutAct_9fa48("1403") ? true : (stryCov_9fa48("1403", "1404", "1405"), a === b)) return stryMutAct_9fa48("1406") ? false : (stryCov_9fa48("1406"), true);
    if (stryMutAct_9fa48("1409") ? (typeof a !== typeof b || a === null || b === null) && typeof a !== "object" : stryMutAct_9fa48("1408") ? false : stryMutAct_9fa48("1407") ? true : (stryCov_9fa48("1407", "1408", "1409"), (stryMutAct_9fa48("1411") ? (typeof a !== typeof b || a === null) && b === null : stryMutAct_9fa48("1410") ? false : (stryCov_9fa48("1410", "1411"), (stryMutAct_9fa48("1413") ? typeof a !== typeof b && a === null : stryMutAct_9fa48("1412") ? false : (stryCov_9fa48("1412", "1413"), (stryMutAct_9fa48("1415") ? typeof a === typeof b : stryMutAct_9fa48("1414") ? false : (stryCov_9fa48("1414", "1415"), typeof a !== typeof b)) || (stryMutAct_9fa48("1417") ? a !== null : stryMutAct_9fa48("1416") ? false : (stryCov_9fa48("1416", "1417"), a === null)))) || (stryMutAct_9fa48("1419") ? b !== null : stryMutAct_9fa48("1418") ? false : (stryCov_9fa48("1418", "1419"), b === null)))) || (stryMutAct_9fa48("1421") ? typeof a === "object" : stryMutAct_9fa48("1420") ? false : (stryCov_9fa48("1420", "1421"), typeof a !== (stryMutAct_9fa48("1422") ? "" : (stryCov_9fa48("1422"), "object")))))) {
      if (stryMutAct_9fa48("1423")) {
        {}
      } else {
        stryCov_9fa48("1423");
        return stryMutAct_9fa48("1426") ? typeof a === "number" && typeof b === "number" && Number.isNaN(a) || Number.isNaN(b) : stryMutAct_9fa48("1425") ? false : stryMutAct_9fa48("1424") ? true : (stryCov_9fa48("1424", "1425", "1426"), (stryMutAct_9fa48("1428") ? typeof a === "number" && typeof b === "number" || Number.isNaN(a) : stryMutAct_9fa48("1427") ? true : (stryCov_9fa48("1427", "1428"), (stryMutAct_9fa48("1430") ? typeof a === "number" || typeof b === "number" : stryMutAct_9fa48("1429") ? true : (stryCov_9fa48("1429", "1430"), (stryMutAct_9fa48("1432") ? typeof a !== "number" : stryMutAct_9fa48("1431") ? true : (stryCov_9fa48("1431", "1432"), typeof a === (stryMutAct_9fa48("1433") ? "" : (stryCov_9fa48("1433"), "number")))) && (stryMutAct_9fa48("1435") ? typeof b !== "number" : stryMutAct_9fa48("1434") ? true : (stryCov_9fa48("1434", "1435"), typeof b === (stryMutAct_9fa48("1436") ? "" : (stryCov_9fa48("1436"), "number")))))) && Number.isNaN(a))) && Number.isNaN(b));
      }
    }
    if (stryMutAct_9fa48("1439") ? Array.isArray(a) === Array.isArray(b) : stryMutAct_9fa48("1438") ? false : stryMutAct_9fa48("1437") ? true : (stryCov_9fa48("1437", "1438", "1439"), Array.isArray(a) !== Array.isArray(b))) return stryMutAct_9fa48("1440") ? true : (stryCov_9fa48("1440"), false);
    if (stryMutAct_9fa48("1443") ? Array.isArray(a) || Array.isArray(b) : stryMutAct_9fa48("1442") ? false : stryMutAct_9fa48("1441") ? true : (stryCov_9fa48("1441", "1442", "1443"), Array.isArray(a) && Array.isArray(b))) {
      if (stryMutAct_9fa48("1444")) {
        {}
      } else {
        stryCov_9fa48("1444");
        return stryMutAct_9fa48("1447") ? a.length === b.length || a.every((v, i) => deepEqual(v, b[i])) : stryMutAct_9fa48("1446") ? false : stryMutAct_9fa48("1445") ? true : (stryCov_9fa48("1445", "1446", "1447"), (stryMutAct_9fa48("1449") ? a.length !== b.length : stryMutAct_9fa48("1448") ? true : (stryCov_9fa48("1448", "1449"), a.length === b.length)) && (stryMutAct_9fa48("1450") ? a.some((v, i) => deepEqual(v, b[i])) : (stryCov_9fa48("1450"), a.every(stryMutAct_9fa48("1451") ? () => undefined : (stryCov_9fa48("1451"), (v, i) => deepEqual(v, b[i]))))));
      }
    }
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    const ka = Object.keys(ra);
    const kb = Object.keys(rb);
    return stryMutAct_9fa48("1454") ? ka.length === kb.length || ka.every(k => Object.prototype.hasOwnProperty.call(rb, k) && deepEqual(ra[k], rb[k])) : stryMutAct_9fa48("1453") ? false : stryMutAct_9fa48("1452") ? true : (stryCov_9fa48("1452", "1453", "1454"), (stryMutAct_9fa48("1456") ? ka.length !== kb.length : stryMutAct_9fa48("1455") ? true : (stryCov_9fa48("1455", "1456"), ka.length === kb.length)) && (stryMutAct_9fa48("1457") ? ka.some(k => Object.prototype.hasOwnProperty.call(rb, k) && deepEqual(ra[k], rb[k])) : (stryCov_9fa48("1457"), ka.every(stryMutAct_9fa48("1458") ? () => undefined : (stryCov_9fa48("1458"), k => stryMutAct_9fa48("1461") ? Object.prototype.hasOwnProperty.call(rb, k) || deepEqual(ra[k], rb[k]) : stryMutAct_9fa48("1460") ? false : stryMutAct_9fa48("1459") ? true : (stryCov_9fa48("1459", "1460", "1461"), Object.prototype.hasOwnProperty.call(rb, k) && deepEqual(ra[k], rb[k])))))));
  }
}