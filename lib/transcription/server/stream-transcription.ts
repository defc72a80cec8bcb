import "server-only";
import type { TranscriptionSettings } from "../settings";
import { transcribeRecording } from "../transcribe-recording";

/** One JSON object per line: `progress` while pieces are sent, then `done` with the utterances, or `error`. */
export function streamTranscription(options: { settings: TranscriptionSettings; wav: Uint8Array }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const result = await transcribeRecording({ ...options, onProgress: (progress) => send({ type: "progress", ...progress }) });
        send({ type: "done", utterances: result.utterances, durationMs: result.durationMs });
      } catch (error) {
        send({ type: "error", message: (error as Error).message });
      }
      controller.close();
    },
  });
}
