import * as Y from "yjs";
import type { PrismaClient } from "../lib/db/open-database";
import { appendDocumentUpdates, compactDocument, loadDocumentState } from "../lib/collab/server/document-store";

interface Pending {
  name: string;
  update: Uint8Array;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Durable storage for the sync server. Updates are group-committed: everything
 * that arrives while one write is in flight goes into the next single write,
 * and each caller learns when its update is stored, before it is relayed.
 */
export class Persistence {
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly db: PrismaClient,
    private readonly observe: {
      /** Told the duration and size of every group commit (metrics). */
      flush?(seconds: number, updates: number): void;
      /** Told how long each document's stored state took to read. */
      load?(seconds: number): void;
    } = {},
  ) {}

  store(name: string, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ name, update, resolve, reject });
      this.flushing ??= this.flushLoop();
    });
  }

  get queueDepth(): number {
    return this.queue.length;
  }

  /** A document's stored state (null: nothing stored yet), timed for the load metric. */
  async read(name: string): Promise<Uint8Array | null> {
    const started = process.hrtime.bigint();
    const state = await loadDocumentState({ db: this.db, name });
    this.observe.load?.(Number(process.hrtime.bigint() - started) / 1e9);
    return state;
  }

  /** The stored document, built in memory. */
  async load(name: string): Promise<Y.Doc> {
    const doc = new Y.Doc({ gc: true });
    const state = await this.read(name);
    if (state) Y.applyUpdate(doc, state);
    return doc;
  }

  async compact(name: string): Promise<void> {
    await compactDocument({ db: this.db, name });
  }

  /** Resolves once everything queued so far is written. */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flushLoop(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        try {
          const started = process.hrtime.bigint();
          await appendDocumentUpdates({ db: this.db, updates: batch });
          this.observe.flush?.(Number(process.hrtime.bigint() - started) / 1e9, batch.length);
          batch.forEach((p) => p.resolve());
        } catch (error) {
          batch.forEach((p) => p.reject(error));
        }
      }
    } finally {
      this.flushing = null;
    }
  }
}
