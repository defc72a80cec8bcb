import type { WorkspaceCode } from "../codebook/server/list-workspace-codes";
import type { Polarity } from "../vocabulary";
import type { ImportCoding, ImportSource, ImportView } from "./build-import-view";
import { planNewCode } from "./plan-new-code";

export interface PlannedCode {
  key: string;
  label: string;
  step: number;
  polarity: Polarity;
  color: string;
  description: string;
}

export interface PlannedPerson {
  userGuid: string;
  name: string;
  /** The name the file gives the coder (a matched member keeps their own name here). */
  nameInFile: string;
  /** A workspace member matched by name or email; null: kept as a named external coder. */
  memberId: string | null;
  role: "interviewer" | "buddy" | "observer";
  codings: Array<ImportCoding & { code: { key: string; step: number; polarity: Polarity } }>;
}

export interface ImportPlan {
  source: ImportSource;
  /** Codes the import adds to the codebook (only when asked and allowed). */
  newCodes: PlannedCode[];
  /** QDA code names that matched a workspace code, and those that did not (their codings are dropped unless added). */
  matchedCodes: { name: string; key: string }[];
  unmatchedCodes: string[];
  people: PlannedPerson[];
  warnings: string[];
}

/**
 * Decides how a QDA project lands in a workspace: which text source, which workspace code each
 * used QDA code is (by name, ignoring case; the code's key too), whom each coder is (a member by
 * name or email, else an external coder), and who sits as interviewer and buddy (the first two
 * coders in the file's order, which the report then compares).
 */
export function planQdaImport(options: {
  view: ImportView;
  sourceGuid?: string;
  codes: ReadonlyArray<WorkspaceCode>;
  members: ReadonlyArray<{ userId: string; name: string; email: string }>;
  steps: ReadonlyArray<{ id: number; title: string; color: string }>;
  addMissingCodes: boolean;
}): ImportPlan {
  const { view } = options;
  const warnings = [...view.warnings];
  const wanted = options.sourceGuid?.replace(/^\{|\}$/g, "").toUpperCase();
  const source = wanted ? view.sources.find((s) => s.guid === wanted) : view.sources[0];
  if (!source) throw new Error(options.sourceGuid ? `The project has no text source ${options.sourceGuid}` : "The project has no text source to import");
  if (!options.sourceGuid && view.sources.length > 1) warnings.push(`the project has ${view.sources.length} text sources; importing “${source.name}”`);

  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");
  const byName = new Map<string, WorkspaceCode>();
  for (const c of options.codes) {
    if (!byName.has(norm(c.label))) byName.set(norm(c.label), c);
    if (!byName.has(norm(c.key))) byName.set(norm(c.key), c);
  }
  const qdaCode = new Map(view.codes.map((c) => [c.guid, c]));
  const usedNames = [...new Set(source.codings.map((c) => c.codeName))];
  const matchedCodes: ImportPlan["matchedCodes"] = [];
  const unmatchedCodes: string[] = [];
  const resolved = new Map<string, { key: string; step: number; polarity: Polarity }>();
  const newCodes: PlannedCode[] = [];
  const takenKeys = new Set(options.codes.map((c) => c.key));
  for (const name of usedNames) {
    const found = byName.get(norm(name));
    if (found) {
      matchedCodes.push({ name, key: found.key });
      resolved.set(name, found);
      continue;
    }
    unmatchedCodes.push(name);
    if (!options.addMissingCodes) continue;
    const sample = view.codes.find((c) => c.name === name)!;
    const code = planNewCode({ code: sample, parent: sample.parentGuid ? qdaCode.get(sample.parentGuid) : undefined, steps: options.steps, takenKeys });
    newCodes.push(code);
    resolved.set(name, code);
  }
  if (unmatchedCodes.length && !options.addMissingCodes) {
    const dropped = source.codings.filter((c) => !resolved.has(c.codeName)).length;
    warnings.push(`${dropped} coding(s) use codes the codebook does not have (${unmatchedCodes.join(", ")}); they are not imported unless those codes are added`);
  }
  if (newCodes.length) warnings.push(`${newCodes.length} new code(s) added as “done well” (+); change them in the codebook if they are misses`);

  const memberByName = new Map(options.members.map((m) => [norm(m.name), m]));
  const memberByEmail = new Map(options.members.map((m) => [norm(m.email), m]));
  const coders = view.users.filter((u) => source.codings.some((c) => c.userGuid === u.guid));
  const people: PlannedPerson[] = coders.map((u, index) => {
    const member = (u.id && memberByEmail.get(norm(u.id))) || memberByEmail.get(norm(u.name)) || memberByName.get(norm(u.name)) || null;
    return {
      userGuid: u.guid,
      name: member?.name ?? u.name,
      nameInFile: u.name,
      memberId: member?.userId ?? null,
      role: index === 0 ? "interviewer" : index === 1 ? "buddy" : "observer",
      codings: source.codings.filter((c) => c.userGuid === u.guid && resolved.has(c.codeName)).map((c) => ({ ...c, code: resolved.get(c.codeName)! })),
    };
  });
  // Two coders in the file who are one member here keep one seat: their codings merge.
  const merged: PlannedPerson[] = [];
  for (const p of people) {
    const same = p.memberId ? merged.find((m) => m.memberId === p.memberId) : undefined;
    if (same) {
      same.codings.push(...p.codings);
      warnings.push(`coders “${same.nameInFile}” and “${p.nameInFile}” are both ${p.name} here; their codings are merged`);
    } else merged.push(p);
  }
  merged.forEach((p, i) => (p.role = i === 0 ? "interviewer" : i === 1 ? "buddy" : "observer"));
  const extra = merged.filter((p) => p.role === "observer");
  if (extra.length) warnings.push(`the report compares two people; ${extra.map((p) => `“${p.name}”`).join(", ")} ${extra.length === 1 ? "comes" : "come"} in as ${extra.length === 1 ? "an observer" : "observers"}: their tags are kept, not compared`);
  return { source, newCodes, matchedCodes, unmatchedCodes, people: merged, warnings };
}
