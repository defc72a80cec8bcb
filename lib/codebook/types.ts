// Codebook shapes. Kept generic: workspaces may add, rename, re-key or archive codes,
// so nothing downstream (agreement, report) may assume the default keys exist.

import type { Polarity } from "../vocabulary";

export type { Polarity };

/** A step is one interviewing practice; ids are small positive integers (1..4 by default). */
export type StepId = number;

export interface CodeDefinition {
  /** Stable machine key, kebab-case (e.g. "open-question"). Tags refer to codes by key. */
  key: string;
  label: string;
  step: StepId;
  /** "+" done well, "-" a miss. */
  polarity: Polarity;
  description: string;
  /** One key press drops this code on "now": "1".."9" or a single letter. */
  hotkey: string;
  archived?: boolean;
}

export interface StepDefinition {
  id: StepId;
  title: string;
  codes: CodeDefinition[];
}

export interface Codebook {
  steps: StepDefinition[];
}
