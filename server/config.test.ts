import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, readSyncConfig } from "./config";

describe("sync server configuration from the environment", () => {
  it("defaults: same-host origins, default limits, a journal in DATA_DIR synced in the background", () => {
    expect(readSyncConfig({ DATA_DIR: "/srv/secondear" })).toEqual({
      allowedOrigins: undefined,
      limits: DEFAULT_LIMITS,
      redis: undefined,
      journal: { dir: "/srv/secondear/journal", fsync: "interval", fsyncIntervalMs: 50, commitIntervalMs: 500, commitMaxFrames: 10000 },
    });
  });

  it("reads the journal's place, fsync policy and commit interval, and refuses an unknown policy", () => {
    const { journal } = readSyncConfig({ SYNC_JOURNAL_DIR: "/fast/journal", SYNC_JOURNAL_FSYNC: "always", SYNC_JOURNAL_COMMIT_MS: "500" });
    expect(journal).toMatchObject({ dir: "/fast/journal", fsync: "always", commitIntervalMs: 500 });
    expect(() => readSyncConfig({ SYNC_JOURNAL_FSYNC: "sometimes" })).toThrow(/SYNC_JOURNAL_FSYNC must be one of off, interval, always/);
  });

  it("reads the allowed origins and limits", () => {
    const config = readSyncConfig({
      SYNC_ALLOWED_ORIGINS: " https://app.example.com , http://localhost:3000,",
      SYNC_MAX_FRAME_BYTES: "65536",
      SYNC_UPGRADES_PER_MINUTE: "10",
      SYNC_MESSAGES_PER_10S: "100",
    });
    expect(config).toMatchObject({
      allowedOrigins: ["https://app.example.com", "http://localhost:3000"],
      limits: { maxFrameBytes: 65536, upgradesPerMinute: 10, messagesPer10s: 100 },
    });
  });

  it("refuses nonsense limits instead of running unprotected", () => {
    expect(() => readSyncConfig({ SYNC_MAX_FRAME_BYTES: "0" })).toThrow(/SYNC_MAX_FRAME_BYTES/);
    expect(() => readSyncConfig({ SYNC_MESSAGES_PER_10S: "lots" })).toThrow(/SYNC_MESSAGES_PER_10S/);
  });
});
