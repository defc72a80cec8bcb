import * as Y from "yjs";
import { signSyncToken, verifySyncToken } from "../lib/auth/sync-token";
import { formatDocumentName } from "../lib/collab/document-name";
import { readDocumentState } from "../lib/collab/server/document-store";
import { getDocumentAccess } from "../lib/collab/server/get-document-access";
import type { PrismaClient } from "../lib/db/open-database";
import { getSqlPool } from "../lib/db/sql-driver";

const WARMUP_NAME = formatDocumentName({ interviewId: "warmup00", kind: "transcript" });
const ROLLBACK = Symbol("rollback");

/**
 * Pays the process's first-use costs before the port opens rather than on the
 * first person to connect: query planning and the database thread's first
 * queries, the token verifier, and the JIT for Yjs' encoder and decoder (a
 * fresh process took ~350 ms to serve even an empty room; npm run bench:sync).
 * Touches no one's data: the interview it asks about does not exist, and the
 * document it stores to rehearse a load is rolled back.
 */
export async function warmUp(options: { db: PrismaClient; secret: string }): Promise<void> {
  const token = await signSyncToken({ userId: "warmup", documentName: WARMUP_NAME }, { secret: options.secret });
  await verifySyncToken(token, { secret: options.secret });
  await getDocumentAccess({ db: options.db, userId: "warmup", documentName: WARMUP_NAME });
  exerciseYjs();
  await rehearseLoad(options.db, transcriptSizedUpdate());
}

/**
 * Stores a transcript-sized snapshot and two later updates, then loads them as
 * a connection would, three times, inside a transaction that is rolled back.
 * On PGlite the path a large stored document takes (out-of-line storage,
 * decompression, the sort, the reply) runs in WebAssembly compiled on first
 * use: without this the first load of a 2-hour transcript took ~5x the next.
 */
async function rehearseLoad(db: PrismaClient, snapshot: Uint8Array): Promise<void> {
  const source = new Y.Doc();
  Y.applyUpdate(source, snapshot);
  const before = Y.encodeStateVector(source);
  source.getMap("warmup").set("a", 1);
  const first = Y.encodeStateAsUpdate(source, before);
  source.getMap("warmup").set("b", 2);
  const second = Y.encodeStateAsUpdate(source, before);
  source.destroy();
  await getSqlPool(db)
    .transaction(async (tx) => {
      await tx.queryBytes(`INSERT INTO "YDocSnapshot" ("name", "state", "lastId", "updatedAt") VALUES ($1, $2, 0, now())`, [WARMUP_NAME, snapshot]);
      await tx.queryBytes(`INSERT INTO "YDocUpdate" ("name", "data") VALUES ($1, $2), ($1, $3)`, [WARMUP_NAME, first, second]);
      for (let round = 0; round < 3; round++) {
        const state = await readDocumentState(tx, WARMUP_NAME);
        if (!state || state.length < snapshot.length) throw new Error("warm-up: the rehearsed load came back short");
      }
      throw ROLLBACK;
    })
    .catch((error: unknown) => {
      if (error !== ROLLBACK) throw error;
    });
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

const WORDS = "so the export takes most of my morning because the totals never match and I check every invoice by hand".split(" ");

/**
 * ~300 KB of text, about as compressible as a 2-hour transcript, in one Yjs
 * update: as large as what the rehearsal must read, in a millisecond rather
 * than the ~200 ms that building 1,500 paragraphs takes in a cold process.
 */
function transcriptSizedUpdate(): Uint8Array {
  let seed = 7;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const words = Array.from({ length: 50_000 }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const doc = new Y.Doc();
  doc.getText("warmup").insert(0, words.join(" "));
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
