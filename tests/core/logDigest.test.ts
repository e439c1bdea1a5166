/**
 * The log digest (src/core/log.ts): what the due list keeps of a touchpoint log, read without
 * an object per line or entry. It must find exactly the entries and diagnostics `readLog`
 * finds, for any note, so the fast reader is checked against `readLog` on generated notes
 * full of the markdown that decides what is in the log (fences, setext headings, thematic
 * breaks, lists, indented code, odd line endings) and on entries of every shape.
 */
import fc from "fast-check";
import { drifting, usualGapOf } from "../../src/core/insights/drifting";
import { digestOf, EMPTY_LOG, readLog, readLogDigest, type Touchpoint } from "../../src/core/log";
import { DEFAULT_SETTINGS, type Direction, type TendSettings } from "../../src/core/settings";
import { compileTemplate } from "../../src/core/template";
import { note as noteShape, render } from "../support/noteArbitrary";
import { day, settingsWith } from "../support/builders";

const TODAY = day("2026-11-27");

function expectSame(text: string, bodyStart: number, settings: TendSettings, today: number | null = TODAY): void {
	const full = readLog("People/Ada.md", text, bodyStart, settings, today);
	const fast = readLogDigest("People/Ada.md", text, bodyStart, settings, today);
	expect(fast.diagnostics).toEqual(full.diagnostics);
	expect(fast.log).toEqual(digestOf(full.touchpoints, settings, today));
}

const LINES = [
	"## Touchpoints",
	"## touchpoints ##",
	"### Touchpoints",
	"Touchpoints",
	"---",
	"===",
	"- - -",
	"***",
	"___",
	"# Other",
	"## Notes",
	"### Sub",
	"    ## Touchpoints",
	"\t## Touchpoints",
	"```",
	"``` js",
	"```x`",
	"~~~",
	"````",
	"  ```",
	"    ```",
	"> quoted",
	"> ## Touchpoints",
	"a paragraph line",
	"",
	"   ",
	"- ",
	"-",
	"1. 2026-11-20 call — numbered",
	"12345678901. x",
	"1234567890. x",
	"123456789) x",
	"__",
	"* *",
	"- -",
	"Touchpoints  ",
	"  Touchpoints",
	"- 2026-11-20 call — Coffee",
	"* 2026-11-18 ask — Asked",
	"+ 2026-11-17 share — Sent (1h)",
	" - 2026-11-16 share: one space",
	"  - 2026-11-15 call — a note on an entry",
	"   - 2026-11-15 call — three spaces",
	"- 2026-02-30 call — no such day",
	"- 2027-01-01 call — in the future",
	"- 2026-11-20 gossip — unknown kind",
	"- 2026-11-20 Call — upper case kind",
	"- 2026-11-20 CHECK-IN — shouting",
	"- 2026-11-20 — no kind",
	"- 2026-11-20",
	"- 2026-11-20 call",
	"- 2026-11-20 call —",
	"- 2026-11-20 call — ",
	"- 2026-11-20 **call** — bold",
	"- [x] 2026-11-20 call — a task",
	"- [[2026-11-20]] call — a link",
	"- 2026-11-20 call—tight — x",
	"- 2026-11-20 call — x — y (30 min)",
	"-\t2026-11-20\tcall\t—\ttabs",
	"- 2026-11-20  call  —  wide",
	"- 2026-11-20 café — not ASCII",
	"- 2026-11-20 call – en dash",
	"- 2026-11-20 call - hyphen",
	"- 2026-11-20 call: colon",
	"- 2026-11-20 call — lone\rreturn",
	"- 2026-11-20 call — line\u2028separator",
	"- 2026-11-21 call — same day A",
	"- 2026-11-21 ask — same day B",
	"- 2026-10-01 ask — ask 1",
	"- 2026-10-02 ask — ask 2",
	"- 2026-10-03 ask — ask 3",
	"- 2026-09-01 share — older give",
	"- 1969-12-31 call — before 1970",
];

// Sequences where one line decides whether the next is a heading that ends the log.
const SEQUENCES = [
	["", "__", "---", "- 2026-11-01 call — after"],
	["", "1234567890. x", "---", "- 2026-11-02 call — after"],
	["", "123456789. x", "---", "- 2026-11-03 call — after"],
	["", "Touchpoints", "==="],
	["", "Touchpoints", "---", "- 2026-11-04 call — under a setext heading"],
	["a paragraph", "that goes on", "---"],
	["", "* *", "---"],
	["", "   Touchpoints", "  ---"],
	["", "    Touchpoints", "---"],
	["- 2026-11-05 call — item", "continued text", "---"],
];
const body = fc.array(fc.oneof(fc.constantFrom(...LINES).map((l) => [l]), fc.constantFrom(...SEQUENCES)), { maxLength: 30 }).map((blocks) => blocks.flat());
const frontmatter = fc.constantFrom("", "---\ntier: A\n---\n", "---\nbio: |\n  ```\n---\n", "---\ntier: A\n...\n", "---\nnotes: x\n---\n## Touchpoints\n");

const settingsChoice = fc.constantFrom(
	DEFAULT_SETTINGS,
	settingsWith({ logOrder: "oldest-first" }),
	settingsWith({ entryTemplate: "- {{date}} {{kind}}: {{summary}}" }),
	settingsWith({ entryTemplate: "* {{date}} — {{kind}} with {{name}}: {{summary}} ({{hours}})" }),
	settingsWith({ logHeading: "# Touchpoints" }),
	settingsWith({ logHeading: "Log" }),
	settingsWith({ askStreak: 2, kinds: [{ name: "Call", direction: "neutral" }, { name: "call", direction: "give" }, { name: "ask", direction: "ask" }, { name: "share", direction: "give" }] }),
);

describe("readLogDigest finds what readLog finds", () => {
	it("on notes made of log-shaped markdown", () => {
		fc.assert(
			fc.property(frontmatter, body, fc.boolean(), fc.boolean(), settingsChoice, fc.boolean(), (fm, lines, crlf, bom, settings, noToday) => {
				const eol = crlf ? "\r\n" : "\n";
				const text = (bom ? "\uFEFF" : "") + (fm + lines.join("\n")).split("\n").join(eol);
				const bodyStart = fm === "" ? (bom ? 1 : 0) : (bom ? 1 : 0) + fm.split("\n").join(eol).length;
				expectSame(text, bodyStart, settings, noToday ? null : TODAY);
			}),
			{ numRuns: 1500 },
		);
	});

	it("on the generated notes of the fidelity tests", () => {
		fc.assert(
			fc.property(noteShape, settingsChoice, (shape, settings) => {
				const text = render(shape);
				expectSame(text, 0, settings);
			}),
			{ numRuns: 500 },
		);
	});

	it("reads the fast shape exactly as the default template's pattern does", () => {
		const re = compileTemplate(DEFAULT_SETTINGS.entryTemplate) as RegExp;
		const kind = fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/);
		const blanks = fc.stringMatching(/^[ \t]{1,3}$/);
		const rest = fc.string({ maxLength: 30 }).filter((s) => !/[\r\n\u2028\u2029]/.test(s));
		fc.assert(
			fc.property(fc.constantFrom("", " "), fc.constantFrom("-", "*", "+"), blanks, blanks, kind, blanks, blanks, rest, (lead, marker, b1, b2, k, b3, b4, r) => {
				const line = `${lead}${marker}${b1}2026-11-20${b2}${k}${b3}—${b4}${r}`;
				const m = re.exec(line);
				expect(m?.groups?.date).toBe("2026-11-20");
				expect(m?.groups?.kind).toBe(k);
				expectSame(`## Touchpoints\n${line}\n`, 0, DEFAULT_SETTINGS);
			}),
			{ numRuns: 500 },
		);
	});
});

describe("the digest", () => {
	const text = (lines: string[]) => `# Ada\n\n## Touchpoints\n${lines.join("\n")}\n`;

	it("keeps the newest day, the first day, the newest day that is not an ask and the ask streak", () => {
		const r = readLogDigest("People/Ada.md", text(["- 2026-11-20 ask — c", "- 2026-11-10 ask — b", "- 2026-11-01 share — a", "- 2026-10-01 ask — x"]), 0, DEFAULT_SETTINGS, TODAY);
		expect(r.log).toMatchObject({ count: 4, newest: day("2026-11-20"), first: day("2026-10-01"), newestNotAsk: day("2026-11-01"), askStreak: 2, newestKind: "ask", newestDirection: "ask", newestSummary: "c" });
		// The gaps between the four days: 10, 9 and 31 days; their median is 10.
		expect(r.log).toMatchObject({ usualGap: 10, newestPastDay: day("2026-11-20") });
	});

	it("takes the rhythm over the newest seven days only, whatever the note's order", () => {
		// Twelve entries a day apart, then one a month before: the month is not among the seven newest days.
		const lines = [...Array.from({ length: 12 }, (_, i) => `- 2026-10-${String(i + 2).padStart(2, "0")} call — ${i}`), "- 2026-09-01 call — old"];
		const r = readLogDigest("People/Ada.md", text(lines), 0, DEFAULT_SETTINGS, TODAY);
		expect(r.log).toMatchObject({ usualGap: 1, newestPastDay: day("2026-10-13"), newestSummary: "11" });
		const reversed = readLogDigest("People/Ada.md", text([...lines].reverse()), 0, settingsWith({ logOrder: "oldest-first" }), TODAY);
		expect(reversed.log).toMatchObject({ usualGap: 1, newestPastDay: day("2026-10-13") });
	});

	it("counts a day once for the rhythm, and keeps the asks since the last give", () => {
		const lines = ["- 2026-11-20 ask — c", "- 2026-11-20 call — b", "- 2026-11-10 ask — a", "- 2026-11-01 share — x", "- 2026-11-01 ask — y", "- 2025-10-01 share — old"];
		const r = readLogDigest("People/Ada.md", text(lines), 0, DEFAULT_SETTINGS, TODAY);
		// Four days, not six entries: gaps of 10, 9 and 396 days, median 10 (with the same days counted twice it would be 9.5 or 0).
		expect(r.log).toMatchObject({ usualGap: 10, newestPastDay: day("2026-11-20") });
		expect(r.log.asksSinceGive).toBe(2);
		// Gives and asks of the last twelve months (not the one of October 2025), packed day * 2 + give.
		expect([...r.log.giveAsk].sort((a, b) => a - b)).toEqual([day("2026-11-01") * 2, day("2026-11-01") * 2 + 1, day("2026-11-10") * 2, day("2026-11-20") * 2]);
		const given = readLogDigest("People/Ada.md", text(["- 2026-11-20 share — c", "- 2026-11-10 ask — a"]), 0, DEFAULT_SETTINGS, TODAY);
		expect(given.log).toMatchObject({ asksSinceGive: 0, giveAsk: [] });
	});

	it("takes the entry Tend wrote last among those of the newest day, for either log order", () => {
		const lines = ["- 2026-11-20 call — top", "- 2026-11-20 share — bottom"];
		expect(readLogDigest("People/Ada.md", text(lines), 0, DEFAULT_SETTINGS, TODAY).log).toMatchObject({ newestKind: "call", newestSummary: "top" });
		const oldestFirst = settingsWith({ logOrder: "oldest-first" });
		expect(readLogDigest("People/Ada.md", text(lines), 0, oldestFirst, TODAY).log).toMatchObject({ newestKind: "share", newestSummary: "bottom" });
	});

	it("counts the asks and keeps the rhythm as their definitions say, for entries in any order", () => {
		// The digest is built one entry at a time; here each figure is worked out from all the
		// entries at once. The ask streak: asks later than the newest entry that is not an ask.
		// Asks since the last give: asks later than the newest give. The newest direction: that
		// of the newest day's newest entry (the first of the day in a newest-first log, the last
		// in an oldest-first one). The rhythm: what `drifting` (the brief's rule, over every
		// entry) finds on the day the log is read, which may lie before some of the entries.
		const entry = fc.record({ day: fc.integer({ min: 0, max: 14 }), direction: fc.constantFrom<Direction>("give", "ask", "neutral") });
		fc.assert(
			fc.property(fc.array(entry, { maxLength: 25 }), fc.boolean(), fc.integer({ min: 0, max: 14 }), (entries, newestFirst, readOn) => {
				const touchpoints: Touchpoint[] = entries.map((e, line) => ({ date: "", kind: e.direction, summary: "", hours: null, day: TODAY - e.day, direction: e.direction, knownKind: true, line }));
				const today = TODAY - readOn;
				const log = digestOf(touchpoints, settingsWith({ logOrder: newestFirst ? "newest-first" : "oldest-first" }), today);
				const newestOf = (keep: (t: Touchpoint) => boolean) => Math.max(-Infinity, ...touchpoints.filter(keep).map((t) => t.day));
				const asks = touchpoints.filter((t) => t.direction === "ask");
				const notAsk = newestOf((t) => t.direction !== "ask");
				const give = newestOf((t) => t.direction === "give");
				const newestDay = newestOf(() => true);
				const ofNewest = touchpoints.filter((t) => t.day === newestDay);
				if (touchpoints.length === 0) return expect(log).toBe(EMPTY_LOG);
				expect(log.askStreak).toBe(asks.filter((t) => t.day > notAsk).length);
				expect(log.asksSinceGive).toBe(asks.filter((t) => t.day > give).length);
				expect(log.newestDirection).toBe((newestFirst ? ofNewest[0] : ofNewest[ofNewest.length - 1])?.direction);
				const drift = drifting(
					touchpoints.map((t) => t.day),
					null,
					today,
				);
				expect(log.usualGap).toBe(drift?.usualGap ?? null);
				const past = touchpoints.filter((t) => t.day <= today).map((t) => t.day);
				expect(log.newestPastDay).toBe(drift ? Math.max(...past) : null);
			}),
			{ numRuns: 1000 },
		);
	});

	it("takes a kind only for the whole word, in any case, as the full reader does", () => {
		// `callback` starts with the kind `call` and `cal` is the start of it: neither is a call.
		const lines = ["- 2026-11-20 callback — a", "- 2026-11-19 cal — b", "- 2026-11-18 CALL — c", "- 2026-11-17 Share — d", "- 2026-11-16 ask — e"];
		const r = readLogDigest("People/Ada.md", text(lines), 0, DEFAULT_SETTINGS, TODAY);
		expect(r.diagnostics.map((d) => d.message)).toEqual([
			'touchpoint on line 4 has an unknown kind "callback"; it counts as a neutral contact',
			'touchpoint on line 5 has an unknown kind "cal"; it counts as a neutral contact',
		]);
		const directions = lines.map((line) => readLogDigest("People/Ada.md", text([line]), 0, DEFAULT_SETTINGS, TODAY).log.newestDirection);
		expect(directions).toEqual(["neutral", "neutral", "neutral", "give", "ask"]);
		expectSame(text(lines), 0, DEFAULT_SETTINGS);
	});

	it("is the shared empty digest for a note without entries", () => {
		expect(readLogDigest("People/Ada.md", "# Ada\n", 0, DEFAULT_SETTINGS, TODAY).log).toBe(EMPTY_LOG);
	});

	it("leaves entries dated after the day it is read out of the rhythm, and has none below four days", () => {
		const lines = ["- 2026-12-20 call — later", "- 2026-12-10 call — later", "- 2026-11-20 call — c", "- 2026-11-10 call — b", "- 2026-11-01 call — a", "- 2026-10-01 call — x"];
		const r = readLogDigest("People/Ada.md", text(lines), 0, DEFAULT_SETTINGS, TODAY);
		expect(r.log).toMatchObject({ newest: day("2026-12-20"), usualGap: 10, newestPastDay: day("2026-11-20") });
		// Read after both entries have come: they count (the plugin reads the note again on the first one's day: recheckOn).
		expect(readLogDigest("People/Ada.md", text(lines), 0, DEFAULT_SETTINGS, day("2026-12-25")).log).toMatchObject({ usualGap: 10, newestPastDay: day("2026-12-20") });
		expect(readLogDigest("People/Ada.md", text(lines.slice(3)), 0, DEFAULT_SETTINGS, TODAY).log).toMatchObject({ usualGap: null, newestPastDay: null });
		expect(usualGapOf([day("2026-11-20"), day("2026-11-10"), day("2026-11-01")])).toBeNull();
	});

	it("names the first day a warning about the future stops holding", () => {
		const r = readLogDigest("People/Ada.md", text(["- 2026-12-03 call — later", "- 2026-11-30 call — soon", "- 2026-11-20 call — past"]), 0, DEFAULT_SETTINGS, TODAY);
		expect(r.recheckOn).toBe(day("2026-11-30"));
		expect(r.diagnostics.map((d) => d.line)).toEqual([4, 5]);
	});

	it("does not keep the note's text alive through the summary", () => {
		const r = readLogDigest("People/Ada.md", text(["- 2026-11-20 call — A summary long enough to be a slice of the note"]), 0, DEFAULT_SETTINGS, TODAY);
		expect(r.log.newestSummary).toBe("A summary long enough to be a slice of the note");
	});
});
