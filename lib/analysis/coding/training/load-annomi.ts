import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { customerReplyAfter } from "../customer-reply-after";
import { customerTurnsBefore } from "../customer-turns-before";

// The expert-coded conversations live outside the repository (see the data
// folder's README): ANNOMI_DIR, or ../shared/testdata/annomi-dev beside the checkout.
const DEFAULT_DIR = fileURLToPath(new URL("../../../../../shared/testdata/annomi-dev", import.meta.url));

const utterance = z.object({
  id: z.number(),
  speaker: z.enum(["therapist", "client"]),
  text: z.string(),
  question: z.enum(["none", "open", "closed"]).optional(),
  reflection: z.enum(["none", "simple", "complex"]).optional(),
});
const transcript = z.object({ transcript_id: z.number(), utterances: z.array(utterance) });

export type QuestionLabel = "none" | "open" | "closed";
export type ReflectionLabel = "none" | "simple" | "complex";

/** One interviewer utterance with the customer's turns just before it and the reply after it. */
export interface CodedUtterance {
  conversation: number;
  text: string;
  before: string[];
  /** The customer's reply (the next utterance, if theirs), null if the interviewer spoke next; absent where not known (single composed lines). */
  after?: string | null;
  question: QuestionLabel;
  reflection: ReflectionLabel;
}

export function annomiDir(): string {
  return process.env.ANNOMI_DIR ?? DEFAULT_DIR;
}

export function annomiFile(): string | null {
  const file = `${annomiDir()}/transcripts.jsonl`;
  return existsSync(file) ? file : null;
}

/** Read the data set; a malformed line is reported with its line number. */
export function loadAnnomi(file: string): CodedUtterance[] {
  const out: CodedUtterance[] = [];
  readFileSync(file, "utf8").split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const parsed = transcript.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0].path.join(".")}: ${parsed.error.issues[0].message}`);
    const us = parsed.data.utterances;
    const turns = us.map((x) => ({ isCustomer: x.speaker === "client", text: x.text }));
    us.forEach((u, k) => {
      if (u.speaker !== "therapist") return;
      const reply = customerReplyAfter(turns, k);
      out.push({
        conversation: parsed.data.transcript_id,
        text: u.text,
        before: customerTurnsBefore(turns, k),
        after: reply === null ? null : us[reply].text,
        question: u.question ?? "none",
        reflection: u.reflection ?? "none",
      });
    });
  });
  return out;
}
