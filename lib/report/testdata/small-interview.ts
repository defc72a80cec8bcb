import { withCharOffsets } from "../../agreement";
import type { Polarity } from "../../vocabulary";
import type { ReportInput, ReportTag } from "../types";

// Eight utterances, four tags by the interviewer, six by the buddy. The expected answers in the
// tests are worked out by hand from this table.
export const utterances = withCharOffsets([
  { id: "u1", speaker: "Alex", role: "interviewer" as const, startMs: 0, endMs: 5000, text: "Thanks for joining. Do you use the app every day?" },
  { id: "u2", speaker: "Sam", role: "customer" as const, startMs: 6000, endMs: 20000, text: "Yes, mostly in the morning when I plan my routes." },
  { id: "u3", speaker: "Alex", role: "interviewer" as const, startMs: 21000, endMs: 25000, text: "Walk me through the last time you planned a route." },
  { id: "u4", speaker: "Sam", role: "customer" as const, startMs: 26000, endMs: 60000, text: "Well, I open the map, then I copy addresses from the email, which is slow." },
  { id: "u5", speaker: "Alex", role: "interviewer" as const, startMs: 61000, endMs: 66000, text: "You know you can import addresses from a CSV, right?" },
  { id: "u6", speaker: "Sam", role: "customer" as const, startMs: 67000, endMs: 80000, text: "Oh, I did not know that. I mostly struggle with the order of stops." },
  { id: "u7", speaker: "Alex", role: "interviewer" as const, startMs: 81000, endMs: 85000, text: "So the order of stops is the hard part?" },
  { id: "u8", speaker: "Sam", role: "customer" as const, startMs: 86000, endMs: 100000, text: "Exactly, it costs me an hour every day." },
]);

const span = (id: string, code: string, step: number, polarity: Polarity, utteranceId: string, note?: string): ReportTag => ({
  id, code, step, polarity, anchor: { kind: "utterances", utteranceIds: [utteranceId] }, ...(note ? { note } : {}),
});
const live = (id: string, code: string, step: number, polarity: Polarity, atMs: number): ReportTag => ({
  id, code, step, polarity, anchor: { kind: "time", atMs },
});

const u5 = utterances[4];
const selected = "import addresses from a CSV";
const from = u5.charStart + u5.text.indexOf(selected);

export const interviewerTags: ReportTag[] = [
  span("i1", "open-question", 1, "+", "u3"),
  span("i2", "paraphrase", 2, "+", "u7"),
  span("i3", "open-question", 1, "+", "u1"), // the buddy calls this one closed
  live("i4", "held-silence", 3, "+", 70000), // 70 s − 3 s lag → u6
];

export const buddyTags: ReportTag[] = [
  span("b1", "open-question", 1, "+", "u3"),
  span("b2", "closed-question", 1, "-", "u1"),
  live("b3", "hot-tip", 2, "-", 64000), // 64 s − 3 s → u5
  live("b4", "paraphrase", 2, "+", 88000), // 85 s: end of u7, nearer than u8
  span("b5", "insight", 4, "+", "u8", 'She said "an hour, every day"\nreal pain'),
  { id: "b6", code: "defending", step: 2, polarity: "-", anchor: { kind: "chars", from, to: from + selected.length }, note: "=not a formula" },
];

export const input: ReportInput = {
  interview: { id: "int-1", title: "Route planning, Sam" },
  interviewer: { name: "Alex" },
  buddy: { name: "Bo" },
  blind: true,
  utterances,
  interviewerTags,
  buddyTags,
  machine: {
    perStep: { 3: [{ label: "Interviewer talk share", value: "18%" }] },
    findings: [{ atMs: 61000, label: "hot-tip phrasing", step: 2, utteranceId: "u5" }],
  },
  momentHref: ({ utteranceId, atMs }) => `/interviews/int-1/room?t=${atMs}&u=${utteranceId}`,
};
