// `npm run eval:coding`: 5-fold cross-validation by whole conversation on the
// expert-coded AnnoMI conversations, for the hand-written rules and the
// learned coders. Prints accuracy, macro-F1, Cohen's kappa and confusion.
import { findQuestions } from "../../questions/find-questions";
import { formatScore } from "./coding-metrics";
import { loadEvalSet } from "../../eval/load-eval-set";
import { scoreQuestions } from "../../eval/score-questions";
import { codeQuestionsWith } from "../code-questions";
import { buildExamples, composedQuestionItems, crossValidate, selectShippedSettings, trainQuestionModel } from "./cross-validate";
import { annomiDir, annomiFile, loadAnnomi } from "./load-annomi";

const file = annomiFile();
if (!file) {
  console.error(`eval:coding: no transcripts.jsonl in ${annomiDir()} (set ANNOMI_DIR; see lib/analysis/coding/README.md)`);
  process.exit(1);
}
const t0 = performance.now();
const items = [...loadAnnomi(file), ...composedQuestionItems(loadEvalSet())];
const ex = buildExamples(items, findQuestions(items.map((i) => i.text)));
const cv = crossValidate(ex);
console.log(`${cv.conversations} conversations, ${cv.utterances} interviewer utterances, ${cv.folds} folds by conversation, nested (held-out codes pooled)`);
const said = (s: { fold: number; l2: number; noneOffset: number; innerKappa: number }) => `fold ${s.fold + 1}: L2 ${s.l2}, none ${s.noneOffset >= 0 ? "+" : ""}${s.noneOffset} (inner kappa ${s.innerKappa.toFixed(3)})`;
console.log(`settings chosen inside each fold's training conversations (L2; offset on the "none" bias):`);
console.log(`  questions    ${cv.settings.question.map(said).join("; ")}`);
console.log(`  reflections  ${cv.settings.reflection.map(said).join("; ")}\n`);
console.log(formatScore("question kind — rules (baseline)", cv.question.rules));
console.log(formatScore("question kind — learned, with the customer's reply", cv.question.model));
console.log(formatScore("question kind — learned, the same utterances without the reply (a line alone, as the CLI)", cv.question.alone));
console.log(formatScore("open vs closed where both expert and machine call it a question — rules", cv.question.openClosed.rules));
console.log(formatScore("open vs closed where both expert and machine call it a question — learned, with the reply", cv.question.openClosed.model));
console.log(formatScore("open vs closed where both expert and machine call it a question — learned, without the reply", cv.question.openClosed.alone));
console.log(formatScore("reflection yes/no — paraphrase phrase list (baseline)", cv.reflection.rules));
console.log(formatScore("reflection yes/no — learned", cv.reflection.model));
console.log(formatScore("reflection simple vs complex, on expert-coded reflections — learned", cv.reflection.subtype));
// The composed customer-interview set held out from every rule and model (lib/analysis/eval/README.md).
const holdout = loadEvalSet(new URL("../../eval/questions-holdout.jsonl", import.meta.url));
const coded = codeQuestionsWith(trainQuestionModel(ex, () => true, selectShippedSettings(ex).question), holdout.map((h) => h.text));
const s = scoreQuestions(holdout, coded);
console.log(`\ncomposed customer-interview hold-out (${s.gold} questions; learned coder trained on all of the above, settings chosen as for the shipped model):`);
console.log(`  accuracy (open/closed/leading) ${s.accuracy.toFixed(3)}   open vs closed ${s.openClosedAccuracy.toFixed(3)}   missed ${s.missed}   false detections ${s.spurious}`);
console.log(`\n${((performance.now() - t0) / 1000).toFixed(1)} s`);
