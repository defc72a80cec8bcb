/**
 * Yjs document names. The one place they are built and parsed: the browser,
 * the token minting route and the sync server all go through here, and the
 * server never trusts a name beyond what a verified token grants.
 */
export const DOCUMENT_KINDS = ["transcript"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface DocumentName {
  interviewId: string;
  kind: DocumentKind;
}

const ID_PATTERN = /^[a-z0-9]{8,40}$/;
const NAME_PATTERN = /^interview:([a-z0-9]{8,40}):([a-z-]+)$/;

export function formatDocumentName(name: DocumentName): string {
  if (!ID_PATTERN.test(name.interviewId)) throw new Error(`Invalid interview id: ${name.interviewId}`);
  return `interview:${name.interviewId}:${name.kind}`;
}

/** Returns null for anything that is not exactly a name this app would build. */
export function parseDocumentName(raw: string): DocumentName | null {
  const match = NAME_PATTERN.exec(raw);
  if (!match) return null;
  const kind = match[2] as DocumentKind;
  if (!DOCUMENT_KINDS.includes(kind)) return null;
  return { interviewId: match[1], kind };
}
