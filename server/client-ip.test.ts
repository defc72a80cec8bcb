import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { readSyncConfig } from "./config";
import { createClientIp } from "./client-ip";

const request = (peer: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: peer },
    connection: { remoteAddress: peer },
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  }) as unknown as IncomingMessage;

describe("the client address behind a proxy", () => {
  it("is the socket's peer unless proxies are trusted: X-Forwarded-For cannot dodge a per-IP limit", () => {
    const clientIp = createClientIp(undefined);
    expect(clientIp(request("198.51.100.7", "203.0.113.9"))).toBe("198.51.100.7");
  });

  it("is the forwarded client when the peer is a trusted proxy, and only then", () => {
    const clientIp = createClientIp(["loopback", "10.0.0.0/8"]);
    expect(clientIp(request("127.0.0.1", "203.0.113.9"))).toBe("203.0.113.9");
    // A chain: the nearest untrusted hop is the client; what it claims beyond is ignored.
    expect(clientIp(request("10.1.2.3", "6.6.6.6, 203.0.113.9, 10.0.0.5"))).toBe("203.0.113.9");
    expect(clientIp(request("198.51.100.7", "203.0.113.9"))).toBe("198.51.100.7");
  });

  it("is configured by SYNC_TRUSTED_PROXIES, and a malformed list stops the server from starting", () => {
    expect(readSyncConfig({ SYNC_TRUSTED_PROXIES: " loopback , 10.0.0.0/8 " }).trustedProxies).toEqual(["loopback", "10.0.0.0/8"]);
    expect(() => readSyncConfig({ SYNC_TRUSTED_PROXIES: "10.0.0.300" })).toThrow(/SYNC_TRUSTED_PROXIES/);
  });
});
