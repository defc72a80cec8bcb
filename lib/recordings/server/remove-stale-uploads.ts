import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes upload leftovers (`.<id>.part`, written while a recording streams
 * in) that a crash or kill left behind. Only files older than `olderThanMs`
 * go: another process sharing the folder may be receiving one right now.
 * Finished recordings are never touched.
 */
export async function removeStaleUploads(options: { mediaDir: string; olderThanMs?: number; now?: number }): Promise<string[]> {
  const cutoff = (options.now ?? Date.now()) - (options.olderThanMs ?? DAY_MS);
  const names = await readdir(options.mediaDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  const removed: string[] = [];
  for (const name of names) {
    if (!/^\.[0-9a-f]+\.part$/.test(name)) continue;
    const file = path.join(options.mediaDir, name);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile() || info.mtimeMs > cutoff) continue;
    await rm(file, { force: true });
    removed.push(name);
  }
  return removed;
}
