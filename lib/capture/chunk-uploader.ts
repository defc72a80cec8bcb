/**
 * Sends a room recording's chunks to the server strictly in order, each until
 * it is acknowledged. A lost network, a restarting server or a lost answer
 * only delays them: the recorder keeps recording into the queue, and the
 * server's "next chunk" number says where to resume.
 */
export interface UploadStatus {
  waitingChunks: number;
  waitingBytes: number;
  isRetrying: boolean;
  /** A refusal no retry can fix (the recording was discarded elsewhere, over the size limit). */
  error: string | null;
}

interface Pending {
  seq: number;
  blob: Blob;
  recordedMs: number;
}

const RETRY_MS = [500, 1000, 2000, 4000];

export class ChunkUploader {
  private readonly queue: Pending[] = [];
  private nextSeq: number;
  private isPumping = false;
  private retries = 0;
  private wake: (() => void) | null = null;
  private error: string | null = null;
  private readonly idle = new Set<() => void>();

  constructor(
    private readonly options: {
      interviewId: string;
      captureId: string;
      nextSeq: number;
      onStatus: (status: UploadStatus) => void;
      /** Where the app is; the page's own origin in the browser. */
      origin?: string;
      /** Told of every chunk the server now holds (the recorder's local copies can go). */
      onStored?: (nextSeq: number) => void;
    },
  ) {
    this.nextSeq = options.nextSeq;
    if (typeof window !== "undefined") window.addEventListener("online", this.retryNow);
  }

  /** Queues the next chunk and returns its number. */
  enqueue(blob: Blob, recordedMs: number): number | null {
    if (blob.size === 0) return null;
    const seq = this.nextSeq++;
    this.queue.push({ seq, blob, recordedMs });
    this.report();
    void this.pump();
    return seq;
  }

  /** Resolves once every chunk so far is stored (or a refusal stopped the uploads). */
  drained(): Promise<void> {
    if (this.queue.length === 0 || this.error) return Promise.resolve();
    return new Promise((resolve) => this.idle.add(resolve));
  }

  dispose(): void {
    if (typeof window !== "undefined") window.removeEventListener("online", this.retryNow);
  }

  private readonly retryNow = () => this.wake?.();

  private report(): void {
    this.options.onStatus({
      waitingChunks: this.queue.length,
      waitingBytes: this.queue.reduce((sum, p) => sum + p.blob.size, 0),
      isRetrying: this.retries > 0,
      error: this.error,
    });
    if (this.queue.length === 0 || this.error) for (const resolve of this.idle) resolve();
    if (this.queue.length === 0 || this.error) this.idle.clear();
  }

  private async pump(): Promise<void> {
    if (this.isPumping) return;
    this.isPumping = true;
    try {
      while (this.queue.length > 0 && !this.error) {
        const chunk = this.queue[0];
        const outcome = await this.send(chunk);
        if (outcome.kind === "stored") {
          this.retries = 0;
          // The server may be further along (it stored chunks whose answers were lost).
          while (this.queue.length > 0 && this.queue[0].seq < outcome.nextSeq) this.queue.shift();
          this.options.onStored?.(outcome.nextSeq);
        } else if (outcome.kind === "refused") {
          this.error = outcome.message;
        } else {
          this.retries += 1;
          this.report();
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, RETRY_MS[Math.min(this.retries - 1, RETRY_MS.length - 1)]);
            this.wake = () => (clearTimeout(timer), resolve());
          });
          this.wake = null;
        }
        this.report();
      }
    } finally {
      this.isPumping = false;
    }
  }

  private async send(chunk: Pending): Promise<{ kind: "stored"; nextSeq: number } | { kind: "refused"; message: string } | { kind: "retry" }> {
    const query = new URLSearchParams({ captureId: this.options.captureId, seq: String(chunk.seq), recordedMs: String(Math.round(chunk.recordedMs)) });
    try {
      const response = await fetch(`${this.options.origin ?? ""}/api/interviews/${encodeURIComponent(this.options.interviewId)}/capture/chunks?${query}`, { method: "PUT", body: chunk.blob });
      const body = (await response.json().catch(() => ({}))) as { nextSeq?: number; error?: string };
      if (response.ok && typeof body.nextSeq === "number") return { kind: "stored", nextSeq: body.nextSeq };
      // Ahead of the server: it lost nothing it acknowledged, so an earlier chunk is still queued here; resend from there.
      if (response.status === 409 && typeof body.nextSeq === "number") return { kind: "retry" };
      if (response.status >= 500 || response.status === 429) return { kind: "retry" };
      return { kind: "refused", message: body.error ?? `The server refused the recording (${response.status})` };
    } catch {
      return { kind: "retry" }; // offline, or the server is restarting
    }
  }
}
