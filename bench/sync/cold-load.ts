import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { signSyncToken } from "../../lib/auth/sync-token";
import { BENCH_SECRET } from "./servers";
import type { BenchServer } from "./server-process";

/**
 * Opens the stored 2-hour interview as the browser does (transcript and tags,
 * in parallel) and resolves with the ms from connecting to both synced.
 */
export async function timeColdLoad(
  server: BenchServer,
  userId: string,
  names: string[],
  /** Throws unless the loaded documents hold what was stored. */
  check: (docs: Y.Doc[]) => void,
): Promise<number> {
  const tokens = await Promise.all(
    names.map((documentName) => signSyncToken({ userId, documentName }, { secret: BENCH_SECRET })),
  );
  const started = performance.now();
  const clients = names.map((name, i) => {
    const doc = new Y.Doc();
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
  return elapsed;
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
