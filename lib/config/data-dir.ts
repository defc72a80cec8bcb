import path from "node:path";

/** Where the embedded database, secrets and media live (`DATA_DIR`, default ./data). */
export function getDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || "data");
}
