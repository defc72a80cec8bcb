export type { Codebook, CodeDefinition, Polarity, StepDefinition, StepId } from "./types";
export { DEFAULT_CODEBOOK } from "./default-codebook";
export { findCode, findStep, listCodes } from "./find-code";
