import { createHmac } from "node:crypto";
import { Redis } from "ioredis";
import pino, { type Logger } from "pino";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getAuthSecret } from "../auth-secret";
import { groupAddress } from "./group-address";

export interface SignInLimitSettings {
  /** Failed sign-ins per account (normalised email) per window. */
  failuresPerAccount: number;
  /** Failed sign-ins per client address per window (many accounts guessed from one place). */
  failuresPerAddress: number;
  windowSeconds: number;
  /** Sign-up attempts per client address per hour. */
  signUpsPerAddressPerHour: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimitSettings = {
  failuresPerAccount: 10,
  failuresPerAddress: 50,
  windowSeconds: 15 * 60,
  signUpsPerAddressPerHour: 20,
};

/** The limits from the environment (README, "Configuration"); a bad value stops the start rather than guarding nothing. */
export function readSignInLimitSettings(env: Record<string, string | undefined> = process.env): SignInLimitSettings {
  const int = (name: string, fallback: number) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
    return value;
  };
  return {
    failuresPerAccount: int("SIGN_IN_FAILURES_PER_ACCOUNT", DEFAULT_SIGN_IN_LIMITS.failuresPerAccount),
    failuresPerAddress: int("SIGN_IN_FAILURES_PER_IP", DEFAULT_SIGN_IN_LIMITS.failuresPerAddress),
    windowSeconds: int("SIGN_IN_WINDOW_SECONDS", DEFAULT_SIGN_IN_LIMITS.windowSeconds),
    signUpsPerAddressPerHour: int("SIGN_UPS_PER_IP_PER_HOUR", DEFAULT_SIGN_IN_LIMITS.signUpsPerAddressPerHour),
  };
}

export type Refusal = { isAllowed: false; retryAfterSeconds: number; message: string };
export type LimitDecision = { isAllowed: true } | Refusal;

/** An admitted sign-in attempt: say how the password check went. */
export interface SignInAttempt {
  isAllowed: true;
  /** The right password: the account's failures are cleared, the address is not charged. */
  succeeded(): Promise<void>;
  /** A wrong password (or unknown email): it stays counted against both. */
  failed(): Promise<void>;
  /** The check itself broke (database away): not a guess, so nothing is charged. */
  abandoned(): Promise<void>;
}

export interface SignInLimitsOptions {
  settings: SignInLimitSettings;
  /**
   * Keys the hash that stands for an email in the counters' keys and in logs
   * (AUTH_SECRET in the app, so every node hashes alike).
   */
  secret: string;
  /** Shared counts across nodes; without it, this process's memory. */
  redis?: Redis;
  /** Keeps deployments (and test runs) sharing one Redis apart. */
  keyPrefix?: string;
  logger?: Logger;
}

function describeWait(seconds: number): string {
  return seconds < 90 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
}

const secondsOf = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/**
 * Failed password sign-ins per account and per client address, and sign-up
 * attempts per address; counted in memory, or in Redis so all nodes share
 * the counts. Only failures count: people who type their password right are
 * never slowed down, and a success clears the account's count.
 *
 * An attempt is charged BEFORE its password is checked and refunded if the
 * password was right. Reading the counts first and charging after the check
 * would let a burst of parallel guesses all pass the read before any was
 * charged; an increment is atomic in memory and in Redis, so at most the
 * limit's worth of passwords is ever checked, however many arrive at once.
 */
export class SignInLimits {
  private readonly settings: SignInLimitSettings;
  private readonly secret: string;
  private readonly log: Logger;
  private readonly account: RateLimiterAbstract;
  private readonly address: RateLimiterAbstract;
  private readonly signUps: RateLimiterAbstract;

  constructor(options: SignInLimitsOptions) {
    this.settings = options.settings;
    this.secret = options.secret;
    this.log = options.logger ?? pino({ name: "secondear-auth", level: process.env.LOG_LEVEL || "info" });
    const prefix = options.keyPrefix ?? "secondear:sign-in";
    const make = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract => {
      const memory = new RateLimiterMemory({ keyPrefix, points, duration });
      if (!options.redis) return memory;
      // Redis away: this node counts in its own memory meanwhile, rather than refusing everyone or guarding nothing.
      return new RateLimiterRedis({ storeClient: options.redis, keyPrefix, points, duration, insuranceLimiter: memory });
    };
    this.account = make(`${prefix}:account`, this.settings.failuresPerAccount, this.settings.windowSeconds);
    this.address = make(`${prefix}:address`, this.settings.failuresPerAddress, this.settings.windowSeconds);
    this.signUps = make(`${prefix}:sign-up`, this.settings.signUpsPerAddressPerHour, 3600);
  }

  /**
   * Asked before the password is checked: refuses while the account or the
   * address is over its limit (a locked account's password is not even
   * tried), otherwise admits the attempt, charged as a failure until told
   * otherwise. `email` is normalised (trimmed, lower-case) by the caller.
   */
  async startSignIn(options: { email: string; ip: string }): Promise<SignInAttempt | Refusal> {
    const accountKey = this.accountKey(options.email);
    const addressKey = groupAddress(options.ip);
    const who = { account: accountKey, ip: options.ip };

    const account = await charge(this.account, accountKey);
    if (account) return this.refuse("sign_in_refused_account", who, secondsOf(account), "Too many failed sign-ins for this account.");
    const address = await charge(this.address, addressKey);
    if (address) {
      // Not this account's failure: only the address is over.
      await this.account.reward(accountKey).catch(() => undefined);
      return this.refuse("sign_in_refused_address", who, secondsOf(address), "Too many failed sign-ins from your network.");
    }

    return {
      isAllowed: true,
      succeeded: async () => {
        await Promise.all([this.account.delete(accountKey).catch(() => undefined), this.address.reward(addressKey).catch(() => undefined)]);
      },
      failed: async () => {
        this.log.info({ event: "sign_in_failed", ...who });
      },
      abandoned: async () => {
        await Promise.all([this.account.reward(accountKey).catch(() => undefined), this.address.reward(addressKey).catch(() => undefined)]);
      },
    };
  }

  /** Charges a sign-up attempt to the address (valid or not: probing which emails are taken counts too). */
  async checkSignUp(options: { ip: string }): Promise<LimitDecision> {
    const over = await charge(this.signUps, groupAddress(options.ip));
    if (!over) return { isAllowed: true };
    const seconds = secondsOf(over);
    this.log.info({ event: "sign_up_refused", ip: options.ip, retryAfterSeconds: seconds });
    return { isAllowed: false, retryAfterSeconds: seconds, message: `Too many new accounts from your network. Try again in ${describeWait(seconds)}.` };
  }

  /**
   * Stands for an email in the counters' keys and in logs. Keyed, not a plain
   * SHA-256: anyone holding a list of addresses could reverse a plain hash,
   * so the logs (and Redis) would still say who tried to sign in. Keyed by
   * the auth secret, lines about one account still match across lines and
   * nodes, and the secret's holder can look one person up. It also bounds
   * the key's length whatever was typed as an email.
   */
  private accountKey(email: string): string {
    return createHmac("sha256", this.secret).update(email).digest("hex").slice(0, 32);
  }

  private refuse(event: string, who: { account: string; ip: string }, seconds: number, reason: string): Refusal {
    this.log.info({ event, ...who, retryAfterSeconds: seconds });
    return { isAllowed: false, retryAfterSeconds: seconds, message: `${reason} Try again in ${describeWait(seconds)}.` };
  }
}

/** Takes one point; the limiter's state when that went over the limit, null when within it. */
async function charge(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (rejection) {
    // Over the limit rejects with the limiter's state; anything else is a store failure the insurance did not absorb.
    if (rejection instanceof RateLimiterRes) return rejection;
    throw rejection;
  }
}

// One per process: Next's bundle and the server are separate module graphs, and the counts must be one.
const KEY = Symbol.for("secondear.sign-in-limits");
type Holder = { [KEY]?: SignInLimits };

export function getSignInLimits(): SignInLimits {
  const holder = globalThis as Holder;
  holder[KEY] ??= createSignInLimits();
  return holder[KEY];
}

function createSignInLimits(env: Record<string, string | undefined> = process.env): SignInLimits {
  const redisUrl = env.REDIS_URL?.trim();
  return new SignInLimits({
    settings: readSignInLimitSettings(env),
    secret: getAuthSecret(),
    redis: redisUrl ? connectSignInRedis(redisUrl) : undefined,
    keyPrefix: `${env.REDIS_CHANNEL_PREFIX?.trim() || "secondear"}:sign-in`,
  });
}

/**
 * The Redis connection the limits count through. Created at the first sign-in,
 * so its first counts are sent before it has connected: they wait in the
 * offline queue rather than fail (without it, they fell to one node's memory
 * and the shared count missed them). Bounded, so a sign-in waits at most about
 * a second per count for a Redis that is away before the in-memory insurance
 * counts it.
 */
export function connectSignInRedis(url: string): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 1_000, connectTimeout: 2_000 });
  redis.on("error", () => undefined); // it reconnects by itself; the insurance covers the gap
  return redis;
}
