// Word lists shared by question detection and the classification rules.
// Kept as data so a reviewer can see (and argue with) exactly what counts.

export const WH = new Set([
  "what", "why", "how", "when", "where", "who", "whom", "whose", "which",
  "what's", "why's", "how's", "where's", "who's", "when's", "how'd", "what'd", "whats", "hows",
]);

export const AUX = new Set([
  "do", "does", "did", "is", "are", "was", "were", "am", "have", "has", "had",
  "can", "could", "will", "would", "should", "shall", "may", "might", "must",
]);

export const NEGATIVE_AUX = new Set([
  "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't",
  "hadn't", "can't", "couldn't", "won't", "wouldn't", "shouldn't", "mustn't", "ain't",
]);

export const SUBJECT_PRONOUNS = new Set([
  "you", "i", "we", "they", "he", "she", "it", "that", "this", "there", "these", "those",
  "your", "my", "our", "their", "his", "her", "the", "a", "an", "any", "anyone", "anybody",
  "anything", "other", "others", "some", "all", "most", "someone", "something", "everyone", "everybody", "everything", "people",
  "you're", "you've", "you'd", "i'm", "i've", "i'd", "we've", "they've", "he's", "she's", "it's", "that's", "there's", "we're", "they're", "y'all",
]);

/** Words that open an utterance without carrying the question. */
export const LEAD_FILLERS = new Set([
  "um", "uh", "erm", "er", "ah", "hmm", "mm", "mhm", "oh", "okay", "ok", "so", "and", "but", "or",
  "well", "right", "yeah", "yes", "alright", "now", "then", "also", "just", "like", "because",
  "sorry", "roughly", "approximately", "about", "first", "second", "finally", "actually",
  "anyway", "cool", "great", "thanks", "gotcha", "sure", "honestly", "basically",
]);

/** Whole-sentence backchannels that end in "?" but ask nothing. */
export const BACKCHANNELS = new Set([
  "right", "yeah", "yes", "okay", "ok", "really", "you know", "no", "huh", "sorry", "mm-hm",
  "mhm", "uh-huh", "eh", "hmm", "oh", "oh really", "is that right", "yeah right", "right right",
]);

// Spoken-style spellings in raw transcripts: "dont", "u", "whats".
export const SPELLING_FIXES: Record<string, string> = {
  dont: "don't", doesnt: "doesn't", didnt: "didn't", isnt: "isn't", arent: "aren't",
  wasnt: "wasn't", werent: "weren't", wouldnt: "wouldn't", couldnt: "couldn't",
  shouldnt: "shouldn't", cant: "can't", wont: "won't", havent: "haven't", hasnt: "hasn't",
  youre: "you're", youd: "you'd", youve: "you've", thats: "that's", whats: "what's",
  hows: "how's", im: "i'm", u: "you", ur: "your", ya: "you", wanna: "want to", gonna: "going to",
};
