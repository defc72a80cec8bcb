"use client";

import { useState, useTransition } from "react";
import { deleteInterviewAction } from "@/app/actions";

/** "Delete interview", confirmed inline: it is gone for everyone, with its transcript, tags and recording. */
export function DeleteInterview({ interviewId, title }: { interviewId: string; title: string }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const remove = () =>
    startTransition(async () => {
      const result = await deleteInterviewAction(interviewId).catch(() => ({
        error: "Could not reach the server; the interview was not deleted. Try again when you are back online.",
      }));
      setIsConfirming(false);
      setError(result?.error ?? null);
    });
  return (
    <div className="delete-interview small">
      {isConfirming ? (
        <span role="group" aria-label={`Confirm deleting ${title}`}>
          Delete “{title}” for everyone, with its transcript, tags and recording?{" "}
          <button type="button" className="danger small" disabled={isPending} onClick={remove}>
            {isPending ? "Deleting…" : "Delete"}
          </button>{" "}
          <button type="button" className="link-button" disabled={isPending} onClick={() => setIsConfirming(false)}>
            Keep it
          </button>
        </span>
      ) : (
        <button type="button" className="link-button" aria-label={`Delete interview ${title}`} onClick={() => setIsConfirming(true)}>
          Delete interview
        </button>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
