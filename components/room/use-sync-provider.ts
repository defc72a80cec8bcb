"use client";

import * as decoding from "lib0/decoding";
import { useEffect, useRef, useState } from "react";
import { IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { DocumentKind } from "@/lib/collab/document-name";
import { CLOSE_CODE, CONTEXT_CHANGED, MESSAGE_TYPE, SYNC_PATH } from "@/lib/collab/protocol";
import { parseSyncEndpoints, rotateEndpointsOnClose } from "@/lib/collab/sync-endpoints";
import { forgetLocalCopy } from "./forget-local-copy";

export type SyncStatus = "connecting" | "connected" | "disconnected" | "forbidden" | "signed-out";

/** How long to wait before reconnecting after the server cut this connection for sending too much. */
const RATE_LIMITED_RETRY_MS = 10_000;

interface TokenResponse {
  token: string;
  documentName: string;
  expiresInSeconds: number;
  syncUrl: string | null;
}

async function fetchToken(
  interviewId: string,
  kind: DocumentKind,
  ownerId?: string,
): Promise<TokenResponse | "forbidden" | "signed-out" | null> {
  try {
    const response = await fetch("/api/sync-token", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ interviewId, kind, ownerId }),
    });
    if (response.status === 401) return "signed-out";
    if (response.status === 403) return "forbidden";
    return response.ok ? ((await response.json()) as TokenResponse) : null;
  } catch {
    return null; // offline: the provider keeps retrying with the last token
  }
}

function sameOriginSyncUrl(): string {
  return `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}${SYNC_PATH}`;
}

export interface SyncProviderOptions {
  ownerId?: string;
  isEnabled?: boolean;
  /** The server says what this person may do in the interview changed: refetch the room's context. */
  onContextChanged?: () => void;
}

/**
 * A y-websocket provider for one document of an interview. Tokens are short
 * lived, so a fresh one is fetched before it expires and after every drop.
 * The server decides access on every change (server/extensions/access-invalidation.ts):
 * withdrawn (4403) deletes the local copy and stops; read-only (permission
 * denied) starts again from the server's copy, so edits the server dropped do
 * not linger in this browser and come back later.
 */
export function useSyncProvider(interviewId: string, kind: DocumentKind, options: SyncProviderOptions = {}) {
  const { ownerId, isEnabled = true } = options;
  const [state, setState] = useState<{ doc: Y.Doc; provider: WebsocketProvider } | null>(null);
  const [status, setStatus] = useState<SyncStatus>("connecting");
  const [isSynced, setSynced] = useState(false);
  // A new generation: a fresh document from the server, nothing kept locally.
  const [generation, setGeneration] = useState(0);
  // Told read-only once already: a fresh copy that is dropped again (an editor normalising a
  // document it may only read, e.g. adding its trailing paragraph) stays read-only instead of
  // starting afresh over and over. Cleared when write access comes back (4205).
  const isKnownReadOnly = useRef(false);
  const onContextChanged = useRef(options.onContextChanged);
  onContextChanged.current = options.onContextChanged;

  useEffect(() => {
    if (!isEnabled) return;
    let isCancelled = false;
    let provider: WebsocketProvider | null = null;
    let local: IndexeddbPersistence | null = null;
    let refreshTimer: ReturnType<typeof setInterval> | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    const doc = new Y.Doc();

    async function refresh() {
      const result = await fetchToken(interviewId, kind, ownerId);
      if (isCancelled || !provider) return;
      if (result === "forbidden" || result === "signed-out") {
        provider.disconnect();
        setStatus(result);
        if (result === "forbidden") {
          void local?.clearData();
          local = null;
        }
      } else if (result) provider.params = { token: result.token };
    }

    let isRestarting = false;
    /** The server dropped an update: this copy holds changes it will never have. */
    async function startAfresh() {
      if (isRestarting || isCancelled || isKnownReadOnly.current) return;
      isKnownReadOnly.current = true;
      isRestarting = true;
      // The server's "context changed" that follows this notice is not read once disconnected.
      onContextChanged.current?.();
      provider?.disconnect();
      await local?.clearData().catch(() => undefined);
      local = null;
      if (!isCancelled) setGeneration((g) => g + 1);
    }

    const goOffline = () => provider?.disconnect();
    const goOnline = () => {
      void refresh().then(() => provider?.connect());
    };

    const start = async () => {
      const first = await fetchToken(interviewId, kind, ownerId);
      if (isCancelled) return;
      if (first === "forbidden" || first === "signed-out") {
        if (first === "forbidden") forgetLocalCopy(interviewId, kind, ownerId);
        return setStatus(first);
      }
      if (first === null) {
        setStatus("disconnected");
        retryTimer = setTimeout(() => void start(), 3000); // the network is down: try again
        return;
      }
      // A local copy in the browser: edits made while offline survive a reload and merge on reconnect.
      local = new IndexeddbPersistence(`secondear:${first.documentName}`, doc);
      // Several nodes (a comma-separated SYNC_PUBLIC_URL): start at a random one, move on when it drops.
      const endpoints = parseSyncEndpoints(first.syncUrl);
      const serverUrl = endpoints.length > 0 ? endpoints[Math.floor(Math.random() * endpoints.length)] : sameOriginSyncUrl();
      provider = new WebsocketProvider(serverUrl, first.documentName, doc, {
        params: { token: first.token },
      });
      rotateEndpointsOnClose(provider, endpoints);
      const current = provider;
      current.messageHandlers[MESSAGE_TYPE.context] = (_encoder, decoder) => {
        if (decoding.readVarString(decoder) === CONTEXT_CHANGED) onContextChanged.current?.();
      };
      current.messageHandlers[MESSAGE_TYPE.auth] = (_encoder, decoder) => {
        // y-protocols' auth message: 0 = permission denied (read-only), followed by the reason.
        if (decoding.readVarUint(decoder) === 0) void startAfresh();
      };
      // Close codes 4400-4499 are final for y-websocket: it does not reconnect.
      current.on("closed", ({ code }: { code: number }) => {
        if (code === CLOSE_CODE.accessWithdrawn) {
          setStatus("forbidden");
          void local?.clearData();
          local = null;
          onContextChanged.current?.();
        } else if (code === CLOSE_CODE.signedOut) setStatus("signed-out");
        else if (code === CLOSE_CODE.reconnect) isKnownReadOnly.current = false;
        else if (code === CLOSE_CODE.rateLimited) retryTimer = setTimeout(() => current.connect(), RATE_LIMITED_RETRY_MS);
      });
      provider.on("status", ({ status: next }: { status: "connecting" | "connected" | "disconnected" }) => {
        setStatus((previous) => (previous === "forbidden" || previous === "signed-out" ? previous : next));
      });
      provider.on("sync", (synced: boolean) => setSynced(synced));
      provider.on("connection-close", () => void refresh());
      refreshTimer = setInterval(() => void refresh(), (first.expiresInSeconds * 1000) / 2);
      // Without this a dropped network is noticed only when the socket times out (30 s).
      window.addEventListener("offline", goOffline);
      window.addEventListener("online", goOnline);
      setState({ doc, provider });
    };
    void start();

    return () => {
      isCancelled = true;
      clearInterval(refreshTimer);
      clearTimeout(retryTimer);
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      provider?.destroy();
      void local?.destroy();
      doc.destroy();
      setState(null);
      setSynced(false);
    };
  }, [interviewId, kind, ownerId, isEnabled, generation]);

  return { doc: state?.doc ?? null, provider: state?.provider ?? null, status, isSynced };
}
