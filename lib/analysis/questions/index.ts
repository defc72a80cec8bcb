export { findQuestions } from "./find-questions";
export { classifyQuestion } from "./classify-question";
export { QUESTION_RULES } from "./question-rules";
