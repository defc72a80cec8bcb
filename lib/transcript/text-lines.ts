// Line splitting shared by every format. NUL becomes U+FFFD (WebVTT spec's
// preprocessing; harmless elsewhere), and CRLF, bare CR and LF all end a line
// because old Mac tools and some SRT exporters still write bare CR.
export function splitLines(text: string): string[] {
  return text.replace(/\0/g, "\uFFFD").split(/\r\n|\r|\n/);
}
