import { readFile } from "node:fs/promises";
import { computeAgreement } from "./compute-agreement";
import { parseReliabilityFile } from "./parse-reliability-file";
import type { AgreementSummary, Coefficient } from "./types";

const USAGE = "usage: secondear agreement FILE [--json]\n" +
  '  FILE: { "level": "nominal"|"ordinal"|"interval"|"ratio", "data": [[coder 1 values or null, one per unit], ...] }\n';

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** `secondear agreement FILE [--json]`. Exit 0 on success, 1 on an unreadable or malformed file, 2 on bad usage. */
export async function run(args: string[], io: Io = processIo): Promise<number> {
  const json = args.includes("--json");
  const rest = args.filter((a) => a !== "--json");
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(USAGE);
    return 0;
  }
  const unknown = rest.filter((a) => a.startsWith("-"));
  if (rest.length !== 1 || unknown.length > 0) {
    io.stderr(unknown.length ? `unknown option: ${unknown.join(" ")}\n${USAGE}` : USAGE);
    return 2;
  }
  const path = rest[0];
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    io.stderr(`${path}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
    return 1;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    io.stderr(`${path}: not valid JSON: ${(error as Error).message}\n`);
    return 1;
  }
  const result = parseReliabilityFile(parsed);
  if (!result.ok) {
    io.stderr(`${path}: malformed agreement file\n${result.errors.map((e) => `  ${e}\n`).join("")}`);
    return 1;
  }
  const summary = computeAgreement(result.file.data, { level: result.file.level });
  io.stdout(json ? `${JSON.stringify(toJson(summary), null, 2)}\n` : toText(summary));
  return 0;
}

/** The CLI's JSON contract: plain numbers (or null), with each "not defined" reason moved into warnings. */
export function toJson(summary: AgreementSummary) {
  const warnings = [...summary.warnings];
  const number = (name: string, c: Coefficient) => {
    if (c.value === null) warnings.push(`${name} not defined: ${c.reason}`);
    return c.value;
  };
  return {
    level: summary.level,
    units: summary.units,
    pairableUnits: summary.pairableUnits,
    coders: summary.coders,
    percentAgreement: number("percentAgreement", summary.percentAgreement),
    krippendorffAlpha: number("krippendorffAlpha", summary.krippendorffAlpha),
    ...(summary.cohensKappa ? { cohensKappa: number("cohensKappa", summary.cohensKappa) } : {}),
    gwetAC1: number("gwetAC1", summary.gwetAC1),
    warnings,
  };
}

function toText(summary: AgreementSummary): string {
  const out = toJson(summary);
  const show = (v: number | null) => (v === null ? "not defined" : v.toFixed(3));
  const lines = [
    `units: ${out.units} (${out.pairableUnits} coded by 2+ coders), coders: ${out.coders}, level: ${out.level}`,
    `percent agreement:    ${show(out.percentAgreement)}`,
    `Krippendorff's alpha: ${show(out.krippendorffAlpha)}`,
    ...("cohensKappa" in out ? [`Cohen's kappa:        ${show(out.cohensKappa ?? null)}`] : []),
    `Gwet's AC1:           ${show(out.gwetAC1)}`,
    ...out.warnings.map((w) => `warning: ${w}`),
  ];
  return `${lines.join("\n")}\n`;
}
