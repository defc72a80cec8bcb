/** A refusal about recording in the room, with the HTTP status to answer and what the recorder should do next. */
export class CaptureError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 | 413 | 415 | 422,
    readonly detail: { nextSeq?: number } = {},
  ) {
    super(message);
    this.name = "CaptureError";
  }
}
