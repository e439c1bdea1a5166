/**
 * A fluent builder that makes a Contact directly, without writing a note and reading it back
 * (like obsidian-tasks' TaskBuilder). Schedule and insight tests say what a contact is:
 *
 *   new ContactBuilder("Ada").tier("A").lastContact("2026-10-01")
 *     .touchpoint("2026-11-20", "share", "Sent the deck").promise("2026-11-28", "Intro to Bo")
 *     .build()
 *
 * `build(settings)` resolves what the reader would resolve against the settings: the tier's
 * position and cadence (a note's own `cadence` wins), the positive rule, each entry's
 * direction. Dates are checked as they are given, so a typo in a test fails loudly rather
 * than building a contact with no date. Reading tests (values of the wrong shape, the
 * diagnostics) read notes with the core's `readContact` instead (builders.ts).
 */
import { parseIsoDay, type Day } from "../../src/core/calendar";
import { parseCadence, type Cadence } from "../../src/core/cadence";
import type { BusyPeriod, Commitment, Contact, Mention, MonthDay, YearlyDate } from "../../src/core/contact";
import type { Diagnostic } from "../../src/core/diagnostics";
import { digestOf, type Touchpoint } from "../../src/core/log";
import { DEFAULT_SETTINGS, findKind, type TendSettings } from "../../src/core/settings";

function dayOf(iso: string, what: string): Day {
	const d = parseIsoDay(iso);
	if (d === null) throw new Error(`ContactBuilder: ${what} ${iso} is not a date`);
	return d;
}

const MONTH_DAY = /^(?:(\d{4})-|--)?(\d{2})-(\d{2})$/;

/** `1985-03-14`, `--03-14` or `03-14`, as the reader reads them. */
function monthDayOf(text: string, what: string): MonthDay {
	const m = MONTH_DAY.exec(text);
	if (!m) throw new Error(`ContactBuilder: ${what} ${text} is not YYYY-MM-DD, --MM-DD or MM-DD`);
	return { year: m[1] ? Number(m[1]) : null, month: Number(m[2]), day: Number(m[3]) };
}

export class ContactBuilder {
	private notePath: string;
	private tierName: string | null = null;
	private mention: Mention | null = null;
	private ownCadence: string | null = null;
	private last: Day | null = null;
	private readonly entries: { date: string; kind: string; summary: string; hours: number | null }[] = [];
	private readonly commitments: { due: string | null; what: string }[] = [];
	private snooze: Day | null = null;
	private born: MonthDay | null = null;
	private readonly yearly: YearlyDate[] = [];
	private readonly periods: BusyPeriod[] = [];
	private readonly lists = { interests: [] as string[], goals: [] as string[], offers: [] as string[] };
	private isDifficult = false;
	private readonly problems: Omit<Diagnostic, "path">[] = [];
	private logKnown = true;

	/** A name (`Ada` is `People/Ada.md`) or a vault path ending in `.md`. */
	constructor(name = "Ada Lovelace") {
		this.notePath = name.endsWith(".md") ? name : `People/${name}.md`;
	}

	path(path: string): this {
		this.notePath = path;
		return this;
	}

	tier(name: string): this {
		this.tierName = name;
		return this;
	}

	/** The note's own cadence (`6w`, `4-6w`, `monthly`); it must parse. */
	cadence(text: string): this {
		if (!parseCadence(text).ok) throw new Error(`ContactBuilder: cadence ${text} does not parse`);
		this.ownCadence = text;
		return this;
	}

	lastContact(iso: string): this {
		this.last = dayOf(iso, "lastContact");
		return this;
	}

	/** A log entry, in note order (the first one given is the top line of the log). */
	touchpoint(iso: string, kind: string, summary = "", hours: number | null = null): this {
		dayOf(iso, "touchpoint");
		this.entries.push({ date: iso, kind, summary, hours });
		return this;
	}

	/** A promise, dated (`2026-11-28`) or not (null). */
	promise(due: string | null, what: string): this {
		if (due !== null) dayOf(due, "promise");
		this.commitments.push({ due, what });
		return this;
	}

	snoozeUntil(iso: string): this {
		this.snooze = dayOf(iso, "snoozeUntil");
		return this;
	}

	birthday(text: string): this {
		this.born = monthDayOf(text, "birthday");
		return this;
	}

	/** A yearly date: `12-04` or `2019-12-01`, with its label. */
	date(text: string, label = ""): this {
		this.yearly.push({ ...monthDayOf(text, "date"), label });
		return this;
	}

	/** A busy period: `12-20..01-05` (every year) or `2026-07-01..2026-07-14` (once). */
	busy(range: string, label = ""): this {
		const [a, b] = range.split("..");
		if (a === undefined || b === undefined) throw new Error(`ContactBuilder: busy ${range} is not START..END`);
		const start = monthDayOf(a, "busy start");
		const end = monthDayOf(b, "busy end");
		if ((start.year === null) !== (end.year === null)) throw new Error(`ContactBuilder: busy ${range} mixes a month-day and a full date`);
		this.periods.push({ start, end, yearly: start.year === null, label });
		return this;
	}

	interests(...items: string[]): this {
		this.lists.interests.push(...items);
		return this;
	}

	goals(...items: string[]): this {
		this.lists.goals.push(...items);
		return this;
	}

	offers(...items: string[]): this {
		this.lists.offers.push(...items);
		return this;
	}

	difficult(value = true): this {
		this.isDifficult = value;
		return this;
	}

	/** A diagnostic the contact carries (as if its note had that problem). */
	diagnostic(severity: Diagnostic["severity"], message: string, line?: number): this {
		this.problems.push(line === undefined ? { severity, message } : { severity, message, line });
		return this;
	}

	/** A contact known from the metadata cache only: its log is not read yet. */
	cacheOnly(): this {
		this.logKnown = false;
		return this;
	}

	/** The newest dated note that mentions the contact. */
	mentioned(date: string, path: string): this {
		this.mention = { day: dayOf(date, "mention"), path };
		return this;
	}

	/** The contact, with the entries it was given beside its log's digest (as builders.ts reads notes). */
	build(settings: TendSettings = DEFAULT_SETTINGS): Contact & { touchpoints: Touchpoint[] } {
		const tierIndex = this.tierName === null ? -1 : settings.tiers.findIndex((t) => t.name === this.tierName);
		const tierSetting = tierIndex >= 0 ? settings.tiers[tierIndex] : undefined;
		let cadence: Cadence | null = null;
		if (tierSetting) {
			const own = this.ownCadence === null ? null : parseCadence(this.ownCadence);
			const fromTier = parseCadence(tierSetting.cadence);
			cadence = own?.ok ? own.cadence : fromTier.ok ? fromTier.cadence : null;
		}
		const positive = tierSetting && tierSetting.positiveEvery !== "" ? parseCadence(tierSetting.positiveEvery) : null;
		const touchpoints: Touchpoint[] = this.logKnown
			? this.entries.map((e, i) => {
					const kind = findKind(settings, e.kind);
					return {
						date: e.date,
						kind: kind ? kind.name : e.kind,
						summary: e.summary,
						hours: e.hours,
						day: dayOf(e.date, "touchpoint"),
						direction: kind ? kind.direction : "neutral",
						knownKind: kind !== undefined,
						line: i,
					};
				})
			: [];
		const promises: Commitment[] = this.commitments.map((p, index) => ({
			index,
			raw: p.due === null ? p.what : `${p.due} ${p.what}`,
			due: p.due === null ? null : dayOf(p.due, "promise"),
			what: p.what,
		}));
		const name = this.notePath.slice(this.notePath.lastIndexOf("/") + 1).replace(/\.md$/i, "");
		// Why the contact is not tracked, as the reader says it.
		const untracked = this.tierName === null ? "no-tier" : !tierSetting ? "unknown-tier" : cadence === null ? "tier-cadence" : null;
		return {
			path: this.notePath,
			name,
			tier: tierSetting ? tierSetting.name : null,
			tierIndex,
			untracked,
			cadence,
			positiveEvery: positive?.ok ? positive.cadence.max : null,
			lastContactField: this.last,
			log: digestOf(touchpoints, settings),
			logRead: this.logKnown,
			lastMention: this.mention,
			promises,
			snoozeUntil: this.snooze,
			birthday: this.born,
			dates: [...this.yearly],
			busy: [...this.periods],
			interests: [...this.lists.interests],
			goals: [...this.lists.goals],
			offers: [...this.lists.offers],
			difficult: this.isDifficult,
			diagnostics: this.problems.map((d) => ({ path: this.notePath, ...d })),
			recheckOn: null,
			touchpoints,
		};
	}
}
