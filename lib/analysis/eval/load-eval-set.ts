import { readFileSync } from "node:fs";
import type { EvalItem } from "./score-questions";

/** The labelled set shipped beside this file (one JSON object per line). */
export function loadEvalSet(path = new URL("./questions.jsonl", import.meta.url)): EvalItem[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as EvalItem);
}
