import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { formatDocumentName } from "../../collab/document-name";
import { appendDocumentUpdates } from "../../collab/server/document-store";
import { revealTags } from "../../interviews/server/reveal-tags";
import { setParticipantRole } from "../../interviews/server/set-participant-role";
import { startClock } from "../../live/call-clock";
import { addTag } from "../../tags/tags-document";
import { getTestDatabaseTargets } from "../../testing/test-databases";
import { acceptInvite } from "./accept-invite";
import { createInterview } from "./create-interview";
import { createInvite } from "./create-invite";
import { listInterviews } from "./list-interviews";
import { signUp } from "./sign-up";

const press = (id: string) => ({ id, code: "open-question", step: 1, polarity: "+" as const, note: "", createdAt: 0, anchor: { kind: "time" as const, atMs: 1000 } });

describe.each(getTestDatabaseTargets())("the interviews list on $name", (target) => {
  it("says each interview's state, people and tag counts, keeping another's count private while blind", async () => {
    const db = await target.open();
    try {
      const ana = await signUp({ db: db.prisma, input: { name: "Ana", email: "ana@example.test", password: "password-1" } });
      const bo = await signUp({ db: db.prisma, input: { name: "Bo", email: "bo@example.test", password: "password-2" } });
      const workspaceId = (await db.prisma.membership.findFirstOrThrow({ where: { userId: ana.id } })).workspaceId;
      await acceptInvite({ db: db.prisma, userId: bo.id, token: (await createInvite({ db: db.prisma, userId: ana.id, workspaceId })).token });
      const interview = await createInterview({ db: db.prisma, userId: ana.id, input: { workspaceId, title: "Pricing" } });
      await setParticipantRole({ db: db.prisma, actorId: ana.id, interviewId: interview.id, userId: bo.id, role: "buddy" });
      const write = async (name: string, change: (doc: Y.Doc) => void) => {
        const doc = new Y.Doc();
        change(doc);
        await appendDocumentUpdates({ db: db.prisma, updates: [{ name, update: Y.encodeStateAsUpdate(doc) }] });
      };
      await write(formatDocumentName({ interviewId: interview.id, kind: "tags", ownerId: ana.id }), (doc) => addTag(doc, press("a1")));
      await write(formatDocumentName({ interviewId: interview.id, kind: "tags", ownerId: bo.id }), (doc) => (addTag(doc, press("b1")), addTag(doc, press("b2"))));

      const [forAna] = await listInterviews({ db: db.prisma, userId: ana.id });
      expect(forAna).toMatchObject({ state: "in review", hasRecording: false });
      expect(forAna.people.map((p) => [p.name, p.role, p.isMe, p.tagCount])).toEqual([["Ana", "interviewer", true, 1], ["Bo", "buddy", false, null]]);

      await write(formatDocumentName({ interviewId: interview.id, kind: "live" }), (doc) => startClock(doc, Date.now()));
      expect((await listInterviews({ db: db.prisma, userId: bo.id }))[0]).toMatchObject({ state: "live" });

      await revealTags({ db: db.prisma, userId: ana.id, interviewId: interview.id });
      const [forBo] = await listInterviews({ db: db.prisma, userId: bo.id });
      expect(forBo.people.map((p) => [p.name, p.tagCount])).toEqual([["Ana", 1], ["Bo", 2]]);
    } finally {
      await db.drop();
    }
  });
});
