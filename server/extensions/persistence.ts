import type { PrismaClient } from "../../lib/db/open-database";
import { JournaledPersistence, type JournalSettings } from "../journaled-persistence";
import type { Logger } from "../logger";
import type { SyncMetrics } from "../metrics";
import { Persistence, type DocumentStorage } from "../persistence";
import type { SyncExtension } from "./types";

/**
 * Where documents are stored. With a journal (every real start: DATA_DIR/journal), an update
 * is durable once appended to the local journal and reaches the database in group commits
 * off the critical path; without one (tests that ask for it), every update is
 * group-committed to the database before it is relayed. Either way documents are read on
 * first open and compacted on unload.
 */
export function persistence(options: { db: PrismaClient; metrics: SyncMetrics; journal?: JournalSettings; logger?: Logger }): SyncExtension {
  const { metrics, logger } = options;
  const committed = (seconds: number, size: number) => {
    metrics.persistSeconds.observe(seconds);
    metrics.persistBatch.observe(size);
  };
  const load = (seconds: number) => metrics.loadSeconds.observe(seconds);
  let storage: DocumentStorage;
  if (options.journal) {
    let failureLoggedAt = 0;
    const journaled = new JournaledPersistence(options.db, options.journal, {
      committed,
      load,
      synced: (seconds) => metrics.journalFsyncSeconds.observe(seconds),
      commitFailed(error) {
        metrics.journalCommitFailures.inc();
        // Once per 10 s at most: the frames stay journaled and are retried every second.
        if (Date.now() - failureLoggedAt < 10_000) return;
        failureLoggedAt = Date.now();
        logger?.warn({ event: "journal_commit_failed", error: String(error) });
      },
      replayed(report) {
        const { dropped, ...counts } = report;
        if (report.frames > 0 || dropped.length > 0) logger?.info({ event: "journal_replayed", ...counts, dropped: dropped.length });
        for (const tail of dropped) logger?.warn({ event: "journal_frame_dropped", ...tail }, `Dropped a ${tail.reason} at ${tail.file}:${tail.offset} (${tail.bytes} bytes, never relayed)`);
      },
    });
    metrics.observeJournal(() => journaled.stats);
    storage = journaled;
  } else {
    storage = new Persistence(options.db, { flush: committed, load });
  }
  return {
    name: "persistence",
    storage,
    ready: storage.ready,
    onClose: () => (storage.close ? storage.close() : storage.drain()),
  };
}
