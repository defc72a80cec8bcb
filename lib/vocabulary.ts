/**
 * Terms shared across lib's domains (transcript parsing, the collaborative
 * document, analysis, review, the report), declared once.
 */

/** Who speaks in a transcript utterance. */
export const SPEAKER_ROLES = ["interviewer", "customer", "buddy", "other"] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

export function isSpeakerRole(value: unknown): value is SpeakerRole {
  return typeof value === "string" && (SPEAKER_ROLES as readonly string[]).includes(value);
}
