/**
 * The budget of the plugin's background work (the logs' reading in contactIndex.ts, the
 * mentions' scan in mentionTracker.ts): each runs in slices of at most SLICE_MS, each slice
 * its own task, so typing and scrolling never wait longer than that.
 */

/** Milliseconds of work per background task: well under a frame. */
export const SLICE_MS = 8;

/** A clock for the slices (`performance` is there in every Obsidian window; Node's tests have it too). */
export const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());
