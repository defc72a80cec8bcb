import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, readSyncConfig } from "./config";

describe("sync server configuration from the environment", () => {
  it("defaults: same-host origins, default limits", () => {
    expect(readSyncConfig({})).toEqual({ allowedOrigins: undefined, limits: DEFAULT_LIMITS });
  });

  it("reads the allowed origins and limits", () => {
    const config = readSyncConfig({
      SYNC_ALLOWED_ORIGINS: " https://app.example.com , http://localhost:3000,",
      SYNC_MAX_FRAME_BYTES: "65536",
      SYNC_UPGRADES_PER_MINUTE: "10",
      SYNC_MESSAGES_PER_10S: "100",
    });
    expect(config).toEqual({
      allowedOrigins: ["https://app.example.com", "http://localhost:3000"],
      limits: { maxFrameBytes: 65536, upgradesPerMinute: 10, messagesPer10s: 100 },
    });
  });

  it("refuses nonsense limits instead of running unprotected", () => {
    expect(() => readSyncConfig({ SYNC_MAX_FRAME_BYTES: "0" })).toThrow(/SYNC_MAX_FRAME_BYTES/);
    expect(() => readSyncConfig({ SYNC_MESSAGES_PER_10S: "lots" })).toThrow(/SYNC_MESSAGES_PER_10S/);
  });
});
