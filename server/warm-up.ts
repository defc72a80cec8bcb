import * as Y from "yjs";
import { signSyncToken, verifySyncToken } from "../lib/auth/sync-token";
import { formatDocumentName } from "../lib/collab/document-name";
import { getDocumentAccess } from "../lib/collab/server/get-document-access";
import type { PrismaClient } from "../lib/db/open-database";
import type { Persistence } from "./persistence";

const WARMUP_NAME = formatDocumentName({ interviewId: "warmup00", kind: "transcript" });

/**
 * Pays the process's first-use costs before the port opens rather than on the
 * first person to connect: query planning and the database thread's first
 * queries, the token verifier, and the JIT for Yjs' encoder and decoder (a
 * fresh process took ~350 ms to serve even an empty room; npm run bench:sync).
 * Touches no one's data: the interview it asks about does not exist.
 */
export async function warmUp(options: { db: PrismaClient; secret: string; persistence: Persistence }): Promise<void> {
  const token = await signSyncToken({ userId: "warmup", documentName: WARMUP_NAME }, { secret: options.secret });
  await verifySyncToken(token, { secret: options.secret });
  await getDocumentAccess({ db: options.db, userId: "warmup", documentName: WARMUP_NAME });
  (await options.persistence.load(WARMUP_NAME)).destroy();
  exerciseYjs();
}

/** A document shaped like a transcript (paragraphs of text with attributes), encoded, merged and decoded a few times. */
function exerciseYjs(): void {
  for (let round = 0; round < 3; round++) {
    const source = new Y.Doc();
    const fragment = source.getXmlFragment("warmup");
    source.transact(() => {
      for (let i = 0; i < 300; i++) {
        const paragraph = new Y.XmlElement("utterance");
        paragraph.setAttribute("speaker", i % 2 ? "A" : "B");
        paragraph.insert(0, [new Y.XmlText(`words spoken in paragraph ${i} of the warm-up`)]);
        fragment.insert(fragment.length, [paragraph]);
      }
    });
    source.getMap("tags").set("t", { note: "warm-up" });
    const update = Y.encodeStateAsUpdate(source);
    const merged = Y.mergeUpdates([update, Y.encodeStateAsUpdate(source, Y.encodeStateVector(source))]);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, merged);
    Y.encodeStateAsUpdate(copy, Y.encodeStateVector(new Y.Doc()));
    source.destroy();
    copy.destroy();
  }
}
