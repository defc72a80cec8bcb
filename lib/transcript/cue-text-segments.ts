// Cue text → plain words, split by `<v Name>` voice spans. The WebVTT cue-text
// grammar (tags, classes, entities, ruby, timestamps) is parsed by the
// library; we only walk its tree. Used for SRT too, whose <i>/<b>/<font> tags
// are a subset (unknown tags are dropped, their words kept).
import webvtt, { type LibNode } from "webvtt-parser";

export interface TextSegment {
  voice?: string;
  text: string;
}

const ignoreError = () => {};
// The cue-text parser needs its entity table passed in, keyed "&name;" (the
// library's built-in default lacks the ";" and turns "&amp;" into "&;").
// WebVTT names six; a few typographic ones turn up in exported captions.
const ENTITIES: Record<string, string> = Object.fromEntries(
  Object.entries({
    amp: "&", lt: "<", gt: ">", lrm: "\u200e", rlm: "\u200f", nbsp: "\u00a0", quot: '"', apos: "'",
    hellip: "…", ndash: "–", mdash: "—", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”",
  }).map(([name, value]) => [`&${name};`, value]),
);
// SSA-style override blocks like {\an8} appear in SRT files from subtitle tools.
const SSA_OVERRIDE = /\{\\[^}]*\}/g;

export function cueTextSegments(raw: string): TextSegment[] {
  if (!/[<&{]/.test(raw)) return [{ text: collapse(raw) }].filter((s) => s.text);
  const segments: TextSegment[] = [];
  try {
    const tree = new webvtt.WebVTTCueTextParser(raw.replace(SSA_OVERRIDE, ""), ignoreError, "metadata", ENTITIES).parse(0, 0);
    walk(tree.children, undefined, segments);
  } catch (error) {
    // The library builds and copies its tree recursively: absurdly nested
    // markup (thousands of unclosed <b>) overflows the stack. Keep the words.
    if (!(error instanceof RangeError)) throw error;
    segments.length = 0;
    segments.push({ text: raw.replace(SSA_OVERRIDE, "").replace(/<[^>]*>?/g, " ") });
  }
  return segments
    .map((s) => ({ ...s, text: collapse(s.text) }))
    .filter((s) => s.text);
}

function walk(nodes: LibNode[], voice: string | undefined, out: TextSegment[]): void {
  for (const node of nodes) {
    if (node.type === "text") append(out, voice, String(node.value ?? ""));
    else if (node.type === "object" && node.name !== "rt") {
      // Ruby annotations (<rt>) repeat the base text's reading; skip them.
      const inner = node.name === "v" ? cleanVoice(node.value) ?? voice : voice;
      walk(node.children ?? [], inner, out);
      // Separate block-level voice changes so "A</v><v B>" doesn't glue words.
      if (node.name === "v") append(out, inner, " ");
    }
  }
}

function append(out: TextSegment[], voice: string | undefined, text: string): void {
  const last = out[out.length - 1];
  if (last && last.voice === voice) last.text += text;
  else out.push(voice === undefined ? { text } : { voice, text });
}

function cleanVoice(value: unknown): string | undefined {
  const name = typeof value === "string" ? collapse(value) : "";
  return name || undefined;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
