/** Only same-site paths: an open redirect after sign-in would be a phishing aid. */
export function safeCallbackUrl(raw: string | string[] | undefined, fallback = "/interviews"): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
