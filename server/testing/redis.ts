import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";

/** The Redis the several-nodes tests use (REDIS_URL, default 127.0.0.1:6379). */
export const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";

/** Null when a Redis answers PING at `url`; otherwise why not. */
export async function whyNoRedis(url = REDIS_URL): Promise<string | null> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 2_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === "PONG" ? null : "PING did not answer PONG";
  } catch (error) {
    return String(error);
  } finally {
    client.disconnect();
  }
}

/**
 * Whether a file's Redis tests run: skipped with a message where no Redis
 * answers, except under CI_REQUIRE_REDIS=1 (.ci/run), where they run and fail
 * (the caller's first test asserts `noRedis` is null).
 */
export async function redisForTests(file: string): Promise<{ noRedis: string | null; skip: boolean }> {
  const noRedis = await whyNoRedis(REDIS_URL);
  const skip = noRedis !== null && process.env.CI_REQUIRE_REDIS !== "1";
  if (skip) {
    console.warn(
      `${file} SKIPPED: no Redis answers at ${REDIS_URL} (${noRedis}). ` +
        "Start one (redis-server) or set REDIS_URL to run the several-nodes tests; CI sets CI_REQUIRE_REDIS=1 and fails instead.",
    );
  }
  return { noRedis, skip };
}

/** A unique channel prefix per test: parallel runs on one Redis do not hear each other. */
export const channelPrefix = () => `secondear-test-${randomBytes(6).toString("hex")}`;
