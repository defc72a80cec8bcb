import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../../db/get-db";
import { readClientIp } from "./client-ip-header";
import { getSignInLimits } from "./sign-in-limits";
import { SignInRefused, signInWithLimits } from "./sign-in-with-limits";
import { getAuthSecret } from "../auth-secret";
import { endSession } from "./end-session";

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;

export function getAuthOptions(): NextAuthOptions {
  return {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        // An Error thrown here reaches the form as signIn()'s `error`, message and all: the limits' says when to
        // try again; any other is replaced, so no internal message (a database's, Redis') reaches the browser.
        authorize: async (credentials, request) => {
          try {
            return await signInWithLimits({ db: await getDb(), input: credentials, ip: readClientIp(request?.headers), limits: getSignInLimits() });
          } catch (error) {
            if (error instanceof SignInRefused) throw error;
            console.error("SecondEar: sign-in failed", error);
            throw new Error("Signing in is not possible right now. Try again in a moment.");
          }
        },
      }),
    ],
    callbacks: {
      jwt: ({ token, user }) => {
        if (user) {
          token.sub = user.id;
          // One id per sign-in: signing out ends this browser's session (and its sockets), not the others'.
          token.sid = randomUUID();
        }
        return token;
      },
      session: ({ session, token }) => ({ ...session, user: { ...session.user, id: token.sub }, sessionId: token.sid }),
    },
    events: {
      signOut: async ({ token }) => {
        if (typeof token?.sid !== "string" || typeof token.sub !== "string") return;
        const expiresAt = new Date(typeof token.exp === "number" ? token.exp * 1000 : Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
        await endSession({ db: await getDb(), sessionId: token.sid, userId: token.sub, expiresAt });
      },
    },
  };
}
