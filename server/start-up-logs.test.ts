import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { formatLogLine } from "./format-log-line";

// What `npm start` prints, in a real process: through a pseudo-terminal (`script`, as a person
// at a terminal sees it) and through a pipe (as a log collector reads it).
const SCRIPT = [
  'import { logger } from "./server/logger.ts";',
  'import { logDemoAccounts } from "./server/boot.ts";',
  'logger.info({ event: "listening", port: 3000, database: "pglite" }, "SecondEar is ready on http://localhost:3000 (pglite database)");',
  "logDemoAccounts();",
  'logger.warn({ event: "upload_cleanup_failed", error: "EACCES" }, "Could not clean up uploads");',
].join("\n");
const env = { ...process.env, LOG_LEVEL: "info", SEED_DEMO: "1", VITEST: "" };
const command = [process.execPath, "--import", "tsx", "--input-type=module", "-e", SCRIPT];

describe("start-up logs", () => {
  it("on a terminal: the URL and the demo accounts as plain lines, a warning with its fields", () => {
    const quoted = command.map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(" ");
    const out = execFileSync("script", ["-qec", quoted, "/dev/null"], { env, encoding: "utf8" });
    const lines = out.replace(/\x1b\[[0-9;]*m/g, "").split(/\r?\n/).filter(Boolean);
    expect(lines).toEqual([
      expect.stringMatching(/^\[\d\d:\d\d:\d\d\] INFO: SecondEar is ready on http:\/\/localhost:3000 \(pglite database\)$/),
      expect.stringMatching(/^\[\d\d:\d\d:\d\d\] INFO: Sign in as demo@secondear\.local or buddy@secondear\.local, password secondear-demo$/),
      expect.stringMatching(/^\[\d\d:\d\d:\d\d\] WARN: Could not clean up uploads \(upload_cleanup_failed error=EACCES\)$/),
    ]);
  });

  it("through a pipe: one JSON object per line, with the fields", () => {
    const out = execFileSync(command[0], command.slice(1), { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const lines = out.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.event, l.msg])).toEqual([
      ["listening", "SecondEar is ready on http://localhost:3000 (pglite database)"],
      ["demo_accounts", "Sign in as demo@secondear.local or buddy@secondear.local, password secondear-demo"],
      ["upload_cleanup_failed", "Could not clean up uploads"],
    ]);
    expect(lines[1].accounts).toEqual(["demo@secondear.local", "buddy@secondear.local"]);
  });

  it("formats a line as a sentence, fields only where they help", () => {
    expect(formatLogLine({ level: 30, msg: "Seeded the demo workspace.", event: "demo_seeded" })).toBe("Seeded the demo workspace.");
    expect(formatLogLine({ level: 30, event: "warmed_up", ms: 1893 })).toBe("warmed_up ms=1893");
    expect(formatLogLine({ level: 50, msg: "Shutdown failed", event: "shutdown_failed", error: "boom" })).toBe("Shutdown failed (shutdown_failed error=boom)");
  });
});
