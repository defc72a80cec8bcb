/**
 * A number with a fixed count of decimals, never "-0.00": a coefficient of
 * -0.0004 reads as no agreement beyond chance, not as a negative one.
 */
export function formatFixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}
