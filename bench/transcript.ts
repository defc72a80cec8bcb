// `npm run bench:transcript`: parse a generated 2-hour interview (1,500 cues,
// ~18,000 words) in every supported format and print the median parse time
// (goal: ≤ 100 ms per format). Seeded, so every run measures the same input.
import { parseTranscript } from "../lib/transcript/parse-transcript";
import { toSecondEarJson } from "../lib/transcript/secondear-json";
import type { TranscriptFormat } from "../lib/transcript/types";

const CUES = 1500;
const DURATION_MS = 2 * 60 * 60 * 1000;
const RUNS = 15;
const GOAL_MS = 100;
const WORDS = "so the export takes most of my morning because totals never match and I check every invoice by hand then paste them into a spreadsheet which honestly nobody owns after the plugin broke".split(" ");
const SPEAKERS = ["Ana Ruiz", "Sam Lee"];

function rng(seed: number): () => number {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

interface Cue { speaker: string; startMs: number; endMs: number; text: string }

function generate(): Cue[] {
  const random = rng(42);
  const slot = DURATION_MS / CUES;
  let speaker = 0;
  return Array.from({ length: CUES }, (_, i) => {
    if (random() < 0.3) speaker = 1 - speaker; // turns span several cues, so merging is exercised
    const words = Array.from({ length: 12 }, () => WORDS[Math.floor(random() * WORDS.length)]);
    const startMs = Math.round(i * slot);
    return { speaker: SPEAKERS[speaker], startMs, endMs: Math.round(startMs + slot * 0.9), text: words.join(" ") };
  });
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const hms = (ms: number, sep = ".") => `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${sep}${pad(ms % 1000, 3)}`;
const teamsTime = (ms: number) => `${Math.floor(ms / 3_600_000)}:${Math.floor(ms / 60_000) % 60}:${Math.floor(ms / 1000) % 60}.${ms % 1000}`;
// Otter writes m:ss, and h:mm:ss from the first hour on.
const otterTime = (ms: number) => (ms >= 3_600_000 ? `${Math.floor(ms / 3_600_000)}:${pad(Math.floor(ms / 60_000) % 60)}` : `${Math.floor(ms / 60_000)}`) + `:${pad(Math.floor(ms / 1000) % 60)}`;

function render(cues: Cue[]): Record<TranscriptFormat, string> {
  const vttBody = (text: (c: Cue) => string, time = hms) => cues.map((c, i) => `${i + 1}\n${time(c.startMs)} --> ${time(c.endMs)}\n${text(c)}`).join("\n\n");
  return {
    vtt: `WEBVTT\n\n${vttBody((c) => `<i>${c.text}</i>`)}\n`,
    zoom: `WEBVTT\n\n${vttBody((c) => `${c.speaker}: ${c.text}`)}\n`,
    teams: `WEBVTT\r\n\r\n${vttBody((c) => `<v ${c.speaker}>${c.text}</v>`, teamsTime).replace(/\n/g, "\r\n")}\r\n`,
    meet: `Interview - Transcript\n${cues.map((c, i) => `${i % 100 === 0 ? `${hms(c.startMs).slice(0, 8)}\n\n` : ""}${c.speaker}: ${c.text}`).join("\n")}\n`,
    srt: `\ufeff${cues.map((c, i) => `${i + 1}\r\n${hms(c.startMs, ",")} --> ${hms(c.endMs, ",")}\r\n>> ${c.speaker.toUpperCase()}: ${c.text}`).join("\r\n\r\n")}\r\n`,
    otter: `${cues.map((c) => `${c.speaker}  ${otterTime(c.startMs)}\n${c.text}`).join("\n\n")}\n\nTranscribed by https://otter.ai\n`,
    text: `${cues.map((c) => `${c.speaker}: ${c.text}`).join("\n")}\n`,
    json: toSecondEarJson(cues),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const cues = generate();
const words = cues.reduce((n, c) => n + c.text.split(" ").length, 0);
console.log(`2-hour transcript: ${CUES} cues, ${words} words; median of ${RUNS} runs after warm-up\n`);
console.log("format  detected  utterances  size KB  median ms  goal");
let failed = false;
for (const [format, text] of Object.entries(render(cues)) as Array<[TranscriptFormat, string]>) {
  const bytes = new TextEncoder().encode(text);
  let result = parseTranscript({ input: bytes });
  for (let i = 0; i < 3; i++) result = parseTranscript({ input: bytes });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    result = parseTranscript({ input: bytes });
    times.push(performance.now() - t);
  }
  if (!result.ok) throw new Error(`${format}: ${result.error.message}`);
  const ms = median(times);
  failed ||= ms > GOAL_MS || result.format !== format;
  console.log(
    `${format.padEnd(7)} ${result.format.padEnd(9)} ${String(result.utterances.length).padStart(10)}  ${(bytes.length / 1024).toFixed(0).padStart(7)}  ${ms.toFixed(1).padStart(9)}  ${ms <= GOAL_MS ? "ok" : "SLOW"}`,
  );
}
process.exitCode = failed ? 1 : 0;
