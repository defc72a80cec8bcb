import { redactUrl, type Logger } from "../logger";
import type { SyncExtension } from "./types";

/** JSON log lines: names, ids, addresses and codes, never document content or tokens. */
export function logging(options: { logger: Logger }): SyncExtension {
  const log = options.logger;
  return {
    name: "logging",
    onRefused: ({ request, ip }, refusal, error) =>
      log.info({
        event: "upgrade_refused",
        reason: refusal.code,
        status: refusal.status,
        ip,
        origin: request.headers.origin,
        url: redactUrl(request.url),
        ...(error ? { error: String(error) } : {}),
      }),
    onConnect: ({ principal }) => log.debug({ event: "connection_opened", document: principal.documentName, user: principal.userId }),
    onDisconnect: ({ principal }, code) => log.debug({ event: "connection_closed", document: principal.documentName, user: principal.userId, code }),
    onServerClosed: ({ principal }, reason) => log.info({ event: "connection_closed_by_server", document: principal.documentName, user: principal.userId, reason }),
    onRefusedMessage: (room, reason, error) => log.warn({ event: "message_refused", document: room.name, reason, error: String(error) }),
  };
}
