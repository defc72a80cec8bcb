"use client";

import { useState } from "react";
import type * as Y from "yjs";
import { isTalkingTooMuch, type TalkFigures } from "@/lib/capture/talk-time";
import { sendNudge, SPEAK_LESS_NUDGE, STEP_NUDGES } from "@/lib/live/nudges";

/** The buddy's quiet hints to the interviewer: one per practice, plus free text. */
export function NudgeBar(props: { doc: Y.Doc; from: { id: string; name: string }; getCallTime: () => number; talk: TalkFigures | null; talkLimit: number }) {
  const { doc, from, getCallTime, talk, talkLimit } = props;
  const [text, setText] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  const send = (step: number | null, message: string) => {
    sendNudge(doc, {
      id: `n${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      fromId: from.id,
      fromName: from.name,
      step,
      text: message,
      callMs: getCallTime(),
      sentAt: Date.now(),
    });
    setSent(message);
  };
  return (
    <section className="card nudge-bar" aria-label="Nudge the interviewer" data-testid="nudge-bar">
      <h2>Nudge the interviewer</h2>
      {talk && isTalkingTooMuch(talk, talkLimit) && sent !== SPEAK_LESS_NUDGE.text && (
        <p className="speak-less" data-testid="speak-less-suggestion">
          <span className="small">
            The interviewer spoke {Math.round((talk.recentShare ?? 0) * 100)}% of the last 5 minutes (over {Math.round(talkLimit * 100)}%).
          </span>{" "}
          <button type="button" onClick={() => send(SPEAK_LESS_NUDGE.step, SPEAK_LESS_NUDGE.text)}>Send “{SPEAK_LESS_NUDGE.text}”</button>
        </p>
      )}
      <div className="nudge-buttons">
        {STEP_NUDGES.map((n) => (
          <button key={n.step} type="button" className="secondary" onClick={() => send(n.step, n.text)}>{n.text}</button>
        ))}
      </div>
      <form
        className="nudge-free"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) send(null, text);
          setText("");
        }}
      >
        <input value={text} onChange={(e) => setText(e.target.value)} placeholder="Or type a nudge…" aria-label="Nudge text" maxLength={200} />
        <button type="submit">Send</button>
      </form>
      {sent && <p className="muted small" role="status">Sent: {sent}</p>}
    </section>
  );
}
