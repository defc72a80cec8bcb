// npm run bench:report — time to build the bias-contrast report model for a 2-hour interview
// with 300 tags per person (issue 6 goal: median ≤ 100 ms). Deterministic data (seeded PRNG),
// so runs are comparable across machines and commits.
import { withCharOffsets } from "../lib/agreement";
import { DEFAULT_CODEBOOK, listCodes } from "../lib/codebook";
import { buildReport, toCsv, toJson, toMarkdown, type ReportInput, type ReportTag } from "../lib/report";

const DURATION_MS = 2 * 60 * 60 * 1000;
const TAGS_PER_PERSON = 300;
const RUNS = 41;

// mulberry32: tiny, fast, good enough for synthetic data.
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeInput(): ReportInput {
  const random = rng(42);
  const raw = [];
  for (let t = 0, i = 0; t < DURATION_MS; i++) {
    const interviewer = i % 2 === 0;
    const length = interviewer ? 1500 + random() * 3500 : 3000 + random() * 9000;
    const words = Math.round(length / 400);
    raw.push({
      id: `u${i}`, speaker: interviewer ? "Alex" : "Sam", role: interviewer ? ("interviewer" as const) : ("customer" as const),
      startMs: Math.round(t), endMs: Math.round(t + length), text: Array.from({ length: words }, (_, w) => `word${w}`).join(" "),
    });
    t += length + 300 + random() * 1500;
  }
  const utterances = withCharOffsets(raw);
  const codes = listCodes(DEFAULT_CODEBOOK);
  const tag = (id: string, at: number, code = codes[Math.floor(random() * codes.length)]): ReportTag => {
    const u = utterances[Math.min(utterances.length - 1, Math.floor((at / DURATION_MS) * utterances.length))];
    const base = { id, code: code.key, step: code.step, polarity: code.polarity };
    const kind = random();
    if (kind < 0.5) return { ...base, anchor: { kind: "time", atMs: Math.round(at) } };
    if (kind < 0.8) return { ...base, anchor: { kind: "utterances", utteranceIds: [u.id] } };
    return { ...base, anchor: { kind: "chars", from: u.charStart, to: u.charEnd } };
  };
  const interviewerTags = Array.from({ length: TAGS_PER_PERSON }, (_, i) => tag(`i${i}`, random() * DURATION_MS));
  // The buddy sees ~60% of the same moments a few seconds apart, often with the same code.
  const buddyTags = Array.from({ length: TAGS_PER_PERSON }, (_, i) => {
    const source = interviewerTags[i];
    if (random() < 0.6 && source.anchor.kind === "time") {
      const same = random() < 0.7 ? codes.find((c) => c.key === source.code) : undefined;
      return tag(`b${i}`, source.anchor.atMs + (random() - 0.5) * 8000, same);
    }
    return tag(`b${i}`, random() * DURATION_MS);
  });
  return {
    interview: { id: "bench", title: "Two-hour benchmark interview" },
    interviewer: { name: "Alex" }, buddy: { name: "Bo" }, blind: true,
    utterances, interviewerTags, buddyTags,
    machine: { findings: Array.from({ length: 200 }, (_, i) => ({ atMs: Math.round(random() * DURATION_MS), label: `finding ${i}` })) },
  };
}

const input = makeInput();
const times: number[] = [];
let report = buildReport(input); // warm-up (JIT)
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  report = buildReport(input);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const exportStart = performance.now();
const bytes = toMarkdown(report).length + toCsv(report).length + toJson(report).length;
const exportMs = performance.now() - exportStart;

console.log(`bench:report — ${input.utterances.length} utterances over 2 h, ${TAGS_PER_PERSON} tags per person, ${RUNS} runs`);
console.log(`buildReport median ${median.toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)}); goal ≤ 100 ms: ${median <= 100 ? "met" : "MISSED"}`);
console.log(`exports (md + csv + json, ${(bytes / 1024).toFixed(0)} KiB) ${exportMs.toFixed(1)} ms`);
console.log(`blind spots ${report.blindSpots.onlyBuddy.length} / ${report.blindSpots.onlyInterviewer.length}, disagreements ${report.disagreements.list.length}, overall kappa ${report.agreement.overall.coefficients[1].coefficient.value?.toFixed(3) ?? "n/a"}`);
