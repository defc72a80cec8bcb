import { z } from "zod";

/** How much an uploaded archive may hold; a zip bomb or a huge upload is refused before it fills memory. */
export interface ZipLimits {
  /** The .qdpx file itself. */
  maxArchiveBytes: number;
  /** All entries SecondEar reads, once decompressed. */
  maxUncompressedBytes: number;
  maxEntries: number;
}

const positive = z.coerce.number().int().positive();

/** QDPX_MAX_ARCHIVE_BYTES (50 MB), QDPX_MAX_UNCOMPRESSED_BYTES (200 MB), QDPX_MAX_ENTRIES (10,000). */
export function readZipLimits(env: Record<string, string | undefined> = process.env): ZipLimits {
  return {
    maxArchiveBytes: positive.catch(50 * 1024 * 1024).parse(env.QDPX_MAX_ARCHIVE_BYTES),
    maxUncompressedBytes: positive.catch(200 * 1024 * 1024).parse(env.QDPX_MAX_UNCOMPRESSED_BYTES),
    maxEntries: positive.catch(10_000).parse(env.QDPX_MAX_ENTRIES),
  };
}
