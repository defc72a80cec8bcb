import { describeTaggers } from "./describe-taggers";
import { formatTime } from "./format-time";
import type { AgreementView, Moment, Report } from "./types";
import { formatFixed } from "./format-fixed";

/** A readable Markdown version of the report, section by section as on the page. */
export function toMarkdown(report: Report): string {
  const h = report.header;
  const out: string[] = [`# Bias-contrast report: ${h.title}`, ""];
  out.push(`- Duration: ${formatTime(h.durationMs)}`);
  if (h.recordedAt) out.push(`- Recorded: ${h.recordedAt}`);
  out.push(`- Participants: ${h.participants.map((p) => `${p.name} (${p.role})`).join(", ") || "none listed"}`);
  out.push(`- Tagged by: ${describeTaggers(h.taggers)}; ${h.blind ? "blind (independent) tagging" : "not blind: each could see the other's tags"}`);
  out.push("", `**${report.nextFocus.sentence}**`, "", "## Per step", "");
  out.push(table(["Step", "Interviewer + / −", "Buddy + / −", "Machine evidence"],
    report.steps.map((s) => [`${s.step}. ${s.title}`, `${s.interviewer.plus} / ${s.interviewer.minus}`, `${s.buddy.plus} / ${s.buddy.minus}`,
      s.machine.map((m) => `${m.label}: ${m.value}`).join("; ") || "—"])));
  out.push("", "## Agreement", "", `Units are transcript utterances; live tags count as the same moment within ±${report.agreement.toleranceMs / 1000} s (after a ${report.agreement.reactionLagMs / 1000} s reaction lag).`, "");
  out.push(...agreement("Overall", report.agreement.overall));
  for (const s of report.agreement.perStep) out.push(...agreement(`Step ${s.step}: ${s.title}`, s));
  if (report.agreement.perCode.length > 0) {
    const names = report.agreement.overall.coefficients.map((c) => c.name);
    out.push("### Per code", "", table(["Code", "Step", "Interviewer uses", "Buddy uses", ...names],
      report.agreement.perCode.map((c) => [c.label, String(c.step), String(c.uses.interviewer), String(c.uses.buddy),
        ...c.coefficients.map((k) => (k.coefficient.value === null ? "not defined" : formatFixed(k.coefficient.value, 3)))])), "");
  }
  out.push("## Blind spots", "", "### Only the buddy flagged", "", ...moments(report.blindSpots.onlyBuddy), "", "### Only the interviewer flagged", "", ...moments(report.blindSpots.onlyInterviewer), "");
  out.push("## Disagreements", "");
  const c = report.disagreements.confusion;
  if (c.labels.length > 0) {
    out.push("Rows: interviewer, columns: buddy.", "", table(["", ...c.names], c.names.map((l, i) => [l, ...c.counts[i].map(String)])), "");
  }
  if (report.disagreements.list.length === 0) out.push("No moment where you tagged the same step differently.");
  for (const d of report.disagreements.list) {
    out.push(`- [${formatTime(d.atMs)}](${d.href}) ${d.speaker}: “${clip(d.quote)}” — you: ${d.interviewerLabels.join(", ")}; buddy: ${d.buddyLabels.join(", ")} (${d.kind === "polarity" ? "opposite verdicts" : "different code"})`);
  }
  out.push("", "## Self-assessment gap", "", ...report.selfAssessment.map((g) => `- ${g.sentence}`), "");
  const m = report.machineAgreement;
  out.push("## The machine as a third rater", "");
  if (m.expertSentence) out.push(m.expertSentence, "");
  out.push(...(m.rows.length ? m.rows.map((r) => `- ${r.sentence}`) : ["Nothing to compare yet."]), "");
  return `${out.join("\n")}\n`;
}

function agreement(title: string, view: AgreementView): string[] {
  const lines = [`### ${title}`, "", `${view.units} utterances, ${view.taggedUnits} tagged by at least one of you.`, ""];
  lines.push(table(["Coefficient", "Value", "Reading"], view.coefficients.map((c) => [c.name, c.coefficient.value === null ? "not defined" : formatFixed(c.coefficient.value, 3), c.reading])));
  if (view.warnings.length > 0) lines.push("", ...view.warnings.map((w) => `> ${w}`));
  return [...lines, ""];
}

function moments(list: Moment[]): string[] {
  if (list.length === 0) return ["None."];
  return list.map((m) => `- [${formatTime(m.atMs)}](${m.href}) ${m.label} (${m.polarity}, step ${m.step}) — ${m.speaker}: “${clip(m.quote)}”${m.note ? ` — note: ${clip(m.note, 400)}` : ""}`);
}

function table(head: string[], rows: string[][]): string {
  const row = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n");
}

// Pipes would split a table cell; newlines would end the row.
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
