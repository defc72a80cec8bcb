import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script, no types
import { findChromium } from "./ensure-browser.mjs";

const present = (...paths: string[]) => (path: string) => paths.includes(path);

describe("finding a Chromium for the end-to-end tests", () => {
  it("takes CHROMIUM_PATH when set, and only if it exists", () => {
    expect(findChromium({ env: { CHROMIUM_PATH: "/opt/chrome" }, exists: present("/opt/chrome", "/usr/bin/chromium"), playwrightPath: () => null })).toBe("/opt/chrome");
    expect(findChromium({ env: { CHROMIUM_PATH: "/opt/chrome" }, exists: present("/usr/bin/chromium"), playwrightPath: () => null })).toBeNull();
  });

  it("else a system Chromium (Debian's, Ubuntu's, Chrome), else Playwright's own download, else none", () => {
    expect(findChromium({ env: {}, exists: present("/usr/bin/chromium-browser"), playwrightPath: () => "/cache/chrome" })).toBe("/usr/bin/chromium-browser");
    expect(findChromium({ env: {}, exists: present("/cache/chrome"), playwrightPath: () => "/cache/chrome" })).toBe("/cache/chrome");
    expect(findChromium({ env: {}, exists: present(), playwrightPath: () => "/cache/chrome" })).toBeNull();
  });
});
