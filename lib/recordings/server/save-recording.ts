import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { z } from "zod";
import type { PrismaClient } from "../../db/open-database";
import { RecordingError } from "../errors";
import { formatBytes } from "../max-recording-bytes";
import type { RecordingInfo } from "../recording-info";
import { SNIFF_BYTES, sniffMediaType } from "../sniff-media-type";
import { attachRecording } from "./attach-recording";

const optionsSchema = z.object({
  interviewId: z.string().min(1).max(64),
  userId: z.string().min(1),
  // The name is only shown back to people; it never becomes a path.
  fileName: z.string().trim().max(255).catch("").transform((name) => name || "recording"),
  declaredBytes: z.number().int().nonnegative().nullable().default(null),
  maxBytes: z.number().int().positive(),
  mediaDir: z.string().min(1),
});

/**
 * Streams an upload to `mediaDir` and records it as the interview's recording,
 * replacing any earlier one. Only the first SNIFF_BYTES are held in memory, to
 * check the type from the content; a refused or broken upload leaves no file.
 * The caller has checked that the user may write to this interview.
 */
export async function saveRecording(options: {
  db: PrismaClient;
  body: ReadableStream<Uint8Array> | null;
  interviewId: string;
  userId: string;
  fileName: unknown;
  declaredBytes?: number | null;
  maxBytes: number;
  mediaDir: string;
}): Promise<RecordingInfo> {
  const input = optionsSchema.parse(options);
  const tooLarge = () => new RecordingError(`The recording is larger than the ${formatBytes(input.maxBytes)} limit`, 413);
  if (input.declaredBytes !== null && input.declaredBytes > input.maxBytes) throw tooLarge();
  if (!options.body) throw new RecordingError("The upload was empty", 400);

  const reader = options.body.getReader();
  const head: Uint8Array[] = [];
  let total = 0;
  let done = false;
  let partPath: string | null = null;
  try {
    while (total < SNIFF_BYTES && !done) {
      const next = await reader.read();
      if (next.done) done = true;
      else {
        head.push(next.value);
        total += next.value.byteLength;
      }
    }
    if (total === 0) throw new RecordingError("The upload was empty", 400);
    if (total > input.maxBytes) throw tooLarge();
    const type = await sniffMediaType(Buffer.concat(head));
    if (!type.ok) {
      const what = type.detected ? `it looks like ${type.detected}` : "its type could not be recognised";
      throw new RecordingError(`That file is not audio or video (${what}). Upload the call's recording, e.g. MP3, M4A, WAV, MP4 or WebM.`, 415);
    }

    await mkdir(input.mediaDir, { recursive: true });
    const id = randomBytes(12).toString("hex");
    partPath = path.join(input.mediaDir, `.${id}.part`);
    async function* chunks() {
      yield* head;
      while (!done) {
        const next = await reader.read();
        if (next.done) return;
        total += next.value.byteLength;
        if (total > input.maxBytes) throw tooLarge();
        yield next.value;
      }
    }
    await pipeline(Readable.from(chunks()), createWriteStream(partPath, { flags: "wx" }));

    const storageKey = `${input.interviewId}-${id}.${type.ext}`;
    await rename(partPath, path.join(input.mediaDir, storageKey));
    partPath = path.join(input.mediaDir, storageKey); // from here on, cleanup removes the finished file
    const recording = await attachRecording({
      db: options.db,
      interviewId: input.interviewId,
      userId: input.userId,
      mediaDir: input.mediaDir,
      storageKey,
      fileName: input.fileName,
      mimeType: type.mimeType,
      size: total,
    });
    partPath = null;
    return recording;
  } finally {
    if (partPath) await rm(partPath, { force: true });
    await reader.cancel().catch(() => undefined);
  }
}
