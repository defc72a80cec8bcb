"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

interface Preview {
  name: string;
  sources: { guid: string; name: string; utterances: number; codings: number }[];
  source: string;
  people: { name: string; isMember: boolean; role: string; tags: number }[];
  matchedCodes: { name: string; key: string }[];
  unmatchedCodes: string[];
  canAddCodes: boolean;
  warnings: string[];
}

/** Import a REFI-QDA project (.qdpx from ATLAS.ti, NVivo, MAXQDA, QualCoder…) as a new interview: preview first, then import. */
export function ImportQdpxForm({ workspaces }: { workspaces: { id: string; name: string }[] }) {
  const router = useRouter();
  const [workspaceId, setWorkspaceId] = useState(workspaces[0]?.id ?? "");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [sourceGuid, setSourceGuid] = useState("");
  const [addMissingCodes, setAddMissingCodes] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const send = async (options: { file: File; isPreview: boolean; sourceGuid?: string; workspaceId?: string }) => {
    const query = new URLSearchParams({ fileName: options.file.name });
    if (options.isPreview) query.set("preview", "1");
    if (options.sourceGuid) query.set("sourceGuid", options.sourceGuid);
    if (addMissingCodes && !options.isPreview) query.set("addMissingCodes", "1");
    const response = await fetch(`/api/workspaces/${options.workspaceId ?? workspaceId}/import-qdpx?${query}`, { method: "POST", body: options.file });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error ?? `The import failed (${response.status})`);
    return body;
  };
  const run = async (task: () => Promise<void>) => {
    setIsBusy(true);
    setError(null);
    try {
      await task();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setIsBusy(false);
    }
  };
  const choose = (next: File | null, source?: string, workspace = workspaceId) => {
    setFile(next);
    setPreview(null);
    if (next) void run(async () => {
      const p: Preview = await send({ file: next, isPreview: true, sourceGuid: source, workspaceId: workspace });
      setPreview(p);
      setSourceGuid(p.source);
    });
  };

  return (
    <form className="stack" onSubmit={(e) => {
      e.preventDefault();
      if (file) void run(async () => {
        const result = await send({ file, isPreview: false, sourceGuid });
        router.push(`/interviews/${result.interviewId}/report`);
      });
    }}>
      <label>
        Workspace
        <select value={workspaceId} onChange={(e) => { setWorkspaceId(e.target.value); choose(file, undefined, e.target.value); }}>
          {workspaces.map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
        </select>
      </label>
      <label>
        REFI-QDA project (.qdpx or .qde)
        <input type="file" accept=".qdpx,.qde" onChange={(e) => choose(e.target.files?.[0] ?? null)} />
      </label>
      {preview && (
        <div className="stack" aria-label="What the import will do">
          {preview.sources.length > 1 && (
            <label>
              Text source
              <select value={sourceGuid} onChange={(e) => { setSourceGuid(e.target.value); choose(file, e.target.value); }}>
                {preview.sources.map((s) => <option key={s.guid} value={s.guid}>{s.name} ({s.utterances} lines, {s.codings} codings)</option>)}
              </select>
            </label>
          )}
          <p><strong>{preview.name}</strong></p>
          <ul data-testid="import-people">
            {preview.people.map((p) => (
              <li key={p.name}>{p.name} — {p.role}, {p.tags} {p.tags === 1 ? "tag" : "tags"} ({p.isMember ? "member of this workspace" : "external coder"})</li>
            ))}
          </ul>
          <p className="muted">{preview.matchedCodes.length} code(s) match the codebook{preview.unmatchedCodes.length ? `; not in it: ${preview.unmatchedCodes.join(", ")}` : ""}.</p>
          {preview.unmatchedCodes.length > 0 && preview.canAddCodes && (
            <label>
              <input type="checkbox" checked={addMissingCodes} onChange={(e) => setAddMissingCodes(e.target.checked)} /> Add {preview.unmatchedCodes.length} new code(s) to the codebook
            </label>
          )}
          {preview.warnings.length > 0 && (
            <details>
              <summary>{preview.warnings.length} note(s) on what does not carry over</summary>
              <ul>{preview.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
            </details>
          )}
        </div>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" disabled={!preview || isBusy}>{isBusy ? "Reading…" : "Import as a new interview"}</button>
    </form>
  );
}
