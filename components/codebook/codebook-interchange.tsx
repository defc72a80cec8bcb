"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import "./codebook.css";

/** Download the codebook as REFI-QDA .qdc; owners also merge one in (matched by name, the rest added). */
export function CodebookInterchange({ workspaceId, canEdit }: { workspaceId: string; canEdit: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const upload = async (file: File) => {
    setIsBusy(true);
    setMessage(null);
    try {
      const response = await fetch(`/api/workspaces/${workspaceId}/codebook?fileName=${encodeURIComponent(file.name)}`, { method: "POST", body: file });
      const body = await response.json();
      if (!response.ok) throw new Error(body.error ?? `The import failed (${response.status})`);
      const added = body.added.length ? `added ${body.added.length}: ${body.added.join(", ")}` : "nothing new to add";
      setMessage({ text: `${body.matched.length} code(s) already in the codebook; ${added}.${body.warnings.length ? ` ${body.warnings.join(" ")}` : ""}`, isError: false });
      router.refresh();
    } catch (e) {
      setMessage({ text: (e as Error).message, isError: true });
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <section className="card codebook-interchange" aria-labelledby="codebook-interchange">
      <h2 id="codebook-interchange">Exchange with ATLAS.ti, NVivo, MAXQDA…</h2>
      <a className="button secondary" href={`/api/workspaces/${workspaceId}/codebook?format=qdc`} download>Download codebook (.qdc)</a>
      {canEdit && (
        <label>
          Import a codebook (.qdc): codes with a name already here are kept, the rest are added
          <input type="file" accept=".qdc,.qdpx,.xml" disabled={isBusy} onChange={(e) => { const f = e.target.files?.[0]; if (f) void upload(f); e.target.value = ""; }} />
        </label>
      )}
      {message && <p role={message.isError ? "alert" : "status"} className={message.isError ? "error" : "muted"}>{message.text}</p>}
    </section>
  );
}
