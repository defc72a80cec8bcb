import { chooseOffsetReading, describeReading } from "./choose-offset-reading";
import { codePointIndexes } from "./code-points";
import type { ParsedProject } from "./parse-project";
import { splitTranscriptText, type ImportUtterance } from "./split-transcript-text";
import type { QdaCode } from "./types";

export interface ImportPoint {
  utterance: number;
  /** UTF-16 offset into that utterance's text. */
  offset: number;
}

export interface ImportCoding {
  selectionGuid: string;
  userGuid: string;
  userName: string;
  codeGuid: string;
  codeName: string;
  /** Code points into the source text, end exclusive, as the import read them. */
  start: number;
  end: number;
  /** The selected words as stored: the utterances' texts joined by "\n". */
  text: string;
  from: ImportPoint;
  to: ImportPoint;
  note?: string;
  createdAt?: string;
}

export interface ImportSource {
  guid: string;
  name: string;
  kind: "text";
  utterances: ImportUtterance[];
  codings: ImportCoding[];
}

export interface ImportView {
  name: string;
  users: { guid: string; name: string; id?: string }[];
  codes: { guid: string; name: string; color: string | null; parentGuid: string | null; isCodable: boolean; description: string }[];
  sources: ImportSource[];
  notes: { guid: string; name: string; text: string; userGuid: string | null; attachedTo: string[] }[];
  warnings: string[];
}

const UNKNOWN_USER = "UNKNOWN-CODER";

/** What an import would see in a parsed project: every text source as utterances with its codings placed on them. */
export function buildImportView(parsed: ParsedProject): ImportView {
  const { project } = parsed;
  const warnings = [...parsed.warnings];
  const codes = flattenCodes(project.codes);
  const codeByGuid = new Map(codes.map((c) => [c.guid, c]));
  const users = [...project.users];
  const userName = new Map(users.map((u) => [u.guid, u.name]));
  const noteByGuid = new Map(project.notes.map((n) => [n.guid, n]));
  const attached = new Map<string, string[]>();

  const sources = project.textSources.map((source): ImportSource => {
    const choice = chooseOffsetReading(source.text, source.selections);
    const where = `text source “${source.name}”`;
    if (source.selections.length && (choice.reading !== "code-points" || choice.isEndInclusive)) {
      warnings.push(`${where}: ${describeReading(choice)} (${choice.onBoundaries} of ${source.selections.length} selections then fall on word boundaries; the standard's reading fewer)`);
    }
    const media = project.mediaSources.find((m) => m.transcript && (m.transcript.plainTextPath?.toLowerCase() === source.plainTextPath?.toLowerCase() || project.textSources.length === 1));
    const utterances = splitTranscriptText(source.text, media?.transcript?.syncPoints.map((p) => ({ timeStamp: p.timeStamp, at: choice.toUtf16(p.position) })) ?? []);
    const cp = codePointIndexes(source.text);
    const codings: ImportCoding[] = [];
    let outside = 0;
    for (const selection of source.selections) {
      const from16 = choice.toUtf16(selection.start);
      const to16 = choice.toUtf16(selection.end + (choice.isEndInclusive ? 1 : 0));
      const from = locate(utterances, from16, "from");
      const to = locate(utterances, to16, "to");
      if (from16 < 0 || to16 <= from16 || !from || !to || from.utterance > to.utterance || (from.utterance === to.utterance && from.offset >= to.offset)) {
        outside += selection.codings.length;
        continue;
      }
      const notes = selection.noteGuids.map((g) => noteByGuid.get(g)).filter((n) => n !== undefined);
      for (const n of notes) attached.set(n.guid, [...(attached.get(n.guid) ?? []), selection.guid]);
      for (const coding of selection.codings) {
        const code = codeByGuid.get(coding.codeGuid);
        if (!code) {
          warnings.push(`${where}: a coding refers to code ${coding.codeGuid}, which the codebook does not have; skipped`);
          continue;
        }
        const userGuid = coding.userGuid ?? selection.userGuid ?? project.creatingUserGuid ?? UNKNOWN_USER;
        if (!userName.has(userGuid)) {
          userName.set(userGuid, userGuid === UNKNOWN_USER ? "Unknown coder" : `Coder ${userGuid.slice(0, 8)}`);
          users.push({ guid: userGuid, name: userName.get(userGuid)! });
        }
        codings.push({
          selectionGuid: selection.guid,
          userGuid,
          userName: userName.get(userGuid)!,
          codeGuid: code.guid,
          codeName: code.name,
          start: cp[from16],
          end: cp[to16],
          text: selectedText(utterances, from, to),
          from,
          to,
          ...(notes.length ? { note: notes.map((n) => n.text.trim()).filter(Boolean).join("\n\n") } : {}),
          createdAt: coding.createdAt ?? selection.createdAt,
        });
      }
    }
    if (outside) warnings.push(`${where}: ${outside} coding(s) point outside the text or at nothing; skipped`);
    return { guid: source.guid, name: source.name, kind: "text", utterances, codings };
  });

  const mediaSelections = project.mediaSources.reduce((n, m) => n + m.selections.length, 0);
  if (mediaSelections) warnings.push(`${mediaSelections} audio/video selection(s) are not imported: SecondEar imports codings on the transcript text (a SecondEar export has each live tag there too)`);
  const loose = project.notes.filter((n) => !attached.has(n.guid)).length;
  if (loose) warnings.push(`${loose} note(s) not attached to a coded passage are not imported`);
  if (!sources.length) warnings.push("the project has no text source SecondEar can import");

  return {
    name: project.name,
    users: users.map((u) => ({ guid: u.guid, name: u.name, ...(u.id ? { id: u.id } : {}) })),
    codes,
    sources,
    notes: project.notes.map((n) => ({ guid: n.guid, name: n.name, text: n.text, userGuid: n.userGuid ?? null, attachedTo: attached.get(n.guid) ?? [] })),
    warnings,
  };
}

export function flattenCodes(codes: ReadonlyArray<QdaCode>, parentGuid: string | null = null): ImportView["codes"] {
  return codes.flatMap((c) => [
    { guid: c.guid, name: c.name, color: c.color ?? null, parentGuid, isCodable: c.isCodable, description: c.description ?? "" },
    ...flattenCodes(c.children, c.guid),
  ]);
}

/** Where a UTF-16 position of the source lands in the utterances: a start moves forward past blank lines and speaker names, an end back. */
function locate(utterances: ReadonlyArray<ImportUtterance>, at: number, side: "from" | "to"): ImportPoint | null {
  if (at < 0) return null;
  if (side === "from") {
    const i = utterances.findIndex((u) => u.textEnd > at);
    if (i < 0) return null;
    return { utterance: i, offset: Math.max(0, at - utterances[i].textStart) };
  }
  for (let i = utterances.length - 1; i >= 0; i--) {
    if (utterances[i].textStart < at) return { utterance: i, offset: Math.min(at, utterances[i].textEnd) - utterances[i].textStart };
  }
  return null;
}

function selectedText(utterances: ReadonlyArray<ImportUtterance>, from: ImportPoint, to: ImportPoint): string {
  if (from.utterance === to.utterance) return utterances[from.utterance].text.slice(from.offset, to.offset);
  const parts = [utterances[from.utterance].text.slice(from.offset)];
  for (let i = from.utterance + 1; i < to.utterance; i++) parts.push(utterances[i].text);
  parts.push(utterances[to.utterance].text.slice(0, to.offset));
  return parts.join("\n");
}
