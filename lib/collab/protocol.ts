/** Path under which the sync server accepts websocket upgrades: `/sync/<document name>?token=…`. */
export const SYNC_PATH = "/sync";

/**
 * HTTP statuses for refused upgrades. The socket is never accepted, so the
 * client sees these as a failed handshake.
 */
export const UPGRADE_REFUSAL = {
  badPath: { status: 404, reason: "Not a sync endpoint" },
  badDocumentName: { status: 400, reason: "Malformed document name" },
  missingToken: { status: 401, reason: "Missing sync token" },
  invalidToken: { status: 401, reason: "Invalid or expired sync token" },
  wrongDocument: { status: 403, reason: "Token is for another document" },
  notMember: { status: 403, reason: "Not a member of this interview's workspace" },
  unknownInterview: { status: 404, reason: "No such interview" },
} as const;
export type UpgradeRefusal = (typeof UPGRADE_REFUSAL)[keyof typeof UPGRADE_REFUSAL];

/** Websocket close codes (4000–4999 are for applications). */
export const CLOSE_CODE = {
  /** A frame that is not a valid y-websocket message. */
  malformedMessage: 4400,
  /** The server is shutting down; reconnect to another node or later. */
  serverShutdown: 4503,
  /** Storing an update failed; the client should reconnect and resend. */
  persistenceFailed: 4500,
} as const;

/** Y-websocket message types (first varint of every frame). */
export const MESSAGE_TYPE = { sync: 0, awareness: 1 } as const;
