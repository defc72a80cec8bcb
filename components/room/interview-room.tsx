"use client";

import { ImportTranscriptButton } from "@/components/review/import-transcript-button";
import { RecordingPanel } from "@/components/review/recording-panel";
import { ConnectionStatus } from "./connection-status";
import { MachinePanel } from "./machine-panel";
import { PresenceList } from "./presence-list";
import { TranscriptEditor } from "./transcript-editor";
import { useSyncProvider } from "./use-sync-provider";

export interface RoomUser {
  id: string;
  name: string;
  color: string;
}

export function InterviewRoom({ interviewId, user }: { interviewId: string; user: RoomUser }) {
  const { doc, provider, status, isSynced } = useSyncProvider(interviewId, "transcript");
  return (
    <div className="room-grid">
      <section className="card transcript-card">
        <div className="card-header">
          <h2>Transcript</h2>
          <div className="card-actions">
            {doc && isSynced && <ImportTranscriptButton doc={doc} />}
            <ConnectionStatus status={status} isSynced={isSynced} />
          </div>
        </div>
        {status === "forbidden" ? (
          <p role="alert" className="error">You no longer have access to this interview.</p>
        ) : doc && provider ? (
          <>
            <RecordingPanel interviewId={interviewId} doc={doc} />
            <TranscriptEditor doc={doc} provider={provider} user={user} />
          </>
        ) : (
          <p className="muted">Opening the transcript…</p>
        )}
      </section>
      <aside className="room-side">
        <section className="card">
          <h2>In the room</h2>
          {provider ? <PresenceList provider={provider} selfId={user.id} /> : <p className="muted">…</p>}
        </section>
        {doc && <MachinePanel doc={doc} />}
      </aside>
    </div>
  );
}
