import path from "node:path";
import { checkTrustedProxies } from "./client-ip";
import { FSYNC_POLICIES, type FsyncPolicy } from "./journal/journal";
import type { JournalSettings } from "./journaled-persistence";

/** Limits and policies of the sync server, from the environment (see README, "Configuration"). */
export interface SyncLimits {
  /** Largest accepted websocket frame in bytes; larger ones close the connection with 1009. */
  maxFrameBytes: number;
  /** Upgrade attempts per client IP per minute, refused ones included; more get 429. */
  upgradesPerMinute: number;
  /** Messages per connection per 10 s; more close the connection with 4429. */
  messagesPer10s: number;
}

export interface SyncConfig {
  /**
   * Origins allowed to open a sync socket (`https://app.example.com`), or
   * undefined for the default policy: same host as the request's Host header.
   */
  allowedOrigins?: string[];
  limits: SyncLimits;
  /** Proxies whose X-Forwarded-For names the client (server/client-ip.ts); undefined: the socket's peer is the client. */
  trustedProxies?: string[];
  /** Several nodes sharing one database: Redis pub/sub between them (REDIS_URL); undefined: one node. */
  redis?: { url: string; channelPrefix?: string };
  /** The local journal updates are made durable in before they are relayed (server/journal/). */
  journal: JournalSettings;
}

export const DEFAULT_LIMITS: SyncLimits = {
  maxFrameBytes: 8 * 1024 * 1024,
  upgradesPerMinute: 300,
  messagesPer10s: 2_000,
};

export function readSyncConfig(env: Record<string, string | undefined> = process.env): SyncConfig {
  const origins = list(env.SYNC_ALLOWED_ORIGINS);
  const proxies = list(env.SYNC_TRUSTED_PROXIES);
  if (proxies) checkTrustedProxies("SYNC_TRUSTED_PROXIES", proxies);
  return {
    allowedOrigins: origins,
    ...(proxies ? { trustedProxies: proxies } : {}),
    limits: {
      maxFrameBytes: positiveInt(env, "SYNC_MAX_FRAME_BYTES", DEFAULT_LIMITS.maxFrameBytes),
      upgradesPerMinute: positiveInt(env, "SYNC_UPGRADES_PER_MINUTE", DEFAULT_LIMITS.upgradesPerMinute),
      messagesPer10s: positiveInt(env, "SYNC_MESSAGES_PER_10S", DEFAULT_LIMITS.messagesPer10s),
    },
    journal: readJournalSettings(env),
    redis: env.REDIS_URL?.trim()
      ? { url: env.REDIS_URL.trim(), channelPrefix: env.REDIS_CHANNEL_PREFIX?.trim() || undefined }
      : undefined,
  };
}

function readJournalSettings(env: Record<string, string | undefined>): JournalSettings {
  const fsync = (env.SYNC_JOURNAL_FSYNC?.trim() || "interval") as FsyncPolicy;
  if (!FSYNC_POLICIES.includes(fsync)) {
    throw new Error(`SYNC_JOURNAL_FSYNC must be one of ${FSYNC_POLICIES.join(", ")}, got "${env.SYNC_JOURNAL_FSYNC}"`);
  }
  return {
    dir: path.resolve(env.SYNC_JOURNAL_DIR?.trim() || path.join(env.DATA_DIR || "data", "journal")),
    fsync,
    fsyncIntervalMs: positiveInt(env, "SYNC_JOURNAL_FSYNC_MS", 50),
    commitIntervalMs: positiveInt(env, "SYNC_JOURNAL_COMMIT_MS", 500),
    commitMaxFrames: positiveInt(env, "SYNC_JOURNAL_COMMIT_FRAMES", 10_000),
  };
}

function positiveInt(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/** A comma-separated setting as a list; undefined when unset or empty. */
function list(raw: string | undefined): string[] | undefined {
  const items = raw?.split(",").map((item) => item.trim()).filter(Boolean);
  return items && items.length > 0 ? items : undefined;
}
