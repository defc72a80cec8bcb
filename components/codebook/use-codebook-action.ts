"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { CodebookActionResult } from "@/app/codebook-actions";

/** Runs one codebook action: busy state, the server's error (and which field it is about), a refresh on success. */
export function useCodebookAction() {
  const router = useRouter();
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  async function run(action: () => Promise<CodebookActionResult>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      const result = await action();
      if (!result.ok) {
        setError({ message: result.error, field: result.field });
        return false;
      }
      router.refresh();
      return true;
    } catch {
      setError({ message: "Could not reach the server; try again" });
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { run, isBusy, error };
}
