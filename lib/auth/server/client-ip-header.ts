import type { IncomingMessage } from "node:http";

/**
 * The header through which server/main.ts tells Next where a request comes
 * from (the sync server's trusted-proxy rule applied). next-auth's `authorize`
 * and server actions see only headers, not the socket, so this is how the
 * sign-in limits learn the client's address.
 */
export const CLIENT_IP_HEADER = "x-secondear-client-ip";

/**
 * Replaces whatever the client sent under CLIENT_IP_HEADER with `ip`. Node
 * joins repeated headers into one value, so dropping the key drops every copy;
 * Next reads `request.headers`, never `rawHeaders`.
 */
export function setClientIpHeader(request: Pick<IncomingMessage, "headers">, ip: string): void {
  delete request.headers[CLIENT_IP_HEADER];
  request.headers[CLIENT_IP_HEADER] = ip;
}

/**
 * The client's address from a request's headers: a `Headers` (server actions'
 * `headers()`) or the plain object next-auth hands `authorize`. "unknown" when
 * the app runs without server/main.ts in front (then all such requests share
 * one address's budget, which errs on the side of refusing).
 */
export function readClientIp(headers: Headers | Record<string, string | string[] | undefined> | undefined): string {
  const raw = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers?.[CLIENT_IP_HEADER];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  // Set by us, but bounded anyway: it becomes a rate-limiter key and a log field.
  return value ? value.slice(0, 64) : "unknown";
}
