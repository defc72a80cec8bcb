import type { Report } from "./types";

/** The whole report model; `format` names the schema so consumers can detect future changes. */
export function toJson(report: Report): string {
  return `${JSON.stringify({ format: "secondear-report/1", ...report }, null, 2)}\n`;
}
