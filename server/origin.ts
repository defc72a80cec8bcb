import type { IncomingMessage } from "node:http";

/**
 * Decides whether a websocket upgrade's `Origin` may connect. Browsers always
 * send `Origin` on websocket handshakes and scripts cannot forge it, so this
 * is what stops another site from opening sockets in a visitor's name.
 *
 * - With an allowed list (`SYNC_ALLOWED_ORIGINS`), the origin must be in it
 *   exactly (scheme, host and port); `*` allows any.
 * - Without one, the origin's host (and port) must equal the request's `Host`
 *   header: the browser page was served by the host it is connecting to.
 * - No `Origin` at all: allowed. Only non-browser clients (Node, load
 *   generators, other servers) omit it, and they gain nothing from it: every
 *   socket still needs a sync token for exactly one document.
 */
export function createOriginCheck(allowedOrigins: string[] | undefined): (request: IncomingMessage) => boolean {
  const allowed = allowedOrigins ? new Set(allowedOrigins.map(normalize)) : undefined;
  return (request) => {
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    if (allowed) return allowed.has("*") || allowed.has(normalize(origin));
    const host = request.headers.host;
    if (!host) return false;
    try {
      const url = new URL(origin);
      return (url.protocol === "http:" || url.protocol === "https:") && url.host === new URL(`http://${host}`).host;
    } catch {
      return false; // "null" (sandboxed frames, file://) and other non-URLs
    }
  };
}

function normalize(origin: string): string {
  if (origin === "*") return origin;
  try {
    return new URL(origin).origin;
  } catch {
    return origin.trim().toLowerCase();
  }
}
