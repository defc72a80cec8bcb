import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { CaptureError } from "../capture-errors";

/**
 * A recording being made in the room lives in MEDIA_DIR/captures/<interview>/:
 * `data` (the chunks so far, appended in order) and `state.json` (what has
 * been acknowledged). The state is written after the chunk's bytes are on
 * disk, so after a crash `data` is cut back to what the state says: a chunk
 * that was never acknowledged is simply sent again.
 */
export const captureStateSchema = z.object({
  captureId: z.string(),
  userId: z.string(),
  userName: z.string(),
  mimeType: z.string().nullable(),
  /** Call clock time (ms) when recording began: the recording's 0:00 on the call clock. */
  startCallMs: z.number().int(),
  startedAt: z.string(),
  nextSeq: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  /** How much audio the acknowledged chunks hold, as the recorder reported it. */
  recordedMs: z.number().nonnegative(),
  updatedAt: z.string(),
});
export type CaptureState = z.infer<typeof captureStateSchema>;

export function getCaptureDir(mediaDir: string, interviewId: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(interviewId)) throw new Error("bad interview id");
  return path.join(mediaDir, "captures", interviewId);
}

export const dataPath = (dir: string) => path.join(dir, "data");

export async function readCaptureState(dir: string): Promise<CaptureState | null> {
  const text = await readFile(path.join(dir, "state.json"), "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (text == null) return null;
  return captureStateSchema.parse(JSON.parse(text));
}

/** The open recording `captureId`, or the refusal a recorder of a finished or discarded one gets. */
export async function readOpenCapture(dir: string, captureId: string): Promise<CaptureState> {
  const state = await readCaptureState(dir);
  if (!state || state.captureId !== captureId) throw new CaptureError("That recording is no longer open: it was finished or discarded", 404);
  return state;
}

/** Atomic and durable: a crash leaves the old state or the new one, never half of either. */
export async function writeCaptureState(dir: string, state: CaptureState): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temporary = path.join(dir, "state.json.tmp");
  const handle = await open(temporary, "w");
  try {
    await handle.writeFile(JSON.stringify(state));
    await handle.datasync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path.join(dir, "state.json"));
  const directory = await open(dir, "r");
  await directory.sync().finally(() => directory.close());
}

export async function removeCapture(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

// One operation at a time per interview: chunks of one recording arrive in order, but retries may overlap.
const queues = new Map<string, Promise<unknown>>();
export function withCaptureLock<T>(dir: string, run: () => Promise<T>): Promise<T> {
  const previous = queues.get(dir) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(run);
  queues.set(dir, next);
  void next.finally(() => queues.get(dir) === next && queues.delete(dir)).catch(() => undefined);
  return next;
}
