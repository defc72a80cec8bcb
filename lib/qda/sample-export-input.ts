import { withCharOffsets } from "../agreement";
import { DEFAULT_CODEBOOK } from "../codebook";
import { getStepColor } from "../codebook/step-colors";
import type { QdaExportInput, QdaExportTag } from "./interview-to-qda";

// A realistic small interview for tests: accents, emoji and CJK in the words (so code-point
// positions differ from UTF-16 ones), two coders, span, live and note-carrying tags, a recording.

const LINES = [
  { speaker: "Zoë Müller", startMs: 0, endMs: 4000, text: "Walk me through the last time you planned a route 🚚." },
  { speaker: "Søren", startMs: 4000, endMs: 12000, text: "Last Tuesday I had forty stops — and a broken van 😩, so I called 田中さん." },
  { speaker: "Zoë Müller", startMs: 12000, endMs: 15000, text: "Would it be better if the app did it for you?" },
  { speaker: "Søren", startMs: 15000, endMs: 30000, text: "I rebuilt the whole plan by hand in a spreadsheet, café open at 5 a.m. 𠀋 no joke." },
];

export const SAMPLE_UTTERANCES = withCharOffsets(LINES.map((l, i) => ({ id: String(i), ...l })));

/** A span tag over `words` of utterance `index`, as the report anchors it (chars over the joined texts). */
export function spanOver(index: number, words: string): QdaExportTag["anchor"] {
  const u = SAMPLE_UTTERANCES[index];
  const at = u.text.indexOf(words);
  if (at < 0) throw new Error(`“${words}” is not in utterance ${index}`);
  return { kind: "chars", from: u.charStart + at, to: u.charStart + at + words.length };
}

export function sampleExportInput(overrides: Partial<QdaExportInput> = {}): QdaExportInput {
  return {
    interview: { id: "interview0001", title: "Route planning at Acme — été 2026", workspaceId: "workspace0001" },
    utterances: SAMPLE_UTTERANCES,
    people: [
      {
        userId: "userzoe00001",
        name: "Zoë Müller",
        email: "zoe@example.test",
        tags: [
          { id: "z1", code: "open-question", anchor: spanOver(0, "Walk me through the last time"), createdAt: Date.UTC(2026, 0, 5, 10) },
          { id: "z2", code: "held-silence", anchor: { kind: "time", atMs: 20_000 }, note: "let it breathe ☕", createdAt: Date.UTC(2026, 0, 5, 10, 1) },
          { id: "z3", code: "insight", anchor: spanOver(1, "broken van 😩, so I called 田中さん"), createdAt: Date.UTC(2026, 0, 5, 10, 2) },
        ],
      },
      {
        userId: "usersoren001",
        name: "Bo <Buddy> & Co",
        tags: [
          { id: "b1", code: "leading-question", anchor: spanOver(2, "Would it be better if"), note: "classic “leading” one" },
          { id: "b2", code: "open-question", anchor: spanOver(0, "Walk me through the last time you planned a route 🚚") },
          { id: "b3", code: "insight", anchor: spanOver(3, "café open at 5 a.m. 𠀋 no joke") },
        ],
      },
    ],
    steps: DEFAULT_CODEBOOK.steps.map((s) => ({ id: s.id, title: s.title, color: getStepColor(s.id) })),
    codes: DEFAULT_CODEBOOK.steps.flatMap((s) => s.codes.map((c) => ({ key: c.key, label: c.label, step: s.id, color: getStepColor(s.id), description: c.description }))),
    recording: { fileName: "acme call.m4a", mimeType: "audio/mp4", offsetMs: 0 },
    reactionLagMs: 3000,
    exportedAt: "2026-01-06T09:00:00.000Z",
    exportedByUserId: "userzoe00001",
    ...overrides,
  };
}
