/**
 * The incremental index (src/core/mentions/mentionIndex.ts) against a model that recomputes
 * everything from scratch after every change: the same newest mention for every contact and
 * the same list of changed contacts, over thousands of random updates.
 */
import fc from "fast-check";
import type { KeptTask, Mention, TaskPromise } from "../../../src/core/mentions/interpret";
import { MentionIndex, taskFollowThrough } from "../../../src/core/mentions/mentionIndex";

const CONTACTS = ["People/A.md", "People/B.md", "People/C.md"];
const SOURCES = ["Daily/1.md", "Daily/2.md", "Daily/3.md", "Daily/4.md"];

function mention(contact: string, source: string, day: number): Mention {
	return { contact, source, day, line: 1 };
}

function promise(contact: string, source: string, due: number): TaskPromise {
	return { contact, source, line: 2, text: "- [ ] x", what: "x", due, format: "tasks", recurring: false };
}

test("newest: the latest day, then the path first in code-point order; an update says whose newest changed", () => {
	const index = new MentionIndex();
	expect(index.update("Daily/b.md", { mentions: [mention("People/A.md", "Daily/b.md", 10)] })).toEqual(["People/A.md"]);
	expect(index.update("Daily/a.md", { mentions: [mention("People/A.md", "Daily/a.md", 10)] })).toEqual(["People/A.md"]);
	expect(index.newest("People/A.md")).toEqual({ day: 10, path: "Daily/a.md" });
	// An older mention changes nothing that a due list shows.
	expect(index.update("Daily/c.md", { mentions: [mention("People/A.md", "Daily/c.md", 5)] })).toEqual([]);
	expect(index.remove("Daily/a.md")).toEqual(["People/A.md"]);
	expect(index.newest("People/A.md")).toEqual({ day: 10, path: "Daily/b.md" });
	expect(index.mentionsOf("People/A.md").map((m) => m.source)).toEqual(["Daily/b.md", "Daily/c.md"]);
	expect(index.remove("Daily/b.md")).toEqual(["People/A.md"]);
	expect(index.remove("Daily/c.md")).toEqual(["People/A.md"]);
	expect(index.newest("People/A.md")).toBeNull();
	expect(index.contactPaths()).toEqual([]);
	expect(index.sourcePaths()).toEqual([]);
});

test("a change of a task promise is a change of the contact", () => {
	const index = new MentionIndex();
	expect(index.update("Projects/x.md", { mentions: [], promises: [promise("People/A.md", "Projects/x.md", 20)] })).toEqual(["People/A.md"]);
	expect(index.update("Projects/x.md", { mentions: [], promises: [promise("People/A.md", "Projects/x.md", 20)] })).toEqual([]);
	expect(index.update("Projects/x.md", { mentions: [], promises: [promise("People/A.md", "Projects/x.md", 21)] })).toEqual(["People/A.md"]);
	expect(index.promisesOf("People/A.md").map((p) => p.due)).toEqual([21]);
	expect(index.update("Projects/x.md", { mentions: [] })).toEqual(["People/A.md"]);
	expect(index.promisesOf("People/A.md")).toEqual([]);
});

test("mentions and task promises of one contact, from one note and from others, come and go apart", () => {
	// The index keeps a contact's mentions alone when it has no task, and a fuller record when it
	// has: each change below moves the contact from one form to the other.
	const index = new MentionIndex();
	const A = "People/A.md";
	index.update("Daily/1.md", { mentions: [mention(A, "Daily/1.md", 10)] });
	index.update("Projects/x.md", { mentions: [mention(A, "Projects/x.md", 12)], promises: [promise(A, "Projects/x.md", 20)] });
	expect(index.newest(A)).toEqual({ day: 12, path: "Projects/x.md" });
	expect(index.promisesOf(A).map((p) => p.due)).toEqual([20]);
	// The task is gone, the mention stays.
	expect(index.update("Projects/x.md", { mentions: [mention(A, "Projects/x.md", 12)] })).toEqual([A]);
	expect(index.promisesOf(A)).toEqual([]);
	expect(index.mentionsOf(A).map((m) => m.source)).toEqual(["Projects/x.md", "Daily/1.md"]);
	// A task again, then every mention gone: the task alone keeps the contact.
	index.update("Projects/x.md", { mentions: [], promises: [promise(A, "Projects/x.md", 22)] });
	expect(index.remove("Daily/1.md")).toEqual([A]);
	expect(index.newest(A)).toBeNull();
	expect(index.promisesOf(A).map((p) => p.due)).toEqual([22]);
	expect(index.contactPaths()).toEqual([A]);
	expect(index.remove("Projects/x.md")).toEqual([A]);
	expect(index.contactPaths()).toEqual([]);
	expect(index.sourcePaths()).toEqual([]);
});

/** Runs random updates against a model that recounts from scratch; false at the first disagreement. */
function agreesWithRecount(sources: readonly string[], minLength: number, maxLength: number): fc.IPropertyWithHooks<[{ source: string; entries: { contact: string; day: number; line: number }[] }[]]> {
	type Op = { source: string; entries: { contact: string; day: number; line: number }[] };
	const op = fc.record({
		source: fc.constantFrom(...sources),
		// The line changes on its own too (a note edited above its link): the mention says the new one.
		entries: fc.uniqueArray(fc.record({ contact: fc.constantFrom(...CONTACTS), day: fc.integer({ min: 0, max: 5 }), line: fc.integer({ min: 1, max: 3 }) }), { selector: (e) => e.contact, maxLength: 3 }),
	});
	return fc.property(fc.array(op, { minLength, maxLength }), (ops: Op[]) => {
		const index = new MentionIndex();
		const model = new Map<string, Mention[]>();
		const allOf = (contact: string) => {
			const all = [...model.values()].flat().filter((m) => m.contact === contact);
			return all.sort((a, b) => b.day - a.day || (a.source < b.source ? -1 : 1));
		};
		const newestOf = (contact: string) => {
			const top = allOf(contact)[0];
			return top ? { day: top.day, path: top.source } : null;
		};
		for (const o of ops) {
			const before = new Map(CONTACTS.map((c) => [c, JSON.stringify(newestOf(c))]));
			const mentions = o.entries.map((e) => ({ ...mention(e.contact, o.source, e.day), line: e.line }));
			if (mentions.length > 0) model.set(o.source, mentions);
			else model.delete(o.source);
			const changed = index.update(o.source, { mentions });
			const expected = CONTACTS.filter((c) => JSON.stringify(newestOf(c)) !== before.get(c));
			if (JSON.stringify([...changed].sort()) !== JSON.stringify(expected)) return false;
			for (const c of CONTACTS) {
				if (JSON.stringify(index.newest(c)) !== JSON.stringify(newestOf(c))) return false;
				const shown = (list: Mention[]) => list.map((m) => `${m.contact} ${m.day} ${m.source} ${String(m.line)}`).join("; ");
				if (shown(index.mentionsOf(c)) !== shown(allOf(c))) return false;
			}
			if (JSON.stringify(index.sourcePaths().sort()) !== JSON.stringify([...model.keys()].sort())) return false;
		}
		return true;
	});
}

test("the index agrees with a recount from scratch after every change", () => {
	fc.assert(agreesWithRecount(SOURCES, 0, 60), { numRuns: 300 });
});

test("a contact mentioned in many notes (kept with a map by source past 16) agrees with the recount too", () => {
	// 40 sources and long runs: contacts cross the map's threshold in both directions.
	const many = Array.from({ length: 40 }, (_, i) => `Daily/${String(i).padStart(2, "0")}.md`);
	fc.assert(agreesWithRecount(many, 150, 300), { numRuns: 40 });
});

test("saving one note over and over does not grow the index", () => {
	const index = new MentionIndex();
	for (let i = 0; i < 10_000; i++) index.update("Daily/1.md", { mentions: [mention("People/A.md", "Daily/1.md", i % 7)] });
	expect(index.mentionsOf("People/A.md")).toHaveLength(1);
	expect(index.newest("People/A.md")).toEqual({ day: 9_999 % 7, path: "Daily/1.md" });
});

test("follow-through on tasks: kept on time, late, or without a due date", () => {
	const k = (late: number | null): KeptTask => ({ contact: "People/A.md", source: "x.md", line: 1, what: "x", due: late === null ? null : 10, done: 10 + (late ?? 0), late });
	expect(taskFollowThrough([k(-1), k(0), k(3), k(null)])).toEqual({ kept: 4, onTime: 2, late: 1, undated: 1 });
});
