import type { PrismaClient } from "../../lib/db/open-database";
import type { SyncMetrics } from "../metrics";
import { Persistence } from "../persistence";
import type { SyncExtension } from "./types";

/** Every update stored (group-committed) before it is relayed; documents read on first open, compacted on unload. */
export function persistence(options: { db: PrismaClient; metrics: SyncMetrics }): SyncExtension {
  const storage = new Persistence(options.db, {
    flush(seconds, size) {
      options.metrics.persistSeconds.observe(seconds);
      options.metrics.persistBatch.observe(size);
    },
    load: (seconds) => options.metrics.loadSeconds.observe(seconds),
  });
  return { name: "persistence", storage, onClose: () => storage.drain() };
}
