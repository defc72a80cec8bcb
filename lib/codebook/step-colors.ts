/** One colour per practice, so highlights read by step at a glance (colour-blind-safe hues). */
export const STEP_COLORS: Record<number, string> = {
  1: "#1c7ed6",
  2: "#2b8a3e",
  3: "#e8590c",
  4: "#9c36b5",
};

export function getStepColor(step: number): string {
  return STEP_COLORS[step] ?? "#495057";
}
