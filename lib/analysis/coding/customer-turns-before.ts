/** Up to two customer utterances among the four before index k: what a reflection answers. */
export function customerTurnsBefore(turns: Array<{ isCustomer: boolean; text: string }>, k: number): string[] {
  const out: string[] = [];
  for (let j = k - 1; j >= Math.max(0, k - 4) && out.length < 2; j--) if (turns[j].isCustomer) out.unshift(turns[j].text);
  return out;
}
