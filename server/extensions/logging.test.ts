// The hooks alone: what each one logs, and that no token gets in (server/observability.test.ts reads a real server's log).
import type { IncomingMessage } from "node:http";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { UPGRADE_REFUSAL } from "../../lib/collab/protocol";
import { createLogger } from "../logger";
import type { Room } from "../room";
import { logging } from "./logging";
import type { Connection } from "./types";

function capture(level: string) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(...chunk.toString().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>));
      callback();
    },
  });
  return { lines, extension: logging({ logger: createLogger({ level, destination }) }) };
}

const principal = { userId: "user1", documentName: "interview:abcdefgh:transcript", interviewId: "abcdefgh", canWrite: true, sessionId: "s" };
const connection = { principal } as Connection;
const request = { url: "/sync/interview:abcdefgh:transcript?token=eyJhbGciOi.secret.sig", headers: { origin: "https://evil.example" } } as unknown as IncomingMessage;

describe("logging", () => {
  it("logs a refusal with its reason, status, address and origin, the URL without its token", () => {
    const { lines, extension } = capture("info");
    extension.onRefused!({ request, ip: "203.0.113.9", notes: new Map() }, UPGRADE_REFUSAL.forbiddenOrigin);
    extension.onRefused!({ request, ip: "203.0.113.9", notes: new Map() }, UPGRADE_REFUSAL.serverError, new Error("database down"));
    expect(lines).toMatchObject([
      { level: 30, event: "upgrade_refused", reason: "forbidden_origin", status: 403, ip: "203.0.113.9", origin: "https://evil.example", url: "/sync/interview:abcdefgh:transcript?token=[redacted]" },
      { event: "upgrade_refused", reason: "server_error", status: 500, error: "Error: database down" },
    ]);
    expect(lines[0]).not.toHaveProperty("error");
    expect(JSON.stringify(lines)).not.toContain("secret");
  });

  it("logs server closes and refused messages at info and warn, opened and closed connections only at debug", () => {
    const info = capture("info");
    info.extension.onConnect!(connection);
    info.extension.onDisconnect!(connection, 4403);
    info.extension.onServerClosed!(connection, "access_withdrawn");
    info.extension.onRefusedMessage!({ name: principal.documentName } as Room, "malformed", new Error("unknown message type 9"));
    expect(info.lines).toMatchObject([
      { level: 30, event: "connection_closed_by_server", document: principal.documentName, user: "user1", reason: "access_withdrawn" },
      { level: 40, event: "message_refused", document: principal.documentName, reason: "malformed", error: "Error: unknown message type 9" },
    ]);

    const debug = capture("debug");
    debug.extension.onConnect!(connection);
    debug.extension.onDisconnect!(connection, 4403);
    expect(debug.lines).toMatchObject([
      { level: 20, event: "connection_opened", document: principal.documentName, user: "user1" },
      { level: 20, event: "connection_closed", code: 4403 },
    ]);
  });
});
