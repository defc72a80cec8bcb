// A bounded warning list: a broken 20 MB file must not produce a million
// warnings, but the first few must name their lines.
import { MAX_WARNINGS } from "./limits";
import type { TranscriptWarning } from "./types";

export class WarningList {
  readonly items: TranscriptWarning[] = [];
  private dropped = 0;

  add(message: string, line?: number): void {
    if (this.items.length >= MAX_WARNINGS) {
      this.dropped++;
      return;
    }
    this.items.push(line === undefined ? { message } : { line, message: `line ${line}: ${message}` });
  }

  /** The list, with a closing "and N more" when some were dropped. */
  toArray(): TranscriptWarning[] {
    return this.dropped ? [...this.items, { message: `and ${this.dropped} more warnings` }] : [...this.items];
  }
}
