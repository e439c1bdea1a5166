/**
 * Generated notes for property tests: frontmatter with comments, quoting styles, flow and
 * block lists, nested maps and block scalars, `---` or `...` closing lines; CRLF, a byte-order
 * mark, no final newline, trailing white space; bodies with and without the log heading,
 * headings at other levels, code blocks that contain a `## Touchpoints` line. Used by the
 * edit-fidelity properties and by the reader parity test.
 */
// @ts-nocheck

import fc from "fast-check";

const word = fc.constantFrom("Ada", "Lovelace", "Acme", "x", "north", "été", "東京", "a-b", "c_d", "50%");
export const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
const comment = fc.option(fc.constantFrom(" # note", "  # why: this", " #"), { nil: "" });
const trailing = fc.constantFrom("", "", " ", "  ", "\t");

const scalar = fc.oneof(
	phrase,
	phrase.map((p) => `"${p}"`),
	phrase.map((p) => `'${p}'`),
	fc.integer({ min: -5, max: 99999 }).map(String),
	fc.constantFrom("true", "false", "null", "~", "2024-07-21", '"2024-07-21"', "2024-07-21T12:37:00", "'[[Ada]]'", '"[[Ada|A]]"'),
);

const listKeys = ["tags", "aliases", "interests", "goals", "promises"] as const;
const scalarKeys = ["company", "role", "city", "created", "status", "tier", "cadence", "next contact", "EMAIL[HOME]"] as const;

type Property = { key: string; lines: string[] };

const scalarProp = fc.record({ key: fc.constantFrom(...scalarKeys), value: scalar, c: comment, t: trailing }).map(
	({ key, value, c, t }): Property => ({ key, lines: [`${/[[\]]/.test(key) ? `"${key}"` : key}: ${value}${c}${t}`] }),
);
const emptyProp = fc.record({ key: fc.constantFrom(...scalarKeys), c: comment }).map(({ key, c }): Property => ({ key, lines: [`${key.includes("[") ? `"${key}"` : key}:${c}`] }));
const blockList = fc
	.record({ key: fc.constantFrom(...listKeys), items: fc.array(scalar, { minLength: 1, maxLength: 4 }), indent: fc.constantFrom("", "  ", "    "), c: comment })
	.map(({ key, items, indent, c }): Property => ({ key, lines: [`${key}:${c}`, ...items.map((i) => `${indent}- ${i}`)] }));
const flowList = fc
	.record({ key: fc.constantFrom(...listKeys), items: fc.array(fc.constantFrom("a", '"b c"', "'d'", "12", "[[Ada]]"), { maxLength: 4 }), c: comment })
	.map(({ key, items, c }): Property => ({ key, lines: [`${key}: [${items.map((i) => (i === "[[Ada]]" ? '"[[Ada]]"' : i)).join(", ")}]${c}`] }));
const nestedMap = fc
	.record({ key: fc.constantFrom("address", "social", "meta"), a: scalar, b: scalar })
	.map(({ key, a, b }): Property => ({ key, lines: [`${key}:`, `  street: ${a}`, `  city: ${b}`] }));
const literal = fc.record({ key: fc.constantFrom("bio", "notes"), text: phrase }).map(({ key, text }): Property => ({
	key,
	lines: [`${key}: |`, `  ${text}`, "  # not a comment", "  ## Touchpoints"],
}));
const lastContact = fc
	.constantFrom(
		"last_contact: 2026-01-05",
		'last_contact: "2026-03-01"',
		"last_contact: '2025-12-31' # by phone",
		"last_contact:",
		"last_contact: ",
		"last_contact: 2027-01-01",
		"last_contact: soon",
		"last_contact: 2026-02-30",
		"Last_Contact: 2026-01-05",
	)
	.map((line): Property => ({ key: "last_contact", lines: [line] }));

const property = fc.oneof(scalarProp, emptyProp, blockList, flowList, nestedMap, literal, lastContact);

const frontmatter = fc.record({
	props: fc.uniqueArray(property, { selector: (p) => p.key.toLowerCase(), maxLength: 7 }),
	comments: fc.array(fc.constantFrom("# a comment", "#"), { maxLength: 2 }),
	close: fc.constantFrom("---", "---", "..."),
});

const entryLine = fc
	.record({
		date: fc.date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2027-06-30T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
		kind: fc.constantFrom("share", "ask", "call", "check-in", "coffee"),
		marker: fc.constantFrom("-", "*", "+"),
		sep: fc.constantFrom(" — ", ": ", " - ", " "),
		text: phrase,
		child: fc.boolean(),
	})
	.map(({ date, kind, marker, sep, text, child }) => [`${marker} ${date} ${kind}${sep}${text}`, ...(child ? ["  - a note on it"] : [])]);

const bodyBlock = fc.oneof(
	phrase.map((p) => [p]),
	fc.constantFrom([""], [""], ["   "]),
	fc.record({ level: fc.integer({ min: 1, max: 4 }), text: fc.constantFrom("Notes", "Touchpoints", "touchpoints", "Log", "Meetings") }).map(({ level, text }) => [`${"#".repeat(level)} ${text}`]),
	entryLine,
	fc.constantFrom(["```", "## Touchpoints", "- 2026-01-01 call — in code", "```"], ["~~~md", "## Touchpoints", "~~~"], ["- [ ] a task"], ["---"], ["> ## Touchpoints quoted"]),
);

export const note = fc.record({
	bom: fc.boolean(),
	crlf: fc.boolean(),
	fm: fc.option(frontmatter, { nil: null, freq: 5 }),
	body: fc.array(bodyBlock, { maxLength: 10 }),
	finalNewline: fc.boolean(),
	trailingSpaces: fc.boolean(),
});

export type NoteShape = typeof note extends fc.Arbitrary<infer T> ? T : never;

export function render(n: NoteShape): string {
	const eol = n.crlf ? "\r\n" : "\n";
	const lines: string[] = [];
	if (n.fm) {
		lines.push("---");
		const props = n.fm.props.flatMap((p) => p.lines);
		lines.push(...n.fm.comments.slice(0, 1), ...props, ...n.fm.comments.slice(1));
		lines.push(n.fm.close);
	}
	for (const block of n.body) lines.push(...block.map((l) => (n.trailingSpaces && l !== "" ? `${l}  ` : l)));
	let text = lines.join(eol);
	if (n.finalNewline && lines.length > 0) text += eol;
	return (n.bom ? "\uFEFF" : "") + text;
}
