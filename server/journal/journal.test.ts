// The journal on a real directory; the database side is the commit callback
// (server/extensions/persistence.test.ts runs it against PGlite and PostgreSQL).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { waitFor } from "../../lib/testing/wait-for";
import type { JournalFrame } from "./frame";
import { COMMIT_GROUPS, commitGroupOf, Journal, type JournalOptions } from "./journal";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secondear-journal-"));
  dirs.push(dir);
  return dir;
}
const segmentsIn = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith(".journal")).sort();
/** A real Yjs update (replay merges them per document): the text "n" inserted by client n. */
const u = (n: number) => {
  const doc = new Y.Doc();
  doc.clientID = n;
  doc.getText("t").insert(0, String(n));
  return Y.encodeStateAsUpdate(doc);
};

/** A database stand-in that records each group commit and can be told to refuse. */
function recordingCommit() {
  const groups: JournalFrame[][] = [];
  let refusing = false;
  return {
    groups,
    refuse: (value: boolean) => void (refusing = value),
    commit: async (frames: JournalFrame[]) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (refusing) throw new Error("database away");
      groups.push(frames);
    },
  };
}

async function openJournal(dir: string, db: ReturnType<typeof recordingCommit>, options: Partial<JournalOptions> = {}) {
  return Journal.open({ dir, fsync: "interval", commitIntervalMs: 60_000, commit: db.commit, ...options });
}

describe("sync journal", () => {
  it("appends synchronously, commits everything pending in one group, then deletes the committed segment", async () => {
    const dir = tempDir();
    const db = recordingCommit();
    const { journal, replayed } = await openJournal(dir, db);
    expect(replayed.frames).toBe(0);
    expect(journal.append("a", u(1))).toBeUndefined();
    journal.append("b", u(2));
    journal.append("a", u(3));
    expect(journal.pendingFrames).toBe(3);
    expect(journal.uncommittedUpdates("a")).toEqual([u(1), u(3)]);
    const [first] = segmentsIn(dir);
    expect(fs.statSync(path.join(dir, first)).size).toBe(journal.bytes);
    await journal.commitNow();
    expect(db.groups).toEqual([[{ name: "a", update: u(1) }, { name: "b", update: u(2) }, { name: "a", update: u(3) }]]);
    expect(journal.pendingFrames).toBe(0);
    expect(journal.uncommittedUpdates("a")).toEqual([]);
    expect(segmentsIn(dir)).not.toContain(first); // a fresh segment took over
    await journal.close();
    expect(segmentsIn(dir)).toEqual([]);
  });

  it("commits on its own after the interval, or at once past the frame limit", async () => {
    const db = recordingCommit();
    const { journal } = await openJournal(tempDir(), db, { commitIntervalMs: 20, commitMaxFrames: 3 });
    journal.append("a", u(1));
    await waitFor(() => db.groups.length === 1, { what: "committed after the interval" });
    const bySize = await openJournal(tempDir(), recordingCommit(), { commitIntervalMs: 60_000, commitMaxFrames: 3 });
    [1, 2, 3].forEach((n) => bySize.journal.append("a", u(n)));
    await waitFor(() => bySize.journal.pendingFrames === 0, { what: "committed at the frame limit" });
    await Promise.all([journal.close(), bySize.journal.close()]);
  });

  it("spreads documents over staggered commits within the interval, each document's frames together (one row each once merged)", async () => {
    const dir = tempDir();
    const db = recordingCommit();
    const { journal } = await openJournal(dir, db, { commitIntervalMs: 500 });
    const names = Array.from({ length: 30 }, (_, i) => `interview:${i}`);
    const rounds = [u(1), u(2), u(3)]; // made first: the appends then take microseconds, well inside one interval
    for (const update of rounds) for (const name of names) journal.append(name, update);
    await waitFor(() => journal.pendingFrames === 0, { what: "every frame committed" });
    // Each document's three frames arrived in one commit…
    for (const name of names) expect(db.groups.filter((g) => g.some((f) => f.name === name)).map((g) => g.filter((f) => f.name === name).length)).toEqual([3]);
    // …and a commit held one group's documents, so the groups went separately.
    for (const g of db.groups) expect(new Set(g.map((f) => commitGroupOf(f.name))).size).toBe(1);
    expect(db.groups.length).toBe(new Set(names.map(commitGroupOf)).size);
    expect(db.groups.length).toBeGreaterThan(COMMIT_GROUPS / 2);
    await journal.close();
    expect(segmentsIn(dir)).toEqual([]);
  });

  it("keeps frames the database refused, retries them, and a commit that is still refused at close is replayed by the next start", async () => {
    const dir = tempDir();
    const db = recordingCommit();
    const failures: unknown[] = [];
    const { journal } = await openJournal(dir, db, { commitIntervalMs: 5, observe: { commitFailed: (e) => failures.push(e) } });
    db.refuse(true);
    journal.append("doc", u(1));
    await waitFor(() => failures.length > 0, { what: "a refused commit" });
    expect(journal.uncommittedUpdates("doc")).toEqual([u(1)]);
    journal.append("doc", u(2));
    await expect(journal.close()).rejects.toThrow("database away");
    expect(segmentsIn(dir).length).toBeGreaterThan(0);

    db.refuse(false);
    const reopened = await openJournal(dir, db);
    expect(reopened.replayed).toMatchObject({ frames: 2, documents: 1, dropped: [] });
    expect(db.groups).toHaveLength(1);
    expect(db.groups[0]).toHaveLength(1); // merged per document: one row
    const doc = new Y.Doc();
    Y.applyUpdate(doc, db.groups[0][0].update);
    expect(doc.getText("t").toString().split("").sort()).toEqual(["1", "2"]);
    await reopened.journal.close();
    expect(segmentsIn(dir)).toEqual([]);
  });

  it("always: the append resolves only after fdatasync, and concurrent appends share one", async () => {
    let syncs = 0;
    const { journal } = await openJournal(tempDir(), recordingCommit(), { fsync: "always", observe: { synced: () => syncs++ } });
    const appended = [1, 2, 3, 4].map((n) => journal.append("doc", u(n)));
    expect(appended.every((p) => p instanceof Promise)).toBe(true);
    await Promise.all(appended);
    expect(syncs).toBeGreaterThanOrEqual(1);
    expect(syncs).toBeLessThanOrEqual(2); // the first sync, then at most one for all who waited behind it
    await journal.close();
  });

  it("interval: fdatasync runs in the background", async () => {
    let syncs = 0;
    const { journal } = await openJournal(tempDir(), recordingCommit(), { fsync: "interval", fsyncIntervalMs: 5, observe: { synced: () => syncs++ } });
    expect(journal.append("doc", u(1))).toBeUndefined();
    await waitFor(() => syncs > 0, { what: "a background fsync" });
    await journal.close();
  });

  it("one process per directory: a second open is refused while the first holds it, and allowed after", async () => {
    const dir = tempDir();
    const { journal } = await openJournal(dir, recordingCommit());
    await expect(openJournal(dir, recordingCommit())).rejects.toThrow(/in use by process \d+.*its own DATA_DIR/);
    await journal.close();
    const again = await openJournal(dir, recordingCommit());
    await again.journal.close();
  });

  it("a lock left by a process that died is taken over, also one that had this process's pid (a restarted container)", async () => {
    for (const holder of ["999999999", String(process.pid)]) {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, "LOCK"), holder);
      const { journal } = await openJournal(dir, recordingCommit());
      await journal.close();
    }
  });
});
