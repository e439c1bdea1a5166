/**
 * The writes users ask for, each a pure function from a note's text to its new text and its
 * splices (or a refusal): log a touchpoint, snooze, add / keep / move a promise. The CLI and
 * the plugin call these and only apply the result. Each takes the note's text, or its text
 * already parsed (the CLI hands over the parse it read the contact from), and parses it at
 * most once, plus once more to check the result.
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
import { formatDay, parseIsoDay, type Day } from "../calendar";
import { hasSerializedObject, readContact, type Commitment } from "../contact";
import { asParsedNote, resolveKey, type NoteSource, type ParsedNote } from "../frontmatter";
import type { TendSettings } from "../settings";
import { cleanSummary, readEntryLine, renderEntry, sameEntry } from "../template";
import { plural } from "../words";
import { addListItem, clearFrontmatterValue, locateProperties, planRemoveListItem, planReplaceListItem, planSetScalar, setFrontmatterScalar } from "./frontmatterEdit";
import { planEntry } from "./logEdit";
import { finishEdit, type Plan } from "./plan";
import { refuse, type EditResult } from "./result";
export interface TouchpointRequest {
  date: Day;
  kind: string;
  summary: string;
  /** Time spent in hours, or null. */
  hours: number | null;
  /** The contact's name, for `{{name}}` in the template. */
  name: string;
}
const DATE_VALUE = stryMutAct_9fa48("1031") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])$/ : stryMutAct_9fa48("1030") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\D{2})?)?(\]\])?$/ : stryMutAct_9fa48("1029") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d)?)?(\]\])?$/ : stryMutAct_9fa48("1028") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1027") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\D{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1026") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1025") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[^+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1024") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?(\]\])?$/ : stryMutAct_9fa48("1023") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\D+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1022") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1021") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+))?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1020") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\D{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1019") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1018") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1017") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\D{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1016") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1015") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\D{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1014") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1013") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[^T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1012") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)(\]\])?$/ : stryMutAct_9fa48("1011") ? /^(\[\[)?(\d{4}-\d{2}-\D{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1010") ? /^(\[\[)?(\d{4}-\d{2}-\d)(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1009") ? /^(\[\[)?(\d{4}-\D{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1008") ? /^(\[\[)?(\d{4}-\d-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1007") ? /^(\[\[)?(\D{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1006") ? /^(\[\[)?(\d-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1005") ? /^(\[\[)(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : stryMutAct_9fa48("1004") ? /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?/ : stryMutAct_9fa48("1003") ? /(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/ : (stryCov_9fa48("1003", "1004", "1005", "1006", "1007", "1008", "1009", "1010", "1011", "1012", "1013", "1014", "1015", "1016", "1017", "1018", "1019", "1020", "1021", "1022", "1023", "1024", "1025", "1026", "1027", "1028", "1029", "1030", "1031"), /^(\[\[)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(\]\])?$/);

/** The entry line a request writes, or a refusal when it would not read back the same. */
export function renderTouchpoint(request: TouchpointRequest, settings: TendSettings): {
  ok: true;
  line: string;
} | {
  ok: false;
  reason: string;
} {
  if (stryMutAct_9fa48("1032")) {
    {}
  } else {
    stryCov_9fa48("1032");
    const kind = stryMutAct_9fa48("1033") ? request.kind : (stryCov_9fa48("1033"), request.kind.trim());
    if (stryMutAct_9fa48("1036") ? kind === "" && /\s/.test(kind) : stryMutAct_9fa48("1035") ? false : stryMutAct_9fa48("1034") ? true : (stryCov_9fa48("1034", "1035", "1036"), (stryMutAct_9fa48("1038") ? kind !== "" : stryMutAct_9fa48("1037") ? false : (stryCov_9fa48("1037", "1038"), kind === (stryMutAct_9fa48("1039") ? "Stryker was here!" : (stryCov_9fa48("1039"), "")))) || (stryMutAct_9fa48("1040") ? /\S/ : (stryCov_9fa48("1040"), /\s/)).test(kind))) return stryMutAct_9fa48("1041") ? {} : (stryCov_9fa48("1041"), {
      ok: stryMutAct_9fa48("1042") ? true : (stryCov_9fa48("1042"), false),
      reason: stryMutAct_9fa48("1043") ? `` : (stryCov_9fa48("1043"), `the kind "${request.kind}" must be one word`)
    });
    const summary = cleanSummary(request.summary);
    if (stryMutAct_9fa48("1045") ? false : stryMutAct_9fa48("1044") ? true : (stryCov_9fa48("1044", "1045"), hasSerializedObject(summary))) return stryMutAct_9fa48("1046") ? {} : (stryCov_9fa48("1046"), {
      ok: stryMutAct_9fa48("1047") ? true : (stryCov_9fa48("1047"), false),
      reason: stryMutAct_9fa48("1048") ? `` : (stryCov_9fa48("1048"), `the entry's text "${summary}" holds a serialized object, not words; nothing was written`)
    });
    const values = stryMutAct_9fa48("1049") ? {} : (stryCov_9fa48("1049"), {
      date: formatDay(request.date),
      kind,
      summary,
      hours: request.hours,
      name: request.name
    });
    const line = renderEntry(settings.entryTemplate, values);
    const back = readEntryLine(settings.entryTemplate, line);
    if (stryMutAct_9fa48("1052") ? !back && !sameEntry(back, values) : stryMutAct_9fa48("1051") ? false : stryMutAct_9fa48("1050") ? true : (stryCov_9fa48("1050", "1051", "1052"), (stryMutAct_9fa48("1053") ? back : (stryCov_9fa48("1053"), !back)) || (stryMutAct_9fa48("1054") ? sameEntry(back, values) : (stryCov_9fa48("1054"), !sameEntry(back, values))))) {
      if (stryMutAct_9fa48("1055")) {
        {}
      } else {
        stryCov_9fa48("1055");
        return stryMutAct_9fa48("1056") ? {} : (stryCov_9fa48("1056"), {
          ok: stryMutAct_9fa48("1057") ? true : (stryCov_9fa48("1057"), false),
          reason: stryMutAct_9fa48("1058") ? `` : (stryCov_9fa48("1058"), `the entry "${line}" would not read back as written (a summary that ends in "(2h)" or starts with a dash reads differently); reword the summary`)
        });
      }
    }
    return stryMutAct_9fa48("1059") ? {} : (stryCov_9fa48("1059"), {
      ok: stryMutAct_9fa48("1060") ? false : (stryCov_9fa48("1060"), true),
      line
    });
  }
}

/**
 * Adds a touchpoint: one entry in the log and `last_contact` moved forward to its date, never
 * backward. A `last_contact` that is not a date is left as it is, with a warning; an empty
 * one is filled in; quotes around the old date are kept.
 */
export function logTouchpoint(note: NoteSource, request: TouchpointRequest, settings: TendSettings): EditResult {
  if (stryMutAct_9fa48("1061")) {
    {}
  } else {
    stryCov_9fa48("1061");
    return logAfter(asParsedNote(note), stryMutAct_9fa48("1062") ? ["Stryker was here"] : (stryCov_9fa48("1062"), []), request, settings);
  }
}

/**
 * Logs a touchpoint after the frontmatter changes `earlier` (planned on the same note): one
 * plan for the whole chain, so the note is parsed once, checked once, and the splices are
 * exact in the old text's offsets.
 */
function logAfter(note: ParsedNote, earlier: Plan[], request: TouchpointRequest, settings: TendSettings): EditResult {
  if (stryMutAct_9fa48("1063")) {
    {}
  } else {
    stryCov_9fa48("1063");
    const found = locateProperties(note);
    if (stryMutAct_9fa48("1066") ? false : stryMutAct_9fa48("1065") ? true : stryMutAct_9fa48("1064") ? found.ok : (stryCov_9fa48("1064", "1065", "1066"), !found.ok)) return found;
    const rendered = renderTouchpoint(request, settings);
    if (stryMutAct_9fa48("1069") ? false : stryMutAct_9fa48("1068") ? true : stryMutAct_9fa48("1067") ? rendered.ok : (stryCov_9fa48("1067", "1068", "1069"), !rendered.ok)) return refuse(rendered.reason);
    const warnings: string[] = stryMutAct_9fa48("1070") ? ["Stryker was here"] : (stryCov_9fa48("1070"), []);
    const data = stryMutAct_9fa48("1071") ? found.located?.data && {} : (stryCov_9fa48("1071"), (stryMutAct_9fa48("1072") ? found.located.data : (stryCov_9fa48("1072"), found.located?.data)) ?? {});
    const key = resolveKey(Object.keys(data), settings.keys.lastContact);
    const value = data[key];
    const newDate = formatDay(request.date);
    let write: string | null = null;
    if (stryMutAct_9fa48("1075") ? (value === undefined || value === null) && typeof value === "string" && value.trim() === "" : stryMutAct_9fa48("1074") ? false : stryMutAct_9fa48("1073") ? true : (stryCov_9fa48("1073", "1074", "1075"), (stryMutAct_9fa48("1077") ? value === undefined && value === null : stryMutAct_9fa48("1076") ? false : (stryCov_9fa48("1076", "1077"), (stryMutAct_9fa48("1079") ? value !== undefined : stryMutAct_9fa48("1078") ? false : (stryCov_9fa48("1078", "1079"), value === undefined)) || (stryMutAct_9fa48("1081") ? value !== null : stryMutAct_9fa48("1080") ? false : (stryCov_9fa48("1080", "1081"), value === null)))) || (stryMutAct_9fa48("1083") ? typeof value === "string" || value.trim() === "" : stryMutAct_9fa48("1082") ? false : (stryCov_9fa48("1082", "1083"), (stryMutAct_9fa48("1085") ? typeof value !== "string" : stryMutAct_9fa48("1084") ? true : (stryCov_9fa48("1084", "1085"), typeof value === (stryMutAct_9fa48("1086") ? "" : (stryCov_9fa48("1086"), "string")))) && (stryMutAct_9fa48("1088") ? value.trim() !== "" : stryMutAct_9fa48("1087") ? true : (stryCov_9fa48("1087", "1088"), (stryMutAct_9fa48("1089") ? value : (stryCov_9fa48("1089"), value.trim())) === (stryMutAct_9fa48("1090") ? "Stryker was here!" : (stryCov_9fa48("1090"), "")))))))) {
      if (stryMutAct_9fa48("1091")) {
        {}
      } else {
        stryCov_9fa48("1091");
        write = newDate;
      }
    } else if (stryMutAct_9fa48("1094") ? typeof value === "string" || DATE_VALUE.test(value.trim()) : stryMutAct_9fa48("1093") ? false : stryMutAct_9fa48("1092") ? true : (stryCov_9fa48("1092", "1093", "1094"), (stryMutAct_9fa48("1096") ? typeof value !== "string" : stryMutAct_9fa48("1095") ? true : (stryCov_9fa48("1095", "1096"), typeof value === (stryMutAct_9fa48("1097") ? "" : (stryCov_9fa48("1097"), "string")))) && DATE_VALUE.test(stryMutAct_9fa48("1098") ? value : (stryCov_9fa48("1098"), value.trim())))) {
      if (stryMutAct_9fa48("1099")) {
        {}
      } else {
        stryCov_9fa48("1099");
        const m = DATE_VALUE.exec(stryMutAct_9fa48("1100") ? value : (stryCov_9fa48("1100"), value.trim()));
        const old = parseIsoDay(stryMutAct_9fa48("1101") ? m?.[2] && "" : (stryCov_9fa48("1101"), (stryMutAct_9fa48("1102") ? m[2] : (stryCov_9fa48("1102"), m?.[2])) ?? (stryMutAct_9fa48("1103") ? "Stryker was here!" : (stryCov_9fa48("1103"), ""))));
        if (stryMutAct_9fa48("1106") ? old !== null : stryMutAct_9fa48("1105") ? false : stryMutAct_9fa48("1104") ? true : (stryCov_9fa48("1104", "1105", "1106"), old === null)) warnings.push(stryMutAct_9fa48("1107") ? `` : (stryCov_9fa48("1107"), `${key} "${value}" is not a date that exists; it was left as it is`));else if (stryMutAct_9fa48("1111") ? old >= request.date : stryMutAct_9fa48("1110") ? old <= request.date : stryMutAct_9fa48("1109") ? false : stryMutAct_9fa48("1108") ? true : (stryCov_9fa48("1108", "1109", "1110", "1111"), old < request.date)) write = (stryMutAct_9fa48("1114") ? m?.[1] || m[3] : stryMutAct_9fa48("1113") ? false : stryMutAct_9fa48("1112") ? true : (stryCov_9fa48("1112", "1113", "1114"), (stryMutAct_9fa48("1115") ? m[1] : (stryCov_9fa48("1115"), m?.[1])) && m[3])) ? stryMutAct_9fa48("1116") ? `` : (stryCov_9fa48("1116"), `[[${newDate}]]`) : newDate;
      }
    } else {
      if (stryMutAct_9fa48("1117")) {
        {}
      } else {
        stryCov_9fa48("1117");
        warnings.push(stryMutAct_9fa48("1118") ? `` : (stryCov_9fa48("1118"), `${key} ${JSON.stringify(value)} is not a date; it was left as it is`));
      }
    }
    const plans = stryMutAct_9fa48("1119") ? [] : (stryCov_9fa48("1119"), [...earlier]);
    if (stryMutAct_9fa48("1122") ? write === null : stryMutAct_9fa48("1121") ? false : stryMutAct_9fa48("1120") ? true : (stryCov_9fa48("1120", "1121", "1122"), write !== null)) {
      if (stryMutAct_9fa48("1123")) {
        {}
      } else {
        stryCov_9fa48("1123");
        const set = planSetScalar(found.located, note.text, key, write);
        if (stryMutAct_9fa48("1126") ? false : stryMutAct_9fa48("1125") ? true : stryMutAct_9fa48("1124") ? set.ok : (stryCov_9fa48("1124", "1125", "1126"), !set.ok)) return set;
        plans.push(set);
      }
    }
    return finishEdit(note, plans, stryMutAct_9fa48("1127") ? {} : (stryCov_9fa48("1127"), {
      warnings,
      body: stryMutAct_9fa48("1128") ? () => undefined : (stryCov_9fa48("1128"), text => planEntry(text, rendered.line, request.date, settings))
    }));
  }
}
export function snooze(note: NoteSource, until: Day, settings: TendSettings): EditResult {
  if (stryMutAct_9fa48("1129")) {
    {}
  } else {
    stryCov_9fa48("1129");
    return setFrontmatterScalar(note, settings.keys.snoozeUntil, formatDay(until));
  }
}
export function clearSnooze(note: NoteSource, settings: TendSettings): EditResult {
  if (stryMutAct_9fa48("1130")) {
    {}
  } else {
    stryCov_9fa48("1130");
    return clearFrontmatterValue(note, settings.keys.snoozeUntil);
  }
}

/** A promise as `addPromise` compares it. */
export type PromiseItem = Pick<Commitment, "index" | "raw" | "due" | "what">;

/** The text two promises are compared by: white space cleaned, Unicode composed, any case. */
function promiseText(what: string): string {
  if (stryMutAct_9fa48("1131")) {
    {}
  } else {
    stryCov_9fa48("1131");
    return stryMutAct_9fa48("1132") ? cleanSummary(what).normalize("NFC").toUpperCase() : (stryCov_9fa48("1132"), cleanSummary(what).normalize(stryMutAct_9fa48("1133") ? "" : (stryCov_9fa48("1133"), "NFC")).toLowerCase());
  }
}

/**
 * Adds `YYYY-MM-DD what` to the promises list. The same promise twice (the same day and the
 * same text once white space is cleaned, in any case) is refused with a message that names the
 * one already there: a second copy would only make `keep` and `move` ask which one is meant.
 * `existing` is the note's promises as the caller read them from this same text (the CLI has
 * them); without it they are read from the note's parsed frontmatter.
 */
export function addPromise(note: NoteSource, due: Day, what: string, settings: TendSettings, existing?: readonly PromiseItem[]): EditResult {
  if (stryMutAct_9fa48("1134")) {
    {}
  } else {
    stryCov_9fa48("1134");
    const clean = cleanSummary(what);
    if (stryMutAct_9fa48("1137") ? clean !== "" : stryMutAct_9fa48("1136") ? false : stryMutAct_9fa48("1135") ? true : (stryCov_9fa48("1135", "1136", "1137"), clean === (stryMutAct_9fa48("1138") ? "Stryker was here!" : (stryCov_9fa48("1138"), "")))) return refuse(stryMutAct_9fa48("1139") ? "" : (stryCov_9fa48("1139"), "a promise needs a description (--what)"));
    const parsed = asParsedNote(note);
    const items = stryMutAct_9fa48("1140") ? existing && promisesOf(parsed, settings) : (stryCov_9fa48("1140"), existing ?? promisesOf(parsed, settings));
    const wanted = promiseText(clean);
    const twin = items.find(stryMutAct_9fa48("1141") ? () => undefined : (stryCov_9fa48("1141"), p => stryMutAct_9fa48("1144") ? p.due === due || promiseText(p.what) === wanted : stryMutAct_9fa48("1143") ? false : stryMutAct_9fa48("1142") ? true : (stryCov_9fa48("1142", "1143", "1144"), (stryMutAct_9fa48("1146") ? p.due !== due : stryMutAct_9fa48("1145") ? true : (stryCov_9fa48("1145", "1146"), p.due === due)) && (stryMutAct_9fa48("1148") ? promiseText(p.what) !== wanted : stryMutAct_9fa48("1147") ? true : (stryCov_9fa48("1147", "1148"), promiseText(p.what) === wanted)))));
    if (stryMutAct_9fa48("1150") ? false : stryMutAct_9fa48("1149") ? true : (stryCov_9fa48("1149", "1150"), twin)) {
      if (stryMutAct_9fa48("1151")) {
        {}
      } else {
        stryCov_9fa48("1151");
        return refuse(stryMutAct_9fa48("1152") ? `` : (stryCov_9fa48("1152"), `it already has this promise: "${twin.raw}" (item ${stryMutAct_9fa48("1153") ? twin.index - 1 : (stryCov_9fa48("1153"), twin.index + 1)} of ${settings.keys.promises}); the same promise is not added twice`));
      }
    }
    return addListItem(parsed, settings.keys.promises, stryMutAct_9fa48("1154") ? `` : (stryCov_9fa48("1154"), `${formatDay(due)} ${clean}`));
  }
}

/** The promises of a parsed note, read as a contact's are (none when the frontmatter does not parse). */
function promisesOf(note: ParsedNote, settings: TendSettings): Commitment[] {
  if (stryMutAct_9fa48("1155")) {
    {}
  } else {
    stryCov_9fa48("1155");
    const fm = note.frontmatter;
    if (stryMutAct_9fa48("1158") ? fm.kind === "ok" : stryMutAct_9fa48("1157") ? false : stryMutAct_9fa48("1156") ? true : (stryCov_9fa48("1156", "1157", "1158"), fm.kind !== (stryMutAct_9fa48("1159") ? "" : (stryCov_9fa48("1159"), "ok")))) return stryMutAct_9fa48("1160") ? ["Stryker was here"] : (stryCov_9fa48("1160"), []);
    return readContact(stryMutAct_9fa48("1161") ? {} : (stryCov_9fa48("1161"), {
      path: stryMutAct_9fa48("1162") ? "Stryker was here!" : (stryCov_9fa48("1162"), ""),
      frontmatter: fm.data,
      text: null,
      bodyStart: 0
    }), settings, null).promises;
  }
}

/** Removes the promise and logs `promise-kept`, saying whether it was kept on time. */
export function keepPromise(note: NoteSource, promise: Commitment, date: Day, settings: TendSettings, name: string): EditResult {
  if (stryMutAct_9fa48("1163")) {
    {}
  } else {
    stryCov_9fa48("1163");
    const parsed = asParsedNote(note);
    const found = locateProperties(parsed);
    if (stryMutAct_9fa48("1166") ? false : stryMutAct_9fa48("1165") ? true : stryMutAct_9fa48("1164") ? found.ok : (stryCov_9fa48("1164", "1165", "1166"), !found.ok)) return found;
    const removed = planRemoveListItem(found.located, parsed.text, settings.keys.promises, promise.index);
    if (stryMutAct_9fa48("1169") ? false : stryMutAct_9fa48("1168") ? true : stryMutAct_9fa48("1167") ? removed.ok : (stryCov_9fa48("1167", "1168", "1169"), !removed.ok)) return removed;
    const what = (stryMutAct_9fa48("1172") ? promise.what !== "" : stryMutAct_9fa48("1171") ? false : stryMutAct_9fa48("1170") ? true : (stryCov_9fa48("1170", "1171", "1172"), promise.what === (stryMutAct_9fa48("1173") ? "Stryker was here!" : (stryCov_9fa48("1173"), "")))) ? promise.raw : promise.what;
    let timing = stryMutAct_9fa48("1174") ? "Stryker was here!" : (stryCov_9fa48("1174"), "");
    if (stryMutAct_9fa48("1177") ? promise.due === null : stryMutAct_9fa48("1176") ? false : stryMutAct_9fa48("1175") ? true : (stryCov_9fa48("1175", "1176", "1177"), promise.due !== null)) {
      if (stryMutAct_9fa48("1178")) {
        {}
      } else {
        stryCov_9fa48("1178");
        const late = stryMutAct_9fa48("1179") ? date + promise.due : (stryCov_9fa48("1179"), date - promise.due);
        timing = (stryMutAct_9fa48("1183") ? late > 0 : stryMutAct_9fa48("1182") ? late < 0 : stryMutAct_9fa48("1181") ? false : stryMutAct_9fa48("1180") ? true : (stryCov_9fa48("1180", "1181", "1182", "1183"), late <= 0)) ? stryMutAct_9fa48("1184") ? `` : (stryCov_9fa48("1184"), `, due ${formatDay(promise.due)}: on time`) : stryMutAct_9fa48("1185") ? `` : (stryCov_9fa48("1185"), `, due ${formatDay(promise.due)}: ${plural(late, stryMutAct_9fa48("1186") ? "" : (stryCov_9fa48("1186"), "day"))} late`);
      }
    }
    return logAfter(parsed, stryMutAct_9fa48("1187") ? [] : (stryCov_9fa48("1187"), [removed]), stryMutAct_9fa48("1188") ? {} : (stryCov_9fa48("1188"), {
      date,
      kind: stryMutAct_9fa48("1189") ? "" : (stryCov_9fa48("1189"), "promise-kept"),
      summary: stryMutAct_9fa48("1190") ? `` : (stryCov_9fa48("1190"), `Kept "${what}"${timing}`),
      hours: null,
      name
    }), settings);
  }
}

/**
 * Moves a promise to a new date in place (only the date changes; a promise without a date
 * gets one in front) and logs `promise-moved` with the old and new dates and whether it was
 * renegotiated before the deadline.
 */
export function movePromise(note: NoteSource, promise: Commitment, to: Day, date: Day, settings: TendSettings, name: string): EditResult {
  if (stryMutAct_9fa48("1191")) {
    {}
  } else {
    stryCov_9fa48("1191");
    const parsed = asParsedNote(note);
    const found = locateProperties(parsed);
    if (stryMutAct_9fa48("1194") ? false : stryMutAct_9fa48("1193") ? true : stryMutAct_9fa48("1192") ? found.ok : (stryCov_9fa48("1192", "1193", "1194"), !found.ok)) return found;
    const what = (stryMutAct_9fa48("1197") ? promise.what !== "" : stryMutAct_9fa48("1196") ? false : stryMutAct_9fa48("1195") ? true : (stryCov_9fa48("1195", "1196", "1197"), promise.what === (stryMutAct_9fa48("1198") ? "Stryker was here!" : (stryCov_9fa48("1198"), "")))) ? promise.raw : promise.what;
    const item = (stryMutAct_9fa48("1205") ? /^\d{4}-\d{2}-\D{2}/ : stryMutAct_9fa48("1204") ? /^\d{4}-\d{2}-\d/ : stryMutAct_9fa48("1203") ? /^\d{4}-\D{2}-\d{2}/ : stryMutAct_9fa48("1202") ? /^\d{4}-\d-\d{2}/ : stryMutAct_9fa48("1201") ? /^\D{4}-\d{2}-\d{2}/ : stryMutAct_9fa48("1200") ? /^\d-\d{2}-\d{2}/ : stryMutAct_9fa48("1199") ? /\d{4}-\d{2}-\d{2}/ : (stryCov_9fa48("1199", "1200", "1201", "1202", "1203", "1204", "1205"), /^\d{4}-\d{2}-\d{2}/)).test(promise.raw) ? stryMutAct_9fa48("1206") ? formatDay(to) - promise.raw.slice(10) : (stryCov_9fa48("1206"), formatDay(to) + (stryMutAct_9fa48("1207") ? promise.raw : (stryCov_9fa48("1207"), promise.raw.slice(10)))) : stryMutAct_9fa48("1208") ? `` : (stryCov_9fa48("1208"), `${formatDay(to)} ${promise.raw}`);
    if (stryMutAct_9fa48("1210") ? false : stryMutAct_9fa48("1209") ? true : (stryCov_9fa48("1209", "1210"), hasSerializedObject(item))) return refuse(stryMutAct_9fa48("1211") ? `` : (stryCov_9fa48("1211"), `the promise "${promise.raw}" is not text Tend can write back; move it by hand`));
    const replaced = planReplaceListItem(found.located, parsed.text, settings.keys.promises, promise.index, item);
    if (stryMutAct_9fa48("1214") ? false : stryMutAct_9fa48("1213") ? true : stryMutAct_9fa48("1212") ? replaced.ok : (stryCov_9fa48("1212", "1213", "1214"), !replaced.ok)) return replaced;
    let timing = stryMutAct_9fa48("1215") ? "Stryker was here!" : (stryCov_9fa48("1215"), "");
    if (stryMutAct_9fa48("1218") ? promise.due === null : stryMutAct_9fa48("1217") ? false : stryMutAct_9fa48("1216") ? true : (stryCov_9fa48("1216", "1217", "1218"), promise.due !== null)) {
      if (stryMutAct_9fa48("1219")) {
        {}
      } else {
        stryCov_9fa48("1219");
        const after = stryMutAct_9fa48("1220") ? date + promise.due : (stryCov_9fa48("1220"), date - promise.due);
        timing = (stryMutAct_9fa48("1224") ? after > 0 : stryMutAct_9fa48("1223") ? after < 0 : stryMutAct_9fa48("1222") ? false : stryMutAct_9fa48("1221") ? true : (stryCov_9fa48("1221", "1222", "1223", "1224"), after <= 0)) ? stryMutAct_9fa48("1225") ? "" : (stryCov_9fa48("1225"), ", before the deadline") : stryMutAct_9fa48("1226") ? `` : (stryCov_9fa48("1226"), `, ${plural(after, stryMutAct_9fa48("1227") ? "" : (stryCov_9fa48("1227"), "day"))} after the deadline`);
      }
    }
    const from = (stryMutAct_9fa48("1230") ? promise.due === null : stryMutAct_9fa48("1229") ? false : stryMutAct_9fa48("1228") ? true : (stryCov_9fa48("1228", "1229", "1230"), promise.due !== null)) ? formatDay(promise.due) : stryMutAct_9fa48("1231") ? "" : (stryCov_9fa48("1231"), "no date");
    const summary = stryMutAct_9fa48("1232") ? `` : (stryCov_9fa48("1232"), `Moved "${what}" from ${from} to ${formatDay(to)}${timing}`);
    return logAfter(parsed, stryMutAct_9fa48("1233") ? [] : (stryCov_9fa48("1233"), [replaced]), stryMutAct_9fa48("1234") ? {} : (stryCov_9fa48("1234"), {
      date,
      kind: stryMutAct_9fa48("1235") ? "" : (stryCov_9fa48("1235"), "promise-moved"),
      summary,
      hours: null,
      name
    }), settings);
  }
}
export type PromiseChoice = {
  ok: true;
  promise: Commitment;
} | {
  ok: false;
  reason: string;
};

/** How a command names one promise; every part given must hold. */
export interface PromisePick {
  /** Text the promise contains (any case); an exact match wins over partial ones. */
  what?: string;
  /** The day it is due. */
  due?: Day;
  /** Its position in the note's promises list, 1 for the first (as the messages number them). */
  index?: number;
}

/** `  2. 2026-12-10 Send the deck`: numbered by position in the note's list, 1-based. */
function numbered(ps: readonly Commitment[]): string {
  if (stryMutAct_9fa48("1236")) {
    {}
  } else {
    stryCov_9fa48("1236");
    return ps.map(stryMutAct_9fa48("1237") ? () => undefined : (stryCov_9fa48("1237"), p => stryMutAct_9fa48("1238") ? `` : (stryCov_9fa48("1238"), `  ${stryMutAct_9fa48("1239") ? p.index - 1 : (stryCov_9fa48("1239"), p.index + 1)}. ${p.raw}`))).join(stryMutAct_9fa48("1240") ? "" : (stryCov_9fa48("1240"), "\n"));
  }
}

/** The flags that would tell these promises apart. */
function howToPick(ps: readonly Commitment[], pick: PromisePick): string {
  if (stryMutAct_9fa48("1241")) {
    {}
  } else {
    stryCov_9fa48("1241");
    const flags: string[] = stryMutAct_9fa48("1242") ? ["Stryker was here"] : (stryCov_9fa48("1242"), []);
    const distinct = stryMutAct_9fa48("1243") ? () => undefined : (stryCov_9fa48("1243"), (() => {
      const distinct = (values: (string | number | null)[]) => stryMutAct_9fa48("1246") ? new Set(values).size !== values.length : stryMutAct_9fa48("1245") ? false : stryMutAct_9fa48("1244") ? true : (stryCov_9fa48("1244", "1245", "1246"), new Set(values).size === values.length);
      return distinct;
    })());
    if (stryMutAct_9fa48("1249") ? pick.what === undefined || new Set(ps.map(p => promiseText(p.what))).size > 1 : stryMutAct_9fa48("1248") ? false : stryMutAct_9fa48("1247") ? true : (stryCov_9fa48("1247", "1248", "1249"), (stryMutAct_9fa48("1251") ? pick.what !== undefined : stryMutAct_9fa48("1250") ? true : (stryCov_9fa48("1250", "1251"), pick.what === undefined)) && (stryMutAct_9fa48("1254") ? new Set(ps.map(p => promiseText(p.what))).size <= 1 : stryMutAct_9fa48("1253") ? new Set(ps.map(p => promiseText(p.what))).size >= 1 : stryMutAct_9fa48("1252") ? true : (stryCov_9fa48("1252", "1253", "1254"), new Set(ps.map(stryMutAct_9fa48("1255") ? () => undefined : (stryCov_9fa48("1255"), p => promiseText(p.what)))).size > 1)))) flags.push(stryMutAct_9fa48("1256") ? "" : (stryCov_9fa48("1256"), "--what TEXT"));
    if (stryMutAct_9fa48("1259") ? pick.due === undefined || distinct(ps.map(p => p.due)) : stryMutAct_9fa48("1258") ? false : stryMutAct_9fa48("1257") ? true : (stryCov_9fa48("1257", "1258", "1259"), (stryMutAct_9fa48("1261") ? pick.due !== undefined : stryMutAct_9fa48("1260") ? true : (stryCov_9fa48("1260", "1261"), pick.due === undefined)) && distinct(ps.map(stryMutAct_9fa48("1262") ? () => undefined : (stryCov_9fa48("1262"), p => p.due))))) flags.push(stryMutAct_9fa48("1263") ? "" : (stryCov_9fa48("1263"), "--due YYYY-MM-DD"));
    flags.push(stryMutAct_9fa48("1264") ? "" : (stryCov_9fa48("1264"), "--index N"));
    return (stryMutAct_9fa48("1267") ? flags.length !== 1 : stryMutAct_9fa48("1266") ? false : stryMutAct_9fa48("1265") ? true : (stryCov_9fa48("1265", "1266", "1267"), flags.length === 1)) ? stryMutAct_9fa48("1268") ? `` : (stryCov_9fa48("1268"), `say which with ${stryMutAct_9fa48("1269") ? flags[0] && "" : (stryCov_9fa48("1269"), flags[0] ?? (stryMutAct_9fa48("1270") ? "Stryker was here!" : (stryCov_9fa48("1270"), "")))}`) : stryMutAct_9fa48("1271") ? `` : (stryCov_9fa48("1271"), `say which with ${stryMutAct_9fa48("1272") ? flags.join(", ") : (stryCov_9fa48("1272"), flags.slice(0, stryMutAct_9fa48("1273") ? +1 : (stryCov_9fa48("1273"), -1)).join(stryMutAct_9fa48("1274") ? "" : (stryCov_9fa48("1274"), ", ")))} or ${stryMutAct_9fa48("1275") ? flags[flags.length - 1] && "" : (stryCov_9fa48("1275"), flags[stryMutAct_9fa48("1276") ? flags.length + 1 : (stryCov_9fa48("1276"), flags.length - 1)] ?? (stryMutAct_9fa48("1277") ? "Stryker was here!" : (stryCov_9fa48("1277"), "")))}`);
  }
}

/**
 * Picks the promise a command means: the only one, or the one that `pick` names by text,
 * due date or position (a string is `{ what }`). Anything else is a refusal that lists the
 * candidates, numbered as `--index` counts them, with the flags that tell them apart.
 */
export function choosePromise(promises: readonly Commitment[], pickOrWhat?: string | PromisePick): PromiseChoice {
  if (stryMutAct_9fa48("1278")) {
    {}
  } else {
    stryCov_9fa48("1278");
    const pick: PromisePick = (stryMutAct_9fa48("1281") ? typeof pickOrWhat !== "string" : stryMutAct_9fa48("1280") ? false : stryMutAct_9fa48("1279") ? true : (stryCov_9fa48("1279", "1280", "1281"), typeof pickOrWhat === (stryMutAct_9fa48("1282") ? "" : (stryCov_9fa48("1282"), "string")))) ? stryMutAct_9fa48("1283") ? {} : (stryCov_9fa48("1283"), {
      what: pickOrWhat
    }) : stryMutAct_9fa48("1284") ? pickOrWhat && {} : (stryCov_9fa48("1284"), pickOrWhat ?? {});
    if (stryMutAct_9fa48("1287") ? promises.length !== 0 : stryMutAct_9fa48("1286") ? false : stryMutAct_9fa48("1285") ? true : (stryCov_9fa48("1285", "1286", "1287"), promises.length === 0)) return stryMutAct_9fa48("1288") ? {} : (stryCov_9fa48("1288"), {
      ok: stryMutAct_9fa48("1289") ? true : (stryCov_9fa48("1289"), false),
      reason: stryMutAct_9fa48("1290") ? "" : (stryCov_9fa48("1290"), "has no promises")
    });
    const all = stryMutAct_9fa48("1291") ? `` : (stryCov_9fa48("1291"), `its promises are:\n${numbered(promises)}`);
    let candidates: readonly Commitment[] = promises;
    const named: string[] = stryMutAct_9fa48("1292") ? ["Stryker was here"] : (stryCov_9fa48("1292"), []);
    if (stryMutAct_9fa48("1295") ? pick.index === undefined : stryMutAct_9fa48("1294") ? false : stryMutAct_9fa48("1293") ? true : (stryCov_9fa48("1293", "1294", "1295"), pick.index !== undefined)) {
      if (stryMutAct_9fa48("1296")) {
        {}
      } else {
        stryCov_9fa48("1296");
        candidates = stryMutAct_9fa48("1297") ? candidates : (stryCov_9fa48("1297"), candidates.filter(stryMutAct_9fa48("1298") ? () => undefined : (stryCov_9fa48("1298"), p => stryMutAct_9fa48("1301") ? p.index + 1 !== pick.index : stryMutAct_9fa48("1300") ? false : stryMutAct_9fa48("1299") ? true : (stryCov_9fa48("1299", "1300", "1301"), (stryMutAct_9fa48("1302") ? p.index - 1 : (stryCov_9fa48("1302"), p.index + 1)) === pick.index))));
        named.push(stryMutAct_9fa48("1303") ? `` : (stryCov_9fa48("1303"), `number ${pick.index}`));
        if (stryMutAct_9fa48("1306") ? candidates.length !== 0 : stryMutAct_9fa48("1305") ? false : stryMutAct_9fa48("1304") ? true : (stryCov_9fa48("1304", "1305", "1306"), candidates.length === 0)) return stryMutAct_9fa48("1307") ? {} : (stryCov_9fa48("1307"), {
          ok: stryMutAct_9fa48("1308") ? true : (stryCov_9fa48("1308"), false),
          reason: stryMutAct_9fa48("1309") ? `` : (stryCov_9fa48("1309"), `has no promise number ${pick.index}; ${all}`)
        });
      }
    }
    if (stryMutAct_9fa48("1312") ? pick.due === undefined : stryMutAct_9fa48("1311") ? false : stryMutAct_9fa48("1310") ? true : (stryCov_9fa48("1310", "1311", "1312"), pick.due !== undefined)) {
      if (stryMutAct_9fa48("1313")) {
        {}
      } else {
        stryCov_9fa48("1313");
        candidates = stryMutAct_9fa48("1314") ? candidates : (stryCov_9fa48("1314"), candidates.filter(stryMutAct_9fa48("1315") ? () => undefined : (stryCov_9fa48("1315"), p => stryMutAct_9fa48("1318") ? p.due !== pick.due : stryMutAct_9fa48("1317") ? false : stryMutAct_9fa48("1316") ? true : (stryCov_9fa48("1316", "1317", "1318"), p.due === pick.due))));
        named.push(stryMutAct_9fa48("1319") ? `` : (stryCov_9fa48("1319"), `due ${formatDay(pick.due)}`));
        if (stryMutAct_9fa48("1322") ? candidates.length !== 0 : stryMutAct_9fa48("1321") ? false : stryMutAct_9fa48("1320") ? true : (stryCov_9fa48("1320", "1321", "1322"), candidates.length === 0)) return stryMutAct_9fa48("1323") ? {} : (stryCov_9fa48("1323"), {
          ok: stryMutAct_9fa48("1324") ? true : (stryCov_9fa48("1324"), false),
          reason: stryMutAct_9fa48("1325") ? `` : (stryCov_9fa48("1325"), `has no promise ${named.join(stryMutAct_9fa48("1326") ? "" : (stryCov_9fa48("1326"), " and "))}; ${all}`)
        });
      }
    }
    const what = stryMutAct_9fa48("1327") ? pick.what?.trim() && "" : (stryCov_9fa48("1327"), (stryMutAct_9fa48("1329") ? pick.what.trim() : stryMutAct_9fa48("1328") ? pick.what : (stryCov_9fa48("1328", "1329"), pick.what?.trim())) ?? (stryMutAct_9fa48("1330") ? "Stryker was here!" : (stryCov_9fa48("1330"), "")));
    if (stryMutAct_9fa48("1333") ? what === "" : stryMutAct_9fa48("1332") ? false : stryMutAct_9fa48("1331") ? true : (stryCov_9fa48("1331", "1332", "1333"), what !== (stryMutAct_9fa48("1334") ? "Stryker was here!" : (stryCov_9fa48("1334"), "")))) {
      if (stryMutAct_9fa48("1335")) {
        {}
      } else {
        stryCov_9fa48("1335");
        const needle = stryMutAct_9fa48("1336") ? what.toUpperCase() : (stryCov_9fa48("1336"), what.toLowerCase());
        const exact = stryMutAct_9fa48("1337") ? candidates : (stryCov_9fa48("1337"), candidates.filter(stryMutAct_9fa48("1338") ? () => undefined : (stryCov_9fa48("1338"), p => stryMutAct_9fa48("1341") ? p.what.toLowerCase() === needle && p.raw.toLowerCase() === needle : stryMutAct_9fa48("1340") ? false : stryMutAct_9fa48("1339") ? true : (stryCov_9fa48("1339", "1340", "1341"), (stryMutAct_9fa48("1343") ? p.what.toLowerCase() !== needle : stryMutAct_9fa48("1342") ? false : (stryCov_9fa48("1342", "1343"), (stryMutAct_9fa48("1344") ? p.what.toUpperCase() : (stryCov_9fa48("1344"), p.what.toLowerCase())) === needle)) || (stryMutAct_9fa48("1346") ? p.raw.toLowerCase() !== needle : stryMutAct_9fa48("1345") ? false : (stryCov_9fa48("1345", "1346"), (stryMutAct_9fa48("1347") ? p.raw.toUpperCase() : (stryCov_9fa48("1347"), p.raw.toLowerCase())) === needle))))));
        const partial = stryMutAct_9fa48("1348") ? candidates : (stryCov_9fa48("1348"), candidates.filter(stryMutAct_9fa48("1349") ? () => undefined : (stryCov_9fa48("1349"), p => stryMutAct_9fa48("1350") ? p.raw.toUpperCase().includes(needle) : (stryCov_9fa48("1350"), p.raw.toLowerCase().includes(needle)))));
        candidates = (stryMutAct_9fa48("1353") ? exact.length !== 1 : stryMutAct_9fa48("1352") ? false : stryMutAct_9fa48("1351") ? true : (stryCov_9fa48("1351", "1352", "1353"), exact.length === 1)) ? exact : partial;
        named.push(stryMutAct_9fa48("1354") ? `` : (stryCov_9fa48("1354"), `matching "${what}"`));
        if (stryMutAct_9fa48("1357") ? candidates.length !== 0 : stryMutAct_9fa48("1356") ? false : stryMutAct_9fa48("1355") ? true : (stryCov_9fa48("1355", "1356", "1357"), candidates.length === 0)) return stryMutAct_9fa48("1358") ? {} : (stryCov_9fa48("1358"), {
          ok: stryMutAct_9fa48("1359") ? true : (stryCov_9fa48("1359"), false),
          reason: stryMutAct_9fa48("1360") ? `` : (stryCov_9fa48("1360"), `has no promise ${named.join(stryMutAct_9fa48("1361") ? "" : (stryCov_9fa48("1361"), " and "))}; ${all}`)
        });
      }
    }
    if (stryMutAct_9fa48("1364") ? candidates.length === 1 || candidates[0] : stryMutAct_9fa48("1363") ? false : stryMutAct_9fa48("1362") ? true : (stryCov_9fa48("1362", "1363", "1364"), (stryMutAct_9fa48("1366") ? candidates.length !== 1 : stryMutAct_9fa48("1365") ? true : (stryCov_9fa48("1365", "1366"), candidates.length === 1)) && candidates[0])) return stryMutAct_9fa48("1367") ? {} : (stryCov_9fa48("1367"), {
      ok: stryMutAct_9fa48("1368") ? false : (stryCov_9fa48("1368"), true),
      promise: candidates[0]
    });
    const which = (stryMutAct_9fa48("1371") ? named.length !== 0 : stryMutAct_9fa48("1370") ? false : stryMutAct_9fa48("1369") ? true : (stryCov_9fa48("1369", "1370", "1371"), named.length === 0)) ? stryMutAct_9fa48("1372") ? `` : (stryCov_9fa48("1372"), `${candidates.length} promises`) : stryMutAct_9fa48("1373") ? `` : (stryCov_9fa48("1373"), `${candidates.length} promises ${named.join(stryMutAct_9fa48("1374") ? "" : (stryCov_9fa48("1374"), " and "))}`);
    return stryMutAct_9fa48("1375") ? {} : (stryCov_9fa48("1375"), {
      ok: stryMutAct_9fa48("1376") ? true : (stryCov_9fa48("1376"), false),
      reason: stryMutAct_9fa48("1377") ? `` : (stryCov_9fa48("1377"), `has ${which}; ${howToPick(candidates, pick)}:\n${numbered(candidates)}`)
    });
  }
}