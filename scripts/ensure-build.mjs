import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SOURCES = ["app", "components", "lib", "next.config.ts", "package-lock.json"];

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, child) => {
    if (child === "node_modules" || child === "generated") return newest;
    return Math.max(newest, newestMtime(path.join(entry, child)));
  }, stat.mtimeMs);
}

/** Runs `next build` unless .next holds a build newer than every source file. */
export function ensureBuild() {
  const buildId = ".next/BUILD_ID";
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  if (builtAt > Math.max(...SOURCES.map(newestMtime))) return;
  console.log("Building SecondEar (first start or changed sources)…");
  execFileSync("npx", ["next", "build"], { stdio: "inherit" });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureBuild();
