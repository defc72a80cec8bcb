/** What a form shows at its input before sending, or null when the text fits (same rule as the server). */
export function describeTooLong(options: { value: string; max: number; what: string }): string | null {
  const length = options.value.trim().length;
  return length > options.max ? `${options.what} is too long: ${length} characters, at most ${options.max}` : null;
}
