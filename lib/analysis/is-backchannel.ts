import { countWords } from "./count-words";
import type { Utterance } from "./types";

/**
 * "mm-hm", "right", "yeah, okay": listening noises that keep the customer
 * talking. They do not break a customer's story and are not interruptions.
 */
export function isBackchannel(u: Utterance, maxWords = 3, words = countWords(u.text)): boolean {
  return words <= maxWords && !u.text.includes("?");
}
