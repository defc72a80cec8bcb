import { countWords } from "./count-words";
import { isBackchannel } from "./is-backchannel";
import { locate } from "./locate";
import type { CustomerStory, Utterance } from "./types";

/**
 * Runs of customer speech nobody else broke into. Interviewer/buddy
 * backchannels ("mm-hm") don't end a story — that is active listening — but
 * any other turn does. Ranked by duration (ties: more words first).
 */
export function findCustomerStories(utterances: Utterance[], backchannelMaxWords = 3, words?: number[]): CustomerStory[] {
  const wc = words ?? utterances.map((u) => countWords(u.text));
  const stories: CustomerStory[] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length === 0) return;
    const first = utterances[run[0]];
    const last = utterances[run[run.length - 1]];
    const loc = locate(utterances, run[0]);
    loc.charEnd = first.text.length;
    loc.endMs = last.endMs;
    stories.push({
      utteranceIndices: run,
      startMs: first.startMs,
      endMs: last.endMs,
      durationMs: last.endMs - first.startMs,
      words: run.reduce((n, i) => n + wc[i], 0),
      location: loc,
    });
    run = [];
  };
  utterances.forEach((u, i) => {
    if (u.role === "customer") run.push(i);
    else if (!isBackchannel(u, backchannelMaxWords, wc[i])) close();
  });
  close();
  return stories.sort((a, b) => b.durationMs - a.durationMs || b.words - a.words || a.startMs - b.startMs);
}
