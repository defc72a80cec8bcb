import { guessRoles, type RoleHints } from "../analysis/guess-roles";
import { SPEAKER_ROLES, type SpeakerRole } from "../vocabulary";

export { SPEAKER_ROLES };

interface SpokenTurn {
  speaker: string;
  text: string;
  role?: SpeakerRole;
}

const BUDDY_NAME = /\b(buddy|observer|note ?taker)\b/i;

/**
 * A first guess at who is who, for the import dialog to pre-fill. Roles a file
 * already carries (SecondEar JSON) win, the unknown speaker is "other", a
 * speaker named like a buddy is the buddy; the rest are guessed as the
 * analysis guesses them (lib/analysis/guess-roles.ts: the one asking the most
 * questions is the interviewer, the one who then talks most the customer).
 */
export function guessSpeakerRoles(turns: SpokenTurn[], unknownSpeaker = "Unknown speaker"): Record<string, SpeakerRole> {
  const known = new Map<string, SpeakerRole>();
  for (const { speaker, role } of turns) if (role && !known.has(speaker)) known.set(speaker, role);
  for (const { speaker } of turns) {
    if (known.has(speaker)) continue;
    if (speaker === unknownSpeaker) known.set(speaker, "other");
    else if (BUDDY_NAME.test(speaker)) known.set(speaker, "buddy");
  }
  const hints: Required<RoleHints> = { interviewer: [], customer: [], buddy: [] };
  for (const [speaker, role] of known) if (role !== "other") hints[role].push(speaker);
  // Speakers already known to be "other" take no part in the guess.
  const { roles } = guessRoles(
    turns.filter((turn) => known.get(turn.speaker) !== "other"),
    hints,
  );
  const speakers = new Set(turns.map((turn) => turn.speaker));
  return Object.fromEntries([...speakers].map((speaker) => [speaker, known.get(speaker) ?? roles.get(speaker) ?? "other"]));
}
