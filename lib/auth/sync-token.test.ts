import { describe, expect, it } from "vitest";
import { signSyncToken, verifySyncToken } from "./sync-token";

const secret = "test-secret-aaaaaaaaaaaaaaaaaaaaaaaa";
const claims = { userId: "user1", documentName: "interview:clx0abc123def:transcript" };

describe("sync tokens", () => {
  it("verifies a token it signed and returns its claims", async () => {
    const token = await signSyncToken(claims, { secret });
    expect(await verifySyncToken(token, { secret })).toEqual({ ok: true, claims });
  });

  it("refuses a token signed with another secret", async () => {
    const token = await signSyncToken(claims, { secret: "another-secret-bbbbbbbbbbbbbbbbbb" });
    expect(await verifySyncToken(token, { secret })).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses an expired token and says so", async () => {
    const token = await signSyncToken(claims, { secret, ttlSeconds: 60, now: Date.now() - 120_000 });
    expect(await verifySyncToken(token, { secret })).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses a token whose payload was edited to another document", async () => {
    const token = await signSyncToken(claims, { secret });
    const [header, , signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ sub: "user1", doc: "interview:other0000000:transcript", aud: "secondear-sync", exp: 9999999999 })).toString("base64url");
    expect(await verifySyncToken(`${header}.${forged}.${signature}`, { secret })).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses garbage and an unsigned token", async () => {
    expect((await verifySyncToken("not-a-token", { secret })).ok).toBe(false);
    const none = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify({ sub: "u", doc: "d", aud: "secondear-sync" })).toString("base64url")}.`;
    expect((await verifySyncToken(none, { secret })).ok).toBe(false);
  });
});
