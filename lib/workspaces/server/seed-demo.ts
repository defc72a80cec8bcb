import * as Y from "yjs";
import { hashPassword } from "../../auth/password";
import { formatDocumentName } from "../../collab/document-name";
import { appendDocumentUpdates } from "../../collab/server/document-store";
import { writeTranscript } from "../../collab/transcript-content";
import type { PrismaClient } from "../../db/open-database";

/** Demo data for trying SecondEar locally; the passwords are printed on start, not secrets. */
export const DEMO_ACCOUNTS = [
  { email: "demo@secondear.local", name: "Dana Demo", password: "secondear-demo" },
  { email: "buddy@secondear.local", name: "Bo Buddy", password: "secondear-demo" },
] as const;

const SAMPLE_TRANSCRIPT = [
  { speaker: "Dana", role: "interviewer", startMs: 0, endMs: 6_000, text: "Thanks for making time. Could you walk me through the last time you planned a delivery route?" },
  { speaker: "Jo", role: "customer", startMs: 6_500, endMs: 21_000, text: "Sure. Last Tuesday I had forty drops. I exported the orders to a spreadsheet, then sorted them by postcode by hand." },
  { speaker: "Dana", role: "interviewer", startMs: 21_400, endMs: 24_000, text: "Do you like doing it that way?" },
  { speaker: "Jo", role: "customer", startMs: 24_300, endMs: 27_000, text: "Not really, no." },
  { speaker: "Dana", role: "interviewer", startMs: 27_200, endMs: 33_000, text: "Wouldn't it be easier if the app sorted them for you?" },
  { speaker: "Jo", role: "customer", startMs: 33_500, endMs: 40_000, text: "I suppose. But the drivers know shortcuts the maps don't." },
  { speaker: "Dana", role: "interviewer", startMs: 43_000, endMs: 47_000, text: "So what I'm hearing is the drivers' knowledge matters more than the map." },
  { speaker: "Jo", role: "customer", startMs: 47_500, endMs: 62_000, text: "Exactly. Last week a new driver followed the map and was stuck behind the school run for forty minutes." },
] as const;

/** Creates the demo workspace once; later starts leave it (and what people did to it) alone. */
export async function seedDemo(options: { db: PrismaClient }): Promise<{ created: boolean }> {
  const { db } = options;
  if (await db.user.findUnique({ where: { email: DEMO_ACCOUNTS[0].email } })) return { created: false };
  const [owner, buddy] = await Promise.all(
    DEMO_ACCOUNTS.map(async (account) =>
      db.user.create({
        data: { email: account.email, name: account.name, passwordHash: await hashPassword(account.password) },
      }),
    ),
  );
  const workspace = await db.workspace.create({
    data: {
      name: "Demo workspace",
      memberships: { create: [{ userId: owner.id, role: "owner" }, { userId: buddy.id, role: "member" }] },
    },
  });
  const interview = await db.interview.create({
    data: {
      workspaceId: workspace.id,
      title: "Route planning at Acme Logistics",
      participant: "Jo, dispatcher at Acme Logistics",
      createdById: owner.id,
      participants: { create: [{ userId: owner.id, role: "interviewer" }, { userId: buddy.id, role: "buddy" }] },
    },
  });
  const doc = new Y.Doc();
  writeTranscript(doc, [...SAMPLE_TRANSCRIPT]);
  await appendDocumentUpdates({
    db,
    updates: [{ name: formatDocumentName({ interviewId: interview.id, kind: "transcript" }), update: Y.encodeStateAsUpdate(doc) }],
  });
  return { created: true };
}
