import * as Y from "yjs";
import { appendDocumentUpdates, compactDocument, loadDocumentState } from "../lib/collab/server/document-store";
import { mergeUpdatesByDocument } from "../lib/collab/server/merge-updates-by-document";
import { registerUncommittedUpdates } from "../lib/collab/server/uncommitted-updates";
import type { PrismaClient } from "../lib/db/open-database";
import { Journal, type JournalOptions } from "./journal/journal";
import type { ReplayReport } from "./journal/replay";
import type { DocumentStorage } from "./persistence";

export type JournalSettings = Pick<JournalOptions, "dir" | "fsync" | "fsyncIntervalMs" | "commitIntervalMs" | "commitMaxFrames">;

/**
 * Documents stored through the local journal (server/journal/): an update is
 * durable once appended, and reaches the database in group commits later.
 * Loads add what is journaled but not yet committed to the database's state.
 */
export class JournaledPersistence implements DocumentStorage {
  private journal: Journal | null = null;
  private unregister: () => void = () => undefined;
  readonly ready: Promise<void>;

  constructor(
    private readonly db: PrismaClient,
    settings: JournalSettings,
    private readonly observe: {
      replayed?(report: ReplayReport): void;
      committed?(seconds: number, frames: number): void;
      commitFailed?(error: unknown): void;
      synced?(seconds: number): void;
      load?(seconds: number): void;
    } = {},
  ) {
    this.ready = Journal.open({
      ...settings,
      commit: async (frames) => appendDocumentUpdates({ db: this.db, updates: await mergeUpdatesByDocument(frames) }),
      observe,
    }).then(({ journal, replayed }) => {
      this.journal = journal;
      // The app's own reads (report, exports, the interviews page) add what is not committed yet.
      this.unregister = registerUncommittedUpdates((name) => journal.uncommittedUpdates(name));
      observe.replayed?.(replayed);
    });
  }

  private get open(): Journal {
    if (!this.journal) throw new Error("the sync journal is not open yet");
    return this.journal;
  }

  store(name: string, update: Uint8Array): Promise<void> | void {
    return this.open.append(name, update);
  }

  storeRemote(name: string, update: Uint8Array): void {
    // Not awaited (always: its fsync runs in the background); a failure here leaves the sender's journal.
    try {
      this.journal?.append(name, update)?.catch(() => undefined);
    } catch {
      // closed, or the disk refused: the node that took the update has it
    }
  }

  uncommitted(name: string): Uint8Array[] {
    return this.journal?.uncommittedUpdates(name) ?? [];
  }

  async read(name: string): Promise<Uint8Array | null> {
    // Taken before the database is read: a frame committed meanwhile is then in one or both, never in neither.
    const journaled = this.open.uncommittedUpdates(name);
    const started = process.hrtime.bigint();
    const stored = await loadDocumentState({ db: this.db, name });
    this.observe.load?.(Number(process.hrtime.bigint() - started) / 1e9);
    const parts = stored ? [stored, ...journaled] : journaled;
    if (parts.length === 0) return null;
    return parts.length === 1 ? parts[0] : Y.mergeUpdates(parts);
  }

  async load(name: string): Promise<Y.Doc> {
    const doc = new Y.Doc({ gc: true });
    const state = await this.read(name);
    if (state) Y.applyUpdate(doc, state);
    return doc;
  }

  async compact(name: string): Promise<void> {
    await this.open.commitNow();
    await compactDocument({ db: this.db, name });
  }

  drain(): Promise<void> {
    return this.open.commitNow();
  }

  get queueDepth(): number {
    return this.journal?.pendingFrames ?? 0;
  }

  get stats(): { bytes: number; pendingFrames: number; commitLagSeconds: number } {
    const journal = this.journal;
    return { bytes: journal?.bytes ?? 0, pendingFrames: journal?.pendingFrames ?? 0, commitLagSeconds: journal?.commitLagSeconds ?? 0 };
  }

  async close(): Promise<void> {
    await this.ready.catch(() => undefined);
    this.unregister();
    await this.journal?.close();
  }
}
