/**
 * The ContactBuilder that schedule tests use must build what the core's reader reads from the
 * note those calls describe; otherwise the schedule tests would test contacts no note gives.
 */
import type { ContactWithLog } from "../support/builders";
import { DEFAULT_SETTINGS, loadSettings } from "../../src/core/settings";
import { contact, note } from "../support/builders";
import { ContactBuilder } from "../support/contactBuilder";

/** A contact with its entries' line numbers left out (the builder has no note to count in). */
function withoutLines(c: ContactWithLog): unknown {
	return { ...c, touchpoints: c.touchpoints.map((t) => ({ ...t, line: 0 })) };
}

describe("ContactBuilder builds what the reader reads", () => {
	it("every field", () => {
		const built = new ContactBuilder("Ada")
			.tier("A")
			.cadence("8w")
			.lastContact("2026-10-01")
			.touchpoint("2026-11-20", "share", "Sent the deck", 1.5)
			.touchpoint("2026-10-01", "lunch", "Tacos")
			.promise("2026-11-28", "Intro to Bo")
			.promise(null, "Call back")
			.snoozeUntil("2026-12-01")
			.birthday("--12-04")
			.date("2019-12-01", "joined Acme")
			.busy("12-20..01-05", "holidays")
			.busy("2026-07-01..2026-07-14", "launch")
			.interests("pricing", "climbing")
			.goals("Series A")
			.offers("intros to CFOs")
			.difficult()
			.build();
		const read = contact(
			note({
				fm: [
					"tier: A",
					"cadence: 8w",
					"last_contact: 2026-10-01",
					"promises:",
					"  - 2026-11-28 Intro to Bo",
					"  - Call back",
					"snooze_until: 2026-12-01",
					"birthday: --12-04",
					"dates: [2019-12-01 joined Acme]",
					"busy: [12-20..01-05 holidays, 2026-07-01..2026-07-14 launch]",
					"interests: [pricing, climbing]",
					"goals: [Series A]",
					"offers: [intros to CFOs]",
					"difficult: true",
				],
				log: ["- 2026-11-20 share — Sent the deck (1.5h)", "- 2026-10-01 lunch — Tacos"],
			}),
			"People/Ada.md",
		);
		// The reader warns about the unknown kind and the promise without a date; the builder
		// says only what it was told.
		expect(withoutLines({ ...read, diagnostics: [] })).toEqual(withoutLines(built));
	});

	it("a tier's cadence, a tier not in the settings, no tier", () => {
		expect(new ContactBuilder("Bo").tier("B").build()).toEqual(contact(note({ fm: ["tier: B"] }), "People/Bo.md"));
		expect({ ...contact(note({ fm: ["tier: Z"] }), "People/Bo.md"), diagnostics: [] }).toEqual(new ContactBuilder("Bo").tier("Z").build());
		expect(new ContactBuilder("Bo").build()).toEqual(contact(note({ body: "# Bo" }), "People/Bo.md"));
	});

	it("the settings' tiers and kinds", () => {
		const settings = loadSettings({ tiers: [{ name: "1", cadence: "2w", positiveEvery: "4w" }], kinds: [{ name: "coffee", direction: "give" }] }).settings;
		const built = new ContactBuilder("Cy").tier("1").touchpoint("2026-11-01", "coffee", "x").build(settings);
		expect(withoutLines(built)).toEqual(withoutLines(contact(note({ fm: ["tier: 1"], log: ["- 2026-11-01 coffee — x"] }), "People/Cy.md", settings)));
		expect(built.touchpoints[0]?.direction).toBe("give");
		expect(built.positiveEvery).toEqual({ count: 4, unit: "w" });
	});

	it("a contact known from the cache only has no log yet", () => {
		const c = new ContactBuilder("Ada").tier("A").touchpoint("2026-11-01", "call").cacheOnly().build(DEFAULT_SETTINGS);
		expect([c.logRead, c.touchpoints]).toEqual([false, []]);
	});

	it("a date typo fails the test instead of building a contact without the date", () => {
		expect(() => new ContactBuilder().lastContact("2026-02-30")).toThrow(/not a date/);
		expect(() => new ContactBuilder().busy("11-01", "x")).toThrow(/START..END/);
		expect(() => new ContactBuilder().cadence("often")).toThrow(/does not parse/);
	});
});
