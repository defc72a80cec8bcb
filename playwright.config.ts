import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./e2e/fixtures/chromium";

const port = Number(process.env.E2E_PORT || 3210);
// Where scripts/e2e-server.mjs records warnings the run must fail on (checked in globalTeardown).
// Set and cleared once, by the runner: its workers load this file again (inheriting the
// variable) after the server is up, and must not wipe what its start-up already recorded.
if (!process.env.E2E_SERVER_WARNINGS) {
  process.env.E2E_SERVER_WARNINGS = path.join(os.tmpdir(), `secondear-e2e-warnings-${port}.log`);
  rmSync(process.env.E2E_SERVER_WARNINGS, { force: true });
}

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  globalTeardown: "./e2e/fixtures/check-server-warnings.ts",
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://localhost:${port}/sign-in`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM, not Playwright's default SIGKILL: scripts/e2e-server.mjs then stops the app and drops its throwaway database.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
