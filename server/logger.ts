import pino, { type DestinationStream, type Logger } from "pino";
import pretty from "pino-pretty";

export type { Logger };

/**
 * Structured JSON logs for the sync server. They carry document names,
 * user ids, IPs, close codes and timings, never document content or tokens:
 * URLs go through `redactUrl`, and `token`/`authorization`/`cookie` fields are
 * censored wherever they appear.
 */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
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
    // A person at a terminal (`npm start`) reads lines, not JSON; log collectors get JSON.
    options.destination ?? (process.stdout.isTTY ? pretty({ colorize: true, sync: true, ignore: "pid,hostname,service" }) : undefined),
  );
}

/** The process's logger (LOG_LEVEL, default info; silent under Vitest). */
export const logger = createLogger();

/** A request URL safe to log: the `token` query parameter is replaced. */
export function redactUrl(url: string | undefined): string {
  if (!url) return "";
  return url.replace(/([?&]token=)[^&#]*/gi, "$1[redacted]");
}
