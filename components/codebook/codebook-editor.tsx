"use client";

import { useState } from "react";
import type { CodebookView } from "@/lib/codebook/server/get-codebook";
import { getStepTitle } from "@/lib/codebook/step-title";
import { AddCodeForm } from "./add-code-form";
import { CodeEditForm } from "./code-edit-form";
import { CodeRow } from "./code-row";
import "./codebook.css";

/** The workspace's codes by practice; owners edit in place, everyone else reads. */
export function CodebookEditor({ codebook }: { codebook: CodebookView }) {
  const { workspace, canEdit, codes, steps } = codebook;
  const [editing, setEditing] = useState<string | null>(null);
  const usedSteps = steps.filter((step) => codes.some((c) => c.step === step));
  const columns = canEdit ? 6 : 5;
  return (
    <div className="codebook" data-testid="codebook">
      <p className="muted codebook-intro">
        The codes interviewers and buddies tag with, grouped by practice. Hotkeys work anywhere in the interview room.
        Archived codes leave the tag palette but stay on the tags that already use them.
      </p>
      {!canEdit && (
        <p className="codebook-notice" data-testid="codebook-read-only">
          Only the workspace owner can change this codebook; you can read it here.
        </p>
      )}
      {usedSteps.map((step) => (
        <section key={step} className="card codebook-step" aria-labelledby={`step-${step}`}>
          <h2 id={`step-${step}`}>
            <span className="step-number">{step}</span> {getStepTitle(step)}
          </h2>
          <table className="codebook-table">
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Polarity</th>
                <th scope="col">Hotkey</th>
                <th scope="col">Colour</th>
                <th scope="col">Status</th>
                {canEdit && <th scope="col"><span className="visually-hidden">Actions</span></th>}
              </tr>
            </thead>
            <tbody>
              {codes
                .filter((c) => c.step === step)
                .map((code) =>
                  editing === code.key ? (
                    <tr key={code.key} className="code-editing" data-testid="code-row" data-key={code.key}>
                      <td colSpan={columns}>
                        <CodeEditForm workspaceId={workspace.id} code={code} onClose={() => setEditing(null)} />
                      </td>
                    </tr>
                  ) : (
                    <CodeRow key={code.key} workspaceId={workspace.id} code={code} canEdit={canEdit} onEdit={() => setEditing(code.key)} />
                  ),
                )}
            </tbody>
          </table>
        </section>
      ))}
      {canEdit && <AddCodeForm workspaceId={workspace.id} steps={steps} />}
    </div>
  );
}
