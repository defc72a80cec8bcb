// How a log line reads on a terminal: the message alone, as a sentence (the fields are for log
// collectors, which get JSON); warnings and errors add their fields, and a line without a
// message shows its event and fields.

const HIDDEN = new Set(["level", "time", "pid", "hostname", "service", "msg", "event"]);

export function formatLogLine(log: Record<string, unknown>, messageKey = "msg"): string {
  const message = typeof log[messageKey] === "string" ? (log[messageKey] as string) : "";
  const fields = Object.entries(log)
    .filter(([key]) => !HIDDEN.has(key) && key !== messageKey)
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
  const isProblem = typeof log.level === "number" && log.level >= 40;
  if (message && !isProblem) return message;
  const detail = [typeof log.event === "string" ? log.event : "", ...fields].filter(Boolean).join(" ");
  if (!message) return detail;
  return detail ? `${message} (${detail})` : message;
}
