import { analyzeTranscript } from "../../analysis/analyze-transcript";
import type { AnalysisResult } from "../../analysis/types";
import { getDocumentAccess } from "../../collab/server/get-document-access";
import { formatDocumentName } from "../../collab/document-name";
import type { PrismaClient } from "../../db/open-database";
import { getRoomContext, type RoomContext } from "../../interviews/server/get-room-context";
import { computeTalkFigures } from "../../capture/talk-time";
import { hasTalkTime, readTalkSegments } from "../../live/talk-time-doc";
import { buildMachineEvidence } from "../build-machine-evidence";
import { codebookFromCodes } from "../codebook-from-codes";
import { formatMomentHref } from "../format-moment-href";
import { createSpanLocator } from "../locate-span-chars";
import { readReportUtterances } from "../read-report-utterances";
import { toReportTags } from "../to-report-tags";
import type { ReportInput, ReportTag, ReportUtterance } from "../types";
import { loadYDoc } from "./load-y-doc";

export interface LoadedReportInput {
  input: ReportInput;
  context: RoomContext;
  analysis: AnalysisResult;
  /** Whether both perspectives are visible to this viewer; when not, why, in one sentence. */
  comparison: { isAvailable: boolean; note: string | null; visible: { interviewer: boolean; buddy: boolean } };
  /** Transcript utterances typed without timings (time-based figures leave them out). */
  untimed: number;
}

/**
 * Everything `buildReport` needs for one interview, as `userId` may see it; null when the
 * interview does not exist or the user is not a member. Every tag document goes through the same
 * access rule as the sync server, so blind tags of others are absent until reveal.
 */
export async function loadReportInput(options: { db: PrismaClient; userId: string; interviewId: string }): Promise<LoadedReportInput | null> {
  const { db, userId, interviewId } = options;
  const context = await getRoomContext({ db, userId, interviewId });
  if (!context) return null;
  const transcript = await loadYDoc({ db, name: formatDocumentName({ interviewId, kind: "transcript" }) });
  const { utterances, untimed } = readReportUtterances(transcript);
  const locate = createSpanLocator(transcript, utterances);

  const seat = (role: "interviewer" | "buddy") => context.participants.find((p) => p.role === role) ?? null;
  const load = async (person: ReturnType<typeof seat>) => {
    if (!person) return { tags: [] as ReportTag[], isVisible: false };
    const documentName = formatDocumentName({ interviewId, kind: "tags", ownerId: person.userId });
    const access = await getDocumentAccess({ db, userId, documentName });
    if (access.status !== "ok") return { tags: [], isVisible: false };
    return { tags: toReportTags(await loadYDoc({ db, name: documentName }), locate, context.interview.callOffsetMs), isVisible: true };
  };
  const interviewer = seat("interviewer");
  const buddy = seat("buddy");
  const [mine, theirs] = await Promise.all([load(interviewer), load(buddy)]);

  const analysis = analyzeTranscript({ utterances: utterances.map(toAnalysisUtterance) });
  // Talk time the room measured from the call's audio while recording (absent when nobody recorded in the room).
  const live = await loadYDoc({ db, name: formatDocumentName({ interviewId, kind: "live" }) });
  const segments = hasTalkTime(live) ? readTalkSegments(live) : [];
  const audioTalk = segments.length ? computeTalkFigures(segments, Math.max(...segments.map((s) => s.endMs))) : null;
  const input: ReportInput = {
    interview: { id: interviewId, title: context.interview.title },
    interviewer: { name: interviewer?.name ?? "the interviewer", isSeated: interviewer != null },
    buddy: { name: buddy?.name ?? "the buddy", isSeated: buddy != null },
    blind: context.interview.blind,
    utterances,
    interviewerTags: mine.tags,
    buddyTags: theirs.tags,
    machine: buildMachineEvidence(analysis, audioTalk),
    codebook: codebookFromCodes(context.codes),
    alignment: { reactionLagMs: context.interview.reactionLagMs },
    momentHref: formatMomentHref(interviewId),
  };
  return { input, context, analysis, comparison: describeComparison(context, userId, mine.isVisible, theirs.isVisible), untimed };
}

function toAnalysisUtterance(u: ReportUtterance) {
  return { id: u.id, speaker: u.speaker, role: u.role, startMs: u.startMs, endMs: u.endMs, text: u.text };
}

function describeComparison(context: RoomContext, userId: string, interviewerVisible: boolean, buddyVisible: boolean): LoadedReportInput["comparison"] {
  const visible = { interviewer: interviewerVisible, buddy: buddyVisible };
  const seats = context.participants.filter((p) => p.role === "interviewer" || p.role === "buddy");
  if (seats.length < 2) {
    const missing = seats[0]?.role === "interviewer" ? "buddy" : "interviewer";
    return { isAvailable: false, visible, note: `There is no ${missing} on this interview yet, so there is nothing to compare. Invite one with the “Buddy link” in the room.` };
  }
  if (interviewerVisible && buddyVisible) return { isAvailable: true, note: null, visible };
  const isTagger = seats.some((p) => p.userId === userId);
  const waitingFor = seats.filter((p) => !p.isDone).map((p) => (p.userId === userId ? "you" : p.name));
  const waiting = waitingFor.length ? ` Still to press it: ${waitingFor.join(" and ")}.` : "";
  return {
    isAvailable: false,
    visible,
    note: isTagger
      ? `Tagging is blind: the comparison opens once you have both pressed “I'm done” (or the workspace owner reveals the tags). Until then this report shows only your own tags.${waiting}`
      : `Tagging is blind: the interviewer's and buddy's tags stay private until both have pressed “I'm done” or the workspace owner reveals them.${waiting}`,
  };
}
