import pino, { type DestinationStream, type Logger } from "pino";
import pretty from "pino-pretty";
import { formatLogLine } from "./format-log-line";

export type { Logger };

/**
 * Structured JSON logs for the sync server. They carry document names,
 * user ids, IPs, close codes and timings, never document content or tokens:
 * URLs go through `redactUrl`, and `token`/`authorization`/`cookie` fields are
 * censored wherever they appear.
 */
export function createLogger(options: { level?: string; destination?: DestinationStream; isTTY?: boolean } = {}): Logger {
  // A person at a terminal (`npm start`) reads plain lines; log collectors (a pipe, a file) get JSON.
  const isTTY = options.isTTY ?? (options.destination === undefined && process.stdout.isTTY === true);
  const level = options.level ?? process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info");
  return pino(
    {
      level,
      base: { service: "secondear-sync" },
      redact: {
        paths: ["token", "*.token", "headers.authorization", "headers.cookie", "*.headers.authorization", "*.headers.cookie"],
        censor: "[redacted]",
      },
    },
    isTTY
      ? pretty({
          colorize: options.destination === undefined,
          sync: true,
          destination: options.destination ?? 1,
          translateTime: "HH:MM:ss",
          ignore: "pid,hostname,service",
          hideObject: true,
          messageFormat: (log, messageKey) => formatLogLine(log, messageKey),
        })
      : options.destination,
  );
}

/** The process's logger (LOG_LEVEL, default info; silent under Vitest). */
export const logger = createLogger();

/** A request URL safe to log: the `token` query parameter is replaced. */
export function redactUrl(url: string | undefined): string {
  if (!url) return "";
  return url.replace(/([?&]token=)[^&#]*/gi, "$1[redacted]");
}
