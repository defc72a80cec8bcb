// The lib/ boundary (eslint.config.js): domain code shared by the browser, Next and the sync
// server may not import React, Next, next-auth, Prisma, ws or ioredis; data access under
// lib/<domain>/server/ and the database module may. The generated Prisma client stays in
// lib/db and lib/**/server/ everywhere. Probe files are linted with the project's own
// configuration at paths that do not exist (lintText with filePath), so nothing is written into
// the working tree; removing either rule fails the refusing cases.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const eslint = new ESLint({ cwd: root });
const tag = randomBytes(4).toString("hex");

async function restrictedImports(relative: string, module: string): Promise<string[]> {
  const filePath = path.join(root, relative.replace("PROBE", `boundary-probe-${tag}`));
  expect(await eslint.isPathIgnored(filePath)).toBe(false);
  const [result] = await eslint.lintText(`import * as probe from "${module}";\nexport const used = probe;\n`, { filePath });
  expect(result.fatalErrorCount).toBe(0);
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const FRAMEWORKS = ["react", "react-dom/client", "next", "next/navigation", "next-auth/react", "@prisma/client", "@prisma/client/runtime/library", "ws", "ioredis"];

describe("the lib boundary", () => {
  for (const module of FRAMEWORKS) {
    it(`refuses ${module} in plain lib code`, async () => {
      const messages = await restrictedImports("lib/analysis/PROBE.ts", module);
      expect(messages).toEqual([expect.stringMatching(/lib\/ is shared by the browser, Next and the sync server/)]);
    });
  }

  it("refuses them in lib tests and top-level lib files too", async () => {
    expect(await restrictedImports("lib/report/PROBE.test.ts", "react")).toHaveLength(1);
    expect(await restrictedImports("lib/PROBE.ts", "next/headers")).toHaveLength(1);
  });

  it("allows them in lib/<domain>/server/ and lib/db/", async () => {
    for (const module of FRAMEWORKS) expect(await restrictedImports("lib/analysis/server/PROBE.ts", module)).toEqual([]);
    expect(await restrictedImports("lib/codebook/server/nested/PROBE.ts", "react")).toEqual([]);
    expect(await restrictedImports("lib/db/PROBE.ts", "@prisma/client")).toEqual([]);
  });

  it("leaves the rest of the app alone", async () => {
    expect(await restrictedImports("components/room/PROBE.tsx", "react")).toEqual([]);
    expect(await restrictedImports("server/PROBE.ts", "ws")).toEqual([]);
  });
});

describe("the generated Prisma client", () => {
  for (const [where, file, module] of [
    ["plain lib code", "lib/analysis/PROBE.ts", "../db/generated/client"],
    ["plain lib code, through the @ alias", "lib/report/PROBE.ts", "@/lib/db/generated/client"],
    ["the sync server", "server/PROBE.ts", "../lib/db/generated/client"],
    ["the app", "app/PROBE.ts", "@/lib/db/generated"],
    ["components", "components/room/PROBE.tsx", "@/lib/db/generated/client"],
  ]) {
    it(`is refused in ${where}`, async () => {
      expect(await restrictedImports(file, module)).toEqual([expect.stringMatching(/generated Prisma client/)]);
    });
  }

  it("is allowed in lib/db and lib/<domain>/server/", async () => {
    expect(await restrictedImports("lib/db/PROBE.ts", "./generated/client")).toEqual([]);
    expect(await restrictedImports("lib/codebook/server/PROBE.ts", "../../db/generated/client")).toEqual([]);
  });
});
