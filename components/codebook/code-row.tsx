"use client";

import { setCodeArchivedAction } from "@/app/codebook-actions";
import type { WorkspaceCode } from "@/lib/codebook/server/list-workspace-codes";
import { useCodebookAction } from "./use-codebook-action";

/** One code, read-only, with Edit and Archive/Unarchive for owners. */
export function CodeRow(props: { workspaceId: string; code: WorkspaceCode; canEdit: boolean; onEdit: () => void }) {
  const { workspaceId, code, canEdit, onEdit } = props;
  const { run, isBusy, error } = useCodebookAction();
  return (
    <tr className={code.archived ? "code-archived" : undefined} data-testid="code-row" data-key={code.key}>
      <td>
        <span className="code-label">{code.label}</span> <code className="code-key">{code.key}</code>
        {code.description && <span className="code-description">{code.description}</span>}
      </td>
      <td>
        <span className={`polarity-badge polarity-${code.polarity === "+" ? "plus" : "minus"}`}>
          {code.polarity === "+" ? "+ done well" : "− a miss"}
        </span>
      </td>
      <td>{code.hotkey ? <kbd className="code-hotkey">{code.hotkey}</kbd> : <span className="muted" aria-label="no hotkey">—</span>}</td>
      <td>
        <span className="swatch" style={{ background: code.color }} aria-hidden="true" /> <span className="code-color">{code.color}</span>
      </td>
      <td>{code.archived ? <span className="status-archived">Archived</span> : "Active"}</td>
      {canEdit && (
        <td className="code-actions">
          <button type="button" className="secondary" onClick={onEdit} aria-label={`Edit ${code.label}`}>Edit</button>
          <button
            type="button"
            className="secondary"
            disabled={isBusy}
            aria-label={`${code.archived ? "Unarchive" : "Archive"} ${code.label}`}
            onClick={() => run(() => setCodeArchivedAction(workspaceId, code.key, !code.archived))}
          >
            {code.archived ? "Unarchive" : "Archive"}
          </button>
          {error && <p role="alert" className="error small">{error.message}</p>}
        </td>
      )}
    </tr>
  );
}
