import tseslint from "typescript-eslint";

const GENERATED_CLIENT = {
  group: ["**/db/generated", "**/db/generated/*"],
  message: "The generated Prisma client belongs to lib/db and lib/**/server/ only.",
};

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", "lib/db/generated/", "data/", "test-results/", "playwright-report/", "next-env.d.ts", "**/testdata/", ".tmp*"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The generated Prisma client is the database module's: everywhere else (app/, components/,
    // server/, scripts/, plain lib/) goes through lib/db or a lib/<domain>/server/ function.
    files: ["**/*.{ts,tsx,mts,js,mjs}"],
    ignores: ["lib/**/server/**", "lib/db/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [GENERATED_CLIENT] }] },
  },
  {
    // Domain logic is plain TypeScript shared by the browser, Next and the sync
    // server: no UI framework, database client or network library in lib/,
    // except server-only data access (lib/**/server/) and the database module.
    files: ["lib/**/*.{ts,tsx,mts,js,mjs}"],
    ignores: ["lib/**/server/**", "lib/db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react/*", "react-dom", "react-dom/*", "next", "next/*", "next-auth", "next-auth/*", "@prisma/client", "@prisma/client/*", "ws", "ws/*", "ioredis", "ioredis/*"],
              message: "lib/ is shared by the browser, Next and the sync server: put code that needs this in lib/<domain>/server/, components/ or server/.",
            },
            GENERATED_CLIENT,
          ],
        },
      ],
    },
  },
);
