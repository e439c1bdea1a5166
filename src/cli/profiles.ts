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
import type { MentionIndex } from "../core/mentions/mentionIndex";
import { withMentions } from "../core/mentions/withMentions";
import { decodeNote, readContactNote, type LoadedVault } from "./vault";
import { loadVaultWithMentions, type MentionedVault } from "./vaultMentions";

export interface ProfiledVault {
	vault: MentionedVault;
	profiles: Profile[];
}

/** The vault, and a profile for each contact note that can still be read. */
export function loadProfiles(root: string, today: Day): ProfiledVault {
	const vault = loadVaultWithMentions(root, today);
	return { vault, profiles: profilesOf(vault, today) };
}

export function profilesOf(vault: LoadedVault & { mentions?: MentionIndex }, today: Day): Profile[] {
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
		// The note as read now, with the mentions and task promises the vault found (issue 10).
		const contact = read.contact ? (vault.mentions ? withMentions(read.contact, vault.mentions) : read.contact) : c;
		out.push(buildProfile({ contact, frontmatter: read.read.frontmatter, text, bodyStart: read.read.bodyStart }, vault.settings, today));
	}
	return out;
}
