import type { SpeakerRole } from "../collab/utterance-node";

export const SPEAKER_ROLES: readonly SpeakerRole[] = ["interviewer", "customer", "buddy", "other"];

interface SpokenTurn {
  speaker: string;
  text: string;
  role?: SpeakerRole;
}

/**
 * A first guess at who is who, for the import dialog to pre-fill: the person
 * asking the most questions is the interviewer, the one who then talks most is
 * the customer. Roles a file already carries (SecondEar JSON) win.
 */
export function guessSpeakerRoles(turns: SpokenTurn[], unknownSpeaker = "Unknown speaker"): Record<string, SpeakerRole> {
  const stats = new Map<string, { questions: number; words: number; order: number; role?: SpeakerRole }>();
  for (const turn of turns) {
    const entry = stats.get(turn.speaker) ?? { questions: 0, words: 0, order: stats.size };
    entry.questions += (turn.text.match(/\?/g) ?? []).length;
    entry.words += turn.text.split(/\s+/).filter(Boolean).length;
    entry.role ??= turn.role;
    stats.set(turn.speaker, entry);
  }
  const roles: Record<string, SpeakerRole> = {};
  const open: string[] = [];
  for (const [speaker, entry] of stats) {
    if (entry.role) roles[speaker] = entry.role;
    else if (speaker === unknownSpeaker) roles[speaker] = "other";
    else if (/\b(buddy|observer|note ?taker)\b/i.test(speaker)) roles[speaker] = "buddy";
    else open.push(speaker);
  }
  const taken = new Set(Object.values(roles));
  const byQuestions = [...open].sort((a, b) => stats.get(b)!.questions - stats.get(a)!.questions || stats.get(a)!.order - stats.get(b)!.order);
  if (!taken.has("interviewer") && byQuestions.length > 0) roles[byQuestions.shift()!] = "interviewer";
  const byWords = byQuestions.sort((a, b) => stats.get(b)!.words - stats.get(a)!.words || stats.get(a)!.order - stats.get(b)!.order);
  if (!taken.has("customer") && byWords.length > 0) roles[byWords.shift()!] = "customer";
  for (const speaker of byWords) roles[speaker] = "other";
  return roles;
}
