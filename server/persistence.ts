import * as Y from "yjs";
import type { PrismaClient } from "../lib/db/open-database";
import { appendDocumentUpdates, compactDocument, loadDocumentState } from "../lib/collab/server/document-store";

/** Where the sync server keeps documents: straight in the database (Persistence) or through the journal (JournaledPersistence). */
export interface DocumentStorage {
  /**
   * Makes an update durable. Returns nothing when it already is (the journal's
   * synchronous append), else a promise that resolves once it is; it must not
   * be relayed before. Throws or rejects when it cannot be stored.
   */
  store(name: string, update: Uint8Array): Promise<void> | void;
  /** A document's stored state, everything stored so far included (null: nothing yet). */
  read(name: string): Promise<Uint8Array | null>;
  load(name: string): Promise<Y.Doc>;
  /** Folds the document's update log into its snapshot (on unload); what this node holds for it is committed first. */
  compact(name: string): Promise<void>;
  /** Resolves once everything stored so far is in the database. */
  drain(): Promise<void>;
  /** Updates stored but not yet in the database. */
  readonly queueDepth: number;
  /**
   * Keeps an update another node relayed (that node journaled it too): should that
   * node die before its commit, the update still reaches the database from here.
   * Optional: without a journal the other node committed it before relaying.
   */
  storeRemote?(name: string, update: Uint8Array): void;
  /** Updates of a document this node made durable but has not committed to the database (the journal's). */
  uncommitted?(name: string): Uint8Array[];
  /** Start-up work (the journal's replay) the port must wait for. */
  readonly ready?: Promise<void>;
  close?(): Promise<void>;
}

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
export class Persistence implements DocumentStorage {
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
