/**
 * Follow-through: how you keep your word. Read from the `promise-kept` and `promise-moved`
 * entries of the log, which Tend writes as
 *
 *   Kept "Send the deck", due 2026-11-28: on time        Kept "...", due D: 3 days late
 *   Moved "Send the deck" from 2026-11-25 to 2026-12-18, before the deadline
 *   Moved "...", from A to B, 2 days after the deadline
 *
 * Each such entry is the fate of one deadline: met (kept on time), renegotiated before it
 * (moved before the deadline), or missed (kept late, or moved after the deadline). A promise
 * moved once and then kept on time had two deadlines: one renegotiated, one met. The shares
 * are over the deadlines whose timing is known. An entry of those kinds written by hand
 * without Tend's wording ("promise-kept — sent him the churn numbers") counts as kept (or
 * moved) with an unknown timing: it is counted, but in no share.
 */
import type { Touchpoint } from "../log";
import { plural } from "../words";

export type Outcome =
	| { kind: "kept"; what: string | null; timing: "on-time" | "late" | "unknown"; daysLate: number }
	| { kind: "moved"; what: string | null; timing: "before" | "after" | "unknown"; daysAfter: number };

const KEPT = /^Kept "(.*)"(?:, due (\d{4}-\d{2}-\d{2}): (?:(on time)|(\d+) days? late))?$/;
const MOVED = /^Moved "(.*)" from (?:\d{4}-\d{2}-\d{2}|no date) to \d{4}-\d{2}-\d{2}(?:, (?:(before the deadline)|(\d+) days? after the deadline))?$/;

const KEPT_KIND = "promise-kept";
const MOVED_KIND = "promise-moved";

/** What a `promise-kept` or `promise-moved` entry says, or null for any other entry. */
export function outcomeOf(entry: Pick<Touchpoint, "kind" | "summary">): Outcome | null {
	const kind = entry.kind.toLowerCase();
	const summary = entry.summary.trim();
	if (kind === KEPT_KIND) {
		const m = KEPT.exec(summary);
		if (!m) return { kind: "kept", what: null, timing: "unknown", daysLate: 0 };
		if (m[3]) return { kind: "kept", what: m[1] ?? "", timing: "on-time", daysLate: 0 };
		if (m[4]) return { kind: "kept", what: m[1] ?? "", timing: "late", daysLate: Number(m[4]) };
		// `Kept "X"`: the promise had no date.
		return { kind: "kept", what: m[1] ?? "", timing: "unknown", daysLate: 0 };
	}
	if (kind === MOVED_KIND) {
		const m = MOVED.exec(summary);
		if (!m) return { kind: "moved", what: null, timing: "unknown", daysAfter: 0 };
		if (m[2]) return { kind: "moved", what: m[1] ?? "", timing: "before", daysAfter: 0 };
		if (m[3]) return { kind: "moved", what: m[1] ?? "", timing: "after", daysAfter: Number(m[3]) };
		return { kind: "moved", what: m[1] ?? "", timing: "unknown", daysAfter: 0 };
	}
	return null;
}

export interface FollowThrough {
	kept: number;
	keptOnTime: number;
	keptLate: number;
	keptUnknown: number;
	moved: number;
	movedBefore: number;
	movedAfter: number;
	movedUnknown: number;
	/** Deadlines with a known timing: on time + renegotiated before + late. */
	known: number;
	/** Shares of `known` (0..1), or null when nothing is known. */
	onTimeShare: number | null;
	renegotiatedShare: number | null;
	lateShare: number | null;
}

export function emptyFollowThrough(): FollowThrough {
	return { kept: 0, keptOnTime: 0, keptLate: 0, keptUnknown: 0, moved: 0, movedBefore: 0, movedAfter: 0, movedUnknown: 0, known: 0, onTimeShare: null, renegotiatedShare: null, lateShare: null };
}

function withShares(f: FollowThrough): FollowThrough {
	const known = f.keptOnTime + f.movedBefore + f.keptLate + f.movedAfter;
	const share = (n: number) => (known === 0 ? null : n / known);
	return { ...f, known, onTimeShare: share(f.keptOnTime), renegotiatedShare: share(f.movedBefore), lateShare: share(f.keptLate + f.movedAfter) };
}

export function followThrough(entries: readonly Pick<Touchpoint, "kind" | "summary">[]): FollowThrough {
	const f = emptyFollowThrough();
	for (const e of entries) {
		const o = outcomeOf(e);
		if (o === null) continue;
		if (o.kind === "kept") {
			f.kept++;
			if (o.timing === "on-time") f.keptOnTime++;
			else if (o.timing === "late") f.keptLate++;
			else f.keptUnknown++;
		} else {
			f.moved++;
			if (o.timing === "before") f.movedBefore++;
			else if (o.timing === "after") f.movedAfter++;
			else f.movedUnknown++;
		}
	}
	return withShares(f);
}

/** Several contacts' follow-through added up (the network's). */
export function addFollowThrough(parts: readonly FollowThrough[]): FollowThrough {
	const f = emptyFollowThrough();
	for (const p of parts) {
		f.kept += p.kept;
		f.keptOnTime += p.keptOnTime;
		f.keptLate += p.keptLate;
		f.keptUnknown += p.keptUnknown;
		f.moved += p.moved;
		f.movedBefore += p.movedBefore;
		f.movedAfter += p.movedAfter;
		f.movedUnknown += p.movedUnknown;
	}
	return withShares(f);
}

/** "67%". */
export function percent(share: number): string {
	return `${Math.round(share * 100)}%`;
}

/**
 * "3 deadlines: 2 kept on time (67%), 1 renegotiated before the deadline (33%), 0 late;
 * 1 kept with no timing", or "none kept or moved yet": the middle of a sentence.
 */
export function followThroughText(f: FollowThrough): string {
	const unknown = f.keptUnknown + f.movedUnknown;
	if (f.known === 0 && unknown === 0) return "none kept or moved yet";
	const parts: string[] = [];
	if (f.known > 0) {
		const late = f.keptLate + f.movedAfter;
		parts.push(
			`${plural(f.known, "deadline")}: ${f.keptOnTime} kept on time (${percent(f.onTimeShare ?? 0)}), ${f.movedBefore} renegotiated before the deadline (${percent(f.renegotiatedShare ?? 0)}), ${late} late (${percent(f.lateShare ?? 0)})`,
		);
	}
	const loose: string[] = [];
	if (f.keptUnknown > 0) loose.push(`${f.keptUnknown} kept`);
	if (f.movedUnknown > 0) loose.push(`${f.movedUnknown} moved`);
	if (loose.length > 0) parts.push(`${loose.join(" and ")} with no timing`);
	return parts.join("; ");
}
