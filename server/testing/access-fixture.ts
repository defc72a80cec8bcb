import { randomBytes } from "node:crypto";
import * as decoding from "lib0/decoding";
import * as authProtocol from "y-protocols/auth";
import { formatDocumentName } from "../../lib/collab/document-name";
import { CONTEXT_CHANGED, MESSAGE_TYPE } from "../../lib/collab/protocol";
import type { Database } from "../../lib/db/open-database";
import type { connectClient } from "./sync-fixture";

/**
 * "At once" for access changes: the goal is within a second; the margin is for a
 * loaded CI box. Used as a waitFor timeout, never as a measured assertion.
 */
export const AT_ONCE = { timeoutMs: 1_500 };

/** The context message as it must arrive on the wire: type 4, then the varString "context-changed". */
export const CONTEXT_CHANGED_BYTES = Buffer.from([MESSAGE_TYPE.context, CONTEXT_CHANGED.length, ...Buffer.from(CONTEXT_CHANGED)]);

/**
 * One workspace (Ana owns it; Bo and Cy are members) and one interview with Ana
 * interviewing, Bo as buddy and Cy observing (blind tagging on, the default),
 * plus a second interview of the same workspace. Fresh people each call, so
 * tests can share one database.
 */
export async function seedAccessFixture(db: Database["prisma"]) {
  const suffix = randomBytes(4).toString("hex");
  const [ana, bo, cy] = await Promise.all(
    ["ana", "bo", "cy"].map((n) => db.user.create({ data: { email: `${n}-${suffix}@x.test`, name: n, passwordHash: "x" } })),
  );
  const workspace = await db.workspace.create({
    data: { name: "W", memberships: { create: [{ userId: ana.id, role: "owner" }, { userId: bo.id }, { userId: cy.id }] } },
  });
  const interview = await db.interview.create({
    data: {
      workspaceId: workspace.id,
      title: "T",
      createdById: ana.id,
      participants: { create: [{ userId: ana.id, role: "interviewer" }, { userId: bo.id, role: "buddy" }, { userId: cy.id, role: "observer" }] },
    },
  });
  const other = await db.interview.create({ data: { workspaceId: workspace.id, title: "Other", createdById: ana.id } });
  const name = (kind: "transcript" | "live" | "tags", ownerId?: string, interviewId = interview.id) =>
    formatDocumentName(kind === "tags" ? { interviewId, kind, ownerId: ownerId! } : { interviewId, kind });
  return { ana, bo, cy, workspace, interview, other, name };
}

/**
 * What a real y-websocket client hears besides the document: the codes its
 * connections were closed with, the permission-denied reasons (auth message)
 * and the context messages (type 4, which the stock client does not know).
 */
export function watchClient(client: ReturnType<typeof connectClient>) {
  const heard = { closes: [] as number[], denied: [] as string[], contexts: 0 };
  const { provider } = client;
  provider.on("connection-close", (event) => {
    if (event) heard.closes.push(event.code);
  });
  provider.messageHandlers[MESSAGE_TYPE.auth] = (_encoder, decoder) =>
    authProtocol.readAuthMessage(decoder, provider.doc, (_doc, reason) => heard.denied.push(reason));
  provider.messageHandlers[MESSAGE_TYPE.context] = (_encoder, decoder) => {
    if (decoding.readVarString(decoder) === CONTEXT_CHANGED) heard.contexts++;
  };
  return heard;
}

/** The close code, or "late" when the socket is still open after `timeoutMs`. */
export function closeCodeWithin(closed: Promise<number>, timeoutMs = AT_ONCE.timeoutMs): Promise<number | "late"> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), timeoutMs)));
  return Promise.race([closed, late]).finally(() => clearTimeout(timer));
}

/** The context messages among what a raw socket received. */
export function contextMessages(received: Buffer[]): Buffer[] {
  return received.filter((message) => message[0] === MESSAGE_TYPE.context);
}
