import { strToU8, zipSync } from "fflate";
import { buildProjectXml } from "./build-project-xml";
import type { QdaExport } from "./interview-to-qda";

/** Fixed entry times, so the same interview gives the same bytes. */
const ENTRY_TIME = new Date("2020-01-01T00:00:00Z");

/** The .qdpx archive: project.qde and the sources folder (spec 8.1). */
export function writeQdpx(qda: QdaExport): Uint8Array {
  const entries: Record<string, Uint8Array> = { "project.qde": strToU8(buildProjectXml(qda.project)) };
  for (const [path, text] of Object.entries(qda.files)) entries[path] = strToU8(text);
  return zipSync(entries, { level: 6, mtime: ENTRY_TIME });
}
