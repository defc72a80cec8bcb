/** An error whose message is safe and useful to show the user. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: "conflict" | "forbidden" | "not-found" | "invalid" | "expired",
  ) {
    super(message);
    this.name = "UserError";
  }
}
