"use client";

import { useState } from "react";
import { setTalkShareLimitAction } from "@/app/codebook-actions";

/** The workspace's live-call setting: when the buddy is offered a "Speak less" nudge. */
export function TalkLimitForm({ workspaceId, percent, canEdit }: { workspaceId: string; percent: number; canEdit: boolean }) {
  const [value, setValue] = useState(String(percent));
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);
  return (
    <section className="card" aria-labelledby="live-call-settings">
      <h2 id="live-call-settings">Live calls</h2>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const result = await setTalkShareLimitAction(workspaceId, { percent: value });
          setMessage(result.ok ? { isError: false, text: "Saved" } : { isError: true, text: result.error });
        }}
      >
        <label htmlFor="talk-share-limit">
          Suggest “Speak less” to the buddy when the interviewer talks more than this share of the last 5 minutes (%)
        </label>{" "}
        <input id="talk-share-limit" type="number" min={10} max={90} value={value} onChange={(e) => setValue(e.target.value)} disabled={!canEdit} aria-invalid={message?.isError || undefined} aria-describedby="talk-share-limit-message" style={{ width: "5em" }} />{" "}
        {canEdit && <button type="submit" className="secondary">Save</button>}
        <span id="talk-share-limit-message" role={message?.isError ? "alert" : "status"} className={message?.isError ? "error small" : "muted small"}>
          {message ? ` ${message.text}` : ""}
        </span>
      </form>
    </section>
  );
}
