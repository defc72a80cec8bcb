import Link from "next/link";
import type { RoomContext } from "@/lib/interviews/server/get-room-context";
import { RenameInterview } from "./rename-interview";

/**
 * The room's title, participant and workspace, from the room's context: a rename (of the
 * interview or its workspace) reaches everyone in the room as the context is fetched again.
 */
export function RoomHeading({ interview, canRename }: { interview: RoomContext["interview"]; canRename: boolean }) {
  return (
    <div className="room-title">
      <Link href="/interviews" className="muted">← Interviews</Link>
      <div className="room-heading" style={{ display: "flex", alignItems: "baseline", gap: "1rem", flexWrap: "wrap" }}>
        <h1>{interview.title}</h1>
        {canRename && <RenameInterview key={interview.title} interviewId={interview.id} title={interview.title} />}
        {/* A full page load: leaving the room closes its sync connections (and the room holds client navigations back). */}
        <a href={`/interviews/${interview.id}/report`} className="report-link" title="Bias-contrast report: agreement, blind spots, exports">Report</a>
      </div>
      <p className="muted">
        {interview.participant && `${interview.participant} · `}
        {interview.workspaceName}
      </p>
    </div>
  );
}
