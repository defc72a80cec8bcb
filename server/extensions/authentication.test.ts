// The hook alone, on a real database: what it records about an accepted upgrade, and that a
// refused one gets no principal (sync-server.test.ts drives every refusal through a real server).
import type { IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signSyncToken } from "../../lib/auth/sync-token";
import { UPGRADE_REFUSAL } from "../../lib/collab/protocol";
import { getTestDatabaseTargets } from "../../lib/testing/test-databases";
import { seedAccessFixture } from "../testing/access-fixture";
import { SECRET } from "../testing/sync-fixture";
import { authentication } from "./authentication";
import type { UpgradeContext } from "./types";

describe.each(getTestDatabaseTargets())("authentication on $name", (target) => {
  let db: Awaited<ReturnType<typeof target.open>>;
  let fixture: Awaited<ReturnType<typeof seedAccessFixture>>;
  beforeAll(async () => {
    db = await target.open();
    fixture = await seedAccessFixture(db.prisma);
  });
  afterAll(() => db.drop());

  async function authenticate(userId: string, documentName: string, options: { sessionId?: string; path?: string } = {}) {
    const token = await signSyncToken({ userId, documentName, sessionId: options.sessionId }, { secret: SECRET });
    const request = { url: `/sync/${options.path ?? documentName}?token=${token}`, headers: {} } as IncomingMessage;
    const upgrade: UpgradeContext = { request, ip: "127.0.0.1", notes: new Map() };
    const refusal = await authentication({ db: db.prisma, secret: SECRET }).onUpgrade!(upgrade);
    return { refusal, principal: upgrade.principal };
  }

  it("names who connects, to which document of which interview, whether they may write, and their session", async () => {
    const { ana, cy, interview, name } = fixture;
    expect(await authenticate(ana.id, name("transcript"), { sessionId: "s1" })).toEqual({
      refusal: undefined,
      principal: { userId: ana.id, documentName: name("transcript"), interviewId: interview.id, canWrite: true, sessionId: "s1" },
    });
    // An observer reads only; a tagger writes their own tags.
    expect((await authenticate(cy.id, name("transcript"))).principal).toMatchObject({ canWrite: false, sessionId: null });
    expect((await authenticate(ana.id, name("tags", ana.id))).principal).toMatchObject({ canWrite: true });
  });

  it("refuses, and records no principal, where access is not there now", async () => {
    const { ana, bo, name } = fixture;
    // Private while blind tagging and not revealed.
    expect(await authenticate(bo.id, name("tags", ana.id))).toEqual({ refusal: UPGRADE_REFUSAL.privateDocument, principal: undefined });
    await db.prisma.revokedSession.create({ data: { id: "gone", userId: bo.id, expiresAt: new Date(Date.now() + 60_000) } });
    expect(await authenticate(bo.id, name("transcript"), { sessionId: "gone" })).toEqual({ refusal: UPGRADE_REFUSAL.signedOut, principal: undefined });
    expect(await authenticate(bo.id, name("transcript"), { path: name("live") })).toEqual({ refusal: UPGRADE_REFUSAL.wrongDocument, principal: undefined });
    const outsider = await db.prisma.user.create({ data: { email: `out-${ana.id}@x.test`, name: "out", passwordHash: "x" } });
    expect(await authenticate(outsider.id, name("transcript"))).toEqual({ refusal: UPGRADE_REFUSAL.notMember, principal: undefined });
  });
});
