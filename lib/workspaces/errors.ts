/** An error whose message is safe and useful to show the user. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: "conflict" | "forbidden" | "not-found" | "invalid" | "expired",
    /** The form field the message is about, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = "UserError";
  }
}
