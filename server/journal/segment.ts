import fs from "node:fs";
import path from "node:path";

/** One journal file: frames are appended synchronously; fdatasync runs on the thread pool, grouped. */
export class Segment {
  readonly path: string;
  private readonly fd: number;
  private written = 0;
  private synced = 0;
  private syncing = false;
  private waiters: { upTo: number; resolve(): void; reject(error: unknown): void }[] = [];
  private closed = false;
  /** Frames in this file not yet committed to the database. */
  uncommitted = 0;
  /** No more frames go into this file (a newer segment took over). */
  isSealed = false;
  /** Resolves once the file's directory entry is on disk (fsync of the directory). */
  dirSynced: Promise<void> = Promise.resolve();

  constructor(
    dir: string,
    readonly seq: number,
    private readonly onSynced: (seconds: number) => void,
  ) {
    this.path = path.join(dir, segmentFileName(seq));
    this.fd = fs.openSync(this.path, "wx");
  }

  get bytes(): number {
    return this.written;
  }

  get isDirty(): boolean {
    return this.synced < this.written;
  }

  /**
   * Appends the frame whole or not at all: after a failed write (disk full) the
   * file is cut back, so no torn frame sits before later ones.
   */
  append(frame: Buffer): void {
    let offset = 0;
    try {
      while (offset < frame.length) offset += fs.writeSync(this.fd, frame, offset, frame.length - offset, this.written + offset);
    } catch (error) {
      try {
        fs.ftruncateSync(this.fd, this.written);
      } catch {
        // The caller seals this segment either way; replay stops at the tear.
      }
      throw error;
    }
    this.written += frame.length;
  }

  /** Resolves once everything appended so far is on disk (one fdatasync serves every waiter). */
  sync(): Promise<void> {
    if (!this.isDirty && !this.syncing) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiters.push({ upTo: this.written, resolve, reject });
      this.startSync();
    });
  }

  /** Background fsync (the interval policy): nothing waits for it. */
  syncInBackground(): void {
    if (this.isDirty) this.startSync();
  }

  private startSync(): void {
    if (this.syncing || this.closed) return;
    this.syncing = true;
    const upTo = this.written;
    const started = process.hrtime.bigint();
    fs.fdatasync(this.fd, (error) => {
      this.syncing = false;
      if (!error) {
        this.synced = Math.max(this.synced, upTo);
        this.onSynced(Number(process.hrtime.bigint() - started) / 1e9);
      }
      const done = this.waiters.filter((w) => error || w.upTo <= upTo);
      this.waiters = this.waiters.filter((w) => !done.includes(w));
      for (const waiter of done) {
        if (error) waiter.reject(error);
        else waiter.resolve();
      }
      if (this.waiters.length > 0) this.startSync();
      else if (this.closeWhenIdle) this.finish();
    });
  }

  private closeWhenIdle: (() => void) | null = null;

  /** Closes the file once no fsync is in flight; `remove` deletes it (its frames are committed). */
  close(options: { remove: boolean }): Promise<void> {
    return new Promise((resolve) => {
      this.closeWhenIdle = () => {
        // On the thread pool: on a disk mounted with `discard` an unlink waits for the
        // blocks' TRIM (bench:sync at 500 rooms: 60–300 ms of the event loop each time).
        if (options.remove) fs.rm(this.path, { force: true }, () => resolve());
        else resolve();
      };
      if (!this.syncing) this.finish();
    });
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    fs.closeSync(this.fd);
    this.closeWhenIdle?.();
  }
}

export const SEGMENT_PATTERN = /^(\d{12})\.journal$/;

export function segmentFileName(seq: number): string {
  return `${String(seq).padStart(12, "0")}.journal`;
}

/** Makes a new file's name survive a machine crash (the directory entry is data too). */
export function syncDirectory(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    fs.open(dir, "r", (error, fd) => {
      if (error) return reject(error);
      fs.fsync(fd, (syncError) => fs.close(fd, () => (syncError ? reject(syncError) : resolve())));
    });
  });
}
