import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { WebSocket } from "ws";
import * as authProtocol from "y-protocols/auth";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { CLOSE_CODE, MESSAGE_TYPE, READ_ONLY_REASON } from "../lib/collab/protocol";
import type { DocumentStorage } from "./persistence";
import { BUILD_ORIGIN, StoredState } from "./stored-state";

/** How long a fresh room may wait before building its document when nothing asks for it sooner. */
const BUILD_WITHIN_MS = 100;

/** What a room reports to the server around it (metrics, logs). */
export interface RoomHooks {
  /** A document update was received from a client. */
  onUpdate(room: Room): void;
  /** An update from a read-only connection was dropped. */
  onReadOnlyUpdate(room: Room): void;
  /** The room closed a connection for what it sent (`reason` labels metrics and logs). */
  onRefusedMessage(room: Room, reason: "malformed" | "persistence_failed", error: unknown): void;
  /** May rewrite an awareness update before it is applied; `revived` clients are sent their new state. */
  transformAwareness(room: Room, update: Uint8Array): { update: Uint8Array; revived: number[] };
}

/** Origin of changes that came from another node through Redis: relayed to local sockets, not stored or published again. */
export const REMOTE_ORIGIN = Symbol("remote node");
/** Origin of the awareness removals when a local socket leaves. */
const LEFT_ORIGIN = Symbol("left");

/** Where a room tells other nodes what its own clients changed (Redis fan-out; absent on a single node). */
export interface RoomRelay {
  update(update: Uint8Array): void;
  awareness(update: Uint8Array): void;
}

/** Per connection: returns false when its message must be dropped (rate limit exceeded). */
export type MessageGate = () => boolean;

/** One loaded document and the sockets editing it. */
export class Room {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly connections = new Map<WebSocket, Set<number>>();
  // Updates are stored and applied strictly in arrival order per document.
  private chain: Promise<void> = Promise.resolve();

  private readonly stored: StoredState;
  /** Empty until built from the stored bytes (see StoredState). */
  private readonly doc: Y.Doc;
  /** Joined while the document was not built yet: they get the server's sync step 1 once it is. */
  private readonly awaitingStep1 = new Set<WebSocket>();
  private buildTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly name: string,
    private readonly persistence: DocumentStorage,
    private readonly onEmpty: (room: Room) => void,
    private readonly hooks: RoomHooks,
    private readonly relay?: RoomRelay,
    /** What the database holds for this document (null: nothing yet). */
    storedBytes: Uint8Array | null = null,
  ) {
    this.stored = new StoredState(storedBytes);
    this.doc = this.stored.doc;
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === BUILD_ORIGIN) return; // everyone connected already has (or is being sent) the stored bytes
      this.stored.changed();
      this.broadcastUpdate(update, origin);
    });
    this.awareness.on("update", this.onAwarenessUpdate);
  }

  /** Builds the document if it is not yet, then sends the server's sync step 1 to whoever waited for it. */
  private build(): Y.Doc {
    clearTimeout(this.buildTimer);
    this.buildTimer = undefined;
    const doc = this.stored.build();
    for (const socket of this.awaitingStep1) this.sendStep1(socket);
    this.awaitingStep1.clear();
    return doc;
  }

  private sendStep1(socket: WebSocket): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    send(socket, encoding.toUint8Array(encoder));
  }

  private reserved = 0;

  /** Connections in use plus those accepted but still completing the handshake. */
  get size(): number {
    return this.connections.size + this.reserved;
  }

  /** Holds the room open for a connection whose handshake is under way. */
  reserve(): void {
    this.reserved++;
  }

  release(): void {
    this.reserved--;
    if (this.size === 0) this.onEmpty(this);
  }

  /** Connections that may read but not change the document (observers, others' revealed tags). */
  private readonly readOnly = new WeakMap<WebSocket, { told: boolean }>();

  /**
   * Makes a connection read-only (its later updates are dropped; it is told at
   * once, not at its next update) or writable again.
   */
  setReadOnly(socket: WebSocket, isReadOnly: boolean): void {
    if (!isReadOnly) return void this.readOnly.delete(socket);
    if (this.readOnly.has(socket)) return;
    this.readOnly.set(socket, { told: true });
    this.tellReadOnly(socket);
  }

  isReadOnly(socket: WebSocket): boolean {
    return this.readOnly.has(socket);
  }

  private tellReadOnly(socket: WebSocket): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_TYPE.auth);
    authProtocol.writePermissionDenied(encoder, READ_ONLY_REASON);
    send(socket, encoding.toUint8Array(encoder));
  }

  join(socket: WebSocket, gate: MessageGate = () => true, options: { canWrite: boolean } = { canWrite: true }): void {
    this.reserved--;
    this.connections.set(socket, new Set());
    if (!options.canWrite) this.readOnly.set(socket, { told: false });
    socket.on("message", (data: Buffer) => {
      if (gate()) this.receive(socket, new Uint8Array(data));
    });
    socket.on("close", () => this.leave(socket));
    if (this.stored.isBuilt) this.sendStep1(socket);
    else {
      // Its state vector needs the built document; a client with nothing asks first and is served without it.
      this.awaitingStep1.add(socket);
      this.buildTimer ??= setTimeout(() => this.build(), BUILD_WITHIN_MS);
    }
    const states = this.awareness.getStates();
    if (states.size > 0) send(socket, this.encodeAwareness([...states.keys()]));
  }

  /** Waits until every update received so far is stored and applied. */
  settle(): Promise<void> {
    return this.chain;
  }

  private receive(socket: WebSocket, message: Uint8Array): void {
    // A closing socket's messages still count: what the client sent before its close frame is stored.
    if (socket.readyState === socket.CLOSED) return;
    try {
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_TYPE.sync) this.receiveSync(socket, decoder);
      else if (type === MESSAGE_TYPE.awareness) this.receiveAwareness(socket, decoding.readVarUint8Array(decoder));
      else if (type === MESSAGE_TYPE.queryAwareness) send(socket, this.encodeAwareness([...this.awareness.getStates().keys()]));
      else throw new Error(`unknown message type ${type}`);
    } catch (error) {
      // A malformed frame ends that connection only; the document is untouched.
      this.hooks.onRefusedMessage(this, "malformed", error);
      socket.close(CLOSE_CODE.malformedMessage, "Malformed message");
    }
  }

  private receiveSync(socket: WebSocket, decoder: decoding.Decoder): void {
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
      const stateVector = decoding.readVarUint8Array(decoder);
      // A client with nothing (a first visit) gets the stored bytes rather than a fresh encoding of the whole document.
      const isEmpty = stateVector.length === 1 && stateVector[0] === 0;
      const pristine = this.stored.pristineBytes;
      if (isEmpty && pristine) {
        encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
        encoding.writeVarUint8Array(encoder, pristine);
      } else syncProtocol.writeSyncStep2(encoder, this.build(), stateVector);
      send(socket, encoding.toUint8Array(encoder));
      return;
    }
    if (kind !== syncProtocol.messageYjsSyncStep2 && kind !== syncProtocol.messageYjsUpdate) {
      throw new Error(`unknown sync message ${kind}`);
    }
    const update = decoding.readVarUint8Array(decoder);
    // Validate before storing: a well-formed frame can still carry a broken update.
    Y.decodeUpdate(update);
    // Nothing in it (every client answers the server's sync step 1 so): nothing to store or relay.
    if (update.length === 2 && update[0] === 0 && update[1] === 0) return;
    const readOnly = this.readOnly.get(socket);
    if (readOnly) {
      // Dropped, and the client is told once (y-websocket's auth message) rather than left to diverge silently.
      this.hooks.onReadOnlyUpdate(this);
      if (!readOnly.told) {
        readOnly.told = true;
        this.tellReadOnly(socket);
      }
      return;
    }
    this.hooks.onUpdate(this);
    // Relayed only once stored: nothing another person has seen can be lost. Stored at once (the
    // storage keeps arrival order) and applied strictly in arrival order; a journal stores
    // synchronously, so with nothing queued before it the update is relayed in this same turn.
    let stored: Promise<void> | void;
    try {
      stored = this.persistence.store(this.name, update);
    } catch (error) {
      return this.refuseStore(socket, error);
    }
    if (!stored && this.queued === 0) return this.applyStored(socket, update);
    const isStored = Promise.resolve(stored);
    this.queued++;
    this.chain = this.chain
      .then(() => isStored)
      .then(
        () => this.applyStored(socket, update),
        (error: unknown) => this.refuseStore(socket, error),
      )
      .finally(() => this.queued--);
  }

  /** Updates stored or being stored, waiting to be applied in arrival order. */
  private queued = 0;

  private refuseStore(socket: WebSocket, error: unknown): void {
    this.hooks.onRefusedMessage(this, "persistence_failed", error);
    socket.close(CLOSE_CODE.persistenceFailed, "Could not store update");
  }

  private applyStored(socket: WebSocket, update: Uint8Array): void {
    try {
      Y.applyUpdate(this.build(), update, socket);
      this.relay?.update(update);
    } catch (error) {
      // Never let one update stall the chain for everyone else.
      this.hooks.onRefusedMessage(this, "malformed", error);
      socket.close(CLOSE_CODE.malformedMessage, "Malformed update");
    }
  }

  /** What this room's document has beyond a state vector (another node loading it asks: server/ask-peers.ts). */
  stateSince(stateVector: Uint8Array): Uint8Array {
    return Y.encodeStateAsUpdate(this.build(), stateVector);
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  /** An update another node's client sent (that node stored it; kept here too, in case it dies before committing). */
  applyRemoteUpdate(update: Uint8Array, options: { isStored?: boolean } = {}): void {
    if (this.destroyed) return;
    try {
      Y.decodeUpdate(update); // never journal what cannot be applied
      if (!options.isStored) this.persistence.storeRemote?.(this.name, update);
      Y.applyUpdate(this.build(), update, REMOTE_ORIGIN);
    } catch (error) {
      this.hooks.onRefusedMessage(this, "malformed", error);
    }
  }

  applyRemoteAwareness(update: Uint8Array): void {
    if (this.destroyed) return;
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE_ORIGIN);
    } catch (error) {
      this.hooks.onRefusedMessage(this, "malformed", error);
    }
  }

  /** The awareness states of this node's own clients, for a node that just loaded the room; null when none. */
  localAwareness(): Uint8Array | null {
    const clients = [...this.connections.values()].flatMap((ids) => [...ids]).filter((id) => this.awareness.getStates().has(id));
    return clients.length > 0 ? awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients) : null;
  }

  private receiveAwareness(socket: WebSocket, update: Uint8Array): void {
    const revival = this.hooks.transformAwareness(this, update);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, revival.update, socket);
    // The one case its own state goes back to a client: it must learn the clock the server moved it to.
    if (revival.revived.length > 0) send(socket, this.encodeAwareness(revival.revived));
  }

  private onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    const controlled = this.connections.get(origin as WebSocket);
    if (controlled) {
      change.added.forEach((id) => controlled.add(id));
      change.removed.forEach((id) => controlled.delete(id));
    }
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    if (this.relay && (controlled || origin === LEFT_ORIGIN)) this.relay.awareness(update);
    const message = this.wrapAwareness(update);
    // Not echoed to the socket it came from: a client knows its own state (half the awareness traffic in a pair's room).
    for (const socket of this.connections.keys()) if (socket !== origin) send(socket, message);
  };

  private broadcastUpdate(update: Uint8Array, origin: unknown): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
    syncProtocol.writeUpdate(encoder, update);
    const message = encoding.toUint8Array(encoder);
    for (const socket of this.connections.keys()) if (socket !== origin) send(socket, message);
  }

  private encodeAwareness(clients: number[]): Uint8Array {
    return this.wrapAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
  }

  private wrapAwareness(update: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_TYPE.awareness);
    encoding.writeVarUint8Array(encoder, update);
    return encoding.toUint8Array(encoder);
  }

  private leave(socket: WebSocket): void {
    const controlled = this.connections.get(socket);
    if (!controlled) return;
    this.connections.delete(socket);
    awarenessProtocol.removeAwarenessStates(this.awareness, [...controlled], LEFT_ORIGIN);
    if (this.size === 0) this.onEmpty(this);
  }

  /**
   * Closes every socket and resolves once each close handshake is done (or
   * after `graceMs`, when the socket is cut): every message a client sent
   * before its close frame has then been received and queued for storage.
   */
  closeAll(code: number, reason: string, graceMs = 5_000): Promise<void> {
    const sockets = [...this.connections.keys()];
    return Promise.all(
      sockets.map(
        (socket) =>
          new Promise<void>((resolve) => {
            if (socket.readyState === socket.CLOSED) return resolve();
            const timer = setTimeout(() => socket.terminate(), graceMs);
            socket.once("close", () => {
              clearTimeout(timer);
              resolve();
            });
            socket.close(code, reason);
          }),
      ),
    ).then(() => undefined);
  }

  private destroyed = false;

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.buildTimer);
    this.awareness.destroy();
    this.doc.destroy();
  }
}

function send(socket: WebSocket, message: Uint8Array): void {
  if (socket.readyState !== socket.OPEN) return;
  socket.send(message, (error) => {
    if (error) socket.terminate();
  });
}
