import { createHash } from "node:crypto";
import { Redis } from "ioredis";
import pino from "pino";
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";

export interface SignInLimitSettings {
  /** Failed sign-ins per account (email) per window. */
  failuresPerAccount: number;
  /** Failed sign-ins per client address per window (many accounts guessed from one place). */
  failuresPerAddress: number;
  windowSeconds: number;
  /** Sign-ups per client address per hour. */
  signUpsPerAddressPerHour: number;
}

export function readSignInLimitSettings(env: Record<string, string | undefined> = process.env): SignInLimitSettings {
  const int = (name: string, fallback: number) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
    return value;
  };
  return {
    failuresPerAccount: int("SIGN_IN_FAILURES_PER_ACCOUNT", 10),
    failuresPerAddress: int("SIGN_IN_FAILURES_PER_IP", 50),
    windowSeconds: int("SIGN_IN_WINDOW_SECONDS", 15 * 60),
    signUpsPerAddressPerHour: int("SIGN_UPS_PER_IP_PER_HOUR", 20),
  };
}

export type LimitDecision = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number; message: string };

// Emails in logs are hashed: a log of refused sign-ins should not be a list of who uses the product.
const log = pino({ name: "secondear-auth", level: process.env.LOG_LEVEL || "info" });
const hashEmail = (email: string) => createHash("sha256").update(email).digest("hex").slice(0, 16);

function describeWait(seconds: number): string {
  return seconds < 90 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
}

/**
 * Failed password sign-ins per account and per client address, and sign-ups
 * per address. Counted in memory, or in Redis when `redisUrl` is given so all
 * nodes share the counts. Only failures count: people who type their password
 * right are never slowed down.
 */
export class SignInLimits {
  private readonly account: RateLimiterAbstract;
  private readonly address: RateLimiterAbstract;
  private readonly signUps: RateLimiterAbstract;

  constructor(private readonly settings: SignInLimitSettings, options: { redisUrl?: string; keyPrefix?: string } = {}) {
    const prefix = options.keyPrefix ?? "secondear:auth";
    const make = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract => {
      if (!options.redisUrl) return new RateLimiterMemory({ keyPrefix, points, duration });
      const storeClient = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
      storeClient.on("error", () => undefined);
      // Redis away: counting falls back to this node's memory rather than refusing everyone.
      return new RateLimiterRedis({ storeClient, keyPrefix, points, duration, insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }) });
    };
    this.account = make(`${prefix}:account`, settings.failuresPerAccount, settings.windowSeconds);
    this.address = make(`${prefix}:address`, settings.failuresPerAddress, settings.windowSeconds);
    this.signUps = make(`${prefix}:signup`, settings.signUpsPerAddressPerHour, 3600);
  }

  /** Asked before the password is checked: a blocked account's password is not even tried. */
  async checkSignIn(options: { email: string; ip: string }): Promise<LimitDecision> {
    const [account, address] = await Promise.all([this.account.get(options.email), this.address.get(options.ip)]);
    const wait = (res: typeof account) => Math.max(1, Math.ceil((res?.msBeforeNext ?? 0) / 1000));
    if (account && account.consumedPoints >= this.settings.failuresPerAccount) {
      return this.refuse("sign_in_refused_account", options, wait(account), "Too many failed sign-ins for this account.");
    }
    if (address && address.consumedPoints >= this.settings.failuresPerAddress) {
      return this.refuse("sign_in_refused_address", options, wait(address), "Too many failed sign-ins from your network.");
    }
    return { isAllowed: true };
  }

  async recordFailure(options: { email: string; ip: string }): Promise<void> {
    // consume() rejects once over the limit: that is the point, not an error.
    await Promise.all([this.account.consume(options.email).catch(() => undefined), this.address.consume(options.ip).catch(() => undefined)]);
    log.info({ event: "sign_in_failed", account: hashEmail(options.email), ip: options.ip });
  }

  async recordSuccess(options: { email: string }): Promise<void> {
    await this.account.delete(options.email).catch(() => undefined);
  }

  async checkSignUp(options: { ip: string }): Promise<LimitDecision> {
    try {
      await this.signUps.consume(options.ip);
      return { isAllowed: true };
    } catch (res) {
      const seconds = Math.max(1, Math.ceil(((res as { msBeforeNext?: number }).msBeforeNext ?? 0) / 1000));
      log.info({ event: "sign_up_refused", ip: options.ip, retryAfterSeconds: seconds });
      return { isAllowed: false, retryAfterSeconds: seconds, message: `Too many new accounts from your network. Try again in ${describeWait(seconds)}.` };
    }
  }

  private refuse(event: string, options: { email: string; ip: string }, seconds: number, reason: string): LimitDecision {
    log.info({ event, account: hashEmail(options.email), ip: options.ip, retryAfterSeconds: seconds });
    return { isAllowed: false, retryAfterSeconds: seconds, message: `${reason} Try again in ${describeWait(seconds)}.` };
  }
}

// One per process (Next's bundle and the server are separate module graphs).
const KEY = Symbol.for("secondear.sign-in-limits");
type Holder = { [KEY]?: SignInLimits };

export function getSignInLimits(): SignInLimits {
  const holder = globalThis as Holder;
  holder[KEY] ??= new SignInLimits(readSignInLimitSettings(), { redisUrl: process.env.REDIS_URL?.trim() || undefined });
  return holder[KEY];
}

/** The header server/main.ts sets to the client's address (trusted-proxy rule applied), after dropping any sent by the client. */
export const CLIENT_IP_HEADER = "x-secondear-client-ip";
