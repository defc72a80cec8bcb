import type { ClassifiedQuestion } from "../types";
import { classifyQuestion } from "./classify-question";
import { opensQuestion, readQuestion } from "./read-question";
import { splitSentences } from "./split-sentences";
import { tagWords } from "./tag-words";
import { tokenizeWords, type Word } from "./tokenize-words";
import { AUX, LEAD_FILLERS, NEGATIVE_AUX, SUBJECT_PRONOUNS, WH } from "./words";

interface Segment {
  text: string;
  start: number;
  end: number;
  words: Word[];
  questionMark: boolean;
}

const CUE_START = /^(tell|walk|talk|take|describe|explain|help|give|say|show|share|i|i'm|i'd|surely|imagine|can|presumably|obviously)$/;

/**
 * Every question in each text, classified, with offsets into that text.
 * Works on many texts at once so sentence splitting and tagging run as one
 * batch each (see tagWords for why that matters).
 */
export function findQuestions(texts: string[]): ClassifiedQuestion[][] {
  const perText: Segment[][] = splitSentences(texts).map((sentences, ti) =>
    sentences.flatMap((s) => splitClauses(texts[ti], s.start, s.end)),
  );
  const candidates = perText.flat().filter(isCandidate);
  tagWords(candidates.filter(needsTags));
  const chosen = new Set(candidates);
  return perText.map((segments) => {
    const found: ClassifiedQuestion[] = [];
    for (const seg of segments) {
      if (!chosen.has(seg)) continue;
      const reading = readQuestion(seg.words, seg.questionMark);
      if (!reading) continue;
      found.push({ text: seg.text, start: seg.start, end: seg.end, ...classifyQuestion(reading) });
    }
    return found;
  });
}

/**
 * One sentence can hold two questions joined by a comma or "or"/"and":
 * "How do you do that, do you use a template?". Split where a new question
 * opener follows a part that already is a question of four or more words;
 * shorter parts are usually false starts ("Could you — sorry, could you…").
 */
function splitClauses(text: string, from: number, to: number): Segment[] {
  const words = tokenizeWords(text.slice(from, to)).map((w) => ({ ...w, start: w.start + from, end: w.end + from }));
  const cuts: number[] = [0];
  let opened = openerIn(words, 0, words.length);
  for (let i = 1; i < words.length; i++) {
    const boundary = /^[,;:—–-]/.test(words[i - 1].after) || ((words[i].norm === "or" || words[i].norm === "and") && i + 1 < words.length);
    if (!boundary) continue;
    let j = i;
    while (j < words.length && LEAD_FILLERS.has(words[j].norm)) j++;
    const size = words.slice(cuts[cuts.length - 1], i).filter((w) => !LEAD_FILLERS.has(w.norm)).length;
    if (j < words.length && size >= 4 && opened >= cuts[cuts.length - 1] && opened < i && strongOpener(words, j)) {
      cuts.push(i);
      opened = j;
    }
  }
  const segs: Segment[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const ws = words.slice(cuts[k], cuts[k + 1] ?? words.length);
    if (ws.length === 0) continue;
    const start = ws[0].start;
    let end = k + 1 < cuts.length ? ws[ws.length - 1].end : to;
    while (end > start && /[\s,;:—–-]/.test(text[end - 1])) end--;
    const segText = text.slice(start, end);
    segs.push({ text: segText, start, end, words: ws.map((w) => ({ ...w, start: w.start - start, end: w.end - start })), questionMark: segText.includes("?") });
  }
  return segs;
}

function openerIn(words: Word[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (strongOpener(words, i)) return i;
  return -1;
}

/** Openers recognisable without part-of-speech tags (used before tagging). */
function strongOpener(words: Word[], i: number): boolean {
  const w = words[i].norm;
  const next = words[i + 1]?.norm ?? "";
  if (WH.has(w)) return AUX.has(next) || NEGATIVE_AUX.has(next) || next === "else" || w.includes("'");
  return opensQuestion(words, i, false);
}

// After these, the word lists already tell what follows (see read-question).
const KNOWN_AFTER_WH = new Set(["else", "many", "much", "long", "often", "old", "far", "come", "so"]);

/**
 * Part-of-speech tags are only needed where the word lists can't decide:
 * "is Excel…" (is the next word a subject?), "how easy…" (adjective?),
 * "what tool…" (noun or verb?). Tagging is the costly step, so skip the rest.
 */
function needsTags(seg: Segment): boolean {
  const ws = seg.words;
  for (let i = 0; i < ws.length; i++) {
    if (i > 0 && !/^[,;:—–-]/.test(ws[i - 1].after)) continue;
    let j = i;
    while (j < ws.length && LEAD_FILLERS.has(ws[j].norm)) j++;
    const w = ws[j]?.norm ?? "";
    const next = ws[j + 1]?.norm;
    if (next === undefined) continue;
    if ((AUX.has(w) || NEGATIVE_AUX.has(w)) && !SUBJECT_PRONOUNS.has(next)) return true;
    if (WH.has(w) && !AUX.has(next) && !NEGATIVE_AUX.has(next) && !SUBJECT_PRONOUNS.has(next) && !KNOWN_AFTER_WH.has(next)) return true;
  }
  return false;
}

function isCandidate(seg: Segment): boolean {
  if (seg.questionMark) return true;
  const ws = seg.words;
  if (ws.length === 0) return false;
  if (/^(right|correct)$/.test(ws[ws.length - 1].norm)) return true;
  for (let i = 0; i < ws.length; i++) {
    const atChunkStart = i === 0 || /^[,;:—–-]/.test(ws[i - 1].after);
    if (!atChunkStart) continue;
    let j = i;
    while (j < ws.length && LEAD_FILLERS.has(ws[j].norm)) j++;
    const w = ws[j]?.norm ?? "";
    if (WH.has(w) || AUX.has(w) || NEGATIVE_AUX.has(w) || CUE_START.test(w)) return true;
  }
  return false;
}
