/**
 * "Mark kept" on a task promise: checks the task off in its note and adds the done date the way
 * the Tasks plugin does (issue 10, item 4). A pure edit like every write in Tend: the note's
 * text in, the new text and its splices out (or a refusal), applied by the CLI with its atomic
 * write and by the plugin with `Vault.process` or one editor transaction.
 *
 * The done date goes where the plugins put it: Tasks writes its fields in a fixed order that
 * ends with the done date and then the block id (`- [x] Send the deck 📅 2026-12-04 ✅ 2026-12-03
 * ^abc`); Dataview, with "Automatic task completion tracking" on, appends
 * ` [completion:: 2026-12-03]` before the block id. Tend writes the Dataview field when the
 * task's due date is a Dataview field, else the Tasks emoji. Only two places change: the
 * checkbox character and the inserted date; every other byte of the note stays.
 *
 * The note may have changed since the promise was read, so the line is found again in stages
 * (as the Tasks plugin finds a task to toggle): the line at the same number if it still reads
 * the same; else the one line anywhere in the note that reads the same; else the one open task
 * whose text (without checkbox and dates) is the same. Anything else is refused: several
 * matches, none, a task already done, a task that repeats (`🔁`: Tasks makes its next
 * occurrence when it is checked off there, which Tend cannot do), or a line inside code or a
 * comment.
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
import { formatDay, type Day } from "../calendar";
import { parseFrontmatter } from "../frontmatter";
import { hiddenParts, inSpans } from "../mentions/hidden";
import { taskWhat } from "../mentions/interpret";
import { taskCheckbox, taskFields, taskState, type TaskFormat } from "../mentions/taskLine";
import { done, refuse, type EditResult } from "./result";
import { applySplices, type Splice } from "./splices";
export interface TaskTarget {
  /** One-based line where the task was read. */
  line: number;
  /** The task's line as it was read. */
  text: string;
}
function whatOf(lineText: string): string | null {
  if (stryMutAct_9fa48("1549")) {
    {}
  } else {
    stryCov_9fa48("1549");
    const box = taskCheckbox(lineText);
    if (stryMutAct_9fa48("1552") ? false : stryMutAct_9fa48("1551") ? true : stryMutAct_9fa48("1550") ? box : (stryCov_9fa48("1550", "1551", "1552"), !box)) return null;
    return stryMutAct_9fa48("1553") ? taskWhat(taskFields(lineText.slice(box.textAt)).description).toUpperCase() : (stryCov_9fa48("1553"), taskWhat(taskFields(stryMutAct_9fa48("1554") ? lineText : (stryCov_9fa48("1554"), lineText.slice(box.textAt))).description).toLowerCase());
  }
}

/** Checks off the task `target` names, done on `day`. */
export function checkOffTask(text: string, target: TaskTarget, day: Day): EditResult {
  if (stryMutAct_9fa48("1555")) {
    {}
  } else {
    stryCov_9fa48("1555");
    const fm = parseFrontmatter(text);
    if (stryMutAct_9fa48("1558") ? fm.kind !== "error" : stryMutAct_9fa48("1557") ? false : stryMutAct_9fa48("1556") ? true : (stryCov_9fa48("1556", "1557", "1558"), fm.kind === (stryMutAct_9fa48("1559") ? "" : (stryCov_9fa48("1559"), "error")))) {
      if (stryMutAct_9fa48("1560")) {
        {}
      } else {
        stryCov_9fa48("1560");
        return refuse(stryMutAct_9fa48("1561") ? `` : (stryCov_9fa48("1561"), `its frontmatter does not parse (line ${fm.problem.line}: ${fm.problem.message}); the note was not changed`), fm.problem.line);
      }
    }
    const {
      lines,
      firstBody,
      code,
      commented,
      spans
    } = hiddenParts(text, fm.bodyStart);
    const usable = stryMutAct_9fa48("1562") ? () => undefined : (stryCov_9fa48("1562"), (() => {
      const usable = (i: number) => stryMutAct_9fa48("1565") ? i >= firstBody && !code[i] || !commented[i] : stryMutAct_9fa48("1564") ? false : stryMutAct_9fa48("1563") ? true : (stryCov_9fa48("1563", "1564", "1565"), (stryMutAct_9fa48("1567") ? i >= firstBody || !code[i] : stryMutAct_9fa48("1566") ? true : (stryCov_9fa48("1566", "1567"), (stryMutAct_9fa48("1570") ? i < firstBody : stryMutAct_9fa48("1569") ? i > firstBody : stryMutAct_9fa48("1568") ? true : (stryCov_9fa48("1568", "1569", "1570"), i >= firstBody)) && (stryMutAct_9fa48("1571") ? code[i] : (stryCov_9fa48("1571"), !code[i])))) && (stryMutAct_9fa48("1572") ? commented[i] : (stryCov_9fa48("1572"), !commented[i])));
      return usable;
    })());
    const shown = stryMutAct_9fa48("1573") ? target.text : (stryCov_9fa48("1573"), target.text.trim());
    let index = stryMutAct_9fa48("1574") ? +1 : (stryCov_9fa48("1574"), -1);
    const at = stryMutAct_9fa48("1575") ? target.line + 1 : (stryCov_9fa48("1575"), target.line - 1);
    if (stryMutAct_9fa48("1578") ? at >= 0 && at < lines.length && lines[at]?.text === target.text || usable(at) : stryMutAct_9fa48("1577") ? false : stryMutAct_9fa48("1576") ? true : (stryCov_9fa48("1576", "1577", "1578"), (stryMutAct_9fa48("1580") ? at >= 0 && at < lines.length || lines[at]?.text === target.text : stryMutAct_9fa48("1579") ? true : (stryCov_9fa48("1579", "1580"), (stryMutAct_9fa48("1582") ? at >= 0 || at < lines.length : stryMutAct_9fa48("1581") ? true : (stryCov_9fa48("1581", "1582"), (stryMutAct_9fa48("1585") ? at < 0 : stryMutAct_9fa48("1584") ? at > 0 : stryMutAct_9fa48("1583") ? true : (stryCov_9fa48("1583", "1584", "1585"), at >= 0)) && (stryMutAct_9fa48("1588") ? at >= lines.length : stryMutAct_9fa48("1587") ? at <= lines.length : stryMutAct_9fa48("1586") ? true : (stryCov_9fa48("1586", "1587", "1588"), at < lines.length)))) && (stryMutAct_9fa48("1590") ? lines[at]?.text !== target.text : stryMutAct_9fa48("1589") ? true : (stryCov_9fa48("1589", "1590"), (stryMutAct_9fa48("1591") ? lines[at].text : (stryCov_9fa48("1591"), lines[at]?.text)) === target.text)))) && usable(at))) index = at;
    if (stryMutAct_9fa48("1594") ? index !== -1 : stryMutAct_9fa48("1593") ? false : stryMutAct_9fa48("1592") ? true : (stryCov_9fa48("1592", "1593", "1594"), index === (stryMutAct_9fa48("1595") ? +1 : (stryCov_9fa48("1595"), -1)))) {
      if (stryMutAct_9fa48("1596")) {
        {}
      } else {
        stryCov_9fa48("1596");
        const same = lines.flatMap(stryMutAct_9fa48("1597") ? () => undefined : (stryCov_9fa48("1597"), (l, i) => (stryMutAct_9fa48("1600") ? l.text === target.text || usable(i) : stryMutAct_9fa48("1599") ? false : stryMutAct_9fa48("1598") ? true : (stryCov_9fa48("1598", "1599", "1600"), (stryMutAct_9fa48("1602") ? l.text !== target.text : stryMutAct_9fa48("1601") ? true : (stryCov_9fa48("1601", "1602"), l.text === target.text)) && usable(i))) ? stryMutAct_9fa48("1603") ? [] : (stryCov_9fa48("1603"), [i]) : stryMutAct_9fa48("1604") ? ["Stryker was here"] : (stryCov_9fa48("1604"), [])));
        if (stryMutAct_9fa48("1607") ? same.length !== 1 : stryMutAct_9fa48("1606") ? false : stryMutAct_9fa48("1605") ? true : (stryCov_9fa48("1605", "1606", "1607"), same.length === 1)) index = same[0] as number;else if (stryMutAct_9fa48("1611") ? same.length <= 1 : stryMutAct_9fa48("1610") ? same.length >= 1 : stryMutAct_9fa48("1609") ? false : stryMutAct_9fa48("1608") ? true : (stryCov_9fa48("1608", "1609", "1610", "1611"), same.length > 1)) return refuse(stryMutAct_9fa48("1612") ? `` : (stryCov_9fa48("1612"), `the task "${shown}" is on ${same.length} lines now (${same.map(stryMutAct_9fa48("1613") ? () => undefined : (stryCov_9fa48("1613"), i => stryMutAct_9fa48("1614") ? i - 1 : (stryCov_9fa48("1614"), i + 1))).join(stryMutAct_9fa48("1615") ? "" : (stryCov_9fa48("1615"), ", "))}); check the one you mean off by hand`));
      }
    }
    if (stryMutAct_9fa48("1618") ? index !== -1 : stryMutAct_9fa48("1617") ? false : stryMutAct_9fa48("1616") ? true : (stryCov_9fa48("1616", "1617", "1618"), index === (stryMutAct_9fa48("1619") ? +1 : (stryCov_9fa48("1619"), -1)))) {
      if (stryMutAct_9fa48("1620")) {
        {}
      } else {
        stryCov_9fa48("1620");
        const wanted = whatOf(target.text);
        if (stryMutAct_9fa48("1623") ? wanted !== null : stryMutAct_9fa48("1622") ? false : stryMutAct_9fa48("1621") ? true : (stryCov_9fa48("1621", "1622", "1623"), wanted === null)) return refuse(stryMutAct_9fa48("1624") ? `` : (stryCov_9fa48("1624"), `"${shown}" is not a task`));
        const similar = lines.flatMap((l, i) => {
          if (stryMutAct_9fa48("1625")) {
            {}
          } else {
            stryCov_9fa48("1625");
            if (stryMutAct_9fa48("1628") ? false : stryMutAct_9fa48("1627") ? true : stryMutAct_9fa48("1626") ? usable(i) : (stryCov_9fa48("1626", "1627", "1628"), !usable(i))) return stryMutAct_9fa48("1629") ? ["Stryker was here"] : (stryCov_9fa48("1629"), []);
            const box = taskCheckbox(l.text);
            return (stryMutAct_9fa48("1632") ? box && taskState(box.status) === "open" || whatOf(l.text) === wanted : stryMutAct_9fa48("1631") ? false : stryMutAct_9fa48("1630") ? true : (stryCov_9fa48("1630", "1631", "1632"), (stryMutAct_9fa48("1634") ? box || taskState(box.status) === "open" : stryMutAct_9fa48("1633") ? true : (stryCov_9fa48("1633", "1634"), box && (stryMutAct_9fa48("1636") ? taskState(box.status) !== "open" : stryMutAct_9fa48("1635") ? true : (stryCov_9fa48("1635", "1636"), taskState(box.status) === (stryMutAct_9fa48("1637") ? "" : (stryCov_9fa48("1637"), "open")))))) && (stryMutAct_9fa48("1639") ? whatOf(l.text) !== wanted : stryMutAct_9fa48("1638") ? true : (stryCov_9fa48("1638", "1639"), whatOf(l.text) === wanted)))) ? stryMutAct_9fa48("1640") ? [] : (stryCov_9fa48("1640"), [i]) : stryMutAct_9fa48("1641") ? ["Stryker was here"] : (stryCov_9fa48("1641"), []);
          }
        });
        if (stryMutAct_9fa48("1644") ? similar.length === 1 : stryMutAct_9fa48("1643") ? false : stryMutAct_9fa48("1642") ? true : (stryCov_9fa48("1642", "1643", "1644"), similar.length !== 1)) {
          if (stryMutAct_9fa48("1645")) {
            {}
          } else {
            stryCov_9fa48("1645");
            const why = (stryMutAct_9fa48("1648") ? similar.length !== 0 : stryMutAct_9fa48("1647") ? false : stryMutAct_9fa48("1646") ? true : (stryCov_9fa48("1646", "1647", "1648"), similar.length === 0)) ? stryMutAct_9fa48("1649") ? "" : (stryCov_9fa48("1649"), "no open task reads like it any more") : stryMutAct_9fa48("1650") ? `` : (stryCov_9fa48("1650"), `${similar.length} open tasks read like it (lines ${similar.map(stryMutAct_9fa48("1651") ? () => undefined : (stryCov_9fa48("1651"), i => stryMutAct_9fa48("1652") ? i - 1 : (stryCov_9fa48("1652"), i + 1))).join(stryMutAct_9fa48("1653") ? "" : (stryCov_9fa48("1653"), ", "))})`);
            return refuse(stryMutAct_9fa48("1654") ? `` : (stryCov_9fa48("1654"), `the task "${shown}" is no longer on line ${target.line}, and ${why}; the note was not changed`), target.line);
          }
        }
        index = similar[0] as number;
      }
    }
    const line = lines[index] as (typeof lines)[number];
    const box = taskCheckbox(line.text);
    if (stryMutAct_9fa48("1657") ? !box && inSpans(spans, line.start + box.statusAt) : stryMutAct_9fa48("1656") ? false : stryMutAct_9fa48("1655") ? true : (stryCov_9fa48("1655", "1656", "1657"), (stryMutAct_9fa48("1658") ? box : (stryCov_9fa48("1658"), !box)) || inSpans(spans, stryMutAct_9fa48("1659") ? line.start - box.statusAt : (stryCov_9fa48("1659"), line.start + box.statusAt)))) return refuse(stryMutAct_9fa48("1660") ? `` : (stryCov_9fa48("1660"), `line ${stryMutAct_9fa48("1661") ? index - 1 : (stryCov_9fa48("1661"), index + 1)} no longer holds the task "${shown}"; the note was not changed`), stryMutAct_9fa48("1662") ? index - 1 : (stryCov_9fa48("1662"), index + 1));
    const state = taskState(box.status);
    if (stryMutAct_9fa48("1665") ? state !== "done" : stryMutAct_9fa48("1664") ? false : stryMutAct_9fa48("1663") ? true : (stryCov_9fa48("1663", "1664", "1665"), state === (stryMutAct_9fa48("1666") ? "" : (stryCov_9fa48("1666"), "done")))) return refuse(stryMutAct_9fa48("1667") ? `` : (stryCov_9fa48("1667"), `the task on line ${stryMutAct_9fa48("1668") ? index - 1 : (stryCov_9fa48("1668"), index + 1)} is already checked off`), stryMutAct_9fa48("1669") ? index - 1 : (stryCov_9fa48("1669"), index + 1));
    if (stryMutAct_9fa48("1672") ? state !== "cancelled" : stryMutAct_9fa48("1671") ? false : stryMutAct_9fa48("1670") ? true : (stryCov_9fa48("1670", "1671", "1672"), state === (stryMutAct_9fa48("1673") ? "" : (stryCov_9fa48("1673"), "cancelled")))) return refuse(stryMutAct_9fa48("1674") ? `` : (stryCov_9fa48("1674"), `the task on line ${stryMutAct_9fa48("1675") ? index - 1 : (stryCov_9fa48("1675"), index + 1)} is cancelled ([-]); the note was not changed`), stryMutAct_9fa48("1676") ? index - 1 : (stryCov_9fa48("1676"), index + 1));
    const content = stryMutAct_9fa48("1677") ? line.text : (stryCov_9fa48("1677"), line.text.slice(box.textAt));
    const fields = taskFields(content);
    if (stryMutAct_9fa48("1679") ? false : stryMutAct_9fa48("1678") ? true : (stryCov_9fa48("1678", "1679"), fields.recurring)) {
      if (stryMutAct_9fa48("1680")) {
        {}
      } else {
        stryCov_9fa48("1680");
        return refuse(stryMutAct_9fa48("1681") ? `` : (stryCov_9fa48("1681"), `the task on line ${stryMutAct_9fa48("1682") ? index - 1 : (stryCov_9fa48("1682"), index + 1)} repeats (🔁); check it off in Obsidian with the Tasks plugin, which makes the next one`), stryMutAct_9fa48("1683") ? index - 1 : (stryCov_9fa48("1683"), index + 1));
      }
    }
    const splices: Splice[] = stryMutAct_9fa48("1684") ? [] : (stryCov_9fa48("1684"), [stryMutAct_9fa48("1685") ? {} : (stryCov_9fa48("1685"), {
      from: stryMutAct_9fa48("1686") ? line.start - box.statusAt : (stryCov_9fa48("1686"), line.start + box.statusAt),
      to: stryMutAct_9fa48("1687") ? line.start + box.statusAt - box.status.length : (stryCov_9fa48("1687"), (stryMutAct_9fa48("1688") ? line.start - box.statusAt : (stryCov_9fa48("1688"), line.start + box.statusAt)) + box.status.length),
      insert: stryMutAct_9fa48("1689") ? "" : (stryCov_9fa48("1689"), "x")
    })]);
    if (stryMutAct_9fa48("1692") ? fields.done !== null : stryMutAct_9fa48("1691") ? false : stryMutAct_9fa48("1690") ? true : (stryCov_9fa48("1690", "1691", "1692"), fields.done === null)) {
      if (stryMutAct_9fa48("1693")) {
        {}
      } else {
        stryCov_9fa48("1693");
        const format: TaskFormat = stryMutAct_9fa48("1694") ? fields.due?.format && "tasks" : (stryCov_9fa48("1694"), (stryMutAct_9fa48("1695") ? fields.due.format : (stryCov_9fa48("1695"), fields.due?.format)) ?? (stryMutAct_9fa48("1696") ? "" : (stryCov_9fa48("1696"), "tasks")));
        const mark = (stryMutAct_9fa48("1699") ? format !== "dataview" : stryMutAct_9fa48("1698") ? false : stryMutAct_9fa48("1697") ? true : (stryCov_9fa48("1697", "1698", "1699"), format === (stryMutAct_9fa48("1700") ? "" : (stryCov_9fa48("1700"), "dataview")))) ? stryMutAct_9fa48("1701") ? `` : (stryCov_9fa48("1701"), `[completion:: ${formatDay(day)}]`) : stryMutAct_9fa48("1702") ? `` : (stryCov_9fa48("1702"), `✅ ${formatDay(day)}`);
        const into = (stryMutAct_9fa48("1706") ? fields.blockIdAt >= content.length : stryMutAct_9fa48("1705") ? fields.blockIdAt <= content.length : stryMutAct_9fa48("1704") ? false : stryMutAct_9fa48("1703") ? true : (stryCov_9fa48("1703", "1704", "1705", "1706"), fields.blockIdAt < content.length)) ? fields.blockIdAt : stryMutAct_9fa48("1707") ? content.trimStart().length : (stryCov_9fa48("1707"), content.trimEnd().length);
        const offset = stryMutAct_9fa48("1708") ? line.start + box.textAt - into : (stryCov_9fa48("1708"), (stryMutAct_9fa48("1709") ? line.start - box.textAt : (stryCov_9fa48("1709"), line.start + box.textAt)) + into);
        const gap = (stryMutAct_9fa48("1712") ? into === 0 && /\s/.test(content.charAt(into - 1)) : stryMutAct_9fa48("1711") ? false : stryMutAct_9fa48("1710") ? true : (stryCov_9fa48("1710", "1711", "1712"), (stryMutAct_9fa48("1714") ? into !== 0 : stryMutAct_9fa48("1713") ? false : (stryCov_9fa48("1713", "1714"), into === 0)) || (stryMutAct_9fa48("1715") ? /\S/ : (stryCov_9fa48("1715"), /\s/)).test(stryMutAct_9fa48("1716") ? content : (stryCov_9fa48("1716"), content.charAt(stryMutAct_9fa48("1717") ? into + 1 : (stryCov_9fa48("1717"), into - 1)))))) ? stryMutAct_9fa48("1718") ? "Stryker was here!" : (stryCov_9fa48("1718"), "") : stryMutAct_9fa48("1719") ? "" : (stryCov_9fa48("1719"), " ");
        splices.push(stryMutAct_9fa48("1720") ? {} : (stryCov_9fa48("1720"), {
          from: offset,
          to: offset,
          insert: stryMutAct_9fa48("1721") ? `` : (stryCov_9fa48("1721"), `${gap}${mark}`)
        }));
      }
    }
    return done(applySplices(text, splices), splices, (stryMutAct_9fa48("1724") ? fm.kind !== "ok" : stryMutAct_9fa48("1723") ? false : stryMutAct_9fa48("1722") ? true : (stryCov_9fa48("1722", "1723", "1724"), fm.kind === (stryMutAct_9fa48("1725") ? "" : (stryCov_9fa48("1725"), "ok")))) ? fm.data : null);
  }
}