"use client";

/** Where each skip link puts focus: the first control that is there, else the section itself. */
const TARGETS = {
  transcript: ['[data-testid="transcript-editor"]'],
  palette: ['[data-testid="tag-palette"] button'],
  nudges: ['[data-testid="nudge-bar"] button', '[data-testid="nudge-toasts"] button', '[data-testid="nudge-toasts"]'],
} as const;

/**
 * The first stops of the room's Tab order: straight to the transcript, the
 * palette or the nudges, past everything in between. Hidden until focused.
 */
export function SkipLinks({ hasPalette, hasNudges }: { hasPalette: boolean; hasNudges: boolean }) {
  const go = (target: keyof typeof TARGETS) => (event: React.MouseEvent) => {
    event.preventDefault();
    for (const selector of TARGETS[target]) {
      const element = document.querySelector<HTMLElement>(selector);
      if (element) return element.focus();
    }
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      <a href="#transcript" onClick={go("transcript")}>Skip to transcript</a>
      {hasPalette && <a href="#tag-palette" onClick={go("palette")}>Skip to tag palette</a>}
      {hasNudges && <a href="#nudges" onClick={go("nudges")}>Skip to nudges</a>}
    </nav>
  );
}
