import { ZodError } from "zod";
import { CaptureError } from "../capture-errors";
import { WebmError } from "../set-webm-duration";

/** The answer a capture route sends for a refusal; anything else is a bug and propagates. */
export function refuseCapture(error: unknown): Response {
  if (error instanceof CaptureError) return Response.json({ error: error.message, ...error.detail }, { status: error.status });
  if (error instanceof ZodError) return Response.json({ error: error.issues[0]?.message ?? "Invalid request" }, { status: 400 });
  if (error instanceof WebmError) return Response.json({ error: `The recording could not be finished: ${error.message}` }, { status: 422 });
  throw error;
}
