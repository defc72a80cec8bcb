// `npm run eval:questions`: classify every utterance of the labelled set and
// print accuracy, per-class precision/recall/F1 and the confusion table.
// Pass --errors to list every disagreement with the rule that decided it.
import { findQuestions } from "../questions/find-questions";
import { loadEvalSet } from "./load-eval-set";
import { scoreQuestions } from "./score-questions";

// --holdout scores questions-holdout.jsonl, written after the rules were frozen (see README).
const file = process.argv.includes("--holdout") ? "./questions-holdout.jsonl" : "./questions.jsonl";
const items = loadEvalSet(new URL(file, import.meta.url));
console.log(`set: lib/analysis/eval/${file.slice(2)}`);
const score = scoreQuestions(items, findQuestions(items.map((i) => i.text)));
const pct = (x: number) => x.toFixed(3);

console.log(`labelled questions: ${score.gold} in ${items.length} utterances`);
console.log(`accuracy (3 classes):        ${pct(score.accuracy)}`);
console.log(`accuracy on open vs closed:  ${pct(score.openClosedAccuracy)}  (gold open/closed items)`);
console.log(`missed questions: ${score.missed}   false detections: ${score.spurious}`);
console.log("\nclass      precision  recall  f1     support");
for (const [k, m] of Object.entries(score.perClass)) {
  console.log(`${k.padEnd(10)} ${pct(m.precision).padEnd(10)} ${pct(m.recall).padEnd(7)} ${pct(m.f1).padEnd(6)} ${m.support}`);
}
console.log("\nconfusion (rows gold, columns predicted):");
console.log("           open  closed  leading  none");
for (const [k, row] of Object.entries(score.confusion)) {
  console.log(`${k.padEnd(10)} ${String(row.open).padEnd(5)} ${String(row.closed).padEnd(7)} ${String(row.leading).padEnd(8)} ${row.none}`);
}
if (process.argv.includes("--errors")) {
  console.log("\nerrors:");
  for (const e of score.errors) console.log(`${e.id}  gold=${e.gold} got=${e.predicted} (${e.rule ?? "-"})  ${e.text}`);
}
