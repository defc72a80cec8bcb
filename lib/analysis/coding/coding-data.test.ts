import { describe, expect, it } from "vitest";
import { loadEvalSet } from "../eval/load-eval-set";
import { findQuestions } from "../questions/find-questions";
import { QUESTION_CODER } from "./code-questions";
import { REFLECTION_CODER } from "./find-reflections";
import { buildExamples, composedQuestionItems, crossValidate } from "./training/cross-validate";
import { annomiDir, annomiFile, loadAnnomi } from "./training/load-annomi";

// Needs the expert-coded AnnoMI conversations (outside the repository). Where
// they are missing this file is skipped with a message, except under
// CI_REQUIRE_ANNOMI=1 (.ci/run), where it runs and fails, as Redis does.
const file = annomiFile();
const skip = file === null && process.env.CI_REQUIRE_ANNOMI !== "1";
if (skip) {
  console.warn(
    `lib/analysis/coding/coding-data.test.ts SKIPPED: no transcripts.jsonl in ${annomiDir()}. ` +
      "Set ANNOMI_DIR (see lib/analysis/coding/README.md) to check the learned coders; CI sets CI_REQUIRE_ANNOMI=1 and fails instead.",
  );
}

// The full nested 5-fold cross-validation takes ~3 min (npm run eval:coding);
// here one fold is held out and recomputed from the current code, its settings
// chosen by the inner cross-validation on the other four folds as in the eval
// (~30 s), with floors a little below what it measured (questions 0.750 with
// the customer's reply and 0.734 without, open/closed 0.794 and 0.755,
// reflections 0.571).
describe.skipIf(skip)("learned coders on expert-coded conversations (AnnoMI)", () => {
  it("the data set is there", () => {
    expect(file, `no transcripts.jsonl in ${annomiDir()} and CI_REQUIRE_ANNOMI=1`).not.toBeNull();
  });

  it("fold 1 of 5, held out (20 conversations): kappa above the rules and the floors", () => {
    expect(file).not.toBeNull();
    const items = [...loadAnnomi(file!), ...composedQuestionItems(loadEvalSet())];
    const cv = crossValidate(buildExamples(items, findQuestions(items.map((i) => i.text))), [0]);
    expect(cv.conversations).toBe(20);
    expect(cv.question.model.kappa!).toBeGreaterThanOrEqual(0.73);
    expect(cv.question.model.kappa!).toBeGreaterThan(cv.question.rules.kappa! + 0.02);
    expect(cv.question.openClosed.model.accuracy).toBeGreaterThanOrEqual(0.78);
    // The same held-out utterances coded alone, as the CLI codes a line: no worse than before the reply was read (0.731, 0.737).
    expect(cv.question.alone.kappa!).toBeGreaterThanOrEqual(0.72);
    expect(cv.question.openClosed.alone.accuracy).toBeGreaterThanOrEqual(0.74);
    expect(cv.reflection.model.kappa!).toBeGreaterThanOrEqual(0.56);
    expect(cv.reflection.model.kappa!).toBeGreaterThan(cv.reflection.rules.kappa! + 0.3);
  }, 300_000);

  it("the shipped models carry 5-fold figures at or above the floors", () => {
    expect(QUESTION_CODER.crossValidated).toMatchObject({ folds: 5, nested: true });
    expect(REFLECTION_CODER.crossValidated).toMatchObject({ folds: 5, nested: true });
    expect(QUESTION_CODER.crossValidated.kappa).toBeGreaterThanOrEqual(0.71);
    expect(QUESTION_CODER.crossValidated.openClosedAccuracy!).toBeGreaterThanOrEqual(0.77);
    expect(QUESTION_CODER.crossValidated.withoutReply!.kappa).toBeGreaterThanOrEqual(0.705);
    expect(QUESTION_CODER.crossValidated.withoutReply!.openClosedAccuracy).toBeGreaterThanOrEqual(0.765);
    expect(REFLECTION_CODER.crossValidated.kappa).toBeGreaterThanOrEqual(0.555);
  });
});
