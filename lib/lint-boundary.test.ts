// The lib/ boundary (eslint.config.js): domain code shared by the browser, Next
// and the sync server may not import React, Next, Prisma, ws or ioredis; data
// access under lib/<domain>/server/ may. Planted files, linted with the
// project's own configuration.
import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const planted: string[] = [];
afterAll(async () => {
  for (const file of planted) await rm(file, { force: true });
  await rm(path.join(root, "lib/analysis/server-boundary-probe"), { recursive: true, force: true });
});

async function lintPlanted(relative: string, source: string) {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, source);
  planted.push(file);
  const [result] = await new ESLint({ cwd: root }).lintFiles([file]);
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("the lib boundary", () => {
  const tag = randomBytes(4).toString("hex");

  for (const module of ["react", "next/navigation", "@prisma/client", "ws", "ioredis"]) {
    it(`refuses ${module} in plain lib code`, async () => {
      const messages = await lintPlanted(`lib/analysis/boundary-probe-${tag}-${module.replace(/\W/g, "-")}.ts`, `import * as probe from "${module}";\nexport const used = probe;\n`);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/lib\/ is shared by the browser, Next and the sync server/);
    });
  }

  it("refuses the generated Prisma client outside lib/db and lib/**/server", async () => {
    const messages = await lintPlanted(`lib/analysis/boundary-probe-${tag}-generated.ts`, `import type * as probe from "../db/generated/client";\nexport type Used = typeof probe;\n`);
    expect(messages).toEqual([expect.stringMatching(/generated Prisma client/)]);
  });

  it("allows the same imports in lib/<domain>/server/", async () => {
    const messages = await lintPlanted(`lib/analysis/server-boundary-probe/server/probe-${tag}.ts`, `import * as probe from "ioredis";\nexport const used = probe;\n`);
    expect(messages).toEqual([]);
  });
});
