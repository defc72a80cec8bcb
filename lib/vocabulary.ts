/**
 * Terms shared across lib's domains (transcript parsing, the collaborative
 * document, analysis, review, the codebook, tags, agreement, the report),
 * declared once.
 */

/** Who speaks in a transcript utterance. */
export const SPEAKER_ROLES = ["interviewer", "customer", "buddy", "other"] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

export function isSpeakerRole(value: unknown): value is SpeakerRole {
  return typeof value === "string" && (SPEAKER_ROLES as readonly string[]).includes(value);
}

/** A code's polarity, and so a tag's: "+" done well, "-" a miss. */
export const POLARITIES = ["+", "-"] as const;
export type Polarity = (typeof POLARITIES)[number];
