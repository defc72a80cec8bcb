// Public API of the machine-evidence layer (plain TypeScript, no UI imports).
export { analyzeTranscript } from "./analyze-transcript";
export { findQuestions } from "./questions/find-questions";
export { QUESTION_RULES } from "./questions/question-rules";
export { CUE_RULES } from "./find-phrasing-cues";
export { guessRoles, type RoleHints } from "./guess-roles";
export { countWords } from "./count-words";
export type * from "./types";
