// Limits of the transcript importer, exported so the upload route and the UI
// can reject early with the same numbers.

/** Largest accepted transcript: 20 MB is ~100 hours of talk, far above any interview. */
export const MAX_TRANSCRIPT_BYTES = 20 * 1024 * 1024;

/** Warnings beyond this are summarised, so a broken 20 MB file can't produce 1e6 of them. */
export const MAX_WARNINGS = 50;

/** Speech rate used where a format gives no end times: ~150 words per minute. */
export const WORDS_PER_SECOND = 2.5;
