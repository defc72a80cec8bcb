import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Loaded by Node at run time, not bundled: native-ish packages (WASM,
  // Postgres drivers), the database client shared with the sync server, and
  // Yjs, which must exist once per process (its constructor checks).
  serverExternalPackages: ["yjs", "ioredis", "pino", "rate-limiter-flexible", "@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "@prisma/client"],
  poweredByHeader: false,
  // `npm run typecheck` (part of `npm test`) checks types; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
