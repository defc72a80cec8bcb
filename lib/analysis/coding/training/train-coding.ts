// `npm run train:coding`: cross-validate (figures shipped with the models, so
// the product can say how far to trust them), then fit both coders on all 100
// conversations, with the settings a cross-validation over them chose, and
// write lib/analysis/models/*.json. Deterministic: no randomness in training,
// folds from a fixed seed, weights rounded.
import { writeFileSync } from "node:fs";
import { findQuestions } from "../../questions/find-questions";
import type { CodingModelFile } from "../coding-model";
import { loadEvalSet } from "../../eval/load-eval-set";
import { buildExamples, composedQuestionItems, crossValidate, selectShippedSettings, trainQuestionModel, trainReflectionModel } from "./cross-validate";
import { annomiDir, annomiFile, loadAnnomi } from "./load-annomi";

const file = annomiFile();
if (!file) {
  console.error(`train:coding: no transcripts.jsonl in ${annomiDir()} (set ANNOMI_DIR; see lib/analysis/coding/README.md)`);
  process.exit(1);
}
const items = [...loadAnnomi(file), ...composedQuestionItems(loadEvalSet())];
const ex = buildExamples(items, findQuestions(items.map((i) => i.text)));
const cv = crossValidate(ex);
const chosen = selectShippedSettings(ex);
const settings = (x: { l2: number; noneOffset: number }) => ({ l2: x.l2, noneOffset: x.noneOffset, chosenBy: "5-fold cross-validation over the 100 conversations (kappa)" });
const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
const trainedOn = {
  dataSet: "AnnoMI (Wu et al. 2022), 100-conversation development split, each interviewer utterance with the customer's reply; the question coder also on lib/analysis/eval/questions.jsonl (single lines, no reply)",
  conversations: cv.conversations,
  utterances: cv.utterances,
};
const out: Record<string, CodingModelFile> = {
  "question-coder.json": {
    version: 1, task: "question", trainedOn,
    settings: settings(chosen.question),
    crossValidated: {
      folds: cv.folds, nested: true, kappa: round(cv.question.model.kappa)!, accuracy: round(cv.question.model.accuracy)!, openClosedAccuracy: round(cv.question.openClosed.model.accuracy)!, rulesKappa: round(cv.question.rules.kappa)!,
      withoutReply: { kappa: round(cv.question.alone.kappa)!, accuracy: round(cv.question.alone.accuracy)!, openClosedAccuracy: round(cv.question.openClosed.alone.accuracy)! },
    },
    model: trainQuestionModel(ex, () => true, chosen.question),
  },
  "reflection-coder.json": {
    version: 1, task: "reflection", trainedOn,
    settings: settings(chosen.reflection),
    crossValidated: { folds: cv.folds, nested: true, kappa: round(cv.reflection.model.kappa)!, accuracy: round(cv.reflection.model.accuracy)!, subtypeKappa: round(cv.reflection.subtype.kappa)!, rulesKappa: round(cv.reflection.rules.kappa)! },
    model: trainReflectionModel(ex, () => true, chosen.reflection),
  },
};
for (const [name, content] of Object.entries(out)) {
  const path = new URL(`../../models/${name}`, import.meta.url);
  writeFileSync(path, JSON.stringify(content) + "\n");
  console.log(`wrote lib/analysis/models/${name}: ${Object.keys(content.model.weights).length} features, cross-validated kappa ${content.crossValidated.kappa}`);
}
