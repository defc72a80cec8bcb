import type { RecordingInfo } from "@/lib/recordings/recording-info";

/**
 * Sends the file as the raw request body (the server streams it to disk).
 * XMLHttpRequest rather than fetch: only it reports upload progress.
 */
export function uploadRecording(options: {
  interviewId: string;
  file: File;
  onProgress: (fraction: number) => void;
}): { done: Promise<RecordingInfo>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<RecordingInfo>((resolve, reject) => {
    xhr.open("POST", `/api/interviews/${encodeURIComponent(options.interviewId)}/recording`);
    xhr.setRequestHeader("x-file-name", encodeURIComponent(options.file.name));
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as { recording?: RecordingInfo; error?: string } | null;
      if (xhr.status === 201 && body?.recording) resolve(body.recording);
      else reject(new Error(body?.error ?? `The upload failed (HTTP ${xhr.status})`));
    };
    xhr.onerror = () => reject(new Error("The upload was interrupted; check your connection and try again"));
    xhr.onabort = () => reject(new Error("Upload cancelled"));
    xhr.send(options.file);
  });
  return { done, abort: () => xhr.abort() };
}
