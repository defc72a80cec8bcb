// Before the end-to-end tests: a Chromium Playwright can drive, or one line
// saying what to install (instead of Playwright's stack trace about a missing
// browser). On Debian/Ubuntu as root it installs the `chromium` package, as CI does.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
export const INSTALL_HINT =
  "The end-to-end tests need Chromium: install it (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere `npx playwright install chromium`) or set CHROMIUM_PATH to a Chrome or Chromium binary.";

/** The browser the tests will use: CHROMIUM_PATH, a system Chromium, or Playwright's own download; null when there is none. */
export function findChromium({ env = process.env, exists = existsSync, playwrightPath = bundledChromium } = {}) {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  const system = SYSTEM_CHROMIUMS.find((candidate) => exists(candidate));
  if (system) return system;
  const bundled = playwrightPath();
  return bundled && exists(bundled) ? bundled : null;
}

function bundledChromium() {
  try {
    return createRequire(import.meta.url)("playwright-core").chromium.executablePath();
  } catch {
    return null;
  }
}

function canInstallWithApt() {
  return process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
    console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist. ${INSTALL_HINT}`);
    process.exit(1);
  }
  if (!findChromium()) {
    if (!canInstallWithApt()) {
      console.error(INSTALL_HINT);
      process.exit(1);
    }
    console.log("No Chromium found: installing Debian's chromium package (apt-get install chromium)…");
    try {
      execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
      execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    } catch {
      console.error(`Installing chromium failed. ${INSTALL_HINT}`);
      process.exit(1);
    }
    if (!findChromium()) {
      console.error(`chromium was installed but not found. ${INSTALL_HINT}`);
      process.exit(1);
    }
  }
}
