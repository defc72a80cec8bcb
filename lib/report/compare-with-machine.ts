import { cohensKappa, gwetAC1, type Coefficient } from "../agreement";
import { landisKoch } from "./read-coefficient";
import type { ReportContext } from "./report-context";
import type { MachineAgreement, MachineAgreementRow, MachineJudgedCode, Who } from "./types";

const JUDGED: MachineJudgedCode[] = ["open-question", "closed-question", "leading-question", "paraphrase"];
const PLURAL: Record<MachineJudgedCode, string> = {
  "open-question": "open questions",
  "closed-question": "closed questions",
  "leading-question": "leading questions",
  paraphrase: "reflections (paraphrases)",
};

/**
 * The machine as a third rater: per person and per code it can judge, did
 * the person tag the same interviewer utterances the machine coded? Units are
 * the interviewer's utterances (all the machine reads); present/absent per unit.
 * Only people whose tags the viewer may see are compared (`visible`).
 */
export function compareWithMachine(ctx: ReportContext, visible: Record<Who, boolean> = { interviewer: true, buddy: true }): MachineAgreement {
  const machine = ctx.input.machine;
  const expert = machine?.expertAgreement;
  const expertSentence = expert
    ? `The machine is not ground truth. On ${expert.conversations} expert-coded conversations it kept out of training (${expert.folds}-fold cross-validation), ` +
      `it agreed with the experts at kappa ${expert.questionKappa.toFixed(2)} on question kind and ${expert.reflectionKappa.toFixed(2)} on reflections; ` +
      `two experts agree with each other at about 0.74 and 0.66.`
    : null;
  if (!machine?.codes) return { rows: [], expertSentence };
  const units = ctx.input.utterances.filter((u) => u.role === "interviewer").map((u) => u.id);
  const coded = new Map<string, Set<string>>();
  for (const c of machine.codes) (coded.get(c.utteranceId) ?? coded.set(c.utteranceId, new Set()).get(c.utteranceId)!).add(c.code);
  const rows: MachineAgreementRow[] = [];
  for (const who of ["interviewer", "buddy"] as const) {
    if (!visible[who] || (who === "interviewer" ? ctx.input.interviewerTags : ctx.input.buddyTags).length === 0) continue;
    const name = ctx.input[who].name;
    for (const code of JUDGED) {
      const m = units.map((id) => (coded.get(id)?.has(code) ? "yes" : "no"));
      const p = units.map((id) => (ctx.atUnit.get(id)?.[who].some((a) => a.tag.code === code) ? "yes" : "no"));
      const byMachine = m.filter((v) => v === "yes").length;
      const byPerson = p.filter((v) => v === "yes").length;
      if (byMachine + byPerson === 0) continue;
      const kappa = cohensKappa(m, p);
      const ac1 = gwetAC1([m, p], { categories: ["yes", "no"] });
      rows.push({ code, label: ctx.label(code), who, name, units: units.length, byMachine, byPerson, kappa, ac1, sentence: sentence(name, code, byMachine, byPerson, kappa, ac1) });
    }
  }
  return { rows, expertSentence };
}

function sentence(name: string, code: MachineJudgedCode, byMachine: number, byPerson: number, kappa: Coefficient, ac1: Coefficient): string {
  const counts = `the machine found ${byMachine}, ${name} tagged ${byPerson}`;
  if (kappa.value === null || ac1.value === null) return `On ${PLURAL[code]} ${counts}; too little to compare.`;
  return `On ${PLURAL[code]} ${counts}: ${landisKoch(kappa.value)} agreement beyond chance (kappa ${kappa.value.toFixed(2)}, AC1 ${ac1.value.toFixed(2)}).`;
}
