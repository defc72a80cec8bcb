/**
 * The customer's reply to the utterance at index k: the index of the next
 * utterance if it is the customer's, else null (the interviewer spoke again,
 * or nobody did). Training and the product both pick the reply with this.
 */
export function customerReplyAfter(turns: ReadonlyArray<{ isCustomer: boolean }>, k: number): number | null {
  return turns[k + 1]?.isCustomer ? k + 1 : null;
}
