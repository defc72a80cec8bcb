"use client";

/** Opens the browser's print dialog; the print stylesheet turns the page into a clean PDF. */
export function PrintButton() {
  return (
    <button type="button" className="secondary" onClick={() => window.print()}>
      Print / save as PDF
    </button>
  );
}
