// Real sockets, a short interval: peers that answer pings stay, silent ones are cut.
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket, { WebSocketServer } from "ws";
import { waitFor } from "../../lib/testing/wait-for";
import { heartbeat } from "./heartbeat";
import type { Connection } from "./types";

const INTERVAL_MS = 40;
let cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** A server whose accepted sockets the heartbeat watches, and a way to connect peers to it. */
async function serve() {
  const extension = heartbeat({ intervalMs: INTERVAL_MS });
  const wss = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  const accepted: WebSocket[] = [];
  wss.on("connection", (socket) => {
    accepted.push(socket);
    const connection = { socket } as unknown as Connection;
    extension.onConnect!(connection);
    socket.on("close", () => extension.onDisconnect!(connection, 1000));
  });
  await new Promise((resolve) => wss.once("listening", resolve));
  cleanups.push(() => new Promise((resolve) => wss.close(resolve)), () => extension.onClose!());
  const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
  const peer = async (options: { autoPong: boolean }) => {
    const socket = new WebSocket(url, options);
    const seen = { pings: 0, closed: undefined as number | undefined };
    socket.on("ping", () => seen.pings++);
    socket.on("close", (code) => (seen.closed = code));
    cleanups.push(() => socket.terminate());
    await new Promise((resolve) => socket.once("open", resolve));
    return seen;
  };
  return { extension, accepted, peer };
}

describe("heartbeat", () => {
  it("pings every interval; a peer that answers stays, one that does not is cut within two intervals", async () => {
    const { peer } = await serve();
    const answering = await peer({ autoPong: true });
    const silent = await peer({ autoPong: false });
    await waitFor(() => silent.closed !== undefined, { timeoutMs: 20 * INTERVAL_MS, what: "the silent peer cut" });
    expect(silent.closed).toBe(1006); // terminated, no close handshake
    expect(silent.pings).toBeGreaterThanOrEqual(1);
    await waitFor(() => answering.pings >= 4, { what: "more pings" });
    expect(answering.closed).toBeUndefined();
  });

  it("stops once the server closes: a silent peer is neither pinged nor cut", async () => {
    const { extension, accepted, peer } = await serve();
    const first = await peer({ autoPong: false });
    await waitFor(() => first.closed !== undefined, { timeoutMs: 20 * INTERVAL_MS, what: "the silent peer cut" });
    await extension.onClose!();
    const second = await peer({ autoPong: false });
    // No timer any more: a silent peer outlives many intervals.
    await new Promise((resolve) => setTimeout(resolve, 5 * INTERVAL_MS));
    expect(second).toEqual({ pings: 0, closed: undefined });
    expect(accepted.at(-1)!.readyState).toBe(WebSocket.OPEN);
  });
});
