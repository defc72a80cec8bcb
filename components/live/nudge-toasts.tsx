"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type * as Y from "yjs";
import { getNudgeArray, getNudgeHandledMap, handleNudge, listOpenNudges, type Nudge } from "@/lib/live/nudges";

/** How many toasts show at once; the rest collapse into one line. */
const SHOWN = 3;
/** A toast nobody hovers or focuses leaves after this long (and counts as handled). */
const TIMEOUT_MS = 20_000;

interface NudgeToastsProps {
  doc: Y.Doc;
  /** Only a synced document knows which nudges another browser of this person already handled. */
  isSynced: boolean;
  onTaken: (nudge: Nudge) => void;
  /** Where focus goes when the last toast leaves from the keyboard. */
  onFocusTranscript: () => void;
}

/**
 * Nudges arriving for the interviewer: small toasts in a corner that never
 * take focus (the interviewer is mid-sentence). Taking, dismissing or letting
 * one time out handles it for good, in every browser of that person.
 */
export function NudgeToasts({ doc, isSynced, onTaken, onFocusTranscript }: NudgeToastsProps) {
  const [open, setOpen] = useState<Nudge[]>([]);
  const [isExpanded, setExpanded] = useState(false);
  const [isPaused, setPaused] = useState(false);
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!isSynced) return;
    const array = getNudgeArray(doc);
    const handled = getNudgeHandledMap(doc);
    const update = () => setOpen(listOpenNudges(doc, Date.now()));
    update();
    array.observe(update);
    handled.observe(update);
    return () => {
      array.unobserve(update);
      handled.unobserve(update);
    };
  }, [doc, isSynced]);

  const finish = (nudge: Nudge, how: "taken" | "dismissed" | "timed-out") => {
    const result = handleNudge(doc, { id: nudge.id, how, now: Date.now() });
    if (how === "taken" && result?.wasOpen) onTaken(result.nudge);
  };
  const finishFromKeyboard = (nudge: Nudge, how: "taken" | "dismissed") => {
    const toasts = [...(region.current?.querySelectorAll<HTMLElement>(".toast") ?? [])];
    const here = toasts.findIndex((t) => t.dataset.nudgeId === nudge.id);
    const next = toasts[here + 1] ?? toasts[here - 1];
    finish(nudge, how);
    if (next) next.querySelector("button")?.focus();
    else onFocusTranscript();
  };

  const newestFirst = [...open].reverse();
  const shown = isExpanded ? newestFirst : newestFirst.slice(0, SHOWN);
  const hidden = newestFirst.length - shown.length;
  return (
    <div
      ref={region}
      className="toasts"
      role="region"
      aria-label="Nudges from your buddy"
      data-testid="nudge-toasts"
      id="nudges"
      tabIndex={-1}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setPaused(false);
      }}
    >
      {open.length === 0 && <span className="visually-hidden">No nudges right now.</span>}
      <div aria-live="polite" className="toast-stack">
        {shown.map((nudge) => (
          <NudgeToast
            key={nudge.id}
            nudge={nudge}
            isPaused={isPaused}
            onTake={(fromKeyboard) => (fromKeyboard ? finishFromKeyboard(nudge, "taken") : finish(nudge, "taken"))}
            onDismiss={(fromKeyboard) => (fromKeyboard ? finishFromKeyboard(nudge, "dismissed") : finish(nudge, "dismissed"))}
            onTimeout={() => finish(nudge, "timed-out")}
          />
        ))}
      </div>
      {(hidden > 0 || (isExpanded && open.length > SHOWN)) && (
        <div className="toast toast-summary">
          {hidden > 0 ? <span>{hidden} more {hidden === 1 ? "nudge" : "nudges"}</span> : <span>{open.length} nudges</span>}
          <span className="toast-actions">
            <button type="button" className="link-button" onMouseDown={keepFocus} onClick={() => setExpanded(!isExpanded)}>
              {isExpanded ? "Show fewer" : "Show all"}
            </button>
            <button type="button" className="link-button" onMouseDown={keepFocus} onClick={() => open.forEach((n) => finish(n, "dismissed"))}>
              Dismiss all
            </button>
          </span>
        </div>
      )}
    </div>
  );
}

/** A click on a toast must not pull the caret out of the transcript or notes. */
const keepFocus = (event: { preventDefault: () => void }) => event.preventDefault();

function NudgeToast(props: {
  nudge: Nudge;
  isPaused: boolean;
  onTake: (fromKeyboard: boolean) => void;
  onDismiss: (fromKeyboard: boolean) => void;
  onTimeout: () => void;
}) {
  const { isPaused, onTimeout } = props;
  const latestTimeout = useRef(onTimeout);
  latestTimeout.current = onTimeout;
  useEffect(() => {
    if (isPaused) return;
    // Restarts in full after a hover or focus: the person was reading it.
    const timer = setTimeout(() => latestTimeout.current(), TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [isPaused]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    event.stopPropagation();
    props.onDismiss(true);
  };
  const isKeyboard = (event: { detail: number }) => event.detail === 0;
  // The second click of a double click would land on the toast that slid into this one's place.
  const isRepeat = (event: { detail: number }) => event.detail > 1;
  return (
    <div className="toast" data-nudge-id={props.nudge.id} onKeyDown={onKeyDown}>
      <strong>{props.nudge.text}</strong>
      <span className="muted small">from {props.nudge.fromName}</span>
      <span className="toast-actions">
        <button type="button" className="secondary" onMouseDown={keepFocus} onClick={(e) => !isRepeat(e) && props.onTake(isKeyboard(e))}>
          Taken
        </button>
        <button type="button" className="link-button" onMouseDown={keepFocus} onClick={(e) => !isRepeat(e) && props.onDismiss(isKeyboard(e))} aria-label={`Dismiss “${props.nudge.text}”`}>
          Dismiss
        </button>
      </span>
    </div>
  );
}
