/**
 * The one place the practice commands (`brief`, `match`, `intros`, `stats`, the due filters)
 * read contact notes whole: each contact note's text is read once, and its contact, frontmatter
 * and log all come from those same bytes (src/core/insights/profile.ts). Routing this through
 * a faster vault reader later changes nothing for its callers.
 */
import * as fs from "fs";
import * as path from "path";
import type { Day } from "../core/calendar";
import { buildProfile, type Profile } from "../core/insights/profile";
import { decodeNote, loadVault, readContactNote, type LoadedVault } from "./vault";

export interface ProfiledVault {
	vault: LoadedVault;
	profiles: Profile[];
}

/** The vault, and a profile for each contact note that can still be read. */
export function loadProfiles(root: string, today: Day): ProfiledVault {
	const vault = loadVault(root, today);
	return { vault, profiles: profilesOf(vault, today) };
}

export function profilesOf(vault: LoadedVault, today: Day): Profile[] {
	const out: Profile[] = [];
	for (const c of vault.contacts) {
		let bytes: Buffer;
		try {
			bytes = fs.readFileSync(path.join(vault.root, ...c.path.split("/")));
		} catch {
			// Gone since the vault was listed: loadVault already reported what it could not read.
			continue;
		}
		const { text } = decodeNote(c.path, bytes);
		const read = readContactNote(c.path, text, vault.settings, today);
		const contact = read.contact ?? c;
		out.push(buildProfile({ contact, frontmatter: read.read.frontmatter, text, bodyStart: read.read.bodyStart }, vault.settings, today));
	}
	return out;
}
