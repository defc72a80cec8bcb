// `npm run bench:analysis`: analyse a generated 2-hour interview and print the
// median wall time over several runs (goal: ≤ 200 ms). The generator is seeded,
// so every run measures the same transcript.
import { analyzeTranscript } from "../lib/analysis/analyze-transcript";
import type { Utterance } from "../lib/analysis/types";

const INTERVIEWER = [
  "Okay, thanks. Tell me about the last time that happened.",
  "So when you export it, do you use Excel? Or something else?",
  "Wouldn't it be easier if it synced automatically?",
  "Mm-hm.",
  "How many people on your team touch that report?",
  "It sounds like the handover is where it breaks. What happens next?",
  "Right, you can just click the export button, by the way. Why do you print it?",
  "Interesting. Walk me through what you did after that.",
];
const CUSTOMER = [
  "Well, so every Monday I pull the numbers from the warehouse system and paste them into a spreadsheet, and then I check them against the invoices by hand because the totals never match.",
  "Honestly it takes most of the morning. And if someone changed an order over the weekend I have to start again, which is, you know, annoying.",
  "We tried a plugin once but it broke after an update and nobody owned it, so we went back to the old way.",
  "I think the real problem is that",
  "My manager wants a summary by noon, so I usually just send what I have and fix it later in the week.",
];

function generate(durationMs: number): Utterance[] {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const out: Utterance[] = [];
  let t = 0;
  let i = 0;
  while (t < durationMs) {
    const interviewer = i % 2 === 0;
    const pool = interviewer ? INTERVIEWER : CUSTOMER;
    const text = pool[Math.floor(rand() * pool.length)];
    const len = 400 * text.split(" ").length;
    const gap = Math.floor(rand() * 2500) - 300;
    const startMs = Math.max(0, t + gap);
    out.push({ id: `u${i}`, speaker: interviewer ? "Ana" : "Ben", role: interviewer ? "interviewer" : "customer", startMs, endMs: startMs + len, text });
    t = startMs + len;
    i++;
  }
  return out;
}

const utterances = generate(2 * 60 * 60_000);
const words = utterances.reduce((n, u) => n + u.text.split(" ").length, 0);
const times: number[] = [];
const cpu: number[] = [];
analyzeTranscript({ utterances }); // warm-up: JIT and compromise's lexicon load
for (let r = 0; r < 9; r++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  analyzeTranscript({ utterances });
  const c = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpu.push((c.user + c.system) / 1000);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const median = times[times.length >> 1];
console.log(`2-hour transcript: ${utterances.length} utterances, ${words} words`);
console.log(`analyzeTranscript median ${median.toFixed(1)} ms over ${times.length} runs (min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)}); goal ≤ 200 ms ${median <= 200 ? "✓" : "✗"}`);
// On a shared machine wall time includes waiting for a core; CPU time (this process, GC threads included) does not.
console.log(`CPU time median ${cpu[cpu.length >> 1].toFixed(1)} ms`);
