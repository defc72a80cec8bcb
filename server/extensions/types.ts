import type { IncomingMessage } from "node:http";
import type { WebSocket } from "ws";
import type { UpgradeRefusal } from "../../lib/collab/protocol";
import type { SyncPrincipal } from "../authenticate";
import type { DocumentStorage } from "../persistence";
import type { RedisFanout } from "../redis-fanout";
import type { MessageGate, Room } from "../room";

/** An upgrade request on its way to becoming a connection. */
export interface UpgradeContext {
  readonly request: IncomingMessage;
  /** The client's address (trusted-proxy rule applied: server/client-ip.ts). */
  readonly ip: string;
  /** Set by the authentication extension; later extensions may read it. */
  principal?: SyncPrincipal;
  /** Free for extensions to note what they need at connect time, under their own name. */
  readonly notes: Map<string, unknown>;
}

/** An accepted socket in its room. */
export interface Connection {
  readonly socket: WebSocket;
  readonly principal: SyncPrincipal;
  readonly ip: string;
  readonly room: Room;
  readonly notes: Map<string, unknown>;
  /** Whether the room accepts this connection's updates; changed through `room.setReadOnly`. */
  readonly canWrite: boolean;
  /** A message is handled only if every gate added here lets it through. */
  addGate(gate: MessageGate): void;
}

export type RefusedMessageReason = "malformed" | "persistence_failed";

/**
 * One concern of the sync server (authentication, limits, persistence, fan-out,
 * metrics…). Every hook is optional; the server calls them in list order
 * (server/index.ts). Adding a concern is adding a file and one line there.
 */
export interface SyncExtension {
  readonly name: string;
  /** Before the socket is accepted: a refusal stops the upgrade (the later extensions are not asked). */
  onUpgrade?(upgrade: UpgradeContext): Promise<UpgradeRefusal | void> | UpgradeRefusal | void;
  /** An upgrade was refused (by an extension, by shutdown, or by an error). */
  onRefused?(upgrade: UpgradeContext, refusal: UpgradeRefusal, error?: unknown): void;
  onConnect?(connection: Connection): void;
  onDisconnect?(connection: Connection, code: number): void;
  /** The server itself closed a connection (`reason` labels metrics and logs). */
  onServerClosed?(connection: Pick<Connection, "principal">, reason: string): void;
  /** A document update received from a client, before it is stored. */
  onUpdate?(room: Room): void;
  /** An update from a read-only connection, dropped. */
  onReadOnlyUpdate?(room: Room): void;
  /** The room closed a connection for what it sent. */
  onRefusedMessage?(room: Room, reason: RefusedMessageReason, error: unknown): void;
  /** May rewrite an awareness update before it is applied; `revived` clients are told their new state. */
  transformAwareness?(room: Room, update: Uint8Array): { update: Uint8Array; revived: number[] };
  /** Provided by exactly one extension: where documents are stored. */
  readonly storage?: DocumentStorage;
  /** Provided by at most one extension: other nodes' changes (several nodes). */
  readonly fanout?: RedisFanout;
  /** Start-up work the port must wait for (the server's `ready` includes it). */
  readonly ready?: Promise<void>;
  /** Shutdown, after every socket is closed and its messages handled. */
  onClose?(): Promise<void>;
}
