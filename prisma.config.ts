// The Prisma CLI runs on WebAssembly here (no engine downloads): an in-memory
// PGlite adapter is enough for `generate` and `migrate diff`.
import { PGlite } from "@electric-sql/pglite";
import { defineConfig } from "prisma/config";
import { createPgliteAdapter } from "./lib/db/pglite-adapter";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => createPgliteAdapter(new PGlite()),
});
