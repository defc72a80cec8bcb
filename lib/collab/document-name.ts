/**
 * Yjs document names. The one place they are built and parsed: the browser,
 * the token minting route and the sync server all go through here, and the
 * server never trusts a name beyond what a verified token grants.
 *
 * - `interview:<id>:transcript` the shared transcript
 * - `interview:<id>:live` the call clock, live notes and nudges
 * - `interview:<id>:tags:<userId>` one person's tags (private while blind)
 */
export const DOCUMENT_KINDS = ["transcript", "live", "tags"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type DocumentName =
  | { interviewId: string; kind: "transcript" | "live" }
  | { interviewId: string; kind: "tags"; ownerId: string };

const ID = "[a-z0-9]{8,40}";
const ID_PATTERN = new RegExp(`^${ID}$`);
const NAME_PATTERN = new RegExp(`^interview:(${ID}):(transcript|live|tags)(?::(${ID}))?$`);

export function formatDocumentName(name: DocumentName): string {
  if (!ID_PATTERN.test(name.interviewId)) throw new Error(`Invalid interview id: ${name.interviewId}`);
  if (name.kind !== "tags") return `interview:${name.interviewId}:${name.kind}`;
  if (!ID_PATTERN.test(name.ownerId)) throw new Error(`Invalid user id: ${name.ownerId}`);
  return `interview:${name.interviewId}:tags:${name.ownerId}`;
}

/** Returns null for anything that is not exactly a name this app would build. */
export function parseDocumentName(raw: string): DocumentName | null {
  const match = NAME_PATTERN.exec(raw);
  if (!match) return null;
  const [, interviewId, kind, ownerId] = match;
  if (kind === "tags") return ownerId ? { interviewId, kind, ownerId } : null;
  if (ownerId) return null;
  return { interviewId, kind: kind as "transcript" | "live" };
}
