import fs from "node:fs";
import path from "node:path";

/**
 * One process per journal directory: two nodes appending to the same files
 * would interleave frames. A lock left by a process that died (SIGKILL) is
 * taken over; one held by a live process stops the start with a clear error.
 */
export function lockJournalDirectory(dir: string): () => void {
  const file = path.join(dir, "LOCK");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      held.add(file);
      return () => {
        held.delete(file);
        fs.rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(file, "utf8").trim());
      // Our own pid on a lock this process never took: a previous run that had the same pid (a restarted container).
      const isOurs = holder === process.pid && held.has(file);
      const isOtherLive = holder !== process.pid && Number.isInteger(holder) && holder > 0 && isAlive(holder);
      if (isOurs || isOtherLive) {
        throw new Error(
          `The sync journal at ${dir} is in use by process ${holder}. Each sync node needs its own DATA_DIR (or SYNC_JOURNAL_DIR).`,
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the sync journal at ${dir}`);
}

/** The locks this process holds. */
const held = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
