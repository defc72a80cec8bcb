/** 2 GiB: a two-hour call recorded as 1080p video fits; anything bigger is almost surely a mistake. */
export const DEFAULT_MAX_RECORDING_BYTES = 2 * 1024 ** 3;

/** The upload limit from `MAX_RECORDING_BYTES` (whole bytes); a bad value is a configuration error, said loudly. */
export function getMaxRecordingBytes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.MAX_RECORDING_BYTES?.trim();
  if (!raw) return DEFAULT_MAX_RECORDING_BYTES;
  if (!/^\d+$/.test(raw) || Number(raw) <= 0 || !Number.isSafeInteger(Number(raw))) {
    throw new Error(`MAX_RECORDING_BYTES must be a positive whole number of bytes, got "${raw}"`);
  }
  return Number(raw);
}

/** "2 GB", "500 MB": for messages. */
export function formatBytes(bytes: number): string {
  const units = ["bytes", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit === 0 || value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded} ${units[unit]}`;
}
