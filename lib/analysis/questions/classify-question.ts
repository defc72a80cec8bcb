import type { QuestionKind } from "../types";
import { QUESTION_RULES } from "./question-rules";
import type { QuestionReading } from "./read-question";

export interface Classification {
  kind: QuestionKind;
  rule: string;
  reason: string;
}

/** Apply the ordered rules; the first match decides and is reported. */
export function classifyQuestion(reading: QuestionReading): Classification {
  for (const rule of QUESTION_RULES) {
    if (rule.forms && !rule.forms.includes(reading.form)) continue;
    if (rule.test(reading)) return { kind: rule.kind, rule: rule.id, reason: rule.reason };
  }
  // Unreachable: open.what / closed.declarative catch every form. Kept for type safety.
  return { kind: "closed", rule: "closed.default", reason: "no rule matched" };
}
