/**
 * Putting an edit together. Every part of an edit is planned on the note as it was read (one
 * parse): the frontmatter parts as splices found through the `yaml` node ranges of that parse
 * and the properties they set, the body part (a log entry) as one splice. Then the parts are
 * applied at once, and the result is re-parsed once to check that its properties are the old
 * ones plus exactly the planned changes, so a case the splices did not foresee is refused
 * instead of written.
 *
 * Chained edits (log a touchpoint = move `last_contact` + insert an entry; keep a promise =
 * remove it + log) are one plan, so their splices are exact in the old text's offsets and
 * the note is parsed once and checked once, whatever the chain.
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
import { locateFrontmatter, parseFrontmatter, type ParsedNote } from "../frontmatter";
import { deepEqual, done, refuse, type EditRefused, type EditResult } from "./result";
import { applySplices, growth, mergeSplices, withoutNoOps, type Splice } from "./splices";

/** A frontmatter part of an edit. */
export interface Plan {
  ok: true;
  /** Splices in the note's offsets. */
  splices: Splice[];
  /** The top-level properties the splices give a new value (by their name in the note). */
  sets: [string, unknown][];
}
export type Planned = Plan | EditRefused;
export function plan(splices: Splice[], sets: [string, unknown][]): Plan {
  if (stryMutAct_9fa48("865")) {
    {}
  } else {
    stryCov_9fa48("865");
    return stryMutAct_9fa48("866") ? {} : (stryCov_9fa48("866"), {
      ok: stryMutAct_9fa48("867") ? false : (stryCov_9fa48("867"), true),
      splices,
      sets
    });
  }
}

/** The body part of an edit, planned on the text with the frontmatter parts applied. */
export type BodyPlan = (text: string) => {
  ok: true;
  splice: Splice;
} | EditRefused;
export interface Finish {
  warnings?: string[];
  body?: BodyPlan;
}
function names(plans: readonly Plan[]): string {
  if (stryMutAct_9fa48("868")) {
    {}
  } else {
    stryCov_9fa48("868");
    const all = stryMutAct_9fa48("869") ? [] : (stryCov_9fa48("869"), [...new Set(plans.flatMap(stryMutAct_9fa48("870") ? () => undefined : (stryCov_9fa48("870"), p => p.sets.map(stryMutAct_9fa48("871") ? () => undefined : (stryCov_9fa48("871"), ([name]) => name)))))]);
    return (stryMutAct_9fa48("874") ? all.length !== 0 : stryMutAct_9fa48("873") ? false : stryMutAct_9fa48("872") ? true : (stryCov_9fa48("872", "873", "874"), all.length === 0)) ? stryMutAct_9fa48("875") ? "" : (stryCov_9fa48("875"), "the note") : all.join(stryMutAct_9fa48("876") ? "" : (stryCov_9fa48("876"), " and "));
  }
}

/**
 * Applies the planned parts to the note and checks the result. The body part sees the text
 * with the frontmatter parts applied (so it knows, say, that a new block now starts the note);
 * its splice lies after them and is moved back into the old text's offsets.
 */
export function finishEdit(note: ParsedNote, plans: readonly Plan[], finish: Finish = {}): EditResult {
  if (stryMutAct_9fa48("877")) {
    {}
  } else {
    stryCov_9fa48("877");
    const {
      text,
      frontmatter
    } = note;
    if (stryMutAct_9fa48("880") ? frontmatter.kind !== "error" : stryMutAct_9fa48("879") ? false : stryMutAct_9fa48("878") ? true : (stryCov_9fa48("878", "879", "880"), frontmatter.kind === (stryMutAct_9fa48("881") ? "" : (stryCov_9fa48("881"), "error")))) {
      if (stryMutAct_9fa48("882")) {
        {}
      } else {
        stryCov_9fa48("882");
        return refuse(stryMutAct_9fa48("883") ? `` : (stryCov_9fa48("883"), `its frontmatter does not parse (line ${frontmatter.problem.line}: ${frontmatter.problem.message}); the note was not changed`), frontmatter.problem.line);
      }
    }
    const what = names(plans);
    const merged = mergeSplices(plans.map(stryMutAct_9fa48("884") ? () => undefined : (stryCov_9fa48("884"), p => p.splices)));
    if (stryMutAct_9fa48("887") ? merged !== null : stryMutAct_9fa48("886") ? false : stryMutAct_9fa48("885") ? true : (stryCov_9fa48("885", "886", "887"), merged === null)) return refuse(stryMutAct_9fa48("888") ? `` : (stryCov_9fa48("888"), `Tend could not change ${what} in one step; the note was not changed`));
    const head = withoutNoOps(text, merged);
    let splices = head;
    if (stryMutAct_9fa48("890") ? false : stryMutAct_9fa48("889") ? true : (stryCov_9fa48("889", "890"), finish.body)) {
      if (stryMutAct_9fa48("891")) {
        {}
      } else {
        stryCov_9fa48("891");
        const mid = (stryMutAct_9fa48("894") ? head.length !== 0 : stryMutAct_9fa48("893") ? false : stryMutAct_9fa48("892") ? true : (stryCov_9fa48("892", "893", "894"), head.length === 0)) ? text : applySplices(text, head);
        const body = finish.body(mid);
        if (stryMutAct_9fa48("897") ? false : stryMutAct_9fa48("896") ? true : stryMutAct_9fa48("895") ? body.ok : (stryCov_9fa48("895", "896", "897"), !body.ok)) return body;
        // Every frontmatter splice ends before the body starts: shift the body's splice back.
        const last = head[stryMutAct_9fa48("898") ? head.length + 1 : (stryCov_9fa48("898"), head.length - 1)];
        const shift = growth(head);
        const from = stryMutAct_9fa48("899") ? body.splice.from + shift : (stryCov_9fa48("899"), body.splice.from - shift);
        if (stryMutAct_9fa48("902") ? last || from < last.to : stryMutAct_9fa48("901") ? false : stryMutAct_9fa48("900") ? true : (stryCov_9fa48("900", "901", "902"), last && (stryMutAct_9fa48("905") ? from >= last.to : stryMutAct_9fa48("904") ? from <= last.to : stryMutAct_9fa48("903") ? true : (stryCov_9fa48("903", "904", "905"), from < last.to)))) return refuse(stryMutAct_9fa48("906") ? `` : (stryCov_9fa48("906"), `Tend could not change ${what} and the log in one step; the note was not changed`));
        splices = stryMutAct_9fa48("907") ? [] : (stryCov_9fa48("907"), [...head, stryMutAct_9fa48("908") ? {} : (stryCov_9fa48("908"), {
          from,
          to: stryMutAct_9fa48("909") ? body.splice.to + shift : (stryCov_9fa48("909"), body.splice.to - shift),
          insert: body.splice.insert
        })]);
      }
    }
    const data = (stryMutAct_9fa48("912") ? frontmatter.kind !== "ok" : stryMutAct_9fa48("911") ? false : stryMutAct_9fa48("910") ? true : (stryCov_9fa48("910", "911", "912"), frontmatter.kind === (stryMutAct_9fa48("913") ? "" : (stryCov_9fa48("913"), "ok")))) ? frontmatter.data : null;
    const sets = new Map<string, unknown>();
    for (const p of plans) for (const [name, value] of p.sets) sets.set(name, value);
    const warnings = stryMutAct_9fa48("914") ? finish.warnings && [] : (stryCov_9fa48("914"), finish.warnings ?? (stryMutAct_9fa48("915") ? ["Stryker was here"] : (stryCov_9fa48("915"), [])));
    // No frontmatter splice left (none planned, or each wrote back the bytes already there):
    // the note must already hold what was asked.
    if (stryMutAct_9fa48("918") ? head.length === 0 && sets.size > 0 || !holdsExactly(data ?? {}, data, sets) : stryMutAct_9fa48("917") ? false : stryMutAct_9fa48("916") ? true : (stryCov_9fa48("916", "917", "918"), (stryMutAct_9fa48("920") ? head.length === 0 || sets.size > 0 : stryMutAct_9fa48("919") ? true : (stryCov_9fa48("919", "920"), (stryMutAct_9fa48("922") ? head.length !== 0 : stryMutAct_9fa48("921") ? true : (stryCov_9fa48("921", "922"), head.length === 0)) && (stryMutAct_9fa48("925") ? sets.size <= 0 : stryMutAct_9fa48("924") ? sets.size >= 0 : stryMutAct_9fa48("923") ? true : (stryCov_9fa48("923", "924", "925"), sets.size > 0)))) && (stryMutAct_9fa48("926") ? holdsExactly(data ?? {}, data, sets) : (stryCov_9fa48("926"), !holdsExactly(stryMutAct_9fa48("927") ? data && {} : (stryCov_9fa48("927"), data ?? {}), data, sets))))) return refuse(stryMutAct_9fa48("928") ? `` : (stryCov_9fa48("928"), `Tend could not change ${what}; the note was not changed`));
    if (stryMutAct_9fa48("931") ? splices.length !== 0 : stryMutAct_9fa48("930") ? false : stryMutAct_9fa48("929") ? true : (stryCov_9fa48("929", "930", "931"), splices.length === 0)) return done(text, stryMutAct_9fa48("932") ? ["Stryker was here"] : (stryCov_9fa48("932"), []), data, warnings);
    const after = applySplices(text, splices);
    if (stryMutAct_9fa48("935") ? head.length !== 0 : stryMutAct_9fa48("934") ? false : stryMutAct_9fa48("933") ? true : (stryCov_9fa48("933", "934", "935"), head.length === 0)) {
      if (stryMutAct_9fa48("936")) {
        {}
      } else {
        stryCov_9fa48("936");
        // Only the body changed: the frontmatter must still end where it did (no re-parse needed).
        const before = (stryMutAct_9fa48("939") ? frontmatter.kind !== "ok" : stryMutAct_9fa48("938") ? false : stryMutAct_9fa48("937") ? true : (stryCov_9fa48("937", "938", "939"), frontmatter.kind === (stryMutAct_9fa48("940") ? "" : (stryCov_9fa48("940"), "ok")))) ? frontmatter.block : null;
        const now = locateFrontmatter(after);
        if (stryMutAct_9fa48("943") ? before === null !== (now === null) && before && now && (before.contentEnd !== now.contentEnd || before.yamlStart !== now.yamlStart) : stryMutAct_9fa48("942") ? false : stryMutAct_9fa48("941") ? true : (stryCov_9fa48("941", "942", "943"), (stryMutAct_9fa48("945") ? before === null === (now === null) : stryMutAct_9fa48("944") ? false : (stryCov_9fa48("944", "945"), (stryMutAct_9fa48("948") ? before !== null : stryMutAct_9fa48("947") ? false : stryMutAct_9fa48("946") ? true : (stryCov_9fa48("946", "947", "948"), before === null)) !== (stryMutAct_9fa48("951") ? now !== null : stryMutAct_9fa48("950") ? false : stryMutAct_9fa48("949") ? true : (stryCov_9fa48("949", "950", "951"), now === null)))) || (stryMutAct_9fa48("953") ? before && now || before.contentEnd !== now.contentEnd || before.yamlStart !== now.yamlStart : stryMutAct_9fa48("952") ? false : (stryCov_9fa48("952", "953"), (stryMutAct_9fa48("955") ? before || now : stryMutAct_9fa48("954") ? true : (stryCov_9fa48("954", "955"), before && now)) && (stryMutAct_9fa48("957") ? before.contentEnd !== now.contentEnd && before.yamlStart !== now.yamlStart : stryMutAct_9fa48("956") ? true : (stryCov_9fa48("956", "957"), (stryMutAct_9fa48("959") ? before.contentEnd === now.contentEnd : stryMutAct_9fa48("958") ? false : (stryCov_9fa48("958", "959"), before.contentEnd !== now.contentEnd)) || (stryMutAct_9fa48("961") ? before.yamlStart === now.yamlStart : stryMutAct_9fa48("960") ? false : (stryCov_9fa48("960", "961"), before.yamlStart !== now.yamlStart)))))))) {
          if (stryMutAct_9fa48("962")) {
            {}
          } else {
            stryCov_9fa48("962");
            return refuse(stryMutAct_9fa48("963") ? "" : (stryCov_9fa48("963"), "the new entry would change where the frontmatter ends; the note was not changed"));
          }
        }
        return done(after, splices, data, warnings);
      }
    }
    const check = parseNoteFrontmatter(after);
    if (stryMutAct_9fa48("966") ? check === null && !holdsExactly(check, data, sets) : stryMutAct_9fa48("965") ? false : stryMutAct_9fa48("964") ? true : (stryCov_9fa48("964", "965", "966"), (stryMutAct_9fa48("968") ? check !== null : stryMutAct_9fa48("967") ? false : (stryCov_9fa48("967", "968"), check === null)) || (stryMutAct_9fa48("969") ? holdsExactly(check, data, sets) : (stryCov_9fa48("969"), !holdsExactly(check, data, sets))))) {
      if (stryMutAct_9fa48("970")) {
        {}
      } else {
        stryCov_9fa48("970");
        return refuse(stryMutAct_9fa48("971") ? `` : (stryCov_9fa48("971"), `Tend could not change ${what} without touching other properties; the note was not changed`));
      }
    }
    return done(after, splices, check, warnings);
  }
}

/** The properties of a text, or null when its frontmatter is missing or does not parse. */
function parseNoteFrontmatter(text: string): Record<string, unknown> | null {
  if (stryMutAct_9fa48("972")) {
    {}
  } else {
    stryCov_9fa48("972");
    const parsed = parseFrontmatter(text);
    return (stryMutAct_9fa48("975") ? parsed.kind !== "ok" : stryMutAct_9fa48("974") ? false : stryMutAct_9fa48("973") ? true : (stryCov_9fa48("973", "974", "975"), parsed.kind === (stryMutAct_9fa48("976") ? "" : (stryCov_9fa48("976"), "ok")))) ? parsed.data : null;
  }
}
const has = stryMutAct_9fa48("977") ? () => undefined : (stryCov_9fa48("977"), (() => {
  const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
  return has;
})());

/**
 * Whether `after` holds exactly the properties of `before` with `sets` applied, each value
 * compared deeply. (Without copying `before`: a note may have thousands of properties.)
 */
function holdsExactly(after: Record<string, unknown>, before: Record<string, unknown> | null, sets: ReadonlyMap<string, unknown>): boolean {
  if (stryMutAct_9fa48("978")) {
    {}
  } else {
    stryCov_9fa48("978");
    const old = stryMutAct_9fa48("979") ? before && {} : (stryCov_9fa48("979"), before ?? {});
    let expected = Object.keys(old).length;
    for (const key of sets.keys()) if (stryMutAct_9fa48("982") ? false : stryMutAct_9fa48("981") ? true : stryMutAct_9fa48("980") ? has(old, key) : (stryCov_9fa48("980", "981", "982"), !has(old, key))) stryMutAct_9fa48("983") ? expected-- : (stryCov_9fa48("983"), expected++);
    const keys = Object.keys(after);
    if (stryMutAct_9fa48("986") ? keys.length === expected : stryMutAct_9fa48("985") ? false : stryMutAct_9fa48("984") ? true : (stryCov_9fa48("984", "985", "986"), keys.length !== expected)) return stryMutAct_9fa48("987") ? true : (stryCov_9fa48("987"), false);
    for (const key of keys) {
      if (stryMutAct_9fa48("988")) {
        {}
      } else {
        stryCov_9fa48("988");
        if (stryMutAct_9fa48("990") ? false : stryMutAct_9fa48("989") ? true : (stryCov_9fa48("989", "990"), sets.has(key))) {
          if (stryMutAct_9fa48("991")) {
            {}
          } else {
            stryCov_9fa48("991");
            if (stryMutAct_9fa48("994") ? false : stryMutAct_9fa48("993") ? true : stryMutAct_9fa48("992") ? deepEqual(after[key], sets.get(key)) : (stryCov_9fa48("992", "993", "994"), !deepEqual(after[key], sets.get(key)))) return stryMutAct_9fa48("995") ? true : (stryCov_9fa48("995"), false);
          }
        } else if (stryMutAct_9fa48("998") ? !has(old, key) && !deepEqual(after[key], old[key]) : stryMutAct_9fa48("997") ? false : stryMutAct_9fa48("996") ? true : (stryCov_9fa48("996", "997", "998"), (stryMutAct_9fa48("999") ? has(old, key) : (stryCov_9fa48("999"), !has(old, key))) || (stryMutAct_9fa48("1000") ? deepEqual(after[key], old[key]) : (stryCov_9fa48("1000"), !deepEqual(after[key], old[key]))))) return stryMutAct_9fa48("1001") ? true : (stryCov_9fa48("1001"), false);
      }
    }
    return stryMutAct_9fa48("1002") ? false : (stryCov_9fa48("1002"), true);
  }
}