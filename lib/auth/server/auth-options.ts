import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../../db/get-db";
import { CLIENT_IP_HEADER, getSignInLimits } from "./sign-in-limits";
import { signInWithLimits } from "./sign-in-with-limits";
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
        // An Error thrown here reaches the form as signIn()'s `error`: the limits' message says when to try again.
        authorize: async (credentials, request) => {
          const header = request?.headers?.[CLIENT_IP_HEADER];
          const ip = (Array.isArray(header) ? header[0] : header) || "unknown";
          return signInWithLimits({ db: await getDb(), input: credentials, ip, limits: getSignInLimits() });
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
