/**
 * The regions an edit changes, as splices on the old text. Every edit returns its own (they
 * are computed where the edit decides what to change, never recovered by diffing), so the
 * plugin can apply an edit to an open note as one editor transaction made of exactly these
 * ranges: in a note of any size only those bytes change, the cursor stays where it belongs
 * and the change is one undo step.
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
export interface Splice {
  /** Offset in the old text where the change starts. */
  from: number;
  /** Offset in the old text where it ends (equal to `from` for a pure insertion). */
  to: number;
  /** The new text for that range. */
  insert: string;
}

/**
 * Applies splices to the old text in one pass. They must be in the old text's offsets,
 * earliest first and not overlapping (an insertion may sit where the previous splice ends;
 * two insertions at one offset go in their order). Throws on any other list: a list out of
 * order is a bug, never something to guess about.
 */
export function applySplices(text: string, splices: readonly Splice[]): string {
  if (stryMutAct_9fa48("1462")) {
    {}
  } else {
    stryCov_9fa48("1462");
    const parts: string[] = stryMutAct_9fa48("1463") ? ["Stryker was here"] : (stryCov_9fa48("1463"), []);
    let at = 0;
    for (const s of splices) {
      if (stryMutAct_9fa48("1464")) {
        {}
      } else {
        stryCov_9fa48("1464");
        if (stryMutAct_9fa48("1467") ? (s.from < at || s.to < s.from) && s.to > text.length : stryMutAct_9fa48("1466") ? false : stryMutAct_9fa48("1465") ? true : (stryCov_9fa48("1465", "1466", "1467"), (stryMutAct_9fa48("1469") ? s.from < at && s.to < s.from : stryMutAct_9fa48("1468") ? false : (stryCov_9fa48("1468", "1469"), (stryMutAct_9fa48("1472") ? s.from >= at : stryMutAct_9fa48("1471") ? s.from <= at : stryMutAct_9fa48("1470") ? false : (stryCov_9fa48("1470", "1471", "1472"), s.from < at)) || (stryMutAct_9fa48("1475") ? s.to >= s.from : stryMutAct_9fa48("1474") ? s.to <= s.from : stryMutAct_9fa48("1473") ? false : (stryCov_9fa48("1473", "1474", "1475"), s.to < s.from)))) || (stryMutAct_9fa48("1478") ? s.to <= text.length : stryMutAct_9fa48("1477") ? s.to >= text.length : stryMutAct_9fa48("1476") ? false : (stryCov_9fa48("1476", "1477", "1478"), s.to > text.length)))) {
          if (stryMutAct_9fa48("1479")) {
            {}
          } else {
            stryCov_9fa48("1479");
            throw new RangeError(stryMutAct_9fa48("1480") ? `` : (stryCov_9fa48("1480"), `splice ${s.from}..${s.to} is out of order or outside the text (at ${at} of ${text.length})`));
          }
        }
        parts.push(stryMutAct_9fa48("1481") ? text : (stryCov_9fa48("1481"), text.slice(at, s.from)), s.insert);
        at = s.to;
      }
    }
    parts.push(stryMutAct_9fa48("1482") ? text : (stryCov_9fa48("1482"), text.slice(at)));
    return parts.join(stryMutAct_9fa48("1483") ? "Stryker was here!" : (stryCov_9fa48("1483"), ""));
  }
}

/**
 * Several lists of splices on the same old text as one list, earliest first (a stable sort:
 * equal offsets keep the order of the lists). Null when two of them overlap.
 */
export function mergeSplices(lists: readonly (readonly Splice[])[]): Splice[] | null {
  if (stryMutAct_9fa48("1484")) {
    {}
  } else {
    stryCov_9fa48("1484");
    const all = stryMutAct_9fa48("1485") ? lists.flat() : (stryCov_9fa48("1485"), lists.flat().sort(stryMutAct_9fa48("1486") ? () => undefined : (stryCov_9fa48("1486"), (a, b) => stryMutAct_9fa48("1487") ? a.from + b.from : (stryCov_9fa48("1487"), a.from - b.from))));
    for (let i = 1; stryMutAct_9fa48("1490") ? i >= all.length : stryMutAct_9fa48("1489") ? i <= all.length : stryMutAct_9fa48("1488") ? false : (stryCov_9fa48("1488", "1489", "1490"), i < all.length); stryMutAct_9fa48("1491") ? i-- : (stryCov_9fa48("1491"), i++)) if (stryMutAct_9fa48("1495") ? (all[i] as Splice).from >= (all[i - 1] as Splice).to : stryMutAct_9fa48("1494") ? (all[i] as Splice).from <= (all[i - 1] as Splice).to : stryMutAct_9fa48("1493") ? false : stryMutAct_9fa48("1492") ? true : (stryCov_9fa48("1492", "1493", "1494", "1495"), (all[i] as Splice).from < (all[i - 1] as Splice).to)) return null;
    return all;
  }
}

/** The splices without those that write back the bytes already there. */
export function withoutNoOps(text: string, splices: readonly Splice[]): Splice[] {
  if (stryMutAct_9fa48("1496")) {
    {}
  } else {
    stryCov_9fa48("1496");
    return stryMutAct_9fa48("1497") ? splices : (stryCov_9fa48("1497"), splices.filter(stryMutAct_9fa48("1498") ? () => undefined : (stryCov_9fa48("1498"), s => stryMutAct_9fa48("1501") ? s.insert === text.slice(s.from, s.to) : stryMutAct_9fa48("1500") ? false : stryMutAct_9fa48("1499") ? true : (stryCov_9fa48("1499", "1500", "1501"), s.insert !== (stryMutAct_9fa48("1502") ? text : (stryCov_9fa48("1502"), text.slice(s.from, s.to)))))));
  }
}

/** How much longer the text gets from these splices. */
export function growth(splices: readonly Splice[]): number {
  if (stryMutAct_9fa48("1503")) {
    {}
  } else {
    stryCov_9fa48("1503");
    let n = 0;
    for (const s of splices) stryMutAct_9fa48("1504") ? n -= s.insert.length - (s.to - s.from) : (stryCov_9fa48("1504"), n += stryMutAct_9fa48("1505") ? s.insert.length + (s.to - s.from) : (stryCov_9fa48("1505"), s.insert.length - (stryMutAct_9fa48("1506") ? s.to + s.from : (stryCov_9fa48("1506"), s.to - s.from))));
    return n;
  }
}

/**
 * The splices that turn the new text back into the old one, in the new text's offsets: each
 * splice's inserted text is replaced by the old bytes it covered. `before` is the old text.
 */
export function invertSplices(before: string, splices: readonly Splice[]): Splice[] {
  if (stryMutAct_9fa48("1507")) {
    {}
  } else {
    stryCov_9fa48("1507");
    const out: Splice[] = stryMutAct_9fa48("1508") ? ["Stryker was here"] : (stryCov_9fa48("1508"), []);
    let shift = 0;
    for (const s of splices) {
      if (stryMutAct_9fa48("1509")) {
        {}
      } else {
        stryCov_9fa48("1509");
        const from = stryMutAct_9fa48("1510") ? s.from - shift : (stryCov_9fa48("1510"), s.from + shift);
        out.push(stryMutAct_9fa48("1511") ? {} : (stryCov_9fa48("1511"), {
          from,
          to: stryMutAct_9fa48("1512") ? from - s.insert.length : (stryCov_9fa48("1512"), from + s.insert.length),
          insert: stryMutAct_9fa48("1513") ? before : (stryCov_9fa48("1513"), before.slice(s.from, s.to))
        }));
        stryMutAct_9fa48("1514") ? shift -= s.insert.length - (s.to - s.from) : (stryCov_9fa48("1514"), shift += stryMutAct_9fa48("1515") ? s.insert.length + (s.to - s.from) : (stryCov_9fa48("1515"), s.insert.length - (stryMutAct_9fa48("1516") ? s.to + s.from : (stryCov_9fa48("1516"), s.to - s.from))));
      }
    }
    return out;
  }
}

/**
 * One splice from `before` to `after`, covering only what lies between their common start
 * and their common end: for two texts whose edit is not known as splices.
 */
export function spliceBetween(before: string, after: string): Splice[] {
  if (stryMutAct_9fa48("1517")) {
    {}
  } else {
    stryCov_9fa48("1517");
    if (stryMutAct_9fa48("1520") ? before !== after : stryMutAct_9fa48("1519") ? false : stryMutAct_9fa48("1518") ? true : (stryCov_9fa48("1518", "1519", "1520"), before === after)) return stryMutAct_9fa48("1521") ? ["Stryker was here"] : (stryCov_9fa48("1521"), []);
    const limit = stryMutAct_9fa48("1522") ? Math.max(before.length, after.length) : (stryCov_9fa48("1522"), Math.min(before.length, after.length));
    let head = 0;
    while (stryMutAct_9fa48("1524") ? head < limit || before.charCodeAt(head) === after.charCodeAt(head) : stryMutAct_9fa48("1523") ? false : (stryCov_9fa48("1523", "1524"), (stryMutAct_9fa48("1527") ? head >= limit : stryMutAct_9fa48("1526") ? head <= limit : stryMutAct_9fa48("1525") ? true : (stryCov_9fa48("1525", "1526", "1527"), head < limit)) && (stryMutAct_9fa48("1529") ? before.charCodeAt(head) !== after.charCodeAt(head) : stryMutAct_9fa48("1528") ? true : (stryCov_9fa48("1528", "1529"), before.charCodeAt(head) === after.charCodeAt(head))))) stryMutAct_9fa48("1530") ? head-- : (stryCov_9fa48("1530"), head++);
    let tail = 0;
    while (stryMutAct_9fa48("1532") ? tail < limit - head || before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail) : stryMutAct_9fa48("1531") ? false : (stryCov_9fa48("1531", "1532"), (stryMutAct_9fa48("1535") ? tail >= limit - head : stryMutAct_9fa48("1534") ? tail <= limit - head : stryMutAct_9fa48("1533") ? true : (stryCov_9fa48("1533", "1534", "1535"), tail < (stryMutAct_9fa48("1536") ? limit + head : (stryCov_9fa48("1536"), limit - head)))) && (stryMutAct_9fa48("1538") ? before.charCodeAt(before.length - 1 - tail) !== after.charCodeAt(after.length - 1 - tail) : stryMutAct_9fa48("1537") ? true : (stryCov_9fa48("1537", "1538"), before.charCodeAt(stryMutAct_9fa48("1539") ? before.length - 1 + tail : (stryCov_9fa48("1539"), (stryMutAct_9fa48("1540") ? before.length + 1 : (stryCov_9fa48("1540"), before.length - 1)) - tail)) === after.charCodeAt(stryMutAct_9fa48("1541") ? after.length - 1 + tail : (stryCov_9fa48("1541"), (stryMutAct_9fa48("1542") ? after.length + 1 : (stryCov_9fa48("1542"), after.length - 1)) - tail)))))) stryMutAct_9fa48("1543") ? tail-- : (stryCov_9fa48("1543"), tail++);
    return stryMutAct_9fa48("1544") ? [] : (stryCov_9fa48("1544"), [stryMutAct_9fa48("1545") ? {} : (stryCov_9fa48("1545"), {
      from: head,
      to: stryMutAct_9fa48("1546") ? before.length + tail : (stryCov_9fa48("1546"), before.length - tail),
      insert: stryMutAct_9fa48("1547") ? after : (stryCov_9fa48("1547"), after.slice(head, stryMutAct_9fa48("1548") ? after.length + tail : (stryCov_9fa48("1548"), after.length - tail)))
    })]);
  }
}