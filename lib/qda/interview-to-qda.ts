import type { TagAnchor } from "../agreement";
import { createLiveTagPlacer } from "../agreement/place-live-tag";
import { buildCodeTree } from "./build-code-tree";
import { codePointIndexes } from "./code-points";
import { deriveGuid } from "./guid";
import { layoutTranscript } from "./transcript-text";
import type { QdaCode, QdaMediaSelection, QdaNote, QdaProject, QdaTextSelection, QdaUser } from "./types";

export interface QdaExportTag {
  id: string;
  code: string;
  note?: string;
  createdAt?: number;
  /** chars: offsets over the utterances' texts joined by "\n" (the report's convention); time: transcript clock. */
  anchor: TagAnchor;
}

export interface QdaExportInput {
  interview: { id: string; title: string; workspaceId: string };
  /** In transcript order; `id` is what utterance anchors name. */
  utterances: ReadonlyArray<{ id: string; speaker: string; startMs: number; endMs: number; text: string; charStart?: number }>;
  /** Everyone on the interview; `tags` only those the exporting viewer may read. */
  people: ReadonlyArray<{ userId: string; name: string; email?: string; tags: ReadonlyArray<QdaExportTag> }>;
  steps: ReadonlyArray<{ id: number; title: string; color: string }>;
  codes: ReadonlyArray<{ key: string; label: string; step: number; color: string; description: string }>;
  recording?: { fileName: string; mimeType: string; offsetMs: number } | null;
  reactionLagMs: number;
  exportedAt: string;
  exportedByUserId?: string;
}

export interface QdaExport {
  project: QdaProject;
  /** Archive members besides project.qde (the text source). */
  files: Record<string, string>;
  /** Tags that could not be placed on the text (their words were deleted). */
  skipped: number;
}

/** Maps one interview onto QDA-XML: the transcript as a text source, tags as coded selections. */
export function interviewToQda(input: QdaExportInput): QdaExport {
  const { interview } = input;
  const ids = (kind: string, ...rest: string[]) => deriveGuid(kind, interview.id, ...rest);
  const layout = layoutTranscript(input.utterances);
  const cp = codePointIndexes(layout.text);
  const starts = charStarts(input.utterances);
  const indexOfId = new Map(input.utterances.map((u, i) => [u.id, i]));
  const place = createLiveTagPlacer({ utterances: input.utterances, reactionLagMs: input.reactionLagMs, callOffsetMs: 0 });
  const codeGuid = new Map(input.codes.map((c) => [c.key, deriveGuid("code", interview.workspaceId, c.key)]));
  const extraCodes: QdaCode[] = [];

  const toFilePosition = (char: number, isEnd: boolean): number => {
    let i = upperBound(starts, char) - 1;
    if (i < 0) i = 0;
    const line = layout.lines[i];
    const offset = Math.min(Math.max(char - starts[i], 0), line.textEnd - line.textStart);
    // An end at a line's very start belongs to the previous line's end.
    if (isEnd && offset === 0 && i > 0) return cp[layout.lines[i - 1].textEnd];
    return cp[line.textStart + offset];
  };
  const lineRange = (first: number, last: number) => ({ start: cp[layout.lines[first].textStart], end: cp[layout.lines[last].textEnd] });

  const sourceGuid = ids("source");
  const users: QdaUser[] = input.people.map((p) => ({ guid: deriveGuid("user", p.userId), name: p.name, ...(p.email ? { id: p.email } : {}) }));
  const selections: QdaTextSelection[] = [];
  const mediaSelections: QdaMediaSelection[] = [];
  const notes: QdaNote[] = [];
  const offsetMs = input.recording?.offsetMs ?? 0;
  let skipped = 0;

  for (const person of input.people) {
    const userGuid = deriveGuid("user", person.userId);
    for (const tag of person.tags) {
      let range: { start: number; end: number } | null = null;
      let live: { refMs: number; endMs: number } | null = null;
      if (tag.anchor.kind === "chars") range = { start: toFilePosition(tag.anchor.from, false), end: toFilePosition(tag.anchor.to, true) };
      else if (tag.anchor.kind === "utterances") {
        const found = tag.anchor.utteranceIds.map((id) => indexOfId.get(id)).filter((i): i is number => i !== undefined);
        if (found.length) range = lineRange(Math.min(...found), Math.max(...found));
      } else {
        const placed = place(tag.anchor.atMs);
        const i = placed.unitId === null ? undefined : indexOfId.get(placed.unitId);
        if (i !== undefined) {
          range = lineRange(i, i);
          live = { refMs: placed.refMs, endMs: Math.max(placed.refMs, input.utterances[i].endMs) };
        }
      }
      if (!range || range.end <= range.start) {
        skipped++;
        continue;
      }
      let guid = codeGuid.get(tag.code);
      if (!guid) {
        guid = deriveGuid("code", interview.workspaceId, tag.code);
        codeGuid.set(tag.code, guid);
        extraCodes.push({ guid, name: tag.code, isCodable: true, children: [] });
      }
      const createdAt = tag.createdAt ? new Date(tag.createdAt).toISOString() : undefined;
      const noteGuids = tag.note ? [ids("note", person.userId, tag.id)] : [];
      if (tag.note) notes.push({ guid: noteGuids[0], name: `Note on ${labelOf(input, tag.code)}`, text: tag.note, userGuid, createdAt });
      selections.push({
        guid: ids("selection", person.userId, tag.id),
        name: labelOf(input, tag.code),
        ...range,
        userGuid,
        createdAt,
        codings: [{ guid: ids("coding", person.userId, tag.id), codeGuid: guid, userGuid, createdAt }],
        noteGuids,
      });
      if (live && input.recording) {
        const begin = Math.max(0, Math.round(live.refMs - offsetMs));
        mediaSelections.push({
          guid: ids("media-selection", person.userId, tag.id),
          name: labelOf(input, tag.code),
          begin,
          end: Math.max(begin, Math.round(live.endMs - offsetMs)),
          userGuid,
          createdAt,
          codings: [{ guid: ids("media-coding", person.userId, tag.id), codeGuid: guid, userGuid, createdAt }],
          noteGuids,
        });
      }
    }
  }

  const textPath = `${sourceGuid}.txt`;
  const exporter = input.exportedByUserId ? deriveGuid("user", input.exportedByUserId) : undefined;
  const project: QdaProject = {
    name: interview.title,
    origin: "SecondEar",
    creatingUserGuid: exporter && users.some((u) => u.guid === exporter) ? exporter : undefined,
    createdAt: input.exportedAt,
    users,
    codes: [...buildCodeTree({ workspaceId: interview.workspaceId, steps: input.steps, codes: input.codes }), ...extraCodes],
    textSources: [{ guid: sourceGuid, name: interview.title, text: layout.text, plainTextPath: `internal://${textPath}`, selections }],
    mediaSources: input.recording
      ? [{
          kind: input.recording.mimeType.startsWith("video/") ? "video" : "audio",
          guid: ids("media"),
          name: input.recording.fileName,
          path: `relative://${encodeURI(input.recording.fileName)}`,
          transcript: {
            guid: ids("transcript"),
            name: interview.title,
            plainTextPath: `internal://${textPath}`,
            // One at each utterance's start, and one at the end of the text for when the last one ends.
            syncPoints: [
              ...input.utterances.map((u, i) => ({ guid: ids("sync", String(i)), timeStamp: Math.max(0, Math.round(u.startMs - offsetMs)), position: cp[layout.lines[i].lineStart] })),
              ...input.utterances.slice(-1).map((u) => ({ guid: ids("sync", "end"), timeStamp: Math.max(0, Math.round(u.endMs - offsetMs)), position: cp[layout.text.length] })),
            ],
          },
          selections: mediaSelections,
        }]
      : [],
    notes,
  };
  return { project, files: { [`sources/${textPath}`]: layout.text }, skipped };
}

function labelOf(input: QdaExportInput, key: string): string {
  return input.codes.find((c) => c.key === key)?.label ?? key;
}

/** Where each utterance starts in the texts joined by "\n", as the report counts chars. */
function charStarts(utterances: QdaExportInput["utterances"]): number[] {
  let next = 0;
  return utterances.map((u) => {
    const start = u.charStart ?? next;
    next = start + u.text.length + 1;
    return start;
  });
}

/** First index whose value is greater than `value` (values ascending). */
function upperBound(values: ReadonlyArray<number>, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
