import type { WebsocketProvider } from "y-websocket";

/** `SYNC_PUBLIC_URL` names one sync endpoint or, with several nodes, a comma-separated list of them. */
export function parseSyncEndpoints(value: string | null | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((url) => url.trim().replace(/\/+$/, ""))
    .filter(Boolean);
}

/**
 * With several endpoints, moves the provider on to the next one after every
 * closed or failed connection: y-websocket builds its URL from `serverUrl` on
 * each reconnect, so a client whose node is gone lands on another. With one
 * endpoint nothing changes.
 */
export function rotateEndpointsOnClose(provider: WebsocketProvider, endpoints: string[]): void {
  if (endpoints.length < 2) return;
  let index = Math.max(0, endpoints.indexOf(provider.serverUrl));
  provider.on("connection-close", () => {
    index = (index + 1) % endpoints.length;
    provider.serverUrl = endpoints[index];
  });
}
