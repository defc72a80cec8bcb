import { describe, expect, it } from "vitest";
import { parseSyncEndpoints } from "./sync-endpoints";

describe("sync endpoints from SYNC_PUBLIC_URL", () => {
  it("reads one URL or a comma-separated list, without trailing slashes or blanks", () => {
    expect(parseSyncEndpoints("wss://a.example.com/sync")).toEqual(["wss://a.example.com/sync"]);
    expect(parseSyncEndpoints(" wss://a.example.com/sync/ , wss://b.example.com/sync,")).toEqual([
      "wss://a.example.com/sync",
      "wss://b.example.com/sync",
    ]);
    expect(parseSyncEndpoints(null)).toEqual([]);
    expect(parseSyncEndpoints("")).toEqual([]);
  });
});
