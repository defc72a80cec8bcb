"use client";

import type { SpeakerRole } from "@/lib/collab/utterance-node";
import { formatClock } from "@/lib/collab/utterance-node";
import { SPEAKER_ROLES } from "@/lib/review/guess-speaker-roles";
import type { TranscriptResult } from "@/lib/transcript";

const PREVIEW_UTTERANCES = 4;
const TIMING_NAMES = { exact: "exact timings", "start-only": "start times only (ends estimated)", estimated: "no timings (estimated from word counts)" };

/** What the parser found, before anything is written: format, speakers with their roles, first utterances, warnings. */
export function TranscriptPreview(props: {
  result: TranscriptResult;
  formatName: string;
  roles: Record<string, SpeakerRole>;
  onRoleChange: (speaker: string, role: SpeakerRole) => void;
}) {
  const { result } = props;
  if (!result.ok) {
    const { line, message } = result.error;
    const mentionsLine = line != null && /\bline\b/i.test(message);
    return (
      <p role="alert" className="error" data-testid="import-error">
        {line != null && !mentionsLine ? `Line ${line}: ` : ""}
        {message}
      </p>
    );
  }
  return (
    <div className="import-preview" data-testid="import-preview">
      <p>
        <strong>{props.formatName}</strong> · {result.utterances.length} utterances · {TIMING_NAMES[result.timing]}
      </p>
      <table className="role-table">
        <thead>
          <tr>
            <th>Speaker</th>
            <th>Role</th>
          </tr>
        </thead>
        <tbody>
          {result.speakers.map((speaker) => (
            <tr key={speaker}>
              <td>{speaker}</td>
              <td>
                <select aria-label={`Role of ${speaker}`} value={props.roles[speaker] ?? "other"} onChange={(event) => props.onRoleChange(speaker, event.target.value as SpeakerRole)}>
                  {SPEAKER_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {role}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ol className="preview-utterances">
        {result.utterances.slice(0, PREVIEW_UTTERANCES).map((u, i) => (
          <li key={i}>
            <span className="muted small">
              {u.speaker} · {formatClock(u.startMs)}
            </span>
            <span className="preview-text">{u.text}</span>
          </li>
        ))}
      </ol>
      {result.warnings.length > 0 && (
        <details className="import-warnings">
          <summary>{result.warnings.length === 1 ? "1 warning" : `${result.warnings.length} warnings`}</summary>
          <ul>
            {result.warnings.map((w, i) => (
              <li key={i}>{w.line != null ? `Line ${w.line}: ${w.message}` : w.message}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
