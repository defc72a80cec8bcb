/** How a person takes part in one interview. Workspace members without a role may read and co-edit, not tag. */
export const PARTICIPANT_ROLES = ["interviewer", "buddy", "observer"] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Roles whose tags are compared in the report. */
export const TAGGER_ROLES: readonly ParticipantRole[] = ["interviewer", "buddy"];

export function isTagger(role: ParticipantRole | null): boolean {
  return role != null && TAGGER_ROLES.includes(role);
}
