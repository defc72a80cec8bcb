/** A refusal whose message is safe to show, with the HTTP status a route should answer. */
export class RecordingError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 413 | 415,
  ) {
    super(message);
    this.name = "RecordingError";
  }
}
