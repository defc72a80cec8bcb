import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** Prometheus metrics of one sync server (its own registry, so tests can run several). */
export class SyncMetrics {
  readonly registry = new Registry();

  readonly connections = new Gauge({
    name: "secondear_sync_connections",
    help: "Open websocket connections",
    registers: [this.registry],
  });
  readonly accepted = new Counter({
    name: "secondear_sync_connections_accepted_total",
    help: "Websocket connections accepted",
    registers: [this.registry],
  });
  readonly refused = new Counter({
    name: "secondear_sync_refused_total",
    help: "Upgrades refused before accepting the socket, by reason",
    labelNames: ["reason"],
    registers: [this.registry],
  });
  readonly closed = new Counter({
    name: "secondear_sync_closed_total",
    help: "Accepted connections closed by the server for misbehaviour, by reason",
    labelNames: ["reason"],
    registers: [this.registry],
  });
  readonly updates = new Counter({
    name: "secondear_sync_updates_total",
    help: "Document updates received from clients (rate() gives updates/s)",
    registers: [this.registry],
  });
  readonly readOnlyDropped = new Counter({
    name: "secondear_sync_readonly_updates_dropped_total",
    help: "Updates from read-only connections, dropped (the client is told once per connection)",
    registers: [this.registry],
  });
  readonly persistSeconds = new Histogram({
    name: "secondear_sync_persist_seconds",
    help: "Time to commit one group of updates to the database",
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly loadSeconds = new Histogram({
    name: "secondear_sync_document_load_seconds",
    help: "Time to read one document's stored state from the database (it is built in memory when first needed)",
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly persistBatch = new Histogram({
    name: "secondear_sync_persist_batch_size",
    help: "Updates committed together in one write",
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
    registers: [this.registry],
  });

  readonly journalFsyncSeconds = new Histogram({
    name: "secondear_sync_journal_fsync_seconds",
    help: "Time of one fdatasync of the journal (interval and always policies)",
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25],
    registers: [this.registry],
  });
  readonly journalCommitFailures = new Counter({
    name: "secondear_sync_journal_commit_failures_total",
    help: "Group commits from the journal the database refused (the frames stay journaled and are retried)",
    registers: [this.registry],
  });
  private journal: () => { bytes: number; pendingFrames: number; commitLagSeconds: number } = () => ({ bytes: 0, pendingFrames: 0, commitLagSeconds: 0 });

  /** Where the journal gauges read from (the persistence extension, when it journals). */
  observeJournal(read: () => { bytes: number; pendingFrames: number; commitLagSeconds: number }): void {
    this.journal = read;
  }

  constructor(sources: { loadedDocuments(): number; queueDepth(): number }, options: { defaultMetrics?: boolean } = {}) {
    new Gauge({
      name: "secondear_sync_documents_loaded",
      help: "Documents loaded in memory",
      registers: [this.registry],
      collect() {
        this.set(sources.loadedDocuments());
      },
    });
    new Gauge({
      name: "secondear_sync_persist_queue_depth",
      help: "Updates waiting for the next group commit",
      registers: [this.registry],
      collect() {
        this.set(sources.queueDepth());
      },
    });
    const journal = () => this.journal();
    new Gauge({
      name: "secondear_sync_journal_bytes",
      help: "Bytes in the journal's files (deleted once their frames are committed)",
      registers: [this.registry],
      collect() {
        this.set(journal().bytes);
      },
    });
    new Gauge({
      name: "secondear_sync_journal_frames_pending",
      help: "Journaled updates not yet committed to the database",
      registers: [this.registry],
      collect() {
        this.set(journal().pendingFrames);
      },
    });
    new Gauge({
      name: "secondear_sync_journal_commit_lag_seconds",
      help: "Age of the oldest journaled update not yet committed to the database",
      registers: [this.registry],
      collect() {
        this.set(journal().commitLagSeconds);
      },
    });
    // Process metrics (CPU, RSS, heap, event-loop lag) only once per process.
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
