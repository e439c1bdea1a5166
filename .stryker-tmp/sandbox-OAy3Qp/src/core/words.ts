/** Small pieces of English shared by every sentence Tend writes about days. */
// @ts-nocheck


/** "1 day", "3 days". */
export function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "today", "tomorrow", "in 3 days". */
export function inDays(n: number): string {
	if (n === 0) return "today";
	if (n === 1) return "tomorrow";
	return `in ${plural(n, "day")}`;
}

/** "today", "yesterday", "3 days ago", "2 days from now". */
export function ago(n: number): string {
	if (n === 0) return "today";
	if (n === 1) return "yesterday";
	if (n < 0) return `${plural(-n, "day")} from now`;
	return `${plural(n, "day")} ago`;
}
