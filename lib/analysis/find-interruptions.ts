import { endsMidSentence } from "./ends-mid-sentence";
import { isBackchannel } from "./is-backchannel";
import { locate } from "./locate";
import type { Interruption, Utterance } from "./types";

/**
 * The interviewer cuts the customer off when they
 * - start before the customer's utterance has ended (overlapping timings), or
 * - start within `cutOffGapMs` of a customer utterance that ends mid-sentence.
 * Backchannels ("mm-hm") are skipped: overlapping encouragement is not a cut.
 * When the transcript has almost no sentence punctuation (some exports), a
 * missing full stop says nothing, so only dangling words and dashes count.
 */
export function findInterruptions(utterances: Utterance[], cutOffGapMs = 500, backchannelMaxWords = 3): Interruption[] {
  const customer = utterances.filter((u) => u.role === "customer");
  const punctuated = customer.filter((u) => /[.!?]["'”’)\]]*$/.test(u.text.trim())).length >= customer.length / 2;
  const found: Interruption[] = [];
  for (let i = 1; i < utterances.length; i++) {
    const u = utterances[i];
    if (u.role !== "interviewer" || isBackchannel(u, backchannelMaxWords)) continue;
    const ci = previousCustomer(utterances, i);
    if (ci < 0) continue;
    const c = utterances[ci];
    const gapMs = u.startMs - c.endMs;
    if (gapMs < 0 && u.startMs > c.startMs) {
      found.push({ kind: "overlap", gapMs, customerUtteranceIndex: ci, location: locate(utterances, i),
        reason: `started ${(-gapMs / 1000).toFixed(1)} s before the customer finished` });
    } else if (gapMs >= 0 && gapMs <= cutOffGapMs && endsMidSentence(c.text, punctuated)) {
      found.push({ kind: "cut-off", gapMs, customerUtteranceIndex: ci, location: locate(utterances, i),
        reason: `started ${(gapMs / 1000).toFixed(1)} s after the customer stopped mid-sentence` });
    }
  }
  return found;
}

/** The customer utterance the interviewer took the floor from (the one just before, ignoring backchannels). */
function previousCustomer(utterances: Utterance[], i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const p = utterances[k];
    if (p.role === "customer") return k;
    if (!isBackchannel(p)) return -1;
  }
  return -1;
}

