import { buildProfile, newestFirst, tagsOf } from "../../../src/core/insights/profile";
import { parseFrontmatter } from "../../../src/core/frontmatter";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { contact, note } from "../../support/builders";

describe("buildProfile", () => {
	it("reads the whole log from the text, and the matching-only properties", () => {
		const text = note({
			fm: ["tier: A", "Company: Lumen Health", "city: Berlin", "tags: [investor, '#fintech/payments']"],
			body: ["# Ada", "", "Met at #events/summit."],
			log: ["- 2026-11-20 share — Sent it (1h)", "- 2026-10-02 ask — Asked"],
		});
		const parsed = parseFrontmatter(text);
		const c = { ...contact(text), touchpoints: [] };
		const p = buildProfile({ contact: c, frontmatter: parsed.kind === "ok" ? parsed.data : null, text, bodyStart: parsed.bodyStart }, DEFAULT_SETTINGS, null);
		// The entries come from the text, not from contact.touchpoints (emptied above).
		expect(p.entries.map((e) => [e.date, e.kind, e.hours])).toEqual([
			["2026-11-20", "share", 1],
			["2026-10-02", "ask", null],
		]);
		expect(p.company).toBe("Lumen Health");
		expect(p.location).toBe("Berlin");
		expect(p.tags).toEqual(["investor", "fintech/payments", "events/summit"]);
	});

	it("has no company or location when they are not text", () => {
		const text = note({ fm: ["tier: A", "company: [a, b]"] });
		const parsed = parseFrontmatter(text);
		const p = buildProfile({ contact: contact(text), frontmatter: parsed.kind === "ok" ? parsed.data : null, text, bodyStart: parsed.bodyStart }, DEFAULT_SETTINGS, null);
		expect(p.company).toBeNull();
		expect(p.location).toBeNull();
	});
});

describe("tagsOf", () => {
	it("takes tags from tags/tag and the body, each once in any case", () => {
		expect(tagsOf({ tags: "work, Work home", tag: ["#x"] }, "text #home #Y/z")).toEqual(["work", "home", "x", "Y/z"]);
		expect(tagsOf(null, "no tags")).toEqual([]);
	});
});

describe("newestFirst", () => {
	const e = (date: string, summary: string, day: number) => ({ date, summary, day, kind: "call", hours: null, direction: "neutral" as const, knownKind: true, line: 0 });
	it("orders by day, and within a day by how the log is kept", () => {
		const log = [e("2026-11-01", "a", 1), e("2026-11-02", "b", 2), e("2026-11-02", "c", 2)];
		expect(newestFirst(log).map((x) => x.summary)).toEqual(["b", "c", "a"]);
		expect(newestFirst(log, "oldest-first").map((x) => x.summary)).toEqual(["c", "b", "a"]);
	});
});
