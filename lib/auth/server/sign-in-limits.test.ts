import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword } from "../password";
import { getTestDatabaseTargets } from "../../testing/test-databases";
import { SignInLimits, type SignInLimitSettings } from "./sign-in-limits";
import { SignInRefused, signInWithLimits } from "./sign-in-with-limits";

const SETTINGS: SignInLimitSettings = { failuresPerAccount: 10, failuresPerAddress: 50, windowSeconds: 2, signUpsPerAddressPerHour: 3 };
const limits = (settings: Partial<SignInLimitSettings> = {}) =>
  new SignInLimits({ ...SETTINGS, ...settings }, { keyPrefix: `test:${randomBytes(4).toString("hex")}` });

describe.each(getTestDatabaseTargets())("sign-in limits on $name", (target) => {
  async function setup() {
    const db = await target.open();
    const passwordHash = await hashPassword("the-right-password");
    await db.prisma.user.create({ data: { email: "ana@x.test", name: "Ana", passwordHash } });
    await db.prisma.user.create({ data: { email: "bo@x.test", name: "Bo", passwordHash } });
    return db;
  }

  it("20 wrong passwords lock the account: even the right one is refused, with when to retry; other accounts are not", async () => {
    const db = await setup();
    try {
      const guard = limits({ windowSeconds: 120 });
      const signIn = (email: string, password: string, ip = "203.0.113.7") => signInWithLimits({ db: db.prisma, input: { email, password }, ip, limits: guard });
      const outcomes: string[] = [];
      for (let i = 0; i < 20; i++) {
        outcomes.push(await signIn("ana@x.test", `guess-${i}`).then((user) => (user ? "in" : "wrong"), (error: Error) => error.constructor.name));
      }
      // Ten plain failures, then refusals without checking the password.
      expect(outcomes).toEqual([...Array(10).fill("wrong"), ...Array(10).fill("SignInRefused")]);
      await expect(signIn("ana@x.test", "the-right-password")).rejects.toThrow(/Too many failed sign-ins for this account\. Try again in 2 minutes\./);
      await expect(signIn("ANA@x.test ", "the-right-password")).rejects.toBeInstanceOf(SignInRefused);
      // Another account from the same address is not locked out (the address is under its own limit).
      expect(await signIn("bo@x.test", "the-right-password")).toMatchObject({ email: "bo@x.test" });
    } finally {
      await db.drop();
    }
  });

  it("once the window passes, the right password works again and clears the count", async () => {
    const db = await setup();
    try {
      const guard = limits({ windowSeconds: 1 });
      const at = { email: "ana@x.test", ip: "203.0.113.8" };
      for (let i = 0; i < 10; i++) await guard.recordFailure(at);
      const signIn = () => signInWithLimits({ db: db.prisma, input: { email: at.email, password: "the-right-password" }, ip: at.ip, limits: guard });
      await expect(signIn()).rejects.toThrow(/Try again in 1 second\./);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect(await signIn()).toMatchObject({ email: "ana@x.test" });
      expect(await guard.checkSignIn(at)).toEqual({ isAllowed: true });
    } finally {
      await db.drop();
    }
  });

  it("many accounts guessed from one address lock that address, not others", async () => {
    const db = await setup();
    try {
      const guard = limits({ failuresPerAddress: 5 });
      for (let i = 0; i < 5; i++) {
        expect(await signInWithLimits({ db: db.prisma, input: { email: `nobody${i}@x.test`, password: "x" }, ip: "198.51.100.1", limits: guard })).toBeNull();
      }
      await expect(signInWithLimits({ db: db.prisma, input: { email: "bo@x.test", password: "the-right-password" }, ip: "198.51.100.1", limits: guard })).rejects.toThrow(/from your network/);
      expect(await signInWithLimits({ db: db.prisma, input: { email: "bo@x.test", password: "the-right-password" }, ip: "198.51.100.2", limits: guard })).toMatchObject({ name: "Bo" });
    } finally {
      await db.drop();
    }
  });
});

describe("sign-up limits", () => {
  it("refuses more sign-ups from one address than allowed per hour, saying when to retry", async () => {
    const guard = limits();
    for (let i = 0; i < 3; i++) expect(await guard.checkSignUp({ ip: "192.0.2.9" })).toEqual({ isAllowed: true });
    expect(await guard.checkSignUp({ ip: "192.0.2.9" })).toMatchObject({ isAllowed: false, message: expect.stringMatching(/Try again in \d+ minutes/) });
    expect(await guard.checkSignUp({ ip: "192.0.2.10" })).toEqual({ isAllowed: true });
  });
});
