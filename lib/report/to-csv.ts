import { formatTime } from "./format-time";
import type { Report } from "./types";

export const CSV_COLUMNS = ["who", "name", "code", "label", "step", "polarity", "utterance", "time", "time_ms", "speaker", "quote", "note"] as const;

/** Every tag as RFC 4180 CSV (CRLF line ends, fields quoted when they hold , " CR or LF). */
export function toCsv(report: Report): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const t of report.tags) {
    lines.push(
      [
        t.who, t.name, t.code, t.label, String(t.step), t.polarity, t.utteranceId ?? "",
        t.atMs === null ? "" : formatTime(t.atMs), t.atMs === null ? "" : String(t.atMs),
        t.speaker, t.quote, t.note,
      ].map((value, i) => csvField(value, FREE_TEXT.has(CSV_COLUMNS[i]))).join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

// Columns typed by people. A spreadsheet runs a cell starting with = + - @ as a formula, so
// those get a leading apostrophe (OWASP "CSV injection"); codes and numbers are ours and stay exact.
const FREE_TEXT = new Set<string>(["name", "label", "speaker", "quote", "note"]);

export function csvField(value: string, freeText = false): string {
  const safe = freeText && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
