/** Path under which the sync server accepts websocket upgrades: `/sync/<document name>?token=…`. */
export const SYNC_PATH = "/sync";

/**
 * HTTP statuses for refused upgrades. The socket is never accepted, so the
 * client sees these as a failed handshake. `code` labels the refusal in logs
 * and in the `secondear_sync_refused_total` metric.
 */
export const UPGRADE_REFUSAL = {
  badPath: { status: 404, reason: "Not a sync endpoint", code: "bad_path" },
  badDocumentName: { status: 400, reason: "Malformed document name", code: "bad_document_name" },
  missingToken: { status: 401, reason: "Missing sync token", code: "missing_token" },
  invalidToken: { status: 401, reason: "Invalid or expired sync token", code: "invalid_token" },
  wrongDocument: { status: 403, reason: "Token is for another document", code: "wrong_document" },
  notMember: { status: 403, reason: "Not a member of this interview's workspace", code: "not_member" },
  privateDocument: { status: 403, reason: "These tags are private until the interview is revealed", code: "private_document" },
  signedOut: { status: 401, reason: "This session has signed out", code: "signed_out" },
  unknownInterview: { status: 404, reason: "No such interview", code: "unknown_interview" },
  forbiddenOrigin: { status: 403, reason: "Origin not allowed", code: "forbidden_origin" },
  rateLimited: { status: 429, reason: "Too many connection attempts; retry later", code: "rate_limited" },
  serverError: { status: 500, reason: "Sync server error", code: "server_error" },
  shuttingDown: { status: 503, reason: "Server shutting down; reconnect later or to another node", code: "shutting_down" },
} as const;
export type UpgradeRefusal = (typeof UPGRADE_REFUSAL)[keyof typeof UPGRADE_REFUSAL];

/** Websocket close codes (4000–4999 are for applications; 1009 is the standard "message too big"). */
export const CLOSE_CODE = {
  /** A frame larger than the server's limit (`SYNC_MAX_FRAME_BYTES`); sent by `ws` itself. */
  messageTooBig: 1009,
  /** A frame that is not a valid y-websocket message. */
  malformedMessage: 4400,
  /** Too many messages from this connection (`SYNC_MESSAGES_PER_10S`); reconnecting is allowed. */
  rateLimited: 4429,
  /** Storing an update failed; the client should reconnect and resend. */
  persistenceFailed: 4500,
  /** The server is shutting down; reconnect to another node or later. */
  serverShutdown: 4503,
  /** The person may no longer open this document (blind tagging back on, removed, interview deleted): delete the local copy. */
  accessWithdrawn: 4403,
  /** The session that opened this socket signed out. */
  signedOut: 4401,
  /** Access changed in a way a new connection serves better (write access gained): reconnect now. */
  reconnect: 4205,
} as const;

/** Y-websocket message types (first varint of every frame). */
export const MESSAGE_TYPE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3, context: 4 } as const;

/**
 * Payload of the server's `context` message: what this person may do or see in
 * the interview changed (roles, blind mode, reveal, recording, codebook). The
 * room refetches its context; the message carries nothing else, so it leaks nothing.
 */
export const CONTEXT_CHANGED = "context-changed";

/** Sent (as a y-websocket auth "permission denied" message) when a read-only connection's update is dropped. */
export const READ_ONLY_REASON = "read-only: this document cannot be changed by you";
