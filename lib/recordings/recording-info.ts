/** What the browser learns about a recording (no storage paths). */
export interface RecordingInfo {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  offsetMs: number;
  createdAt: string;
}

export function toRecordingInfo(row: {
  id: string;
  fileName: string;
  mimeType: string;
  size: bigint;
  offsetMs: number;
  createdAt: Date;
}): RecordingInfo {
  return {
    id: row.id,
    fileName: row.fileName,
    mimeType: row.mimeType,
    // exact below 2^53 bytes, far above any upload limit
    size: Number(row.size),
    offsetMs: row.offsetMs,
    createdAt: row.createdAt.toISOString(),
  };
}
