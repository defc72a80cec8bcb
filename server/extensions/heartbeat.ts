import type { WebSocket } from "ws";
import type { SyncExtension } from "./types";

/** Dead peers (a laptop lid closed) would otherwise keep documents loaded forever: ping every 30 s, cut the silent. */
export function heartbeat(options: { intervalMs?: number } = {}): SyncExtension {
  const alive = new Map<WebSocket, boolean>();
  const timer = setInterval(() => {
    for (const [socket, isAlive] of alive) {
      if (!isAlive) socket.terminate();
      else {
        alive.set(socket, false);
        socket.ping();
      }
    }
  }, options.intervalMs ?? 30_000);
  timer.unref();
  return {
    name: "heartbeat",
    onConnect({ socket }) {
      alive.set(socket, true);
      socket.on("pong", () => alive.set(socket, true));
    },
    onDisconnect: ({ socket }) => void alive.delete(socket),
    onClose: async () => clearInterval(timer),
  };
}
