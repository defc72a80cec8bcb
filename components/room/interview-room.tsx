"use client";

import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type * as Y from "yjs";
import { CallClock } from "@/components/live/call-clock";
import { CallRecorder } from "@/components/live/call-recorder";
import { TalkMeter } from "@/components/live/talk-meter";
import { useTalkFigures } from "@/components/live/use-talk-figures";
import { LiveNotes } from "@/components/live/live-notes";
import { NudgeBar } from "@/components/live/nudge-bar";
import { NudgeToasts } from "@/components/live/nudge-toasts";
import { useCallClock } from "@/components/live/use-call-clock";
import { ImportTranscriptButton } from "@/components/review/import-transcript-button";
import { getPlaybackBus } from "@/components/review/playback-bus";
import { RecordingPanel } from "@/components/review/recording-panel";
import { NotePrompt } from "@/components/tagging/note-prompt";
import { TagLayerConnector } from "@/components/tagging/tag-layer-connector";
import type { TagLayer } from "@/components/tagging/tag-layer";
import { isTagShown, TagList, type TagFilters } from "@/components/tagging/tag-list";
import { TagPalette } from "@/components/tagging/tag-palette";
import { useRoomTagging } from "@/components/tagging/use-room-tagging";
import { useTagHotkeys } from "@/components/tagging/use-tag-hotkeys";
import { useTagView } from "@/components/tagging/use-tag-view";
import { UndoToast } from "@/components/tagging/undo-toast";
import type { StoredTag } from "@/lib/tags/tag-types";
import type { RoomContext } from "@/lib/interviews/server/get-room-context";
import { isTagger } from "@/lib/interviews/roles";
import { useRoomContext } from "./use-room-context";
import { callTimeAt, readClock } from "@/lib/live/call-clock";
import { ConnectionStatus } from "./connection-status";
import { MachinePanel } from "./machine-panel";
import { PresenceList } from "./presence-list";
import { forgetLocalCopy } from "./forget-local-copy";
import { ReviewControls } from "./review-controls";
import { RoomHeading } from "./room-heading";
import { TranscriptEditor } from "./transcript-editor";
import { useMomentLink } from "./use-moment-link";
import { useSyncProvider } from "./use-sync-provider";

export interface RoomUser {
  id: string;
  name: string;
  color: string;
}

export function InterviewRoom({ context: initialContext, user }: { context: RoomContext; user: RoomUser }) {
  // Roles, blind mode, reveal, recording and codebook are server state: the sync server tells every open room when they change.
  const { context, version: contextVersion, reload: reloadContext } = useRoomContext(initialContext);
  const { interview, myRole, participants, codes, capabilities: can } = context;
  const transcript = useSyncProvider(interview.id, "transcript", { onContextChanged: reloadContext });
  const live = useSyncProvider(interview.id, "live", { onContextChanged: reloadContext });
  const amTagger = can.canTag;
  const mine = useSyncProvider(interview.id, "tags", { ownerId: user.id, isEnabled: amTagger, onContextChanged: reloadContext });
  const isReadOnly = can.documents.transcript !== "write";

  // Others' tag layers exist only once the server lets this person read them.
  const canSeeOthers = can.documents.othersTags === "read";
  // Memoised: `layers` below feeds an effect, and a new array each render would loop renders forever.
  const otherTaggers = useMemo(() => participants.filter((p) => p.userId !== user.id && isTagger(p.role)), [participants, user.id]);
  // Blind again (or never revealed): no copy of others' tags may stay in this browser.
  useEffect(() => {
    if (!canSeeOthers) for (const p of otherTaggers) forgetLocalCopy(interview.id, "tags", p.userId);
  }, [canSeeOthers, otherTaggers, interview.id]);
  const [otherDocs, setOtherDocs] = useState<Record<string, Y.Doc>>({});
  const onOtherDoc = useCallback((ownerId: string, doc: Y.Doc | null) => {
    setOtherDocs(({ [ownerId]: _old, ...rest }) => (doc ? { ...rest, [ownerId]: doc } : rest));
  }, []);
  const layers = useMemo<TagLayer[]>(() => {
    const result: TagLayer[] = mine.doc && amTagger ? [{ userId: user.id, name: user.name, role: myRole, doc: mine.doc, isMine: true }] : [];
    for (const p of otherTaggers) {
      if (canSeeOthers && otherDocs[p.userId]) result.push({ userId: p.userId, name: p.name, role: p.role, doc: otherDocs[p.userId], isMine: false });
    }
    return result;
  }, [mine.doc, amTagger, user.id, user.name, myRole, otherTaggers, canSeeOthers, otherDocs]);

  const clock = useCallClock(live.doc);
  const talk = useTalkFigures(live.doc);
  const talkLimit = context.talkShareLimit;
  const getCallTime = useCallback(() => (live.doc ? callTimeAt(readClock(live.doc), Date.now()) : 0), [live.doc]);
  const { tags, version } = useTagView({ layers, codes, transcriptDoc: transcript.doc, reactionLagMs: interview.reactionLagMs, callOffsetMs: interview.callOffsetMs });
  const [filters, setFilters] = useState<TagFilters>({ hiddenPeople: new Set(), hiddenSteps: new Set() });
  const shownTags = useMemo(() => tags.filter((t) => isTagShown(t, filters)), [tags, filters]);
  const editorRef = useRef<Editor | null>(null);
  useMomentLink(transcript.doc, transcript.isSynced, editorRef); // ?t=&u= links from the report
  const [deleted, setDeleted] = useState<{ tag: StoredTag; label: string } | null>(null);
  const tagging = useRoomTagging({ myTagsDoc: amTagger ? mine.doc : null, transcriptDoc: transcript.doc, editorRef, getCallTime, codes });
  useTagHotkeys(codes, amTagger && mine.doc ? tagging.createTag : null);


  const jumpTo = (tag: (typeof tags)[number]) => {
    const editor = editorRef.current;
    if (editor && tag.blockIndex != null) {
      let position = 0;
      editor.state.doc.forEach((_node, offset, index) => index === tag.blockIndex && (position = offset + 1));
      editor.commands.setTextSelection(position);
      editor.view.dom.querySelectorAll("p, h1, h2, h3, li")[tag.blockIndex]?.scrollIntoView({ block: "center" });
    }
    if (transcript.doc && tag.atMs != null) getPlaybackBus(transcript.doc).requestSeek(tag.atMs);
  };

  return (
    <>
      <RoomHeading interview={interview} canRename={can.isManager} />
      {otherTaggers.map((p) => canSeeOthers && <TagLayerConnector key={p.userId} interviewId={interview.id} ownerId={p.userId} onDoc={onOtherDoc} onContextChanged={reloadContext} />)}
      {live.doc && (
        <div className="room-bar">
          <CallClock doc={live.doc} state={clock.state} nowMs={clock.nowMs} canControl={can.canControlClock} />
          {can.canChangeRecording && can.documents.live === "write" && <CallRecorder interviewId={interview.id} liveDoc={live.doc} onFinished={reloadContext} />}
          {talk && <TalkMeter figures={talk} limit={talkLimit} />}
          {tagging.pendingNote && <NotePrompt label={tagging.pendingNote.label} onDone={tagging.finishNote} />}
        </div>
      )}
      <ReviewControls context={context} userId={user.id} onChanged={reloadContext} />
      <div className="room-grid">
        <section className="card transcript-card">
          <div className="card-header">
            <h2>Transcript</h2>
            <div className="card-actions">
              {transcript.doc && transcript.isSynced && can.canChangeRecording && <ImportTranscriptButton doc={transcript.doc} />}
              <ConnectionStatus status={transcript.status} isSynced={transcript.isSynced} />
            </div>
          </div>
          {transcript.status === "forbidden" ? (
            <p role="alert" className="error">You no longer have access to this interview.</p>
          ) : transcript.status === "signed-out" ? (
            <p role="alert" className="error">You have signed out. <a href={`/sign-in?callbackUrl=/interviews/${interview.id}`}>Sign in again</a> to keep working.</p>
          ) : transcript.doc && transcript.provider ? (
            <>
              {isReadOnly && (
                <p className="muted small read-only-reason" data-testid="read-only-reason">
                  {myRole === "observer" ? "You are observing this interview: the transcript is read-only for you." : "The transcript is read-only for you."}
                </p>
              )}
              <RecordingPanel interviewId={interview.id} doc={transcript.doc} canChange={can.canChangeRecording} refreshKey={contextVersion} />
              <TranscriptEditor
                doc={transcript.doc}
                provider={transcript.provider}
                user={user}
                isReadOnly={isReadOnly}
                tags={shownTags}
                tagsVersion={version}
                codes={amTagger ? codes : []}
                onSelectionTag={tagging.createTag}
                editorRef={editorRef}
              />
            </>
          ) : (
            <p className="muted">Opening the transcript…</p>
          )}
        </section>
        <aside className="room-side">
          {amTagger && <TagPalette codes={codes} onTag={tagging.createTag} />}
          {can.canSendNudges && live.doc && <NudgeBar doc={live.doc} from={user} getCallTime={getCallTime} talk={talk} talkLimit={talkLimit} />}
          <TagList
            tags={tags}
            layers={layers}
            filters={filters}
            onFiltersChange={setFilters}
            onSelect={jumpTo}
            onDelete={(tag) => {
              const removed = tagging.removeTag(tag.id);
              if (removed) setDeleted({ tag: removed, label: tag.label });
            }}
            onUpdate={(tag, patch) => tagging.editTag(tag.id, patch)}
            codes={codes}
            hiddenNote={!canSeeOthers && otherTaggers.length ? "The other person's tags appear here once you have both pressed “I'm done”." : null}
          />
          <section className="card presence-card">
            <h2>In the room</h2>
            {transcript.provider ? <PresenceList provider={transcript.provider} selfId={user.id} participants={participants} /> : <p className="muted">…</p>}
          </section>
          {live.doc && live.provider && <LiveNotes doc={live.doc} provider={live.provider} user={user} getCallTime={getCallTime} isReadOnly={isReadOnly} />}
          {transcript.doc && <MachinePanel doc={transcript.doc} />}
        </aside>
      </div>
      {deleted && (
        <UndoToast
          message={`${deleted.label} tag deleted`}
          onUndo={() => (tagging.restoreTag(deleted.tag), setDeleted(null))}
          onClose={() => setDeleted(null)}
        />
      )}
      {can.canReceiveNudges && live.doc && (
        <NudgeToasts doc={live.doc} isSynced={live.isSynced} onTaken={tagging.takeNudge} onFocusTranscript={() => editorRef.current?.commands.focus()} />
      )}
    </>
  );
}
