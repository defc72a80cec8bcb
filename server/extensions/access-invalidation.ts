import * as encoding from "lib0/encoding";
import { CLOSE_CODE, CONTEXT_CHANGED, MESSAGE_TYPE } from "../../lib/collab/protocol";
import { getDocumentAccess } from "../../lib/collab/server/get-document-access";
import type { PrismaClient } from "../../lib/db/open-database";
import type { AccessEvent, AccessEventBus } from "../../lib/interviews/access-events";
import type { Logger } from "../logger";
import type { Connection, SyncExtension } from "./types";

const SEEN = "access-invalidation:sequence";
/** How long a change is remembered for upgrades that were decided before it and connect after it. */
const REMEMBER_MS = 60_000;

/**
 * Access follows every change at once. On "interview changed" each open
 * connection of that interview is decided again against the database: one that
 * lost read access is closed (4403, the browser deletes its local copy), one
 * that lost write access becomes read-only on the spot (its later updates are
 * dropped and the client told), one that gained write access is told to
 * reconnect (4205); then every room of the interview is told its context
 * changed. A signed-out session's sockets close (4401).
 */
export function accessInvalidation(options: {
  db: PrismaClient;
  events: AccessEventBus;
  logger: Logger;
  /** The server closed a connection (metrics, logs). */
  onClosed: (connection: Connection, reason: string) => void;
}): SyncExtension {
  const byInterview = new Map<string, Set<Connection>>();
  const bySession = new Map<string, Set<Connection>>();
  // An upgrade decided before a change may join after it: each change gets a number, and a
  // connection whose upgrade saw an older number is decided again as it joins.
  let sequence = 0;
  const changed = new Map<string, { sequence: number; at: number }>();

  function remember(key: string): void {
    const now = Date.now();
    changed.delete(key);
    changed.set(key, { sequence, at: now });
    for (const [old, entry] of changed) {
      if (now - entry.at < REMEMBER_MS) break; // insertion order: the rest are newer
      changed.delete(old);
    }
  }

  const stopListening = options.events.subscribe((event: AccessEvent) => {
    sequence++;
    if (event.type === "interview-changed") {
      remember(`interview:${event.interviewId}`);
      void decideAgain([...(byInterview.get(event.interviewId) ?? [])]);
    } else if (event.type === "session-ended") {
      remember(`session:${event.sessionId}`);
      for (const connection of bySession.get(event.sessionId) ?? []) signOut(connection);
    } else {
      remember("all");
      void decideAgain([...byInterview.values()].flatMap((set) => [...set]));
    }
  });

  function close(connection: Connection, code: number, reason: string, label: string): void {
    options.onClosed(connection, label);
    connection.socket.close(code, reason);
  }

  function signOut(connection: Connection): void {
    close(connection, CLOSE_CODE.signedOut, "Signed out", "signed_out");
  }

  async function decideAgain(connections: Connection[]): Promise<void> {
    await Promise.all(connections.map(decide));
  }

  // Decisions of one connection can overlap (two changes in quick succession) and their answers
  // arrive in any order on a pool: only the latest one asked for is applied, as it read the database last.
  const asked = new WeakMap<Connection, number>();

  async function decide(connection: Connection): Promise<void> {
    const { socket, principal, room } = connection;
    const ask = (asked.get(connection) ?? 0) + 1;
    asked.set(connection, ask);
    let status: "none" | "read" | "write";
    try {
      const result = await getDocumentAccess({ db: options.db, userId: principal.userId, documentName: principal.documentName, sessionId: principal.sessionId });
      if (asked.get(connection) !== ask) return;
      status = result.status === "ok" ? result.access : "none";
    } catch (error) {
      if (asked.get(connection) !== ask) return;
      // Undecidable now: the connection reconnects and is decided at its upgrade, rather than keep what it had.
      options.logger.warn({ event: "access_recheck_failed", document: principal.documentName, user: principal.userId, error: String(error) });
      if (socket.readyState === socket.OPEN) close(connection, CLOSE_CODE.reconnect, "Access changed; reconnect", "access_recheck_failed");
      return;
    }
    if (socket.readyState !== socket.OPEN) return;
    if (status === "none") return close(connection, CLOSE_CODE.accessWithdrawn, "Access withdrawn", "access_withdrawn");
    if (status === "read" && connection.canWrite) {
      room.setReadOnly(socket, true);
      options.logger.info({ event: "connection_read_only", document: principal.documentName, user: principal.userId });
    } else if (status === "write" && !connection.canWrite) {
      socket.send(CONTEXT_CHANGED_MESSAGE);
      return close(connection, CLOSE_CODE.reconnect, "Access changed; reconnect", "access_gained");
    }
    socket.send(CONTEXT_CHANGED_MESSAGE);
  }

  function add(map: Map<string, Set<Connection>>, key: string, connection: Connection): void {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(connection);
  }

  function remove(map: Map<string, Set<Connection>>, key: string, connection: Connection): void {
    const set = map.get(key);
    set?.delete(connection);
    if (set?.size === 0) map.delete(key);
  }

  return {
    name: "access-invalidation",
    onUpgrade(upgrade) {
      upgrade.notes.set(SEEN, sequence);
    },
    onConnect(connection) {
      const { interviewId, sessionId } = connection.principal;
      add(byInterview, interviewId, connection);
      if (sessionId) add(bySession, sessionId, connection);
      const seen = (connection.notes.get(SEEN) as number | undefined) ?? 0;
      const since = (key: string) => (changed.get(key)?.sequence ?? 0) > seen;
      if (sessionId && since(`session:${sessionId}`)) signOut(connection);
      else if (since(`interview:${interviewId}`) || since("all")) void decide(connection);
    },
    onDisconnect(connection) {
      const { interviewId, sessionId } = connection.principal;
      remove(byInterview, interviewId, connection);
      if (sessionId) remove(bySession, sessionId, connection);
    },
    onClose: async () => stopListening(),
  };
}

const CONTEXT_CHANGED_MESSAGE = (() => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPE.context);
  encoding.writeVarString(encoder, CONTEXT_CHANGED);
  return encoding.toUint8Array(encoder);
})();
