import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/**
 * Where a request comes from, for per-IP limits and logs: the socket's peer,
 * or, when that peer is one of `trustedProxies` (addresses, CIDR ranges or
 * proxy-addr's names such as `loopback`), the client it forwarded for in
 * X-Forwarded-For. Untrusted peers cannot claim another address that way.
 */
export function createClientIp(trustedProxies?: string[]): (request: IncomingMessage) => string {
  if (!trustedProxies?.length) return (request) => request.socket.remoteAddress ?? "unknown";
  const trust = proxyaddr.compile(trustedProxies);
  return (request) => proxyaddr(request, trust);
}

/** Throws a readable error for a list proxy-addr cannot use. */
export function checkTrustedProxies(name: string, proxies: string[]): void {
  try {
    proxyaddr.compile(proxies);
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message} (expected IP addresses, CIDR ranges, loopback, linklocal or uniquelocal)`);
  }
}
