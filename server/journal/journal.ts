import fs from "node:fs";
import { encodeFrame, type JournalFrame } from "./frame";
import { lockJournalDirectory } from "./lock";
import { replayJournal, type ReplayReport } from "./replay";
import { Segment, syncDirectory } from "./segment";

/** What survives once `append` returns: off, a process crash; interval, a machine crash but the last interval; always, both. */
export type FsyncPolicy = "off" | "interval" | "always";
export const FSYNC_POLICIES: readonly FsyncPolicy[] = ["off", "interval", "always"];

export interface JournalOptions {
  dir: string;
  fsync: FsyncPolicy;
  /** The interval policy's background fdatasync period. */
  fsyncIntervalMs?: number;
  /**
   * How long frames wait for their group commit to the database at most…
   * Documents are spread over COMMIT_GROUPS staggered commits within it, so
   * each document's frames of the interval reach the database as one row.
   */
  commitIntervalMs?: number;
  /** …or how many, whichever comes first. */
  commitMaxFrames?: number;
  /** Writes frames to the database in one group; the journal keeps them until it resolves. */
  commit(frames: JournalFrame[]): Promise<void>;
  observe?: { committed?(seconds: number, frames: number): void; commitFailed?(error: unknown): void; synced?(seconds: number): void };
}

interface Pending extends JournalFrame {
  segment: Segment;
  at: number;
  /** commitGroupOf(name), hashed once: each tick looks at every pending frame. */
  group: number;
}

/** After a failed commit (the database away), the next try waits this long. */
const RETRY_MS = 1_000;
/**
 * The interval's commits: one every interval/COMMIT_GROUPS, each taking the
 * documents of one group. The database's cost is per row; at 500 rooms a
 * document gets ~6 updates a second, so one commit of everything every 50 ms
 * stored nearly one row per update, and one every 500 ms came in bursts
 * (110 ms on the database thread); staggered, the rows are as few and steady.
 */
export const COMMIT_GROUPS = 10;

/** A document's commit group: a string hash, stable across processes. */
export function commitGroupOf(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return (h >>> 0) % COMMIT_GROUPS;
}

/**
 * The sync server's write-ahead journal: an update is appended to a local
 * file (a synchronous write, microseconds) before it is relayed, and reaches
 * the database in large, infrequent group commits off the critical path.
 * Segments whose frames are all committed are deleted.
 */
export class Journal {
  private active!: Segment;
  private readonly segments = new Set<Segment>();
  private pending: Pending[] = [];
  private inFlight: Pending[] = [];
  private committing: Promise<void> | null = null;
  private commitTimer: NodeJS.Timeout | undefined;
  private fsyncTimer: NodeJS.Timeout | undefined;
  private nextSeq: number;
  private group = 0;
  private unlock: () => void;
  private isClosed = false;

  private constructor(
    private readonly options: JournalOptions,
    lastSeq: number,
    unlock: () => void,
  ) {
    this.nextSeq = lastSeq + 1;
    this.unlock = unlock;
    this.rotate();
    if (options.fsync === "interval") {
      this.fsyncTimer = setInterval(() => this.segments.forEach((s) => s.syncInBackground()), options.fsyncIntervalMs ?? 50);
      this.fsyncTimer.unref();
    }
  }

  /** Locks the directory, replays what an earlier process left, and opens a fresh segment. */
  static async open(options: JournalOptions): Promise<{ journal: Journal; replayed: ReplayReport }> {
    fs.mkdirSync(options.dir, { recursive: true });
    const unlock = lockJournalDirectory(options.dir);
    try {
      const replayed = await replayJournal({ dir: options.dir, commit: options.commit });
      return { journal: new Journal(options, replayed.lastSeq, unlock), replayed };
    } catch (error) {
      unlock();
      throw error;
    }
  }

  /**
   * Appends one update. Returns nothing when it is as durable as the policy
   * asks already, or a promise that resolves once it is (always: fdatasync).
   */
  append(name: string, update: Uint8Array): Promise<void> | void {
    if (this.isClosed) throw new Error("the journal is closed");
    const segment = this.active;
    try {
      segment.append(encodeFrame(name, update));
    } catch (error) {
      this.rotate(); // nothing more goes after a failed write in that file
      throw error;
    }
    segment.uncommitted++;
    this.pending.push({ name, update, segment, at: Date.now(), group: commitGroupOf(name) });
    if (this.pending.length >= (this.options.commitMaxFrames ?? 10_000)) this.scheduleCommit(0);
    else this.scheduleCommit(this.tickMs);
    if (this.options.fsync === "always") return Promise.all([segment.dirSynced, segment.sync()]).then(() => undefined);
  }

  /** Updates of a document journaled but not yet known to be committed (a load must add them to the database's state). */
  uncommittedUpdates(name: string): Uint8Array[] {
    return [...this.inFlight, ...this.pending].filter((p) => p.name === name).map((p) => p.update);
  }

  get pendingFrames(): number {
    return this.inFlight.length + this.pending.length;
  }

  get bytes(): number {
    let total = 0;
    for (const segment of this.segments) total += segment.bytes;
    return total;
  }

  /** Age of the oldest frame not yet committed, in seconds (0: none). */
  get commitLagSeconds(): number {
    // Both lists keep append order; a group commit takes frames from anywhere in the pending one.
    const oldest = Math.min(this.inFlight[0]?.at ?? Infinity, this.pending[0]?.at ?? Infinity);
    return oldest === Infinity ? 0 : (Date.now() - oldest) / 1000;
  }

  /** Commits everything appended so far; rejects when the database refuses (the frames stay journaled). */
  async commitNow(): Promise<void> {
    await this.commitWhere(() => true);
  }

  private get intervalMs(): number {
    return this.options.commitIntervalMs ?? 500;
  }

  private get tickMs(): number {
    return Math.max(1, Math.round(this.intervalMs / COMMIT_GROUPS));
  }

  /**
   * The next group's documents, and any frame twice the interval old (timers
   * ran late, or commits were refused a while): one round of the groups takes
   * the interval plus the commits' own time, so the last group is always
   * about an interval old and must not be swept up with everyone else.
   */
  private async commitNextGroup(): Promise<void> {
    this.group = (this.group + 1) % COMMIT_GROUPS;
    const group = this.group;
    const overdue = Date.now() - 2 * this.intervalMs;
    await this.commitWhere((p) => p.group === group || p.at <= overdue);
  }

  private async commitWhere(isDue: (p: Pending) => boolean): Promise<void> {
    while (this.committing) await this.committing;
    const due: Pending[] = [];
    const rest: Pending[] = [];
    for (const p of this.pending) (isDue(p) ? due : rest).push(p);
    if (due.length === 0) return;
    this.pending = rest;
    this.committing = this.commitPending(due).finally(() => (this.committing = null));
    await this.committing;
  }

  /** Commits what is left and closes the files; what cannot be committed stays for the next start. */
  async close(): Promise<void> {
    clearTimeout(this.commitTimer);
    clearInterval(this.fsyncTimer);
    let error: unknown;
    await this.commitNow().catch((e: unknown) => (error = e));
    this.isClosed = true;
    await Promise.all([...this.segments].map((s) => s.sync().catch(() => undefined)));
    await Promise.all([...this.segments].map((s) => s.close({ remove: s.uncommitted === 0 })));
    this.segments.clear();
    this.unlock();
    if (error) throw error;
  }

  private scheduleCommit(delayMs: number): void {
    if (this.commitTimer && delayMs > 0) return;
    clearTimeout(this.commitTimer);
    this.commitTimer = setTimeout(() => {
      this.commitTimer = undefined;
      (delayMs === 0 ? this.commitNow() : this.commitNextGroup()).then(
        () => {
          if (!this.isClosed && this.pending.length > 0) this.scheduleCommit(this.tickMs);
        },
        (error: unknown) => {
          this.options.observe?.commitFailed?.(error);
          if (!this.isClosed) this.scheduleCommit(RETRY_MS);
        },
      );
    }, delayMs);
  }

  private async commitPending(batch: Pending[]): Promise<void> {
    this.inFlight = batch;
    // Later frames go to a new file, so this one can be deleted once its frames are committed.
    if (batch.some((p) => p.segment === this.active)) this.rotate();
    const started = process.hrtime.bigint();
    try {
      await this.options.commit(batch.map(({ name, update }) => ({ name, update })));
    } catch (error) {
      this.pending = batch.concat(this.pending);
      throw error;
    } finally {
      this.inFlight = [];
    }
    this.options.observe?.committed?.(Number(process.hrtime.bigint() - started) / 1e9, batch.length);
    for (const p of batch) p.segment.uncommitted--;
    for (const segment of [...this.segments]) {
      if (segment.isSealed && segment.uncommitted === 0) {
        this.segments.delete(segment);
        await segment.close({ remove: true });
      }
    }
  }

  private rotate(): void {
    if (this.active) this.active.isSealed = true;
    this.active = new Segment(this.options.dir, this.nextSeq++, (seconds) => this.options.observe?.synced?.(seconds));
    this.segments.add(this.active);
    // Its name must survive a machine crash too; off needs only the process to die cleanly.
    if (this.options.fsync !== "off") {
      const synced = syncDirectory(this.options.dir);
      synced.catch(() => undefined); // the interval policy does not wait for it; always does, and sees the error
      this.active.dirSynced = synced;
    }
  }
}
