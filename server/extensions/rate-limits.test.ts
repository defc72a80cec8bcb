// The hooks alone (server/hostile-input.test.ts drives floods through a real server).
import type { IncomingMessage } from "node:http";
import { describe, expect, it, vi } from "vitest";
import { CLOSE_CODE, UPGRADE_REFUSAL } from "../../lib/collab/protocol";
import { DEFAULT_LIMITS } from "../config";
import { createLogger } from "../logger";
import type { MessageGate } from "../room";
import { rateLimits } from "./rate-limits";
import type { Connection } from "./types";

const logger = createLogger({ level: "silent" });
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function connect(extension: ReturnType<typeof rateLimits>) {
  let gate: MessageGate = () => true;
  const close = vi.fn();
  const connection = {
    socket: { close },
    principal: { userId: "u", documentName: "d" },
    addGate: (g: MessageGate) => void (gate = g),
  } as unknown as Connection;
  extension.onConnect!(connection);
  return { message: () => gate(), close };
}

describe("rate limits", () => {
  it("refuses an address's upgrade attempts over its budget with 429; other addresses keep theirs", async () => {
    const extension = rateLimits({ limits: { ...DEFAULT_LIMITS, upgradesPerMinute: 2 }, logger, onClosed: () => undefined });
    const attempt = (ip: string) => extension.onUpgrade!({ request: {} as IncomingMessage, ip, notes: new Map() });
    expect([await attempt("203.0.113.9"), await attempt("203.0.113.9"), await attempt("203.0.113.9")]).toEqual([
      undefined,
      undefined,
      UPGRADE_REFUSAL.rateLimited,
    ]);
    expect(await attempt("198.51.100.7")).toBeUndefined();
  });

  it("closes a connection over its message budget once with 4429 and drops what still arrives; another connection is unaffected", async () => {
    const onClosed = vi.fn();
    const extension = rateLimits({ limits: { ...DEFAULT_LIMITS, messagesPer10s: 3 }, logger, onClosed });
    const flood = connect(extension);
    const calm = connect(extension);
    expect([flood.message(), flood.message(), flood.message()]).toEqual([true, true, true]);
    flood.message(); // over: noticed a microtask later
    await nextTurn();
    expect(flood.close).toHaveBeenCalledExactlyOnceWith(CLOSE_CODE.rateLimited, "Too many messages");
    expect(onClosed).toHaveBeenCalledExactlyOnceWith("rate_limited");
    expect([flood.message(), flood.message()]).toEqual([false, false]);
    await nextTurn();
    expect(flood.close).toHaveBeenCalledTimes(1);
    expect([calm.message(), calm.message(), calm.message()]).toEqual([true, true, true]);
    await nextTurn();
    expect(calm.close).not.toHaveBeenCalled();
  });
});
