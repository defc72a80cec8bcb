import type { CodeDefinition, Codebook, Polarity, StepDefinition } from "./types";

// The four practices and fifteen codes from the product brief (DESIGN.md).
// Hotkeys: digits for the first nine codes (steps 1-3 in reading order), then mnemonic letters,
// so the codes a buddy needs most during a live call sit on the number row.

function code(
  step: number,
  key: string,
  label: string,
  polarity: Polarity,
  hotkey: string,
  description: string,
): CodeDefinition {
  return { key, label, step, polarity, hotkey, description };
}

const steps: StepDefinition[] = [
  {
    id: 1,
    title: "Stick to open-ended questions",
    codes: [
      code(1, "open-question", "Open question", "+", "1",
        "Invites a description of the customer's world: \"walk me through…\", \"how do you…\", \"tell me about the last time…\"."),
      code(1, "closed-question", "Closed question", "-", "2",
        "Answerable by yes/no: \"do you…\", \"is it…\", \"would you…\"."),
      code(1, "leading-question", "Leading question", "-", "3",
        "Suggests the answer or our solution: \"would it be better if…\", \"would you have liked…\", \"don't you think…\"."),
      code(1, "solution-first", "Solution first", "-", "4",
        "Asks about our solution before the customer has described their current workaround."),
    ],
  },
  {
    id: 2,
    title: "Listen with empathy",
    codes: [
      code(2, "paraphrase", "Paraphrase", "+", "5",
        "Reflects back what the customer said, in the interviewer's words."),
      code(2, "probing-question", "Probing question", "+", "6",
        "An open follow-up that digs into what was just said."),
      code(2, "hot-tip", "Hot tip", "-", "7",
        "Teaches or \"enables\" the customer on the current product instead of listening."),
      code(2, "defending", "Defending", "-", "8",
        "Explains why the product is the way it is, or why the customer is wrong."),
    ],
  },
  {
    id: 3,
    title: "Speak as little as possible",
    codes: [
      code(3, "held-silence", "Held silence", "+", "9",
        "Let a pause stand; the customer went on and went deeper."),
      code(3, "interruption", "Interruption", "-", "i",
        "Cut the customer off mid-thought."),
      code(3, "filled-silence", "Filled silence", "-", "f",
        "Filled a pause that would have invited reflection."),
      code(3, "chatty-back-and-forth", "Chatty back-and-forth", "-", "c",
        "Small conversational turns that break the customer's storytelling flow."),
    ],
  },
  {
    id: 4,
    title: "Use the buddy system",
    codes: [
      code(4, "missed-follow-up", "Missed follow-up", "-", "m",
        "Something worth digging into that nobody followed up."),
      code(4, "insight", "Insight", "+", "j",
        "Real, juicy feedback about the real problem."),
      code(4, "course-correction", "Course correction", "+", "r",
        "The interviewer corrected course after a nudge from the buddy."),
    ],
  },
];

export const DEFAULT_CODEBOOK: Codebook = { steps };
