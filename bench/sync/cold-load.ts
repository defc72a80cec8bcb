import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { signSyncToken } from "../../lib/auth/sync-token";
import { BENCH_SECRET } from "./servers";
import type { BenchServer } from "./server-process";

export interface ColdLoad {
  /** From connecting to both documents synced. */
  ms: number;
  /** Of which: the server reading the documents from its database (its load histogram), summed over both. */
  serverLoadMs: number;
  /** And the client applying what it received, summed over both. */
  clientApplyMs: number;
}

/**
 * Opens the stored 2-hour interview as the browser does (transcript and tags,
 * in parallel) and times it, with the two parts that grow with the document.
 */
export async function timeColdLoad(
  server: BenchServer,
  userId: string,
  names: string[],
  /** Throws unless the loaded documents hold what was stored. */
  check: (docs: Y.Doc[]) => void,
): Promise<ColdLoad> {
  const loadBefore = await scrapeLoadSeconds(server);
  let clientApplyMs = 0;
  const tokens = await Promise.all(
    names.map((documentName) => signSyncToken({ userId, documentName }, { secret: BENCH_SECRET })),
  );
  const started = performance.now();
  const clients = names.map((name, i) => {
    const doc = new Y.Doc();
    let applying = 0;
    doc.on("beforeTransaction", (transaction: Y.Transaction) => {
      if (!transaction.local) applying = performance.now();
    });
    doc.on("afterTransaction", (transaction: Y.Transaction) => {
      if (!transaction.local) clientApplyMs += performance.now() - applying;
    });
    const provider = new WebsocketProvider(server.wsUrl, name, doc, {
      params: { token: tokens[i] },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    return { doc, provider, synced: new Promise<void>((resolve) => provider.once("sync", () => resolve())) };
  });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error("cold load: not synced within 60 s")), 60_000).unref(),
  );
  await Promise.race([Promise.all(clients.map((c) => c.synced)), timeout]);
  const elapsed = performance.now() - started;
  check(clients.map((c) => c.doc));
  for (const { doc, provider } of clients) {
    provider.destroy();
    doc.destroy();
  }
  const serverLoadMs = ((await scrapeLoadSeconds(server)) - loadBefore) * 1000;
  return { ms: elapsed, serverLoadMs, clientApplyMs };
}

/** Our server's total document-load time so far (0 for a server without the metric). */
async function scrapeLoadSeconds(server: BenchServer): Promise<number> {
  if (server.kind !== "ours") return 0;
  const text = await (await fetch(`${server.httpUrl}/metrics`)).text();
  const match = /^secondear_sync_document_load_seconds_sum (\S+)$/m.exec(text);
  return match ? Number(match[1]) : 0;
}

/** Waits until our server has unloaded every document (its /metrics gauge reads 0). */
export async function waitUnloaded(server: BenchServer): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const text = await (await fetch(`${server.httpUrl}/metrics`)).text();
    if (/^secondear_sync_documents_loaded 0$/m.test(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("documents still loaded 30 s after the last client left");
}
