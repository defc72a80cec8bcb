import Link from "next/link";
import type { InterviewState } from "@/lib/interviews/decide-interview-state";
import { DeleteInterview } from "./delete-interview";

export interface InterviewRow {
  id: string;
  title: string;
  participant: string;
  workspaceName: string;
  createdAt: Date;
  state: InterviewState;
  hasRecording: boolean;
  people: { userId: string; name: string; role: string; isMe: boolean; tagCount: number | null }[];
  canDelete: boolean;
}

const STATE_HINT: Record<InterviewState, string> = {
  live: "The call clock is running",
  "in review": "Tags are private to each person until both are done or it is revealed",
  revealed: "Everyone can see both people's tags",
};

/** "2 Dec 2026": day, month name, year, the same for every reader. */
function formatDay(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

function describePerson(p: InterviewRow["people"][number]): string {
  const who = `${p.isMe ? "you" : p.name} (${p.role}`;
  if (p.role === "observer") return `${who})`;
  if (p.tagCount === null) return `${who}, tags private)`;
  return `${who}, ${p.tagCount} ${p.tagCount === 1 ? "tag" : "tags"})`;
}

export function InterviewList({ interviews }: { interviews: InterviewRow[] }) {
  return (
    <ul className="interview-list" data-testid="interview-list">
      {interviews.map((interview) => (
        <li key={interview.id} data-testid="interview-row">
          <div className="interview-row-head">
            <Link href={`/interviews/${interview.id}`}>{interview.title}</Link>
            <span className={`interview-state state-${interview.state.replace(" ", "-")}`} title={STATE_HINT[interview.state]} data-testid="interview-state">
              {interview.state}
            </span>
          </div>
          <span className="muted">
            {interview.participant && `${interview.participant} · `}
            {interview.workspaceName} · <time dateTime={interview.createdAt.toISOString()}>{formatDay(interview.createdAt)}</time> ·{" "}
            <span data-testid="interview-recording">{interview.hasRecording ? "recording" : "no recording"}</span>
          </span>
          <span className="small interview-people" data-testid="interview-people">
            {interview.people.length === 0 ? "Nobody seated yet" : interview.people.map(describePerson).join(" · ")}
          </span>
          {interview.canDelete && <DeleteInterview interviewId={interview.id} title={interview.title} />}
        </li>
      ))}
    </ul>
  );
}
