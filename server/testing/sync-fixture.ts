import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { signSyncToken } from "../../lib/auth/sync-token";
import { formatDocumentName } from "../../lib/collab/document-name";
import type { Database } from "../../lib/db/open-database";
import { startSyncServer } from "../standalone";

export const SECRET = "sync-test-secret-0123456789abcdef";

/** Two workspace members and an outsider, one interview, and its transcript document name. */
export async function seedSyncFixture(db: Database["prisma"]) {
  const [alice, bob, mallory] = await Promise.all(
    ["alice", "bob", "mallory"].map((name) =>
      db.user.create({ data: { email: `${name}@example.test`, name, passwordHash: "x" } }),
    ),
  );
  const workspace = await db.workspace.create({
    data: {
      name: "Research",
      memberships: { create: [{ userId: alice.id, role: "owner" }, { userId: bob.id, role: "member" }] },
    },
  });
  await db.workspace.create({ data: { name: "Other", memberships: { create: { userId: mallory.id, role: "owner" } } } });
  const interview = await db.interview.create({
    data: { workspaceId: workspace.id, title: "Trip planning", createdById: alice.id },
  });
  const other = await db.interview.create({
    data: { workspaceId: workspace.id, title: "Another", createdById: alice.id },
  });
  return {
    alice,
    bob,
    mallory,
    interview,
    documentName: formatDocumentName({ interviewId: interview.id, kind: "transcript" }),
    otherDocumentName: formatDocumentName({ interviewId: other.id, kind: "transcript" }),
  };
}

export function mintToken(userId: string, documentName: string, options: { ttlSeconds?: number; now?: number } = {}) {
  return signSyncToken({ userId, documentName }, { secret: SECRET, ...options });
}

/**
 * A sync server on port 0, journaling into a fresh temporary directory as every
 * real start does (pass `journal: undefined` for one that commits before relaying).
 */
export async function startServer(
  db: Database["prisma"],
  options: Omit<Parameters<typeof startSyncServer>[0], "db" | "secret" | "port"> & { port?: number } = {},
) {
  const journalDir = "journal" in options ? undefined : mkdtempSync(path.join(os.tmpdir(), "secondear-test-journal-"));
  const journal = journalDir ? { dir: journalDir, fsync: "interval" as const } : options.journal;
  const server = await startSyncServer({ db, secret: SECRET, port: 0, ...options, journal });
  return {
    ...server,
    journalDir,
    close: async () => {
      await server.close();
      if (journalDir) rmSync(journalDir, { recursive: true, force: true });
    },
  };
}

/** A real y-websocket client, as the browser uses it. */
export function connectClient(url: string, documentName: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, documentName, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return { doc, provider, text: () => doc.getText("t").toString() };
}

/** A raw upgrade attempt; resolves with the HTTP status of a refusal, or 101 when accepted. */
export function tryUpgrade(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { headers });
    socket.on("unexpected-response", (_request, response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    socket.on("open", () => {
      socket.close();
      resolve({ status: 101, body: "" });
    });
    socket.on("error", () => undefined);
  });
}

/** A raw authenticated socket, open; `closed` resolves with the close code the server sent. */
export async function openRawSocket(url: string) {
  const socket = new WebSocket(url);
  const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
  const received: Buffer[] = [];
  socket.on("message", (data: Buffer) => received.push(data));
  socket.on("error", () => undefined);
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("unexpected-response", (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
  });
  return { socket, closed, received };
}

/** Fetches a server's /metrics text. */
export async function fetchMetrics(httpUrl: string): Promise<string> {
  const response = await fetch(`${httpUrl}/metrics`);
  if (!response.ok) throw new Error(`/metrics answered ${response.status}`);
  return response.text();
}
