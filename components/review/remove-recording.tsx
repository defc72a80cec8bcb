"use client";

import { useState } from "react";

/** "Remove recording", confirmed inline: it is gone for everyone in the interview. */
export function RemoveRecording({ interviewId, onRemoved }: { interviewId: string; onRemoved: () => void }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [isRemoving, setIsRemoving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setIsRemoving(true);
    setError(null);
    try {
      const response = await fetch(`/api/interviews/${encodeURIComponent(interviewId)}/recording`, { method: "DELETE" }).catch(() => {
        throw new Error("Could not reach the server; the recording was not removed. Try again when you are back online.");
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        throw new Error(body?.error ?? `Could not remove the recording (${response.status})`);
      }
      onRemoved();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setIsRemoving(false);
      setIsConfirming(false);
    }
  }

  return (
    <div className="remove-recording">
      {isConfirming ? (
        <span role="group" aria-label="Confirm removing the recording">
          <span className="small">Remove the recording for everyone in this interview?</span>{" "}
          <button type="button" className="danger" disabled={isRemoving} onClick={() => void remove()}>
            Remove
          </button>{" "}
          <button type="button" className="link-button" disabled={isRemoving} onClick={() => setIsConfirming(false)}>
            Keep it
          </button>
        </span>
      ) : (
        <button type="button" className="link-button" onClick={() => setIsConfirming(true)}>
          Remove recording
        </button>
      )}
      {error && (
        <p role="alert" className="error small">
          {error}
        </p>
      )}
    </div>
  );
}
