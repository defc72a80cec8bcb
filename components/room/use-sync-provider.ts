"use client";

import { useEffect, useState } from "react";
import { IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { DocumentKind } from "@/lib/collab/document-name";
import { SYNC_PATH } from "@/lib/collab/protocol";
import { parseSyncEndpoints, rotateEndpointsOnClose } from "@/lib/collab/sync-endpoints";
import { forgetLocalCopy } from "./forget-local-copy";

export type SyncStatus = "connecting" | "connected" | "disconnected" | "forbidden";

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

/**
 * A y-websocket provider for one document of an interview. Tokens are short
 * lived, so a fresh one is fetched before it expires and after every drop.
 */
export function useSyncProvider(interviewId: string, kind: DocumentKind, ownerId?: string, isEnabled = true) {
  const [state, setState] = useState<{ doc: Y.Doc; provider: WebsocketProvider } | null>(null);
  const [status, setStatus] = useState<SyncStatus>("connecting");
  const [isSynced, setSynced] = useState(false);

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
        setStatus("forbidden");
        if (result === "forbidden") {
          void local?.clearData();
          local = null;
        }
      } else if (result) provider.params = { token: result.token };
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
        return setStatus("forbidden");
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
      provider.on("status", ({ status: next }: { status: "connecting" | "connected" | "disconnected" }) => {
        setStatus((previous) => (previous === "forbidden" ? previous : next));
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
    };
  }, [interviewId, kind, ownerId, isEnabled]);

  return { doc: state?.doc ?? null, provider: state?.provider ?? null, status, isSynced };
}
