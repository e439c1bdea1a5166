/**
 * One open question to ask in the next conversation, drawn from what you wrote down. The rules
 * are few on purpose, so the question is predictable, and a rule that cannot make a whole
 * sentence gives way to the next one:
 *
 * 1. The newest entry: a clause about their plans, "they launch in Germany in Q1" or "their
 *    team is hiring two designers" (a subject they / she / he / their team, an optional
 *    "will", "is", "plans to", ..., and a verb from PLAN_VERBS), becomes "How is launching in
 *    Germany going?" / "How is hiring two designers going?". Time words at the end ("in Q1",
 *    "next month", "by March") are dropped, and their / her / his become "your".
 * 2. Their first goal: one that starts with a verb ("Close the Series A") becomes "How is
 *    closing the Series A going?"; any other goal is quoted: `What is the latest on "Series A
 *    by March"?`.
 * 3. Otherwise a plain question: "What are you focused on at the moment, and how can I help?"
 *
 * A clause longer than QUESTION_MAX characters, or with brackets or quotes that do not pair,
 * is skipped (rule 2 or 3 then asks).
 */

export const PLAIN_QUESTION = "What are you focused on at the moment, and how can I help?";
const QUESTION_MAX = 90;

// Verbs of plans, each with its -ing form.
const PLAN_VERBS: Record<string, string> = {
	launch: "launching",
	hire: "hiring",
	raise: "raising",
	open: "opening",
	move: "moving",
	expand: "expanding",
	ship: "shipping",
	release: "releasing",
	start: "starting",
	pilot: "piloting",
	close: "closing",
	build: "building",
	join: "joining",
	leave: "leaving",
	relocate: "relocating",
	switch: "switching",
	rebrand: "rebranding",
	enter: "entering",
	publish: "publishing",
	present: "presenting",
	speak: "speaking",
	run: "running",
	finish: "finishing",
};

// Verbs a goal may start with, beyond the plan verbs.
const GOAL_VERBS: Record<string, string> = {
	...PLAN_VERBS,
	find: "finding",
	roll: "rolling",
	grow: "growing",
	become: "becoming",
	get: "getting",
	land: "landing",
	win: "winning",
	scale: "scaling",
	learn: "learning",
	write: "writing",
	sell: "selling",
	reach: "reaching",
	improve: "improving",
	reduce: "reducing",
	cut: "cutting",
	double: "doubling",
	migrate: "migrating",
	automate: "automating",
	prepare: "preparing",
	complete: "completing",
	secure: "securing",
	sign: "signing",
	set: "setting",
	make: "making",
	create: "creating",
	transition: "transitioning",
	pass: "passing",
	buy: "buying",
	hit: "hitting",
	cross: "crossing",
	recruit: "recruiting",
	fund: "funding",
	turn: "turning",
	take: "taking",
	earn: "earning",
	design: "designing",
	develop: "developing",
	deliver: "delivering",
	study: "studying",
	train: "training",
};

/** Every form of a plan verb (`launch`, `launches`, `launching`) to its -ing form. */
const PLAN_FORMS = new Map<string, string>();
for (const [verb, ing] of Object.entries(PLAN_VERBS)) {
	PLAN_FORMS.set(verb, ing);
	PLAN_FORMS.set(/(?:sh|ch|x|s)$/.test(verb) ? `${verb}es` : `${verb}s`, ing);
	PLAN_FORMS.set(ing, ing);
}

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
const SEASONS = "spring|summer|autumn|fall|winter";
const TIME_AT_END = new RegExp(
	`\\s+(?:(?:in|by|before|after|until|from|around|during|over|for|at)\\s+)?(?:(?:early|late|mid|the end of|end of|the start of|start of)[\\s-]+)?` +
		`(?:q[1-4]|h[12]|${MONTHS}|${SEASONS}|\\d{4}|(?:next|this|last)\\s+(?:week|month|quarter|year|${SEASONS})|the\\s+(?:${SEASONS})|soon|today|tomorrow|now)(?:\\s+\\d{4})?$`,
	"i",
);

const SUBJECT = "(?:they|she|he|their\\s+(?:team|company|startup|firm|group)|the\\s+team)";
// Longer helpers first: the first that fits is taken ("is going to launch", not "is" + "going").
const AUX = "(?:(?:is|are)\\s+going\\s+to|(?:is|are)\\s+about\\s+to|will\\s+be|plans?\\s+to|wants?\\s+to|hopes?\\s+to|is|are|will)";
// "they launch", "she's moving", "their team is hiring": a subject, an optional helper, a verb.
const PLAN_CLAUSE = new RegExp(`(?:^|\\s)${SUBJECT}(?:\\s*['’](?:re|s)|\\s+${AUX})?\\s+([a-z]+)\\b(.*)$`, "i");

/** `[[People/Ada|Ada]]` -> `Ada`, `[[Ada]]` -> `Ada`. */
function unlink(text: string): string {
	return text.replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2").replace(/\[\[([^\]]*)\]\]/g, (_, target: string) => target.slice(target.lastIndexOf("/") + 1));
}

/** Time words at the end dropped, their/her/his made "your", trailing punctuation gone. */
function cleanRest(rest: string): string {
	let out = rest.trim().replace(/[\s,.;:!?]+$/, "");
	for (;;) {
		const next = out.replace(TIME_AT_END, "").replace(/[\s,]+$/, "");
		if (next === out) break;
		out = next;
	}
	return out
		.replace(/\b(?:their|her|his)\b/gi, "your")
		.replace(/\b(?:them|him)\b/gi, "you")
		.replace(/\s+/g, " ")
		.trim();
}

/** Whether the words can stand in a sentence: quotes and brackets pair, nothing too long. */
function usable(rest: string): boolean {
	if (rest.length > QUESTION_MAX - 20) return false;
	if ((rest.match(/"/g) ?? []).length % 2 === 1) return false;
	let depth = 0;
	for (const c of rest) {
		if (c === "(" || c === "[") depth++;
		if (c === ")" || c === "]") depth--;
		if (depth < 0) return false;
	}
	return depth === 0;
}

function howIs(ing: string, rest: string): string | null {
	const clean = cleanRest(rest);
	if (!usable(clean)) return null;
	return `How is ${clean === "" ? ing : `${ing} ${clean}`} going?`;
}

/** Rule 1: a plan in the newest entry's summary. */
export function questionFromEntry(summary: string): string | null {
	for (const clause of unlink(summary).split(/[;.!?]|\s[—–-]\s/)) {
		const m = PLAN_CLAUSE.exec(clause.trim());
		if (!m) continue;
		const ing = PLAN_FORMS.get((m[1] ?? "").toLowerCase());
		if (ing === undefined) continue;
		const q = howIs(ing, m[2] ?? "");
		if (q !== null) return q;
	}
	return null;
}

/** Rule 2: a goal, by its first verb or quoted. */
export function questionFromGoal(goal: string): string | null {
	const text = unlink(goal).trim().replace(/[\s.;:!]+$/, "");
	if (text === "") return null;
	const m = /^([A-Za-z]+)\b(.*)$/.exec(text);
	const ing = m ? GOAL_VERBS[(m[1] ?? "").toLowerCase()] : undefined;
	if (m && ing !== undefined) {
		const q = howIs(ing, m[2] ?? "");
		if (q !== null) return q;
	}
	if (text.length > QUESTION_MAX - 30 || text.includes('"')) return null;
	return `What is the latest on "${text}"?`;
}

export interface QuestionSource {
	goals: readonly string[];
	/** The newest entry's summary, or null with no entry. */
	newestSummary: string | null;
}

export interface OpenQuestion {
	text: string;
	/** Where it came from: the newest entry, a goal, or nowhere (the plain question). */
	from: "entry" | "goal" | "plain";
}

export function openQuestion(source: QuestionSource): OpenQuestion {
	if (source.newestSummary !== null) {
		const q = questionFromEntry(source.newestSummary);
		if (q !== null) return { text: q, from: "entry" };
	}
	for (const goal of source.goals) {
		const q = questionFromGoal(goal);
		if (q !== null) return { text: q, from: "goal" };
	}
	return { text: PLAIN_QUESTION, from: "plain" };
}
