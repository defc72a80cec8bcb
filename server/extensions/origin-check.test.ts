// The hook alone, case by case (server/hostile-input.test.ts drives real upgrades through it).
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { UPGRADE_REFUSAL } from "../../lib/collab/protocol";
import { originCheck } from "./origin-check";

function decide(allowedOrigins: string[] | undefined, headers: { origin?: string; host?: string }) {
  const request = { headers } as IncomingMessage;
  return originCheck({ allowedOrigins }).onUpgrade!({ request, ip: "127.0.0.1", notes: new Map() });
}

describe("origin check", () => {
  it("by default lets through the request's own host (and port) and clients that send no Origin", () => {
    const host = "app.example.com:3000";
    expect(decide(undefined, { host, origin: "http://app.example.com:3000" })).toBeUndefined();
    expect(decide(undefined, { host, origin: "https://app.example.com:3000" })).toBeUndefined();
    expect(decide(undefined, { host })).toBeUndefined(); // Node, load generators: no Origin
    for (const origin of ["https://evil.example", "http://app.example.com", "http://app.example.com:3001", "null", "file://", "ws://app.example.com:3000"]) {
      expect(decide(undefined, { host, origin }), origin).toBe(UPGRADE_REFUSAL.forbiddenOrigin);
    }
    expect(decide(undefined, { origin: "http://app.example.com:3000" })).toBe(UPGRADE_REFUSAL.forbiddenOrigin); // no Host to compare with
  });

  it("with an allowed list, only those origins (compared as origins), whatever the Host; '*' allows any", () => {
    const allowed = ["https://app.example.com", "http://localhost:3000/"];
    expect(decide(allowed, { host: "sync.example.com", origin: "https://app.example.com" })).toBeUndefined();
    expect(decide(allowed, { host: "sync.example.com", origin: "http://localhost:3000" })).toBeUndefined();
    expect(decide(allowed, { host: "sync.example.com", origin: "https://app.example.com.evil.example" })).toBe(UPGRADE_REFUSAL.forbiddenOrigin);
    expect(decide(allowed, { host: "sync.example.com", origin: "https://sync.example.com" })).toBe(UPGRADE_REFUSAL.forbiddenOrigin);
    expect(decide(allowed, { host: "sync.example.com" })).toBeUndefined();
    expect(decide(["*"], { host: "sync.example.com", origin: "https://anyone.example" })).toBeUndefined();
  });
});
